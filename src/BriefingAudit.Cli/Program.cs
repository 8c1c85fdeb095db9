using BriefingAudit.Cli;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Configuration;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

return Run(args, Console.OpenStandardInput, Console.Out, Console.Error);

static int Run(string[] args, Func<Stream> stdin, TextWriter stdout, TextWriter stderr)
{
    if (args is ["--version"])
    {
        stdout.WriteLine($"briefing-audit {AuditReport.ToolVersion}");
        return ExitCodes.Clean;
    }

    // "briefing-audit compare --help" asks for help as much as "briefing-audit --help" does, as with git or dotnet.
    if (args is [] or ["help"] || args.Any(a => a is "--help" or "-h"))
    {
        (args.Length == 0 ? stderr : stdout).WriteLine(CommandLine.Usage);
        return args.Length == 0 ? ExitCodes.ToolError : ExitCodes.Clean;
    }

    // Every command but init reads numbers: Recognizers' start-up runs on the other core while the rules load.
    _ = Task.Run(RecognizerNumberFinder.WarmUp);
    CommandLine? options = null;
    RuleSet rules;
    try
    {
        options = CommandLine.Parse(args);
        if (options.Command == "init")
        {
            return InitCommand.Run(Environment.CurrentDirectory, stdout, stderr);
        }

        var config = options.ConfigPath is { } configPath ? ConfigurationLoader.Load(configPath)
            : ConfigurationLoader.Find(Environment.CurrentDirectory) is { } found ? ConfigurationLoader.Load(found)
            : AuditConfiguration.Empty;
        options = options.With(config);
        rules = ConfigurationLoader.ApplySeverities(DefaultRules.Load(options.RulePaths, includeDefaults: !options.NoDefaultRules), config);
    }
    catch (UsageException ex)
    {
        stderr.WriteLine($"briefing-audit: {ex.Message}");
        stderr.WriteLine(CommandLine.Usage);
        return ExitCodes.ToolError;
    }
    catch (Exception ex) when (ex is RuleSetException or ConfigurationException)
    {
        stderr.WriteLine($"briefing-audit: {ex.Message}");
        if (options?.Verbose == true && ex.InnerException is not null)
        {
            stderr.WriteLine($"  {ex.InnerException.GetType().FullName}: {ex.InnerException.Message}");
        }

        return ExitCodes.ToolError;
    }

    var pipeline = new AuditPipeline(rules);
    try
    {
        return options.Command switch
        {
            "eval" => EvalCommand.Run(pipeline, options.Inputs, options.Verbose, stdout, stderr),
            "bench" => BenchCommand.Run(pipeline, options, stdout),
            "serve" => ServeCommand.Run(pipeline, options.Serve, stdout, stderr),
            "compare" => CompareCommand.Execute(pipeline, options, stdin, stdout, stderr),
            _ => CheckCommand.Run(options, pipeline, stdin, stdout, stderr),
        };
    }
    catch (ConfigurationException ex)
    {
        stderr.WriteLine($"briefing-audit: {ex.Message}");
        return ExitCodes.ToolError;
    }
}
