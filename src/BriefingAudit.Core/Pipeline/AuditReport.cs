using System.Collections.Immutable;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Configuration;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Pipeline;

/// <summary>A whole run: every input in order, and the rules that were applied. What reporters read. Immutable.</summary>
public sealed record AuditReport(ImmutableArray<FileOutcome> Files, RuleSet Rules)
{
    /// <summary>Findings left out because the baseline records them (they do not fail the gate).</summary>
    public int Known { get; init; }

    /// <summary>Findings the baseline records for the files checked that were not found again: fixed.</summary>
    public ImmutableArray<BaselineEntry> Gone { get; init; } = [];

    public IEnumerable<(FileOutcome File, Finding Finding)> Findings =>
        Files.Where(f => !f.Failed).SelectMany(f => f.Result!.Findings.Select(x => (f, x)));

    public int Count(Severity severity) => Findings.Count(x => x.Finding.Severity == severity);

    public static string ToolVersion =>
        typeof(AuditReport).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";
}
