using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Tests.Claims;

/// <summary>The vocabulary scan made once per document and shared by the extractor and the binder.</summary>
public class DocumentScanTests
{
    private static readonly BriefingAudit.Core.Vocabulary.Lexicon Lexicon = TestPipeline.Default.Rules.Lexicon;

    [Fact]
    public void ScansReadableSentencesOnly()
    {
        var longSentence = "Exports grew 7.2% in " + string.Concat(Enumerable.Repeat("the first half of the year and ", 80)) + "June.";
        var segmented = Segmenter.Segment(DocumentLoader.FromText("t.txt", "Exports grew 7.2% in the first half of the year.\n\n" + longSentence));
        var sentences = segmented.Sentences.ToList();
        var scan = DocumentScan.Of(segmented, Lexicon);

        var first = scan.For(sentences[0]);
        Assert.NotNull(first);
        Assert.Contains(first.Terms, t => t.Text == "Exports");
        Assert.Contains(first.Terms, t => t.Text == "the first half of the year");
        Assert.Null(scan.For(sentences[^1]));
    }

    [Fact]
    public void ExtractAndBindReadTheSameWithOrWithoutAGivenScan()
    {
        var segmented = Segmenter.Segment(DocumentLoader.FromText("t.txt", TestPipeline.Fixture("h1-2025-trade-briefing.en.txt")));
        var scan = DocumentScan.Of(segmented, Lexicon);
        var extractor = new ClaimExtractor(Lexicon);
        var binder = new ClaimBinder(Lexicon);

        var own = extractor.Extract(segmented);
        var shared = extractor.Extract(segmented, scan);
        // Records holding arrays compare by reference: compare what they print.
        Assert.Equal(own.Claims.Select(c => c.ToString()), shared.Claims.Select(c => c.ToString()));
        Assert.Equal(binder.Bind(segmented, own.Claims).Select(c => c.ToString()), binder.Bind(segmented, scan, shared.Claims).Select(c => c.ToString()));
    }
}
