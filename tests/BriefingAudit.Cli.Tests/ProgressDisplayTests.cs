using System.Diagnostics;

namespace BriefingAudit.Cli.Tests;

/// <summary>
/// The progress bar as a person at a terminal sees it: the command runs under a pseudo-terminal (util-linux
/// <c>script</c>), so standard error is a terminal as it would be in a shell. Shown there; never under CI=true or
/// with --no-progress.
/// </summary>
public class ProgressDisplayTests
{
    private static string OnATerminal(bool ci, params string[] args)
    {
        var folder = Cli.Folder();
        for (var i = 0; i < 6; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"f{i}.txt"), Cli.Consistent);
        }

        var command = string.Join(' ', ((string[])["dotnet", Path.Combine(AppContext.BaseDirectory, "briefing-audit.dll"), "check", folder, "--output", Path.Combine(folder, "report.txt"), .. args]).Select(Quote));
        var info = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-q", "-f", "-e", "-c", command, "/dev/null" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("CI");
        if (ci)
        {
            info.Environment["CI"] = "true";
        }

        info.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(info)!;
        var screen = process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return screen.Result;
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [TerminalFact]
    public void Terminal_ShowsTheBar_ThenTheSummary()
    {
        var screen = OnATerminal(ci: false);
        Assert.Contains("checking", screen, StringComparison.Ordinal);
        Assert.Matches(@"\d+%", screen);
        Assert.Contains("6 file(s): 6 checked, 0 failed", screen, StringComparison.Ordinal);
    }

    [TerminalFact]
    public void TerminalUnderCi_OrNoProgress_ShowsNoBar()
    {
        foreach (var screen in new[] { OnATerminal(ci: true), OnATerminal(ci: false, "--no-progress") })
        {
            Assert.DoesNotContain("checking", screen, StringComparison.Ordinal);
            Assert.Contains("6 file(s): 6 checked, 0 failed", screen, StringComparison.Ordinal);
        }
    }
}

/// <summary>A fact that needs a pseudo-terminal: util-linux <c>script</c> on a Unix machine.</summary>
public sealed class TerminalFactAttribute : FactAttribute
{
    public TerminalFactAttribute()
    {
        if (OperatingSystem.IsWindows() || !(File.Exists("/usr/bin/script") || File.Exists("/bin/script")))
        {
            Skip = "needs util-linux 'script' for a pseudo-terminal";
        }
    }
}
