using System.Collections.Immutable;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// Breakdowns said in a later answer than their total: a list that leaves nothing out, read once every figure of the
/// briefing has its period and measure, marked as <see cref="BoundClaim.PartOf"/> the amount before it that its words
/// name, closing the list, for the breakdown and growth checks.
/// </summary>
internal static class ListsOfEarlierTotals
{
    /// <summary>
    /// "In the first half, the industry earned revenue of 7.06 trillion yuan. … ¶ (a later answer) Revenue in the first
    /// quarter was 3.15 trillion yuan, up 10.0%. The second quarter brought 3.91 trillion yuan, up 13.5%": amounts of one
    /// unit said one after another in a paragraph, each for another and shorter period, whose days together are those of
    /// an amount said before them in the briefing, are its parts, and all of them, when their own sentence and paragraph
    /// (<see cref="PeriodParts.Mark"/>) gave them none. The total is of their unit, entity and whole period, as large as each of them,
    /// and of the measure the list's sentences name: one of the vocabulary that the list is bound to, or else the one
    /// whose name the list's words say more of than any other's ("261.40 million tonnes of crude steel" names crude steel
    /// output, not finished steel output); none when two say as much, or no word of any. A list within one sentence whose
    /// own turn holds such an amount was read there (<see cref="PeriodParts.Mark"/>), or left for a reason: it takes a total from another turn only.
    /// </summary>
    /// <param name="claims">The document's claims, in order, with their periods.</param>
    /// <param name="turns">The turn of each claim.</param>
    /// <param name="document">The document, for the words of the lists' sentences.</param>
    public static ImmutableArray<BoundClaim> Mark(ImmutableArray<BoundClaim> claims, IReadOnlyList<int> turns, SegmentedDocument document)
    {
        ImmutableArray<BoundClaim>.Builder? marked = null;
        ImmutableArray<Sentence>? sentences = null;
        ILookup<(string Unit, int Days, string Entity), int>? totals = null;
        for (var start = 0; start < claims.Length; start++)
        {
            if (!PeriodParts.IsFlow(claims[start]))
            {
                continue;
            }

            sentences ??= document.SentencesByIndex();
            var run = ListFrom(claims, start, sentences.Value);
            if (run.Count < 2 || SaysNotAFlow(run, claims, sentences.Value))
            {
                continue;
            }

            // Each list asks for the amounts before it of its unit, days and entity: found once for the document, not by
            // a pass over every claim before each list (that was quadratic in a briefing's claims), and only once a
            // list is found (most briefings have none).
            totals ??= MayBeTotals(claims);

            // The shortest run from the start that some amount before it is the total of.
            for (var end = 2; end <= run.Count; end++)
            {
                var parts = run[..end];
                if (EarlierTotal(claims, turns, parts, sentences.Value, totals) is not { } total)
                {
                    continue;
                }

                marked ??= claims.ToBuilder();
                foreach (var part in parts)
                {
                    marked[part] = marked[part] with { PartOf = claims[total].Claim, ClosesList = part == parts[^1], ListSentence = claims[parts[^1]].Claim.SentenceIndex };
                }

                start = parts[^1];
                break;
            }
        }

        return marked?.ToImmutable() ?? claims;
    }

    // How many days periods of one kind may differ by: 28 to 31 for months, 90 to 92 for quarters, 181 to 184 for halves.
    private const int LengthsOfOneKind = 3;

    /// <summary>
    /// The indexes of the amounts of the unit of the flow at <paramref name="start"/> from it on in its paragraph, each of
    /// a period of its own and of the first one's length, up to the first amount of that unit that is no such flow (or the
    /// paragraph's end).
    /// </summary>
    private static List<int> ListFrom(ImmutableArray<BoundClaim> claims, int start, ImmutableArray<Sentence> sentences)
    {
        var first = claims[start].Claim;
        var paragraph = sentences[first.SentenceIndex].ParagraphIndex;
        var run = new List<int> { start };
        for (var i = start + 1; i < claims.Length && sentences[claims[i].Claim.SentenceIndex].ParagraphIndex == paragraph; i++)
        {
            var next = claims[i];
            if (!next.Claim.IsAmount || next.Claim.Quantity.Unit != first.Quantity.Unit)
            {
                continue;
            }

            // Periods of one length (months, quarters, halves), each given once, cannot overlap: "From January to May, … 2,720.9
            // billion yuan. … April brought 607.6 billion yuan" are no two parts of the half, though their days make it.
            if (!PeriodParts.IsFlow(next) || run.Any(r => claims[r].Period!.Id == next.Period!.Id) || Math.Abs(next.Period!.Days!.Value - claims[start].Period!.Days!.Value) > LengthsOfOneKind)
            {
                break;
            }

            run.Add(i);
        }

        return run;
    }

    /// <summary>Whether a sentence of the list says its amounts are stocks or figures per something (<see cref="PeriodParts.SaysNotAFlow"/>).</summary>
    private static bool SaysNotAFlow(List<int> run, ImmutableArray<BoundClaim> claims, ImmutableArray<Sentence> sentences) =>
        run.DistinctBy(i => claims[i].Claim.SentenceIndex).Any(i => PeriodParts.SaysNotAFlow(sentences[claims[i].Claim.SentenceIndex], OfSentence(claims, i)));

    /// <summary>The claims of the sentence of the claim at <paramref name="index"/>, which stand together in document order.</summary>
    private static IEnumerable<BoundClaim> OfSentence(ImmutableArray<BoundClaim> claims, int index)
    {
        var sentence = claims[index].Claim.SentenceIndex;
        var first = index;
        while (first > 0 && claims[first - 1].Claim.SentenceIndex == sentence)
        {
            first--;
        }

        return claims.Skip(first).TakeWhile(c => c.Claim.SentenceIndex == sentence);
    }

    /// <summary>The index of the total of <paramref name="parts"/> said before them (<see cref="Mark"/>); null when there is none, or no one.</summary>
    private static int? EarlierTotal(ImmutableArray<BoundClaim> claims, IReadOnlyList<int> turns, List<int> parts, ImmutableArray<Sentence> sentences, ILookup<(string Unit, int Days, string Entity), int> totals)
    {
        var first = claims[parts[0]];
        var days = parts.Sum(i => claims[i].Period!.Days!.Value);
        var largest = parts.Max(i => claims[i].Claim.Interval.Upper ?? decimal.MaxValue);
        var oneSentence = parts.All(i => claims[i].Claim.SentenceIndex == first.Claim.SentenceIndex);
        var vocabulary = parts.Select(i => claims[i].Measure).OfType<Term>().Where(m => !OpenMeasure.Is(m)).DistinctBy(m => m.Id).ToList();
        if (vocabulary.Count > 1 || parts.Any(i => claims[i].Entity.Id != first.Entity.Id || claims[i].Period!.Days >= days))
        {
            return null;
        }

        var candidates = totals[(first.Claim.Quantity.Unit, days, first.Entity.Id)].TakeWhile(t => t < parts[0])
            .Where(t => claims[t].Claim.Interval.Lower >= largest && (!oneSentence || turns[t] != turns[parts[0]])).ToList();
        if (vocabulary is [var named])
        {
            return candidates.LastOrDefault(t => claims[t].Measure!.Id == named.Id, -1) is var same and >= 0 ? same : null;
        }

        // A list bound to an open measure names a total whose name says each of its words, in some form ("installations in
        // vehicles" of "power batteries installed in vehicles"), not one of another flow ("net inflows of foreign direct
        // investment" are no part of "Chinese direct investment abroad").
        var open = parts.Select(i => claims[i].Measure).OfType<Term>().DistinctBy(m => m.Id).Select(OpenMeasure.NameWords).ToList();
        candidates.RemoveAll(t => MeasureWords(claims[t].Measure!) is var words && !open.All(own => own.All(w => words.Any(x => WordForms.AreOneWord(w, x)))));

        var said = parts.Select(i => claims[i].Claim.SentenceIndex).Distinct().SelectMany(s => OpenMeasure.ContentWords(OpenMeasure.WithoutPeriods(sentences[s].Text))).ToHashSet();
        var scored = candidates.Select(t => (Index: t, Said: MeasureWords(claims[t].Measure!).Count(said.Contains))).Where(c => c.Said > 0).ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var most = scored.Max(c => c.Said);
        var best = scored.Where(c => c.Said == most).ToList();
        return best.Select(c => claims[c.Index].Measure!.Id).Distinct().Count() == 1 ? best[^1].Index : null;
    }

    /// <summary>
    /// The amounts that may be the total of a list, in document order, by their unit, days and entity: positive,
    /// unqualified, of a measure and a period of known length, and per nothing.
    /// </summary>
    private static ILookup<(string Unit, int Days, string Entity), int> MayBeTotals(ImmutableArray<BoundClaim> claims) =>
        Enumerable.Range(0, claims.Length)
            .Where(t => claims[t] is { Claim: { IsAmount: true, Sign: > 0, Qualifier: null }, Measure: not null, PerUnit: null, Period.Days: not null })
            .ToLookup(t => (claims[t].Claim.Quantity.Unit, claims[t].Period!.Days!.Value, claims[t].Entity.Id));

    /// <summary>The content words that name a measure: an open one's own, or a vocabulary measure's name and aliases.</summary>
    private static HashSet<string> MeasureWords(Term measure) =>
        OpenMeasure.Is(measure) ? [.. OpenMeasure.NameWords(measure)] : [.. measure.Aliases.Prepend(measure.Name).SelectMany(OpenMeasure.ContentWords)];
}
