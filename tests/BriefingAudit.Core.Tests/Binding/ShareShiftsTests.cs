using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>
/// A contribution "of the G% growth" is tied to the share and share change that end its clause, or end the sentence
/// before when a pronoun is its subject; a contribution with a subject of its own is not. A contribution that names no
/// growth of the whole is checked with the part's own growth, said before the share of the same subject.
/// </summary>
public class ShareShiftsTests
{
    private const string Total = "In the first half, parcel lockers handled 820 million parcels, up 9.0%. ";

    [Theory]
    [InlineData("Rural lockers made up 31.5% of them, 2.1 percentage points more than a year earlier. They contributed 6.9 percentage points of the 9.0% growth.")]
    [InlineData("Rural lockers made up 31.5% of them, 2.1 percentage points more than a year earlier. Of the 9.0% growth in parcels, they contributed 6.9 percentage points.")]
    public void PronounAfterTheShare_TakesItsShareFromTheSentenceBefore(string said) =>
        Assert.Contains(RuleIds.Contribution, TestPipeline.Errors(Total + said));

    [Theory]
    [InlineData("Rural lockers made up 31.5% of them, 2.1 percentage points more than a year earlier. Urban lockers contributed 6.9 percentage points of the 9.0% growth.")]
    [InlineData("Rural lockers made up 31.5% of them, 2.1 percentage points more than a year earlier, and urban lockers contributed 6.9 percentage points of the 9.0% growth.")]
    public void SubjectOfItsOwn_IsNotTheSharesPart(string said) =>
        Assert.DoesNotContain(RuleIds.Contribution, TestPipeline.Errors(Total + said));

    [Fact]
    public void ShareChangeOnAnotherBase_IsNoChangeOnAYearEarlier() =>
        Assert.DoesNotContain(RuleIds.Contribution, TestPipeline.Errors(
            Total + "Rural lockers made up 31.5% of them, 2.1 percentage points more than the national average, and contributed 6.9 percentage points of the 9.0% growth."));

    // Rural lockers: 260 million, up 15.2%, were 31.7% of the 820 million (30.0% a year earlier), so they contributed
    // 30.0% × 15.2% = 4.6 percentage points.
    [Theory]
    [InlineData("Rural lockers handled 260 million parcels, up 15.2%, and their share rose to 31.7%, 1.7 percentage points more than a year earlier. They contributed 6.9 percentage points to the growth.")]
    [InlineData("Rural lockers handled 260 million parcels, up 15.2%. They made up 31.7% of them, 1.7 percentage points more than a year earlier, and contributed 6.9 percentage points to the growth.")]
    public void NoGrowthOfTheWhole_TakesThePartsGrowthSaidBeforeTheShare(string said) =>
        Assert.Contains(RuleIds.Contribution, TestPipeline.Errors(Total + said));

    [Theory]
    [InlineData("Rural lockers handled 260 million parcels, up 15.2%, and their share rose to 31.7%, 1.7 percentage points more than a year earlier. They contributed 4.6 percentage points to the growth.")]
    [InlineData("Rural lockers handled 260 million parcels, up 15.2%. They made up 31.7% of them, 1.7 percentage points more than a year earlier, and contributed 4.6 percentage points to the growth.")]
    public void PartsGrowth_ThatAgrees_IsNoError(string said) =>
        Assert.DoesNotContain(RuleIds.Contribution, TestPipeline.Errors(Total + said));

    [Theory]
    [InlineData("Rural lockers handled 260 million parcels, up 15.2%, while urban lockers made up 68.3% of them, 1.7 percentage points less than a year earlier, and contributed 6.9 percentage points to the growth.")]
    [InlineData("Rural lockers handled 260 million parcels, up 15.2%, and urban ones 560 million, up 6.4%. They made up 31.7% of them, 1.7 percentage points more than a year earlier, and contributed 6.9 percentage points to the growth.")]
    public void GrowthOfAnotherSubject_IsNotThePartsGrowth(string said) =>
        Assert.DoesNotContain(RuleIds.Contribution, TestPipeline.Errors(Total + said));

    // Village kiosks: 41 million, down 10.0%, were 5.0% of the 820 million (6.1% a year earlier), so they took
    // 6.1% × 10.0% = 0.6 percentage point off the growth.
    [Theory]
    [InlineData("Rural lockers handled 260 million parcels, up 15.2%. Their share of the total was 31.7%, up 1.7 percentage points, and they added {0} percentage points to the growth.", "4.6", "6.9")]
    [InlineData("Rural lockers handled 260 million parcels, up 15.2%, or 31.7% of the total, a share 1.7 percentage points larger than the year before. It pushed the total up by {0} percentage points.", "4.6", "6.9")]
    [InlineData("Rural lockers grew 15.2%, and their share rose to 31.7%, 1.7 percentage points more than a year earlier, and on their own they added {0} percentage points to the growth.", "4.6", "6.9")]
    [InlineData("Village kiosks handled 41 million parcels, down 10.0%. Its share fell to 5.0%, 1.1 percentage points lower, and it pulled total growth down by {0} percentage point.", "0.6", "2.6")]
    [InlineData("Village kiosks handled 41 million parcels, down 10.0%. Its share fell to 5.0%, 1.1 percentage points lower, and it took {0} percentage point off growth.", "0.6", "2.6")]
    [InlineData("Village kiosks handled 41 million parcels, down 10.0%. Its share fell to 5.0%, 1.1 percentage points lower, and pulled the total down by {0} percentage point.", "0.6", "2.6")]
    public void ContributionSaidByMovingTheWhole_IsCheckedWithTheShareAndItsChange(string said, string agrees, string disagrees)
    {
        Assert.DoesNotContain(RuleIds.Contribution, TestPipeline.Errors(Total + string.Format(System.Globalization.CultureInfo.InvariantCulture, said, agrees)));
        Assert.Contains(RuleIds.Contribution, TestPipeline.Errors(Total + string.Format(System.Globalization.CultureInfo.InvariantCulture, said, disagrees)));
    }

    // With "they" in place of the new subject, each would be an error.
    [Theory]
    [InlineData("Rural lockers grew 15.2%, and their share rose to 31.7%, 1.7 percentage points more than a year earlier, and listed lockers added 6.9 percentage points to the growth.")]
    [InlineData("Rural lockers grew 15.2%, and their share rose to 31.7%, 1.7 percentage points more than a year earlier, and urban lockers pulled the total up by 6.9 percentage points.")]
    public void MovingVerbWithASubjectOfItsOwn_IsNotTheSharesPart(string said)
    {
        Assert.DoesNotContain(RuleIds.Contribution, TestPipeline.Errors(Total + said));
        Assert.Contains(RuleIds.Contribution, TestPipeline.Errors(Total + said.Replace("listed lockers", "they", StringComparison.Ordinal).Replace("urban lockers", "they", StringComparison.Ordinal)));
    }
}
