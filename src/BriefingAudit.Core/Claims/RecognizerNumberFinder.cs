using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Recognizers.Definitions.English;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// Numbers through Microsoft.Recognizers.Text (the only Recognizers user). The number model reads digits,
/// thousands separators, scale words ("21.79 trillion") and numbers in words ("seven").
/// Recognizers costs about 5 s per MB of text, so sentences with no digit and no number word are skipped
/// before it is asked: the claims are the same, since such a sentence has no number for it to find.
/// </summary>
public sealed class RecognizerNumberFinder : INumberFinder
{
    private static readonly string[] NumberWords =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "half", "dozen", "zero",
    ];

    private static readonly SearchValues<string> NumberWordSearch = SearchValues.Create(NumberWords, StringComparison.OrdinalIgnoreCase);

    private static readonly Lazy<(IModel Numbers, IModel Percentages)> WholeTextModels = new(() =>
    {
        var recognizer = new NumberRecognizer(Culture.English);
        return (recognizer.GetNumberModel(), recognizer.GetPercentageModel());
    });

    private readonly NumberModel _model;

    public RecognizerNumberFinder(string culture = Culture.English)
    {
        _model = (NumberModel)new NumberRecognizer(culture).GetNumberModel();
    }

    private static readonly Lazy<RecognizerNumberFinder> LazyChinese = new(() => new(Culture.Chinese));

    public static RecognizerNumberFinder English { get; } = new();

    /// <summary>
    /// Builds the English model and parses one sentence with it. A command calls this on another thread as it starts,
    /// so the model's construction and its first parse (a third of a cold start) overlap the loading of the rules and
    /// the document. Results do not change: Recognizers caches by input string only.
    /// </summary>
    public static void WarmUp() => English.Parse("Exports grew 7.2% to 21.79 trillion yuan, seven points more than in 2024.");

    /// <summary>The Chinese number model (21.79万亿, 两成, 三点五), built on first use: English runs do not pay for it.</summary>
    public static RecognizerNumberFinder Chinese => LazyChinese.Value;

    /// <summary>Words the English number model reads as numbers by themselves ("seven", "dozen", "lakh").</summary>
    public static FrozenSet<string> CardinalWords { get; } =
        NumbersDefinitions.CardinalNumberMap.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Multipliers after a number ("5 mln", "5 k", "21.79 trillion").</summary>
    public static FrozenSet<string> RoundWords { get; } =
        NumbersDefinitions.RoundNumberMap.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Ordinals, which the number model reads as fraction denominators ("a fifth", "three quarters").</summary>
    public static FrozenSet<string> OrdinalWords { get; } =
        NumbersDefinitions.OrdinalNumberMap.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public ImmutableArray<FoundNumber> Find(string sentence) => MayContainNumber(sentence) ? Parse(sentence) : [];

    /// <summary>Every number the model finds in <paramref name="sentence"/>, without the pre-check for digits or number words.</summary>
    public ImmutableArray<FoundNumber> Parse(string sentence)
    {
        var result = ImmutableArray.CreateBuilder<FoundNumber>();
        foreach (var found in _model.Parse(sentence))
        {
            var start = found.Start;
            var length = found.End - found.Start + 1;
            var text = sentence.Substring(start, length);
            if (!DigitNumber.TryRead(text, out var value))
            {
                var valueText = found.Resolution is { } resolution && resolution.TryGetValue("value", out var v) ? v?.ToString() : null;
                value = decimal.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            }

            result.Add(new FoundNumber(start, length, text, value));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The naive design, for benchmarks: the number and percentage models over a whole text at once. Returns how
    /// many numbers and percentages they found.
    /// </summary>
    public static int ParseWholeText(string text) =>
        WholeTextModels.Value.Numbers.Parse(text).Count + WholeTextModels.Value.Percentages.Parse(text).Count;

    /// <summary>True when a sentence holds a digit, a number word or a Chinese numeral; only then can Recognizers find anything.</summary>
    public static bool MayContainNumber(string sentence)
    {
        // ASCII digits, the usual case, are searched for vectorised; other digits and Chinese numerals are not ASCII.
        var text = sentence.AsSpan();
        if (text.ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!char.IsAscii(c) && (char.IsDigit(c) || ChineseNumbers.IsNumberCharacter(c)))
            {
                return true;
            }
        }

        // All the words in one pass (the same matches as Contains with OrdinalIgnoreCase word by word).
        return text.ContainsAny(NumberWordSearch);
    }
}
