namespace BriefingAudit.Cli;

/// <summary>The parsed command line. Parsing only: no files are touched here.</summary>
internal sealed record CommandLine(
    string Command,
    IReadOnlyList<string> Inputs,
    string Format,
    string? Output,
    IReadOnlyList<string> RulePaths,
    bool NoDefaultRules,
    string FailOn,
    bool Verbose,
    Core.Pipeline.InputLimits Limits)
{
    public const string Usage = """
        Usage:
          briefing-audit check PATH... [options]   check transcripts (files, folders, or - for standard input)
          briefing-audit claims PATH... [options]  list the numeric claims as the tool read them
          briefing-audit --version | --help

        Options:
          --format text|json       output format (default: text)
          --output FILE            write the report to FILE instead of standard output
          --rules PATH             add a rule file or a folder of them (repeatable)
          --no-default-rules       do not load the built-in rules
          --fail-on LEVEL          error|warning|info|never: the lowest severity that exits 1 (default: error)
          --verbose                full detail on errors (exception types and messages)
          --timeout SECONDS        give up on a file after this long, 0 for no limit (default: 30)
          --max-file-size SIZE     refuse larger files, in bytes or with K, M or G (default: 16M; at most 1G)

        Exit codes: 0 no finding at or above --fail-on; 1 such findings; 2 a usage error, or an input or rule file that
        could not be checked (the other inputs are still checked and reported).
        """;

    private static readonly string[] FailLevels = ["error", "warning", "info", "never"];

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            throw new UsageException("no command given");
        }

        var command = args[0];
        if (command is not ("check" or "claims"))
        {
            throw new UsageException($"unknown command '{command}'; expected check or claims");
        }

        var inputs = new List<string>();
        var rules = new List<string>();
        string format = "text", failOn = "error";
        string? output = null;
        bool noDefaults = false, verbose = false;
        var limits = Core.Pipeline.InputLimits.Default;
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new UsageException($"{arg} needs a value");
            switch (arg)
            {
                case "--format":
                    format = Value();
                    break;
                case "--output" or "-o":
                    output = Value();
                    break;
                case "--rules":
                    rules.Add(Value());
                    break;
                case "--no-default-rules":
                    noDefaults = true;
                    break;
                case "--fail-on":
                    failOn = Value();
                    if (!FailLevels.Contains(failOn))
                    {
                        throw new UsageException($"--fail-on takes error, warning, info or never, not '{failOn}'");
                    }

                    break;
                case "--verbose" or "-v":
                    verbose = true;
                    break;
                case "--timeout":
                    limits = limits with { Timeout = OptionValues.Timeout(Value()) };
                    break;
                case "--max-file-size":
                    limits = limits with { MaxFileBytes = OptionValues.Size(Value()) };
                    break;
                case "-":
                    inputs.Add(arg);
                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        throw new UsageException($"unknown option '{arg}'");
                    }

                    inputs.Add(arg);
                    break;
            }
        }

        if (inputs.Count == 0)
        {
            throw new UsageException($"'{command}' needs at least one file, folder or -");
        }

        if (format is not ("text" or "json"))
        {
            throw new UsageException($"unknown format '{format}'; expected text or json");
        }

        return new CommandLine(command, inputs, format, output, rules, noDefaults, failOn, verbose, limits);
    }
}
