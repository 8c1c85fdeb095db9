using BriefingAudit.Core.Binding;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>其中 ("of which") lists parts of the amount said just before it, as "Of this, …" does in English.</summary>
public class ChineseBreakdownsTests
{
    private static BoundClaim Bound(string text, string claimText) => TestPipeline.Bound(text, claimText);

    [Fact]
    public void AmountsAfter其中_ArePartsOfTheAmountInTheSentenceBefore()
    {
        const string text = "上半年，全国一般公共预算支出14.13万亿元，同比增长3.4%。其中，社会保障和就业支出2.5万亿元，增长9.2%；教育支出1.2万亿元，增长5%。";
        Assert.Equal("14.13万亿元", Bound(text, "2.5万亿元").PartOf?.Text);
        Assert.Equal("14.13万亿元", Bound(text, "1.2万亿元").PartOf?.Text);
        Assert.Null(Bound(text, "9.2%").PartOf);
    }

    [Fact]
    public void TotalInTheSameSentence_Before其中()
    {
        const string text = "3月份，我国进出口3.74万亿元，增长4.1%，其中出口2.24万亿元，增长13.5%。";
        Assert.Equal("3.74万亿元", Bound(text, "2.24万亿元").PartOf?.Text);
    }

    [Fact]
    public void AMonthOfTheHalfYear_IsNotAPartOfIt()
    {
        const string text = "上半年，社会消费品零售总额24.55万亿元，同比增长5.0%。其中，6月份社会消费品零售总额4.23万亿元，增长4.8%。";
        Assert.Null(Bound(text, "4.23万亿元").PartOf);
    }

    [Fact]
    public void PartsThatAddUpToMoreThanTheTotal_AreABreakdownError()
    {
        var errors = TestPipeline.Errors("上半年，全国一般公共预算支出14.13万亿元，同比增长3.4%。其中，社会保障和就业支出2.5万亿元，增长9.2%；教育支出12.1万亿元，增长5%。");
        Assert.Contains(errors, e => e.StartsWith("BA2010", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("3.27万亿元", true)]
    [InlineData("2.27万亿元", false)]
    public void ListEndingWith其他_MustAddUpToTheTotal(string rest, bool slip)
    {
        var errors = TestPipeline.Errors($"上半年，全国一般公共预算收入11.56万亿元，同比下降0.3%。其中，税收收入9.29万亿元；其他收入{rest}。");
        Assert.Equal(slip, errors.Any(e => e.StartsWith("BA2010", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheListEndsWithItsParagraph_AndWithASentenceNotJoinedByASemicolon()
    {
        const string text = "上半年，全国一般公共预算支出14.13万亿元，同比增长3.4%。其中，社会保障和就业支出2.5万亿元。卫生健康支出1.1万亿元，增长4%。\n\n农业农村支出1.2万亿元。";
        Assert.NotNull(Bound(text, "2.5万亿元").PartOf);
        Assert.Null(Bound(text, "1.1万亿元").PartOf);
        Assert.Null(Bound(text, "1.2万亿元").PartOf);
    }

    [Fact]
    public void APartLargerThanTheTotal_IsOfSomethingElse()
    {
        const string text = "上半年，社会保障和就业支出2.5万亿元。其中，中央财政安排资金14.13万亿元。";
        Assert.Null(Bound(text, "14.13万亿元").PartOf);
    }
}
