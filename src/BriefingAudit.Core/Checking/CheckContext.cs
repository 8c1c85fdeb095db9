using System.Collections.Immutable;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Checking;

/// <summary>What a check sees of one transcript: its bound claims, their figures and the vocabulary. Immutable.</summary>
public sealed record CheckContext(ImmutableArray<BoundClaim> Claims, FigureTable Figures, Lexicon Lexicon)
{
    public static CheckContext Create(ImmutableArray<BoundClaim> claims, Lexicon lexicon) => new(claims, new FigureTable(claims), lexicon);
}
