using System.Collections.Immutable;

namespace BriefingAudit.Core.Rules;

/// <summary>
/// One rule of a rule set: a stable ID, the check <see cref="Kind"/> that runs it, and the text users see.
/// <see cref="Relations"/> is used by sum rules. Immutable.
/// </summary>
public sealed record Rule(
    string Id,
    string Kind,
    string Title,
    Severity Severity,
    string Description,
    ImmutableArray<SumRelation> Relations,
    string SourcePath)
{
    /// <summary>The rule's doc page, relative to the repository root.</summary>
    public string HelpPath => $"docs/rules/{Id}.md";
}
