using System.Collections.Immutable;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Segmentation;

/// <summary>A document cut into paragraphs and sentences. Immutable.</summary>
public sealed record SegmentedDocument(TranscriptDocument Document, ImmutableArray<Paragraph> Paragraphs)
{
    public IEnumerable<Sentence> Sentences => Paragraphs.SelectMany(p => p.Sentences);

    /// <summary>The sentences, each at its <see cref="Sentence.Index"/>: the segmenter numbers them from 0 without gaps.</summary>
    public ImmutableArray<Sentence> SentencesByIndex() => [.. Sentences];

    public IEnumerable<Paragraph> ContentParagraphs => Paragraphs.Where(p => p.Kind is ParagraphKind.Speech or ParagraphKind.Question);
}
