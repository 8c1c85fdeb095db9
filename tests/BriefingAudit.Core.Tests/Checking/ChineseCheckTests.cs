using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking;

/// <summary><c>check</c> on a Chinese transcript: the Chinese opening statement is consistent, and slips in it are found.</summary>
public class ChineseCheckTests
{
    private static string Opening => TestPipeline.Fixture("h1-2025-trade-briefing-opening.zh.txt");

    private static List<string> Errors(string text) =>
        [.. TestPipeline.Check(text).Findings.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId)];

    [Fact]
    public void OpeningStatement_IsConsistent() => Assert.Empty(TestPipeline.Check(Opening).Findings);

    [Theory]
    [InlineData("我国进出口总值超过20万亿元", "我国进出口总值20万亿元", RuleIds.Restatement)]
    [InlineData("出口13万亿元", "出口15万亿元", RuleIds.Sum)]
    [InlineData("占进出口总值的51.8%", "占进出口总值的55.8%", RuleIds.Share)]
    [InlineData("占出口总值的60%", "占出口总值的70%", RuleIds.Share)]
    [InlineData("比去年同期提升0.9个百分点", "比去年同期提升2.9个百分点", RuleIds.ShareChange)]
    public void SlipInTheOpening_IsFound(string written, string slip, string rule)
    {
        Assert.Contains(written, Opening, StringComparison.Ordinal);
        Assert.Contains(rule, Errors(Opening.Replace(written, slip, StringComparison.Ordinal)));
    }
}
