using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace BriefingAudit.Web.Tests.Browser;

/// <summary>
/// A headless chromium started for the tests, driven over the DevTools protocol: no network features, a throwaway
/// profile, and a debugging port chosen by chromium on loopback. Disposing ends the process it started.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly string _profile = Directory.CreateTempSubdirectory("ba-chromium-").FullName;
    private Process? _process;

    public DevToolsPage Page { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Chromium.Executable is null)
        {
            return;
        }

        var info = new ProcessStartInfo(Chromium.Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--user-data-dir={_profile}", "--window-size=1280,900", "about:blank",
        })
        {
            info.ArgumentList.Add(arg);
        }

        _process = Process.Start(info)!;
        _process.ErrorDataReceived += (_, _) => { };
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();

        var port = await DebuggingPortAsync();
        using var http = new HttpClient { Timeout = StartTimeout };
        using var targets = JsonDocument.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/json/list")));
        var page = targets.RootElement.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
        Page = await DevToolsPage.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!));
    }

    public async Task DisposeAsync()
    {
        if (Page is not null)
        {
            await Page.DisposeAsync();
        }

        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // chromium's last writes can race the delete; the folder is in the temp directory anyway.
        }
    }

    /// <summary>Chromium writes the port it chose to DevToolsActivePort in the profile once it listens.</summary>
    private async Task<int> DebuggingPortAsync()
    {
        var file = Path.Combine(_profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"chromium exited with code {_process.ExitCode} before it listened");
            }

            if (File.Exists(file) && (await File.ReadAllLinesAsync(file)) is [var port, ..] && port.Length > 0)
            {
                return int.Parse(port, CultureInfo.InvariantCulture);
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"chromium did not listen within {StartTimeout.TotalSeconds} s");
    }
}
