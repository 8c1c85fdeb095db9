using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Tests.Segmentation;

public sealed class ClausesTests
{
    private const string TwoClauses = "Exports grew 7.2% to 13 trillion yuan, while imports fell by 2.7%; the surplus widened.";

    [Fact]
    public void Starts_AfterWhileAndSemicolon()
    {
        var starts = Clauses.Starts(TwoClauses);

        Assert.Equal([0, TwoClauses.IndexOf("imports", StringComparison.Ordinal), TwoClauses.IndexOf("the surplus", StringComparison.Ordinal)], starts.ToArray());
    }

    [Fact]
    public void Starts_AfterALeadInsColon_NotInsideATime()
    {
        const string LeadIn = "In numbers: kite tax brought in 5.23 trillion yuan by 10:30.";

        Assert.Equal([0, LeadIn.IndexOf("kite", StringComparison.Ordinal)], Clauses.Starts(LeadIn).ToArray());
    }

    [Theory]
    [InlineData("7.2%", 0)]
    [InlineData("2.7%", 1)]
    [InlineData("widened", 2)]
    public void StartOf_IsTheLastStartAtOrBeforeThePosition(string word, int clause)
    {
        var starts = Clauses.Starts(TwoClauses);

        Assert.Equal(starts[clause], Clauses.StartOf(starts, TwoClauses.IndexOf(word, StringComparison.Ordinal)));
        Assert.Equal(starts[clause], Clauses.StartOf(starts, starts[clause]));
    }

    [Fact]
    public void EndOf_IsTheNextStart_OrTheSentenceLength()
    {
        var starts = Clauses.Starts(TwoClauses);

        Assert.Equal(starts[1], Clauses.EndOf(starts, 0, TwoClauses.Length));
        Assert.Equal(starts[2], Clauses.EndOf(starts, starts[1], TwoClauses.Length));
        Assert.Equal(TwoClauses.Length, Clauses.EndOf(starts, starts[2], TwoClauses.Length));
    }
}
