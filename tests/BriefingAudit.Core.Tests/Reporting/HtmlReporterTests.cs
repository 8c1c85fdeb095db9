using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Reporting;

/// <summary>The HTML report parsed as a browser would, and queried: what an editor sees, not bytes.</summary>
public class HtmlReporterTests
{
    private const string Slip = """
        Wang Lingjun:

        In the first half of the year, China's total imports and exports rose 2.9% to 21.79 trillion yuan. Exports grew 7.2% to 13 trillion yuan, while imports fell by 2.7% to 8.79 trillion yuan.

        Reporter from Xinhua:

        How did exports to ASEAN do in the first half of the year?

        Wang Lingjun:

        In the first half of the year, China's total imports and exports reached 20 trillion yuan. <script>alert("x")</script> & "quotes"
        """;

    private static IDocument Render(params (string Path, string Text)[] files)
    {
        var outcomes = files.Select(f => FileOutcome.Checked(f.Path, TestPipeline.Default.RunText(f.Text, f.Path)));
        var report = new AuditReport([.. outcomes], TestPipeline.Default.Rules);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        Reporters.Find("html")!.Write(report, output, new ReportOptions());
        return new HtmlParser().ParseDocument(output.ToString());
    }

    private static IDocument Render(AuditReport report)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        new HtmlReporter().Write(report, output, new ReportOptions());
        return new HtmlParser().ParseDocument(output.ToString());
    }

    [Fact]
    public void Finding_IsInSummaryAndBesideItsSentence()
    {
        var page = Render(("slip.txt", Slip));
        Assert.Single(page.QuerySelectorAll($".summary [data-finding=\"{RuleIds.Restatement}\"]"));
        var inline = Assert.Single(page.QuerySelectorAll($".transcript [data-finding=\"{RuleIds.Restatement}\"]"));
        Assert.Contains("reached 20 trillion yuan", inline.PreviousElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.Equal("sentence", inline.PreviousElementSibling.ClassName);
    }

    [Fact]
    public void EveryCitedClaim_IsAnElementOfThePage()
    {
        var page = Render(("slip.txt", Slip));
        var finding = page.QuerySelector(".summary [data-finding]")!;
        var ids = finding.GetAttribute("data-claims")!.Split(' ');
        Assert.Equal(["21.79 trillion yuan", "20 trillion yuan"], ids.Select(id => page.QuerySelector($"[data-claim=\"{id}\"]")!.TextContent));
        Assert.All(ids, id => Assert.Contains("claim cited", page.QuerySelector($"[data-claim=\"{id}\"]")!.ClassName, StringComparison.Ordinal));
    }

    [Fact]
    public void Claim_ShowsWhatWasUnderstood_AndIsFocusable()
    {
        var page = Render(("slip.txt", Slip));
        var claim = page.QuerySelectorAll("[data-claim]").First(c => c.TextContent == "21.79 trillion yuan");
        Assert.Equal("0", claim.GetAttribute("tabindex"));
        var tip = page.GetElementById(claim.GetAttribute("aria-describedby")!)!;
        var facts = tip.QuerySelectorAll(".row").ToDictionary(r => r.QuerySelector(".k")!.TextContent, r => r.QuerySelector(".v")!.TextContent);
        Assert.Equal(["value", "unit", "role", "measure", "entity", "period", "qualifier", "interval"], facts.Keys);
        Assert.Equal("21.79 trillion yuan", facts["value"]);
        Assert.Equal("level", facts["role"]);
        Assert.Equal("[21.785, 21.795] trillion yuan", facts["interval"]);
    }

    [Fact]
    public void Restatement_IsAWorkedComparison()
    {
        var item = Render(("slip.txt", Slip)).QuerySelector($"li.finding[data-rule=\"{RuleIds.Restatement}\"]")!;
        Assert.Equal("20 trillion yuan", item.QuerySelector(".sum .stated")!.TextContent);
        Assert.Equal("21.79 trillion yuan", item.QuerySelector(".sum .expected")!.TextContent);
        Assert.Equal("✗", item.QuerySelector(".sum .verdict")!.TextContent);
        Assert.Equal("error", item.GetAttribute("data-severity"));
    }

    [Fact]
    public void SpeakersAndQuestions_AreStyledParagraphs()
    {
        var page = Render(("slip.txt", Slip));
        Assert.Equal(["Wang Lingjun:", "Reporter from Xinhua:", "Wang Lingjun:"], page.QuerySelectorAll(".para.speaker").Select(p => p.QuerySelector(".ln")!.NextSibling!.TextContent));
        var question = Assert.Single(page.QuerySelectorAll(".para.question"));
        Assert.Equal("Question", question.QuerySelector(".tag")!.TextContent);
        Assert.Equal("7", question.GetAttribute("data-line"));
    }

    [Fact]
    public void TranscriptMarkup_IsEscaped_NeverRun()
    {
        var page = Render(("<b>slip</b>.txt", Slip));
        Assert.Single(page.Scripts);
        Assert.Null(page.QuerySelector("main b"));
        Assert.Contains("<script>alert(\"x\")</script> & \"quotes\"", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("<b>slip</b>.txt", page.QuerySelector("h1")!.TextContent["Briefing audit: ".Length..]);
    }

    [Fact]
    public void Page_LoadsNothingFromTheNetwork()
    {
        var page = Render(("slip.txt", Slip));
        Assert.Empty(page.QuerySelectorAll("[src], link, iframe, object, embed"));
        Assert.All(page.QuerySelectorAll("[href]"), a => Assert.StartsWith("#", a.GetAttribute("href"), StringComparison.Ordinal));
        var policy = page.QuerySelector("meta[http-equiv=\"Content-Security-Policy\"]")!.GetAttribute("content")!;
        Assert.StartsWith("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("@media print", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralFiles_OneReportWithAFileList()
    {
        var page = Render(("a.txt", Slip), ("b.txt", "Exports grew 7.2% to 13 trillion yuan.\n"));
        Assert.Equal(["a.txt", "b.txt"], page.QuerySelectorAll("nav.files li a").Select(a => a.TextContent));
        Assert.Equal(["#file-1", "#file-2"], page.QuerySelectorAll("nav.files li a").Select(a => a.GetAttribute("href")));
        Assert.Equal(2, page.QuerySelectorAll("article.file").Length);
        Assert.Contains("a.txt, line 11", page.QuerySelector("li.finding .where")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FailedFile_IsListedWithItsReason()
    {
        var report = new AuditReport([FileOutcome.Checked("a.txt", TestPipeline.Default.RunText(Slip, "a.txt")), FileOutcome.Failure("gone.txt", Messages.FileNotFound)], TestPipeline.Default.Rules);
        var failed = Assert.Single(Render(report).QuerySelectorAll("nav.files li.failed"));
        Assert.EndsWith(Messages.FileNotFound, failed.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_OfferEachSeverityAndRulePresent()
    {
        var page = Render(("slip.txt", Slip));
        Assert.Equal(["severity:error", $"rule:{RuleIds.Restatement}"], page.QuerySelectorAll(".filters input").Select(i => $"{i.GetAttribute("name")}:{i.GetAttribute("value")}"));
    }

    [Fact]
    public void NoFindings_SaysSo() =>
        Assert.NotNull(Render(("ok.txt", "Exports grew 7.2% to 13 trillion yuan.\n")).QuerySelector(".summary .none"));
}
