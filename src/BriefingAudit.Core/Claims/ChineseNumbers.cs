using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// Chinese figures as written in briefings: full-width digits, numerals (二十一, 两千), the scale characters
/// 万 (10⁴), 亿 (10⁸) and their mixes (21.79万亿, 1亿2000万, 3万5千亿). Reads a value and the place of the last
/// digit written, which is what the figure is rounded to: 21.79万亿 to 0.01万亿, 两千 to 1千.
/// </summary>
public static class ChineseNumbers
{
    private const string Numerals = "零〇一二两三四五六七八九";

    /// <summary>True for a character that can be part of a Chinese number (numerals, 十百千万亿, 点).</summary>
    public static bool IsNumberCharacter(char c) => Numerals.Contains(c, StringComparison.Ordinal) || c is '十' or '百' or '千' or '万' or '亿' or '点';

    /// <summary>The largest scale word the number ends in: 万亿, 亿 or 万; null for a plain number.</summary>
    public static string? ScaleWord(string text)
    {
        var trimmed = text.TrimEnd('多', '余');
        return trimmed.EndsWith("万亿", StringComparison.Ordinal) ? "万亿"
            : trimmed.EndsWith('亿') ? "亿"
            : trimmed.EndsWith('万') ? "万"
            : null;
    }

    /// <summary>
    /// Reads "21.79万亿", "1亿2000万", "二十一万亿", "三点五", "两千多": the value, and the place value of the last
    /// digit written (0.01万亿 = 10¹⁰ for 21.79万亿). 多 and 余 ("more than") are skipped: they are hedges.
    /// False for text that is not a number.
    /// </summary>
    public static bool TryParse(string text, out decimal value, out decimal place)
    {
        value = 0;
        place = 1;
        decimal total = 0, section = 0, number = 0;
        var seenDigit = false;
        var i = 0;
        text = ChineseText.ToHalfWidth(text);
        try
        {
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsAsciiDigit(c))
                {
                    var start = i;
                    while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == ',' || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                    {
                        i++;
                    }

                    var literal = text[start..i].Replace(",", string.Empty, StringComparison.Ordinal);
                    number = decimal.Parse(literal, System.Globalization.CultureInfo.InvariantCulture);
                    var dot = literal.IndexOf('.', StringComparison.Ordinal);
                    place = dot < 0 ? 1 : Pow10(-(literal.Length - dot - 1));
                    seenDigit = true;
                    continue;
                }

                if (Numerals.Contains(c, StringComparison.Ordinal))
                {
                    number = Digit(c);
                    place = 1;
                    seenDigit = true;
                }
                else if (c == '点')
                {
                    // 三点五: numerals after 点 are decimals.
                    var fraction = 0m;
                    var scale = 1m;
                    i++;
                    while (i < text.Length && Numerals.Contains(text[i], StringComparison.Ordinal))
                    {
                        scale /= 10;
                        fraction += Digit(text[i]) * scale;
                        i++;
                    }

                    number += fraction;
                    place = scale;
                    continue;
                }
                else if (c is '十' or '百' or '千')
                {
                    var unit = c switch { '十' => 10m, '百' => 100m, _ => 1000m };
                    section += (seenDigit ? number : 1) * unit;
                    place = place * unit;
                    number = 0;
                    seenDigit = true;
                }
                else if (c == '万')
                {
                    section = (section + number) * 10_000m;
                    place *= 10_000m;
                    number = 0;
                }
                else if (c == '亿')
                {
                    total = (total + section + number) * 100_000_000m;
                    place *= 100_000_000m;
                    section = 0;
                    number = 0;
                }
                else if (c is not ('多' or '余'))
                {
                    return false;
                }

                i++;
            }

            value = total + section + number;
            return seenDigit;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static int Digit(char c) => c switch
    {
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => 0,
    };

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < -exponent; i++)
        {
            result /= 10;
        }

        return result;
    }
}
