using System.Collections.Immutable;

namespace BriefingAudit.Core.Configuration;

/// <summary>
/// The settings of a <c>.briefing-audit.yaml</c>: rule files, per-rule severities, input globs, the baseline, the
/// gate and the format. Paths are already resolved against the file's folder; a null means "not set". Immutable.
/// </summary>
public sealed record AuditConfiguration(
    string? Path,
    ImmutableArray<string> Rules,
    ImmutableArray<SeverityOverride> Severities,
    ImmutableArray<string> Include,
    ImmutableArray<string> Exclude,
    string? Baseline,
    string? FailOn,
    string? Format)
{
    public static AuditConfiguration Empty { get; } = new(null, [], [], [], [], null, null, null);
}
