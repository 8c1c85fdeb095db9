using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>
/// Relations a sentence states between its own figures, on measures the vocabulary has no name for (ports,
/// tourism, grain), so they are read from the sentence alone.
/// </summary>
public class SentenceLinksTests
{
    private const string Ports = "In the first half of the year, container throughput was 41.2 million TEU in the first quarter, 44.6 million TEU in the second, averaging {0} million TEU a quarter.";

    [Fact]
    public void MeanAfterAList_IsTheMeanOfTheListedLevels()
    {
        var mean = TestPipeline.Bound(string.Format(null, Ports, "42.9"), "42.9 million TEU");
        Assert.Equal(["41.2 million TEU", "44.6 million TEU"], mean.Items.Select(c => c.Text));
    }

    [Fact]
    public void BA2009_MeanOfListHolds_NoFinding() => Assert.Empty(TestPipeline.Errors(string.Format(null, Ports, "42.9")));

    [Fact]
    public void BA2009_MeanOfListDiffers_Fires() => Assert.Contains(RuleIds.Average, TestPipeline.Errors(string.Format(null, Ports, "47.9")));

    [Theory]
    // The quarter's total among the months is their sum, not a fourth month.
    [InlineData("nearly 62", false)]
    [InlineData("nearly 72", true)]
    public void BA2009_TotalOfTheListedFigures_IsNoItemOfTheMean(string mean, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Passenger trips came to 60.82 million in April, 62.35 million in May and 61.94 million in June, so the second quarter as a whole reached 185.11 million, averaging {mean} million a month.").Contains(RuleIds.Average));

    [Theory]
    // The verb makes the first item a change and the rest levels; the mean is still over all three.
    [InlineData("1.05", false)]
    [InlineData("1.45", true)]
    public void BA2009_ListWhoseFirstItemCarriesTheVerb_IsAveragedWhole(string mean, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the second quarter, loans grew by 280 billion yuan in April, 620 billion yuan in May and 2.24 trillion yuan in June, an average of about {mean} trillion yuan a month.").Contains(RuleIds.Average));

    [Theory]
    // Counts as well as levels: the later items of "grew by A, B and C" read as counts, and are items all the same.
    [InlineData("6.57", false)]
    [InlineData("7.57", true)]
    public void BA2009_ListOfCountsWhoseFirstItemCarriesTheVerb_IsAveragedWhole(string mean, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Over the last three years the kite fleet grew by 5.21 million kites, 6.92 million kites and 7.58 million kites, or {mean} million kites a year on average.").Contains(RuleIds.Average));

    [Theory]
    [InlineData("4.5", false)]
    [InlineData("5.5", true)]
    public void BA2009_RateOnAverageAfterRatesOfPeriods_IsTheirMean(string mean, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Kite rentals grew 4.3% in the first quarter and 4.7% in the second, {mean}% on average.").Contains(RuleIds.Average));

    [Fact]
    public void BA2009_RateOnAverageAfterAHalfAndItsQuarters_IsNoMeanOfThem() =>
        Assert.Empty(TestPipeline.Errors("Kite rentals grew 3.0% in the first half, 4.3% in the first quarter and 4.7% in the second, 5.5% on average."));

    [Fact]
    public void BA2009_MeanGrowthRate_IsTheMeanOfTheListedRates() =>
        Assert.Contains(RuleIds.Average, TestPipeline.Errors("In the second quarter, tourist arrivals grew 6.1% in April, 5.8% in May and 6.8% in June, monthly growth averaging 8.2%."));

    /// <summary>A sentence with the consistent figure gives no error; with the wrong one in its place, the rule fires.</summary>
    [Theory]
    [InlineData(RuleIds.RateGap, "Grain purchases rose 12.6%, {0} percentage points faster than overall farm sales, which rose 3.7%.", "8.9", "5.9")]
    [InlineData(RuleIds.RateGap, "In June, the vacancy rate was 14.5%, {0} percentage point lower than in May, when it was 14.9%.", "0.4", "1.4")]
    [InlineData(RuleIds.RateGap, "By quarter, port calls grew 6.5% in the first quarter and 6.2% in the second, {0} percentage point slower.", "0.3", "1.3")]
    [InlineData(RuleIds.RateGap, "In the first half of the year, exports grew 7.2% to 13 trillion yuan, while imports fell by 2.7% to 8.79 trillion yuan.\n\nMachinery imports rose 2.3%, {0} percentage points faster than imports.\n", "5", "8")]
    [InlineData(RuleIds.RateGap, "For repairs, the ferry fund repaid 84.3% of eligible costs for owners against 68.7% for renters, a difference of {0} percentage points.", "15.6", "25.6")]
    [InlineData(RuleIds.RateGap, "Island fares rose 6.1% and coastal fares 2.3%, a gap of {0} percentage points.", "3.8", "5.8")]
    [InlineData(RuleIds.RateGap, "Ferry cargo volume rose 4.2% in the first half.\n\nIsland ferry cargo volume grew 9.4% in the first half, {0} percentage points faster than ferry cargo volume as a whole.\n", "5.2", "8.2")]
    [InlineData(RuleIds.RateGap, "In the first half, the kite services industry earned revenue of 7.06 trillion yuan, up 11.9%.\n\nKite repair services earned 101.7 billion yuan, up 6.2%, {0} percentage points slower than the industry as a whole.\n", "5.7", "7.5")]
    [InlineData(RuleIds.RateGap, "Ferry fares rose 2.3% in the first quarter and 3.1% in the second, a pickup of {0} percentage point.", "0.8", "1.8")]
    [InlineData(RuleIds.RateGap, "The berth occupancy rate was 71.2%, compared with 69.5% a year earlier, an improvement of {0} percentage points.", "1.7", "3.7")]
    [InlineData(RuleIds.RateGap, "Cargo was 12.4 million tonnes in the first quarter, up 4%, and 13.1 million tonnes in the second, up 6.5%, accelerating by {0} percentage points.", "2.5", "4.5")]
    [InlineData(RuleIds.RateGap, "The decline in ferry revenue narrowed by {0} percentage points from 8.2% in the first quarter to 3.1% in the second.", "5.1", "7.1")]
    [InlineData(RuleIds.RateGap, "At the end of June, the fleet's utilization rate stood at 81.4%, down {0} percentage point from 82.1% at the start of the year.", "0.7", "1.7")]
    [InlineData(RuleIds.RateGap, "Of the kites tested, 13,573 passed and 1,047 did not, a pass rate of 92.8%, up {0} percentage point from last year's 91.9%.", "0.9", "1.9")]
    [InlineData(RuleIds.RateGap, "The share of harbours with clean water was 37.5% in 2024, {0} percentage point higher than the 37.2% of 2023.", "0.3", "1.3")]
    [InlineData(RuleIds.RateGap, "Ferry service now reaches 94.6% of the islands, up from 94.0% at the end of last year, a gain of {0} percentage point.", "0.6", "1.6")]
    [InlineData(RuleIds.RateGap, "Ferry cargo growth accelerated by {0} percentage point to 10.3% from the 9.6% recorded in the first quarter.", "0.7", "1.7")]
    [InlineData(RuleIds.AbsoluteChange, "A total of 706,000 farming enterprises registered in 2024, an increase of {0}, or 9.5%.", "61,000", "91,000")]
    [InlineData(RuleIds.AbsoluteChange, "Average berth time was 1,550 hours, {0} hours fewer than in the same period last year, when it was 1,666 hours.", "116", "216")]
    [InlineData(RuleIds.AbsoluteChange, "By the end of June, there were 412 kite clubs in the country, {0} more than the 405 at the end of last year.", "7", "17")]
    [InlineData(RuleIds.AbsoluteChange, "Kite prices fell in 58 cities, {0} more than in May, when the figure was 51.", "7", "17")]
    [InlineData(RuleIds.AbsoluteChange, "By the end of June, 2.46 million kites were registered, {0} more kites than a year earlier, an increase of 41.4%.", "720,000", "920,000")]
    [InlineData(RuleIds.AbsoluteChange, "Kite traffic per user came to 21.27 GB in June, up 14.5% year on year, or {0} GB more.", "2.69", "4.69")]
    [InlineData(RuleIds.AbsoluteChange, "Kite clubs had 2,410 members in June, down 5%, or {0} fewer.", "127", "227")]
    [InlineData(RuleIds.AbsoluteChange, "In 2025, kite club fees rose by {0} yuan, or 4.5%, to 700 yuan per member.", "30", "50")]
    [InlineData(RuleIds.AbsoluteChange, "Kite club reserves were 3.32 billion yuan at the end of June, {0} million yuan or 1% higher than a month earlier, and 115 million yuan, or 3.6%, higher than at the end of last year.", "33", "83")]
    [InlineData(RuleIds.AbsoluteChange, "Kite club reserves were 3.32 billion yuan at the end of June, 33 million yuan or 1% higher than a month earlier, and {0} million yuan, or 3.6%, lower than at the end of last year.", "124", "215")]
    [InlineData(RuleIds.AbsoluteChange, "In 2025, kite club fees fell by {0} yuan, or 4.5%, to 700 yuan per member.", "33", "53")]
    // The level another change was measured from ("the 540 at the end of last year") is not the level a later change
    // of another time moved: 76 is 562 less the 486 of a year earlier.
    [InlineData(RuleIds.AbsoluteChange, "At the end of June there were 562 kite clubs, 22 more than the 540 at the end of last year, and {0} more than a year earlier, an increase of 15.6%.", "76", "96")]
    // A subject that only points back ("That was", "The fall narrowed by") is of the one growth rate of the sentence
    // right before, in the paragraph before too; the base is the rate its own sentence states after the gap.
    [InlineData(RuleIds.RateGap, "Kite oil output reached 1.12 million tonnes, up 8.7%. That was {0} percentage points slower than the 11.2% of 2023.\n", "2.5", "4.5")]
    [InlineData(RuleIds.RateGap, "Kite oil output reached 1.12 million tonnes, up 8.7%.\n\nThat growth was {0} percentage points slower than the 11.2% of 2023.\n", "2.5", "4.5")]
    [InlineData(RuleIds.RateGap, "Kite land supplied came to 660,000 hectares, down 11.9%. The fall narrowed by {0} percentage points, from a decline of 16.1% in the first three quarters.\n", "4.2", "6.2")]
    [InlineData(RuleIds.RateGap, "Kite cases fell 26.3% to 48,200. The fall was {0} percentage points steeper than in 2023, when the count fell 19.8%.\n", "6.5", "8.5")]
    // "a cut of", "a reduction of" name the difference of the two rates before, as "a difference of" does.
    [InlineData(RuleIds.RateGap, "The ceiling for new kite policies will be lowered from 2.5% to 2.0% on Sept 1, a cut of {0} percentage point.\n", "0.5", "1.5")]
    [InlineData(RuleIds.RateGap, "Losses in kite depots were 0.68%, against 0.95% last year, a reduction of {0} percentage point.\n", "0.27", "0.57")]
    // The figure after "from" is where the fall started: the change is the first level less the second, not a fall from it.
    [InlineData(RuleIds.AbsoluteChange, "Kite club members fell to 2.14 million from 3.02 million, {0} million fewer, a decline of 29.1%.", "0.88", "1.38")]
    public void StatedRelation_HoldsThenFires(string ruleId, string template, string consistent, string wrong)
    {
        Assert.Empty(TestPipeline.Errors(string.Format(null, template, consistent)));
        Assert.Contains(ruleId, TestPipeline.Errors(string.Format(null, template, wrong)));
    }

    // "The industry as a whole" is the whole of the rate's measure only when one open measure has the word and shares
    // another word with the rate's: not when two do (revenue and profits of the industry), nor when none shares one.
    [Theory]
    [InlineData("In the first half, the kite services industry earned revenue of 7.06 trillion yuan, up 11.9%. The kite services industry made profits of 858.1 billion yuan, up 2.0%.\n\nKite repair services earned 101.7 billion yuan, up 6.2%, 7.5 percentage points slower than the industry as a whole.\n")]
    [InlineData("In the first half, the kite services industry earned revenue of 7.06 trillion yuan, up 11.9%.\n\nBalloon repairs earned 101.7 billion yuan, up 6.2%, 7.5 percentage points slower than the industry as a whole.\n")]
    public void WholeNamedByOneWord_ThatNoOneMeasureFits_IsNoBase(string text) =>
        Assert.DoesNotContain(RuleIds.RateGap, TestPipeline.Errors(text));

    [Fact]
    public void GapBelowItsBase_IsCitedAsWritten() =>
        Assert.Contains("is said to be 7.5 percentage points (line 3) below 11.9% (line 1)", TestPipeline.Check(
            "In the first half, the kite services industry earned revenue of 7.06 trillion yuan, up 11.9%.\n\nKite repair services earned 101.7 billion yuan, up 6.2%, 7.5 percentage points slower than the industry as a whole.\n")
            .Findings.Single(f => f.RuleId == RuleIds.RateGap).Message, StringComparison.Ordinal);

    // A subject that names something ("Rural income growth") may be another rate than the one said before, and a
    // sentence before with two growth rates leaves it open which one "that" is.
    [Theory]
    [InlineData("Urban kite incomes rose 4.7%. Rural kite income growth was 0.3 percentage point slower than in the first quarter, when it reached 6.5%.\n")]
    [InlineData("Kite sales rose 4.7% and kite rentals 8.7%. That was 2.5 percentage points slower than the 11.2% of 2023.\n")]
    public void GapWhoseSubjectDoesNotPointBackAtOneRate_HasNoComparison(string text) =>
        Assert.Null(TestPipeline.Bound(text, text.Contains("0.3", StringComparison.Ordinal) ? "0.3 percentage point" : "2.5 percentage points").Comparison);

    // A growth rate with no rate before it in its sentence is "faster" than the one growth rate of the sentence before;
    // with two rates there it is left open which.
    [Theory]
    [InlineData("3.5", false)]
    [InlineData("5.5", true)]
    public void BA2003_EllipticalGapAfterTheSentenceBefore_IsAgainstItsOneRate(string gap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Kite revenue in the first quarter was 3.15 trillion yuan, up 10.0%. The second quarter brought 3.91 trillion yuan, up 13.5%, {gap} percentage points faster.\n").Contains(RuleIds.RateGap));

    [Fact]
    public void EllipticalGapAfterASentenceOfTwoRates_HasNoComparison() =>
        Assert.Null(TestPipeline.Bound("Kite sales rose 5.1% in the first quarter and 9.8% in the second. The third quarter sold 94.5 billion yuan and grew 6.2%, 3.6 percentage points slower.\n", "3.6 percentage points").Comparison);

    // A rate after a second gap ("…, when growth was 31.2%") is that gap's base; the first gap's base ("the pace of the
    // half-year") is said without a figure and is not checked against it.
    [Theory]
    [InlineData("6.6", false)]
    [InlineData("7.6", true)]
    public void RateAfterASecondGap_IsTheBaseOfThatGapOnly(string secondGap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"June's kite sales grew 24.6%, which is 3.3 percentage points below the pace of the half-year and {secondGap} percentage points slower than in May, when growth was 31.2%.").Contains(RuleIds.RateGap));

    // "Transfers overall" of "kite transfers between clubs" is not "kite transfers inside one club": the whole of the
    // rate's own head noun is its name without qualifiers, not a sibling with qualifiers of its own.
    [Fact]
    public void WholeOfTheRatesOwnHeadNoun_IsNoSiblingWithQualifiersOfItsOwn() =>
        Assert.DoesNotContain(RuleIds.RateGap, TestPipeline.Errors(
            "In the first half, kite transfers between clubs reached 5.02 million, up 13.6%, 7.7 percentage points faster than transfers overall. Kite transfers inside one club came to 12.84 million, up 3.2%.\n"));

    // "…, while" moves on to another subject: the rate before it is not the one the gap moved from 7.9% to.
    [Fact]
    public void GapFromARate_AfterTheClauseMovedOn_IsNotOfTheRateBefore() =>
        Assert.Null(TestPipeline.Bound("Ferry fares rose 2.2%, while cargo rates picked up by 0.4 percentage point from 7.9% at the end of May.", "0.4 percentage point").Comparison);

    // One word names too little: the one rate of an open measure with it may be a part ("island cargo"), not the whole.
    [Fact]
    public void GapAgainstAOneWordBase_IsNotCheckedAgainstAnOpenMeasureWithTheWord() =>
        Assert.Empty(TestPipeline.Errors("Island cargo volume rose 4.2% in the first half.\n\nFerry passengers grew 9.4% in the first half, 8.2 percentage points faster than cargo.\n"));

    [Fact]
    public void MeanWithItsOwnSubject_IsNotAMeanOfTheList() =>
        Assert.Empty(TestPipeline.Bound("Arrivals were 3.88 million visitors in July and 3.97 million visitors in August, so the third quarter averaged 4.02 million visitors a month.", "4.02 million visitors").Items);

    [Theory]
    // A change said by "more" after it is no item of a list of levels.
    [InlineData("Visitors to the parks spent 4.2 billion yuan, about 600 million yuan more, or an average of 2.4 billion yuan a quarter.", "2.4 billion yuan")]
    // Per a counted thing, the mean is a total over a count, not the mean of the amounts before it.
    [InlineData("Visitors to the parks spent 4.2 billion yuan in the first half and 4.6 billion yuan in the second, an average of 350 yuan a visit.", "350 yuan")]
    public void MeanThatIsNotTheMeanOfAWholeListOfLevels_HasNoItems(string sentence, string mean) =>
        Assert.Empty(TestPipeline.Bound(sentence, mean).Items);

    [Fact]
    public void MeanPerAStretchOfTime_AfterAListWithAChangeInIt_IsTheMeanOfTheLevels()
    {
        var mean = TestPipeline.Bound("Kite sales were 2.1 billion yuan in April, 300 million yuan more in May at 2.4 billion yuan, and 2.7 billion yuan in June, about 2.4 billion yuan a month on average.", "about 2.4 billion yuan");
        Assert.Equal(["2.1 billion yuan", "2.4 billion yuan", "2.7 billion yuan"], mean.Items.Select(c => c.Text));
    }

    [Theory]
    [InlineData("only", "30", false)]
    [InlineData("only", "60", true)]
    [InlineData("a mere", "30", false)]
    [InlineData("barely", "60", true)]
    public void BA2009_ItemAfterOnly_IsOneOfTheList(string only, string mean, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"By quarter, 38 kite shops opened in the first quarter, 27 in the second, {only} 12 in the third and 43 in the fourth, about {mean} a quarter.").Contains(RuleIds.Average));

    [Fact]
    public void BA2009_ListWithANumberNotRead_IsNotAveraged() =>
        Assert.DoesNotContain(RuleIds.Average, TestPipeline.Errors("By quarter, 38 kite shops opened in the first quarter, 27 in the second, 12-odd in the third and 43 in the fourth, about 30 a quarter."));

    [Fact]
    public void EllipticalGapAfterAnotherGap_SharesItsBase()
    {
        var gap = TestPipeline.Bound("Spending on roads grew 7.9%, 3.7 percentage points faster than total expenditure, and spending on rail grew 10.1%, 5.9 percentage points faster.", "5.9 percentage points");
        Assert.Equal("10.1%", gap.Comparison?.Rate.Text);
        Assert.Equal("budget-expenditure", gap.Comparison?.BaseMeasure?.Id);
    }

    [Theory]
    [InlineData("Island ferries carried 6.31 million tonnes, up 4.1%, while coastal ferries grew 2.2%.", "6.31 million tonnes", "4.1%")]
    [InlineData("In June, 501 million trips were made, a rise of 5.9%.", "501 million trips", "5.9%")]
    [InlineData("Island ferry revenue rose 4.1% to 2.1 billion yuan.", "2.1 billion yuan", "4.1%")]
    [InlineData("Ferry operators earned revenue of 2.1 billion yuan, representing a year-on-year decrease of 0.4%.", "2.1 billion yuan", "0.4%")]
    [InlineData("Ferry lines carried 38.13 million passengers, a jump of 28.5%.", "38.13 million passengers", "28.5%")]
    [InlineData("Profits were 387.3 billion yuan in the repair of ships, boats, ferries and harbour cranes, up 3.3%.", "387.3 billion yuan", "3.3%")]
    [InlineData("Ferries carried 82.17 million tonnes in the first quarter, up 7.8%.", "82.17 million tonnes", "7.8%")]
    // A verb of change whose subject is the level, or a word standing for it.
    [InlineData("Cable cars, 4.72 million tonnes, fell 3.4%.", "4.72 million tonnes", "3.4%")]
    [InlineData("Kite makers sold 61.3 billion yuan and grew 5.2%.", "61.3 billion yuan", "5.2%")]
    [InlineData("The third quarter brought 7.15 billion yuan and was down 2.6%.", "7.15 billion yuan", "2.6%")]
    [InlineData("The other kite makers earned 2.19 billion yuan between them, and they fell 5.3%.", "2.19 billion yuan", "5.3%")]
    [InlineData("Imports were only 3.07 million tonnes, which fell 11.4%.", "3.07 million tonnes", "11.4%")]
    [InlineData("The remaining 1.93 million tonnes, mostly sand and gravel, rose 0.8%.", "1.93 million tonnes", "0.8%")]
    // A rate of another clause's subject, or one after a semicolon, is not the level's.
    [InlineData("Island ferries carried 6.31 million tonnes, while coastal ferries grew 2.2%.", "6.31 million tonnes", null)]
    [InlineData("Island ferries carried 6.31 million tonnes, and coastal ferries grew 2.2%.", "6.31 million tonnes", null)]
    [InlineData("Island ferries carried 6.31 million tonnes and coastal freight fell 2.2%.", "6.31 million tonnes", null)]
    [InlineData("Island ferries carried 6.31 million tonnes; coastal freight was up 2.2%.", "6.31 million tonnes", null)]
    public void GrowthSaidBesideALevel_IsLinkedToIt(string sentence, string level, string? growth) =>
        Assert.Equal(growth, TestPipeline.Bound(sentence, level).Growth?.Text);

    [Fact]
    public void CountChangeStatedAfterItsGrowth_IsLinked()
    {
        var change = TestPipeline.Bound("In the first half, 30,014 tourism enterprises were registered, up 11.7% year on year, or 3,144 more than a year earlier.", "3,144");
        Assert.Equal("30,014 tourism enterprises", change.ChangeOf?.Level.Text);
        Assert.Equal("11.7%", change.ChangeOf?.Growth?.Text);
    }

    [Fact]
    public void ChangeAfterALevelTheRateBeforeItLedTo_IsLinkedToThatRate()
    {
        const string text = "Kite imports fell 5.4% to 31.6 million tonnes, {0} million tonnes less than a year earlier.";
        var change = TestPipeline.Bound(string.Format(null, text, "1.8"), "1.8 million tonnes");
        Assert.Equal("31.6 million tonnes", change.ChangeOf?.Level.Text);
        Assert.Equal("5.4%", change.ChangeOf?.Growth?.Text);
        Assert.Empty(TestPipeline.Errors(string.Format(null, text, "1.8")));
        Assert.Contains(RuleIds.AbsoluteChange, TestPipeline.Errors(string.Format(null, text, "4.8")));
    }

    [Theory]
    [InlineData("Kite sales were 2.1 billion yuan in April, 2.4 billion yuan in May and 2.7 billion yuan in June, about {0} billion yuan a month on average.")]
    [InlineData("Kite sales were 2.1 billion yuan in April, 2.4 billion yuan in May and 2.7 billion yuan in June, or about {0} billion yuan a month over the second quarter.")]
    public void AmountSaidAfterAListToBeSoMuchAMonth_IsTheMeanOfTheItems(string template)
    {
        Assert.Empty(TestPipeline.Errors(string.Format(null, template, "2.4")));
        Assert.Contains(RuleIds.Average, TestPipeline.Errors(string.Format(null, template, "3.4")));
    }

    [Theory]
    [InlineData("Kite sales were 2.1 billion yuan in April, 2.4 billion yuan in May, and the new shop added 3.4 billion yuan a month in June.")]
    [InlineData("Kite sales were 2.1 billion yuan in April and 2.4 billion yuan in May; kite rentals brought 3.4 billion yuan.")]
    public void AmountAMonthThatDoesNotFollowTheListsComma_IsNoMean(string text) =>
        Assert.DoesNotContain(RuleIds.Average, TestPipeline.Errors(text));

    [Fact]
    public void AmountAfterWordsThatFollowThanThe_IsNoEarlierLevel() =>
        Assert.Null(TestPipeline.Bound("By the end of June, there were 412 kite clubs in the country, 7 more than the north, which had 205 clubs.", "7").ChangeOf);

    [Theory]
    [InlineData("Kite clubs had 2,410 members in June, 1,200 women more active than the men.", "1,200 women")]
    [InlineData("Kite clubs had 2,410 members in June, 1,200 members more active than the rest.", "1,200 members")]
    [InlineData("Kite sales reached 2.4 billion yuan, and 1.3 billion yuan went to more distant buyers.", "1.3 billion yuan")]
    [InlineData("Kite club reserves were 3.32 billion yuan, and 33 million yuan higher-grade bonds were bought.", "33 million yuan")]
    public void AmountNotFollowedByMoreOrFewerOfItsOwn_StaysALevel(string text, string figure) =>
        Assert.NotEqual(BriefingAudit.Core.Claims.ClaimRole.AbsoluteChange, TestPipeline.Bound(text, figure).Claim.Role);

    // The average of other years the change is measured against is its base, not the level the change led to.
    [Theory]
    [InlineData("That average was 268.4 billion yuan, so this year's kite losses were 60.9 billion yuan lower, a decline of 22.7%.")]
    [InlineData("The five-year average stood at 268.4 billion yuan, and kite losses came in 60.9 billion yuan lower, down 22.7%.")]
    public void AverageOfOtherYears_IsNoLevelOfTheChange(string text) =>
        Assert.Null(TestPipeline.Bound(text, "60.9 billion yuan").ChangeOf);

    [Fact]
    public void LevelAfterAChangeThatIsNotWhatTheChangeLedTo_IsNotItsLevel() =>
        Assert.Null(TestPipeline.Bound("In 2025, kite club fees rose by 30 yuan, or 4.5%, while fees for kite schools came to 900 yuan.", "30 yuan").ChangeOf);

    // The rate a gap of a list was measured against is no rate a later gap of the list is said of.
    [Theory]
    [InlineData("0.2", false)]
    [InlineData("0.9", true)]
    public void GapAfterAGapsBase_IsOfTheRateTheListIsAbout(string gap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, kite output grew 3.7%, 1.6 percentage points slower than the economy's 5.3%, and {gap} percentage point faster than in the first quarter, when it was 3.5%.").Contains("BA2003"));

    // A figure of a quarter before a list of months is said beside the list, not in it.
    [Fact]
    public void MeanOfMonths_LeavesOutTheQuarterSaidBeforeThem() =>
        Assert.Equal(["138.2 billion yuan", "142.7 billion yuan", "151.3 billion yuan"], TestPipeline.Bound(
            "By month, kite contracts executed 349.3 billion yuan in the first quarter, then 138.2 billion yuan in April, 142.7 billion yuan in May and 151.3 billion yuan in June, an average of 144.1 billion yuan a month in the second quarter.",
            "144.1 billion yuan").Items.Select(c => c.Text));

    // "0.7 percentage point more than a year earlier" is the share's change over the year, not a gap to the rate of a
    // measure named "a year earlier" (the words an earlier sentence opened with: "A year earlier there were …").
    [Theory]
    [InlineData("than a year earlier")]
    [InlineData("than in the same period last year")]
    public void GapThanATimeAlone_IsNoComparisonWithAnotherRate(string than) =>
        Assert.DoesNotContain(RuleIds.RateGap, TestPipeline.Errors(
            "In the first half, kite farms numbered 178,600 at the end of June.\n\nTheir number fell. A year earlier there were 181,900, so 3,300 have closed, a decline of 1.8%.\n\n"
            + $"Kite feed reached 62.00 million tonnes in the first half, up 6.8%. It is 40.2% of the total, 0.7 percentage point more {than}."));

    // The earlier level the change is measured from is no new level: the decline said after it is the change's rate,
    // and the change must fit both it and the earlier level.
    [Theory]
    [InlineData("67", "13.4", false)]
    [InlineData("67", "23.4", true)]
    [InlineData("77", "13.4", true)]
    public void CountChange_WithItsEarlierLevelAndARateAfterIt_FitsBoth(string earlier, string rate, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"There were 58 kite accidents in the first half, 9 fewer than the {earlier} of a year earlier, a decline of {rate}%.").Contains(RuleIds.AbsoluteChange));

    // The level a change moved from, said after it with "from" in its own clause, or as the subject of "when".
    [Theory]
    [InlineData("At the end of 2024 the town had 1.28 million kites, a decrease of 39,000 from the {0} million at the end of 2023.", "1.319", "1.419")]
    [InlineData("Kite land stood at 1.94 billion mu at the end of the year, a net increase of 11.77 million mu from {0} billion mu a year earlier.", "1.929", "1.829")]
    [InlineData("At the end of June the kite order book stood at 232.49 million tonnes, an increase of 23.77 million from the end of last year, when it was {0} million.", "208.72", "218.72")]
    [InlineData("Pending kite cases at the end of the year came to 3.74 million, 480,000 fewer than a year earlier, when {0} million were waiting.", "4.22", "4.42")]
    public void BA2008_EarlierLevelAfterTheChange_IsWhatItIsMeasuredFrom(string text, string holds, string slips)
    {
        Assert.DoesNotContain(RuleIds.AbsoluteChange, TestPipeline.Errors(string.Format(null, text, holds)));
        Assert.Contains(RuleIds.AbsoluteChange, TestPipeline.Errors(string.Format(null, text, slips)));
    }

    // "from" in a clause of another subject is not where the change started.
    [Fact]
    public void FromInAnotherClause_IsNoEarlierLevelOfTheChange() =>
        Assert.Null(TestPipeline.Bound("Kite sales came to 2.1 million kites, an increase of 300,000 kites, and rentals rose from 1.1 million kites to 1.2 million kites.", "300,000 kites").ChangeOf?.Previous);

    [Fact]
    public void RateAfterTheEarlierLevel_IsTheChangesRate() =>
        Assert.Equal("13.4%", TestPipeline.Bound("There were 58 kite accidents in the first half, 9 fewer than the 67 of a year earlier, a decline of 13.4%.", "9").ChangeOf?.Growth?.Text);

    // A rate after the earlier level in a clause of another subject is not the change's.
    [Fact]
    public void RateOfAnotherClauseAfterTheEarlierLevel_IsNotTheChangesRate() =>
        Assert.Null(TestPipeline.Bound("There were 58 kite accidents in the first half, 9 fewer than the 67 of a year earlier, and deaths fell 16.5%.", "9").ChangeOf?.Growth);

    // A change said of the figures before taken together is the change of their sum, not of the last one's.
    [Theory]
    [InlineData("together ")]
    [InlineData("combined, ")]
    public void ChangeOfFiguresTakenTogether_IsNoChangeOfTheLast(string together) =>
        Assert.Null(TestPipeline.Bound($"In 2024, 121 kite flyers were injured and 36 were missing, {together}47 fewer than the 204 injured and missing of 2023.", "47").ChangeOf);
    // A gap whose subject names the growth is of the growth rate, not of the share said right before it.
    [Theory]
    [InlineData("0.6", false)]
    [InlineData("1.6", true)]
    public void GapOfTheGrowth_AfterAShare_IsOfTheGrowthRate(string gap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Kite club spending was 92.3 million yuan, up 1.5%. Its share is 15.6%, and its growth was {gap} percentage point faster than the 0.9% of 2023.").Contains("BA2003"));
}
