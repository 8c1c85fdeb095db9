using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Checking.Checks;

/// <summary>
/// "accounting for 51.8% of total foreign trade, 0.9 percentage point higher than the same period last year":
/// last year's share is (part / (1 + g_part)) / (whole / (1 + g_whole)), and the stated change must match.
/// </summary>
public sealed class ShareChangeCheck : ICheck
{
    public string Kind => CheckKinds.ShareChange;

    public IEnumerable<Finding> Run(Rule rule, CheckContext context)
    {
        foreach (var change in context.Claims.Where(c => c.Claim.Role == ClaimRole.PointChange && (c.ComparedTo is null || IsTheYearBefore(c.ComparedTo, c.Period))))
        {
            var share = context.InSentenceOf(change.Claim)
                .Where(c => c.Claim.Role == ClaimRole.Share && c.IsBound && c.Whole is not null)
                .OrderBy(c => Math.Abs(c.Claim.Span.Start - change.Claim.Span.Start))
                .FirstOrDefault();
            if (share is null || FiguresOf(share, context) is not (var part, var total, var partGrowth, var wholeGrowth))
            {
                // The vocabulary does not give all four figures: the text may still tie the share to its part and whole.
                if (OfStatedShare(rule, change, context) is { } finding)
                {
                    yield return finding;
                }

                continue;
            }

            var lastPart = Derived.LastYear(part.Interval, partGrowth.Interval);
            var lastWhole = Derived.LastYear(total.Interval, wholeGrowth.Interval);
            var lastShare = Derived.SharePercent(lastPart, lastWhole);
            var implied = share.Claim.Interval - lastShare;
            if (implied.Overlaps(change.Claim.SignedInterval))
            {
                continue;
            }

            var pct = share.Claim.Quantity;
            var like = part.First.Claim.Quantity;
            var message =
                $"the share of {Name(share)} is said to have changed by {Wording.Cite(change.Claim)} on the same period last year, but "
                + $"implied last-year share {Wording.Value(lastShare, pct)} = ({Wording.Value(part.Interval, like)} / {1 + (partGrowth.First.Claim.SignedValue / 100):0.####}) / ({Wording.Value(total.Interval, like)} / {1 + (wholeGrowth.First.Claim.SignedValue / 100):0.####}), "
                + $"and {Wording.Cite(share.Claim)} − {Wording.Value(lastShare, pct)} = {Wording.Range(implied, change.Claim.Quantity)}";
            var involved = new[] { share }.Concat(part.Agreeing).Concat(total.Agreeing).Concat(partGrowth.Agreeing).Concat(wholeGrowth.Agreeing);
            yield return FindingBuilder.Create(rule, message, change, involved, implied, change.Claim.SignedInterval);
        }
    }

    /// <summary>The levels and growth rates of a bound share's part and whole, by the vocabulary; null when one is not stated.</summary>
    private static (Figure Part, Figure Total, Figure PartGrowth, Figure WholeGrowth)? FiguresOf(BoundClaim share, CheckContext context)
    {
        var (whole, period) = (share.Whole!, share.Period!.Id);
        var part = context.Tightened.Levels(share.Measure!.Id, share.Entity.Id, period).FirstOrDefault();
        var total = part is null ? null : context.Tightened.Find(part.Key with { Measure = whole.Measure.Id, Entity = whole.Entity.Id });
        var partGrowth = context.Tightened.Change(share.Measure.Id, share.Entity.Id, period);
        var wholeGrowth = context.Tightened.Change(whole.Measure.Id, whole.Entity.Id, period);
        return part is null || total is null || partGrowth is null || wholeGrowth is null ? null : (part, total, partGrowth, wholeGrowth);
    }

    /// <summary>
    /// "Of this, road freight was 20.29 billion tonnes, up 3.6%, … Road freight made up 73.6% of the total, 0.2
    /// percentage point less than a year earlier": the part and whole of the share are figures the text names
    /// (<see cref="StatedShare"/>), each with its growth, so last year's share is share × (1 + g_whole) / (1 + g_part),
    /// whatever is measured.
    /// </summary>
    private static Finding? OfStatedShare(Rule rule, BoundClaim change, CheckContext context)
    {
        var stated = context.Claims
            .Where(c => c.Claim.SentenceIndex == change.Claim.SentenceIndex && c.Claim.Role == ClaimRole.Share)
            .OrderBy(c => Math.Abs(c.Claim.Span.Start - change.Claim.Span.Start))
            .Select(c => StatedShare.Of(c, context))
            .FirstOrDefault() ?? StatedShare.SaidBefore(change, context);
        if (stated is null || LevelGrowth.Of(stated.Part, context) is not { } partGrowth || LevelGrowth.Of(stated.Whole, context) is not { } wholeGrowth)
        {
            return null;
        }

        var share = stated.Share.Claim;
        var implied = Derived.ShareChange(share.Interval, partGrowth.Rate, wholeGrowth.Rate);
        if (implied.Overlaps(change.Claim.SignedInterval))
        {
            return null;
        }

        var message =
            $"the share {Wording.Cite(share)} is said to have changed by {Wording.Cite(change.Claim)} on a year earlier, but with its part growing {Wording.Cite(partGrowth.First)} "
            + $"and its whole {Wording.Cite(wholeGrowth.First)}, last year's share was {Wording.Value(share.Interval * (Interval.Exactly(100) + wholeGrowth.Rate) / (Interval.Exactly(100) + partGrowth.Rate), share.Quantity)}, "
            + $"a change of {Wording.Range(implied, change.Claim.Quantity)}";
        return FindingBuilder.Create(rule, message, change, [share, stated.Part.Claim, stated.Whole.Claim, .. partGrowth.Claims, .. wholeGrowth.Claims], implied, change.Claim.SignedInterval);
    }

    /// <summary>"0.7 percentage point higher than in 2023" of a share for 2024 is a change on a year earlier too.</summary>
    private static bool IsTheYearBefore(Term comparedTo, Term? period) =>
        SentenceAnalysis.YearOf(comparedTo) is { } before && SentenceAnalysis.YearOf(period) is { } year && year - before == 1;

    private static string Name(BoundClaim share) =>
        $"{(share.Entity.IsNational ? share.Measure!.Name : share.Entity.Name)} in {share.Whole!.Measure.Name}";
}
