using System.Buffers;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "Revenue was 452.4 billion yuan in the first quarter, up 0.7%, and 453.1 billion yuan in the second": an ordinal
/// standing alone after "in the" leaves out the noun of the period the sentence named with "first" before it, and
/// names that period counted on ("the second quarter"), when the vocabulary has it.
/// </summary>
internal static partial class ElidedPeriods
{
    public static SentenceAnalysis Add(SentenceAnalysis analysis, PhraseMatcher<Term> terms)
    {
        var text = analysis.Text;
        // Most sentences name no later ordinal at all, and no pattern is run for them.
        if (!text.AsSpan().ContainsAny(Ordinals))
        {
            return analysis;
        }

        List<Mention>? added = null;
        foreach (Match elided in ElidedOrdinal().Matches(text))
        {
            var ordinal = elided.Groups["ordinal"];
            var first = analysis.Mentions.LastOrDefault(m => m.Kind == MentionKind.Period && !m.Comparison && m.End <= ordinal.Index
                && FirstPeriod().IsMatch(text.AsSpan(m.Start, m.End - m.Start)));
            if (first is null)
            {
                continue;
            }

            var noun = FirstPeriod().Match(text, first.Start, first.End - first.Start).Groups["noun"].Value;
            if (terms.Exact(ordinal.Value + " " + noun) is { Kind: TermKind.Period } period)
            {
                (added ??= []).Add(new Mention(ordinal.Index, ordinal.Index + ordinal.Length, MentionKind.Period, period));
            }
        }

        return added is null ? analysis : analysis.With(added);
    }

    // Searched for together: one pass over the sentence, not one per ordinal.
    private static readonly SearchValues<string> Ordinals = SearchValues.Create([" the second", " the third", " the fourth"], StringComparison.OrdinalIgnoreCase);

    // The ordinal ends its phrase: a comma, a stop, or a word that goes on about the figure ("in the second, up 1.2%").
    [GeneratedRegex(@"\b(?:in|for|during)\s+the\s+(?<ordinal>second|third|fourth)\b(?=\s*(?:[,.;:)]|$)|\s+(?:up|down|and|while|rising|falling|growing|increasing|decreasing|with)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ElidedOrdinal();

    [GeneratedRegex(@"^(?:the\s+)?first\s+(?<noun>\p{L}+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FirstPeriod();
}
