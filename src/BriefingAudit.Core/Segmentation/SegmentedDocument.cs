using System.Collections.Immutable;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Segmentation;

/// <summary>A document cut into paragraphs and sentences. Immutable.</summary>
public sealed record SegmentedDocument(TranscriptDocument Document, ImmutableArray<Paragraph> Paragraphs)
{
    public IEnumerable<Sentence> Sentences => Paragraphs.SelectMany(p => p.Sentences);

    /// <summary>
    /// The sentences, each at its <see cref="Sentence.Index"/>: the segmenter numbers them from 0 without gaps. Made once
    /// per document: binding asks for it sentence by sentence (NamedItemsTotal, Breakdowns).
    /// </summary>
    public ImmutableArray<Sentence> SentencesByIndex() => sentencesByIndex.IsDefault ? sentencesByIndex = [.. Sentences] : sentencesByIndex;

    // Nothing makes a document from another with "with" (a copy would keep the first one's sentences).
    private ImmutableArray<Sentence> sentencesByIndex;

    public IEnumerable<Paragraph> ContentParagraphs => Paragraphs.Where(p => p.Kind is ParagraphKind.Speech or ParagraphKind.Question);
}
