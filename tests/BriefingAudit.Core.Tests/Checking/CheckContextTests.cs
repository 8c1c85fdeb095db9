using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Tests.Checking;

/// <summary>What the checks read of a transcript besides its claims: each sentence's claims and the currencies said.</summary>
public class CheckContextTests
{
    private const string Text = "In the first quarter, kite sales rose 4.5% to 310 million yuan. Kite exports were 12 million US dollars, up 3.1%. "
        + "Kite clubs numbered 5,200.";

    private static CheckContext Context(string text)
    {
        var result = TestPipeline.Check(text);
        return CheckContext.Create(result.Claims, TestPipeline.Default.Rules);
    }

    [Fact]
    public void InSentenceOf_GivesTheClaimsOfThatSentenceOnly_InTheOrderSaid()
    {
        var context = Context(Text);
        var exports = context.Claims.Single(c => c.Claim.Text.Contains("12 million", StringComparison.Ordinal)).Claim;

        var inSentence = context.InSentenceOf(exports).Select(c => c.Claim).ToList();

        Assert.Equal([.. context.Claims.Where(c => c.Claim.SentenceIndex == exports.SentenceIndex).Select(c => c.Claim)], inSentence);
        Assert.Equal(2, inSentence.Count);
        Assert.Contains(exports, inSentence);
        Assert.True(inSentence[0].Span.Start < inSentence[1].Span.Start);
    }

    [Fact]
    public void Currencies_AreTheUnitsOfEveryAmountOfMoney_AndNoOtherUnit()
    {
        var context = Context(Text);
        var expected = context.Claims.Where(c => c.Claim.Quantity.Dimension == UnitDimension.Currency).Select(c => c.Claim.Quantity.Unit).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(expected, context.Currencies.Order(StringComparer.Ordinal));
        Assert.Equal(2, context.Currencies.Count);
        Assert.DoesNotContain(context.Claims.Single(c => c.Claim.Text.Contains("5,200", StringComparison.Ordinal)).Claim.Quantity.Unit, context.Currencies);
    }

    [Fact]
    public void CurrencyOpen_OnlyForARateWithNoAmountOfMoneyInItsSentence()
    {
        var context = Context("In the first quarter, kite sales rose 4.5% to 310 million yuan. Kite exports grew 3.1%.");
        var rates = context.Claims.Where(c => c.Claim.Text.Contains('%', StringComparison.Ordinal)).Select(c => c.Claim).ToList();

        Assert.False(context.CurrencyOpen(rates[0]));
        Assert.True(context.CurrencyOpen(rates[1]));
    }
}
