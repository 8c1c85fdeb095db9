using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking.Checks;

/// <summary>BA2002 at its edges: a whole stated as zero, and a share given a sentence after the list that holds its part.</summary>
public class ShareCheckTests
{
    [Fact]
    public void BA2002_WholeStatedAsZero_FiresSayingSo()
    {
        var result = TestPipeline.Check("In the first half of the year, China's total imports and exports were 0 yuan. In the first half of the year, trade with ASEAN reached 3.67 trillion yuan, accounting for 16.8% of total foreign trade.");
        var finding = Assert.Single(result.Findings);
        Assert.Equal(RuleIds.Share, finding.RuleId);
        Assert.Contains("the whole is stated as zero (0 yuan (line 1))", finding.Message, StringComparison.Ordinal);
        Assert.Equal("16.8%", result.Claims.Single(c => c.Claim.Span == finding.Location).Claim.Text);
    }

    [Theory]
    [InlineData("73.6", false)]
    [InlineData("83.6", true)]
    public void ShareOfTheTotal_ASentenceAfterTheList_IsOfTheListedPartItNames(string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, commercial freight volume totaled 27.56 billion tonnes, up 3.9% year on year. By mode of transport, road freight was 20.29 billion tonnes, up 3.6%; railway freight was 2.57 billion tonnes, up 2.4%; and waterway freight was 4.70 billion tonnes, up 6.1%. Road freight made up {share}% of the total.").Contains(RuleIds.Share));

    [Theory]
    [InlineData("Pork", "62.4", false)]
    [InlineData("Pork", "72.4", true)]
    // "Output" is in every item's name: which part is meant is unclear.
    [InlineData("Output", "72.4", false)]
    public void ShareOfTheTotal_NamedByOneWordOfOneListedPart_IsOfThatPart(string subject, string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, meat output totaled 48.43 million tonnes, up 2.8%. By type, pork output was 30.20 million tonnes, up 1.3%; beef output was 3.61 million tonnes, up 3.6%; and mutton output was 2.29 million tonnes, down 2.5%. {subject} made up {share}% of the total.").Contains(RuleIds.Share));
}
