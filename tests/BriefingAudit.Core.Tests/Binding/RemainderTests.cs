using System.Globalization;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>
/// A change that the figures before it leave is what remains of one amount less another, not the change over time
/// of the figure just before it.
/// </summary>
public class RemainderTests
{
    [Theory]
    [InlineData("From January to June, 4.2 million vehicles were scrapped, up 3.1% year on year, which left a net increase of 9.8 million.", "9.8 million")]
    [InlineData("In the first half, 4.2 million vehicles were scrapped, down 3.1%, leaving an increase of about 9.8 million in the fleet.", "about 9.8 million")]
    public void ChangeLeftByTheFiguresBefore_IsNoChangeOfTheLevelBefore(string text, string change)
    {
        Assert.Null(TestPipeline.Bound(text, change).ChangeOf);
        Assert.DoesNotContain(RuleIds.AbsoluteChange, TestPipeline.Errors(text));
    }

    [Fact]
    public void ChangeStatedOfTheLevelBefore_IsStillChecked() =>
        Assert.Contains(RuleIds.AbsoluteChange, TestPipeline.Errors("From January to June, 4.2 million vehicles were scrapped, up 3.1% year on year, an increase of 9.8 million."));

    [Theory]
    [InlineData("0.9", false)]
    [InlineData("1.9", true)]
    public void AmountLeftByTwoAmountsBefore_IsTheirDifference(string left, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, 5.1 million vehicles were registered and 4.2 million vehicles were scrapped, leaving a net gain of {left} million vehicles.").Contains(RuleIds.Breakdown));

    // "a difference of", "which leaves a gap of": what the larger of the two amounts before exceeds the other by.
    [Theory]
    [InlineData("The kite allowance was 1,900 yuan in towns and 1,400 yuan in villages, a difference of {0} yuan.", "500", false)]
    [InlineData("The kite allowance was 1,900 yuan in towns and 1,400 yuan in villages, a difference of {0} yuan.", "700", true)]
    [InlineData("Kite exports were 240 million yuan and kite imports 300 million yuan, which leaves a gap of {0} million yuan.", "60", false)]
    [InlineData("Kite exports were 240 million yuan and kite imports 300 million yuan, which leaves a gap of {0} million yuan.", "90", true)]
    public void AmountSaidToBeTheDifferenceOfTwoAmountsBefore_IsTheirDifference(string template, string difference, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, template, difference)).Contains(RuleIds.Breakdown));
}
