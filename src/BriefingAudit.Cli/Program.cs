using BriefingAudit.Cli;
using BriefingAudit.Core;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;
using BriefingAudit.Core.Rules;

return Run(args, Console.In, Console.Out, Console.Error);

static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
{
    if (args is ["--version"])
    {
        stdout.WriteLine($"briefing-audit {AuditReport.ToolVersion}");
        return ExitCodes.Clean;
    }

    if (args is [] or ["--help"] or ["-h"] or ["help"])
    {
        (args.Length == 0 ? stderr : stdout).WriteLine(CommandLine.Usage);
        return args.Length == 0 ? ExitCodes.ToolError : ExitCodes.Clean;
    }

    CommandLine options;
    try
    {
        options = CommandLine.Parse(args);
    }
    catch (UsageException ex)
    {
        stderr.WriteLine($"briefing-audit: {ex.Message}");
        stderr.WriteLine(CommandLine.Usage);
        return ExitCodes.ToolError;
    }

    RuleSet rules;
    try
    {
        rules = DefaultRules.Load(options.RulePaths, includeDefaults: !options.NoDefaultRules);
    }
    catch (RuleSetException ex)
    {
        stderr.WriteLine($"briefing-audit: {ex.Message}");
        if (options.Verbose && ex.InnerException is not null)
        {
            stderr.WriteLine(ex.InnerException.Message);
        }

        return ExitCodes.ToolError;
    }

    var pipeline = new AuditPipeline(rules);
    if (options.Command == "eval")
    {
        return EvalCommand.Run(pipeline, options.Inputs, options.Verbose, stdout, stderr);
    }

    if (options.Command == "serve")
    {
        return ServeCommand.Run(pipeline, options.Serve, stdout, stderr);
    }

    var outcomes = new List<FileOutcome>();
    foreach (var path in options.Command == "compare" ? [] : InputExpander.Expand(options.Inputs))
    {
        var outcome = CheckOne(pipeline, path, stdin);
        if (outcome.Failed)
        {
            stderr.WriteLine($"briefing-audit: {path}: {outcome.Error}");
        }

        outcomes.Add(outcome);
    }

    var report = options.Command == "compare" ? CompareCommand.Run(pipeline, options, stdin, stderr) : new AuditReport([.. outcomes], rules);
    if (report is null)
    {
        return ExitCodes.ToolError;
    }

    var writer = options.Output is null ? stdout : new StreamWriter(options.Output);
    try
    {
        var reportOptions = new ReportOptions(
            Color: options.Output is null && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
            BaseDirectory: Environment.CurrentDirectory,
            StepSummaryPath: Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary ? summary : null);
        if (options.Command == "claims")
        {
            ClaimsCommand.Write(report, writer, reportOptions, options.Format);
        }
        else
        {
            Reporters.Find(options.Format)!.Write(report, writer, reportOptions);
        }
    }
    finally
    {
        if (options.Output is not null)
        {
            writer.Dispose();
        }
    }

    if (outcomes.Any(o => o.Failed))
    {
        return ExitCodes.ToolError;
    }

    return FailsGate(report, options.FailOn) ? ExitCodes.Findings : ExitCodes.Clean;
}

static FileOutcome CheckOne(AuditPipeline pipeline, string path, TextReader stdin)
{
    try
    {
        var document = path == "-" ? DocumentLoader.FromText("-", stdin.ReadToEnd()) : DocumentLoader.Load(path);
        return FileOutcome.Checked(path, pipeline.Run(document));
    }
    catch (DocumentLoadException ex)
    {
        return FileOutcome.Failure(path, ex.Reason);
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
    {
        return FileOutcome.Failure(path, ex.Message);
    }
    catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
    {
        return FileOutcome.Failure(path, string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.TimedOut, 1));
    }
}

static bool FailsGate(AuditReport report, string failOn) => failOn switch
{
    "never" => false,
    "info" => report.Findings.Any(),
    "warning" => report.Findings.Any(x => x.Finding.Severity >= Severity.Warning),
    _ => report.Findings.Any(x => x.Finding.Severity == Severity.Error),
};
