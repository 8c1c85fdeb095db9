using System.Collections.Immutable;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// The role a figure takes from the figure said just before it in its sentence, when its own words (<see
/// cref="Roles.Classify"/>) read only a level: a percent that goes on from a rate, restates a change or an amount, or
/// continues a share; an amount that restates a rate of change. The first reading that fits wins, in the order below.
/// </summary>
internal static class RolesFromTheFigureBefore
{
    /// <summary>Where a figure stands: its sentence's text and index, its clauses, and the span of the figure before it.</summary>
    public readonly record struct Place(string Text, int SentenceIndex, int SentenceStart, ImmutableArray<int> ClauseStarts, int PreviousStart, int PreviousEnd, int ClaimStart, TextPart After)
    {
        /// <summary>The words between the figure before and this one.</summary>
        public string Between => Text[PreviousEnd..ClaimStart];
    }

    /// <summary>The role and sign of a figure of <paramref name="quantity"/> read as <paramref name="read"/>, after <paramref name="claims"/>.</summary>
    public static (ClaimRole Role, int Sign) Apply((ClaimRole Role, int Sign) read, Quantity quantity, ImmutableArray<Claim>.Builder claims, Place at)
    {
        if (read.Role != ClaimRole.Level || claims.Count == 0 || claims[^1].SentenceIndex != at.SentenceIndex)
        {
            return read;
        }

        return (quantity.Dimension == UnitDimension.Percent ? PercentAfter(claims, at) : null) ?? AmountAfterARate(quantity, claims, at) ?? read;
    }

    private static (ClaimRole, int)? PercentAfter(ImmutableArray<Claim>.Builder claims, Place at)
    {
        // "M2 grew 8.3% and M1 4.6%", "up 3.5% in the first quarter and 4.3% in the second": a rate that only
        // follows a growth rate, with no verb of its own, grows as that one did.
        if (claims[^1] is { Role: ClaimRole.Change, Quantity.Dimension: UnitDimension.Percent } rate && Roles.ContinuesRate(at.Between))
        {
            return (ClaimRole.Change, rate.Sign);
        }

        // "The number of funds rose by 543, or 4.4%", "up 32.2 billion dollars, or 0.98%": a percent that only
        // restates a change said as an amount is the same change as a rate.
        if (claims[^1] is { Role: ClaimRole.AbsoluteChange } rise && Roles.OnlyOrBetween(at.Between))
        {
            return (ClaimRole.Change, rise.Sign);
        }

        // "…, of which residential space was 407.68 million square meters, or 53%": a percent that only restates
        // the amount before it is that amount's share (of what, the list it stands in says).
        if (claims[^1] is { Role: ClaimRole.Level or ClaimRole.Count } && Roles.RestatesAsShare(at.Between)
            && !Roles.SaysChange(at.Text[Clauses.StartOf(at.ClauseStarts, at.PreviousStart)..at.PreviousStart]))
        {
            return (ClaimRole.Share, 1);
        }

        // "27.41 million were civil cases, up 2.8%, or 60.2%.": a percent with only "or" after the amount's own rate
        // of change, and nothing after it in its clause, is that amount as a share, as it is right after the amount;
        // the rate already said how the amount moved, and a percent is no amount that could restate the change.
        if (claims.Count > 1 && claims[^1] is { Role: ClaimRole.Change, Quantity.Dimension: UnitDimension.Percent } ownRate
            && claims[^2] is { Role: ClaimRole.Level or ClaimRole.Count, Quantity.Dimension: not (UnitDimension.Percent or UnitDimension.PercentagePoints) } rated
            && rated.SentenceIndex == at.SentenceIndex
            && Roles.OnlyOrBetween(at.Between) && Roles.EndsItsClause(at.After)
            && Roles.IsRateOfTheAmountBefore(at.Text[(rated.Span.End - at.SentenceStart)..(ownRate.Span.Start - at.SentenceStart)]))
        {
            return (ClaimRole.Share, 1);
        }

        // "…, or 46.4% and 35.9%": a percent that only goes on from a share is the next item's share.
        return claims[^1] is { Role: ClaimRole.Share } && Roles.ContinuesShare(at.Between) ? (ClaimRole.Share, 1) : null;
    }

    // "Breeding sows numbered 40.43 million, down 0.4%, or some 160,000", "the urban population increased by 1.2%,
    // or 10.83 million": an amount after a rate of change, with only "or" between, is the same change as an amount. Not
    // when it has a rate of its own or follows an amount of another unit it converts ("514.37 billion yuan, up 2.2%, or
    // 71.67 billion US dollars, up 1.8%").
    private static (ClaimRole, int)? AmountAfterARate(Quantity quantity, ImmutableArray<Claim>.Builder claims, Place at) =>
        claims[^1] is { Role: ClaimRole.Change, Quantity.Dimension: UnitDimension.Percent } change
        && Roles.OnlyOrBetween(at.Between) && !Roles.SaysChangeAfter(at.After)
        && !(claims.Count > 1 && claims[^2] is { Role: ClaimRole.Level or ClaimRole.Count } converted && converted.SentenceIndex == at.SentenceIndex
            && converted.Quantity.Dimension == quantity.Dimension && converted.Quantity.Unit != quantity.Unit)
            ? (ClaimRole.AbsoluteChange, change.Sign)
            : null;
}
