using System.Globalization;
using System.Net;
using BriefingAudit.Core.Reporting;
using BriefingAudit.Web;

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
          briefing-audit compare SOURCE TARGET     compare a Chinese source with its English translation, figure by figure
          briefing-audit eval CORPUS_DIR           measure accuracy on a labelled corpus (NAME.txt + NAME.truth.yaml,
                                                   or pair folders NAME/ with source, target and truth.yaml for compare)
          briefing-audit serve [--port N] [--host ADDR] [--rules PATH]...
                                                   a local page where an editor pastes or uploads a transcript
                                                   and gets the HTML report (default 127.0.0.1:5170)
          briefing-audit --version | --help

        Options:
          --format FORMAT          output format (default: text):
                                     check, compare: text|json|sarif|junit|github|html; claims: text|json
          --output FILE            write the report to FILE instead of standard output
          --rules PATH             add a rule file or a folder of them (repeatable)
          --no-default-rules       do not load the built-in rules
          --fail-on LEVEL          error|warning|info|never: the lowest severity that exits 1 (default: error)
          --verbose                full detail on errors (exception types and messages)
          --timeout SECONDS        give up on a file after this long, 0 for no limit (default: 30)
          --max-file-size SIZE     refuse larger files, in bytes or with K, M or G (default: 16M; at most 1G)
          --source-lang, --target-lang zh|en    compare: the languages (default: detected from the text)
          --source-lines, --target-lines A-B    compare: only these lines of the file (line numbers stay the file's)

        Exit codes: 0 no finding at or above --fail-on; 1 such findings; 2 a usage error, or an input or rule file that
        could not be checked (the other inputs are still checked and reported).
        """;

    /// <summary>For serve: where to listen.</summary>
    public ServeOptions Serve { get; init; } = new();

    /// <summary>What compare reads; set for the compare command only.</summary>
    public CompareOptions? Compare { get; init; }

    private static readonly string[] FailLevels = ["error", "warning", "info", "never"];

    // Only check writes findings through the reporters; claims lists claims and eval prints its own table.
    private static readonly string[] ClaimsFormats = ["text", "json"];

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            throw new UsageException("no command given");
        }

        var command = args[0];
        if (command is not ("check" or "claims" or "eval" or "serve" or "compare"))
        {
            throw new UsageException($"unknown command '{command}'; expected check, claims, compare, eval or serve");
        }

        var inputs = new List<string>();
        var rules = new List<string>();
        string format = "text", failOn = "error";
        string? output = null;
        bool noDefaults = false, verbose = false;
        var limits = Core.Pipeline.InputLimits.Default;
        var serve = new ServeOptions();
        var compare = new Dictionary<string, string>();
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new UsageException($"{arg} needs a value");
            switch (arg)
            {
                case "--source-lang" or "--target-lang" or "--source-lines" or "--target-lines" when command == "compare":
                    compare[arg] = Value();
                    break;
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
                case "--port" when command == "serve":
                    serve = serve with { Port = Port(Value()) };
                    break;
                case "--host" when command == "serve":
                    serve = serve with { Host = Host(Value()) };
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

        if (command == "serve" && inputs.Count > 0)
        {
            throw new UsageException($"serve takes no files, only options (got '{inputs[0]}')");
        }

        if (inputs.Count == 0 && command != "serve")
        {
            throw new UsageException($"'{command}' needs at least one file, folder or -");
        }

        var formats = command is "check" or "compare" ? Reporters.Names : ClaimsFormats;
        if (!formats.Contains(format, StringComparer.Ordinal))
        {
            throw new UsageException($"unknown format '{format}' for {command}; expected {string.Join(", ", formats)}");
        }

        return new CommandLine(command, inputs, format, output, rules, noDefaults, failOn, verbose, limits)
        {
            Serve = serve,
            Compare = command == "compare" ? CompareOptions.Parse(inputs, compare) : null,
        };
    }

    private static int Port(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= IPEndPoint.MaxPort
            ? port : throw new UsageException($"--port takes a number from 0 to {IPEndPoint.MaxPort}, not '{value}'");

    private static string Host(string value) =>
        value == "localhost" || IPAddress.TryParse(value, out _) ? value : throw new UsageException($"--host takes an IP address or localhost, not '{value}'");
}
