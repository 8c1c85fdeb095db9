using System.Globalization;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>Figures said per a counted thing ("a worker", "each") or a day over the days a sentence counts, and the total and count they divide.</summary>
public class PerUnitFiguresTests
{
    [Theory]
    [InlineData("6,000", false)]
    [InlineData("9,000", true)]
    public void BA2009_AmountEach_IsTheTotalOverTheCountOfItsSentence(string each, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In 2024 the kite relief fund paid 24.6 billion yuan to 4.1 million households, about {each} yuan each.").Contains(RuleIds.Average));

    // "They paid …, about 7,300 yuan each", "They are in 14,860 kite shops, about 6.2 kites each": what the sentence
    // does not state of the total and the count is the one of the sentence before, which its subject points back to.
    [Theory]
    [InlineData("In 2024, 1.18 million kite makers paid in, 320,000 more than the year before. They paid 8.6 billion yuan, about {0} yuan each.", "7,300", false)]
    [InlineData("In 2024, 1.18 million kite makers paid in, 320,000 more than the year before. They paid 8.6 billion yuan, about {0} yuan each.", "9,300", true)]
    [InlineData("In 2024 the number of kites reached 92,013, 1,045 more than a year earlier. They are in 14,860 kite shops, about {0} kites each.", "6.2", false)]
    [InlineData("In 2024 the number of kites reached 92,013, 1,045 more than a year earlier. They are in 14,860 kite shops, about {0} kites each.", "8.2", true)]
    public void BA2009_Each_TakesWhatItsSentenceDoesNotStateFromTheSentenceBefore(string text, string each, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, text, each)).Contains(RuleIds.Average));

    // A sentence that names its own subject ("The 214 new kite shops") does not point back: the sentence before's
    // capacity is no total of the new shops.
    [Fact]
    public void Each_InASentenceNamingItsOwnSubject_DoesNotDivideTheSentenceBefore() =>
        Assert.Empty(TestPipeline.Errors("In 2024 kite shops could hold 712.5 million kites, 1.4% more than a year ago. The 214 new kite shops hold about 46,000 kites each."));

    // Two counts in the sentence before: which the subject points back to is not said.
    [Fact]
    public void Each_AfterTwoCountsInTheSentenceBefore_DividesNeither() =>
        Assert.Empty(TestPipeline.Errors("In 2024, 1.18 million kite makers and 250,000 kite shops paid in. They paid 8.6 billion yuan, about 9,300 yuan each."));

    [Theory]
    [InlineData("a head", "15,000", false)]
    [InlineData("a head", "25,000", true)]
    [InlineData("a fair", "4 million", false)]
    [InlineData("a fair", "6 million", true)]
    public void BA2009_AmountAThing_IsTheTotalOverTheCountOfThatThing(string per, string amount, bool fires)
    {
        var text = per == "a head"
            ? $"In 2024 the kite workshops paid 37.5 billion yuan in wages to 2.5 million people, about {amount} yuan {per}."
            : $"In 2024 the 1,250 kite fairs took in 5 billion yuan, about {amount} yuan {per}.";
        Assert.Equal(fires, TestPipeline.Errors(text).Contains(RuleIds.Average));
    }

    [Theory]
    [InlineData("2.98", false)]
    [InlineData("3.98", true)]
    public void BA2009_AmountADay_IsTheTotalOverTheDaysItsSentenceCounts(string daily, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, kite output reached 540 million tonnes, up 2.0% year on year. Spread over the 181 days of the half, that is about {daily} million tonnes a day.").Contains(RuleIds.Average));

    [Fact]
    public void AmountADay_AfterTwoAmountsOfItsUnit_DividesNeither() =>
        Assert.Empty(TestPipeline.Errors("In the first half, kite mills burned 1.27 billion tonnes and other users 960 million tonnes. Across the 181 days of the half, mills used 7.0 million tonnes a day."));

    [Fact]
    public void AmountADay_AfterAList_IsNoTotalOverTheListsLastItem() =>
        Assert.Empty(TestPipeline.Errors("On the three days of the kite festival, ferries carried 4.2 million, 4.8 million and 3.9 million passengers, an average of 4.3 million passengers a day."));

    [Fact]
    public void EndOfARangeEach_IsNoAverage() =>
        Assert.Empty(TestPipeline.Errors("Last year, we checked 38,500 kite cases and returned 1.62 billion yuan to businesses, in most cases between 2,000 and 50,000 yuan each."));

    [Fact]
    public void LevelAChangeStartedFrom_IsNotTheCount() =>
        Assert.Empty(TestPipeline.Errors("Kite ferries made 245 port calls, up from 182, and took in 1.08 billion yuan, about 4.4 million yuan a call."));

    [Fact]
    public void PartOfThingsSaidBefore_IsNotTheCount() =>
        Assert.Empty(TestPipeline.Errors("In 2024 kite complaints reached 19 million. Online shops gave rise to 9.9 million of them, or 52.1%. Mediation recovered 3.8 billion yuan, an average of 200 yuan for each complaint."));

    // "each" as the subject of the figure's clause says the figure per what the sentence before counts ("There were
    // 11,236 …. On average each earned …"), and a figure "of revenue" whose paragraph states no total divides the
    // first amount of its unit in the briefing's earlier paragraphs whose measure has the word.
    [Theory]
    [InlineData("revenue", "402", false)]
    [InlineData("revenue", "602", true)]
    [InlineData("profit", "602", false)]
    public void BA2009_EachAsSubject_DividesTheTotalItNamesByWhatTheSentenceBeforeCounts(string of, string each, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "In the first half of the year, kite makers above designated size earned operating revenue of 4.52 trillion yuan, up 11.3%.\n\n"
            + $"There were 11,236 kite makers above designated size at the end of June, 418 more than a year earlier. On average each earned about {each} million yuan of {of} in the half.").Contains(RuleIds.Average));

    // "Each museum received …": all of the things, when the paragraph does not count them, are what the briefing
    // counted of them first.
    [Theory]
    [InlineData("211,000", false)]
    [InlineData("311,000", true)]
    public void BA2009_EachThing_WithNoCountInItsParagraph_IsPerTheBriefingsFirstCountOfIt(string each, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "By the end of 2024, China had 7,046 registered museums, 213 more than a year earlier.\n\n"
            + $"In 2024 museums received 1.49 billion visits, up 15.5%. Each museum received about {each} visits on average.").Contains(RuleIds.Average));

    // "7.05 million runners" bound to no measure still counts runners when its own words name them.
    [Theory]
    [InlineData("4,500", false)]
    [InlineData("6,500", true)]
    public void BA2009_ThingPer_IsPerAnEarlierCountThatNamesItWithNoMeasure(string each, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "In 2024, the 749 races held drew 7.05 million runners, and 1.21 million of them ran the full distance.\n\n"
            + $"Host cities reported 31.8 billion yuan of spending by runners in 2024, about {each} yuan per runner.").Contains(RuleIds.Average));

    // An answer's figure per series and a count another speaker gave with no period are both of the briefing's
    // reporting period, though neither has it yet when the figure is read.
    [Theory]
    [InlineData("29.5", false)]
    [InlineData("39.5", true)]
    public void BA2009_ThingPer_IsPerACountOfNoPeriodInAnotherTurn(string each, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Kite Bureau briefing\n\nLi Ming:\n\nIn 2024 kite output reached 3.2 million tonnes, up 4.1%. Kite exports came to 1.1 million tonnes in 2024.\n\n"
            + "Wang Fang:\n\nWe approved 115 kite drama series with 3,390 episodes.\n\nReporter:\n\nHow long are the series? Thank you.\n\n"
            + $"Wang Fang:\n\nThey had 3,390 episodes between them, about {each} episodes per series.").Contains(RuleIds.Average));

    // People counted are the employees a figure is per, and employees counted are the persons a figure is per; a count
    // of members is not of the workers a figure is per.
    [Theory]
    [InlineData("They employed 6.86 million people, 147,000 fewer than a year earlier. Revenue per employee was about {0} yuan.", "340,000", false)]
    [InlineData("They employed 6.86 million people, 147,000 fewer than a year earlier. Revenue per employee was about {0} yuan.", "440,000", true)]
    [InlineData("Their 6.86 million employees drew on it, about {0} yuan per person.", "340,000", false)]
    [InlineData("Their 6.86 million employees drew on it, about {0} yuan per person.", "440,000", true)]
    [InlineData("Their 6.86 million members drew on it, about {0} yuan a worker.", "440,000", false)]
    public void BA2009_PersonWords_CountTheEmployeesOrPeopleCounted(string second, string each, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "In 2024 kite makers earned revenue of 2.33 trillion yuan. " + string.Format(CultureInfo.InvariantCulture, second, each)).Contains(RuleIds.Average));

    // Of two amounts a sentence before lists, which one a figure per person divides is not said.
    [Fact]
    public void ThingPer_AfterASentenceListingTwoAmounts_DividesNeither() =>
        Assert.DoesNotContain(RuleIds.Average, TestPipeline.Errors(
            "In 2024, kite makers used 190 billion yuan to pay rent and 70 billion yuan to renovate homes. In all, 17.4 million employees drew on the fund to pay rent, 10,920 yuan per person on average."));

    // "each year", "each other" are no subject a figure is per; a figure "of" what no earlier measure names divides nothing.
    [Theory]
    [InlineData("There were 11,236 kite makers at the end of June. Each year they earned about 602 million yuan of revenue.")]
    [InlineData("There were 11,236 kite makers at the end of June. On average each earned about 602 million yuan of fees in the half.")]
    public void EachWithoutAThingOrATotal_DividesNothing(string second) =>
        Assert.DoesNotContain(RuleIds.Average, TestPipeline.Errors("In the first half of the year, kite makers earned operating revenue of 4.52 trillion yuan, up 11.3%.\n\n" + second));
}
