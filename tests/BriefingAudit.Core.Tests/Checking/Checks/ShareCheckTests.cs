using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking.Checks;

/// <summary>BA2002 at its edge: a share of a whole stated as zero is a finding, not a crash and not silence.</summary>
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
}
