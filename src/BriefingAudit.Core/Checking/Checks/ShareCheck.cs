using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking.Checks;

/// <summary>A stated share must equal part / whole, where the part and the whole are stated for the same period.</summary>
public sealed class ShareCheck : ICheck
{
    public string Kind => CheckKinds.Share;

    public IEnumerable<Finding> Run(Rule rule, CheckContext context) => ByVocabulary(rule, context).Concat(OfListedTotal(rule, context));

    /// <summary>
    /// "Of this total, investment in … was 16.39 billion US dollars, accounting for 22.9% of the total": the part is
    /// the figure just before the share, the whole the total the list is under.
    /// </summary>
    private static IEnumerable<Finding> OfListedTotal(Rule rule, CheckContext context)
    {
        foreach (var share in context.Claims.Where(c => c.Claim.Role == ClaimRole.Share && c.PartOf is not null))
        {
            if (StatedShare.Of(share, context) is not { Part: var part, Whole: var total })
            {
                continue;
            }

            var ratio = part.Claim.Interval / total.Claim.Interval * 100m;
            if (!ratio.Overlaps(share.Claim.Interval))
            {
                var message = $"the share is stated as {Wording.Cite(share.Claim)} of the total, but {Wording.Cite(part.Claim)} / {Wording.Cite(total.Claim)} = {Wording.Value(ratio, share.Claim.Quantity)}: "
                    + $"the figures allow {Wording.Range(ratio, share.Claim.Quantity)}, the share stated {Wording.Range(share.Claim.Interval, share.Claim.Quantity)}";
                yield return FindingBuilder.Create(rule, message, share, [part, total], ratio, share.Claim.Interval);
            }
        }
    }

    private static IEnumerable<Finding> ByVocabulary(Rule rule, CheckContext context)
    {
        foreach (var share in context.Claims.Where(c => c.Claim.Role == ClaimRole.Share && c.IsBound && c.Whole is not null))
        {
            var whole = share.Whole!;
            if (whole.Entity.Id == share.Entity.Id && whole.Measure.Id == share.Measure!.Id)
            {
                continue;
            }

            foreach (var part in context.Figures.Levels(share.Measure!.Id, share.Entity.Id, share.Period!.Id))
            {
                var total = context.Figures.Find(part.Key with { Entity = whole.Entity.Id, Measure = whole.Measure.Id });
                if (total is null)
                {
                    continue;
                }

                var subject = $"the share of {(share.Entity.IsNational ? share.Measure.Name : share.Entity.Name)} in {whole.Measure.Name}{(whole.Entity.IsNational ? string.Empty : " of " + whole.Entity.Name)}";
                if (total.First.Claim.Quantity.Value == 0)
                {
                    // part / 0 allows every value, so the ratio below would pass in silence; a share of nothing is a slip.
                    var zero = $"{subject} is stated as {Wording.Cite(share.Claim)}, but the whole is stated as zero ({Wording.Cite(total.First.Claim)}): no figure can be a share of it";
                    yield return FindingBuilder.Create(rule, zero, share, total.Agreeing, null, share.Claim.Interval);
                    continue;
                }

                var ratio = part.Interval / total.Interval * 100m;
                if (ratio.Overlaps(share.Claim.Interval))
                {
                    continue;
                }

                var message =
                    $"{subject} is stated as {Wording.Cite(share.Claim)}, but {Wording.Cite(part.First.Claim)} / {Wording.Cite(total.First.Claim)} = {Wording.Value(ratio, share.Claim.Quantity)}: "
                    + $"the figures allow {Wording.Range(ratio, share.Claim.Quantity)}, the share stated {Wording.Range(share.Claim.Interval, share.Claim.Quantity)}";
                yield return FindingBuilder.Create(rule, message, share, part.Agreeing.Concat(total.Agreeing), ratio, share.Claim.Interval);
            }
        }
    }
}
