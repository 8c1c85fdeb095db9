using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Tests.Claims;

/// <summary>万, 亿, 万亿 and their mixes, numerals and full-width digits, with the place each figure is rounded to.</summary>
public class ChineseNumbersTests
{
    [Theory]
    [InlineData("21.79万亿", 21_790_000_000_000, 10_000_000_000)]
    [InlineData("4.3万", 43_000, 1_000)]
    [InlineData("62.8万", 628_000, 1_000)]
    [InlineData("4232.7亿", 423_270_000_000, 10_000_000)]
    [InlineData("1亿2000万", 120_000_000, 10_000)]
    [InlineData("3万5千亿", 3_500_000_000_000, 100_000_000_000)]
    [InlineData("二十一万亿", 21_000_000_000_000, 1_000_000_000_000)]
    [InlineData("一万二千五百亿", 1_250_000_000_000, 10_000_000_000)]
    [InlineData("十万", 100_000, 100_000)]
    [InlineData("两千多", 2_000, 1_000)]
    [InlineData("3000多亿", 300_000_000_000, 100_000_000)]
    [InlineData("三点五", 3.5, 0.1)]
    [InlineData("１２．５万亿", 12_500_000_000_000, 100_000_000_000)]
    [InlineData("30014", 30_014, 1)]
    public void Figure_ReadsValueAndRoundingPlace(string text, double value, double place)
    {
        Assert.True(ChineseNumbers.TryParse(text, out var parsed, out var rounding));
        Assert.Equal((decimal)value, parsed);
        Assert.Equal((decimal)place, rounding);
    }

    [Theory]
    [InlineData("21.79万亿", "万亿")]
    [InlineData("4232.7亿", "亿")]
    [InlineData("4.3万", "万")]
    [InlineData("3000多亿", "亿")]
    [InlineData("1万多", "万")]
    [InlineData("2.9", null)]
    public void ScaleWord_IsTheLastScale(string text, string? scale) => Assert.Equal(scale, ChineseNumbers.ScaleWord(text));

    [Theory]
    [InlineData("季度")]
    [InlineData("")]
    public void NotANumber_IsRefused(string text) => Assert.False(ChineseNumbers.TryParse(text, out _, out _));
}
