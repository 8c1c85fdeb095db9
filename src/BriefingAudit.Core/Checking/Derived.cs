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

    /// <summary>The absolute change implied by a level and its growth: level − level / (1 + g).</summary>
    public static Interval AbsoluteChange(Interval level, Interval growthPercent) => level - LastYear(level, growthPercent);

    /// <summary>
    /// Percentage points a part contributes to the whole's growth, from the part's share now and both growth
    /// rates: s × g_part / (1 + g_part) × (1 + g_whole).
    /// </summary>
    public static Interval Contribution(Interval sharePercent, Interval partGrowth, Interval wholeGrowth) =>
        sharePercent * 0.01m * (partGrowth * 0.01m) / (One + (partGrowth * 0.01m)) * (One + (wholeGrowth * 0.01m)) * 100m;
}
