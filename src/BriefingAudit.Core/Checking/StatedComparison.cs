using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Checking;

/// <summary>
/// The two rates a gap in points compares, as its sentence gives them (<see cref="BoundClaim.Comparison"/>): the
/// base is a rate of the sentence, or the growth stated anywhere in the transcript for the measure named after
/// "than", for the gap's period.
/// </summary>
internal static class StatedComparison
{
    public static (Interval Rate, Interval Base, IReadOnlyList<Claim> Claims)? Resolve(BoundClaim gap, CheckContext context)
    {
        if (gap.Comparison is not { } comparison)
        {
            return null;
        }

        if (comparison.BaseRate is { } baseRate)
        {
            return (comparison.Rate.SignedInterval, baseRate.SignedInterval, [comparison.Rate, baseRate]);
        }

        if (comparison.BaseMeasure is null || gap.Period is null)
        {
            return null;
        }

        // A rate that could be in either currency is compared with the base rate that fits, if one does.
        var bases = context.Figures.ChangesInAnyCurrency(comparison.BaseMeasure.Id, (comparison.BaseEntity ?? EntityRef.National).Id, gap.Period.Id).ToList();
        var figure = context.CurrencyOpen(comparison.Rate) && bases.Count > 1
            ? bases.FirstOrDefault(b => (comparison.Rate.SignedInterval - b.Interval).Magnitude.Overlaps(gap.Claim.Interval)) ?? bases[0]
            : context.Figures.Change(comparison.BaseMeasure.Id, (comparison.BaseEntity ?? EntityRef.National).Id, gap.Period.Id);
        return figure is null || figure.Agreeing.Any(b => b.Claim == comparison.Rate)
            ? null
            : (comparison.Rate.SignedInterval, figure.Interval, [comparison.Rate, .. figure.Agreeing.Select(b => b.Claim)]);
    }
}
