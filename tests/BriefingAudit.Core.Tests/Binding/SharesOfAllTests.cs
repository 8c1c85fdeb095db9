using System.Globalization;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>A share "of all" of what the count before it counts is that count's part of the largest such count said before.</summary>
public class SharesOfAllTests
{
    private const string Trips = "Last year, ferry operators handled 908,000 trips. There were 356,000 trips at night, {0}% of all trips.";

    [Theory]
    [InlineData("39.2", false)]
    [InlineData("49.2", true)]
    public void ShareOfAll_IsCheckedAgainstTheLargestCountOfTheThingBefore(string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, Trips, share)).Contains(RuleIds.Share));

    [Theory]
    [InlineData("There were 356,000 trips at night, up 4.1%, {0}% of all trips.", "39.2", false)]
    [InlineData("There were 356,000 trips at night, up 4.1%, {0}% of all trips.", "49.2", true)]
    [InlineData("Night ferries made 356,000 trips, down 2.4%. That is {0}% of all trips.", "39.2", false)]
    [InlineData("Night ferries made 356,000 trips, down 2.4%. That is {0}% of all trips.", "49.2", true)]
    [InlineData("There were 356,000 trips at night, {0}% of all scheduled ferry trips.", "39.2", false)]
    [InlineData("There were 356,000 trips at night, {0}% of all scheduled ferry trips.", "49.2", true)]
    public void ShareOfAll_AfterTheCountsGrowth_PointingBack_OrWithModifiers_IsCheckedToo(string sentences, string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors("Last year, ferry operators handled 908,000 trips. " + string.Format(CultureInfo.InvariantCulture, sentences, share)).Contains(RuleIds.Share));

    [Fact]
    public void CountGivenAShareOfItsOwn_IsNoWholeOfALaterShare() =>
        Assert.Empty(TestPipeline.Errors("Last year, night ferries made 412,000 trips, 45.4% of all trips. Foreign visitors made 6,200 trips, 0.7% of all trips."));

    [Fact]
    public void ShareOfAllNarrowedByWordsTheCountBeforeDoesNotSay_IsLeftAlone() =>
        Assert.Empty(TestPipeline.Errors("Last year, ferry operators handled 908,000 trips. There were 356,000 trips at night, 49.2% of all trips booked online."));

    [Fact]
    public void ShareOfAllOfAnotherThing_IsLeftAlone() =>
        Assert.Empty(TestPipeline.Errors("Last year, ferry operators handled 908,000 trips. There were 356,000 trips at night, 49.2% of all passengers."));
}
