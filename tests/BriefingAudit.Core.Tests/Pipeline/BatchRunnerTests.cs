using BriefingAudit.Core.Document;
using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Tests.Pipeline;

/// <summary>Parallel runs hand back every file in input order, and a file that fails never stops the others.</summary>
public class BatchRunnerTests
{
    private const string Consistent = "In the first half of the year, China's total imports and exports rose 2.9% to 21.79 trillion yuan.\n";

    private static TranscriptDocument Load(string path) => path switch
    {
        "empty.txt" => DocumentLoader.FromText(path, " "),
        "bug.txt" => throw new InvalidOperationException("boom"),
        _ => DocumentLoader.FromText(path, Consistent + path),
    };

    [Fact]
    public void ManyFiles_InInputOrder()
    {
        var paths = Enumerable.Range(0, 40).Select(i => $"f{i:D2}.txt").ToList();
        Assert.Equal(paths, new BatchRunner(TestPipeline.Default, Load, parallelism: 4).Run(paths).Select(o => o.Path));
    }

    [Fact]
    public void FailingFiles_BecomeFailures_OthersChecked()
    {
        var outcomes = new BatchRunner(TestPipeline.Default, Load, parallelism: 2).Run(["a.txt", "empty.txt", "bug.txt", "b.txt"]).ToList();
        Assert.Equal([false, true, true, false], outcomes.Select(o => o.Failed));
        Assert.Equal(Messages.EmptyFile, outcomes[1].Error);
        Assert.Contains("boom", outcomes[2].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Slim_KeepsFindingsAndCitedLines_DropsText()
    {
        var result = TestPipeline.Check(Consistent + "\nIn the first half of the year, China's total imports and exports reached 20 trillion yuan.\n");
        var slim = result.Slim();
        Assert.Equal((result.Findings, result.ClaimCount), (slim.Findings, slim.ClaimCount));
        Assert.Equal((string.Empty, 0), (slim.Document.Text, slim.Claims.Length));
        Assert.Equal(result.Document.SourceLine(3), slim.Document.SourceLine(3));
    }
}
