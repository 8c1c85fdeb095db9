using System.Globalization;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking.Checks;

/// <summary>
/// BA2007 on a share whose part and whole are figures the text names, on measures the vocabulary does not know: the
/// part's contribution follows from the share and the growth said beside its part and its whole.
/// </summary>
public class ContributionCheckTests
{
    [Theory]
    [InlineData("2.7", false)]
    [InlineData("4.7", true)]
    public void ShareSaidWithTheListedPart_ContributionFollowsFromTheGrowthOfPartAndWhole(string contribution, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "In the first half, ferries carried 10.48 million tonnes of freight, up 5.2%. By route, island ferries carried 6.31 million tonnes, up 4.1%, "
            + $"and coastal ferries 4.17 million tonnes, up 6.9%, accounting for 39.8% of the total and contributing {contribution} percentage points to its growth.").Contains(RuleIds.Contribution));

    // The share ends the sentence before; a pronoun opens the contribution's sentence and names the same part.
    private const string ShareOfTheSentenceBefore = "In the first half, ferries carried 10.48 million tonnes of freight, up 5.2%. By route, island ferries carried 6.31 million tonnes, up 4.1%, "
        + "and coastal ferries 4.17 million tonnes, up 6.9%, accounting for 39.8% of the total. {0} percentage points to its growth.";

    [Theory]
    [InlineData("They contributed 2.7", false)]
    [InlineData("They contributed 4.7", true)]
    [InlineData("They grew fast and on their own added 4.7", true)]
    // A new subject is not the part whose share was said.
    [InlineData("Island ferries contributed 4.7", false)]
    [InlineData("They grew fast, while island ferries contributed 4.7", false)]
    public void ContributionOpeningWithAPronoun_TakesTheShareOfTheSentenceBefore(string contribution, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, ShareOfTheSentenceBefore, contribution)).Contains(RuleIds.Contribution));

    [Fact]
    public void WholeWithoutItsGrowth_SaysNothing() =>
        Assert.DoesNotContain(RuleIds.Contribution, TestPipeline.Errors(
            "In the first half, ferries carried 10.48 million tonnes of freight. By route, island ferries carried 6.31 million tonnes, up 4.1%, "
            + "and coastal ferries 4.17 million tonnes, up 6.9%, accounting for 39.8% of the total and contributing 4.7 percentage points to its growth."));

    /// <summary>A part measure's contribution, said sentences after its level: the share is its level over its total's by the sum rules.</summary>
    [Theory]
    [InlineData("3.6", false)]
    [InlineData("5.6", true)]
    public void PartMeasureOfASumRule_ContributionFollowsFromTheLevels(string contribution, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "In the first half of the year, total imports and exports reached 20.13 trillion yuan, up 4.1%. Exports were 12.06 trillion yuan, up 6.1%, "
            + $"and imports 8.07 trillion yuan, up 1.2%. Exports contributed {contribution} percentage points to the growth of total trade.").Contains(RuleIds.Contribution));

    /// <summary>Measured against the whole a year earlier, the part gained share × the whole's growth + the share's change: 31.5 × 9.0% + 2.1 = 4.9.</summary>
    [Theory]
    [InlineData("4.9", false)]
    [InlineData("6.9", true)]
    public void ShareAndItsChange_GiveTheContributionToTheGrowthItNames(string contribution, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "In the first half, parcel lockers handled 820 million parcels, up 9.0%. Rural lockers made up 31.5% of them, 2.1 percentage points more than a year earlier, "
            + $"and contributed {contribution} percentage points of the 9.0% growth.").Contains(RuleIds.Contribution));

    /// <summary>The growth said before a part's contribution in its sentence is another part's when its measure is another's: tax revenue has no growth here.</summary>
    [Fact]
    public void GrowthOfAnotherMeasureInTheSentence_IsNotThePartsGrowth() =>
        Assert.DoesNotContain(RuleIds.Contribution, TestPipeline.Errors(
            "In the first quarter, national general public budget revenue was 6.00 trillion yuan, down 1.0%, and tax revenue 5.00 trillion yuan. "
            + "Non-tax revenue grew 11.0% and contributed 1.8 percentage points to revenue growth, while tax revenue pulled it down by 2.8 percentage points."));
}
