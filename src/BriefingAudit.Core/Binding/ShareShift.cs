using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// For a contribution, the part's share and that share's change on a year earlier, said just before it of the same
/// subject, and the growth of the whole it names: "It made up 69.8% of revenue, 0.7 percentage point more than a year
/// earlier, and contributed 5.7 percentage points of the 7.1% growth". Measured against the whole a year earlier, the
/// part was the share then and is share × (1 + g_whole) now, so it contributed share × g_whole + the change, whatever
/// is measured and with no level said. Where the contribution names no growth of the whole, the part's own growth said
/// before the share serves ("…, up 24.7%, and their share rose to 68.6%, 6.4 percentage points more than a year earlier.
/// They contributed 15.4 percentage points"): the part was share − change of the whole a year earlier and grew by
/// g_part, so it contributed (share − change) × g_part. <see cref="Of"/> says whose growth <see cref="Growth"/> is.
/// Immutable.
/// </summary>
public sealed record ShareShift(Claim Share, Claim Change, Claim Growth, ShareShift.GrowthOf Of)
{
    /// <summary>Whose growth a share shift's contribution is worked out from.</summary>
    public enum GrowthOf
    {
        Whole,
        Part,
    }
}
