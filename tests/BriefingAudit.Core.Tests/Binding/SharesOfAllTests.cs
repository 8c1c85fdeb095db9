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

    [Fact]
    public void CountGivenAShareOfItsOwn_IsNoWholeOfALaterShare() =>
        Assert.Empty(TestPipeline.Errors("Last year, night ferries made 412,000 trips, 45.4% of all trips. Foreign visitors made 6,200 trips, 0.7% of all trips."));

    [Fact]
    public void ShareOfAllOfAnotherThing_IsLeftAlone() =>
        Assert.Empty(TestPipeline.Errors("Last year, ferry operators handled 908,000 trips. There were 356,000 trips at night, 49.2% of all passengers."));
}
