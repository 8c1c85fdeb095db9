using System.Text.RegularExpressions;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// What a stated figure stands for: "21.79 trillion" is any value that rounds to it, [21.785, 21.795] trillion;
/// "628,000" is rounded to thousands; a hedge then bounds or widens that interval.
/// </summary>
public static partial class Precision
{
    public static Interval RoundingInterval(string numberText, Quantity quantity)
    {
        // The first run of digits, read where it stands: asked for every figure, a match object and a split were made each time.
        var text = ReadOnlySpan<char>.Empty;
        foreach (var match in Digits().EnumerateMatches(numberText))
        {
            text = numberText.AsSpan(match.Index, match.Length);
            break;
        }

        if (text.IsEmpty)
        {
            // Numbers in words ("seven", "half") are exact.
            return Interval.Exactly(quantity.Value);
        }

        var dot = text.IndexOf('.');
        decimal unit;
        if (dot >= 0)
        {
            unit = Pow10(-(text.Length - dot - 1));
        }
        else if (quantity.ScaleWord is null && text.Contains(','))
        {
            // "628,000": whole groups of zeros are rounding, not digits (counted from the last group back, never the first).
            var zeroGroups = 0;
            for (var comma = text.LastIndexOf(','); comma >= 0 && !text[(comma + 1)..].ContainsAnyExcept('0'); comma = text.LastIndexOf(','))
            {
                zeroGroups++;
                text = text[..comma];
            }

            unit = Pow10(3 * zeroGroups);
        }
        else
        {
            unit = 1m;
        }

        var halfWidth = unit * quantity.ScaleFactor / 2;
        return Interval.Exactly(quantity.Value) + Interval.Closed(-halfWidth, halfWidth);
    }

    /// <summary>Applies a hedge to the rounding interval of a figure whose stated value is <paramref name="value"/>.</summary>
    public static Interval Hedge(Interval stated, decimal value, QualifierTerm? qualifier) => qualifier?.Effect switch
    {
        null => stated,
        QualifierEffect.Above => new Interval(value, false, null, false),
        QualifierEffect.AtLeast => new Interval(value, true, null, false),
        QualifierEffect.Below => new Interval(null, false, value, false),
        QualifierEffect.AtMost => new Interval(null, false, value, true),
        // Interval arithmetic, not decimal: a figure near decimal's limit gets an open side, not an overflow.
        QualifierEffect.Nearly => new Interval((Interval.Exactly(value) - Interval.Exactly(Math.Abs(value) * qualifier.Slack)).Lower, true, stated.Upper, true),
        QualifierEffect.About => stated + Interval.Closed(-Math.Abs(value) * qualifier.Slack, Math.Abs(value) * qualifier.Slack),
        _ => stated,
    };

    private static decimal Pow10(int exponent)
    {
        // decimal's smallest step is 1e-28: a finer unit would round to zero, and half of it too. Wider is safe.
        exponent = Math.Max(exponent, -27);
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent > 0 ? result * 10 : result / 10;
        }

        return result;
    }

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Digits();
}
