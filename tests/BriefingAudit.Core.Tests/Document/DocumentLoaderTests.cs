using System.Text;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Tests.Document;

public class DocumentLoaderTests
{
    [Fact]
    public void CrLfAndBom_AreNormalised_ColumnsStayFileColumns()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Title\r\n\r\nExports grew 7.2%.\r\n")).ToArray();
        var doc = DocumentLoader.FromBytes("a.txt", bytes);
        Assert.DoesNotContain('\r', doc.Text);
        var offset = doc.Text.IndexOf("7.2%", StringComparison.Ordinal);
        Assert.Equal(new SourceLocation(3, 14), doc.Map.Locate(offset));
    }

    [Fact]
    public void InvalidUtf8_NamesTheByteOffset()
    {
        var ex = Assert.Throws<DocumentLoadException>(() => DocumentLoader.FromBytes("bad.txt", [0x41, 0x42, 0xC3, 0x28]));
        Assert.Contains("byte offset 2", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16WithBom_IsRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Exports grew 7.2%.")).ToArray();
        Assert.Contains("7.2%", DocumentLoader.FromBytes("u16.txt", bytes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryFile_IsRefused() =>
        Assert.Contains("binary", Assert.Throws<DocumentLoadException>(() => DocumentLoader.FromBytes("x.bin", [1, 2, 0, 4])).Reason, StringComparison.Ordinal);

    [Fact]
    public void EmptyFile_IsRefused() =>
        Assert.Equal(Messages.EmptyFile, Assert.Throws<DocumentLoadException>(() => DocumentLoader.FromText("e.txt", "  \n")).Reason);

    [Fact]
    public void MissingFile_IsRefused() =>
        Assert.Equal(Messages.FileNotFound, Assert.Throws<DocumentLoadException>(() => DocumentLoader.Load("/no/such/file.txt")).Reason);

    [Fact]
    public void Html_DropsScriptsAndNav_KeepsParagraphs_MapsToFileLines()
    {
        const string html = "<html><head><script>var x = 99;</script></head><body>\n<nav>Menu 12</nav>\n<p>Exports grew 7.2% &amp; imports fell.</p>\n<p>Second paragraph.</p>\n</body></html>";
        var doc = DocumentLoader.FromText("page.html", html);
        Assert.DoesNotContain("99", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Menu", doc.Text, StringComparison.Ordinal);
        Assert.Contains("7.2% & imports", doc.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nSecond", doc.Text, StringComparison.Ordinal);
        Assert.Equal(3, doc.Map.Locate(doc.Text.IndexOf("Exports", StringComparison.Ordinal)).Line);
        Assert.Equal(4, doc.Map.Locate(doc.Text.IndexOf("Second", StringComparison.Ordinal)).Line);
    }

    [Fact]
    public void DeeplyNestedHtml_WithinTheLimit_IsRead()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 900)) + "Exports grew 7.2%." + string.Concat(Enumerable.Repeat("</div>", 900));
        Assert.Contains("7.2%", DocumentLoader.FromText("deep.html", html).Text, StringComparison.Ordinal);
    }
}
