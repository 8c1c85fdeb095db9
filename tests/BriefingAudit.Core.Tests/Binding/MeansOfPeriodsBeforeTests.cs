using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>An amount said to be so much a month (or a quarter) on average, after the months (quarters) of its period were given.</summary>
public class MeansOfPeriodsBeforeTests
{
    private const string Months = "Ferry Agency:\n\nThank you. Ferry cargo grew in the first half of the year. In the second quarter, April carried 4.1 million tonnes, May 4.4 million tonnes and June 4.2 million tonnes.\n\n";

    [Theory]
    [InlineData("That is an average of {0} million tonnes a month in the second quarter.", "4.23")]
    [InlineData("That makes {0} million tonnes a month on average in the second quarter.", "4.23")]
    [InlineData("So the second quarter carried 12.7 million tonnes, an average of {0} million tonnes a month.", "4.23")]
    public void MonthlyMean_InTheNextParagraph_IsTheMeanOfTheMonths(string mean, string value)
    {
        var claim = TestPipeline.Bound(Months + string.Format(null, mean, value) + "\n", value + " million tonnes");
        Assert.Equal(ClaimRole.Mean, claim.Claim.Role);
        Assert.Equal(["4.1 million tonnes", "4.4 million tonnes", "4.2 million tonnes"], claim.Items.Select(c => c.Text));
    }

    // The months themselves said to average the amount.
    [Theory]
    [InlineData("The three months together average out at about 4.23 million tonnes.", "about 4.23 million tonnes")]
    [InlineData("Taken together, the three months averaged 4.23 million tonnes.", "4.23 million tonnes")]
    [InlineData("The three months averaged 4.23 million tonnes.", "4.23 million tonnes")]
    public void AmountTheMonthsAreSaidToAverage_IsTheMeanOfTheMonths(string mean, string claimText)
    {
        var claim = TestPipeline.Bound(Months + mean + "\n", claimText);
        Assert.Equal(["4.1 million tonnes", "4.4 million tonnes", "4.2 million tonnes"], claim.Items.Select(c => c.Text));
    }

    [Theory]
    [InlineData("4.23", false)]
    [InlineData("5.23", true)]
    public void BA2009_AmountTheMonthsAreSaidToAverage_MustBeTheirMean(string mean, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(Months + $"The three months together averaged {mean} million tonnes.\n").Contains(RuleIds.Average));

    [Theory]
    [InlineData("4.23", false)]
    [InlineData("5.23", true)]
    public void BA2009_MonthlyMeanOfTheMonthsBefore_MustBeTheirMean(string mean, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(Months + $"That is an average of {mean} million tonnes a month in the second quarter.\n").Contains(RuleIds.Average));

    [Theory]
    [InlineData("2025", "9.7", false)]
    [InlineData("2025", "11.7", true)]
    [InlineData("2024", "11.7", true)]
    public void BA2009_QuarterlyMean_AfterTheQuartersOfTheYear_MustBeTheirMean(string year, string mean, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Ferry Agency:\n\nIn {year}, ferry fares brought in 8.8 billion yuan in the first quarter, 9.6 billion yuan in the second, 10.1 billion yuan in the third and 10.3 billion yuan in the fourth.\n\nThat is an average of {mean} billion yuan a quarter in {year}.\n").Contains(RuleIds.Average));

    [Fact]
    public void MonthsThatDoNotMakeUpThePeriod_GiveNoMean() =>
        Assert.Empty(TestPipeline.Bound("Ferry Agency:\n\nThank you. In the second quarter, May carried 4.4 million tonnes and June 4.2 million tonnes.\n\nThat is an average of 5.23 million tonnes a month in the second quarter.\n", "5.23 million tonnes").Items);

    [Fact]
    public void AmountAMonth_NotSaidAsAnAverage_IsNoMean() =>
        Assert.Empty(TestPipeline.Bound(Months + "Ferry capacity stood at 5.23 million tonnes a month in the second quarter.\n", "5.23 million tonnes").Items);
}
