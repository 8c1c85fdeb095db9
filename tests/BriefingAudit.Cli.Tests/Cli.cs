using System.Diagnostics;

namespace BriefingAudit.Cli.Tests;

/// <summary>Runs the built command as a user or CI would, and writes input files into a fresh temp folder.</summary>
internal static class Cli
{
    public const string Consistent = "In the first half of the year, China's total imports and exports rose 2.9% to 21.79 trillion yuan. Exports grew 7.2% to 13 trillion yuan, while imports fell by 2.7% to 8.79 trillion yuan.\n";
    public const string Slip = Consistent + "\nIn the first half of the year, China's total imports and exports reached 20 trillion yuan.\n";

    public static (int Code, string Out, string Err) Run(params string[] args) => RunWith(new Dictionary<string, string?>(), args);

    public static (int Code, string Out, string Err) RunWith(Dictionary<string, string?> environment, params string[] args) => RunIn(null, environment, args);

    /// <summary>Runs in <paramref name="folder"/> as the working folder (null: this process's).</summary>
    public static (int Code, string Out, string Err) RunIn(string? folder, Dictionary<string, string?> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = folder ?? string.Empty };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "briefing-audit.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    /// <summary>A new empty folder of this test run (<see cref="TestTemp"/>).</summary>
    public static string Folder() => TestTemp.Folder("cli-");

    public static string Write(string name, string text) => Write(name, System.Text.Encoding.UTF8.GetBytes(text));

    public static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder(), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
