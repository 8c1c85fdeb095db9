using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking.Checks;

/// <summary>BA2004 on a list that leaves nothing out: the total's growth follows from the parts' levels and growth.</summary>
public class GrowthCheckTests
{
    private static string Spending(string totalGrowth, string ruralGrowth, string second = "rural residents", string secondLevel = "540") =>
        $"In the first half, domestic tourists spent 3.15 trillion yuan, up {totalGrowth}%. Of this, urban residents spent 2.61 trillion yuan, up 16.1%, and {second} {secondLevel} billion yuan, down {ruralGrowth}%.";

    [Theory]
    [InlineData("10.3", "11", false)]
    [InlineData("15.2", "11", true)]
    [InlineData("10.3", "1", true)]
    public void CompleteList_TotalGrowthFollowsFromTheParts(string totalGrowth, string ruralGrowth, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(Spending(totalGrowth, ruralGrowth)).Contains(RuleIds.Growth));

    // Nothing says the list is complete, and its parts fall short of the total: something may be left out.
    [Fact]
    public void ListThatMayLeaveSomethingOut_SaysNothingAboutGrowth() =>
        Assert.DoesNotContain(RuleIds.Growth, TestPipeline.Errors(Spending("15.2", "11", second: "young people", secondLevel: "310")));

    /// <summary>No word says the list is complete, but its parts add up to the total, so nothing is left out.</summary>
    [Theory]
    [InlineData("10.48", "6.9", false)]
    [InlineData("10.48", "9.9", true)]
    // Parts that fall short of the total may leave a route out: their growth says nothing about the total's.
    [InlineData("11.48", "9.9", false)]
    public void ListWhosePartsAddUp_TotalGrowthFollowsFromTheParts(string total, string coastalGrowth, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            $"In the first half, ferries carried {total} million tonnes of freight, up 5.2%. By route, island ferries carried 6.31 million tonnes, up 4.1%, "
            + $"and coastal ferries 4.17 million tonnes, up {coastalGrowth}%.").Contains(RuleIds.Growth));

    [Fact]
    public void ListWhosePartsAddUp_HedgedPart_IsNotTakenForComplete() =>
        Assert.DoesNotContain(RuleIds.Growth, TestPipeline.Errors(
            "In the first half, ferries carried 10.48 million tonnes of freight, up 5.2%. By route, island ferries carried 6.31 million tonnes, up 4.1%, "
            + "and coastal ferries about 4.17 million tonnes, up 9.9%."));

    [Theory]
    // Each level's growth is the rate said beside it, before ("rose … to") or after ("…, up"), with words between.
    [InlineData("Island ferries rose 4.1% to 6.31 million tonnes, and coastal ferries carried 4.17 million tonnes in the half, up 6.9%.", false)]
    [InlineData("Island ferries rose 4.1% to 6.31 million tonnes, and coastal ferries carried 4.17 million tonnes in the half, up 9.9%.", true)]
    public void GrowthSaidBesideEachLevel_IsTheLevels(string parts, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, ferries carried 10.48 million tonnes of freight, up 5.2%. Of this, {char.ToLowerInvariant(parts[0])}{parts[1..]}").Contains(RuleIds.Growth));

    /// <summary>
    /// In a briefing counted in yuan, a rate said before the dollar level it grew to ("grew 4.1% to 88.4 billion US
    /// dollars") is a growth in dollars, as the level's own, not of the dollar level before it.
    /// </summary>
    [Theory]
    [InlineData("1.1", false)]
    [InlineData("3.1", true)]
    public void RateSaidBeforeItsLevelInASecondCurrency_IsThatLevelsGrowth(string totalGrowth, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "In the first half, kite makers earned 12.4 billion yuan, up 3.0%, kite shops 4.1 billion yuan and kite fairs 2.2 billion yuan, while kite museums took 1.1 billion yuan. "
            + $"Foreign trade came to 182.6 billion US dollars, up {totalGrowth}%. Exports grew 4.1% to 88.4 billion US dollars, while imports fell 1.6% to 94.2 billion US dollars, "
            + "leaving a deficit of 5.8 billion US dollars.")
            .Contains(RuleIds.Growth));

    [Fact]
    public void Finding_ShowsLastYearsParts()
    {
        var finding = Assert.Single(TestPipeline.Check(Spending("15.2", "11")).Findings, f => f.RuleId == RuleIds.Growth);
        Assert.Contains("domestic tourists spending, the first half of the year is said to have changed by 15.2%", finding.Message, StringComparison.Ordinal);
        Assert.Contains("last year's rural residents spending of rural areas = 0.54 trillion yuan / (1 − 0.11) = 0.6068 trillion yuan", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6.1", false)]
    [InlineData("16.1", true)]
    public void TotalOfTheSentencesBefore_GrowthFollowsFromTheirs(string totalGrowth, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "In the first half, during the Spring Festival holiday, there were 501 million trips, up 5.9%. During the May Day holiday, there were 314 million trips, up 6.4%. "
            + $"Taken together, the two holidays saw 815 million trips, up {totalGrowth}%.").Contains(RuleIds.Growth));

    /// <summary>Growth in a second currency is checked against the rates bound to that currency, not the main one's.</summary>
    [Theory]
    [InlineData("1.0", false)]
    [InlineData("6.0", true)]
    public void SumOfTheVocabularyInASecondCurrency_UsesThatCurrencysRates(string importGrowth, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "In the first half of the year, total imports and exports reached 22.4 trillion yuan, up 4.4%. Exports were 13.1 trillion yuan, up 6.6%, and imports 9.3 trillion yuan, up 1.4%. "
            + "Denominated in US dollars, total trade came to 3.12 trillion US dollars, up 3.8%, with exports of 1.83 trillion US dollars, up 5.9%, "
            + $"and imports of 1.29 trillion US dollars, up {importGrowth}%.").Contains(RuleIds.Growth));

    // The total in the sentence before its parts, or (totalLast) in the one right after them.
    private static string KiteSales(string coastalGrowth, string inland = "3.30", string coastalSentenceEnd = ".", bool totalLast = false)
    {
        const string Total = "In the first half, kite makers sold 8.40 million kites, up 5.0%.";
        var parts = $"Coastal shops sold 5.10 million kites, up {coastalGrowth}%{coastalSentenceEnd} Inland shops sold {inland} million kites, up 3.1%.";
        return totalLast ? $"The spring was windy.\n\n{parts} {Total}" : $"{Total} The spring was windy.\n\n{parts}";
    }

    /// <summary>
    /// No word marks the breakdown, but whole sentences after the total, or right before it, give amounts that add up to
    /// it, each with its growth.
    /// </summary>
    [Theory]
    [InlineData("6.3", false, false)]
    [InlineData("9.9", true, false)]
    [InlineData("6.3", false, true)]
    [InlineData("9.9", true, true)]
    public void SentencesBesideTheTotalThatAddUpToIt_TotalGrowthFollowsFromTheirs(string coastalGrowth, bool fires, bool totalLast) =>
        Assert.Equal(fires, TestPipeline.Errors(KiteSales(coastalGrowth, totalLast: totalLast)).Contains(RuleIds.Growth));

    // Amounts that fall short of the total are some of its parts at most, or other things: their growth says nothing.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SentencesBesideTheTotalThatFallShort_SayNothingAboutGrowth(bool totalLast) =>
        Assert.DoesNotContain(RuleIds.Growth, TestPipeline.Errors(KiteSales("9.9", inland: "2.30", totalLast: totalLast)));

    // A run that ends inside a sentence may pair any amounts at all; only whole sentences are taken for a list.
    [Fact]
    public void RunEndingInsideASentence_IsNotTakenForAList() =>
        Assert.DoesNotContain(RuleIds.Growth, TestPipeline.Errors(KiteSales("9.9", coastalSentenceEnd: ", and kite fairs 1.20 million kites, up 2.0%.")));
    // An amount broken down only after it is still an amount of the sentences before its breakdown.
    [Theory]
    [InlineData("6.3", false)]
    [InlineData("9.9", true)]
    public void AmountBrokenDownAfterIt_StillAddsUpWithTheSentencesBefore(string coastalGrowth, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(KiteSales(coastalGrowth) + "\n\nWithin that, river towns sold 1.30 million kites, up 2.0%. The remaining towns sold 2.00 million kites, up 3.8%.").Contains(RuleIds.Growth));

    // A quarter broken down by month is still the quarter's amount, which adds up with the other quarter's to the half.
    [Theory]
    [InlineData("7.2", false)]
    [InlineData("9.9", true)]
    public void QuarterBrokenDownByMonth_StillAddsUpWithTheOtherQuarter(string firstQuarterGrowth, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors("In the first half, kite makers sold 8.40 million kites, up 5.0%. The spring was windy.\n\n"
            + $"The first quarter sold 4.00 million kites, up {firstQuarterGrowth}%. The second quarter sold 4.40 million kites, up 3.1%. April gave 1.40 million kites, May 1.50 million and June 1.50 million.").Contains(RuleIds.Growth));
}
