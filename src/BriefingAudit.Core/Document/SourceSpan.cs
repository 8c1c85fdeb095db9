namespace BriefingAudit.Core.Document;

/// <summary>
/// A run of the document's text: <see cref="Start"/> and <see cref="Length"/> index the extracted text,
/// <see cref="Line"/> and <see cref="Column"/> (1-based) point into the file the user opened.
/// </summary>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column)
{
    public int End => Start + Length;
}
