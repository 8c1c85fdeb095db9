using System.Collections.Immutable;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Checking;

/// <summary>
/// Breakdowns that no word marks, found by their arithmetic: "Ports handled 8.86 billion tonnes, up 4.0%. … ¶ Coastal
/// ports handled 5.71 billion tonnes, up 4.6%. ¶ Inland ports handled 3.15 billion tonnes, up 2.9%." A run of amounts
/// of a total's unit, each said with its growth, that takes whole sentences after the total's own (or right before it,
/// for a total said after its parts: "… Taken together, they sold 8.4 million kites, up 5.0%") and whose stated
/// values add up to the total as it rounds, is a list that leaves nothing out, as one that says so is (the growth
/// check's <c>OfCompleteList</c>). What keeps chance sums out: whole sentences, none hedged, all with their growth (a
/// headline's breakdown is said that way; a run that starts or ends inside a sentence would pair any amounts at all);
/// the stated values, not their rounding intervals, must make the total (three coarse figures of another list come
/// within rounding of many totals); and no amount the words already put in a list, as an item or as its total (a
/// part its total's subject names, "Lead and zinc together …", is in no list).
/// </summary>
internal static class AddingRuns
{
    // A breakdown of a headline names a handful of parts (regions, quarters, sectors); a longer run is a list of its own.
    private const int MaxParts = 6;

    public static IEnumerable<(BoundClaim Total, List<BoundClaim> Parts)> Find(ImmutableArray<BoundClaim> claims)
    {
        var listed = claims.Where(c => c.PartOf is not null && !c.NamedInTotal).Select(c => c.Claim).Concat(KindTotals(claims)).ToHashSet();
        foreach (var unit in claims.Where(IsAmount).GroupBy(c => c.Claim.Quantity.Unit, StringComparer.Ordinal))
        {
            var amounts = unit.OrderBy(c => c.Claim.Span.Start).ToList();
            // Whether each amount may be a part of a run: asked once each, not again for every total before it (a claim
            // is hashed by all its fields, and a transcript's totals times its amounts grew with the square of its length).
            var free = amounts.ConvertAll(a => IsSaidWithGrowth(a) && !listed.Contains(a.Claim));
            for (var t = 0; t < amounts.Count; t++)
            {
                var total = amounts[t];
                if (!IsSaidWithGrowth(total))
                {
                    continue;
                }

                for (var first = t + 1; first < amounts.Count; first++)
                {
                    if (amounts[first].Claim.SentenceIndex != total.Claim.SentenceIndex && OpensSentence(amounts, first)
                        && Run(amounts, free, first, +1, total) is { } parts)
                    {
                        yield return (total, parts);
                    }
                }

                // "… spending reached 42.7 billion yuan, up 5.8%. Holiday spending totaled 957.8 billion yuan, up 7.1%": a
                // total said after its parts closes the run of whole sentences right before it.
                if (t > 0 && amounts[t - 1].Claim.SentenceIndex != total.Claim.SentenceIndex && Run(amounts, free, t - 1, -1, total) is { } before)
                {
                    yield return (total, before);
                }
            }
        }
    }

    /// <summary>
    /// The shortest run from <paramref name="start"/>, read forward (<paramref name="step"/> +1) or back to front (−1), whose
    /// far end is a sentence's first or last amount and that adds up to the total; null when none does, in amounts' order.
    /// <paramref name="free"/> says, for each of <paramref name="amounts"/>, whether it is said with its growth and in no list yet.
    /// </summary>
    private static List<BoundClaim>? Run(List<BoundClaim> amounts, List<bool> free, int start, int step, BoundClaim total)
    {
        var stated = 0m;
        for (var end = start; end >= 0 && end < amounts.Count && Math.Abs(end - start) < MaxParts && free[end]; end += step)
        {
            stated += amounts[end].Claim.Quantity.Value;
            if (stated > total.Claim.Interval.Upper)
            {
                return null;
            }

            if (end != start && (step > 0 ? ClosesSentence(amounts, end) : OpensSentence(amounts, end)) && total.Claim.Interval.Contains(stated))
            {
                return step > 0 ? amounts[start..(end + 1)] : amounts[end..(start + 1)];
            }
        }

        return null;
    }

    /// <summary>
    /// The totals of lists whose items are kinds of it, said after an item of theirs ("Taken together, the four holidays
    /// saw …"): a run through them would count those items twice. A total broken down by the periods that make up its
    /// own ("April gave …, May … and June …") is still its period's amount, which adds up with the other periods'; so is
    /// one broken down only after it ("Every other province came to 788.1 million tonnes. ¶ Within that, …"), which is
    /// an amount like any other of the sentences before its breakdown.
    /// </summary>
    private static IEnumerable<Claim> KindTotals(ImmutableArray<BoundClaim> claims) =>
        claims.Where(c => c.PartOf is not null).GroupBy(c => c.PartOf!)
            .Where(items => !IsPeriodBreakdown([.. items]) && items.Any(i => i.Claim.Span.Start < items.Key.Span.Start)).Select(items => items.Key);

    private static bool IsPeriodBreakdown(List<BoundClaim> items) =>
        items.Count >= 2 && items.All(i => i.Period is not null) && items.Select(i => i.Period!.Id).Distinct(StringComparer.Ordinal).Count() == items.Count;

    private static bool IsAmount(BoundClaim b) =>
        b.Claim is { Role: ClaimRole.Level or ClaimRole.Count, Qualifier: null, Sign: > 0 } claim
        && claim.Quantity.Dimension is not (UnitDimension.Percent or UnitDimension.PercentagePoints);

    private static bool IsSaidWithGrowth(BoundClaim b) => b.Growth is not null;

    private static bool OpensSentence(List<BoundClaim> amounts, int i) => i == 0 || amounts[i - 1].Claim.SentenceIndex != amounts[i].Claim.SentenceIndex;

    private static bool ClosesSentence(List<BoundClaim> amounts, int i) => i + 1 == amounts.Count || amounts[i + 1].Claim.SentenceIndex != amounts[i].Claim.SentenceIndex;
}
