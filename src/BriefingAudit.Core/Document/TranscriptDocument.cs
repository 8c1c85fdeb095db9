namespace BriefingAudit.Core.Document;

/// <summary>
/// A loaded input: the readable text (LF line endings, markup removed) and a map back to the file.
/// Immutable.
/// </summary>
public sealed record TranscriptDocument(string Path, string Text, LineMap Map, DocumentFormat Format, string SourceText)
{
    private string[]? _sourceLines;

    /// <summary>The file's own line (markup included for HTML), for showing a finding in context.</summary>
    public string SourceLine(int line)
    {
        _sourceLines ??= SourceText.Split('\n');
        return line >= 1 && line <= _sourceLines.Length ? _sourceLines[line - 1].TrimEnd('\r') : string.Empty;
    }

    /// <summary>What <see cref="SourceSpan.Line"/> counts: "paragraph" for Word documents, "line" otherwise.</summary>
    public string LineWord => Format == DocumentFormat.Docx ? "paragraph" : "line";

    public static TranscriptDocument FromText(string path, string text)
    {
        var normalized = TextDecoding.NormalizeLineEndings(text);
        return new TranscriptDocument(path, normalized, LineMap.Identity(normalized), DocumentFormat.PlainText, normalized);
    }
}
