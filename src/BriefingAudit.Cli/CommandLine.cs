using System.Globalization;
using System.Net;
using BriefingAudit.Core;
using BriefingAudit.Core.Configuration;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;
using BriefingAudit.Web;

namespace BriefingAudit.Cli;

/// <summary>
/// The parsed command line. Parsing only: no files are touched here. <see cref="Format"/> and <see cref="FailOn"/>
/// are null when not given, so that a configuration file can set them (<see cref="With"/>).
/// </summary>
internal sealed record CommandLine(
    string Command,
    IReadOnlyList<string> Inputs,
    string? Format,
    string? Output,
    IReadOnlyList<string> RulePaths,
    bool NoDefaultRules,
    string? FailOn,
    bool Verbose)
{
    public const string Usage = """
        Usage:
          briefing-audit check PATH... [options]     check transcripts (files, folders, or - for standard input)
          briefing-audit claims PATH... [options]    list the numeric claims as the tool read them
          briefing-audit compare SOURCE TARGET       compare a Chinese source with its English translation, figure by figure
          briefing-audit baseline PATH... [options]  record today's findings (default .briefing-audit-baseline.json)
          briefing-audit init                        write a commented .briefing-audit.yaml here
          briefing-audit eval CORPUS_DIR             measure accuracy on a labelled corpus (NAME.txt + NAME.truth.yaml)
          briefing-audit bench [SEED_DIR...]         time generated transcripts against whole-text Recognizers
          briefing-audit serve [--port N] [--host ADDR] [--rules PATH]...
                                                     a local page where an editor pastes or uploads a transcript
                                                     and gets the HTML report (default 127.0.0.1:5170)
          briefing-audit --version | --help

        Options:
          --format FORMAT          output format (default: text):
                                     check: text|json|jsonl|sarif|junit|github|html; compare: the same but jsonl;
                                     claims: text|json
          --output FILE            write the report (baseline: the baseline) to FILE instead of standard output
          --rules PATH             add a rule file or a folder of them (repeatable)
          --no-default-rules       do not load the built-in rules
          --fail-on LEVEL          error|warning|info|never: the lowest severity that exits 1 (default: error)
          --include GLOB           check only these files of a folder (repeatable; default *.txt *.md *.html *.htm *.docx)
          --exclude GLOB           leave these files of a folder out (repeatable)
          --config FILE            settings file (default: the nearest .briefing-audit.yaml upwards)
          --baseline FILE          findings recorded there do not fail the gate; fixed ones are reported as gone
          --shard K/N              check only part K of N of the inputs (by a stable hash of each path)
          --jobs N                 files checked at once (default: all cores)
          --no-progress            no progress bar, even on a terminal
          --files N                bench: transcripts to generate (default 500)
          --source-lang, --target-lang zh|en    compare: the languages (default: detected from the text)
          --source-lines, --target-lines A-B    compare: only these lines of the file (line numbers stay the file's)
          --timeout SECONDS        give up on a file after this long, 0 for no limit (default: 30)
          --max-file-size SIZE     refuse larger files, in bytes or with K, M or G (default: 16M; at most 1G)
          --verbose                full detail on errors (exception types and messages)

        Exit codes: 0 no finding at or above --fail-on; 1 such findings; 2 a usage error, or an input, rule,
        configuration or baseline file that could not be read or checked (the other inputs are still checked and
        reported).
        """;

    private static readonly string[] Commands = ["check", "claims", "compare", "eval", "baseline", "init", "bench", "serve"];

    private static readonly string[] FailLevels = ["error", "warning", "info", "never"];

    // Only check writes findings through the reporters; claims lists claims and eval prints its own table.
    private static readonly string[] ClaimsFormats = ["text", "json"];

    /// <summary>What one input may cost (--max-file-size, --timeout).</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;

    /// <summary>For serve: where to listen.</summary>
    public ServeOptions Serve { get; init; } = new();

    /// <summary>What compare reads; set for the compare command only.</summary>
    public CompareOptions? Compare { get; init; }

    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public string? ConfigPath { get; init; }

    public string? BaselinePath { get; init; }

    public Shard Shard { get; init; } = Shard.Whole;

    public int Jobs { get; init; }

    public bool NoProgress { get; init; }

    public int Files { get; init; } = 500;

    /// <summary>The format in force, once the configuration has had its say.</summary>
    public string FormatOrDefault => Format ?? "text";

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            throw new UsageException("no command given");
        }

        var command = args[0];
        if (!Commands.Contains(command, StringComparer.Ordinal))
        {
            throw new UsageException($"unknown command '{command}'; expected {string.Join(", ", Commands)}");
        }

        var inputs = new List<string>();
        var rules = new List<string>();
        var include = new List<string>();
        var exclude = new List<string>();
        string? format = null, failOn = null, output = null, config = null, baseline = null;
        bool noDefaults = false, verbose = false, noProgress = false;
        var shard = Shard.Whole;
        int jobs = 0, files = 500;
        var limits = InputLimits.Default;
        var serve = new ServeOptions();
        var compare = new Dictionary<string, string>();
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
                    failOn = CheckFailOn(Value());
                    break;
                case "--include":
                    include.Add(Value());
                    break;
                case "--exclude":
                    exclude.Add(Value());
                    break;
                case "--config":
                    config = Value();
                    break;
                case "--baseline":
                    baseline = Value();
                    break;
                case "--shard":
                    var text = Value();
                    shard = Shard.Parse(text) ?? throw new UsageException(string.Format(CultureInfo.InvariantCulture, Messages.BadShard, text));
                    break;
                case "--jobs":
                    jobs = Count(arg, Value());
                    break;
                case "--files":
                    files = Count(arg, Value());
                    break;
                case "--no-progress":
                    noProgress = true;
                    break;
                case "--source-lang" or "--target-lang" or "--source-lines" or "--target-lines" when command == "compare":
                    compare[arg] = Value();
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

        if (inputs.Count == 0 && command is "check" or "claims" or "compare" or "eval" or "baseline")
        {
            throw new UsageException($"'{command}' needs at least one file, folder or -");
        }

        var parsed = new CommandLine(command, inputs, format, output, rules, noDefaults, failOn, verbose)
        {
            Include = include,
            Exclude = exclude,
            ConfigPath = config,
            BaselinePath = baseline,
            Shard = shard,
            Jobs = jobs,
            NoProgress = noProgress,
            Files = files,
            Limits = limits,
            Serve = serve,
            Compare = command == "compare" ? CompareOptions.Parse(inputs, compare) : null,
        };
        parsed.CheckFormat();
        return parsed;
    }

    /// <summary>
    /// This command line with the configuration's settings where the command line gave none: rule files add up,
    /// globs given here replace the configured includes, excludes add up.
    /// </summary>
    public CommandLine With(AuditConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var merged = this with
        {
            Format = Format ?? config.Format,
            FailOn = FailOn ?? (config.FailOn is null ? null : CheckFailOn(config.FailOn)),
            RulePaths = [.. config.Rules, .. RulePaths],
            Include = Include.Count > 0 ? Include : config.Include,
            Exclude = [.. config.Exclude, .. Exclude],
            BaselinePath = BaselinePath ?? (Command == "check" ? config.Baseline : null),
        };
        merged.CheckFormat();
        return merged;
    }

    private void CheckFormat()
    {
        if (Format is null || Command is "eval" or "init" or "bench" or "baseline" or "serve")
        {
            return;
        }

        var formats = Command switch
        {
            "check" => Reporters.Names,
            "compare" => [.. Reporters.Names.Where(n => n != "jsonl")],
            _ => ClaimsFormats,
        };
        if (!formats.Contains(Format, StringComparer.Ordinal))
        {
            throw new UsageException($"unknown format '{Format}' for {Command}; expected {string.Join(", ", formats)}");
        }
    }

    private static string CheckFailOn(string level) =>
        FailLevels.Contains(level, StringComparer.Ordinal) ? level : throw new UsageException($"--fail-on takes error, warning, info or never, not '{level}'");

    private static int Count(string option, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new UsageException($"{option} takes a whole number above 0, not '{text}'");

    private static int Port(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= IPEndPoint.MaxPort
            ? port : throw new UsageException($"--port takes a number from 0 to {IPEndPoint.MaxPort}, not '{value}'");

    private static string Host(string value) =>
        value == "localhost" || IPAddress.TryParse(value, out _) ? value : throw new UsageException($"--host takes an IP address or localhost, not '{value}'");
}
