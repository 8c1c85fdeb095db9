using BriefingAudit.Core.Binding;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>The Chinese opening statement of the 14 July 2025 customs briefing, bound as the English one is.</summary>
public class ChineseClaimBinderTests
{
    private static readonly Lazy<List<BoundClaim>> Opening = new(() => [.. TestPipeline.Check(TestPipeline.Fixture("h1-2025-trade-briefing-opening.zh.txt")).Claims]);

    private static BoundClaim Claim(string text) => Assert.Single(Opening.Value, b => b.Claim.Text == text);

    [Theory]
    [InlineData("21.79万亿元", "total-trade", "national", "h1")]
    [InlineData("13万亿元", "exports", "national", "h1")]
    [InlineData("2.7%", "imports", "national", "h1")]
    [InlineData("超过20万亿元", "total-trade", "national", "h1")]
    [InlineData("4.5%", "total-trade", "national", "q2")]
    [InlineData("3.2个百分点", "total-trade", "national", "q2")]
    [InlineData("11.29万亿元", "total-trade", "bri", "h1")]
    [InlineData("3.67万亿元", "total-trade", "asean", "h1")]
    [InlineData("7.8万亿元", "exports", "phrase:机电产品", "h1")]
    [InlineData("1.2个百分点", "exports", "phrase:机电产品", "h1")]
    [InlineData("62.8万家", "trading-enterprises", "national", "h1")]
    [InlineData("7.3%", "total-trade", "private-enterprises", "h1")]
    public void OpeningFigure_BindsLikeTheEnglish(string text, string measure, string entity, string period)
    {
        var bound = Claim(text);
        Assert.Equal(measure, bound.Measure?.Id);
        Assert.Equal(entity, bound.Entity.Id);
        Assert.Equal(period, bound.Period?.Id);
    }

    [Theory]
    [InlineData("51.8%", "total-trade", "national")]
    [InlineData("60%", "exports", "national")]
    [InlineData("接近六成", "total-trade", "national")]
    public void Share_TakesItsWholeFrom占(string text, string measure, string entity)
    {
        var whole = Claim(text).Whole;
        Assert.Equal(measure, whole?.Measure.Id);
        Assert.Equal(entity, whole?.Entity.Id);
    }

    [Fact]
    public void ComparedQuarter_IsTheBaseNotThePeriod() => Assert.Equal("q1", Claim("3.2个百分点").ComparedTo?.Id);

    [Theory]
    [InlineData("超过两成")]
    [InlineData("12.7%")]
    public void UnknownSubject_StaysUnbound(string text) => Assert.False(Claim(text).IsBound);
}
