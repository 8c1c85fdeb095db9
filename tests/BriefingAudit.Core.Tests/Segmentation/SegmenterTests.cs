using BriefingAudit.Core.Document;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Tests.Segmentation;

public class SegmenterTests
{
    private static SegmentedDocument Segment(string text) => Segmenter.Segment(DocumentLoader.FromText("t.txt", text));

    [Fact]
    public void Fixture_SpeakersQuestionsAndFurniture()
    {
        var doc = Segment(TestPipeline.Fixture("h1-2025-trade-briefing.en.txt"));
        Assert.Contains(doc.Paragraphs, p => p.Kind == ParagraphKind.SpeakerLabel && p.Speaker == "Wang Lingjun");
        Assert.Contains(doc.Paragraphs, p => p.Kind == ParagraphKind.Question && p.Speaker == "Nanfang Daily, Nanfang Plus");
        Assert.All(doc.Paragraphs.Where(p => doc.Document.Text.Substring(p.Start, p.Length).StartsWith("_ueditor", StringComparison.Ordinal)), p => Assert.Equal(ParagraphKind.Furniture, p.Kind));
        Assert.All(doc.Paragraphs.Where(p => doc.Document.Text.Substring(p.Start, p.Length).StartsWith("/4", StringComparison.Ordinal)), p => Assert.Equal(ParagraphKind.Furniture, p.Kind));
        Assert.Equal(ParagraphKind.Header, doc.Paragraphs[0].Kind);
    }

    [Theory]
    [InlineData("Bilateral trade between China and the U.S. totaled 2.08 trillion yuan. Of this total, exports accounted for 1.55 trillion yuan.", 2)]
    [InlineData("Mr. Wang will answer. Thank you.", 2)]
    [InlineData("It rose 2.9% to 21.79 trillion yuan at 10 a.m. today.", 1)]
    [InlineData("Somebody said, \"One small step.\" Another said so.", 2)]
    [InlineData("Since Dec. 1 last year, tariffs fell.", 1)]
    public void Sentences_AreSplitAtRealEnds(string text, int count)
    {
        var index = 0;
        Assert.Equal(count, Segmenter.SplitSentences(text, 0, 0, ref index).Length);
    }

    [Fact]
    public void PlainArticle_WithoutSpeakers_IsAllSpeech() =>
        Assert.All(Segment("Exports grew 7.2%.\n\nImports fell 2.7%.").Paragraphs, p => Assert.Equal(ParagraphKind.Speech, p.Kind));
}
