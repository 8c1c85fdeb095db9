using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking.Checks;

/// <summary>
/// A growth rate with no amount of money in its sentence may be in either currency of a briefing that gives both:
/// restated or compared, it is wrong only when it fits neither.
/// </summary>
public class CurrencyOpenRateTests
{
    private const string BothCurrencies =
        "In the first half, total trade was 160.31 billion US dollars, down 2.1%. Exports were 51.27 billion US dollars, up 4.6%, and imports were 109.04 billion US dollars, down 5.0%. "
        + "In yuan terms, total trade was 1.15 trillion yuan, down 1.5%, with exports of 368.1 billion yuan, up 5.3%, and imports of 782.9 billion yuan, down 4.4%.\n\n";

    [Theory]
    [InlineData("5", false)]
    [InlineData("4.4", false)]
    [InlineData("8", true)]
    public void RestatedRate_FitsEitherCurrency(string restated, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(BothCurrencies + $"Imports fell by {restated}% in the first half.").Contains(RuleIds.Restatement));

    [Theory]
    [InlineData("6.7", false)]
    [InlineData("6.1", false)]
    [InlineData("9.7", true)]
    public void GapAgainstANamedRate_FitsEitherCurrency(string gap, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(BothCurrencies + $"Exports grew 4.6%, {gap} percentage points faster than total trade.").Contains(RuleIds.RateGap));
}
