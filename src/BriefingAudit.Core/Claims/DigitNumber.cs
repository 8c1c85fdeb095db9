using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// Reads a figure written in digits, with an optional scale word ("21.79 trillion", "628,000"), exactly as a
/// decimal. The number recogniser resolves values through double, which keeps 15 digits; a decimal keeps 28.
/// </summary>
public static partial class DigitNumber
{
    /// <summary>
    /// True when <paramref name="text"/> is such a figure; <paramref name="value"/> is then its value, or null when it
    /// is too large for a decimal. Digits past the 28th are rounded, as decimal arithmetic does.
    /// </summary>
    public static bool TryRead(string text, out decimal? value)
    {
        value = null;
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var digits = match.Groups["digits"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return true;
        }

        try
        {
            value = Normalize(number * Quantity.ScaleFactorOf(match.Groups["scale"].Value));
        }
        catch (OverflowException)
        {
            value = null;
        }

        return true;
    }

    /// <summary>
    /// The same value without trailing zeros: "1.50" reads as 1.5 and 21.79 × 10¹² as 21790000000000, as the number
    /// recogniser reports them, so claims print alike whichever reader found them.
    /// </summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>
    /// Whether a text holds a decimal digit of any script (<see cref="char.IsDigit(char)"/>): asked of every word of
    /// the phrases the binder compares, where <c>word.Any(char.IsDigit)</c> made an enumerator each time.
    /// </summary>
    internal static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?<scale>thousand|million|billion|trillion))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
