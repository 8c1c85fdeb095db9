namespace BriefingAudit.Core.Claims;

/// <summary>Names written with digits, which are no figures.</summary>
internal static class NamesWithDigits
{
    /// <summary>
    /// "5G base stations", "4K screens", "3D printing": one or two digits written together with one capital letter
    /// are a name. Recognizers reads "5G" as 5 giga, and its window then swallows the figure before it ("4.55 million
    /// 5G"), so such names are blanked (offsets kept) before any number finder reads the sentence. K, M, B and T
    /// stay multipliers ("$5M").
    /// </summary>
    public static string Blank(string sentence)
    {
        char[]? masked = null;
        for (var i = 0; i + 1 < sentence.Length; i++)
        {
            if (!char.IsAsciiLetterUpper(sentence[i + 1]) || sentence[i + 1] is 'K' or 'M' or 'B' or 'T' || !char.IsAsciiDigit(sentence[i])
                || (i + 2 < sentence.Length && char.IsLetterOrDigit(sentence[i + 2])))
            {
                continue;
            }

            var start = i > 0 && char.IsAsciiDigit(sentence[i - 1]) ? i - 1 : i;
            if (start == 0 || char.IsWhiteSpace(sentence[start - 1]))
            {
                masked ??= sentence.ToCharArray();
                masked.AsSpan(start, i + 2 - start).Fill(' ');
            }
        }

        return masked is null ? sentence : new string(masked);
    }
}
