using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking.Checks;

/// <summary>BA2009 on a figure per a counted thing: the total it divides over the count.</summary>
public class AverageCheckTests
{
    private static bool Fires(string text) => TestPipeline.Errors(text).Contains(RuleIds.Average);

    [Theory]
    [InlineData("about 2,000", false)]
    [InlineData("about 2,700", true)]
    public void FigurePerPerson_IsTheTotalOverThePeople(string average, bool fires) =>
        Assert.Equal(fires, Fires($"In the first half, vocational training was provided to 8.16 million people, with subsidies totaling 16.5 billion yuan, or an average of {average} yuan per person."));

    [Theory]
    [InlineData("959", false)]
    [InlineData("1,259", true)]
    public void SubjectPerTrip_IsTheParagraphsTotalOverItsTrips(string perTrip, bool fires) =>
        Assert.Equal(fires, Fires($"In the first half, domestic residents made 3.285 billion trips, up 20.6%. Domestic tourists spent 3.15 trillion yuan, up 15.2%. Spending per trip was about {perTrip} yuan, down 4.5%."));

    [Theory]
    // No count of the thing: nothing to divide by.
    [InlineData("In the first half, domestic tourists spent 3.15 trillion yuan, up 15.2%. Spending per trip was about 1,259 yuan.")]
    // Per a time is a daily or monthly average, not this.
    [InlineData("In the first half, exports were 3.15 trillion yuan and 320 million containers were shipped, or 1,259 yuan per day.")]
    public void FigurePerAThingNotCounted_IsNotChecked(string text) =>
        Assert.False(Fires(text));
}
