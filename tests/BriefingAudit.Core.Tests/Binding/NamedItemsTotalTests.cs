using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>A total whose subject names the things it takes together, each said with its own figure before.</summary>
public class NamedItemsTotalTests
{
    private const string Speaker = "Kite Office:\n\n";

    private const string Regions = "In 2024, the central region invested 807.2 billion yuan in kite parks, up 3.1%. The western region invested 767.8 billion yuan, up 2.2%.";

    [Theory]
    [InlineData("The central and western regions together invested {0} trillion yuan in 2024.")]
    [InlineData("Taken together, the central and western regions invested {0} trillion yuan in 2024.")]
    [InlineData("The central and western regions invested {0} trillion yuan between them in 2024.")]
    [InlineData("The central and western regions invested {0} trillion yuan in all in 2024.")]
    public void NamedThingsTakenTogether_AreTheTotalOfTheirFigures(string total)
    {
        var claim = TestPipeline.Bound(Speaker + Regions + "\n\n" + string.Format(null, total, "1.58") + "\n", "807.2 billion yuan");
        Assert.Equal("1.58 trillion yuan", claim.PartOf?.Text);
    }

    [Theory]
    [InlineData("1.58", false)]
    [InlineData("1.98", true)]
    public void BA2010_NamedThingsTakenTogether_MustAddUp(string total, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(Speaker + Regions + $" The central and western regions together invested {total} trillion yuan in 2024.\n").Contains(RuleIds.Breakdown));

    [Theory]
    [InlineData("7.13", false)]
    [InlineData("7.83", true)]
    public void BA2010_ThingsInOneSentenceEach_TakenTogether_MustAddUp(string total, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(Speaker + $"Kite string output rose in the first half. Lead kites reached 3.72 million tonnes, up 2.1%, and zinc kites 3.41 million tonnes. Lead and zinc together came to {total} million tonnes in the first half.\n").Contains(RuleIds.Breakdown));

    // Not said to be taken together: "the central and western regions invested" may be another figure of theirs.
    [Fact]
    public void NamedThings_NotTakenTogether_AreNoTotal() =>
        Assert.Null(TestPipeline.Bound(Speaker + Regions + " The central and western regions invested 1.98 trillion yuan in 2024.\n", "807.2 billion yuan").PartOf);

    // A thing whose own figure was not said leaves the total apart: the sum would leave it out.
    [Fact]
    public void ThingWithoutAFigure_LeavesTheTotalApart() =>
        Assert.Null(TestPipeline.Bound(Speaker + Regions + " The central, western and northeastern regions together invested 1.98 trillion yuan.\n", "807.2 billion yuan").PartOf);

    // A thing's own words run from its sentence's start, not from the last full stop before the figure: the point of
    // "U.S." is no sentence end.
    [Theory]
    [InlineData("5.0", false)]
    [InlineData("5.9", true)]
    public void BA2010_ThingNamedBeforeAnAbbreviation_MustAddUp(string total, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(Speaker + $"Kite imports were steady in 2024. Western ports of the U.S. shipped 3.2 million kites to us. Eastern ports of the U.S. shipped 1.8 million kites. Western and eastern ports together shipped {total} million kites in 2024.\n").Contains(RuleIds.Breakdown));
}
