using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking.Checks;

/// <summary>BA2004 on a list that leaves nothing out: the total's growth follows from the parts' levels and growth.</summary>
public class GrowthCheckTests
{
    private static string Spending(string totalGrowth, string ruralGrowth, string second = "rural residents") =>
        $"In the first half, domestic tourists spent 3.15 trillion yuan, up {totalGrowth}%. Of this, urban residents spent 2.61 trillion yuan, up 16.1%, and {second} 540 billion yuan, down {ruralGrowth}%.";

    [Theory]
    [InlineData("10.3", "11", false)]
    [InlineData("15.2", "11", true)]
    [InlineData("10.3", "1", true)]
    public void CompleteList_TotalGrowthFollowsFromTheParts(string totalGrowth, string ruralGrowth, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(Spending(totalGrowth, ruralGrowth)).Contains(RuleIds.Growth));

    [Fact]
    public void ListThatMayLeaveSomethingOut_SaysNothingAboutGrowth() =>
        Assert.DoesNotContain(RuleIds.Growth, TestPipeline.Errors(Spending("15.2", "11", second: "young people")));

    [Fact]
    public void Finding_ShowsLastYearsParts()
    {
        var finding = Assert.Single(TestPipeline.Check(Spending("15.2", "11")).Findings, f => f.RuleId == RuleIds.Growth);
        Assert.Contains("the total 3.15 trillion yuan (line 1) is said to have changed by 15.2%", finding.Message, StringComparison.Ordinal);
        Assert.Contains("last year's 540 billion yuan (line 1) = 0.54 trillion yuan / (1 − 0.11) = 0.6068 trillion yuan", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6.1", false)]
    [InlineData("16.1", true)]
    public void TotalOfTheSentencesBefore_GrowthFollowsFromTheirs(string totalGrowth, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "In the first half, during the Spring Festival holiday, there were 501 million trips, up 5.9%. During the May Day holiday, there were 314 million trips, up 6.4%. "
            + $"Taken together, the two holidays saw 815 million trips, up {totalGrowth}%.").Contains(RuleIds.Growth));
}
