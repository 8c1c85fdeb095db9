using System.Globalization;
using System.Net;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;
using BriefingAudit.Web;
using Microsoft.Extensions.Hosting;

namespace BriefingAudit.Cli;

/// <summary><c>serve [--port N] [--host ADDR] [--rules PATH]... [--no-default-rules]</c>: the editor's page until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        ServeOptions options;
        var rules = new List<string>();
        var noDefaults = false;
        try
        {
            options = Parse(args, rules, ref noDefaults);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"briefing-audit: {ex.Message}");
            stderr.WriteLine(CommandLine.Usage);
            return ExitCodes.ToolError;
        }

        AuditPipeline pipeline;
        try
        {
            pipeline = new AuditPipeline(DefaultRules.Load(rules, includeDefaults: !noDefaults));
        }
        catch (RuleSetException ex)
        {
            stderr.WriteLine($"briefing-audit: {ex.Message}");
            return ExitCodes.ToolError;
        }

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

        var loopback = options.Host == "localhost" || IPAddress.TryParse(options.Host, out var address) && IPAddress.IsLoopback(address);
        if (!loopback)
        {
            stderr.WriteLine($"briefing-audit: warning: listening on {options.Host}, which other machines may reach");
        }

        stdout.WriteLine($"briefing-audit: the editor's view is at {ReportServer.Address(app)} (Ctrl+C to stop)");
        app.WaitForShutdownAsync().GetAwaiter().GetResult();
        return ExitCodes.Clean;
    }

    private static ServeOptions Parse(IReadOnlyList<string> args, List<string> rules, ref bool noDefaults)
    {
        var options = new ServeOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new UsageException($"{arg} needs a value");
            switch (arg)
            {
                case "--port":
                    var port = Value();
                    options = options with
                    {
                        Port = int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= IPEndPoint.MaxPort
                            ? p : throw new UsageException($"--port takes a number from 0 to {IPEndPoint.MaxPort}, not '{port}'"),
                    };
                    break;
                case "--host":
                    var host = Value();
                    options = options with
                    {
                        Host = host == "localhost" || IPAddress.TryParse(host, out _) ? host : throw new UsageException($"--host takes an IP address or localhost, not '{host}'"),
                    };
                    break;
                case "--rules":
                    rules.Add(Value());
                    break;
                case "--no-default-rules":
                    noDefaults = true;
                    break;
                default:
                    throw new UsageException($"unknown option '{arg}' for serve");
            }
        }

        return options;
    }
}
