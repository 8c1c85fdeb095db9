using System.Collections.Immutable;

namespace BriefingAudit.Core.Rules;

/// <summary>
/// A readable relation from a rule file, <c>total = part + part (+ …)</c>. Each side names a measure ID and,
/// after <c>@</c>, optionally an entity ID: <c>exports = exports@private-enterprises + exports@state-owned-enterprises</c>.
/// A side without an entity is the total's entity; a total without one is any entity, or the nation when the
/// parts name theirs. <c>&gt;=</c> instead of <c>=</c> says the parts need not be all of the total
/// ("private + foreign-funded + state-owned" leaves out other kinds of enterprise).
/// </summary>
public sealed record SumRelation(RelationTerm Total, ImmutableArray<RelationTerm> Parts, bool PartsMayBeIncomplete, string Text)
{
    /// <summary>The entity of the total: the one named, or the nation when the parts are entities of it.</summary>
    public string? TotalEntity => Total.Entity ?? (Parts.Any(p => p.Entity is not null) ? "national" : null);

    public override string ToString() => Text;
}
