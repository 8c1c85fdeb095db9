using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>The growth rate and absolute change beside a level follow the level's measure, whichever stage finds it.</summary>
public class LevelCompanionsTests
{
    // The opening names no measure for the ferries' trips; the question, restating them, does.
    private const string Echoed = "Liu Wei:\n\nIn the first half, ferries across the country sent 41.2 million passenger trips, an increase of 6.8% year on year, or 2.6 million more.\n\n"
        + "Xinhua:\n\nFerries handled more than 41 million passenger trips in the first half. Why?";

    [Theory]
    [InlineData("6.8%")]
    [InlineData("2.6 million")]
    public void FigureBesideALevelNamedOnlyByItsEcho_IsOfTheLevelsMeasure(string beside)
    {
        var level = TestPipeline.Bound(Echoed, "41.2 million passenger trips");
        var figure = TestPipeline.Bound(Echoed, beside);
        Assert.NotNull(level.Measure);
        Assert.Equal((level.Measure, level.Entity, level.Period), (figure.Measure, figure.Entity, figure.Period));
    }

    // "on new kites" between the level and its rate is too much for the sentence to join them, not for the list of links.
    [Fact]
    public void RateSaidAfterWhatTheLevelWasSpentOn_IsOfTheLevelsMeasure()
    {
        const string text = "Liu Wei:\n\nIn 2024, kite clubs at all levels spent 19.4 billion yuan on new kites, up 3.8%.";
        var level = TestPipeline.Bound(text, "19.4 billion yuan");
        Assert.NotNull(level.Measure);
        Assert.Equal(level.Measure.Id, TestPipeline.Bound(text, "3.8%").Measure?.Id);
    }

    [Fact]
    public void LevelWhoseRateAloneIsEchoed_IsOfTheEchoedMeasure()
    {
        const string text = "Liu Wei:\n\nAt the end of June, the kite reserve (K2) stood at 330.29 billion yuan, up 8.3% year on year.\n\n"
            + "Xinhua:\n\nThe kite reserve (K2) grew 8.3% by the end of June. Why?";
        var claims = TestPipeline.Check(text).Claims;
        var rate = claims.First(c => c.Claim.Text == "8.3%");
        Assert.NotNull(rate.Measure);
        Assert.Equal(rate.Measure.Id, claims.Single(c => c.Claim.Text == "330.29 billion yuan").Measure?.Id);
    }

    [Fact]
    public void RateOpeningAListOfRates_StaysWithoutTheLevelsMeasure()
    {
        const string text = "Liu Wei:\n\nIn the first half, ferries across the country sent 41.2 million passenger trips, up 6.8% and 5.1%.\n\n"
            + "Xinhua:\n\nFerries handled more than 41 million passenger trips in the first half. Why?";
        Assert.NotNull(TestPipeline.Bound(text, "41.2 million passenger trips").Measure);
        Assert.Null(TestPipeline.Bound(text, "6.8%").Measure);
    }

    // The opening gives the fees and their growth; the answer restates the fees and adds how much they rose.
    private static string FeesRestated(string change) =>
        "Liu Wei:\n\nIn the first half, kite clubs collected membership fees of 48.6 billion yuan, up 12.5% year on year.\n\n"
        + "Xinhua:\n\nWhy did the fees rise so fast?\n\n"
        + $"Liu Wei:\n\nMembership fees of kite clubs came to more than 48 billion yuan, {change}.";

    [Theory]
    [InlineData("about 5.4 billion yuan more than a year earlier", "about 5.4 billion yuan")]
    [InlineData("up by nearly 5.4 billion yuan from the same period last year", "nearly 5.4 billion yuan")]
    [InlineData("though they were up by about 5.4 billion yuan", "about 5.4 billion yuan")]
    // The level's rate after the change: the change stands between the two, and is still the level's.
    [InlineData("about 5.4 billion yuan more than a year earlier, up 12.5%", "about 5.4 billion yuan")]
    // The earlier level's figure, with its comma or point, still leaves its time to be read.
    [InlineData("about 5,400 million yuan more than the 43,200 million yuan of a year earlier", "about 5,400 million yuan")]
    [InlineData("about 5.4 billion yuan more than the 43.2 billion yuan of a year earlier", "about 5.4 billion yuan")]
    public void ChangeSaidRightAfterALevel_IsOfTheLevelsMeasure(string said, string figure)
    {
        var text = FeesRestated(said);
        var level = TestPipeline.Bound(text, "more than 48 billion yuan");
        Assert.NotNull(level.Measure);
        var change = TestPipeline.Bound(text, figure);
        Assert.Equal((level.Measure, level.Entity, level.Period), (change.Measure, change.Entity, change.Period));
        Assert.Empty(TestPipeline.Errors(text));
    }

    [Fact]
    public void ChangeSaidRightAfterALevel_IsCheckedAgainstTheLevelsGrowth()
    {
        Assert.Contains(RuleIds.AbsoluteChange, TestPipeline.Errors(FeesRestated("about 9.4 billion yuan more than a year earlier")));
    }

    [Theory]
    [InlineData("about 9.4 billion yuan more than in March")]
    [InlineData("about 9.4 billion yuan more than the clubs of Asia")]
    [InlineData("about 9.4 billion yuan more than the 39.2 billion yuan of March")]
    public void ChangeFromAnotherBase_StaysApartFromTheLevel(string change)
    {
        var text = FeesRestated(change);
        Assert.Null(TestPipeline.Bound(text, "about 9.4 billion yuan").Measure);
        Assert.Empty(TestPipeline.Errors(text));
    }
}
