using BriefingAudit.Core.Document;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Document;

public class DocxTranscriptReaderTests
{
    private const string Total = "In the first half of the year, China's total imports and exports rose 2.9% to 21.79 trillion yuan.";
    private const string Parts = "Exports grew 7.2% to 13 trillion yuan, while imports fell by 2.7% to 8.79 trillion yuan.";
    private const string Slip = "In the first half of the year, China's total imports and exports reached 20 trillion yuan.";

    [Fact]
    public void Paragraphs_AreReadInOrder_AsParagraphs()
    {
        var document = DocumentLoader.FromBytes("draft.docx", TestDocx.Create("Wang Lingjun:", Total, Parts));
        Assert.Equal("paragraph", document.LineWord);
        Assert.Equal($"Wang Lingjun:\n\n{Total}\n\n{Parts}\n\n", document.Text);
    }

    [Fact]
    public void Finding_PointsToParagraphNumber_EmptyParagraphsCount()
    {
        var document = DocumentLoader.FromBytes("draft.docx", TestDocx.Create(Total, Parts, string.Empty, Slip));
        var finding = Assert.Single(TestPipeline.Default.Run(document).Findings);
        Assert.Equal(RuleIds.Restatement, finding.RuleId);
        Assert.Equal(4, finding.Location.Line);
        Assert.Equal(Slip.IndexOf("20 trillion", StringComparison.Ordinal) + 1, finding.Location.Column);
        Assert.Equal(Slip, document.SourceLine(4));
    }

    [Fact]
    public void LineBreakInsideParagraph_KeepsParagraphNumber_ColumnContinues()
    {
        var document = DocumentLoader.FromBytes("draft.docx", TestDocx.Create("Title", "Wang Lingjun:\n" + Slip));
        var offset = document.Text.IndexOf("20 trillion", StringComparison.Ordinal);
        Assert.Equal(new SourceLocation(2, "Wang Lingjun:\n".Length + Slip.IndexOf("20 trillion", StringComparison.Ordinal) + 1), document.Map.Locate(offset));
    }

    [Fact]
    public void NotAZip_IsRefusedWithOneLine()
    {
        var ex = Assert.Throws<DocumentLoadException>(() => DocumentLoader.FromBytes("draft.docx", "plain text, not a Word file"u8));
        Assert.StartsWith(Messages.InvalidDocx[..Messages.InvalidDocx.IndexOf('{', StringComparison.Ordinal)], ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void InflatingPart_IsRefused_NotRead()
    {
        var bomb = TestDocx.Create(new string('7', 40 * 1024 * 1024));
        Assert.True(bomb.Length < 1024 * 1024);
        var ex = Assert.Throws<DocumentLoadException>(() => DocumentLoader.FromBytes("bomb.docx", bomb));
        Assert.StartsWith("not a readable Word document", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NoText_IsEmpty() =>
        Assert.Equal(Messages.EmptyFile, Assert.Throws<DocumentLoadException>(() => DocumentLoader.FromBytes("empty.docx", TestDocx.Create(string.Empty, " "))).Reason);
}
