using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Comparison;

/// <summary>
/// A claim normalised for comparison across languages: value (in base units, so 21.79万亿 and 21.79 trillion are
/// one value), unit, role and hedge, with where it stands: its paragraph (counting only paragraphs with figures)
/// and its place among that paragraph's figures. Immutable.
/// </summary>
public sealed record ComparedClaim(BoundClaim Bound, int Paragraph, int Position, int ParagraphSize)
{
    public Claim Claim => Bound.Claim;

    public UnitDimension Dimension => Claim.Quantity.Dimension;

    public string Unit => Claim.Quantity.Unit;

    /// <summary>The role, with a count read as a level: "62.8万家" and "628,000 enterprises" say the same thing.</summary>
    public ClaimRole Role => Claim.Role == ClaimRole.Count ? ClaimRole.Level : Claim.Role;

    public HedgeKind Hedge => Hedges.Of(Claim.Qualifier);

    /// <summary>Where among its paragraph's figures: 0 for the first, 1 for the last.</summary>
    public double RelativePosition => ParagraphSize <= 1 ? 0.5 : (double)Position / (ParagraphSize - 1);

    /// <summary>True when some value rounds to both figures' digits (hedges aside: those are compared on their own).</summary>
    public bool SameValue(ComparedClaim other) => StatedAgainst(other).Overlaps(other.StatedAgainst(this));

    /// <summary>The digits' value as <paramref name="other"/> would say it: a multiple, against a rate, as the rise it amounts to.</summary>
    public Interval StatedAgainst(ComparedClaim other) => RiseInPercent is { } rise && other.IsRate ? rise : Claim.Stated;

    /// <summary>
    /// A multiple (增长1.5倍 is 2.5 times the base; 约为…的3.5倍) as the rise in percent it amounts to (150%, 250%), so
    /// that "150 percent higher" says the same and "up 80 percent" for 增长1.8倍 says another value; null for any
    /// other figure.
    /// </summary>
    public Interval? RiseInPercent { get; init; }

    /// <summary>The rise in percent a Chinese multiple (a figure in times, written with 倍) amounts to; null for any other claim.</summary>
    public static Interval? RiseOf(Claim claim) =>
        claim.Quantity.Unit == "times" && claim.Text.Contains('倍', StringComparison.Ordinal) ? (claim.Stated - Interval.Exactly(1)) * 100m : null;

    /// <summary>A percent said as a change or a level ("up 80 percent", "150 percent higher"), which a multiple may be said as.</summary>
    private bool IsRate => Dimension == UnitDimension.Percent && Role is ClaimRole.Change or ClaimRole.Level;

    /// <summary>
    /// A count read from its words ("five national parks", <see cref="FiguresInWords"/>): it pairs only with a source
    /// figure of its value and unit, and alone it is no figure of the translation.
    /// </summary>
    public bool PairsOnlyOnValue { get; init; }

    /// <summary>Whether the unit is one of measure (tonnes, kilowatts), not a counted noun (<see cref="Vocabulary.UnitTerm.IsMeasure"/>).</summary>
    public bool Measured { get; init; }

    /// <summary>
    /// True when both are in the same unit: yuan and yuan, percent and percent. Counted nouns are one unit whatever
    /// the words: 人次 may be "trips", 台 "household appliances", 名 "consumers"; a unit of measure is only itself. A
    /// multiple and a rate are one (<see cref="RiseInPercent"/>).
    /// </summary>
    public bool SameUnit(ComparedClaim other) => (RiseInPercent is not null && other.IsRate) || (other.RiseInPercent is not null && IsRate)
        || (Dimension == other.Dimension
            && (Unit == other.Unit || (Dimension == UnitDimension.Count && !Measured && !other.Measured))
            && (PerUnit is null || other.PerUnit is null || PerUnit == other.PerUnit));

    /// <summary>
    /// What the figure is counted per ("hectare" in "kilograms per hectare", 亩 in 每亩 as "mu"), when its text says
    /// and the figure is an amount (<see cref="PerUnits"/>); a figure said without one is not known to lack it.
    /// </summary>
    public string? PerUnit { get; init; }

    /// <summary>The unit as messages name it: "kilograms per hectare".</summary>
    public string UnitName => PerUnit is null ? Unit : $"{Unit} per {PerUnit}";

    /// <summary>Whether the sign of the figure is said: a change can rise or fall, a level cannot.</summary>
    public bool HasDirection => Role is ClaimRole.Change or ClaimRole.AbsoluteChange or ClaimRole.PointChange or ClaimRole.RateGap or ClaimRole.Contribution;
}
