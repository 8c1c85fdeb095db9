namespace BriefingAudit.Core.Tests.Checking;

/// <summary>briefing-audit-disable-next-line comments silence findings on the next line, in HTML and Markdown only.</summary>
public class SuppressionsTests
{
    private const string Consistent = "In the first half of the year, China's total imports and exports rose 2.9% to 21.79 trillion yuan.";
    private const string Slip = "In the first half of the year, China's total imports and exports reached 20 trillion yuan.";

    private static int Findings(string text, string path) => TestPipeline.Default.RunText(text, path).Findings.Length;

    [Theory]
    [InlineData("<!-- briefing-audit-disable-next-line BA1001 -->")]
    [InlineData("<!-- briefing-audit-disable-next-line -->")]
    [InlineData("<!--briefing-audit-disable-next-line BA2001, BA1001-->")]
    public void Markdown_CommentBeforeTheLine_Silences(string comment)
    {
        Assert.Equal(1, Findings($"{Consistent}\n\n{Slip}\n", "h1.md"));
        Assert.Equal(0, Findings($"{Consistent}\n\n{comment}\n{Slip}\n", "h1.md"));
    }

    [Fact]
    public void Markdown_OtherRuleId_DoesNotSilence() =>
        Assert.Equal(1, Findings($"{Consistent}\n\n<!-- briefing-audit-disable-next-line BA2002 -->\n{Slip}\n", "h1.md"));

    [Fact]
    public void Html_CommentBeforeTheLine_Silences()
    {
        const string Page = "<html><body>\n<p>{0}</p>\n{1}\n<p>{2}</p>\n</body></html>\n";
        Assert.Equal(1, Findings(string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, Consistent, string.Empty, Slip), "h1.html"));
        Assert.Equal(0, Findings(string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, Consistent, "<!-- briefing-audit-disable-next-line BA1001 -->", Slip), "h1.html"));
    }

    [Fact]
    public void PlainText_HasNoComments_NothingSilenced() =>
        Assert.Equal(1, Findings($"{Consistent}\n\n<!-- briefing-audit-disable-next-line -->\n{Slip}\n", "h1.txt"));
}
