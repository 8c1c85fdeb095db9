using System.Collections.Immutable;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Vocabulary;

/// <summary>
/// The terms, units and clause starts of one sentence, each found once over the whole sentence. The extractor (what
/// a number may not be part of, where its clause starts) and the binder (what a claim is about) both read them: each
/// found them again. Immutable.
/// </summary>
public sealed record SentenceScan(ImmutableArray<PhraseMatch<Term>> Terms, ImmutableArray<PhraseMatch<UnitTerm>> Units, ImmutableArray<int> ClauseStarts)
{
    public static SentenceScan Of(string text, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return new SentenceScan(lexicon.TermMatcher.Matches(text), lexicon.UnitMatcher.Matches(text), Clauses.Starts(text));
    }

    /// <summary>The last unit of the sentence that counts things ("enterprises", "people"), if any.</summary>
    public UnitTerm? LastCount => Units.LastOrDefault(u => u.Value.Dimension == UnitDimension.Count)?.Value;
}
