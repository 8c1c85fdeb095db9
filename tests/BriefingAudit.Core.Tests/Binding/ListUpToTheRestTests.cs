using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>Items in sentences of their own, up to the one that names the rest, as the whole breakdown of the amount said before them.</summary>
public class ListUpToTheRestTests
{
    private const string Speaker = "Li Ming:\n\n";

    private static string KiteImports(string rest) =>
        $"{Speaker}Kite imports were 14.7 million tonnes, up 6.4%.\n\nSpain supplied 5.3 million tonnes, up 4.0%. Peru sent 3.2 million tonnes, up 9.7%.\n\n"
        + $"Chile supplied 0.7 million tonnes. The remaining {rest} million tonnes came from a dozen other suppliers.\n";

    [Theory]
    [InlineData("5.5", false)]
    [InlineData("7.5", true)]
    [InlineData("6.5", true)]
    public void ItemsUpToTheRest_InParagraphsAfterTheTotal_MustAddUpToIt(string rest, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(KiteImports(rest)).Contains(RuleIds.Breakdown));

    [Fact]
    public void ItemsUpToTheRest_AreMarkedAsPartsOfTheTotal() =>
        Assert.Equal("14.7 million tonnes", TestPipeline.Bound(KiteImports("5.5"), "3.2 million tonnes").PartOf?.Text);

    [Theory]
    [InlineData("3.9", false)]
    [InlineData("5.9", true)]
    public void RestNamedBeforeTheSentencesFirstFigure_ClosesTheList(string rest, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"{Speaker}Kite sales came to 9.1 million kites.\n\nShops sold 5.2 million kites. Every other outlet together sold {rest} million kites.\n").Contains(RuleIds.Breakdown));

    [Theory]
    [InlineData("44.9", false)]
    [InlineData("40.9", true)]
    public void FirstFigureSaidToMakeUpTheRest_ClosesTheListBeforeIt(string rest, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Kite imports came to 81.8 million tonnes. Of them, box kites were 36.9 million tonnes. Delta kites made up the rest, {rest} million tonnes, down 15.5%.").Contains(RuleIds.Breakdown));

    // Bonds may be three items' total, or the first of four.
    [Fact]
    public void ParagraphOpeningWithOneAmountAsLargeAsTheRest_IsLeftUnread() =>
        Assert.Empty(TestPipeline.Errors($"{Speaker}Kite fund assets were 36.2 billion yuan.\n\nBonds came to 17.8 billion yuan. Deposits were 2.9 billion yuan. Other assets made up the remaining 9.9 billion yuan.\n"));

    [Fact]
    public void AmountGivenAShareAfterIt_IsNoTotalOfTheItemsAfterIt() =>
        Assert.Empty(TestPipeline.Errors($"{Speaker}Glider makers took in 319 billion yuan, down 3.6%. Their share was 25.7%.\n\nBalloon makers earned 176 billion yuan. The rest is toy makers, 208 billion yuan.\n"));

    [Fact]
    public void TheRestAlone_IsNoList() =>
        Assert.Empty(TestPipeline.Errors($"{Speaker}Kite clubs paid out 327 billion yuan.\n\nThe other payments came to 73 billion yuan.\n"));

    // The 33.2 billion yuan the paragraph ends on is the fund of another time, not the total.
    [Theory]
    [InlineData("15.9", false)]
    [InlineData("18.9", true)]
    public void AmountComparedWith_IsPassedOverForTheTotal(string deposits, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"{Speaker}The kite fund held 36.2 billion yuan, 3.0 billion yuan more than the 33.2 billion yuan of the start of the year.\n\nDeposits were {deposits} billion yuan, and other assets the remaining 20.3 billion yuan.\n").Contains(RuleIds.Breakdown));

    private static string KiteOutputAnswer(string share, string rest) =>
        $"{Speaker}In the first half, kite output was 2.46 billion tonnes, up 5.4%.\n\nReporter:\n\nWhere did the kite output come from, province by province? Thank you.\n\n"
        + $"{Speaker}Shanxi made 650.4 million tonnes, up 4.0%{share}. Hebei made 630.9 million tonnes, up 3.2%.\n\nEvery other province together made {rest} million tonnes, up 7.9%.\n";

    // The share of the national total says which amount the answer's list is of; the items, given no measure, have no
    // period yet, the rest has the first half's.
    [Theory]
    [InlineData("1,178.7", false)]
    [InlineData("1,578.7", true)]
    [InlineData("778.7", true)]
    public void AnswerUpToTheRest_WhoseItemIsGivenAShareOfAnEarlierAmount_MustAddUpToIt(string rest, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(KiteOutputAnswer(", or 26.4% of the national total", rest)).Contains(RuleIds.Breakdown));

    [Fact]
    public void AnswerUpToTheRest_IsMarkedAsPartsOfTheEarlierAmount() =>
        Assert.Equal("2.46 billion tonnes", TestPipeline.Bound(KiteOutputAnswer(", or 26.4% of the national total", "1,178.7"), "630.9 million tonnes").PartOf?.Text);

    [Fact]
    public void AnswerUpToTheRest_WithoutAShareOfAnEarlierAmount_IsLeftUnread() =>
        Assert.Empty(TestPipeline.Errors(KiteOutputAnswer(string.Empty, "778.7")));

    // The kite rentals may be another item or something else: the list is read from the item given the share.
    [Fact]
    public void AnswerUpToTheRest_WithAnAmountBeforeTheItemGivenTheShare_IsLeftUnread() =>
        Assert.Empty(TestPipeline.Errors(KiteOutputAnswer(", or 26.4% of the national total", "778.7").Replace("Shanxi made", "Kite rentals came to 75.5 million tonnes.\n\nBy province, Shanxi made", StringComparison.Ordinal)));

    [Fact]
    public void ItemsInAnotherTurn_AreNoBreakdownOfIt() =>
        Assert.Empty(TestPipeline.Errors($"{Speaker}Kite imports were 14.7 million tonnes, up 6.4%.\n\nReporter:\n\nAnd by supplier?\n\n{Speaker}Spain supplied 5.3 million tonnes. The remaining 7.5 million tonnes came from other suppliers.\n"));
}
