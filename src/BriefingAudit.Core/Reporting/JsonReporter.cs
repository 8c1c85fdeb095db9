using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Reporting;

/// <summary>The JSON report documented in docs/json-report.md. Its wire shapes are private to this class.</summary>
public sealed partial class JsonReporter : IReporter
{
    internal static IJsonTypeInfoResolver WireShapes => JsonReportShapes.Default;

    public string Name => "json";

    public void Write(AuditReport report, TextWriter output, ReportOptions options)
    {
        var files = report.Files.Select(f => new FileDto(
            options.DisplayPath(f.Path),
            f.Failed ? "failed" : "checked",
            f.Error,
            f.Result?.ClaimCount,
            f.Result?.Notes.Select(n => new NoteDto(n.Span.Line, n.Span.Column, n.Message)).ToList())).ToList();
        var findings = report.Findings.Select(x => ToDto(x.File, x.Finding, options)).ToList();
        var baseline = report.Known > 0 || !report.Gone.IsEmpty;
        var summary = new SummaryDto(
            report.Files.Length, report.Files.Count(f => f.Failed), report.Count(Severity.Error), report.Count(Severity.Warning), report.Count(Severity.Info),
            baseline ? report.Known : null, baseline ? report.Gone.Length : null);
        var gone = baseline ? report.Gone.Select(g => new GoneDto(g.Path, g.Rule, g.Fingerprint, g.Message)).ToList() : null;
        var dto = new ReportDto(new ToolDto("briefing-audit", AuditReport.ToolVersion), files, findings, summary, gone);
        JsonWire.Write(output, dto);
    }

    /// <summary>The claims of each file with everything understood about them (for <c>claims --format json</c>).</summary>
    public static void WriteClaims(AuditReport report, TextWriter output, ReportOptions options)
    {
        var files = report.Files.Select(f => new ClaimsFileDto(
            options.DisplayPath(f.Path),
            f.Failed ? "failed" : "checked",
            f.Error,
            f.Result?.Claims.Select(b => new BoundClaimDto(
                b.Claim.Text, b.Claim.Span.Line, b.Claim.Span.Column, b.Claim.Span.Length, b.Claim.Quantity.Value, b.Claim.Quantity.Unit,
                b.Claim.Quantity.ScaleWord, Role(b.Claim.Role), b.Claim.Sign, b.Claim.Qualifier?.Id, b.Claim.DescribeInterval(),
                b.Measure?.Id, b.Entity.Id, b.Period?.Id, b.Whole?.Measure.Id, b.Whole?.Entity.Id, b.Note)).ToList())).ToList();
        JsonWire.Write(output, new ClaimsReportDto(new ToolDto("briefing-audit", AuditReport.ToolVersion), files));
    }

    public static string Role(ClaimRole role) => JsonNamingPolicy.KebabCaseLower.ConvertName(role.ToString());

    /// <summary>One file as the <c>jsonl</c> format writes it, on one line: its status, claim count, notes and findings.</summary>
    internal static string FileLine(FileOutcome file, ReportOptions options) => JsonWire.Serialize(new FileLineDto(
        options.DisplayPath(file.Path),
        file.Failed ? "failed" : "checked",
        file.Error,
        file.Result?.ClaimCount,
        file.Result?.Notes.Select(n => new NoteDto(n.Span.Line, n.Span.Column, n.Message)).ToList(),
        file.Result?.Findings.Select(f => ToDto(file, f, options)).ToList() ?? []), JsonWire.Compact);

    private static FindingDto ToDto(FileOutcome file, Finding finding, ReportOptions options)
    {
        var path = options.DisplayPath(file.Path);
        return new FindingDto(
            finding.RuleId,
            finding.Severity.ToString().ToLowerInvariant(),
            finding.Title,
            finding.Message,
            path,
            finding.Location.Line,
            finding.Location.Column,
            finding.Fingerprint,
            finding.HelpPath,
            finding.Expected?.ToString(),
            finding.Stated?.ToString(),
            finding.Claims.Select(c => new ClaimDto(c.Path is { } own ? options.DisplayPath(own) : path, c.Text, c.Span.Line, c.Span.Column, c.Quantity.Value, c.Quantity.Unit)).ToList());
    }

    [JsonSerializable(typeof(ReportDto))]
    [JsonSerializable(typeof(FileLineDto))]
    [JsonSerializable(typeof(ClaimsReportDto))]
    private sealed partial class JsonReportShapes : JsonSerializerContext;

    private sealed record ReportDto(ToolDto Tool, List<FileDto> Files, List<FindingDto> Findings, SummaryDto Summary, List<GoneDto>? Gone);

    private sealed record FileLineDto(string Path, string Status, string? Error, int? Claims, List<NoteDto>? Notes, List<FindingDto> Findings);

    private sealed record GoneDto(string File, string Rule, string Fingerprint, string Message);

    private sealed record ToolDto(string Name, string Version);

    private sealed record FileDto(string Path, string Status, string? Error, int? Claims, List<NoteDto>? Notes);

    private sealed record NoteDto(int Line, int Column, string Message);

    private sealed record FindingDto(string Rule, string Severity, string Title, string Message, string File, int Line, int Column, string Fingerprint, string Help, string? Expected, string? Stated, List<ClaimDto> Claims);

    private sealed record ClaimDto(string File, string Text, int Line, int Column, decimal Value, string Unit);

    private sealed record SummaryDto(int Files, int Failed, int Errors, int Warnings, int Infos, int? Known, int? Gone);

    private sealed record ClaimsReportDto(ToolDto Tool, List<ClaimsFileDto> Files);

    private sealed record ClaimsFileDto(string Path, string Status, string? Error, List<BoundClaimDto>? Claims);

    private sealed record BoundClaimDto(
        string Text, int Line, int Column, int Length, decimal Value, string Unit, string? Scale, string Role, int Sign, string? Qualifier,
        string Interval, string? Measure, string Entity, string? Period, string? WholeMeasure, string? WholeEntity, string? Note);
}
