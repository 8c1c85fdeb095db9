namespace BriefingAudit.Core.Tests.Binding;

/// <summary>Growth rates said back to back after as many levels are the levels' in order, "respectively" or not.</summary>
public class ParallelRatesTests
{
    private const string Trade = "In the first half, exports reached 13.1 trillion yuan and imports 8.7 trillion yuan, up 7.2% and 2.7%";

    [Theory]
    [InlineData(Trade + ".", "7.2%", "exports")]
    [InlineData(Trade + ".", "2.7%", "imports")]
    [InlineData(Trade + " respectively.", "7.2%", "exports")]
    [InlineData(Trade + " respectively.", "2.7%", "imports")]
    // Levels said each with its own words are no "respectively" list; only the rates after them are.
    [InlineData("In the first half, paper kite output reached 5.1 million kites and silk kite output 4.9 million kites, up 12% and 11% respectively.", "4.9 million kites", "open:kite output silk")]
    [InlineData("In the first half, paper kite output reached 5.1 million kites and silk kite output 4.9 million kites, up 12% and 11% respectively.", "11%", "open:kite output silk")]
    [InlineData("In the first half, kite makers produced 5.1 million kites and sold 4.9 million, up 12% and 11%.", "12%", "open:kite maker output")]
    public void RateInTheLevelsPlace_IsTheLevels(string text, string claim, string measure) =>
        Assert.Equal(measure, TestPipeline.Bound(text, claim).Measure?.Id);

    [Theory]
    [InlineData("13.1 trillion yuan", "7.2%")]
    [InlineData("8.7 trillion yuan", "2.7%")]
    public void LevelsGrowth_IsTheRateInItsPlace(string level, string rate) =>
        Assert.Equal(rate, TestPipeline.Bound(Trade + ".", level).Growth?.Text);

    [Fact]
    public void RatesPairedInOrder_AgreeWithTheirRestatement() =>
        Assert.Empty(TestPipeline.Errors(Trade + ". In the first half, imports grew 2.7%."));
}
