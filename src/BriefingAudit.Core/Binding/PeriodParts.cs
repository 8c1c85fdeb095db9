using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "Revenue totaled 905.5 billion yuan in the first half. By quarter, it was 452.4 billion yuan in the first quarter
/// and 453.1 billion yuan in the second": amounts of one unit for periods that between them make up the period of an
/// amount just before are its parts, and all of them. Marked as <see cref="BoundClaim.PartOf"/>, closing the list, for
/// the breakdown and growth checks. A flow over a period is the sum of the flows over its parts; a stock is not ("at
/// the end of March … at the end of June"), nor a figure per something, so sentences with those are left alone.
/// </summary>
internal static partial class PeriodParts
{
    /// <summary>
    /// Marks the parts in <paramref name="claims"/> whose sentence is <paramref name="sentence"/>; the claims of its
    /// paragraph start at <paramref name="paragraphStart"/>, those of the speaker's turn at <paramref name="turnStart"/>.
    /// </summary>
    public static void Mark(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int turnStart)
    {
        var first = Breakdowns.FirstOfSentence(sentence, claims, paragraphStart);

        // Two amounts for two periods at the least; most sentences have fewer, and are done with here: those with fewer
        // than two figures (nearly all) before any list of them is made.
        if (claims.Count - first < 2)
        {
            return;
        }

        // Read apart from the closures below: C# makes them when a method that holds them is entered, so for every sentence.
        MarkAmounts(sentence, claims, paragraphStart, turnStart, first);
    }

    private static void MarkAmounts(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int turnStart, int first)
    {
        var amounts = Enumerable.Range(first, claims.Count - first).Where(i => IsFlow(claims[i])).ToList();
        if (amounts.Count < 2 || amounts.Select(i => claims[i].Period!.Id).Distinct().Count() < 2 || SaysNotAFlow(sentence, Enumerable.Range(first, claims.Count - first).Select(i => claims[i])))
        {
            return;
        }

        // The total: the last amount of the sentence just before, or of this one before its parts, for which every
        // later amount of its unit in the sentence is of a shorter period, each period given once, of the same entity
        // and measure where both are known, and the days of those periods together are the days of its own. Further
        // back in the paragraph ("… reached 24.55 trillion yuan. Of this, … By quarter, retail sales were …"), only
        // an amount of the measure every part names is.
        for (var t = claims.Count - 1; t >= paragraphStart; t--)
        {
            var total = claims[t];
            var further = total.Claim.SentenceIndex < sentence.Index - 1;
            if (!IsFlow(total) || (further && total.Measure is null))
            {
                continue;
            }

            var days = total.Period!.Days!.Value;
            var parts = amounts.Where(i => i > t && claims[i].Claim.Quantity.Unit == total.Claim.Quantity.Unit).ToList();
            if (parts.Count >= 2 && parts.All(i => claims[i].Period!.Days < days && claims[i].Entity.Id == total.Entity.Id
                && (claims[i].Measure is not { } measure ? !further : total.Measure is not { } totalMeasure || (further ? measure.Id == totalMeasure.Id : OpenMeasure.MayBeSame(measure, totalMeasure))))
                && parts.Select(i => claims[i].Period!.Id).Distinct().Count() == parts.Count
                && parts.Sum(i => claims[i].Period!.Days!.Value) == days)
            {
                // "Profits in the second quarter reached 677.9 billion yuan, against 542.1 billion yuan in the first": when
                // another amount of the total's sentence reads as of the same period, one of the two is misread, and
                // which one is the total cannot be told.
                if (Enumerable.Range(paragraphStart, t - paragraphStart).Any(i => claims[i].Claim.SentenceIndex == total.Claim.SentenceIndex && IsFlow(claims[i])
                    && claims[i].Period!.Id == total.Period.Id && claims[i].Claim.Quantity.Unit == total.Claim.Quantity.Unit))
                {
                    return;
                }

                MarkParts(claims, parts, total);
                return;
            }
        }

        // "… numbered 1.57 million in January, 2.84 million in February and 3.06 million in March, which made 8.47 million
        // in the first quarter": the sentence's last amount, whose period the amounts before it make up between them, is
        // their total, said after them.
        if (TotalAfterItsParts(claims, amounts) is { } after)
        {
            MarkParts(claims, amounts[..^1], claims[after]);
            return;
        }

        // "The second quarter gave 254.43 million tonnes. ¶ Month by month, April came in at 86.02 million tonnes, May at
        // …": a list that opens the speaker's next paragraph goes on with the last sentence before that gave its unit.
        if (first == paragraphStart && TotalInTheParagraphBefore(claims, turnStart, paragraphStart, amounts) is { } before)
        {
            MarkParts(claims, amounts, claims[before]);
        }
    }

    private static void MarkParts(ImmutableArray<BoundClaim>.Builder claims, List<int> parts, BoundClaim total)
    {
        foreach (var part in parts)
        {
            claims[part] = claims[part] with { PartOf = total.Claim, ClosesList = part == parts[^1] };
        }
    }

    /// <summary>
    /// The index of the total of <paramref name="parts"/>, a list of one unit that opens its paragraph, in the speaker's
    /// turn before it: the first amount, of the parts' period altogether, entity and unit, of the last sentence there that
    /// states an amount of that unit, and no smaller than any part (a list of quarters is not of one product's year);
    /// null when there is none, or the parts name a measure of their own that is not the total's.
    /// </summary>
    private static int? TotalInTheParagraphBefore(ImmutableArray<BoundClaim>.Builder claims, int turnStart, int paragraphStart, List<int> parts)
    {
        var unit = claims[parts[0]].Claim.Quantity.Unit;
        if (parts.Any(i => claims[i].Claim.Quantity.Unit != unit) || parts.Select(i => claims[i].Period!.Id).Distinct().Count() != parts.Count)
        {
            return null;
        }

        var last = Enumerable.Range(turnStart, paragraphStart - turnStart).LastOrDefault(i => claims[i].Claim.IsAmount && claims[i].Claim.Quantity.Unit == unit, -1);
        if (last < 0)
        {
            return null;
        }

        var days = parts.Sum(i => claims[i].Period!.Days!.Value);
        var largest = parts.Max(i => claims[i].Claim.Interval.Upper ?? decimal.MaxValue);
        var sentenceIndex = claims[last].Claim.SentenceIndex;
        foreach (var t in Enumerable.Range(turnStart, last - turnStart + 1).Where(i => claims[i].Claim.SentenceIndex == sentenceIndex))
        {
            var total = claims[t];
            if (IsFlow(total) && total.Claim.Quantity.Unit == unit && total.Period!.Days == days && total.Claim.Interval.Lower >= largest
                && parts.All(i => MayBePartOf(claims[i], total)))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>
    /// The index of the last of <paramref name="amounts"/> (a sentence's, in order) when it is the total of those before
    /// it: two or more, all of its unit, entity and (where named) measure, each of another and shorter period, whose
    /// days together are its own; null otherwise.
    /// </summary>
    private static int? TotalAfterItsParts(ImmutableArray<BoundClaim>.Builder claims, List<int> amounts)
    {
        var total = claims[amounts[^1]];
        var parts = amounts[..^1];
        return parts.Count >= 2 && parts.All(i => claims[i].Claim.Quantity.Unit == total.Claim.Quantity.Unit && MayBePartOf(claims[i], total))
            && parts.Select(i => claims[i].Period!.Id).Distinct().Count() == parts.Count
            && parts.Sum(i => claims[i].Period!.Days!.Value) == total.Period!.Days
                ? amounts[^1]
                : null;
    }

    /// <summary>Whether <paramref name="part"/> may be a part of <paramref name="total"/>: the same entity, and a measure that may be the total's, if it names one.</summary>
    private static bool MayBePartOf(BoundClaim part, BoundClaim total) =>
        part.Entity.Id == total.Entity.Id && (part.Measure is not { } measure || (total.Measure is { } totalMeasure && OpenMeasure.MayBeSame(measure, totalMeasure)));


    /// <summary>
    /// Whether the sentence says its amounts are stocks or figures per something, outside a clause that gives the mean
    /// of them: "April saw 352 million trips, May 381 million and June 357 million, an average of 363 million a month"
    /// says "average" and "a month" of the mean alone, and the months' trips still add up to the quarter's.
    /// </summary>
    internal static bool SaysNotAFlow(Sentence sentence, IEnumerable<BoundClaim> sentenceClaims)
    {
        var text = sentence.Text.AsSpan();
        var from = 0;
        foreach (var mean in sentenceClaims.Where(c => c.Claim.Role == ClaimRole.Mean))
        {
            var at = mean.Claim.Span.Start - sentence.Start;
            var clauseStart = Math.Max(from, text[..at].LastIndexOf(',') + 1);
            if (NotAFlow().IsMatch(text[from..clauseStart]))
            {
                return true;
            }

            var comma = text[at..].IndexOf(',');
            from = comma < 0 ? text.Length : at + comma;
        }

        return NotAFlow().IsMatch(text[from..]);
    }

    /// <summary>An amount over a period that adds up with those of other periods: plain, positive, of a period of known length, in no list yet.</summary>
    internal static bool IsFlow(BoundClaim b) =>
        b.Claim.IsAmount && b.Claim.Sign > 0 && b.PartOf is null && b.Period?.Days is not null
        && b.Claim.Qualifier is null;

    [GeneratedRegex(@"\b(?:end\s+of|per|average|averag\w+|each|every|a\s+(?:day|month|year|quarter))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotAFlow();
}
