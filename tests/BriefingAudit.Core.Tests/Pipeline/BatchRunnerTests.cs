using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Tests.Pipeline;

/// <summary>Parallel runs hand back every file in input order, and a file that fails never stops the others.</summary>
public class BatchRunnerTests
{
    private const string Consistent = "In the first half of the year, China's total imports and exports rose 2.9% to 21.79 trillion yuan.\n";

    /// <summary>Each name as a file of a new folder: "empty" ones hold only a space, "missing" ones are not written.</summary>
    private static List<string> Files(params string[] names)
    {
        var folder = TestTemp.Folder("batch-");
        var paths = names.Select(name => Path.Combine(folder, name)).ToList();
        foreach (var path in paths.Where(p => !p.Contains("missing", StringComparison.Ordinal)))
        {
            File.WriteAllText(path, path.Contains("empty", StringComparison.Ordinal) ? " " : Consistent + Path.GetFileName(path));
        }

        return paths;
    }

    [Fact]
    public void ManyFiles_InInputOrder()
    {
        var paths = Files([.. Enumerable.Range(0, 40).Select(i => $"f{i:D2}.txt").Reverse()]);
        Assert.Equal(paths, new BatchRunner(TestPipeline.Default, parallelism: 4).Run(paths).Select(o => o.Path));
    }

    [Fact]
    public void FailingFiles_BecomeFailures_OthersChecked()
    {
        var outcomes = new BatchRunner(TestPipeline.Default, parallelism: 2).Run(Files("a.txt", "empty.txt", "missing.txt", "b.txt")).ToList();
        Assert.Equal([false, true, true, false], outcomes.Select(o => o.Failed));
        Assert.Equal(Messages.EmptyFile, outcomes[1].Error);
        Assert.Equal(Messages.FileNotFound, outcomes[2].Error);
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
