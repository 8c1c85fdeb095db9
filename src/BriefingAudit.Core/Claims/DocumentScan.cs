using System.Collections.Immutable;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// The vocabulary of every sentence that is read for figures (content paragraphs, at most
/// <see cref="ClaimExtractor.MaxSentenceLength"/> characters), by sentence index: made once per document, between
/// segmenting and extracting, and read by both the extractor and the binder. Immutable.
/// </summary>
public sealed record DocumentScan(ImmutableArray<SentenceScan?> Sentences)
{
    /// <summary>Scans a document; <paramref name="cancellation"/> is looked at before each sentence.</summary>
    public static DocumentScan Of(SegmentedDocument document, Lexicon lexicon, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.ContentParagraphs.SelectMany(p => p.Sentences).ToList();
        var scans = new SentenceScan?[sentences.Count == 0 ? 0 : sentences.Max(s => s.Index) + 1];
        foreach (var sentence in sentences)
        {
            cancellation.ThrowIfCancellationRequested();
            if (sentence.Text.Length <= ClaimExtractor.MaxSentenceLength)
            {
                scans[sentence.Index] = SentenceScan.Of(sentence.Text, lexicon);
            }
        }

        return new DocumentScan([.. scans]);
    }

    /// <summary>The scan of a sentence; null for one that is not read (too long, or outside the content paragraphs).</summary>
    public SentenceScan? For(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.Index < Sentences.Length ? Sentences[sentence.Index] : null;
    }
}
