namespace BriefingAudit.Cli.Tests;

/// <summary><c>eval CORPUS_DIR</c> as the README runs it, with the folder named relative to the working folder.</summary>
public partial class ExitCodeTests
{
    [Fact]
    public void EvalOfAFolderNamedWithoutParent_PrintsTheTable()
    {
        var root = Path.GetDirectoryName(Write("README.md", "a corpus"))!;
        var corpus = Directory.CreateDirectory(Path.Combine(root, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "one.txt"), "Exports grew 7.2% to 13 trillion yuan.\n");
        File.WriteAllText(Path.Combine(corpus, "one.truth.yaml"), "claims:\n  - {line: 1, number: \"7.2\", unit: percent}\n  - {line: 1, number: \"13\", unit: yuan}\nrelations: []\nplanted: []\n");
        var (code, output, error) = RunIn(root, new Dictionary<string, string?>(), "eval", "corpus");
        Assert.True(code == 0, error);
        Assert.Contains("### corpus: 1 transcripts", output, StringComparison.Ordinal);
    }
}
