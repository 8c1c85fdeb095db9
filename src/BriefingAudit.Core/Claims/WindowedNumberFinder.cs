using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// Finds the same numbers as <see cref="RecognizerNumberFinder"/> over a whole sentence, at a fraction of the cost.
/// Recognizers spends about 0.5 ms on every call however short the text, and about 15 µs per character after that
/// (dozens of interpreted regexes per call), so asking it about every sentence costs seconds per transcript.
/// Plain figures ("21.79 trillion", "628,000", "7.2") are read here; only what it alone understands (number
/// words, fractions, "5 mln", "COVID-19", "-2.7") goes to it, as a short window of text around the words,
/// with the results of repeated windows ("in the first half of the year") cached. Thread-safe.
/// </summary>
public sealed partial class WindowedNumberFinder(RecognizerNumberFinder recognizer) : INumberFinder
{
    // Two words of context each side cover the number model's ambiguity filters ("the one" is not a number).
    private const int ContextTokens = 2;
    private const int CacheLimit = 20_000;

    // Fifteen significant digits: Recognizers computes in double and prints with 15 digits, so within this the
    // value it reports is exactly the written one, and reading it here gives the same decimal.
    private const int MaxSignificantDigits = 15;

    private static readonly FrozenDictionary<string, decimal> Scales = new Dictionary<string, decimal>
    {
        ["thousand"] = 1e3m,
        ["million"] = 1e6m,
        ["billion"] = 1e9m,
        ["trillion"] = 1e12m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Words that join numbers or change their sign in the number model ("minus 5", "4 million and 500 thousand").
    private static readonly FrozenSet<string> Joiners =
        new[] { "a", "an", "and", "point", "minus", "negative", "plus" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The number model finds these even at the end of a longer word ("xminus 5" is −5).
    private static readonly string[] Signs = ["minus", "negative", "plus"];

    // Multipliers that mean something only right after a number ("5 k", "5 mm"); alone they are letters of "don't".
    private static readonly FrozenSet<string> BoundMultipliers =
        new[] { "k", "m", "mm", "mil", "g", "b", "t" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The word sets asked about each word of a sentence, by span: a string per word was a tenth of extraction's allocations.
    private static readonly FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> ScaleOf = Scales.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> JoinerWords = Joiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BoundMultiplierWords = BoundMultipliers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CardinalWords = RecognizerNumberFinder.CardinalWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoundWords = RecognizerNumberFinder.RoundWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinalWords = RecognizerNumberFinder.OrdinalWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly ConcurrentDictionary<string, ImmutableArray<FoundNumber>> _windows = new(StringComparer.Ordinal);

    public static WindowedNumberFinder English { get; } = new(RecognizerNumberFinder.English);

    /// <summary>How many distinct windows Recognizers has been asked about (and their answers kept).</summary>
    internal int CachedWindows => _windows.Count;

    public ImmutableArray<FoundNumber> Find(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (!RecognizerNumberFinder.MayContainNumber(sentence))
        {
            return [];
        }

        var tokens = Tokenize(sentence);
        var read = new List<(FoundNumber Number, int First, int Last)>();
        var windows = new List<(int First, int Last)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Digits)
            {
                if (TryRead(sentence, tokens, i) is { } plain)
                {
                    read.Add(plain);
                    i = plain.Last;
                    continue;
                }

                windows.Add(Window(sentence, tokens, i));
            }
            else if (tokens[i].Kind == TokenKind.OtherDigits || IsNumberWord(sentence, tokens, i))
            {
                windows.Add(Window(sentence, tokens, i));
            }
        }

        var result = new List<FoundNumber>();
        var covered = new List<(int Start, int End)>();
        foreach (var (first, last) in Merge(windows))
        {
            var start = WordStart(sentence, tokens[first].Start);
            var end = WordEnd(sentence, tokens[last].End);
            var found = RecognizeMasked(sentence, tokens, first, last, start, end);
            foreach (var number in found)
            {
                // A number running into the window's edge may continue outside it: ask about the whole sentence.
                if ((number.Start == 0 && start > 0) || (number.End == end - start && end < sentence.Length))
                {
                    return recognizer.Find(sentence);
                }

                result.Add(number with { Start = number.Start + start });
            }

            covered.Add((start, end));
        }

        foreach (var (number, _, _) in read)
        {
            if (!Overlaps(covered, number))
            {
                result.Add(number);
            }
        }

        return [.. result.OrderBy(n => n.Start)];
    }

    // A loop, not a query: asked for every plain figure, a closure was made each time.
    private static bool Overlaps(List<(int Start, int End)> spans, FoundNumber number)
    {
        foreach (var (start, end) in spans)
        {
            if (number.Start < end && number.End > start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The numbers of one window, asked about with its plain figures' digits masked ("21.79 trillion" as "55.55
    /// trillion"), so that windows differing only in their figures ("the first half, up 6.2%") share one cache entry.
    /// What Recognizers finds depends on the shape of a figure, not on its digits, and a figure's value is read from
    /// its own text (as <see cref="RecognizerNumberFinder.Parse"/> does); a number spanning a masked figure that is not
    /// plain digits ("4 million and 500 thousand") is asked about again unmasked.
    /// </summary>
    private ImmutableArray<FoundNumber> RecognizeMasked(string sentence, List<Token> tokens, int first, int last, int start, int end)
    {
        var window = sentence[start..end];
        var masked = window.ToCharArray();
        var maskedAny = false;
        for (var i = first; i <= last; i++)
        {
            if (IsMaskable(sentence, tokens[i]))
            {
                // A leading zero ("0.5") stays: the shape of a figure is its digits' count, separators and first zero.
                for (var k = tokens[i].Start + (sentence[tokens[i].Start] == '0' ? 1 : 0); k < tokens[i].End; k++)
                {
                    if (char.IsAsciiDigit(sentence[k]))
                    {
                        masked[k - start] = '5';
                        maskedAny = true;
                    }
                }
            }
        }

        if (!maskedAny)
        {
            return Recognize(window);
        }

        var found = Recognize(new string(masked));
        var result = ImmutableArray.CreateBuilder<FoundNumber>(found.Length);
        foreach (var number in found)
        {
            var text = window.Substring(number.Start, number.Length);
            if (text == number.Text)
            {
                result.Add(number);
            }
            else if (DigitNumber.TryRead(text, out var value))
            {
                result.Add(number with { Text = text, Value = value });
            }
            else
            {
                return Recognize(window);
            }
        }

        return result.MoveToImmutable();
    }

    // A figure whose digits can be masked: plain digits with nothing that could make them part of a word, a fraction,
    // a range or a signed number, and few enough digits for Recognizers to keep them all.
    private static bool IsMaskable(string sentence, Token token) =>
        token.Kind == TokenKind.Digits
        && token.Length <= MaxSignificantDigits
        && SafeBefore(sentence, token.Start)
        && SafeAfter(sentence, token.End)
        && PlainNumber().IsMatch(sentence.AsSpan(token.Start, token.Length));

    private ImmutableArray<FoundNumber> Recognize(string window)
    {
        if (_windows.TryGetValue(window, out var cached))
        {
            return cached;
        }

        var found = recognizer.Parse(window);
        if (_windows.Count >= CacheLimit)
        {
            _windows.Clear();
        }

        _windows.TryAdd(window, found);
        return found;
    }

    /// <summary>A plain figure read without Recognizers, or null when any part of it or its neighbours is unusual.</summary>
    private static (FoundNumber Number, int First, int Last)? TryRead(string sentence, List<Token> tokens, int i)
    {
        var token = tokens[i];
        var digits = sentence.AsSpan(token.Start, token.Length);
        if (token.Length > 24 || !PlainNumber().IsMatch(digits) || !SafeBefore(sentence, token.Start) || Touches(sentence, tokens, i, i - 1))
        {
            return null;
        }

        var last = i;
        decimal factor = 1;
        if (i + 1 < tokens.Count && tokens[i + 1].Start == token.End + 1 && sentence[token.End] == ' '
            && ScaleOf.TryGetValue(Text(sentence, tokens[i + 1]), out var scale))
        {
            last = i + 1;
            factor = scale;
        }

        var end = tokens[last].End;
        if (!SafeAfter(sentence, end) || Touches(sentence, tokens, last, last + 1))
        {
            return null;
        }

        var written = decimal.Parse(digits.ToString().Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
        var value = written < 1e15m ? written * factor : written;
        if (value >= 1e15m || SignificantDigits(value) > MaxSignificantDigits)
        {
            return null;
        }

        return (new FoundNumber(token.Start, end - token.Start, sentence[token.Start..end], DigitNumber.Normalize(value)), i, last);
    }

    /// <summary>
    /// True when the neighbour <paramref name="other"/> of token <paramref name="self"/> is separated from it by
    /// spaces only and may read as part of the same number to Recognizers ("1 000", "two 5", "million and 500").
    /// </summary>
    private static bool Touches(string sentence, List<Token> tokens, int self, int other)
    {
        if (other < 0 || other >= tokens.Count || !SpacesBetween(sentence, tokens[Math.Min(self, other)], tokens[Math.Max(self, other)]))
        {
            return false;
        }

        if (tokens[other].Kind != TokenKind.Word)
        {
            return true;
        }

        var word = Text(sentence, tokens[other]);
        if (other < self && EndsWithSign(word))
        {
            return true;
        }

        if (!word.Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            return IsNumeric(word) || JoinerWords.Contains(word);
        }

        // "and" joins only when a number stands on its other side too: "4 million and 500 thousand".
        var beyond = other + (other - self);
        return beyond >= 0 && beyond < tokens.Count
            && SpacesBetween(sentence, tokens[Math.Min(beyond, other)], tokens[Math.Max(beyond, other)])
            && (tokens[beyond].Kind != TokenKind.Word || IsNumeric(Text(sentence, tokens[beyond])));
    }

    private static bool EndsWithSign(ReadOnlySpan<char> word)
    {
        foreach (var sign in Signs)
        {
            if (word.EndsWith(sign, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumeric(ReadOnlySpan<char> word) => CardinalWords.Contains(word) || RoundWords.Contains(word) || OrdinalWords.Contains(word);

    /// <summary>A word the number model may read as (part of) a number by itself, or "a"/"an" before a fraction.</summary>
    private static bool IsNumberWord(string sentence, List<Token> tokens, int i)
    {
        var word = Text(sentence, tokens[i]);
        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            return i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && IsNumeric(Text(sentence, tokens[i + 1]));
        }

        return word.Equals("half", StringComparison.OrdinalIgnoreCase)
            || word.Equals("halves", StringComparison.OrdinalIgnoreCase)
            || CardinalWords.Contains(word)
            || (RoundWords.Contains(word) && !BoundMultiplierWords.Contains(word));
    }

    /// <summary>The token with <see cref="ContextTokens"/> of context each side, widened past any numeric neighbours.</summary>
    private static (int First, int Last) Window(string sentence, List<Token> tokens, int i)
    {
        var first = Math.Max(0, i - ContextTokens);
        while (first > 0 && !IsPlainWord(sentence, tokens[first]))
        {
            first--;
        }

        var last = Math.Min(tokens.Count - 1, i + ContextTokens);
        while (last < tokens.Count - 1 && !IsPlainWord(sentence, tokens[last]))
        {
            last++;
        }

        return (first, last);
    }

    private static bool IsPlainWord(string sentence, Token token) =>
        token.Kind == TokenKind.Word && !IsNumeric(Text(sentence, token)) && !JoinerWords.Contains(Text(sentence, token));

    private static IEnumerable<(int First, int Last)> Merge(List<(int First, int Last)> windows)
    {
        (int First, int Last)? open = null;
        foreach (var window in windows.OrderBy(w => w.First))
        {
            if (open is { } current && window.First <= current.Last + 1)
            {
                open = (current.First, Math.Max(current.Last, window.Last));
                continue;
            }

            if (open is { } done)
            {
                yield return done;
            }

            open = window;
        }

        if (open is { } final)
        {
            yield return final;
        }
    }

    private static int WordStart(string sentence, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(sentence[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static int WordEnd(string sentence, int index)
    {
        while (index < sentence.Length && !char.IsWhiteSpace(sentence[index]))
        {
            index++;
        }

        return index;
    }

    // Before a plain figure: a space, an opening bracket or quote, or a currency sign after a space or letters ("US$");
    // not a minus sign, even spaced off ("- 47.46" is negative to Recognizers).
    private static bool SafeBefore(string sentence, int start)
    {
        if (start == 0)
        {
            return true;
        }

        if (char.IsWhiteSpace(sentence[start - 1]))
        {
            var before = sentence.AsSpan(0, start).TrimEnd();
            return before.Length == 0 || before[^1] is not ('-' or '−' or '–');
        }

        return sentence[start - 1] is '(' or '[' or '“' or '"' or '‘' or '$' or '¥' or '€' or '£'
            && (start == 1 || char.IsWhiteSpace(sentence[start - 2]) || char.IsLetter(sentence[start - 2]));
    }

    // After it: a space, the end, or punctuation that cannot continue a number (not '-', '/', letters or digits).
    private static bool SafeAfter(string sentence, int end) =>
        end == sentence.Length
        || char.IsWhiteSpace(sentence[end])
        || sentence[end] is '%' or '％' or ')' or ']' or '”' or '"' or '’' or '\'' or ';' or ':' or ',' or '.' or '!' or '?';

    private static bool SpacesBetween(string sentence, Token left, Token right)
    {
        if (right.Start == left.End)
        {
            return false;
        }

        for (var k = left.End; k < right.Start; k++)
        {
            if (!char.IsWhiteSpace(sentence[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The digits of a value from its first non-zero digit to its last ("0.0120" and "12,000" both 2), counted on its
    /// coefficient (the value without its decimal point) instead of on its text: asked for every plain figure.
    /// </summary>
    internal static int SignificantDigits(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        // The 96-bit coefficient, as three unsigned words (the build checks overflow: a word's top bit is no sign).
        var coefficient = new UInt128(unchecked((uint)bits[2]), unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]));
        if (coefficient == 0)
        {
            return 0;
        }

        while (coefficient % 10 == 0)
        {
            coefficient /= 10;
        }

        var digits = 0;
        for (; coefficient > 0; coefficient /= 10)
        {
            digits++;
        }

        return digits;
    }

    private static ReadOnlySpan<char> Text(string sentence, Token token) => sentence.AsSpan(token.Start, token.Length);

    private static List<Token> Tokenize(string sentence)
    {
        // About one token per five characters of English: sized once instead of grown by doubling.
        var tokens = new List<Token>(sentence.Length / 5 + 4);
        var i = 0;
        while (i < sentence.Length)
        {
            var c = sentence[i];
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < sentence.Length && (char.IsAsciiDigit(sentence[i]) || (sentence[i] is '.' or ',' && i + 1 < sentence.Length && char.IsAsciiDigit(sentence[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new Token(start, i - start, TokenKind.Digits));
            }
            else if (char.IsDigit(c))
            {
                i++;
                tokens.Add(new Token(start, 1, TokenKind.OtherDigits));
            }
            else if (char.IsLetter(c))
            {
                while (i < sentence.Length && char.IsLetter(sentence[i]))
                {
                    i++;
                }

                tokens.Add(new Token(start, i - start, TokenKind.Word));
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    [GeneratedRegex(@"^(?:[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*|0)(?:\.[0-9]+)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlainNumber();

    private enum TokenKind
    {
        Word,
        Digits,
        OtherDigits,
    }

    private readonly record struct Token(int Start, int Length, TokenKind Kind)
    {
        public int End => Start + Length;
    }
}
