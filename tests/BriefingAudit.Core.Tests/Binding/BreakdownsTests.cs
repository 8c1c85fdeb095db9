namespace BriefingAudit.Core.Tests.Binding;

/// <summary>Lists under a total (BA2010): what is, and what is not, a total of the items after it.</summary>
public class BreakdownsTests
{
    private static List<string> Errors(string before) =>
        TestPipeline.Errors($"In the first half, the kite club {before}. Kite club income rose 7.6% to 220 million yuan, and kite club spending grew 3.1% to 260 million yuan.");

    [Theory]
    [InlineData("ran a deficit of 40 million yuan")]
    [InlineData("posted a surplus of 40 million yuan")]
    public void BalanceBeforeItsTwoSides_IsNoTotalOfThem(string balance) => Assert.Empty(Errors(balance));

    [Fact]
    public void TotalBeforeItsParts_ThatTheyExceed_IsStillASlip() => Assert.Contains("BA2010", Errors("had a turnover of 400 million yuan"));
}
