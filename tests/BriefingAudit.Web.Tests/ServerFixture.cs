using BriefingAudit.Core.Pipeline;
using Microsoft.AspNetCore.Builder;

namespace BriefingAudit.Web.Tests;

/// <summary>
/// One server on a free loopback port for the tests that share it. ASP.NET Core's spill folder is pointed at an
/// empty directory first, so a test can show that nothing of an upload is written to disk.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public string SpillFolder { get; } = Directory.CreateTempSubdirectory("ba-spill-").FullName;

    public Uri Address { get; private set; } = null!;

    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(60) };

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEMP", SpillFolder);
        _app = ReportServer.Create(new AuditPipeline(DefaultRules.Load()), new ServeOptions(Port: 0));
        await _app.StartAsync();
        Address = ReportServer.Address(_app);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(SpillFolder, recursive: true);
    }
}
