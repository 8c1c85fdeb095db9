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

    public decimal? Midpoint => IsBounded ? Middle(Lower!.Value, Upper!.Value) : Lower ?? Upper;

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

    /// <summary>
    /// The absolute values of the interval's members: gaps and changes stated by size ("0.4 percentage point
    /// lower", "116 hours fewer") are compared as sizes, whichever way the words point.
    /// </summary>
    public Interval Magnitude
    {
        get
        {
            if (Lower is >= 0)
            {
                return this;
            }

            if (Upper is <= 0)
            {
                return -this;
            }

            // Straddling zero: from zero to the farther end.
            decimal? far = Lower is { } low && Upper is { } high ? Math.Max(-low, high) : null;
            return new Interval(0, true, far, far == Upper ? UpperInclusive : LowerInclusive);
        }
    }

    /// <summary>Addition. A bound that decimal had to round is made inclusive: the rounded bound may be a true sum.</summary>
    public static Interval operator +(Interval a, Interval b)
    {
        var lower = Add(a.Lower, b.Lower);
        var upper = Add(a.Upper, b.Upper);
        return new(
            lower,
            (a.LowerInclusive && b.LowerInclusive) || !IsExactSum(a.Lower, b.Lower, lower),
            upper,
            (a.UpperInclusive && b.UpperInclusive) || !IsExactSum(a.Upper, b.Upper, upper));
    }

    public static Interval operator -(Interval a) => new(-a.Upper, a.UpperInclusive, -a.Lower, a.LowerInclusive);

    public static Interval operator -(Interval a, Interval b) => a + (-b);

    public static Interval operator *(Interval a, decimal factor) => a * Exactly(factor);

    public static Interval operator *(Interval a, Interval b) => FromCorners(a, b, Multiply);

    /// <summary>Division; a divisor that contains zero gives <see cref="All"/>, since nothing can be excluded.</summary>
    /// <remarks>
    /// Each corner is divided directly: a product with a rounded reciprocal can land a bound just past a true
    /// quotient (767778 / 763684 fell outside [767778, …] / (…, 763684]).
    /// </remarks>
    public static Interval operator /(Interval a, Interval b) =>
        b.Contains(0) || b.Lower is null && b.Upper is null ? All : FromCorners(a, b, Divide);

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
        Math.Round(value / divisor, decimals, MidpointRounding.AwayFromZero).ToString("0.############", CultureInfo.InvariantCulture).Replace('-', '−');

    private static bool IsExactSum(decimal? a, decimal? b, decimal? sum) =>
        sum is null || a is not { } x || b is not { } y || DecimalExactness.IsExactSum(x, y);

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

    private static decimal Middle(decimal lower, decimal upper)
    {
        try
        {
            return (lower / 2) + (upper / 2);
        }
        catch (OverflowException)
        {
            // Both halves near decimal's limit, so the bounds share a sign and their difference fits.
            return upper - ((upper - lower) / 2);
        }
    }

    /// <summary>
    /// One corner of a quotient. The divisor excludes zero, so a bound of zero is an open one, approached from
    /// inside: from above for a lower bound (<paramref name="bSide"/> −1), from below for an upper one.
    /// </summary>
    private static (decimal? Value, bool Inclusive, int Infinity) Divide(decimal? a, bool ai, decimal? b, bool bi, int aSide, int bSide)
    {
        var signA = a is { } av ? Math.Sign(av) : aSide;
        if (b is null)
        {
            // x / ±∞ → 0, approached but not reached; ±∞ / ±∞ may be as large as wished.
            return a is null ? (null, false, signA * bSide) : (0, false, 0);
        }

        var y = b.Value;
        var signB = y != 0 ? Math.Sign(y) : -bSide;
        if (a is not { } x)
        {
            return (null, false, signA * signB);
        }

        if (y == 0)
        {
            return x == 0 ? (0, ai, 0) : (null, false, signA * signB);
        }

        try
        {
            var quotient = x / y;
            return (quotient, (ai && bi) || !DecimalExactness.IsExactQuotient(x, y, quotient), 0);
        }
        catch (OverflowException)
        {
            return (null, false, signA * signB);
        }
    }

    private static (decimal? Value, bool Inclusive, int Infinity) Multiply(decimal? a, bool ai, decimal? b, bool bi, int aSide, int bSide)
    {
        // An unbounded side is ±∞; 0 × ∞ is taken as 0, which is the limit from inside the interval.
        if (a is { } x && b is { } y)
        {
            try
            {
                // Zero at an included bound times any member is zero, whether the other bound is included or not.
                var product = x * y;
                return (product, (ai && bi) || (x == 0 && ai) || (y == 0 && bi) || !DecimalExactness.IsExactProduct(x, y), 0);
            }
            catch (OverflowException)
            {
                return (null, false, Math.Sign(x) * Math.Sign(y));
            }
        }

        var signA = a is { } av ? Math.Sign(av) : aSide;
        var signB = b is { } bv ? Math.Sign(bv) : bSide;
        return signA == 0 || signB == 0 ? (0, (a == 0 && ai) || (b == 0 && bi), 0) : (null, false, signA * signB);
    }

    /// <summary>The hull of an operation on the four corners of two intervals (an empty one gives itself).</summary>
    private static Interval FromCorners(Interval a, Interval b, Func<decimal?, bool, decimal?, bool, int, int, (decimal? Value, bool Inclusive, int Infinity)> corner) =>
        a.IsEmpty || b.IsEmpty
            ? (a.IsEmpty ? a : b)
            : Hull([
                corner(a.Lower, a.LowerInclusive, b.Lower, b.LowerInclusive, -1, -1),
                corner(a.Lower, a.LowerInclusive, b.Upper, b.UpperInclusive, -1, 1),
                corner(a.Upper, a.UpperInclusive, b.Lower, b.LowerInclusive, 1, -1),
                corner(a.Upper, a.UpperInclusive, b.Upper, b.UpperInclusive, 1, 1),
            ]);

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
