using BriefingAudit.Cli;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;
using BriefingAudit.Core.Rules;

return Run(args, Console.OpenStandardInput, Console.Out, Console.Error);

static int Run(string[] args, Func<Stream> stdin, TextWriter stdout, TextWriter stderr)
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
            stderr.WriteLine($"  {ex.InnerException.GetType().FullName}: {ex.InnerException.Message}");
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
        var outcome = InputChecker.Check(pipeline, path, options.Limits, stdin);
        if (outcome.Failed)
        {
            stderr.WriteLine($"briefing-audit: {path}: {outcome.Error}");
            if (options.Verbose && outcome.Detail is { } detail)
            {
                stderr.WriteLine("  " + detail.Replace("\n", "\n  ", StringComparison.Ordinal));
            }
        }

        outcomes.Add(outcome);
    }

    using var stdinText = options.Command == "compare" ? new StreamReader(stdin()) : null;
    var report = options.Command == "compare" ? CompareCommand.Run(pipeline, options, stdinText!, stderr) : new AuditReport([.. outcomes], rules);
    if (report is null)
    {
        return ExitCodes.ToolError;
    }

    TextWriter writer;
    try
    {
        writer = options.Output is null ? stdout : new StreamWriter(options.Output);
    }
    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
    {
        stderr.WriteLine($"briefing-audit: {options.Output}: cannot write the report: {ex.Message}");
        return ExitCodes.ToolError;
    }

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

static bool FailsGate(AuditReport report, string failOn) => failOn switch
{
    "never" => false,
    "info" => report.Findings.Any(),
    "warning" => report.Findings.Any(x => x.Finding.Severity >= Severity.Warning),
    _ => report.Findings.Any(x => x.Finding.Severity == Severity.Error),
};
