using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Comparison;

/// <summary>
/// English figures said in words, which the English extractor does not read (numbers in words are not claims of a
/// transcript), but whose Chinese sources are claims, so a translation is compared with them too. Added to English
/// readings for comparison only:
/// <list type="bullet">
/// <item>a growth said by its number of digits: "grew at double-digit rates" for 两位数增长 (at least 10%);</item>
/// <item>a fraction: "a third of", "about one quarter", "nearly two thirds" for 三分之一, 约四分之一, 近三分之二, and
/// the share a translator rounds to one ("nearly a third" for 32.8%);</item>
/// <item>a count in words: "five national parks", "seven fewer", "Forty airports" for 5个国家公园, 减少7起, 40个. Style
/// guides spell small numbers out, and "the three provinces" is as often no figure at all, so such a count only pairs
/// with a source figure of its value (<see cref="IsCountInWords"/>) and is never reported as extra.</item>
/// </list>
/// </summary>
internal static partial class FiguresInWords
{
    /// <summary>
    /// How precise a fraction in words is: "a third" stands for 31.7%–35%, so that a share rounded to it is the
    /// same value, while one that rounds to another fraction (a quarter, 23.75%–26.25%) is not.
    /// </summary>
    private const decimal FractionTolerance = 0.05m;

    /// <summary>The note of a count read from its words, which pairs only on its value (see the class's summary).</summary>
    private const string CountInWordsNote = "a count said in words";

    private static readonly string[] Units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>Whether a figure is a count read from its words, which pairs only with a source figure of its value.</summary>
    public static bool IsCountInWords(BoundClaim claim) => claim.Note == CountInWordsNote;

    public static ImmutableArray<BoundClaim> Add(DocumentReading reading, Lexicon lexicon)
    {
        var added = new List<BoundClaim>();
        var atLeast = lexicon.Qualifiers.FirstOrDefault(q => q.Effect == QualifierEffect.AtLeast) ?? new QualifierTerm("at-least", QualifierEffect.AtLeast, 0, []);
        foreach (var sentence in reading.Segmented.ContentParagraphs.SelectMany(p => p.Sentences))
        {
            foreach (Match match in DigitCount().Matches(sentence.Text))
            {
                var least = match.Groups["digits"].Value.ToLowerInvariant() switch { "double" => 10m, "triple" => 100m, _ => 1000m };
                var around = sentence.Text[Math.Max(0, match.Index - 30)..Math.Min(sentence.Text.Length, match.Index + match.Length + 30)];
                var sign = Fall().IsMatch(around) ? -1 : 1;
                var quantity = new Quantity(least, "percent", UnitDimension.Percent, null);
                added.Add(Bound(reading, sentence, match.Index, match.Length, quantity, Interval.Exactly(least), new Interval(least, true, null, false), atLeast, ClaimRole.Change, sign, "a growth said by its number of digits"));
            }

            foreach (Match match in Fraction().Matches(sentence.Text))
            {
                var share = 100m * Numerator(match.Groups["num"].Value) / Denominator(match.Groups["den"].Value);
                var before = lexicon.QualifierMatcher.Matches(sentence.Text[..match.Index]).LastOrDefault(m => string.IsNullOrWhiteSpace(sentence.Text[m.End..match.Index]));
                // A hedge on a fraction announces how far it was rounded ("nearly a third" for 31.6%): its value is the hedged one.
                var interval = Precision.Hedge(Interval.Closed(share * (1 - FractionTolerance), share * (1 + FractionTolerance)), share, before?.Value);
                var start = before?.Start ?? match.Index;
                var quantity = new Quantity(share, "percent", UnitDimension.Percent, null);
                added.Add(Bound(reading, sentence, start, match.Index + match.Length - start, quantity, interval, interval, before?.Value, ClaimRole.Share, 1, "a share said as a fraction"));
            }

            foreach (Match match in CountWords().Matches(sentence.Text))
            {
                // "three times" and the like are read already; a word is one figure.
                var span = reading.Document.Map.Span(sentence.Start + match.Index, match.Length);
                if (reading.Claims.Any(b => b.Claim.Span.Start < span.End && span.Start < b.Claim.Span.End))
                {
                    continue;
                }

                var count = Value(match.Groups["tens"].Value) + Value(match.Groups["units"].Value);
                var quantity = new Quantity(count, "items", UnitDimension.Count, null);
                added.Add(Bound(reading, sentence, match.Index, match.Length, quantity, Interval.Exactly(count), Interval.Exactly(count), null, ClaimRole.Count, 1, CountInWordsNote));
            }
        }

        return added.Count == 0 ? reading.Claims : [.. reading.Claims.Concat(added).OrderBy(b => b.Claim.Span.Start)];
    }

    private static BoundClaim Bound(DocumentReading reading, Segmentation.Sentence sentence, int start, int length, Quantity quantity, Interval stated, Interval interval, QualifierTerm? qualifier, ClaimRole role, int sign, string reason)
    {
        var span = reading.Document.Map.Span(sentence.Start + start, length);
        var claim = new Claim(span, sentence.Text.Substring(start, length), quantity, stated, interval, qualifier, role, sign, sentence.Index);
        return new BoundClaim(claim, null, EntityRef.National, null, null, reason);
    }

    private static decimal Value(string word) =>
        word.Length == 0 ? 0 : Math.Max(Array.IndexOf(Units, word.ToLowerInvariant()), 10 * Array.IndexOf(Tens, word.ToLowerInvariant()));

    private static decimal Numerator(string word) => word.ToLowerInvariant() switch { "two" => 2, "three" => 3, _ => 1 };

    private static decimal Denominator(string word) => word.ToLowerInvariant().TrimEnd('s') switch
    {
        "half" => 2,
        "third" => 3,
        "quarter" => 4,
        "fifth" => 5,
        _ => 10,
    };

    // "five national parks", "seven fewer", "Forty airports", "twenty-one cities": two to ninety-nine, as a word of its
    // own, not "one" (one of, one-stop), nor a fraction's numerator, a time ("two years") or a multiple ("three times").
    [GeneratedRegex(@"\b(?:(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?<units>one|two|three|four|five|six|seven|eight|nine))?|(?<units>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\b(?![-\u2010]|\s+(?:thirds?|quarters?|fifths?|tenths?|halves|times|percent|per\s+cent|years?|months?|weeks?|days?|hours?|minutes?|o'clock|thousand|million|billion|trillion|hundred)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountWords();

    [GeneratedRegex(@"\b(?<digits>double|triple|quadruple)[- ]digits?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DigitCount();

    [GeneratedRegex(@"\b(?:f[ea]ll\w*|declin\w*|decreas\w*|dropp?\w*|contract\w*|shr[ai]nk\w*|plung\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Fall();

    // "a third of", "one quarter.", "two thirds,", "half of": not "a third consecutive year", "a quarter earlier",
    // "the first half of the year" (a time, not a share).
    [GeneratedRegex(@"(?<!\b(?:first|second|latter|former|the)\s)\b(?:(?<num>a|one|two|three)[- ](?<den>third|quarter|fifth|tenth)s?|(?<num>one)[- ](?<den>half)|(?<den>half))(?=\s+of\b|\s*[,.;:)]|\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Fraction();
}
