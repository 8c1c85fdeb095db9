using System.Globalization;
using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Tests.Claims;

/// <summary>Figures at decimal's edges: exact where they fit, a note where they do not, never an overflow.</summary>
public class ExtremeNumberTests
{
    private static string TooLarge(string figure) => string.Format(CultureInfo.InvariantCulture, Messages.NumberOutOfRange, figure);

    [Fact]
    public void Exponent400_IsANote_NotAClaim()
    {
        var result = TestPipeline.Check("In the first half of the year, exports reached 1e400 yuan.");
        Assert.Equal(TooLarge("1e400"), Assert.Single(result.Notes).Message);
        Assert.Empty(result.Claims);
    }

    [Fact]
    public void TwentyNinesTrillion_IsANote_NotAClaim()
    {
        var result = TestPipeline.Check("In the first half of the year, imports reached 99999999999999999999 trillion yuan.");
        Assert.Equal(TooLarge("99999999999999999999 trillion"), Assert.Single(result.Notes).Message);
        Assert.Empty(result.Claims);
    }

    [Fact]
    public void LongDecimal_KeepsDecimalsPrecision()
    {
        var claim = Assert.Single(TestPipeline.Check("In the first half of the year, exports reached 3.14159265358979323846264338327950288 trillion yuan.").Claims).Claim;
        Assert.Equal(3_141_592_653_589.7932384626433833m, claim.Quantity.Value);
        Assert.True(claim.Interval.Contains(claim.Quantity.Value));
        Assert.True(claim.Interval.Width > 0);
    }

    [Fact]
    public void DecimalMaxValue_IsExact()
    {
        var claim = Assert.Single(TestPipeline.Check("In the first half of the year, exports reached 79,228,162,514,264,337,593,543,950,335 yuan.").Claims).Claim;
        Assert.Equal(decimal.MaxValue, claim.Quantity.Value);
    }

    [Theory]
    [InlineData("about")]
    [InlineData("nearly")]
    [InlineData("more than")]
    public void HedgedFigureAtDecimalMaxValue_HasAnOpenSide_NoOverflow(string hedge)
    {
        var text = $"In the first half of the year, exports reached {hedge} 79,228,162,514,264,337,593,543,950,335 yuan. In the first half of the year, exports reached 79,228,162,514,264,337,593,543,950,335 yuan.";
        var result = TestPipeline.Check(text);
        Assert.Equal(2, result.Claims.Length);
    }

    [Fact]
    public void OppositeExtremes_CheckedWithoutOverflow()
    {
        var result = TestPipeline.Check("In the first half of the year, exports fell by 79,228,162,514,264,337,593,543,950,335 yuan. In the first half of the year, exports rose by 79,228,162,514,264,337,593,543,950,335 yuan.");
        Assert.Equal(2, result.Claims.Length);
        Assert.Equal(decimal.MaxValue, Interval.Exactly(decimal.MaxValue).DistanceTo(Interval.Exactly(decimal.MinValue)));
        Assert.Null(Interval.Closed(decimal.MinValue, decimal.MaxValue).Width);
    }

    [Theory]
    [InlineData("21.79 trillion", "21790000000000")]
    [InlineData("628,000", "628000")]
    [InlineData("0.000000000000000000000000000001", "0")]
    [InlineData("7", "7")]
    public void DigitNumber_ReadsExactly(string text, string expected)
    {
        Assert.True(DigitNumber.TryRead(text, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("seven")]
    [InlineData("1,23")]
    [InlineData("-5")]
    public void DigitNumber_LeavesOtherFormsToTheRecogniser(string text) => Assert.False(DigitNumber.TryRead(text, out _));

    [Fact]
    public void SentenceOverTheLimit_IsANote_OtherSentencesStillRead()
    {
        var run = string.Join(',', Enumerable.Range(0, 1_000).Select(i => (i * 37 % 1000).ToString(CultureInfo.InvariantCulture)));
        var result = TestPipeline.Check($"Exports grew 7.2% to 13 trillion yuan.\n{run}\nImports fell by 2.7% to 8.79 trillion yuan.\n");
        var note = Assert.Single(result.Notes);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, Messages.SentenceTooLong, run.Length, ClaimExtractor.MaxSentenceLength), note.Message);
        Assert.Equal(2, note.Span.Line);
        Assert.Equal(4, result.Claims.Length);
    }

    [Fact]
    public void ChineseSentenceOverTheLimit_IsANote_OtherSentencesStillRead()
    {
        var run = string.Join('，', Enumerable.Range(0, 1_000).Select(i => (i * 37 % 1000).ToString(CultureInfo.InvariantCulture)));
        var result = TestPipeline.Check($"上半年，我国货物贸易进出口总值21.79万亿元，同比增长2.9%。\n出口{run}\n其中，出口13万亿元，增长7.2%。\n");
        var note = Assert.Single(result.Notes);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, Messages.SentenceTooLong, run.Length + 2, ClaimExtractor.MaxSentenceLength), note.Message);
        Assert.Equal(2, note.Span.Line);
        Assert.Equal(4, result.Claims.Length);
    }
}
