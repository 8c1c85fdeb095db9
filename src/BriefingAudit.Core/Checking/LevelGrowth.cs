using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Checking;

/// <summary>
/// The growth rate of a level: the one its sentence gives beside it (<see cref="BoundClaim.Growth"/>: "2.61 trillion
/// yuan, up 16.1%"), or, for a level tied to the vocabulary, the growth the transcript states for that figure.
/// <see cref="Claims"/> are the statements of the rate, for the finding to cite. Immutable.
/// </summary>
internal sealed record LevelGrowth(Interval Rate, Claim First, IReadOnlyList<Claim> Claims)
{
    public static LevelGrowth? Of(BoundClaim level, CheckContext context)
    {
        if (level.Growth is { } said)
        {
            return new LevelGrowth(said.SignedInterval, said, [said]);
        }

        if (!level.IsBound)
        {
            return null;
        }

        var figure = StatedFor(level.Key!, context);
        return figure is null ? null : new LevelGrowth(figure.Interval, figure.First.Claim, [.. figure.Agreeing.Select(b => b.Claim)]);
    }

    /// <summary>
    /// The growth rate the transcript states for the figure of a level. Growth in dollars is another figure than growth
    /// in yuan: a level in a second currency takes only a rate bound to that currency.
    /// </summary>
    public static Figure? StatedFor(FigureKey level, CheckContext context) =>
        level.Unit != context.MainCurrency && context.Currencies.Contains(level.Unit)
            ? context.Tightened.Find(new FigureKey(level.Measure, level.Entity, level.Period, ClaimRole.Change, $"percent of {level.Unit}", null, null))
            : context.Tightened.Change(level.Measure, level.Entity, level.Period);
}
