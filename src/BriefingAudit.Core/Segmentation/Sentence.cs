namespace BriefingAudit.Core.Segmentation;

/// <summary>A sentence: <see cref="Start"/> indexes the document text. Immutable.</summary>
public sealed record Sentence(int Index, int ParagraphIndex, int Start, string Text)
{
    public int End => Start + Text.Length;
}
