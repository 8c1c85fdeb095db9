using BriefingAudit.Core.Configuration;
using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Tests.Configuration;

/// <summary>A baseline hides the findings it records, also after lines above them move, and reports fixed ones as gone.</summary>
public class BaselineTests
{
    private const string Consistent = "In the first half of the year, China's total imports and exports rose 2.9% to 21.79 trillion yuan. Exports grew 7.2% to 13 trillion yuan, while imports fell by 2.7% to 8.79 trillion yuan.\n";
    private const string Slip = "\nIn the first half of the year, China's total imports and exports reached 20 trillion yuan.\n";
    private static readonly string Folder = Path.GetFullPath("/briefings");
    private static readonly string File1 = Path.Combine(Folder, "h1.txt");

    private static FileOutcome Check(string text) => FileOutcome.Checked(File1, TestPipeline.Default.RunText(text, File1));

    [Fact]
    public void RecordedFinding_IsKnown_EvenWhenLinesAboveMove()
    {
        var baseline = Baseline.FromOutcomes(Folder, [Check(Consistent + Slip)]);
        var (outcome, known, gone) = baseline.Apply(Check("Opening remarks.\n\nMore remarks.\n\n" + Consistent + Slip));
        Assert.Empty(outcome.Result!.Findings);
        Assert.Equal(1, known);
        Assert.Empty(gone);
    }

    [Fact]
    public void FixedFinding_IsGone()
    {
        var baseline = Baseline.FromOutcomes(Folder, [Check(Consistent + Slip)]);
        var (_, known, gone) = baseline.Apply(Check(Consistent));
        Assert.Equal(0, known);
        Assert.Equal("h1.txt", Assert.Single(gone).Path);
    }

    [Fact]
    public void NewFinding_IsKept()
    {
        var baseline = Baseline.FromOutcomes(Folder, [Check(Consistent)]);
        var (outcome, known, _) = baseline.Apply(Check(Consistent + Slip));
        Assert.Equal("BA1001", Assert.Single(outcome.Result!.Findings).RuleId);
        Assert.Equal(0, known);
    }

    [Fact]
    public void SaveAndLoad_RoundTrips()
    {
        var path = Path.Combine(TestTemp.Folder("baseline-"), Baseline.DefaultFileName);
        var baseline = Baseline.FromOutcomes(Path.GetDirectoryName(path)!, [Check(Consistent + Slip)]);
        baseline.Save(path);
        Assert.Equal<BaselineEntry>(baseline.Entries, Baseline.Load(path).Entries);
    }

    [Fact]
    public void NotABaseline_ErrorNamesTheFile()
    {
        var path = Path.Combine(TestTemp.Folder("baseline-"), "b.json");
        File.WriteAllText(path, "[1, 2");
        var ex = Assert.Throws<ConfigurationException>(() => Baseline.Load(path));
        Assert.StartsWith(path + ":", ex.Message, StringComparison.Ordinal);
    }
}
