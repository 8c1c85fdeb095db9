using System.Collections.Immutable;

namespace BriefingAudit.Core.Rules;

/// <summary>A readable relation from a rule file, <c>total = part + part (+ …)</c>, naming measure IDs.</summary>
public sealed record SumRelation(string Total, ImmutableArray<string> Parts, string Text)
{
    public override string ToString() => Text;
}
