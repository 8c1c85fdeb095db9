using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Checking;

/// <summary>
/// The arithmetic of year-on-year figures, over intervals: last year's level is level / (1 + g), and a share
/// or a growth rate follows from levels. Growth rates and shares are in percent.
/// </summary>
internal static class Derived
{
    private static readonly Interval One = Interval.Exactly(1);

    public static Interval LastYear(Interval level, Interval growthPercent) => level / (One + (growthPercent * 0.01m));

    public static Interval GrowthPercent(Interval now, Interval last) => ((now / last) - One) * 100m;

    public static Interval SharePercent(Interval part, Interval whole) => part / whole * 100m;

    /// <summary>
    /// The absolute change implied by a level and its growth, level × g / (1 + g). g / (1 + g) rises with g, so it
    /// is taken at the ends of g's interval: writing level − level / (1 + g) would use both inputs twice and
    /// widen the result past what the figures allow.
    /// </summary>
    public static Interval AbsoluteChange(Interval level, Interval growthPercent) => level * GrowthShareOfLevel(growthPercent);

    /// <summary>
    /// Percentage points a part contributes to the whole's growth, from the part's share now and both growth
    /// rates: s × g_part / (1 + g_part) × (1 + g_whole).
    /// </summary>
    public static Interval Contribution(Interval sharePercent, Interval partGrowth, Interval wholeGrowth) =>
        sharePercent * 0.01m * GrowthShareOfLevel(partGrowth) * (One + (wholeGrowth * 0.01m)) * 100m;

    /// <summary>
    /// Percentage points a part contributes to the whole's growth, from its share now, that share's change in a year and
    /// the whole's growth: share × (1 + g_whole) − (share − change) = share × g_whole + change.
    /// </summary>
    public static Interval ContributionOfShareChange(Interval sharePercent, Interval shareChange, Interval wholeGrowth) =>
        (sharePercent * wholeGrowth * 0.01m) + shareChange;

    /// <summary>
    /// Percentage points a part contributes to the whole's growth, from its share now, that share's change in a year and
    /// the part's own growth: a year earlier the part was share − change of the whole, and it grew by g_part.
    /// </summary>
    public static Interval ContributionOfEarlierShare(Interval sharePercent, Interval shareChange, Interval partGrowth) =>
        (sharePercent - shareChange) * partGrowth * 0.01m;

    /// <summary>
    /// Percentage points a share moved in a year, from the share now and the growth of its part and whole: last year's
    /// share is s × (1 + g_whole) / (1 + g_part), so the change is s × (1 − (1 + g_whole) / (1 + g_part)), with s used once.
    /// </summary>
    public static Interval ShareChange(Interval sharePercent, Interval partGrowth, Interval wholeGrowth) =>
        sharePercent * (One - ((One + (wholeGrowth * 0.01m)) / (One + (partGrowth * 0.01m))));

    /// <summary>g / (1 + g) for g in percent, exact at both ends because it is monotone for g &gt; −100%.</summary>
    private static Interval GrowthShareOfLevel(Interval growthPercent)
    {
        static decimal? At(decimal? percent) => percent is { } p && p > -100m ? p / 100m / (1m + (p / 100m)) : null;
        return new Interval(At(growthPercent.Lower), growthPercent.LowerInclusive, At(growthPercent.Upper), growthPercent.UpperInclusive);
    }
}
