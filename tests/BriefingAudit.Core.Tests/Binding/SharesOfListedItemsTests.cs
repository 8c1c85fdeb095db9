using System.Globalization;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>A share opening the sentence after a list is the share of the part its words name, in the list's total.</summary>
public class SharesOfListedItemsTests
{
    private const string NamedAfter = "Of the 8,400 kites we sold last year, 2,100 were red, 3,900 were blue and 2,400 were green. Blue ones made up {0}% of the kites.";

    private const string NamedBefore = "Of the 620 million yuan raised last year, the northern lodge took 410 million yuan and the southern lodge 210 million yuan. So the northern part was {0}% of the money.";

    private const string NamedRightAfterWithAVerbBefore = "In the spring we sold 2,100 kites of silk, 3,900 kites of paper and 2,400 kites of nylon, 8,400 kites in all. Paper kites were {0}% of the kites.";

    private const string PointedAt = "Last year there were 5,000 registered boats, of which 1,200 were sailboats. That is {0}% of the boats.";

    [Theory]
    [InlineData("46.4", false)]
    [InlineData("56.4", true)]
    public void ShareNamingAPartByTheWordsAfterIt_IsCheckedAgainstTheListsTotal(string share, bool fires) =>
        Assert.Equal(fires, Fires(NamedAfter, share));

    [Theory]
    [InlineData("66.1", false)]
    [InlineData("76.1", true)]
    public void ShareNamingAPartByTheWordsBeforeIt_IsCheckedAgainstTheListsTotal(string share, bool fires) =>
        Assert.Equal(fires, Fires(NamedBefore, share));

    // "we sold" before the first part is what was done, not its name: the parts are named after their figures.
    [Theory]
    [InlineData("46.4", false)]
    [InlineData("25.0", true)]
    public void ShareNamingAPartByThePhraseRightAfterItsFigure_IsCheckedAgainstThatPart(string share, bool fires) =>
        Assert.Equal(fires, Fires(NamedRightAfterWithAVerbBefore, share));

    [Theory]
    [InlineData("24.0", false)]
    [InlineData("34.0", true)]
    public void ShareThatPointsBackAtTheOnePart_IsCheckedAgainstTheListsTotal(string share, bool fires) =>
        Assert.Equal(fires, Fires(PointedAt, share));

    [Fact]
    public void ShareOfAWholeThatMayBeLarger_IsLeftAlone() =>
        Assert.Empty(TestPipeline.Errors("Of the 8,400 kites we sold last year, 2,100 were red, 3,900 were blue and 2,400 were green. Blue ones made up 6.2% of the national total."));

    [Fact]
    public void WordThatTwoPartsShare_NamesNeither() =>
        Assert.Empty(TestPipeline.Errors("Of the 8,400 kites we sold last year, 2,100 were red kites and 6,300 were blue kites. Kites made up 56.4% of the total."));

    // "up" of "up 15.2%, and urban ones" says how the first part moved; "made up" in the share names no part with it.
    [Fact]
    public void WordOfHowAFigureMoved_NamesNoPart() =>
        Assert.DoesNotContain(RuleIds.Share, TestPipeline.Errors("In the first half, parcel lockers handled 820 million parcels, up 9.0%. Rural lockers handled 260 million parcels, up 15.2%, and urban ones 560 million, up 6.4%. They made up 31.7% of them."));

    private static bool Fires(string template, string share) =>
        TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, template, share)).Contains(RuleIds.Share);
}
