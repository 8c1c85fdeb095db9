using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Tests.Claims;

/// <summary>Chinese phrasings of the 14 July 2025 customs briefing and of other briefings, read as claims.</summary>
public class ChineseClaimExtractorTests
{
    private static List<Claim> Claims(string sentence) => [.. TestPipeline.Check(sentence).Claims.Select(b => b.Claim)];

    private static Claim Single(string sentence, string text) => Assert.Single(Claims(sentence), c => c.Text == text);

    [Theory]
    [InlineData("今年上半年，我国货物贸易进出口总值21.79万亿元，同比增长2.9%。", "21.79万亿元", ClaimRole.Level, 21_790_000_000_000, 1)]
    [InlineData("今年上半年，我国货物贸易进出口总值21.79万亿元，同比增长2.9%。", "2.9%", ClaimRole.Change, 2.9, 1)]
    [InlineData("上半年，进口8.79万亿元，下降2.7%。", "2.7%", ClaimRole.Change, 2.7, -1)]
    [InlineData("上半年，税收收入4.93万亿元，同比减少3.5%。", "3.5%", ClaimRole.Change, 3.5, -1)]
    [InlineData("上半年，我国进出口总值超过20万亿元，创历史同期新高。", "超过20万亿元", ClaimRole.Level, 20_000_000_000_000, 1)]
    [InlineData("二季度进出口同比增长4.5%，较一季度加快3.2个百分点。", "3.2个百分点", ClaimRole.PointChange, 3.2, 1)]
    [InlineData("上半年，占进出口总值的51.8%，比去年同期提升0.9个百分点。", "51.8%", ClaimRole.Share, 51.8, 1)]
    [InlineData("上半年，占进出口总值的51.8%，比去年同期提升0.9个百分点。", "0.9个百分点", ClaimRole.PointChange, 0.9, 1)]
    [InlineData("上半年，中西部地区进出口增长11.2%，高于全国平均水平8.3个百分点。", "8.3个百分点", ClaimRole.RateGap, 8.3, 1)]
    [InlineData("上半年，出口增速回落1.5个百分点。", "1.5个百分点", ClaimRole.PointChange, 1.5, -1)]
    [InlineData("前三季度，门票收入下降2.4%，降幅比上半年收窄0.6个百分点。", "0.6个百分点", ClaimRole.PointChange, 0.6, 1)]
    [InlineData("前三季度，门票收入下降2.4%，降幅比上半年扩大0.6个百分点。", "0.6个百分点", ClaimRole.PointChange, 0.6, -1)]
    [InlineData("前三季度，门票收入增长2.4%，增幅比上半年收窄0.6个百分点。", "0.6个百分点", ClaimRole.PointChange, 0.6, -1)]
    [InlineData("上半年，高端装备增长超过两成。", "超过两成", ClaimRole.Change, 20, 1)]
    [InlineData("上半年，民营企业占我国外贸总值的比重接近六成。", "接近六成", ClaimRole.Share, 60, 1)]
    [InlineData("上半年，机械设备进口实现两位数增长。", "两位数", ClaimRole.Change, 10, 1)]
    [InlineData("上半年，外贸企业数量达到62.8万家，同期首次突破60万家，比去年同期增加4.3万家。", "62.8万家", ClaimRole.Count, 628_000, 1)]
    [InlineData("上半年，外贸企业数量达到62.8万家，同期首次突破60万家，比去年同期增加4.3万家。", "突破60万家", ClaimRole.Count, 600_000, 1)]
    [InlineData("上半年，外贸企业数量达到62.8万家，同期首次突破60万家，比去年同期增加4.3万家。", "4.3万家", ClaimRole.AbsoluteChange, 43_000, 1)]
    [InlineData("上半年，跨境电商进出口约1.32万亿元，增长5.7%。", "约1.32万亿元", ClaimRole.Level, 1_320_000_000_000, 1)]
    [InlineData("上半年，我国对非洲进出口2万亿元以上。", "2万亿元以上", ClaimRole.Level, 2_000_000_000_000, 1)]
    [InlineData("上半年，服务贸易逆差3000多亿元。", "3000多亿元", ClaimRole.Level, 300_000_000_000, 1)]
    [InlineData("上半年，进出口１２．５万亿元，增长３．４％。", "３．４％", ClaimRole.Change, 3.4, 1)]
    [InlineData("上半年，进出口１２．５万亿元，增长３．４％。", "１２．５万亿元", ClaimRole.Level, 12_500_000_000_000, 1)]
    [InlineData("上半年，出口同比增长百分之三点五。", "百分之三点五", ClaimRole.Change, 3.5, 1)]
    [InlineData("上半年，新设立外商投资企业30014家，同比增长11.7%。", "30014家", ClaimRole.Count, 30_014, 1)]
    [InlineData("今年下达全部项目清单，涉及项目1459个。", "1459个", ClaimRole.Count, 1_459, 1)]
    [InlineData("新型储能装机规模约为2020年底的30倍。", "30倍", ClaimRole.Count, 30, 1)]
    [InlineData("火电利用2985小时，比上年同期降低95小时。", "95小时", ClaimRole.AbsoluteChange, 95, -1)]
    [InlineData("核电利用5709小时，提高89小时。", "89小时", ClaimRole.AbsoluteChange, 89, 1)]
    [InlineData("在线旅游销售额增长1.5倍。", "1.5倍", ClaimRole.Count, 2.5, 1)]
    [InlineData("支持收购存量商品房项目超过800个，涉及资金约1700亿元。", "超过800个", ClaimRole.Count, 800, 1)]
    [InlineData("截至6月末，充电桩总数达320.4万个，比上年末净增28.6万个。", "320.4万个", ClaimRole.Count, 3_204_000, 1)]
    [InlineData("截至6月末，宽带用户达6.5亿户，同比增长3.1%。", "6.5亿户", ClaimRole.Count, 650_000_000, 1)]
    [InlineData("全年粮食产量13650亿斤，增加110亿斤。", "13650亿斤", ClaimRole.Count, 1_365_000_000_000, 1)]
    [InlineData("每户月均流量达18.6GB，同比增长9.2%。", "18.6GB", ClaimRole.Count, 18.6, 1)]
    [InlineData("云服务流量达3120亿GB，同比增长12.4%。", "3120亿GB", ClaimRole.Count, 312_000_000_000, 1)]
    [InlineData("两项指标分别提高3.5个和1.8个百分点。", "3.5个", ClaimRole.PointChange, 3.5, 1)]
    [InlineData("两项指标分别提高3.5个和1.8个百分点。", "1.8个百分点", ClaimRole.PointChange, 1.8, 1)]
    [InlineData("入境游客人次2.45亿，比上年同期增加0.31亿。", "2.45亿", ClaimRole.Count, 245_000_000, 1)]
    [InlineData("入境游客人次2.45亿，比上年同期增加0.31亿。", "0.31亿", ClaimRole.AbsoluteChange, 31_000_000, 1)]
    [InlineData("其中约三分之一来自民营企业。", "约三分之一", ClaimRole.Level, 33.33333333333333333333333333, 1)]
    [InlineData("大病保险覆盖11.8亿城乡居民。", "11.8亿", ClaimRole.Count, 1_180_000_000, 1)]
    [InlineData("银行发放3.2亿人民币专项贷款。", "3.2亿人民币", ClaimRole.Level, 320_000_000, 1)]
    [InlineData("养老服务惠及1.6亿城乡老年居民。", "1.6亿", ClaimRole.Count, 160_000_000, 1)]
    public void Phrasing_ReadsRoleValueAndSign(string sentence, string text, ClaimRole role, double value, int sign)
    {
        var claim = Single(sentence, text);
        Assert.Equal(role, claim.Role);
        Assert.Equal((decimal)value, claim.Quantity.Value);
        Assert.Equal(sign, claim.Sign);
    }

    [Fact]
    public void HedgeOfAMultiple_BeforeWhatItIsAMultipleOf_IsRead() =>
        Assert.Equal(QualifierEffect.About, Single("新型储能装机规模约为2020年底的30倍。", "30倍").Qualifier?.Effect);

    [Theory]
    [InlineData("超过20万亿元", QualifierEffect.Above)]
    [InlineData("突破60万家", QualifierEffect.Above)]
    [InlineData("接近六成", QualifierEffect.Nearly)]
    [InlineData("约1.32万亿元", QualifierEffect.About)]
    [InlineData("近4000亿元", QualifierEffect.Nearly)]
    [InlineData("逾5万家", QualifierEffect.Above)]
    [InlineData("2万亿元以上", QualifierEffect.Above)]
    [InlineData("1万多家", QualifierEffect.Above)]
    [InlineData("两位数", QualifierEffect.AtLeast)]
    public void Hedge_IsRead(string text, QualifierEffect effect)
    {
        var claim = Single($"上半年，进出口{text}，增长5%。", text);
        Assert.Equal(effect, claim.Qualifier?.Effect);
    }

    [Fact]
    public void ScaleWords_StandForTheirRoundingInterval()
    {
        var claim = Single("上半年，我国货物贸易进出口总值21.79万亿元。", "21.79万亿元");
        Assert.Equal(Interval.Closed(21_785_000_000_000, 21_795_000_000_000), claim.Stated);
        Assert.Equal("yuan", claim.Quantity.Unit);
        Assert.Equal("万亿", claim.Quantity.ScaleWord);
    }

    [Fact]
    public void PointsSaidOnce_AreNotPercent_ForTheFirstFigureEither()
    {
        var claim = Single("两项指标分别提高3.5个和1.8个百分点。", "3.5个");
        Assert.Equal(UnitDimension.PercentagePoints, claim.Quantity.Dimension);
    }

    [Fact]
    public void PercentagePoints_AreNotPercent()
    {
        var claim = Single("二季度进出口同比增长4.5%，较一季度加快3.2个百分点。", "3.2个百分点");
        Assert.Equal(UnitDimension.PercentagePoints, claim.Quantity.Dimension);
    }

    [Theory]
    [InlineData("主要呈现以下五个特点：一是外贸规模稳中有增。")]
    [InlineData("二季度进出口连续7个季度保持增长。")]
    [InlineData("2025年上半年进出口情况。")]
    [InlineData("第17届金砖国家领导人会晤。")]
    [InlineData("重点做好3个方面工作。")]
    [InlineData("我们召开了第3个。")]
    [InlineData("1至5月，成本下降。")]
    [InlineData("上半年，我国已成为全球第二大出口国。")]
    [InlineData("三家企业的营业收入保持增长。")]
    [InlineData("五个城市的空气质量有所改善。")]
    [InlineData("今年将减少一半以上的审批事项。")]
    [InlineData("预计带动1.2万亿消费。")]
    public void NumbersThatAreNotClaims_AreSkipped(string sentence) => Assert.Empty(Claims(sentence));
}
