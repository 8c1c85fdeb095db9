using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Vocabulary;

/// <summary>
/// Finds vocabulary phrases in text: case-insensitive, whole words, longest match first, no overlaps.
/// Thread-safe. The pattern is a literal alternation with a match timeout, so it cannot backtrack badly.
/// </summary>
public sealed class PhraseMatcher<T>
    where T : class
{
    private readonly Regex? _pattern;
    private readonly Dictionary<string, T> _byPhrase;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        _byPhrase = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in phrases)
        {
            _byPhrase.TryAdd(Normalize(phrase), value);
        }

        if (_byPhrase.Count > 0)
        {
            // Chinese is written without spaces, so a phrase with Chinese characters is matched anywhere; longest
            // first still keeps 出口 (exports) from matching inside 进出口 (imports and exports).
            var words = Alternatives(_byPhrase.Keys.Where(k => !k.Any(ChineseText.IsIdeograph)));
            var chinese = Alternatives(_byPhrase.Keys.Where(k => k.Any(ChineseText.IsIdeograph)));
            var patterns = new List<string>();
            if (words.Length > 0)
            {
                // A hyphen joins words: "central" is not a word of "central government-managed fund revenue".
                patterns.Add(@"(?<![\p{L}\p{Nd}-])(?:" + words + @")(?![\p{L}\p{Nd}]|-[\p{L}\p{Nd}])");
            }

            if (chinese.Length > 0)
            {
                patterns.Add("(?:" + chinese + ")");
            }

            _pattern = new Regex(string.Join('|', patterns), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
    }

    public ImmutableArray<PhraseMatch<T>> Matches(string text)
    {
        if (_pattern is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<PhraseMatch<T>>();
        foreach (Match match in _pattern.Matches(text))
        {
            if (_byPhrase.TryGetValue(Normalize(match.Value), out var value))
            {
                result.Add(new PhraseMatch<T>(match.Index, match.Length, match.Value, value));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The value whose phrase matches the whole text, if any.</summary>
    public T? Exact(string text) => _byPhrase.GetValueOrDefault(Normalize(text));

    private static string Alternatives(IEnumerable<string> phrases) =>
        string.Join('|', phrases.OrderByDescending(k => k.Length).Select(k => string.Join(@"\s+", k.Split(' ').Select(Regex.Escape))));

    private static string Normalize(string phrase) =>
        string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
