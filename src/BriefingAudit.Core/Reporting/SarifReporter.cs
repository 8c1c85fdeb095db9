using System.Text;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Reporting;

/// <summary>
/// SARIF 2.1.0 for code scanning (GitHub, the VS Code SARIF viewer): one run, every rule of the rule set as driver
/// metadata, files that could not be read as tool notifications. Its wire shapes are private to this class.
/// </summary>
public sealed partial class SarifReporter : IReporter
{
    /// <summary>
    /// Base of <c>informationUri</c> and every rule's <c>helpUri</c>. SARIF requires both to be absolute, so this is a
    /// placeholder on a reserved domain until the project has a public home (see README, "Output formats").
    /// </summary>
    public const string ProjectUri = "https://briefing-audit.example/";

    /// <summary>The key of <c>partialFingerprints</c>; bump the version if <see cref="Finding.Fingerprint"/> changes.</summary>
    public const string FingerprintKey = "briefingAudit/v1";

    private const string SourceRoot = "%SRCROOT%";

    public string Name => "sarif";

    internal static IJsonTypeInfoResolver WireShapes => SarifShapes.Default;

    public void Write(AuditReport report, TextWriter output, ReportOptions options)
    {
        var rules = report.Rules.Rules;
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Length; i++)
        {
            ruleIndex.TryAdd(rules[i].Id, i);
        }

        var driver = new DriverDto("briefing-audit", AuditReport.ToolVersion, AuditReport.ToolVersion, ProjectUri, [.. rules.Select(Descriptor)]);
        var results = report.Findings.Select(x => Result(x.Finding, x.File.Path, options, ruleIndex)).ToList();
        var notifications = report.Files.SelectMany(f => Notifications(f, Artifact(options.DisplayPath(f.Path)))).ToList();
        var invocation = new InvocationDto(!report.Files.Any(f => f.Failed), notifications.Count > 0 ? notifications : null);
        var baseIds = options.BaseDirectory is null
            ? null
            : new Dictionary<string, ArtifactLocationDto> { [SourceRoot] = new(DirectoryUri(options.BaseDirectory), null) };
        var run = new RunDto(new ToolDto(driver), [invocation], baseIds, "utf16CodeUnits", results);
        var log = new LogDto("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json", "2.1.0", [run]);
        JsonWire.Write(output, log);
    }

    private static DescriptorDto Descriptor(Rule rule) => new(
        rule.Id,
        PascalCase(rule.Title),
        new MessageDto(rule.Title),
        new MessageDto(rule.Description),
        new MessageDto($"{rule.Description} See {rule.HelpPath} for how the figures are compared, with an example that fires and one that does not."),
        HelpUri(rule.HelpPath),
        new ConfigurationDto(Level(rule.Severity)));

    private static ResultDto Result(Finding finding, string path, ReportOptions options, Dictionary<string, int> ruleIndex)
    {
        var artifact = Artifact(options.DisplayPath(path));
        // Related locations are numbered from 1 so that a message may link to them as "[text](1)".
        var related = finding.Claims
            .Where(c => c.Span != finding.Location || (c.Path ?? path) != path)
            // A claim of another file (compare cites the source) is located in that file.
            .Select((c, i) => new LocationDto(i + 1, new PhysicalLocationDto(c.Path is { } own && own != path ? Artifact(options.DisplayPath(own)) : artifact, Region(c.Span)), new MessageDto(c.Text)))
            .ToList();
        return new ResultDto(
            finding.RuleId,
            ruleIndex.TryGetValue(finding.RuleId, out var index) ? index : null,
            Level(finding.Severity),
            new MessageDto(finding.Message),
            [new LocationDto(null, new PhysicalLocationDto(artifact, Region(finding.Location)), null)],
            related.Count > 0 ? related : null,
            new Dictionary<string, string> { [FingerprintKey] = finding.Fingerprint });
    }

    private static IEnumerable<NotificationDto> Notifications(FileOutcome file, ArtifactLocationDto artifact)
    {
        if (file.Failed)
        {
            return [new NotificationDto(new MessageDto(file.Error!), "error", [new LocationDto(null, new PhysicalLocationDto(artifact, null), null)])];
        }

        // Figures the extractor could not use are not findings, but a reader of the log should still see them.
        return file.Result!.Notes.Select(n => new NotificationDto(new MessageDto(n.Message), "note", [new LocationDto(null, new PhysicalLocationDto(artifact, Region(n.Span)), null)]));
    }

    private static RegionDto Region(SourceSpan span) => new(span.Line, span.Column, span.Line, span.Column + span.Length);

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>A path relative to the working folder becomes a relative URI under %SRCROOT%; any other, a file URI.</summary>
    private static ArtifactLocationDto Artifact(string displayPath) => Path.IsPathRooted(displayPath)
        ? new(new Uri(displayPath).AbsoluteUri, null)
        : new(string.Join('/', displayPath.Split('/').Select(Uri.EscapeDataString)), SourceRoot);

    private static string DirectoryUri(string directory) =>
        new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar).AbsoluteUri;

    private static string HelpUri(string helpPath) => new Uri(new Uri(ProjectUri), helpPath).AbsoluteUri;

    /// <summary>"Stated share differs from part / whole" → "StatedShareDiffersFromPartWhole".</summary>
    internal static string PascalCase(string title)
    {
        var name = new StringBuilder(title.Length);
        var wordStart = true;
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c))
            {
                name.Append(wordStart ? char.ToUpperInvariant(c) : c);
            }

            wordStart = !char.IsLetterOrDigit(c);
        }

        return name.ToString();
    }

    [JsonSerializable(typeof(LogDto))]
    private sealed partial class SarifShapes : JsonSerializerContext;

    private sealed record LogDto([property: JsonPropertyName("$schema")] string Schema, string Version, List<RunDto> Runs);

    private sealed record RunDto(ToolDto Tool, List<InvocationDto> Invocations, Dictionary<string, ArtifactLocationDto>? OriginalUriBaseIds, string ColumnKind, List<ResultDto> Results);

    private sealed record ToolDto(DriverDto Driver);

    private sealed record DriverDto(string Name, string Version, string SemanticVersion, string InformationUri, List<DescriptorDto> Rules);

    private sealed record DescriptorDto(string Id, string Name, MessageDto ShortDescription, MessageDto FullDescription, MessageDto Help, string HelpUri, ConfigurationDto DefaultConfiguration);

    private sealed record ConfigurationDto(string Level);

    private sealed record InvocationDto(bool ExecutionSuccessful, List<NotificationDto>? ToolExecutionNotifications);

    private sealed record NotificationDto(MessageDto Message, string Level, List<LocationDto> Locations);

    private sealed record ResultDto(string RuleId, int? RuleIndex, string Level, MessageDto Message, List<LocationDto> Locations, List<LocationDto>? RelatedLocations, Dictionary<string, string> PartialFingerprints);

    private sealed record LocationDto(int? Id, PhysicalLocationDto PhysicalLocation, MessageDto? Message);

    private sealed record PhysicalLocationDto(ArtifactLocationDto ArtifactLocation, RegionDto? Region);

    private sealed record ArtifactLocationDto(string Uri, string? UriBaseId);

    private sealed record RegionDto(int StartLine, int StartColumn, int EndLine, int EndColumn);

    private sealed record MessageDto(string Text);
}
