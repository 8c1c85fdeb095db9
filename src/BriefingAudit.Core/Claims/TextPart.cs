using System.Text.RegularExpressions;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// A stretch of a sentence (<paramref name="Start"/> to <paramref name="End"/>), read by patterns where it stands, as
/// if it were the whole text (anchors and word boundaries at its ends), instead of as a copy: each figure has several
/// such stretches around it.
/// </summary>
internal readonly record struct TextPart(string Text, int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Span => Text.AsSpan(Start, Length);

    /// <summary>The first match of a pattern in the stretch, with indices into the whole <see cref="Text"/>.</summary>
    public Match Match(Regex pattern) => pattern.Match(Text, Start, Length);

    /// <summary>
    /// Whether the stretch, its trailing whitespace aside, may end with one of <paramref name="endings"/> (ignoring
    /// case): a pattern that must end so need not be run on a stretch that does not. One that ends in other than
    /// ASCII may, as far as this test knows: the pattern's own case rules decide.
    /// </summary>
    public bool MayEndWith(params ReadOnlySpan<string> endings)
    {
        var text = Span.TrimEnd();
        var longest = 0;
        foreach (var ending in endings)
        {
            if (text.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            longest = Math.Max(longest, ending.Length);
        }

        return !System.Text.Ascii.IsValid(text[Math.Max(0, text.Length - longest)..]);
    }

    /// <summary>The last <paramref name="length"/> characters, or all when there are fewer.</summary>
    public TextPart Last(int length) => Length > length ? this with { Start = End - length } : this;

    /// <summary>The first <paramref name="length"/> characters, or all when there are fewer.</summary>
    public TextPart First(int length) => Length > length ? this with { End = Start + length } : this;
}
