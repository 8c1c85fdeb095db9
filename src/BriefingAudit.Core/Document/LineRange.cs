using System.Globalization;

namespace BriefingAudit.Core.Document;

/// <summary>
/// Lines <see cref="First"/> to <see cref="Last"/> (1-based, inclusive) of a file: the part of a transcript to read,
/// such as the opening statement of a briefing. Invariant: 1 ≤ First ≤ Last.
/// </summary>
public readonly record struct LineRange(int First, int Last)
{
    /// <summary>"44-54" (or "44–54", "44:54"); null when the text is not such a range.</summary>
    public static LineRange? Parse(string text)
    {
        var parts = text.Split(['-', '–', ':'], 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var last)
            && first >= 1 && last >= first
            ? new LineRange(first, last)
            : null;
    }

    /// <summary>
    /// The document with every line outside the range blanked with spaces. Offsets, lines and columns stay those of
    /// the file, so findings point into it; a document with no line in the range is a <see cref="DocumentLoadException"/>.
    /// </summary>
    public TranscriptDocument Apply(TranscriptDocument document)
    {
        var chars = document.Text.ToCharArray();
        var kept = false;
        var lineStart = 0;
        while (lineStart <= chars.Length)
        {
            var lineEnd = Array.IndexOf(chars, '\n', lineStart);
            lineEnd = lineEnd < 0 ? chars.Length : lineEnd;
            var line = document.Map.Locate(lineStart).Line;
            if (line >= First && line <= Last)
            {
                kept |= lineEnd > lineStart;
            }
            else
            {
                Array.Fill(chars, ' ', lineStart, lineEnd - lineStart);
            }

            lineStart = lineEnd + 1;
        }

        return kept
            ? document with { Text = new string(chars) }
            : throw new DocumentLoadException(document.Path, string.Format(CultureInfo.InvariantCulture, Messages.LinesNotInFile, First, Last));
    }

    public override string ToString() => $"{First}-{Last}";
}
