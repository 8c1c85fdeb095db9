namespace BriefingAudit.Cli.Tests;

/// <summary><c>eval CORPUS_DIR</c> as the README runs it, with the folder named relative to the working folder.</summary>
public partial class ExitCodeTests
{
    private const string Transcript = "Exports grew 7.2% to 13 trillion yuan.\n";
    private const string Truth = "claims:\n  - {line: 1, number: \"7.2\", unit: percent}\n  - {line: 1, number: \"13\", unit: yuan}\nrelations: []\nplanted: []\n";

    private static string Corpus(string root, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "one.txt"), Transcript);
        File.WriteAllText(Path.Combine(folder, "one.truth.yaml"), Truth);
        return folder;
    }

    [Fact]
    public void EvalOfAFolderNamedWithoutParent_PrintsTheTable()
    {
        var root = Path.GetDirectoryName(Write("README.md", "a corpus"))!;
        Corpus(root, "corpus");
        var (code, output, error) = RunIn(root, new Dictionary<string, string?>(), "eval", "corpus");
        Assert.True(code == 0, error);
        Assert.Contains("### corpus: 1 transcripts", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalReportsEachHeldOutFolder_Separately_InNameOrder()
    {
        var corpus = Corpus(Path.GetDirectoryName(Write("README.md", "a corpus"))!, "corpus");
        Corpus(corpus, "unseen-2");
        Corpus(corpus, "unseen");
        Directory.CreateDirectory(Path.Combine(corpus, "unseen-empty"));
        var (code, output, error) = Run("eval", corpus);
        Assert.True(code == 0, error);
        var first = output.IndexOf("### unseen: 1 transcripts", StringComparison.Ordinal);
        Assert.True(first > 0 && output.IndexOf("### unseen-2: 1 transcripts", StringComparison.Ordinal) > first, output);
        Assert.DoesNotContain("unseen-empty", output, StringComparison.Ordinal);
    }

    // Bad input gets one line naming the file and exit code 2, and the other folders are still measured.
    [Fact]
    public void EvalWithAMalformedTruthFile_NamesIt_AndStillMeasuresTheRest()
    {
        var corpus = Corpus(Path.GetDirectoryName(Write("README.md", "a corpus"))!, "corpus");
        var broken = Corpus(corpus, "unseen");
        File.WriteAllText(Path.Combine(broken, "one.truth.yaml"), "claims: [oops\n");
        Corpus(corpus, "unseen-2");

        var (code, output, error) = Run("eval", corpus);

        Assert.Equal(2, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"briefing-audit: {Path.Combine(broken, "one.truth.yaml")}: not a truth file", line, StringComparison.Ordinal);
        Assert.Contains("### unseen: 0 transcripts", output, StringComparison.Ordinal);
        Assert.Contains("  - not measured: ", output, StringComparison.Ordinal);
        Assert.Contains("### unseen-2: 1 transcripts", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalReportsEachHeldOutFolderOfPairs_UnderCompare()
    {
        var corpus = Corpus(Path.GetDirectoryName(Write("README.md", "a corpus"))!, "corpus");
        foreach (var pairs in new[] { "compare", "compare/unseen", "compare/unseen-2" })
        {
            var pair = Directory.CreateDirectory(Path.Combine(corpus, pairs, "p1")).FullName;
            File.WriteAllText(Path.Combine(pair, "source.zh.txt"), "出口增长7.2%。\n");
            File.WriteAllText(Path.Combine(pair, "target.en.txt"), "Exports grew 7.2%.\n");
            File.WriteAllText(Path.Combine(pair, "truth.yaml"), "mismatches: []\n");
        }

        var (code, output, error) = Run("eval", corpus);
        Assert.True(code == 0, error);
        var first = output.IndexOf("compare/unseen: 1 source/translation pairs", StringComparison.Ordinal);
        Assert.True(first > 0 && output.IndexOf("compare/unseen-2: 1 source/translation pairs", StringComparison.Ordinal) > first, output);
    }
}
