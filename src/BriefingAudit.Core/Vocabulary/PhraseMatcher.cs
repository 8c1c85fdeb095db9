using System.Buffers;
using System.Collections.Immutable;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Vocabulary;

/// <summary>
/// Finds vocabulary phrases in text: case-insensitive, whole words, longest match first, no overlaps.
/// Thread-safe once built. Character tries walked from each position: as an alternation regex of a few
/// thousand aliases it was half of the time spent on a transcript.
/// </summary>
public sealed class PhraseMatcher<T>
    where T : class
{
    private readonly PhraseTrieNode<T> _words = new();
    private readonly PhraseTrieNode<T> _chinese = new();
    private readonly Dictionary<string, T> _byPhrase;

    // Characters that can start a phrase of each trie. Most positions of a text start none, and asking the trie
    // about each of them (a dictionary lookup per character, several matchers per sentence) was the largest cost
    // of reading a transcript.
    private readonly SearchValues<char> _wordStarts;
    private readonly SearchValues<char> _chineseStarts;

    // The same for ASCII, as tables: nearly every character of an English text is ASCII, and matching asks about each
    // one; SearchValues over sets with non-ASCII members (case variants such as the Kelvin sign) cost more per ask.
    private readonly bool[] _asciiWordStarts = new bool[128];
    private readonly bool[] _asciiChineseStarts = new bool[128];

    // Whether a Chinese phrase can start with an ASCII character: when none can (the usual case), the rest of an ASCII
    // word after a position that found nothing is skipped at once, as no phrase of either trie starts inside it.
    private readonly bool _chineseStartsAscii;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        _byPhrase = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in phrases)
        {
            var key = Normalize(phrase);
            if (key.Length > 0 && _byPhrase.TryAdd(key, value))
            {
                // Chinese is written without spaces, so a phrase with Chinese characters is matched anywhere; longest
                // first still keeps 出口 (exports) from matching inside 进出口 (imports and exports).
                (key.Any(ChineseText.IsIdeograph) ? _chinese : _words).Add(key, value);
            }
        }

        _words.Seal();
        _chinese.Seal();
        _wordStarts = Starts(_words, _asciiWordStarts);
        _chineseStarts = Starts(_chinese, _asciiChineseStarts);
        _chineseStartsAscii = _asciiChineseStarts.Contains(true);
    }

    public ImmutableArray<PhraseMatch<T>> Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Matches(text.AsSpan());
    }

    /// <summary>The phrases of a part of a text, as if it were the whole text (offsets from its start).</summary>
    public ImmutableArray<PhraseMatch<T>> Matches(ReadOnlySpan<char> text)
    {
        // Made at the first match: most texts a matcher is asked about have none.
        ImmutableArray<PhraseMatch<T>>.Builder? result = null;
        var position = 0;
        while (Next(text, ref position) is { } match)
        {
            (result ??= ImmutableArray.CreateBuilder<PhraseMatch<T>>()).Add(match);
        }

        return result?.ToImmutable() ?? [];
    }

    /// <summary>
    /// The first phrase of <see cref="Matches(ReadOnlySpan{char})"/>, found without reading the text after it: asked
    /// after every figure ("… billion yuan, up 5% …"), where only the phrase nearest the figure counts.
    /// </summary>
    public PhraseMatch<T>? First(ReadOnlySpan<char> text)
    {
        var position = 0;
        return Next(text, ref position);
    }

    /// <summary>The next phrase from <paramref name="position"/> on, which is moved past it (or to the end, when there is none).</summary>
    private PhraseMatch<T>? Next(ReadOnlySpan<char> text, ref int position)
    {
        while (position < text.Length)
        {
            // A trie is walked only from a character it can start with: from any other, the walk finds nothing.
            var c = text[position];
            // A hyphen joins words: "central" is not a word of "central government-managed fund revenue".
            var wordPhrase = IsStart(c, _asciiWordStarts, _wordStarts) && (position == 0 || !IsWordChar(text[position - 1], hyphen: true));
            var match = (wordPhrase ? Longest(_words, text, position, wholeWords: true) : null)
                ?? (IsStart(c, _asciiChineseStarts, _chineseStarts) ? Longest(_chinese, text, position, wholeWords: false) : null);
            if (match is not null)
            {
                position = match.End;
                return match;
            }

            position++;
            if (!_chineseStartsAscii && IsAsciiWordChar(c))
            {
                while (position < text.Length && IsAsciiWordChar(text[position]))
                {
                    position++;
                }
            }
        }

        return null;
    }

    private static SearchValues<char> Starts(PhraseTrieNode<T> root, bool[] ascii)
    {
        var starts = root.StartCharacters();
        foreach (var c in starts.Where(char.IsAscii))
        {
            ascii[c] = true;
        }

        return SearchValues.Create(starts);
    }

    private static bool IsStart(char c, bool[] ascii, SearchValues<char> all) => c < ascii.Length ? ascii[c] : all.Contains(c);

    /// <summary>The value whose phrase matches the whole text, if any.</summary>
    public T? Exact(string text) => _byPhrase.GetValueOrDefault(Normalize(text));

    /// <summary>The longest phrase of <paramref name="root"/> starting at <paramref name="start"/> (ending a word, if asked).</summary>
    private static PhraseMatch<T>? Longest(PhraseTrieNode<T> root, ReadOnlySpan<char> text, int start, bool wholeWords)
    {
        var node = root;
        var i = start;
        // The longest phrase so far, as its end and value: the match (and its text) is made once, for the last.
        T? best = null;
        var bestEnd = start;
        while (true)
        {
            if (node.Value is { } value && (!wholeWords || EndsWord(text, i)))
            {
                best = value;
                bestEnd = i;
            }

            if (i >= text.Length)
            {
                break;
            }

            if (char.IsWhiteSpace(text[i]) && node.Space is { } space)
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                node = space;
            }
            else if (node.Next(text[i]) is { } next)
            {
                node = next;
                i++;
            }
            else
            {
                break;
            }
        }

        return best is null ? null : new PhraseMatch<T>(start, bestEnd - start, text[start..bestEnd].ToString(), best);
    }

    private static bool EndsWord(ReadOnlySpan<char> text, int end) =>
        end >= text.Length
        || (!IsWordChar(text[end], hyphen: false) && !(text[end] == '-' && end + 1 < text.Length && IsWordChar(text[end + 1], hyphen: false)));

    private static bool IsWordChar(char c, bool hyphen) => char.IsLetter(c) || char.IsDigit(c) || (hyphen && c == '-');

    /// <summary>An ASCII letter, digit or hyphen: after one, no word phrase starts (<see cref="IsWordChar"/> with hyphens).</summary>
    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';

    private static string Normalize(string phrase) =>
        string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
