using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Tests.Pipeline;

/// <summary>--shard K/N: every file in exactly one shard, the same one on every run.</summary>
public class ShardTests
{
    private static readonly string[] Paths = [.. Enumerable.Range(0, 200).Select(i => $"archive/2025/briefing-{i:D3}.txt")];

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void Shards_TogetherAreTheWholeRun_EachFileOnce(int count)
    {
        var parts = Enumerable.Range(1, count).Select(k => Paths.Where(new Shard(k, count).Contains).ToList()).ToList();
        Assert.Equal(Paths.Length, parts.Sum(p => p.Count));
        Assert.Equal(Paths.Order(StringComparer.Ordinal), parts.SelectMany(p => p).Order(StringComparer.Ordinal));
        Assert.All(parts, p => Assert.NotEmpty(p));
    }

    [Fact]
    public void Hash_IsStable_AndIgnoresSeparatorStyle()
    {
        Assert.True(new Shard(2, 3).Contains("archive/2025/briefing-000.txt"));
        Assert.Equal(new Shard(2, 5).Contains("a/b.txt"), new Shard(2, 5).Contains("a\\b.txt"));
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("x")]
    public void Parse_RefusesOutOfRange(string text) => Assert.Null(Shard.Parse(text));
}
