using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>
/// A contribution "of the G% growth" is tied to the share and share change that end its clause, or end the sentence
/// before when a pronoun is its subject; a contribution with a subject of its own is not.
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
}
