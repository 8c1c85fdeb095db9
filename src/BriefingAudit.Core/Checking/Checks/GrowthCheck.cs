using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking.Checks;

/// <summary>
/// A total's growth must follow from its parts' levels and growth: last year's parts are level / (1 + g), and
/// the total grew by total / (their sum) − 1. Uses the exact sums of the sum rules, with tightened figures.
/// </summary>
public sealed class GrowthCheck : ICheck
{
    public string Kind => CheckKinds.Growth;

    public IEnumerable<Finding> Run(Rule rule, CheckContext context)
    {
        var findings = ByVocabulary(rule, context).Concat(OfCompleteList(rule, context)).ToList();
        // A run found by its arithmetic is often a list that words mark as well, or a total broken down twice
        // (by region and by sector): its growth is reported once.
        return findings.Concat(OfAddingRuns(rule, context).DistinctBy(f => f.Location).Where(f => !findings.Any(g => g.Location == f.Location)));
    }

    private static IEnumerable<Finding> ByVocabulary(Rule rule, CheckContext context)
    {
        foreach (var relation in context.SumRelations.Where(r => !r.PartsMayBeIncomplete))
        {
            foreach (var (total, parts) in context.Tightened.SumInstances(relation))
            {
                var totalGrowth = Growth(context, total);
                var partGrowth = parts.Select(p => Growth(context, p)).ToList();
                if (totalGrowth is null || partGrowth.Any(g => g is null))
                {
                    continue;
                }

                var pinned = parts.Append(total).Where(p => p.Derivation is not null).Select(p => $"{p.First.Claim.Text} is {p.Derivation}");
                var involved = parts.SelectMany(p => p.Agreeing).Concat(total.Agreeing).Concat(partGrowth.SelectMany(g => g!.Agreeing)).Select(b => b.Claim);
                var finding = Compare(rule, total.First, total.Interval, [.. parts.Select(p => (p.First, p.Interval))], totalGrowth.First.Claim, totalGrowth.Interval,
                    [.. partGrowth.Select(g => (g!.First.Claim, g.Interval))], pinned, involved);
                if (finding is not null)
                {
                    yield return finding;
                }
            }
        }
    }

    /// <summary>
    /// "Domestic tourists spent 3.15 trillion yuan, up 15.2%. Of this, urban residents spent 2.61 trillion yuan, up
    /// 16.1%, and rural residents 540 billion yuan, up 11%": a list that leaves nothing out is a sum the text states,
    /// and each level's growth is the one said beside it (or stated for its figure). A list leaves nothing out when it
    /// says so (BA2010), or when its parts, none hedged, add up to the total: then the growth rates must fit too.
    /// </summary>
    private static IEnumerable<Finding> OfCompleteList(Rule rule, CheckContext context)
    {
        var claims = context.Claims;
        foreach (var list in claims.Where(c => c.PartOf is not null && c.Claim.Role != ClaimRole.Share).GroupBy(c => (Total: c.PartOf!, c.ListKey)))
        {
            var total = claims.First(c => c.Claim == list.Key.Total);
            var parts = list.ToList();
            if (!parts.Any(p => p.ClosesList) && !AddsUp(total, parts))
            {
                continue;
            }

            if (OfList(rule, context, total, parts) is { } finding)
            {
                yield return finding;
            }
        }
    }

    /// <summary>Amounts that take whole sentences after a total and add up to it (<see cref="AddingRuns"/>) are its complete list.</summary>
    private static IEnumerable<Finding> OfAddingRuns(Rule rule, CheckContext context)
    {
        foreach (var (total, parts) in AddingRuns.Find(context.Claims))
        {
            if (OfList(rule, context, total, parts) is { } finding)
            {
                yield return finding;
            }
        }
    }

    /// <summary>The total's growth against its complete list's, each level's growth the one said beside it or stated for its figure.</summary>
    private static Finding? OfList(Rule rule, CheckContext context, BoundClaim total, List<BoundClaim> parts)
    {
        var totalGrowth = LevelGrowth.Of(total, context);
        var partGrowth = parts.Select(p => LevelGrowth.Of(p, context)).OfType<LevelGrowth>().ToList();
        return totalGrowth is null || partGrowth.Count < parts.Count ? null
            : Compare(rule, total, total.Claim.Interval, [.. parts.Select(p => (p, p.Claim.Interval))], totalGrowth.First, totalGrowth.Rate,
                [.. partGrowth.Select(g => (g.First, g.Rate))], [], parts.Select(p => p.Claim).Append(total.Claim).Concat(partGrowth.SelectMany(g => g.Claims)).Concat(totalGrowth.Claims));
    }

    /// <summary>
    /// Whether listed parts add up to their total as stated: two or more, none hedged, in the total's unit. A list that
    /// leaves something out falls short of its total by far more than rounding, so this says it is complete.
    /// </summary>
    private static bool AddsUp(BoundClaim total, List<BoundClaim> parts) =>
        parts.Count >= 2 && total.Claim.Qualifier is null
        && parts.All(p => p.Claim.Qualifier is null && p.Claim.Quantity.Unit == total.Claim.Quantity.Unit && p.Claim.IsAmount)
        && parts.Aggregate(Interval.Exactly(0), (sum, p) => sum + p.Claim.Interval).Overlaps(total.Claim.Interval);

    /// <summary>Last year's parts are level / (1 + g); the total grew by total / (their sum) − 1, or this is a finding.</summary>
    private static Finding? Compare(Rule rule, BoundClaim total, Interval totalLevel, List<(BoundClaim Claim, Interval Level)> parts, Claim totalGrowth, Interval totalRate,
        List<(Claim Claim, Interval Rate)> partGrowth, IEnumerable<string> pinned, IEnumerable<Claim> involved)
    {
        // A sum that does not hold is already a BA2001 or BA2010 finding; its growth would only repeat it.
        var sum = parts.Aggregate(Interval.Exactly(0), (acc, p) => acc + p.Level);
        if (!sum.Overlaps(totalLevel))
        {
            return null;
        }

        var lastParts = parts.Select((p, i) => Derived.LastYear(p.Level, partGrowth[i].Rate)).ToList();
        var implied = Derived.GrowthPercent(totalLevel, lastParts.Aggregate(Interval.Exactly(0), (a, b) => a + b));
        if (implied.Overlaps(totalRate))
        {
            return null;
        }

        var like = total.Claim.Quantity;
        var chain = string.Join(", ", parts.Select((p, i) =>
            $"last year's {Wording.Short(p.Claim)} = {Wording.Value(p.Level, like)} / (1 {Signed(partGrowth[i].Claim)}) = {Wording.Value(lastParts[i], like)}"));
        var notes = pinned.ToList();
        var message =
            $"{(total.Measure is null ? "the total " + Wording.Cite(total.Claim) : Wording.Subject(total))} is said to have changed by {Wording.Cite(totalGrowth)}, but its parts imply {Wording.Value(implied, totalGrowth.Quantity)}: "
            + $"{chain}; {Wording.Value(totalLevel, like)} / ({string.Join(" + ", lastParts.Select(l => Wording.Value(l, like)))}) − 1 = {Wording.Range(implied, totalGrowth.Quantity)}"
            + (notes.Count > 0 ? $" ({string.Join("; ", notes)})" : string.Empty);
        return FindingBuilder.Create(rule, message, totalGrowth, involved, implied, totalRate);
    }

    private static Figure? Growth(CheckContext context, Figure level) => LevelGrowth.StatedFor(level.Key, context);

    private static string Signed(Claim growth) => growth.Sign < 0 ? $"− {growth.Quantity.Value / 100:0.####}" : $"+ {growth.Quantity.Value / 100:0.####}";
}
