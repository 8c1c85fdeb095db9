using System.Text.Json;

namespace BriefingAudit.Cli.Tests;

/// <summary>The CI formats as a workflow runs them: chosen by --format, written with --output, wired to the environment.</summary>
public partial class ExitCodeTests
{
    [Fact]
    public void SarifToOutputFile_Exits1_LogNamesTheRule()
    {
        var input = Write("slip.txt", Slip);
        var sarif = Path.Combine(Path.GetDirectoryName(input)!, "results.sarif");
        var (code, _, _) = Run("check", input, "--format", "sarif", "--output", sarif);
        Assert.Equal(1, code);
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        Assert.Equal("BA1001", log.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void ClaimsAsSarif_Exits2() => Assert.Equal(2, Run("claims", Write("ok.txt", Consistent), "--format", "sarif").Code);

    [Fact]
    public void GitHubWithElevenErrors_StepSummaryFromEnvironment()
    {
        var folder = Path.GetDirectoryName(Write("slip01.txt", Slip))!;
        for (var i = 2; i <= 11; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"slip{i:00}.txt"), Slip);
        }

        var summary = Path.Combine(TestTemp.Folder("summary-"), "summary.md");
        var (code, output, _) = RunWith(new() { ["GITHUB_STEP_SUMMARY"] = summary }, "check", folder, "--format", "github");
        Assert.Equal(1, code);
        Assert.Equal(11, output.Split('\n').Count(l => l.StartsWith("::error file=", StringComparison.Ordinal)));
        Assert.Contains("| BA1001 | error |", File.ReadAllText(summary), StringComparison.Ordinal);
    }
}
