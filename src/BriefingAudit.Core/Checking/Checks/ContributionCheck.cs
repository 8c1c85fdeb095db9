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
    public IEnumerable<Finding> Run(Rule rule, CheckContext context) => ByVocabulary(rule, context).Concat(OfStatedShare(rule, context)).DistinctBy(f => f.Location);

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
                .Select(c => StatedShare.Of(c, context)).LastOrDefault(s => s is not null);
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

    private static IEnumerable<Finding> ByVocabulary(Rule rule, CheckContext context)
    {
        foreach (var contribution in context.Claims.Where(c => c.Claim.Role == ClaimRole.Contribution && c.IsBound && !c.Entity.IsNational))
        {
            var inSentence = context.Claims.Where(c => c.Claim.SentenceIndex == contribution.Claim.SentenceIndex && c.Entity.Id == contribution.Entity.Id).ToList();
            var share = inSentence.FirstOrDefault(c => c.Claim.Role == ClaimRole.Share && c.Whole is { Entity.IsNational: true });
            var partGrowth = inSentence.LastOrDefault(c => c.Claim.Role == ClaimRole.Change && c.Claim.Span.Start < contribution.Claim.Span.Start)?.Claim.SignedInterval
                ?? context.Tightened.Change(contribution.Measure!.Id, contribution.Entity.Id, contribution.Period!.Id)?.Interval;
            var wholeGrowth = context.Tightened.Change(contribution.Measure!.Id, EntityRef.National.Id, contribution.Period!.Id);
            if (share is null || partGrowth is not { } gp || wholeGrowth is null)
            {
                continue;
            }

            var implied = Derived.Contribution(share.Claim.Interval, gp, wholeGrowth.Interval);
            if (implied.Overlaps(contribution.Claim.SignedInterval))
            {
                continue;
            }

            var message =
                $"{contribution.Entity.Name} is said to have contributed {Wording.Cite(contribution.Claim)} to the growth of {contribution.Measure.Name}, but "
                + $"share {Wording.Cite(share.Claim)} × growth {Wording.Range(gp, share.Claim.Quantity)} / (1 + growth) × (1 + national growth {Wording.Cite(wholeGrowth.First.Claim)}) = {Wording.Range(implied, contribution.Claim.Quantity)}";
            yield return FindingBuilder.Create(rule, message, contribution, inSentence.Where(c => c.Claim.Role is ClaimRole.Share or ClaimRole.Change).Concat(wholeGrowth.Agreeing), implied, contribution.Claim.SignedInterval);
        }
    }
}
