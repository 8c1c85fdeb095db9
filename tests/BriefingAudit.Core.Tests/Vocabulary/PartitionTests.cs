using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Tests.Vocabulary;

/// <summary>When the words before listed figures name every part of a whole.</summary>
public class PartitionTests
{
    private static readonly Partition UrbanRural = new("urban-rural", ["urban", "rural"]);
    private static readonly Partition Regions = new("regions", ["eastern", "central", "western", "northeast"]);

    [Theory]
    [InlineData("Of this, urban residents spent ", ", up 16.1%, and rural residents ")]
    [InlineData("Urban households ", " and Rural ones ")]
    public void EachMemberNamedOnce_IsComplete(string first, string second) =>
        Assert.True(UrbanRural.IsNamedBy([first, second]));

    [Theory]
    [InlineData("urban residents ", "and urban households ")]
    [InlineData("urban and rural residents ", "and rural residents ")]
    [InlineData("suburban residents ", "and rural residents ")]
    public void MemberMissingRepeatedOrInsideAWord_IsNotComplete(string first, string second) =>
        Assert.False(UrbanRural.IsNamedBy([first, second]));

    [Fact]
    public void MoreOrFewerItemsThanMembers_IsNotComplete()
    {
        Assert.False(UrbanRural.IsNamedBy(["urban ", "rural ", "and other "]));
        Assert.False(Regions.IsNamedBy(["the eastern region ", "the central region ", "the western region "]));
    }

    [Fact]
    public void MemberNamesTheWordsItStarts() =>
        Assert.True(Regions.IsNamedBy(["the eastern region ", "the central region ", "the western region ", "and the northeastern provinces "]));
}
