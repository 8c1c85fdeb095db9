using System.Collections.Immutable;

namespace BriefingAudit.Core.Document;

/// <summary>
/// A loaded input: the readable text (LF line endings, markup removed) and a map back to the file.
/// Immutable.
/// </summary>
public sealed record TranscriptDocument(string Path, string Text, LineMap Map, DocumentFormat Format, string SourceText)
{
    private string[]? _sourceLines;

    /// <summary>
    /// The only source lines kept by <see cref="Excerpt"/> (by line number), or null when the whole text is here.
    /// </summary>
    public ImmutableSortedDictionary<int, string>? KeptLines { get; private init; }

    /// <summary>The file's own line (markup included for HTML), for showing a finding in context.</summary>
    public string SourceLine(int line)
    {
        if (KeptLines is not null)
        {
            return KeptLines.GetValueOrDefault(line, string.Empty);
        }

        _sourceLines ??= SourceText.Split('\n');
        return line >= 1 && line <= _sourceLines.Length ? _sourceLines[line - 1].TrimEnd('\r') : string.Empty;
    }

    /// <summary>
    /// This document reduced to the given source lines, for holding many files' findings without their texts:
    /// <see cref="SourceLine"/> still answers for those lines; the text and map are dropped.
    /// </summary>
    public TranscriptDocument Excerpt(IEnumerable<int> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var kept = lines.Distinct().ToImmutableSortedDictionary(l => l, SourceLine);
        return this with { Text = string.Empty, SourceText = string.Empty, Map = LineMap.Identity(string.Empty), KeptLines = kept, _sourceLines = null };
    }

    /// <summary>What <see cref="SourceSpan.Line"/> counts: "paragraph" for Word documents, "line" otherwise.</summary>
    public string LineWord => Format == DocumentFormat.Docx ? "paragraph" : "line";

    public static TranscriptDocument FromText(string path, string text)
    {
        var normalized = TextDecoding.NormalizeLineEndings(text);
        return new TranscriptDocument(path, normalized, LineMap.Identity(normalized), DocumentFormat.PlainText, normalized);
    }
}
