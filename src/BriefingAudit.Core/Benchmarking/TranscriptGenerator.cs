using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingAudit.Core.Benchmarking;

/// <summary>
/// Makes any number of distinct transcripts from a few real ones, for benchmarks: every figure's digits, the year,
/// the periods and the regions named are redrawn and the paragraphs after the opening are reordered, so no sentence
/// repeats and no per-string cache (Recognizers keeps one) can help. Deterministic for a given seed.
/// </summary>
public sealed partial class TranscriptGenerator(IReadOnlyList<string> seeds, int seed = 20250714)
{
    private static readonly string[] Periods = ["first half", "first quarter", "first three quarters", "second quarter", "first four months", "first five months"];
    private static readonly string[] Regions = ["Guangdong", "Jiangsu", "Zhejiang", "Shanghai", "Shandong", "Sichuan", "Henan", "Hubei", "Fujian", "Beijing"];

    private readonly Random _random = new(seed);

    public string Next(int number)
    {
        var text = seeds[number % seeds.Count];
        var year = _random.Next(2016, 2027).ToString(CultureInfo.InvariantCulture);
        var regions = Regions.OrderBy(_ => _random.Next()).ToArray();
        text = Year().Replace(text, year);
        text = Period().Replace(text, _ => Periods[_random.Next(Periods.Length)]);
        text = Region().Replace(text, m => regions[Array.IndexOf(Regions, m.Value)]);
        text = Figure().Replace(text, m => Redraw(m.Value));
        var paragraphs = text.Split("\n\n");
        var opening = Math.Min(2, paragraphs.Length);
        var body = paragraphs.Skip(opening).OrderBy(_ => _random.Next());
        return string.Join("\n\n", paragraphs.Take(opening).Append($"Transcript {number.ToString(CultureInfo.InvariantCulture)}").Concat(body));
    }

    /// <summary>The same shape of figure with new digits: "21.79" may become "48.03", never "0.79" or "21,79".</summary>
    private string Redraw(string figure)
    {
        var result = new StringBuilder(figure.Length);
        foreach (var c in figure)
        {
            result.Append(char.IsAsciiDigit(c) ? (char)('0' + (result.Length == 0 ? _random.Next(1, 10) : _random.Next(10))) : c);
        }

        return result.ToString();
    }

    [GeneratedRegex(@"\b20[12]\d\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Year();

    [GeneratedRegex(@"\bfirst half\b|\bfirst quarter\b|\bfirst three quarters\b|\bsecond quarter\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Period();

    [GeneratedRegex(@"\b(?:Guangdong|Jiangsu|Zhejiang|Shanghai|Shandong|Sichuan|Henan|Hubei|Fujian|Beijing)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Region();

    // Figures, not years (redrawn above) or dates: at least two digits or a decimal point.
    [GeneratedRegex(@"(?<![\d.,])(?!20[12]\d\b)\d+(?:[.,]\d+)*(?![\d])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Figure();
}
