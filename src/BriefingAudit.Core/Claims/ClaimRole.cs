namespace BriefingAudit.Core.Claims;

/// <summary>What a figure says about its measure.</summary>
public enum ClaimRole
{
    /// <summary>A level: "reached 21.79 trillion yuan", a rate "the unemployment rate was 5.2%".</summary>
    Level,

    /// <summary>A count of things: "628,000 enterprises".</summary>
    Count,

    /// <summary>A year-on-year change in percent: "up 7.2%", "fell by 2.7%".</summary>
    Change,

    /// <summary>An absolute change: "rose by more than 600 billion yuan", "an increase of 43,000".</summary>
    AbsoluteChange,

    /// <summary>A share of a whole: "accounting for 51.8% of total foreign trade".</summary>
    Share,

    /// <summary>A share of growth, not of a level: "close to 60% of the growth in national exports".</summary>
    GrowthShare,

    /// <summary>A gap between two growth rates: "4.4 percentage points higher than the national average".</summary>
    RateGap,

    /// <summary>A change of a share or rate over time: "0.9 percentage point higher than the same period last year".</summary>
    PointChange,

    /// <summary>A contribution to growth: "contributed 3 percentage points to overall growth".</summary>
    Contribution,

    /// <summary>An average per day over the period: "daily trade averaging more than 15 billion yuan".</summary>
    Average,

    /// <summary>The mean of figures listed just before it: "…, 11.05 trillion yuan in the third and 11.51 trillion yuan in the fourth, averaging nearly 11 trillion yuan a quarter".</summary>
    Mean,
}
