using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking.Checks;

/// <summary>BA1001 on a figure stated twice: what restates what, and what only shares its words.</summary>
public class RestatementCheckTests
{
    // One official gives all clubs' sales by kind; another, asked of the welfare club alone, lists its own. The words
    // are the same; a figure a quarter of the first is another thing, a fifth off is the same figure misstated.
    [Theory]
    [InlineData("26.98", false)]
    [InlineData("82.46", true)]
    public void OpenMeasure_StatedMoreThanThreeTimesApart_IsTwoThings(string second, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Tang Wei:\n\nIn 2024, scratch kites sold 102.46 billion yuan, up 18.7%.\n\nXinhua:\n\nWhat does the welfare club sell? Thank you.\n\n"
            + $"Hou Rui:\n\nIn 2024, video kites sold 43.90 billion yuan, and scratch kites {second} billion yuan.").Contains(RuleIds.Restatement));

    // All criminal cases, then those of intellectual property under the same words: a rate goes with its own sentence's
    // level, and 7,900 is not 1.32 million said again, so its rate is another figure's; 1.30 million would be the same.
    [Theory]
    [InlineData("7,900", false)]
    [InlineData("1.30 million", true)]
    public void RateOfOpenMeasure_WithItsLevelNotOfOneOrder_IsAnotherFiguresRate(string level, bool fires) =>
        Assert.Equal(fires, TestPipeline.Check(
            "Tang Wei:\n\nIn 2024, courts accepted 45.8 million cases. Criminal kiln cases were 1.32 million, down 4.6%.\n\n"
            + "Xinhua:\n\nAnd intellectual property? Thank you.\n\n"
            + $"Hou Rui:\n\nIn 2024, courts accepted 526,000 intellectual property cases. Criminal kiln cases came to {level}, down 6.0%.")
            .Findings.Any(f => f.RuleId == RuleIds.Restatement && f.Message.Contains("6.0%", StringComparison.Ordinal)));
}
