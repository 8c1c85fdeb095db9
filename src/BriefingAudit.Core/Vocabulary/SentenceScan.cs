using System.Collections.Immutable;

namespace BriefingAudit.Core.Vocabulary;

/// <summary>
/// The terms and units of one sentence, each matcher run once over the whole sentence. The extractor (what a number
/// may not be part of) and the binder (what a claim is about) both read them: each matched them again. Immutable.
/// </summary>
public sealed record SentenceScan(ImmutableArray<PhraseMatch<Term>> Terms, ImmutableArray<PhraseMatch<UnitTerm>> Units)
{
    public static SentenceScan Of(string text, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return new SentenceScan(lexicon.TermMatcher.Matches(text), lexicon.UnitMatcher.Matches(text));
    }

    /// <summary>The last unit of the sentence that counts things ("enterprises", "people"), if any.</summary>
    public UnitTerm? LastCount => Units.LastOrDefault(u => u.Value.Dimension == UnitDimension.Count)?.Value;
}
