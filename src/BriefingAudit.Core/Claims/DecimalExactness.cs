using System.Numerics;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// Whether decimal arithmetic gave the true result or rounded it (decimal keeps 96 bits and a scale up to 28).
/// Interval arithmetic keeps a bound exclusive only when it is exact: a rounded bound may be a true result.
/// </summary>
internal static class DecimalExactness
{
    private const int MaxScale = 28;

    private static readonly BigInteger Limit = BigInteger.One << 96;

    public static bool IsExactSum(decimal x, decimal y)
    {
        var scale = Math.Max(x.Scale, y.Scale);
        return BigInteger.Abs((Mantissa(x) * BigInteger.Pow(10, scale - x.Scale)) + (Mantissa(y) * BigInteger.Pow(10, scale - y.Scale))) < Limit;
    }

    public static bool IsExactProduct(decimal x, decimal y) =>
        x == 0 || y == 0 || (x.Scale + y.Scale <= MaxScale && BigInteger.Abs(Mantissa(x) * Mantissa(y)) < Limit);

    /// <summary>True when <paramref name="quotient"/> is exactly <paramref name="x"/> / <paramref name="y"/>.</summary>
    public static bool IsExactQuotient(decimal x, decimal y, decimal quotient) =>
        x == 0 || (IsExactProduct(quotient, y) && quotient * y == x);

    private static BigInteger Mantissa(decimal value)
    {
        var bits = decimal.GetBits(value);
        // The three low ints are the 96-bit magnitude's words, read as unsigned.
        var magnitude = ((BigInteger)unchecked((uint)bits[2]) << 64) | ((BigInteger)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        return value < 0 ? -magnitude : magnitude;
    }
}
