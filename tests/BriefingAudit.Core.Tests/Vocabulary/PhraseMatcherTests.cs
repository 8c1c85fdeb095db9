using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Tests.Vocabulary;

/// <summary>The first phrase of a text is the one all its phrases start with, found without reading on.</summary>
public class PhraseMatcherTests
{
    private static readonly PhraseMatcher<string> Units = new([("tonnes", "tonnes"), ("metric tonnes", "tonnes"), ("kites", "kites"), ("yuan", "yuan")]);

    [Theory]
    [InlineData(" metric tonnes of kites and 3 yuan")]
    [InlineData(" kites, worth 9 yuan")]
    [InlineData("-tonnes kites")]
    [InlineData(" megatonnes, then yuan")]
    [InlineData(" nothing to count")]
    [InlineData("")]
    public void First_IsTheFirstOfAllMatches(string text) =>
        Assert.Equal(Units.Matches(text).FirstOrDefault(), Units.First(text));

    [Fact]
    public void First_TakesTheLongestPhraseAtItsStart()
    {
        var first = Units.First(" 12 metric tonnes and 4 tonnes");

        Assert.Equal((4, "metric tonnes"), (first!.Start, first.Text));
    }

    [Fact]
    public void First_OfATextWithNoPhrase_IsNull() =>
        Assert.Null(Units.First(" kilograms of pears"));
}
