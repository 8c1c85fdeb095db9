using BriefingAudit.Core.Binding;

namespace BriefingAudit.Core.Tests.Binding;

public class WordFormsTests
{
    [Theory]
    [InlineData("shipped", "shipping")]
    [InlineData("installed", "installation")]
    [InlineData("completed", "completion")]
    [InlineData("delivered", "delivery")]
    [InlineData("operating", "operation")]
    [InlineData("covered", "cover")]
    [InlineData("traded", "trade")]
    [InlineData("procured", "procurement")]
    [InlineData("invested", "investment")]
    public void VerbAndNounOfOneStem_AreOneWord(string a, string b)
    {
        Assert.True(WordForms.AreOneWord(a, b));
        Assert.True(WordForms.AreOneWord(b, a));
    }

    [Theory]
    [InlineData("part", "party")]
    [InlineData("count", "county")]
    [InlineData("used", "us")]
    [InlineData("export", "import")]
    [InlineData("install", "installer")]
    public void WordsThatOnlyLookAlike_AreNot(string a, string b) => Assert.False(WordForms.AreOneWord(a, b));
}
