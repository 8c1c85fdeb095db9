using System.Globalization;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// A set of real numbers between two bounds, each inclusive or exclusive, either possibly unbounded (null).
/// The values a stated figure can stand for. Invariant: an empty interval is represented by <see cref="IsEmpty"/>.
/// Arithmetic is outward-safe: an operation that overflows decimal yields an unbounded side, never a wrong one.
/// </summary>
public readonly record struct Interval(decimal? Lower, bool LowerInclusive, decimal? Upper, bool UpperInclusive)
{
    public static Interval All => new(null, false, null, false);

    public static Interval Exactly(decimal value) => new(value, true, value, true);

    public static Interval Closed(decimal lower, decimal upper) => new(lower, true, upper, true);

    public bool IsEmpty =>
        Lower is { } l && Upper is { } u && (l > u || (l == u && !(LowerInclusive && UpperInclusive)));

    public bool IsBounded => Lower.HasValue && Upper.HasValue;

    /// <summary>Upper − lower; null when unbounded or too wide for a decimal.</summary>
    public decimal? Width => IsBounded ? Add(Upper, -Lower) : null;

    public decimal? Midpoint => IsBounded ? (Lower!.Value / 2) + (Upper!.Value / 2) : Lower ?? Upper;

    public bool Contains(decimal value) =>
        (Lower is not { } l || value > l || (LowerInclusive && value == l))
        && (Upper is not { } u || value < u || (UpperInclusive && value == u));

    public Interval Intersect(Interval other)
    {
        var (lower, lowerInclusive) = MaxLower(this, other);
        var (upper, upperInclusive) = MinUpper(this, other);
        return new Interval(lower, lowerInclusive, upper, upperInclusive);
    }

    public bool Overlaps(Interval other) => !Intersect(other).IsEmpty;

    public static Interval operator +(Interval a, Interval b) =>
        new(Add(a.Lower, b.Lower), a.LowerInclusive && b.LowerInclusive, Add(a.Upper, b.Upper), a.UpperInclusive && b.UpperInclusive);

    public static Interval operator -(Interval a) => new(-a.Upper, a.UpperInclusive, -a.Lower, a.LowerInclusive);

    public static Interval operator -(Interval a, Interval b) => a + (-b);

    public static Interval operator *(Interval a, decimal factor) => a * Exactly(factor);

    public static Interval operator *(Interval a, Interval b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return a.IsEmpty ? a : b;
        }

        var corners = new[]
        {
            Multiply(a.Lower, a.LowerInclusive, b.Lower, b.LowerInclusive, -1, -1),
            Multiply(a.Lower, a.LowerInclusive, b.Upper, b.UpperInclusive, -1, 1),
            Multiply(a.Upper, a.UpperInclusive, b.Lower, b.LowerInclusive, 1, -1),
            Multiply(a.Upper, a.UpperInclusive, b.Upper, b.UpperInclusive, 1, 1),
        };
        return Hull(corners);
    }

    /// <summary>Division; a divisor that contains zero gives <see cref="All"/>, since nothing can be excluded.</summary>
    public static Interval operator /(Interval a, Interval b)
    {
        if (b.Contains(0) || b.Lower is null && b.Upper is null)
        {
            return All;
        }

        var reciprocal = new Interval(Reciprocal(b.Upper), b.UpperInclusive, Reciprocal(b.Lower), b.LowerInclusive);
        if (b.Upper is null)
        {
            reciprocal = reciprocal with { Lower = 0, LowerInclusive = false };
        }

        if (b.Lower is null)
        {
            reciprocal = reciprocal with { Upper = 0, UpperInclusive = false };
        }

        return a * reciprocal;
    }

    /// <summary>The gap between two disjoint intervals (0 when they overlap).</summary>
    public decimal DistanceTo(Interval other)
    {
        if (Overlaps(other))
        {
            return 0;
        }

        return Upper is { } u && other.Lower is { } ol && u < ol ? Add(ol, -u) ?? decimal.MaxValue
            : Lower is { } l && other.Upper is { } ou && ou < l ? Add(l, -ou) ?? decimal.MaxValue
            : 0;
    }

    public string Format(decimal divisor, int decimals) =>
        IsEmpty ? "∅"
        : Lower == Upper && Lower.HasValue ? Number(Lower.Value, divisor, decimals)
        : $"{(LowerInclusive ? "[" : "(")}{(Lower is { } l ? Number(l, divisor, decimals) : "−∞")}, {(Upper is { } u ? Number(u, divisor, decimals) : "∞")}{(UpperInclusive ? "]" : ")")}";

    public override string ToString() => Format(1, 6);

    private static string Number(decimal value, decimal divisor, int decimals) =>
        Math.Round(value / divisor, decimals, MidpointRounding.AwayFromZero).ToString("0.############", CultureInfo.InvariantCulture);

    private static decimal? Add(decimal? a, decimal? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return null;
        }

        try
        {
            return x + y;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static decimal? Reciprocal(decimal? value) => value is { } v && v != 0 ? Divide(1, v) : null;

    private static decimal? Divide(decimal a, decimal b)
    {
        try
        {
            return a / b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static (decimal? Value, bool Inclusive, int Infinity) Multiply(decimal? a, bool ai, decimal? b, bool bi, int aSide, int bSide)
    {
        // An unbounded side is ±∞; 0 × ∞ is taken as 0, which is the limit from inside the interval.
        if (a is { } x && b is { } y)
        {
            try
            {
                return (x * y, ai && bi, 0);
            }
            catch (OverflowException)
            {
                return (null, false, Math.Sign(x) * Math.Sign(y));
            }
        }

        var signA = a is { } av ? Math.Sign(av) : aSide;
        var signB = b is { } bv ? Math.Sign(bv) : bSide;
        return signA == 0 || signB == 0 ? (0, ai && bi, 0) : (null, false, signA * signB);
    }

    private static Interval Hull((decimal? Value, bool Inclusive, int Infinity)[] corners)
    {
        decimal? lower = null;
        var lowerInclusive = false;
        decimal? upper = null;
        var upperInclusive = false;
        var lowerInfinite = corners.Any(c => c.Infinity < 0);
        var upperInfinite = corners.Any(c => c.Infinity > 0);
        foreach (var (value, inclusive, infinity) in corners.Where(c => c.Infinity == 0))
        {
            var v = value!.Value;
            if (!lowerInfinite && (lower is null || v < lower || (v == lower && inclusive)))
            {
                lowerInclusive = lower == v ? lowerInclusive || inclusive : inclusive;
                lower = v;
            }

            if (!upperInfinite && (upper is null || v > upper || (v == upper && inclusive)))
            {
                upperInclusive = upper == v ? upperInclusive || inclusive : inclusive;
                upper = v;
            }
        }

        return new Interval(lower, lowerInclusive, upper, upperInclusive);
    }

    private static (decimal?, bool) MaxLower(Interval a, Interval b) =>
        a.Lower is null ? (b.Lower, b.LowerInclusive)
        : b.Lower is null ? (a.Lower, a.LowerInclusive)
        : a.Lower > b.Lower ? (a.Lower, a.LowerInclusive)
        : b.Lower > a.Lower ? (b.Lower, b.LowerInclusive)
        : (a.Lower, a.LowerInclusive && b.LowerInclusive);

    private static (decimal?, bool) MinUpper(Interval a, Interval b) =>
        a.Upper is null ? (b.Upper, b.UpperInclusive)
        : b.Upper is null ? (a.Upper, a.UpperInclusive)
        : a.Upper < b.Upper ? (a.Upper, a.UpperInclusive)
        : b.Upper < a.Upper ? (b.Upper, b.UpperInclusive)
        : (a.Upper, a.UpperInclusive && b.UpperInclusive);
}
