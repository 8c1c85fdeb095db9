using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>Lists that leave nothing out, said in a later answer, as the breakdown of the total before them that their words name.</summary>
public class ListsOfEarlierTotalsTests
{
    // Quarters said in a later answer, in sentences of their own, of a total the opening statement gave.
    private static string QuartersInALaterAnswer(string list) =>
        $"Li Ming:\n\nIn the first half, kite revenue reached 9.6 billion yuan, up 2%. Kite exports came to 11.8 billion yuan.\n\n"
        + $"Reporter:\n\nDid revenue pick up?\n\nLi Ming:\n\n{list}\n";

    [Theory]
    [InlineData("4.9", false)]
    [InlineData("6.9", true)]
    [InlineData("3.9", true)]
    public void QuartersInALaterAnswer_MustAddUpToTheTotalTheirWordsName(string second, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(QuartersInALaterAnswer($"Revenue in the first quarter was 4.7 billion yuan, up 1.5%. The second quarter brought {second} billion yuan, up 2.5%.")).Contains(RuleIds.Breakdown));

    [Fact]
    public void QuartersInALaterAnswer_AreMarkedAsPartsOfTheTotal() =>
        Assert.Equal("9.6 billion yuan", TestPipeline.Bound(QuartersInALaterAnswer("Revenue in the first quarter was 4.7 billion yuan, up 1.5%. The second quarter brought 4.9 billion yuan, up 2.5%."), "4.9 billion yuan").PartOf?.Text);

    [Fact]
    public void QuartersInALaterAnswer_GrowingTooFast_AreCited() =>
        Assert.Contains(RuleIds.Growth, TestPipeline.Errors(QuartersInALaterAnswer("Revenue in the first quarter was 4.7 billion yuan, up 11.5%. The second quarter brought 4.96 billion yuan, up 12.5%.")));

    [Fact]
    public void QuartersNamingNoMeasure_TakeNoTotalFromAnotherAnswer() =>
        Assert.Empty(TestPipeline.Errors("Li Ming:\n\nIn the first half, kite revenue reached 9.6 billion yuan, up 2%.\n\nReporter:\n\nDid it pick up?\n\n"
            + "Li Ming:\n\nIn the first quarter it was 4.7 billion yuan, up 1.5%. The second quarter brought 6.9 billion yuan, up 2.5%.\n"));

    // "steel output" says as much of crude steel output as of finished steel output: which total is meant cannot be told.
    [Fact]
    public void QuartersNamingTwoTotalsAlike_TakeNeither() =>
        Assert.Empty(TestPipeline.Errors("Li Ming:\n\nIn the first half, crude steel output was 515.8 million tonnes. Finished steel output was 734.4 million tonnes.\n\n"
            + "Reporter:\n\nAnd by quarter?\n\nLi Ming:\n\nSteel output in the first quarter was 300.1 million tonnes. The second quarter gave 400.2 million tonnes.\n"));

    [Theory]
    [InlineData("crude steel", true)]
    [InlineData("finished steel", false)]
    public void QuartersNamingOneTotalMore_TakeIt(string named, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors("Li Ming:\n\nIn the first half, crude steel output was 515.8 million tonnes. Finished steel output was 734.4 million tonnes.\n\n"
            + $"Reporter:\n\nAnd by quarter?\n\nLi Ming:\n\nIn the first quarter, output was 334.2 million tonnes of {named}. In the second quarter, output was 400.2 million tonnes.\n").Contains(RuleIds.Breakdown));

    // January to May and April together have the days of the half, but April is counted in both.
    [Fact]
    public void PeriodsThatOverlap_AreNoPartsOfTheTotal() =>
        Assert.Empty(TestPipeline.Errors(QuartersInALaterAnswer("From January to May, revenue came to 8.4 billion yuan. April brought revenue of 1.6 billion yuan.")));

    [Fact]
    public void QuartersOfAnotherNamedFlow_AreNoPartsOfTheTotal() =>
        Assert.Empty(TestPipeline.Errors(QuartersInALaterAnswer("Net inflows of kite revenue were 4.7 billion yuan in the first quarter and rose to 6.9 billion yuan in the second.")));
}
