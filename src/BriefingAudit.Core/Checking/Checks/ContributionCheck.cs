using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking.Checks;

/// <summary>
/// "made up 64.1% of China's total imports and exports, growing 4.8% … and contributed 3 percentage points to
/// overall growth": a part's contribution is its share × g_part / (1 + g_part) × (1 + g_whole).
/// </summary>
public sealed class ContributionCheck : ICheck
{
    public string Kind => CheckKinds.Contribution;

    // A contribution both readings can check is reported once.
    public IEnumerable<Finding> Run(Rule rule, CheckContext context) =>
        ByVocabulary(rule, context).Concat(OfStatedShare(rule, context)).Concat(OfShareShift(rule, context)).DistinctBy(f => f.Location);

    /// <summary>
    /// "It made up 69.8% of revenue, 0.7 percentage point more than a year earlier, and contributed 5.7 percentage points
    /// of the 7.1% growth": the share, its change and the whole's growth (or the part's) are all the contribution needs
    /// (<see cref="ShareShift"/>), whatever is measured.
    /// </summary>
    private static IEnumerable<Finding> OfShareShift(Rule rule, CheckContext context)
    {
        foreach (var contribution in context.Claims.Where(c => c.ShareShift is not null))
        {
            var (share, change, growth, growthOf) = contribution.ShareShift!;
            var ofWhole = growthOf == ShareShift.GrowthOf.Whole;
            var implied = ofWhole
                ? Derived.ContributionOfShareChange(share.Interval, change.SignedInterval, growth.SignedInterval)
                : Derived.ContributionOfEarlierShare(share.Interval, change.SignedInterval, growth.SignedInterval);
            if (implied.Overlaps(contribution.Claim.SignedInterval))
            {
                continue;
            }

            var arithmetic = ofWhole
                ? $"share {Wording.Cite(share)} × the whole's growth {Wording.Cite(growth)} + the share's change {Wording.Cite(change)}"
                : $"(share {Wording.Cite(share)} − the share's change {Wording.Cite(change)}) × the part's growth {Wording.Cite(growth)}";
            var message =
                $"the part is said to have contributed {Wording.Cite(contribution.Claim)} to the growth of its whole, but {arithmetic} = {Wording.Range(implied, contribution.Claim.Quantity)}";
            yield return FindingBuilder.Create(rule, message, contribution, [share, change, growth], implied, contribution.Claim.SignedInterval);
        }
    }

    /// <summary>
    /// "Coastal ferries carried 4.17 million tonnes, up 6.9%, accounting for 39.8% of the total, and contributed 2.6
    /// percentage points to its growth": the share's part and whole are figures the text names (<see cref="StatedShare"/>),
    /// each with the growth said beside it, whatever is measured.
    /// </summary>
    private static IEnumerable<Finding> OfStatedShare(Rule rule, CheckContext context)
    {
        foreach (var contribution in context.Claims.Where(c => c.Claim.Role == ClaimRole.Contribution))
        {
            var stated = context.Claims
                .Where(c => c.Claim.SentenceIndex == contribution.Claim.SentenceIndex && c.Claim.Role == ClaimRole.Share && c.Claim.Span.Start < contribution.Claim.Span.Start)
                .Select(c => StatedShare.Of(c, context)).LastOrDefault(s => s is not null)
                ?? StatedShare.SaidBefore(contribution, context);
            if (stated is null || LevelGrowth.Of(stated.Part, context) is not { } partGrowth || LevelGrowth.Of(stated.Whole, context) is not { } wholeGrowth)
            {
                continue;
            }

            var share = stated.Share.Claim;
            var implied = Derived.Contribution(share.Interval, partGrowth.Rate, wholeGrowth.Rate);
            if (implied.Overlaps(contribution.Claim.SignedInterval))
            {
                continue;
            }

            var message =
                $"the part is said to have contributed {Wording.Cite(contribution.Claim)} to the growth of its whole, but share {Wording.Cite(share)} × growth {Wording.Cite(partGrowth.First)} / (1 + growth) "
                + $"× (1 + the whole's growth {Wording.Cite(wholeGrowth.First)}) = {Wording.Range(implied, contribution.Claim.Quantity)}";
            yield return FindingBuilder.Create(rule, message, contribution, [share, stated.Part.Claim, stated.Whole.Claim, .. partGrowth.Claims, .. wholeGrowth.Claims], implied, contribution.Claim.SignedInterval);
        }
    }

    /// <summary>
    /// "Private enterprises … contributed 4.7 percentage points to the growth of China's foreign trade", "Non-tax revenue
    /// grew 11.3% and contributed 1.8 percentage points to revenue growth": the whole is the nation's figure of the
    /// measure, for an entity, or the total the sum rules make the measure a part of; the share is the one the sentence
    /// states, else the part's level over the whole's.
    /// </summary>
    private static IEnumerable<Finding> ByVocabulary(Rule rule, CheckContext context)
    {
        foreach (var contribution in context.Claims.Where(c => c.Claim.Role == ClaimRole.Contribution && c.IsBound))
        {
            var (measure, entity, period) = (contribution.Measure!.Id, contribution.Entity.Id, contribution.Period!.Id);
            if (WholeOf(contribution, context) is not { } whole)
            {
                continue;
            }

            var inSentence = context.InSentenceOf(contribution.Claim).Where(c => c.Entity.Id == entity).ToList();
            var statedShare = inSentence.FirstOrDefault(c => c.Claim.Role == ClaimRole.Share && c.Whole is { } w && w.Measure.Id == whole.Measure && w.Entity.Id == whole.Entity);
            // The part's growth said before it in its sentence is of its own measure: "Non-tax revenue grew 11.3% …, while
            // tax revenue pulled it down by 2.9 percentage points" gives tax revenue no growth.
            var partGrowth = inSentence.LastOrDefault(c => c.Claim.Role == ClaimRole.Change && c.Measure?.Id == measure && c.Claim.Span.Start < contribution.Claim.Span.Start)?.Claim.SignedInterval
                ?? context.Tightened.Change(measure, entity, period)?.Interval;
            var wholeGrowth = context.Tightened.Change(whole.Measure, whole.Entity, period);
            var levels = statedShare is null ? LevelsOf(measure, entity, whole, period, context) : null;
            var share = statedShare?.Claim.Interval ?? (levels is { } l ? Derived.SharePercent(l.Part.Interval, l.Whole.Interval) : null);
            if (share is not { } s || partGrowth is not { } gp || wholeGrowth is null)
            {
                continue;
            }

            var implied = Derived.Contribution(s, gp, wholeGrowth.Interval);
            if (implied.Overlaps(contribution.Claim.SignedInterval))
            {
                continue;
            }

            var shareSaid = statedShare is not null ? Wording.Cite(statedShare.Claim) : $"{Wording.Cite(levels!.Value.Part.First.Claim)} / {Wording.Cite(levels.Value.Whole.First.Claim)}";
            var message =
                $"{Wording.Short(contribution)} is said to have contributed {Wording.Cite(contribution.Claim)} to the growth of {wholeGrowth.First.Describe()}, but "
                + $"share {shareSaid} × growth {Wording.Range(gp, wholeGrowth.First.Claim.Quantity)} / (1 + growth) × (1 + the whole's growth {Wording.Cite(wholeGrowth.First.Claim)}) = {Wording.Range(implied, contribution.Claim.Quantity)}";
            var involved = inSentence.Where(c => c.Claim.Role is ClaimRole.Share or ClaimRole.Change).Concat(wholeGrowth.Agreeing)
                .Concat(levels is { } used ? used.Part.Agreeing.Concat(used.Whole.Agreeing) : []);
            yield return FindingBuilder.Create(rule, message, contribution, involved, implied, contribution.Claim.SignedInterval);
        }
    }

    /// <summary>The figure a bound contribution is to the growth of: the nation's of its measure, or its measure's total by the sum rules.</summary>
    private static (string Measure, string Entity)? WholeOf(BoundClaim contribution, CheckContext context)
    {
        if (!contribution.Entity.IsNational)
        {
            return (contribution.Measure!.Id, EntityRef.National.Id);
        }

        var totals = context.SumRelations.Where(r => !r.PartsMayBeIncomplete && r.Parts.Any(p => p.Measure == contribution.Measure!.Id && p.Entity is null) && r.Total.Entity is null)
            .Select(r => r.Total.Measure).Distinct().Take(2).ToList();
        return totals is [var total] ? (total, EntityRef.National.Id) : null;
    }

    /// <summary>The part's level and the whole's, stated in one unit for the period.</summary>
    private static (Figure Part, Figure Whole)? LevelsOf(string measure, string entity, (string Measure, string Entity) whole, string period, CheckContext context)
    {
        foreach (var part in context.Tightened.Levels(measure, entity, period))
        {
            if (context.Tightened.Find(part.Key with { Measure = whole.Measure, Entity = whole.Entity }) is { } total)
            {
                return (part, total);
            }
        }

        return null;
    }
}
