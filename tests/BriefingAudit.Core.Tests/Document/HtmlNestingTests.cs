using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Tests.Document;

/// <summary>The pre-parse depth estimate: refuses absurd nesting, never a page as real pages are written.</summary>
public class HtmlNestingTests
{
    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    [Fact]
    public void NestedPastTheLimit_Exceeds() => Assert.True(HtmlNesting.Exceeds(Repeat("<div>", 1_001)));

    [Fact]
    public void NestedToTheLimit_DoesNotExceed() => Assert.False(HtmlNesting.Exceeds(Repeat("<section>", 1_000)));

    [Fact]
    public void ManyUnclosedParagraphsAndListItems_AreSiblings() =>
        Assert.False(HtmlNesting.Exceeds("<ul>" + Repeat("<li>item<p>one<p>two", 5_000) + "</ul>"));

    [Fact]
    public void EndTags_CloseWhatTheyEnclose() =>
        Assert.False(HtmlNesting.Exceeds(Repeat("<p><b><font color=red>figure</p>", 5_000)));

    [Fact]
    public void VoidAndSelfClosedElements_DoNotNest() =>
        Assert.False(HtmlNesting.Exceeds(Repeat("<br><img src=x><hr/><input><span/>", 5_000)));

    [Fact]
    public void CommentsScriptsAndAttributes_AreNotTags() =>
        Assert.False(HtmlNesting.Exceeds($"<!-- {Repeat("<div>", 5_000)} --><script>{Repeat("<div>", 5_000)}</script><a title=\"{Repeat("<div>", 5_000)}\">x</a>"));

    [Fact]
    public void UnterminatedTagsAndComments_DoNotHang()
    {
        Assert.False(HtmlNesting.Exceeds("<div class=\"open" + Repeat("<div>", 5_000)));
        Assert.False(HtmlNesting.Exceeds("<!-- never closed" + Repeat("<div>", 5_000)));
        Assert.False(HtmlNesting.Exceeds("<"));
    }
}
