using System.Buffers;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "Revenue was 452.4 billion yuan in the first quarter, up 0.7%, and 453.1 billion yuan in the second": an ordinal
/// standing alone after "in the" leaves out the noun of the period the sentence named with "first" before it, and
/// names that period counted on ("the second quarter"), when the vocabulary has it. "Loans grew by 9.8 trillion yuan in
/// the first quarter, nearly 13 trillion yuan over the half year": "the half", "the half-year" and "the six months"
/// leave out which half, the one the speaker is in, and "the nine months" which nine (<see cref="AddUnsaidOrdinals"/>).
/// </summary>
internal static partial class ElidedPeriods
{
    /// <param name="analysis">The sentence's analysis.</param>
    /// <param name="terms">The vocabulary's terms.</param>
    /// <param name="before">The analysis of the sentence before in its paragraph; null for the paragraph's first.</param>
    public static SentenceAnalysis Add(SentenceAnalysis analysis, PhraseMatcher<Term> terms, SentenceAnalysis? before = null)
    {
        var text = analysis.Text;
        List<Mention>? added = null;
        AddUnsaidOrdinals(analysis, terms, ref added);
        // Most sentences name no later ordinal at all, and no pattern is run for them.
        if (text.AsSpan().ContainsAny(Ordinals))
        {
            // Read apart from the closure below: C# makes it when a method that holds it is entered, so for every sentence.
            AddElidedOrdinals(analysis, terms, ref added);
            if (added is null && before is not null)
            {
                AddOrdinalOpeningTheSentence(analysis, before, terms, ref added);
            }
        }

        return added is null ? analysis : analysis.With(added);
    }

    /// <summary>"… 2.2 percentage points faster than in the second": an ordinal that stands for a period of the kind named before it.</summary>
    private static void AddElidedOrdinals(SentenceAnalysis analysis, PhraseMatcher<Term> terms, ref List<Mention>? added)
    {
        var text = analysis.Text;
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
                // "2.2 percentage points faster than in the second": the period compared with, not the figure's own.
                (added ??= []).Add(new Mention(ordinal.Index, ordinal.Index + ordinal.Length, MentionKind.Period, period) { Comparison = SentenceAnalysis.IsComparison(text, ordinal.Index) });
            }
        }
    }

    /// <summary>
    /// "In the first quarter, trade was 641.5 billion yuan, up 4.1%. In the second it was 688.2 billion yuan": an ordinal
    /// standing alone after "In the" at the head of a sentence counts on from the period the sentence before named with
    /// "first" (or "second", "third"), when that sentence named no later one of its kind.
    /// </summary>
    private static void AddOrdinalOpeningTheSentence(SentenceAnalysis analysis, SentenceAnalysis before, PhraseMatcher<Term> terms, ref List<Mention>? added)
    {
        if (OpeningOrdinal().Match(analysis.Text) is not { Success: true } opening
            || analysis.Mentions.Any(m => m.Kind == MentionKind.Period && m.Start <= opening.Index + opening.Length))
        {
            return;
        }

        var ordinal = opening.Groups["ordinal"];
        var earlier = before.Mentions.LastOrDefault(m => m.Kind == MentionKind.Period && !m.Comparison);
        if (earlier is null || FirstPeriod().Match(before.Text, earlier.Start, earlier.End - earlier.Start) is not { Success: true } first
            || terms.Exact(ordinal.Value + " " + first.Groups["noun"].Value) is not { Kind: TermKind.Period } period
            || Position(first.Value) >= Position(ordinal.Value))
        {
            return;
        }

        (added ??= []).Add(new Mention(ordinal.Index, ordinal.Index + ordinal.Length, MentionKind.Period, period));
    }

    private static int Position(string ordinal) =>
        Array.FindIndex(CountedOrdinals, o => ordinal.Contains(o, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] CountedOrdinals = ["first", "second", "third", "fourth"];

    // "In the second it was …", "In the third, growth slowed …": the ordinal with no noun after it.
    [GeneratedRegex(@"^(?:in|for|during)\s+the\s+(?<ordinal>second|third|fourth)(?=\s*,|\s+(?:it|they|this|that|there|we|the|its|their)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OpeningOrdinal();

    /// <summary>
    /// "… so the second quarter made up 54.7% of the half", "the licences of 13 million new drivers in the half-year":
    /// a half named with "the" alone is the half the speaker is in, the second when the sentence named a period of it
    /// before (the third or fourth quarter, July to December), the first otherwise, as a briefing on a year so far
    /// speaks of the first; "the nine months" are the first nine, the only nine a year reports.
    /// </summary>
    private static void AddUnsaidOrdinals(SentenceAnalysis analysis, PhraseMatcher<Term> terms, ref List<Mention>? added)
    {
        var text = analysis.Text;
        // Most sentences say neither; the pattern runs only for those that do.
        if (!text.Contains(" half", StringComparison.OrdinalIgnoreCase) && !text.Contains(" months", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (Match unsaid in UnsaidOrdinal().Matches(text))
        {
            var nine = unsaid.Groups["nine"].Success;
            var inSecondHalf = !nine && analysis.Mentions.Any(m => m.Kind == MentionKind.Period && m.End <= unsaid.Index
                && SecondHalfPeriods.Any(name => terms.Exact(name)?.Id == m.Term!.Id));
            if (terms.Exact(nine ? "first nine months" : inSecondHalf ? "second half" : "first half") is { Kind: TermKind.Period } period
                && !analysis.Mentions.Any(m => m.Start < unsaid.Index + unsaid.Length && m.End > unsaid.Index))
            {
                (added ??= []).Add(new Mention(unsaid.Index, unsaid.Index + unsaid.Length, MentionKind.Period, period) { Comparison = SentenceAnalysis.IsComparison(text, unsaid.Index) });
            }
        }
    }

    // The periods of a year's second half, by the names the vocabulary knows them by.
    private static readonly string[] SecondHalfPeriods = ["third quarter", "fourth quarter", "second half", "July", "August", "September", "October", "November", "December"];

    // "the half", "the half year", "the half-year('s)", "the six months", "the nine months"; not "the half of …" (a
    // share), nor a half said with its ordinal ("the first half", matched by the vocabulary).
    [GeneratedRegex(@"\bthe\s+(?:half(?:[\s-]year)?(?![\p{L}-])(?!\s+of\b)|six\s+months\b|(?<nine>nine\s+months)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnsaidOrdinal();

    // Searched for together: one pass over the sentence, not one per ordinal.
    private static readonly SearchValues<string> Ordinals = SearchValues.Create([" the first", " the second", " the third", " the fourth"], StringComparison.OrdinalIgnoreCase);

    // The ordinal ends its phrase: a comma, a stop, or a word that goes on about the figure ("in the second, up 1.2%"),
    // "first" too when a later period was named before it ("… in the second quarter, against 542.1 billion yuan in the first").
    // The figure may follow at once ("in the first quarter stations sold 8,600 tonnes, and in the second 10,300 tonnes"),
    // and "than the" compares with the period as "than in the" does ("The fourth quarter was 0.5 percentage point faster
    // than the third.").
    // Or it is the subject of a clause that is only its figure, its verb left out as the period's noun is: "The first
    // quarter brought 4.9 trillion yuan and the second 4.6 trillion", "…, and the third 4.22 trillion yuan".
    [GeneratedRegex(@"\b(?:(?:in|for|during|than)\s+the\s+(?<ordinal>first|second|third|fourth)\b(?=\s*(?:[,.;:)]|$)|\s+(?:up|down|and|while|rising|falling|growing|increasing|decreasing|with)\b|\s+\d(?![\d.,]*\s+(?:days?|weeks?|months?|years?)\b))|(?:and|,)\s+the\s+(?<ordinal>second|third|fourth)(?=\s+(?:(?:about|nearly|almost|roughly|some|over|just)\s+)?\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ElidedOrdinal();

    // The period counted on from: "the first quarter", and "the second quarter" of "…, and the third 4.22 trillion".
    [GeneratedRegex(@"^(?:the\s+)?(?:first|second|third|fourth)\s+(?<noun>\p{L}+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FirstPeriod();
}
