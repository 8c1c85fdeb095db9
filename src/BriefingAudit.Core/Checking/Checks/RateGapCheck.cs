using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking.Checks;

/// <summary>
/// "growing 11.2% — 8.3 percentage points higher than the national average": the gap must equal the growth
/// rate stated for the entity minus the national growth rate of the same measure and period. A gap whose sentence
/// names both rates ("12.6%, 8.9 percentage points faster than overall recruitment demand, which rose 3.7%",
/// "2.3% …, 4.8 percentage points slower than exports") is checked against those two, whatever their measure.
/// </summary>
public sealed class RateGapCheck : ICheck
{
    public string Kind => CheckKinds.RateGap;

    public IEnumerable<Finding> Run(Rule rule, CheckContext context)
    {
        foreach (var gap in context.Claims.Where(c => c.Comparison is not null))
        {
            if (StatedComparison.Resolve(gap, context) is not { } compared)
            {
                continue;
            }

            var between = compared.Rate - compared.Base;
            if (between.Magnitude.Overlaps(gap.Claim.Interval))
            {
                continue;
            }

            var message =
                $"{Wording.Cite(compared.Claims[0])} is said to be {Wording.CiteAsWritten(gap.Claim)} {(gap.Claim.Sign < 0 ? "below" : "above")} {Wording.Cite(compared.Claims[1])}, "
                + $"but the rates differ by {Wording.Range(between.Magnitude, gap.Claim.Quantity)}";
            yield return FindingBuilder.Create(rule, message, gap, compared.Claims, between.Magnitude, gap.Claim.Interval);
        }

        foreach (var gap in context.Claims.Where(c => c.Claim.Role == ClaimRole.RateGap && c.IsBound && !c.Entity.IsNational && StatedComparison.Resolve(c, context) is null))
        {
            var rate = RateFor(gap, context);
            var national = context.Figures.Change(gap.Measure!.Id, EntityRef.National.Id, gap.Period!.Id);
            if (rate is null || national is null)
            {
                continue;
            }

            var difference = rate.Value.Interval - national.Interval;
            var stated = gap.Claim.SignedInterval;
            if (difference.Overlaps(stated))
            {
                continue;
            }

            var message =
                $"the growth of {Wording.Subject(gap)} is said to be {Wording.CiteAsWritten(gap.Claim)} {(gap.Claim.Sign < 0 ? "below" : "above")} the national average, "
                + $"but {Wording.Cite(rate.Value.Claims[0].Claim)} − {Wording.Cite(national.First.Claim)} = {Wording.Value(difference, gap.Claim.Quantity)}: "
                + $"the rates allow {Wording.Range(difference, gap.Claim.Quantity)}, the gap stated {Wording.Range(stated, gap.Claim.Quantity)}";
            yield return FindingBuilder.Create(rule, message, gap, rate.Value.Claims.Concat(national.Agreeing), difference, stated);
        }
    }

    /// <summary>The growth rate the gap is about: the one stated just before it in its sentence, else the entity's.</summary>
    private static (Interval Interval, IReadOnlyList<BoundClaim> Claims)? RateFor(BoundClaim gap, CheckContext context)
    {
        var inSentence = context.InSentenceOf(gap.Claim).LastOrDefault(c => c.Claim.Role == ClaimRole.Change && c.Claim.Span.Start < gap.Claim.Span.Start);
        if (inSentence is not null)
        {
            return (inSentence.Claim.SignedInterval, [inSentence]);
        }

        var figure = context.Figures.Change(gap.Measure!.Id, gap.Entity.Id, gap.Period!.Id);
        return figure is null ? null : (figure.Interval, figure.Agreeing);
    }
}
