using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingAudit.Core.Vocabulary;

/// <summary>
/// Finds the first of a list of words standing whole in a text, as the pattern <c>\b(?:word|word|…)\b</c> (ignoring
/// case, culture-invariant) would: in a text of ASCII and punctuation, by looking each word of it up in a set; in any
/// other (letters or marks beyond ASCII, whose case and word rules are the pattern's), by that pattern.
/// Immutable and thread-safe.
/// </summary>
internal sealed class WordList
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    // Built at the first text that needs it: English transcripts rarely do, and a cold start need not parse it.
    private readonly Lazy<Regex> _pattern;

    public WordList(params IEnumerable<string> words)
    {
        var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _words = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _pattern = new(() => new Regex($@"\b(?:{string.Join('|', set.Select(Regex.Escape))})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }

    /// <summary>
    /// Where the first of the words stands in <paramref name="text"/> from <paramref name="start"/> for
    /// <paramref name="length"/> characters, read as if that were the whole text (as <c>Regex.Match(text, start,
    /// length)</c> reads it); -1 when none does.
    /// </summary>
    public int IndexIn(string text, int start, int length)
    {
        var window = text.AsSpan(start, length);
        if (!IsAsciiOrPunctuation(window))
        {
            return _pattern.Value.Match(text, start, length) is { Success: true } match ? match.Index : -1;
        }

        // A pattern word begins after a character that is no word character (or at the start) and ends before one, so
        // it is a whole run of word characters.
        var i = 0;
        while (i < window.Length)
        {
            if (!IsAsciiWordCharacter(window[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < window.Length && IsAsciiWordCharacter(window[end]))
            {
                end++;
            }

            if (_words.Contains(window[i..end]))
            {
                return start + i;
            }

            i = end;
        }

        return -1;
    }

    // The pattern's \w among ASCII characters.
    private static bool IsAsciiWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    // Characters beyond ASCII that are neither word characters of a pattern nor the case of an ASCII letter (the
    // Kelvin sign is a 'k' to a case-insensitive pattern): spaces, dashes, quotes and other punctuation, symbols.
    private static bool IsAsciiOrPunctuation(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAscii(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
                or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol))
            {
                return false;
            }
        }

        return true;
    }
}
