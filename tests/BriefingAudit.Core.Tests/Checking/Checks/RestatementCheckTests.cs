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
}
