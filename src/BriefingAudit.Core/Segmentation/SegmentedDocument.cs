using System.Collections.Immutable;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Segmentation;

/// <summary>A document cut into paragraphs and sentences. Immutable.</summary>
public sealed record SegmentedDocument(TranscriptDocument Document, ImmutableArray<Paragraph> Paragraphs)
{
    public IEnumerable<Sentence> Sentences => Paragraphs.SelectMany(p => p.Sentences);

    public IEnumerable<Paragraph> ContentParagraphs => Paragraphs.Where(p => p.Kind is ParagraphKind.Speech or ParagraphKind.Question);
}
