using System.Text;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// A measure the vocabulary has no name for, named by the noun phrase a figure is attributed to ("investment in real
/// estate development", "the output of new energy vehicles"). Two phrases name the same open measure when they have
/// the same content words once lower-cased, made singular and stripped of determiners, prepositions and "total":
/// "real estate development investment" and "investment in real estate development" are one measure, "spending on
/// education" and "education spending" another. A phrase of one content word ("revenue", "profits") names too little
/// to be compared and gives no measure.
/// </summary>
internal static class OpenMeasure
{
    public const string IdPrefix = "open:";

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "this", "these", "that", "those", "our", "of", "in", "on", "for", "from", "to",
        "by", "with", "and", "total", "overall", "combined", "whole", "as", "at", "which", "were", "was", "both", "all",
        // Whose figure, not what: "income nationwide" and "income of the country's residents" are the same measure.
        "nationwide", "national", "country", "china",
    };

    public static bool Is(Term? measure) => measure is not null && measure.Id.StartsWith(IdPrefix, StringComparison.Ordinal);

    /// <summary>The open measure a phrase names, or null when it has fewer than two content words or holds a figure.</summary>
    public static Term? Named(string phrase, UnitDimension dimension)
    {
        var key = Key(phrase);
        return key is null ? null : new Term(IdPrefix + key, Tidy(phrase), TermKind.Measure, [], dimension);
    }

    /// <summary>The sorted content words of a phrase, singular and lower case; null when fewer than two.</summary>
    public static string? Key(string phrase)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in phrase.Split([' ', '\t', ',', '"', '“', '”', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.Any(char.IsDigit))
            {
                return null;
            }

            var word = Singular(StripPossessive(raw.ToLowerInvariant().Trim('.', ';', ':')));
            if (word.Length > 0 && !FunctionWords.Contains(word))
            {
                words.Add(word);
            }
        }

        return words.Count >= 2 ? string.Join(' ', words) : null;
    }

    private static string Tidy(string phrase) => string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', '.', '"');

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('\'') || word.EndsWith('’') ? word[..^1]
        : word;

    /// <summary>"vehicles" → "vehicle", "industries" → "industry"; "sales", "services" and "business" keep what makes them.</summary>
    private static string Singular(string word)
    {
        if (word.Length <= 3 || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return new StringBuilder(word, 0, word.Length - 3, word.Length).Append('y').ToString();
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }
}
