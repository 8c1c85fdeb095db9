using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>
/// A later item of a list that leaves out the verb of the item before it is read as that item was, with its own words
/// in place of that item's subject.
/// </summary>
public class GappedItemTests
{
    [Theory]
    [InlineData("In the first half, lighthouse fees were 3.4 billion yuan and buoy fees 1.2 billion yuan.", "1.2 billion yuan", "open:buoy fee")]
    // The verb's noun stays: vineyard cooperatives' sales, as orchard cooperatives' were; the growth after it is the item's.
    [InlineData("In the first half, orchard cooperatives sold 2.3 million tonnes, up 4%, and vineyard cooperatives 0.8 million tonnes, up 2%.", "0.8 million tonnes", "open:cooperative sale vineyard")]
    [InlineData("In the first half, orchard cooperatives sold 2.3 million tonnes, up 4%, and vineyard cooperatives 0.8 million tonnes, up 2%.", "2%", "open:cooperative sale vineyard")]
    // An item led by a preposition stands for what follows it in the first item, and the list goes on past the second.
    [InlineData("In the first half, investment in river ports was 82.5 billion yuan, down 3.1%; in canal locks 41.7 billion yuan, down 2.2%; and in dry docks 12.2 billion yuan, down 1.5%.", "41.7 billion yuan", "open:canal investment lock")]
    [InlineData("In the first half, investment in river ports was 82.5 billion yuan, down 3.1%; in canal locks 41.7 billion yuan, down 2.2%; and in dry docks 12.2 billion yuan, down 1.5%.", "12.2 billion yuan", "open:dock dry investment")]
    public void ItemWithoutAVerb_IsReadAsTheItemBefore_WithItsOwnSubject(string text, string claim, string measure) =>
        Assert.Equal(measure, TestPipeline.Bound(text, claim).Measure?.Id);

    [Theory]
    // What points back is no item with a name of its own.
    [InlineData("In the first half, ferry fees were 3.4 billion yuan, barge fees 2.1 billion yuan and tug fees 1.2 billion yuan, the latter two 3.3 billion yuan.", "3.3 billion yuan")]
    // A participle is a verb: "earning" says what the canals did, not what they are.
    [InlineData("In the first half, the two harbours earned 3.4 billion yuan, the three canals earning 1.2 billion yuan.", "1.2 billion yuan")]
    // No figure before it of its kind has a measure to take.
    [InlineData("In the first half, we received 3.4 billion yuan and buoy fees 1.2 billion yuan.", "1.2 billion yuan")]
    public void NoNamedItemOrNoReadingToFollow_StaysUnbound(string text, string claim) =>
        Assert.Null(TestPipeline.Bound(text, claim).Measure);

    [Fact]
    public void ItemBefore_NotNamedByItsOwnWords_IsNoModel()
    {
        // "barge loans by 3.2 billion yuan" is given another subject's measure; swapping words in it would make "ferry
        // tug loans".
        var measure = TestPipeline.Bound("In the first half, ferry loans rose by 5.1 billion yuan, barge loans by 3.2 billion yuan and tug loans by 1.1 billion yuan.", "1.1 billion yuan").Measure?.Id ?? string.Empty;
        Assert.DoesNotContain("ferry", measure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("In the first half, ferries carried 2.1 million passengers more than a year earlier, and canal boats together 0.4 million passengers.")]
    [InlineData("In the first half, ferry loans rose by 5.1 billion yuan, barge loans by 3.2 billion yuan and tug loans by 1.1 billion yuan.")]
    public void ItemOfAListOfChanges_IsAChange(string text) =>
        Assert.Equal(ClaimRole.AbsoluteChange, TestPipeline.Check(text).Claims[^1].Claim.Role);

    [Theory]
    // An amount after ", or" restates the change of the item before; the items are levels.
    [InlineData("In the first half, ferry fares came to 6,516 yuan, up 6.4%, or about 390 yuan more, and barge fares 7,601 yuan.", "7,601 yuan")]
    // A verb makes a clause of its own, not an item.
    [InlineData("In the first half, ferry loans rose by 5.1 billion yuan and reached 73.2 billion yuan.", "73.2 billion yuan")]
    public void ItemAfterALevel_OrAClause_StaysALevel(string text, string claim) =>
        Assert.Equal(ClaimRole.Level, TestPipeline.Bound(text, claim).Claim.Role);

    // The increase of the others is not their level, which an earlier answer gave.
    [Fact]
    public void ItemOfAListOfChanges_IsNotComparedWithLevels() =>
        Assert.Empty(TestPipeline.Errors(
            "Liu Wei:\n\nIn 2024, ferry operators spent 281.5 billion yuan on fuel. Other operators accounted for the remaining 62.3 billion yuan.\n\n"
            + "Xinhua:\n\nWhere did the increase come from?\n\nLiu Wei:\n\nIn 2024, ferry operators spent 21.7 billion yuan more than in 2023, or 78.7% of the increase, and the other operators together 5.9 billion yuan."));

    [Fact]
    public void ItemRestatedOtherwise_IsAnError() =>
        Assert.Contains(RuleIds.Restatement, TestPipeline.Errors("In the first half, lighthouse fees were 3.4 billion yuan and buoy fees 1.2 billion yuan. In the first half, buoy fees came to 2.9 billion yuan."));
}
