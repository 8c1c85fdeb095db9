using System.Globalization;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>A gap in points said with neither of its rates, which its words name among the rates given before it.</summary>
public class NamedRatesTests
{
    private const string Rates = "In the first half of the year, kite sales were 2.1 billion yuan, up 9.2%. Kite rentals came to 0.8 billion yuan, up 4.0%.\n\n";

    [Theory]
    [InlineData("5.2", false)]
    [InlineData("8.2", true)]
    public void BA2003_GapBetweenTwoNamedRates_IsCheckedAgainstThem(string gap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(Rates + $"Kite sales grew {gap} percentage points faster than kite rentals.\n").Contains(RuleIds.RateGap));

    // An earlier rate whose words hold the name too ("total imports and exports … up 8%") does not make the rates
    // just said ambiguous.
    [Theory]
    [InlineData("12.1", false)]
    [InlineData("10.1", true)]
    public void BA2003_RatesJustSaid_AreNamedBeforeEarlierOnes(string gap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors("In the first half of the year, total imports and exports of kites came to 3.89 billion yuan, up 8%.\n\n"
            + $"Exports of kites reached 1.73 billion yuan, up 15%, and imports 2.16 billion yuan, up 2.9%. Exports grew {gap} percentage points faster than imports.\n").Contains(RuleIds.RateGap));

    // The rate's own clause says only "up": the amount it is the growth of says what grew.
    [Theory]
    [InlineData("4.3", false)]
    [InlineData("6.3", true)]
    public void BA2003_RateNamedByTheAmountItIsTheGrowthOf(string gap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors("In the first half of the year, the island ferry service carried 12.4 million passengers, up 7.5%. The coastal ferry service carried 30.1 million passengers, up 3.2%.\n\n"
            + $"So the island ferry service grew {gap} percentage points faster than the coastal service.\n").Contains(RuleIds.RateGap));

    // A subject that only points back is the one rate of the sentence before.
    [Theory]
    [InlineData("Kite sales at the seaside were 1.1 billion yuan, up 9.2%. That growth is {0} percentage points faster than kite rentals.", "5.2", false)]
    [InlineData("Kite sales at the seaside were 1.1 billion yuan, up 9.2%. That growth is {0} percentage points faster than kite rentals.", "8.2", true)]
    [InlineData("Kite sales at the seaside were 1.1 billion yuan, up 9.2%. They grew {0} percentage points faster than kite rentals.", "8.2", true)]
    // Two rates in the sentence before: which one the pronoun points at is not said.
    [InlineData("Seaside kite sales grew 9.2% and seaside rentals 6.0%. They grew {0} percentage points faster than kite rentals.", "8.2", false)]
    public void BA2003_SubjectPointingBack_IsTheOneRateOfTheSentenceBefore(string sentence, string gap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(Rates + string.Format(CultureInfo.InvariantCulture, sentence, gap) + "\n").Contains(RuleIds.RateGap));

    // The rates were read out in the opening statement; the gap answers a question after it.
    [Theory]
    [InlineData("5.2", false)]
    [InlineData("8.2", true)]
    public void BA2003_RatesOfAnEarlierTurn_AreNamedToo(string gap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors("Li Ming:\n\n" + Rates + $"Xinhua:\n\nWhy did sales do better?\n\nLi Ming:\n\nKite sales grew {gap} percentage points faster than kite rentals.\n").Contains(RuleIds.RateGap));

    private const string WholeAndParts = "In the first half of the year, kite sales were 2.1 billion yuan, up 6.0%. Sales of box kites were 0.9 billion yuan, up 9.2%. Sales of delta kites were 1.2 billion yuan, up 3.9%.\n\n";

    // "as a whole", "overall", "all": the whole that the words name, which is given before its parts.
    [Theory]
    [InlineData("Box kite sales grew {0} percentage points faster than kite sales as a whole.", "3.2", false)]
    [InlineData("Box kite sales grew {0} percentage points faster than kite sales as a whole.", "6.2", true)]
    [InlineData("Delta kite sales grew {0} percentage points slower than all kite sales.", "2.1", false)]
    [InlineData("Delta kite sales grew {0} percentage points slower than all kite sales.", "4.1", true)]
    public void BA2003_GapAgainstTheWholeNamedByItsWords_IsCheckedAgainstTheWholesRate(string sentence, string gap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(WholeAndParts + string.Format(CultureInfo.InvariantCulture, sentence, gap) + "\n").Contains(RuleIds.RateGap));

    // The rate is stated before the gap, which is "better" than a base named by some of the words its rate was given with.
    [Theory]
    [InlineData("5.2", false)]
    [InlineData("8.2", true)]
    public void BA2003_StatedRateBetterThanARateNamedBySomeOfItsWords_IsCheckedAgainstIt(string gap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors("In the first half of the year, kite rentals at the seaside came to 0.8 million, up 4.0%.\n\n"
            + $"The makers sold 2.1 million kites, up 9.2%, which is {gap} percentage points better than seaside rentals.\n").Contains(RuleIds.RateGap));

    // "… faster." names no base: the gap is between the two rates the sentence before states, the subject naming one.
    [Theory]
    [InlineData("Kite sales grew {0} percentage points faster.", "5.2", false)]
    [InlineData("Kite sales grew {0} percentage points faster.", "8.2", true)]
    [InlineData("Kite rentals grew {0} percentage points slower, and they made up a third of the total.", "8.2", true)]
    public void BA2003_GapNamingNoBase_IsBetweenTheTwoRatesOfTheSentenceBefore(string sentence, string gap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors("In the first half of the year, kite sales were 2.1 billion yuan, up 9.2%, and kite rentals 0.8 billion yuan, up 4.0%. "
            + string.Format(CultureInfo.InvariantCulture, sentence, gap) + "\n").Contains(RuleIds.RateGap));

    [Theory]
    // Two different rates have the words: which one is meant is not said.
    [InlineData("In the first half of the year, kite sales in the north grew 9.2% and kite sales in the south grew 6.1%, while kite rentals grew 4.0%.\n\nKite sales grew 8.2 percentage points faster than kite rentals.\n")]
    // The rates named are of another period than the gap.
    [InlineData("In the first quarter, kite sales grew 9.2% and kite rentals grew 4.0%.\n\nIn the second quarter, kite sales grew 8.2 percentage points faster than kite rentals.\n")]
    // A pronoun says whose, but not by words of a rate.
    [InlineData("In the first half of the year, kite sales grew 9.2% and kite rentals grew 4.0%.\n\nThey grew 8.2 percentage points faster than kite rentals.\n")]
    // "box kites" names the whole's rate by some of its words, and the part said as "The rest is box kites, 0.9 billion
    // yuan": the amount after the comma is what the clause before it names, so its rate is said with those words too.
    [InlineData("In the first half of the year, sales of paper kites and box kites came to 5.3 billion yuan, up 4.1%. Delta kites brought in 2.1 billion yuan, up 1.2%.\n\nThe rest is box kites, 0.9 billion yuan, up 2.1%. Box kites grew 0.9 percentage point faster than delta kites.\n")]
    // "… faster." after three rates, or with a subject that names neither of two: which is not said.
    [InlineData("In the first half of the year, kite sales grew 9.2%, kite rentals 4.0% and kite repairs 2.0%. Kite sales grew 8.2 percentage points faster.\n")]
    [InlineData("In the first half of the year, kite sales grew 9.2% and kite rentals 4.0%. Spools grew 8.2 percentage points faster.\n")]
    public void GapWhoseWordsNameNoOneRate_IsNotChecked(string text) =>
        Assert.DoesNotContain(RuleIds.RateGap, TestPipeline.Errors(text));

    private const string TwoQuarters = "Kite sales came to 28.72 billion yuan in the first half: 12.34 billion yuan in the first quarter, up 2.8%, and 16.38 billion yuan in the second, up 9.1%. ";

    // A change between two periods, said with neither rate: the rates of those periods said just before it.
    [Theory]
    [InlineData("Growth in the second quarter was {0} percentage points faster than in the first.", "6.3", false)]
    [InlineData("Growth in the second quarter was {0} percentage points faster than in the first.", "8.3", true)]
    [InlineData("The second quarter was {0} percentage points faster.", "6.3", false)]
    [InlineData("The second quarter was {0} percentage points faster.", "8.3", true)]
    public void BA2003_ChangeBetweenTwoPeriods_IsCheckedAgainstTheirRatesSaidBefore(string sentence, string gap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(TwoQuarters + string.Format(CultureInfo.InvariantCulture, sentence, gap) + "\n").Contains(RuleIds.RateGap));

    [Theory]
    // The words before the gap name what the rates were not said with.
    [InlineData(TwoQuarters + "Rental growth in the second quarter was 8.3 percentage points faster than in the first.\n")]
    // Two rates of the first quarter: which one is meant is not said.
    [InlineData("In the first quarter kite sales grew 2.8% and kite rentals 4.0%, and in the second quarter kite sales grew 9.1%. Growth in the second quarter was 8.3 percentage points faster than in the first.\n")]
    public void ChangeBetweenPeriodsWhoseRatesAreNotSaidAsOne_IsNotChecked(string text) =>
        Assert.DoesNotContain(RuleIds.RateGap, TestPipeline.Errors(text));

    private const string Headline = "Li Ming:\n\nIn 2024, national kite procurement came to 3.31 trillion yuan, down 2.3% from 2023. Box kites came to 0.78 trillion yuan, down 6.3%.\n\n";

    // A rate tied to no measure, against "the national rate": the briefing's headline rate in the same unit, whose
    // measure the answer names ("procured", "procurement").
    [Theory]
    [InlineData("8.1", false)]
    [InlineData("6.1", true)]
    public void BA2003_GapOfAnUnboundRateAgainstTheNation_IsCheckedAgainstTheHeadline(string gap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(Headline + "Xinhua:\n\nWhich provinces procure the most?\n\nLi Ming:\n\nGuangdong procured 301.2 billion yuan. "
            + $"Then Zhejiang with 229.8 billion yuan and Sichuan with 166.9 billion yuan. Sichuan grew 5.8%, {gap} percentage points above the national rate.\n").Contains(RuleIds.RateGap));

    [Theory]
    // The first rate in the unit is another metal's, which the answer does not name: which rate is national is not said.
    [InlineData("Li Ming:\n\nRefined copper output was 7.44 million tonnes, up 9.5%. Primary aluminium came to 22.60 million tonnes, up 3.2%.\n\n"
        + "Xinhua:\n\nAnd the west?\n\nLi Ming:\n\nYunnan produced 2.95 million tonnes, up 11.2%, which was 8.0 percentage points above the national rate.\n")]
    // "than box kites nationwide" names what grew, not only the nation: it is not the headline.
    [InlineData(Headline + "Xinhua:\n\nAnd Sichuan?\n\nLi Ming:\n\nSichuan procured 166.9 billion yuan of box kites. It grew 5.8%, 12.1 percentage points above box kites nationwide.\n")]
    // "than rail nationwide" is rail's national rate (4.6%), not the headline's of all urban transport (1.6%).
    [InlineData("Li Ming:\n\nIn the first half, urban public transport carried 50.46 billion person-times, up 1.6% year on year. Rail transit carried 16.05 billion person-times, up 4.6%, and buses 18.84 billion, down 1.9%.\n\n"
        + "Xinhua:\n\nHow did Chengdu's metro do?\n\nLi Ming:\n\nChengdu's rail transit carried 1.09 billion person-times, up 7.9%, 3.3 percentage points faster than rail nationwide.\n")]
    public void GapAgainstTheNationWhoseRateIsNotSaid_IsNotChecked(string text) =>
        Assert.DoesNotContain(RuleIds.RateGap, TestPipeline.Errors(text));
}
