using BriefingAudit.Core.Document;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Comparison;

/// <summary>The Chinese opening statement of the 14 July 2025 briefing against its English, and one pair per mismatch.</summary>
public class TranslationComparerTests
{
    private const string Zh = "h1-2025-trade-briefing-opening.zh.txt";
    private const string En = "h1-2025-trade-briefing.en.txt";

    private static List<string> RuleIds(string source, string target) => [.. TestPipeline.Compare(source, target).Findings.Select(f => f.RuleId)];

    [Fact]
    public void OpeningStatement_OnlyFindingIsTheDroppedQualifierOn20Trillion()
    {
        var source = DocumentLoader.Load(TestPipeline.FixturePath(Zh));
        var target = new LineRange(44, 54).Apply(DocumentLoader.Load(TestPipeline.FixturePath(En)));
        var finding = Assert.Single(TestPipeline.Comparer.Compare(source, target).Findings);
        Assert.Equal((Core.Rules.RuleIds.QualifierMismatch, Severity.Error, 46), (finding.RuleId, finding.Severity, finding.Location.Line));
        Assert.Collection(
            finding.Claims,
            zh => Assert.Equal(("超过20万亿元", 9, source.Path), (zh.Text, zh.Span.Line, zh.Path)),
            en => Assert.Equal(("20 trillion yuan", 46, target.Path), (en.Text, en.Span.Line, en.Path)));
    }

    [Fact]
    public void OpeningStatement_EveryFigureIsPaired()
    {
        var source = DocumentLoader.Load(TestPipeline.FixturePath(Zh));
        var target = new LineRange(44, 54).Apply(DocumentLoader.Load(TestPipeline.FixturePath(En)));
        var pairs = TestPipeline.Comparer.Compare(source, target).Pairs;
        Assert.All(pairs, p => Assert.True(p.Source is not null && p.Target is not null, $"{p.Source?.Claim.Text ?? p.Target?.Claim.Text} is alone"));
        Assert.Contains(pairs, p => p.Source!.Claim.Text == "21.79万亿元" && p.Target!.Claim.Text == "21.79 trillion yuan");
        Assert.Contains(pairs, p => p.Source!.Claim.Text == "4.3万家" && p.Target!.Claim.Text == "43,000");
    }

    [Theory]
    [InlineData("出口13万亿元，增长7.2%。", "Exports were 31 trillion yuan, up 7.2%.", Core.Rules.RuleIds.ValueMismatch)]
    [InlineData("外贸企业62.8万家，比去年同期增加4.3万家。", "There were 628,000 foreign trade enterprises, an increase of 4,300.", Core.Rules.RuleIds.ValueMismatch)]
    [InlineData("进出口同比增长4.5%，较一季度加快3.2个百分点。", "Imports and exports grew 4.5%, 3.2% faster than in the first quarter.", Core.Rules.RuleIds.UnitMismatch)]
    [InlineData("我国进出口总值超过20万亿元。", "China's imports and exports reached 20 trillion yuan.", Core.Rules.RuleIds.QualifierMismatch)]
    [InlineData("民营企业占我国外贸总值的比重接近六成。", "Private enterprises accounted for 60% of total foreign trade.", Core.Rules.RuleIds.QualifierMismatch)]
    [InlineData("民营企业占我国外贸总值的比重接近六成。", "Private enterprises accounted for more than 60% of total foreign trade.", Core.Rules.RuleIds.QualifierMismatch)]
    [InlineData("进口8.79万亿元，下降2.7%。", "Imports rose 2.7% to 8.79 trillion yuan.", Core.Rules.RuleIds.SignMismatch)]
    [InlineData("上半年，新增装机1.13亿千瓦。", "Newly installed capacity was 113 million kilowatt-hours in the first half.", Core.Rules.RuleIds.UnitMismatch)]
    [InlineData("上半年，港口完成货物吞吐量134.6亿吨。", "Ports handled 13.46 billion TEU of cargo in the first half.", Core.Rules.RuleIds.UnitMismatch)]
    [InlineData("上半年，跨境收支1.32万亿元。", "Cross-border receipts and payments came to about 1.32 trillion yuan in the first half.", Core.Rules.RuleIds.QualifierMismatch)]
    [InlineData("在线旅游销售额增长1.5倍。", "Online travel sales rose to 1.5 times their level a year earlier.", Core.Rules.RuleIds.ValueMismatch)]
    [InlineData("出口13万亿元，增长7.2%。", "Exports were 13 trillion yuan.", Core.Rules.RuleIds.MissingFigure)]
    [InlineData("出口13万亿元。", "Exports were 13 trillion yuan, up 7.2%.", Core.Rules.RuleIds.ExtraFigure)]
    [InlineData("其中约三分之一用于报废更新。", "About a quarter of them were for scrapping.", Core.Rules.RuleIds.ValueMismatch)]
    [InlineData("其中约三分之一用于报废更新。", "A third of them were for scrapping.", Core.Rules.RuleIds.QualifierMismatch)]
    [InlineData("两项指标分别提高3.5个和1.8个百分点。", "The two ratios rose by 3.5% and 1.8 percentage points respectively.", Core.Rules.RuleIds.UnitMismatch)]
    [InlineData("全国粮食作物单产每亩399.6公斤。", "Grain yield was 399.6 kilograms per hectare.", Core.Rules.RuleIds.UnitMismatch)]
    [InlineData("居民人均可支配收入21840元。", "Disposable income was 21,840 yuan per household.", Core.Rules.RuleIds.UnitMismatch)]
    [InlineData("民航完成运输总周转量1370.6亿吨公里。", "Civil aviation's total transport turnover reached 137.06 billion tonnes.", Core.Rules.RuleIds.UnitMismatch)]
    [InlineData("出口均价每公斤3.86美元。", "The average export price was 3.86 US dollars per tonne.", Core.Rules.RuleIds.UnitMismatch)]
    [InlineData("购买谈判药品的患者达1260万人次，同比增长1.8倍。", "Patients bought negotiated drugs 12.6 million times, up 80 percent year on year.", Core.Rules.RuleIds.ValueMismatch)]
    [InlineData("全国共发生森林火灾92起。", "There were 95 forest fires in China.", Core.Rules.RuleIds.ValueMismatch)]
    [InlineData("规模以上工业集成电路产量3892.6亿块。", "Industrial enterprises produced 389.26 billion integrated circuits and 41.28 billion in October.", Core.Rules.RuleIds.ExtraFigure)]
    public void Mismatch_IsReported(string source, string target, string rule) => Assert.Equal([rule], RuleIds(source, target));

    [Theory]
    [InlineData("上半年，我国货物贸易进出口总值21.79万亿元，同比增长2.9%。", "In the first half of the year, foreign trade jumped 2.9% year on year to 21.79 trillion yuan.")]
    [InlineData("上半年，机械设备进口实现两位数增长。", "Imports of machinery and equipment grew at double-digit rates.")]
    [InlineData("上半年，服务进出口总额38872.6亿元。", "Trade in services reached 3.89 trillion yuan.")]
    [InlineData("上半年，高端装备增长超过两成。", "High-end equipment grew by more than 20%.")]
    [InlineData("上半年，我国对非洲进出口超过1900亿元。", "Trade with Africa exceeded 190 billion yuan.")]
    [InlineData("上半年，景区接待游客3.3亿人次。", "Scenic spots received 330 million visits in the first half.")]
    [InlineData("已下达全部项目清单，涉及项目1459个。", "The full project list, covering 1,459 projects, has been released.")]
    [InlineData("新型储能装机规模约为2020年底的30倍。", "New-type energy storage capacity is roughly thirty times the level at the end of 2020.")]
    [InlineData("在线旅游销售额增长1.5倍。", "Online travel sales rose to 2.5 times their level a year earlier.")]
    [InlineData("上半年，以旧换新带动销售家电1.3亿台。", "The trade-in programme sold 130 million household appliances in the first half.")]
    [InlineData("上半年，港口完成货物吞吐量134.6亿吨。", "Ports handled nearly 13.5 billion tonnes of cargo in the first half.")]
    [InlineData("上半年，跨境收支53.6万亿元。", "Cross-border receipts and payments came to about 54 trillion yuan in the first half.")]
    [InlineData("申请量超过520万份，其中约三分之一用于报废更新。", "Applications exceeded 5.2 million, about one third of them for scrapping.")]
    [InlineData("千兆用户1.9亿户，占总用户数的31.6%。", "Gigabit users numbered 190 million, nearly a third of the total.")]
    [InlineData("新兴业务收入占比提高到四分之一。", "Emerging businesses rose to a quarter of revenue in the first half of the year.")]
    [InlineData("月户均流量达18.6GB。", "Average monthly traffic per user reached 18.6 GB.")]
    [InlineData("入境游客人次2.45亿，比上年同期增加0.31亿。", "Inbound visits totaled 245 million, 31 million more than a year earlier.")]
    [InlineData("三家企业的宽带用户达5.9亿户。", "The three operators had 590 million broadband subscribers.")]
    [InlineData("两项指标分别提高3.5个和1.8个百分点。", "The two ratios rose by 3.5 and 1.8 percentage points respectively.")]
    [InlineData("养老服务惠及1.6亿城乡老年居民。", "Elderly care services benefited 160 million urban and rural elderly residents.")]
    [InlineData("全国粮食作物单产每亩399.6公斤。", "Grain yield was 399.6 kilograms per mu.")]
    [InlineData("居民人均可支配收入21840元。", "Per capita disposable income was 21,840 yuan.")]
    [InlineData("居民人均可支配收入21840元。", "Disposable income came to 21,840 yuan a person.")]
    [InlineData("全国实施水利项目4.2万个，新开工重大水利工程41项。", "A total of 42,000 water projects were under way, and construction began on 41 major water projects.")]
    [InlineData("完成飞机起降1050万架次。国际客运航班每周执行7200班。", "Airports handled 10.5 million aircraft movements. 7,200 international passenger flights were operated each week.")]
    [InlineData("2025版目录新增药品114种，其中创新药50种。大熊猫野外种群数量增至近1900只。", "The 2025 list added 114 drugs, 50 of them innovative. The wild giant panda population has grown to nearly 1,900.")]
    [InlineData("全国已设立5个国家公园。年旅客吞吐量1000万人次以上的机场达到40个。", "China has set up five national parks. Forty airports handled more than 10 million passengers a year.")]
    [InlineData("发生草原火灾13起，同比减少7起。", "There were 13 grassland fires, seven fewer than a year earlier.")]
    [InlineData("林下经济产值比2020年增长1.5倍。", "The output value of the under-forest economy was 150 percent higher than in 2020.")]
    [InlineData("林下经济产值比2020年增长1.5倍。", "The output value of the under-forest economy rose to 2.5 times its 2020 level.")]
    [InlineData("食品价格同比下降2.9%，降幅比上月收窄1.5个百分点。", "Food prices fell 2.9 percent year on year, a decline 1.5 percentage points narrower than in September.")]
    [InlineData("出口13万亿元。", "Exports of the three regions came to 13 trillion yuan, and two of them grew.")]
    [InlineData("出口均价每公斤3.86美元。", "The average export price was 3.86 US dollars per kilogram.")]
    [InlineData("民航完成运输总周转量1370.6亿吨公里。", "Civil aviation's total transport turnover reached 137.06 billion tonne-kilometers.")]
    [InlineData("我国进口集成电路4680亿块、出口2765亿块，分别增长7.6%和17.3%。", "China imported 468 billion integrated circuits and exported 276.5 billion, up 7.6% and 17.3%, respectively.")]
    [InlineData("我国进口集成电路4680亿块、出口2765亿块，分别增长7.6%和17.3%。", "China exported 276.5 billion integrated circuits and imported 468 billion, up 17.3% and 7.6%, respectively.")]
    public void FaithfulTranslation_HasNoFinding(string source, string target) => Assert.Empty(RuleIds(source, target));

    [Theory]
    [InlineData("In the first half of the year, exports grew 7.2%.")]
    [InlineData("Exports grew 1.1% from a quarter earlier.")]
    [InlineData("Exports grew for a third consecutive year.")]
    [InlineData("Exports grew 7.2% in the second half.")]
    public void TimesSaidWithFractionWords_AreNoFigures(string target) =>
        Assert.All(TestPipeline.Compare("出口增长7.2%。", target).Target.Claims, b => Assert.Matches(@"^\d", b.Claim.Text));

    [Fact]
    public void RatesOfARespectivelyList_SwappedAgainstTheirItems_AreBothOtherValues() =>
        Assert.Equal(
            [Core.Rules.RuleIds.ValueMismatch, Core.Rules.RuleIds.ValueMismatch],
            RuleIds("我国进口集成电路4680亿块、出口2765亿块，分别增长7.6%和17.3%。", "China imported 468 billion integrated circuits and exported 276.5 billion, up 17.3% and 7.6%, respectively."));

    [Fact]
    public void ParagraphLeftOut_ItsFiguresAreMissing_TheRestStillPair()
    {
        var source = "进出口21.79万亿元，增长2.9%。\n\n出口13万亿元，增长7.2%。\n\n进口8.79万亿元，下降2.7%。\n";
        var target = "Trade reached 21.79 trillion yuan, up 2.9%.\n\nImports fell by 2.7% to 8.79 trillion yuan.\n";
        Assert.Equal([Core.Rules.RuleIds.MissingFigure, Core.Rules.RuleIds.MissingFigure], RuleIds(source, target));
    }

    [Fact]
    public void FindingOfAMissingFigure_StandsInTheSource()
    {
        var result = TestPipeline.Compare("出口13万亿元，增长7.2%。", "Exports were 13 trillion yuan.");
        Assert.Single(result.Source.Findings);
        Assert.Empty(result.Target.Findings);
    }
}
