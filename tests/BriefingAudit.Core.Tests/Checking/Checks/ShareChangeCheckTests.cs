using System.Globalization;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking.Checks;

/// <summary>
/// BA2005 on a share whose part and whole are figures the text names, on measures the vocabulary does not know: last
/// year's share follows from the share and the growth said beside its part and its whole.
/// </summary>
public class ShareChangeCheckTests
{
    private static string Ferries(string change, string direction = "more") =>
        "In the first half, ferry freight reached 10.48 million tonnes, up 5.2%. By route, island ferry freight was 6.31 million tonnes, up 4.1%, "
        + $"and coastal ferry freight was 4.17 million tonnes, up 6.9%. Coastal ferry freight made up 39.8% of the total, {change} percentage point {direction} than a year earlier.";

    [Theory]
    [InlineData("0.6", "more", false)]
    [InlineData("1.6", "more", true)]
    // The part grew faster than the whole: its share cannot have fallen.
    [InlineData("0.6", "less", true)]
    public void ShareOfAListedPart_ChangeFollowsFromTheGrowthOfPartAndWhole(string change, string direction, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(Ferries(change, direction)).Contains(RuleIds.ShareChange));

    // The share ends the sentence before; the change's clause says it is of the same subject's share.
    private const string ShareOfTheSentenceBefore = "In the first half, ferries carried 10.48 million tonnes of freight, up 5.2%. By route, island ferries carried 6.31 million tonnes, up 4.1%, "
        + "and coastal ferries 4.17 million tonnes, up 6.9%, accounting for 39.8% of the total. {0} percentage point from a year earlier.";

    [Theory]
    [InlineData("Their share rose 0.6", false)]
    [InlineData("Their share rose 1.6", true)]
    [InlineData("They grew fastest, so their share rose 1.6", true)]
    // Not the share's change: a new subject, or the growth of the part.
    [InlineData("Island ferries' share rose 1.6", false)]
    [InlineData("Their growth quickened 1.6", false)]
    public void ShareChangeOpeningWithAPronoun_TakesTheShareOfTheSentenceBefore(string change, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, ShareOfTheSentenceBefore, change)).Contains(RuleIds.ShareChange));

    [Fact]
    public void Finding_ShowsLastYearsShare()
    {
        var finding = Assert.Single(TestPipeline.Check(Ferries("1.6")).Findings, f => f.RuleId == RuleIds.ShareChange);
        Assert.Contains("last year's share was 39.17%", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.6", false)]
    [InlineData("1.6", true)]
    public void ShareSaidWithTheListedPart_ChangeFollowsFromTheGrowthOfPartAndWhole(string change, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "In the first half, ferries carried 10.48 million tonnes of freight, up 5.2%. By route, island ferries carried 6.31 million tonnes, up 4.1%, "
            + $"and coastal ferries 4.17 million tonnes, up 6.9%, accounting for 39.8% of the total, {change} percentage point more than a year earlier.").Contains(RuleIds.ShareChange));

    [Fact]
    public void PartWithoutItsGrowth_SaysNothing() =>
        Assert.DoesNotContain(RuleIds.ShareChange, TestPipeline.Errors(
            "In the first half, ferry freight reached 10.48 million tonnes, up 5.2%. By route, island ferry freight was 6.31 million tonnes, up 4.1%, "
            + "and coastal ferry freight was 4.17 million tonnes. Coastal ferry freight made up 39.8% of the total, 1.6 percentage point more than a year earlier."));

    /// <summary>"… higher than in 2023" of a share stated for 2024 compares with a year earlier.</summary>
    [Theory]
    [InlineData("0.4", false)]
    [InlineData("2.4", true)]
    public void ChangeOnTheYearBeforeNamed_IsAChangeOnAYearEarlier(string change, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "In 2024, total imports and exports reached 20.13 trillion yuan, up 4.1%. "
            + $"Trade with ASEAN grew 7.2% to 3.10 trillion yuan, accounting for 15.4% of the total, {change} percentage point higher than in 2023.").Contains(RuleIds.ShareChange));
}
