using System.Net;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Web;
using Microsoft.Extensions.Hosting;

namespace BriefingAudit.Cli;

/// <summary><c>serve [--port N] [--host ADDR]</c>: the editor's page, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static int Run(AuditPipeline pipeline, ServeOptions options, TextWriter stdout, TextWriter stderr)
    {
        using var app = ReportServer.Create(pipeline, options);
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"briefing-audit: cannot listen on {options.Host}:{options.Port}: {ex.Message}");
            return ExitCodes.ToolError;
        }

        if (!(options.Host == "localhost" || IPAddress.IsLoopback(IPAddress.Parse(options.Host))))
        {
            stderr.WriteLine($"briefing-audit: warning: listening on {options.Host}, which other machines may reach; the page has no login");
        }

        stdout.WriteLine($"briefing-audit: the editor's view is at {ReportServer.Address(app)} (Ctrl+C to stop)");
        app.WaitForShutdownAsync().GetAwaiter().GetResult();
        return ExitCodes.Clean;
    }
}
