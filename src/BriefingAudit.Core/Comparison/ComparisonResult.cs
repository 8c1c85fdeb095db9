using System.Collections.Immutable;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Comparison;

/// <summary>
/// A source compared with its translation: each document with its claims and the findings that stand in it, and
/// the alignment of their figures. Immutable.
/// </summary>
public sealed record ComparisonResult(AuditResult Source, AuditResult Target, ImmutableArray<ClaimPair> Pairs)
{
    public IEnumerable<Finding> Findings => Source.Findings.Concat(Target.Findings);

    /// <summary>The two files as one run, for the same reporters, exit codes and JSON shape as <c>check</c>.</summary>
    public AuditReport ToReport(RuleSet rules) =>
        new([FileOutcome.Checked(Source.Document.Path, Source), FileOutcome.Checked(Target.Document.Path, Target)], rules);
}
