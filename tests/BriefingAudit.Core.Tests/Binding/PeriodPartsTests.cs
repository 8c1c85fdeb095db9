using System.Globalization;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>Amounts for periods that make up the period of the amount before them, as its complete breakdown.</summary>
public class PeriodPartsTests
{
    private const string Quarters = "Ferry revenue totaled 9.6 billion yuan in the first half, up 2%. By quarter, ferry revenue was 4.7 billion yuan in the first quarter, up 1.5%, and {0} billion yuan in the second, up 2.5%.";

    [Theory]
    [InlineData("4.9", false)]
    [InlineData("6.9", true)]
    [InlineData("3.9", true)]
    public void QuartersOfTheHalf_MustAddUpToIt(string second, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, Quarters, second)).Contains(RuleIds.Breakdown));

    [Theory]
    [InlineData("4.9", false)]
    [InlineData("6.9", true)]
    public void QuartersNamedByOneWordOfTheTotal_MustAddUpToIt(string second, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, the ferry revenue of the province totaled 9.6 billion yuan, up 2%. By quarter, revenue was 4.7 billion yuan in the first quarter, up 1.5%, and {second} billion yuan in the second, up 2.5%.").Contains(RuleIds.Breakdown));

    [Theory]
    [InlineData("4.9", false)]
    [InlineData("6.9", true)]
    public void QuartersOfTheHalf_StatedTwoSentencesLater_MustAddUpToIt(string second, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Ferry revenue totaled 9.6 billion yuan in the first half, up 2%. Fares were unchanged. By quarter, ferry revenue was 4.7 billion yuan in the first quarter, up 1.5%, and {second} billion yuan in the second, up 2.5%.").Contains(RuleIds.Breakdown));

    [Fact]
    public void AmountTwoSentencesBefore_OfAnotherMeasure_IsNoTotalOfTheQuarters() =>
        Assert.Empty(TestPipeline.Errors("Ferry revenue totaled 9.6 billion yuan in the first half, up 2%. Fares were unchanged. By quarter, harbour fee income was 4.7 billion yuan in the first quarter, up 1.5%, and 6.9 billion yuan in the second, up 2.5%."));

    [Fact]
    public void StocksAtTheEndOfPeriods_AreNoBreakdown() =>
        Assert.Empty(TestPipeline.Errors("Ferry deposits stood at 9.6 billion yuan in the first half. Deposits were 4.7 billion yuan at the end of the first quarter and 6.9 billion yuan at the end of the second."));

    [Fact]
    public void AmountsOfAnotherEntity_AreNoBreakdownOfIt() =>
        Assert.Empty(TestPipeline.Errors("In the first half, ferry revenue was 9.6 billion yuan, and revenue of island ferries was 2.1 billion yuan. By quarter, ferry revenue was 4.7 billion yuan in the first quarter and 4.9 billion yuan in the second."));

    [Theory]
    [InlineData("1.6", false)]
    [InlineData("2.3", true)]
    public void MonthsOfTheQuarter_WithTheirMeanSaid_MustStillAddUpToIt(string june, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Ferry trips reached 4.8 million in the second quarter. April saw 1.5 million trips, May 1.7 million and June {june} million, an average of 1.6 million a month.").Contains(RuleIds.Breakdown));

    [Fact]
    public void MonthlyFiguresPerDay_BesideAMean_AreNoBreakdown() =>
        Assert.Empty(TestPipeline.Errors("Ferry trips reached 4.8 million in the second quarter. Per day, April saw 1.5 million trips, May 1.7 million and June 2.3 million, an average of 1.8 million a month."));

    [Fact]
    public void TwoAmountsOfTheQuartersPeriodBeforeItsMonths_GiveNoTotal() =>
        Assert.Empty(TestPipeline.Errors("Ferry trips in the second quarter reached 6.8 million, and 5.4 million in the second as well. April saw 2.1 million trips, May 2.3 million and June 2.4 million."));
    private const string Speaker = "Li Ming:\n\n";

    [Theory]
    [InlineData("1.6", false)]
    [InlineData("2.3", true)]
    public void MonthsOpeningTheNextParagraph_MustAddUpToTheQuarterBefore(string june, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"{Speaker}Ferry trips fell in the spring. The second quarter gave 4.8 million trips, down 2%.\n\nMonth by month, April came in at 1.5 million trips, May at 1.7 million and June at {june} million.\n").Contains(RuleIds.Breakdown));

    [Fact]
    public void QuarterTotalOfTheParagraphBefore_Enlarged_IsCited() =>
        Assert.Contains(RuleIds.Breakdown, TestPipeline.Errors($"{Speaker}The second quarter gave 6.5 million trips, down 2%.\n\nMonth by month, April came in at 1.5 million trips, May at 1.7 million and June at 1.6 million.\n"));

    [Fact]
    public void AmountOfTheParagraphBefore_SmallerThanAMonth_IsNoTotalOfTheMonths() =>
        Assert.Empty(TestPipeline.Errors($"{Speaker}Ferry trips rose in the second quarter. Island ferries carried 0.9 million trips, up 2%.\n\nMonth by month, April came in at 1.5 million trips, May at 1.7 million and June at 1.6 million.\n"));

    [Fact]
    public void QuarterTotalOfAnotherTurn_IsNoTotalOfTheMonths() =>
        Assert.Empty(TestPipeline.Errors($"{Speaker}The second quarter gave 6.5 million trips, down 2%.\n\nReporter:\n\nAnd by month?\n\n{Speaker}Month by month, April came in at 1.5 million trips, May at 1.7 million and June at 1.6 million.\n"));

    // The total said after its months, as "which made" or "or" gives it.
    [Theory]
    [InlineData("New kite accounts numbered 1.57 million in January, 2.84 million in February and 3.06 million in March, which made {0} million in the first quarter.", "7.47", false)]
    [InlineData("New kite accounts numbered 1.57 million in January, 2.84 million in February and 3.06 million in March, which made {0} million in the first quarter.", "8.47", true)]
    [InlineData("Kite sales were 1.57 billion yuan in January, 2.84 billion yuan in February and 3.06 billion yuan in March, or {0} billion yuan in the first quarter.", "8.47", true)]
    [InlineData("Kite sales were 1.57 billion yuan in January, 2.84 billion yuan in February and 3.06 billion yuan in March, or {0} billion yuan in the first half.", "8.47", false)]
    public void MonthsBeforeTheirQuartersTotal_MustAddUpToIt(string sentence, string total, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, sentence, total)).Contains(RuleIds.Breakdown));
}
