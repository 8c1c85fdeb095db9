using System.Text.Json;

namespace BriefingAudit.Cli.Tests;

/// <summary>Batch runs as CI uses them: config, baseline, init, jsonl, shards, and the same bytes on every run.</summary>
public partial class ExitCodeTests
{
    private static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "Samples");

    [Fact]
    public void SampleFolder_TwoRuns_ByteIdenticalOutput()
    {
        foreach (var format in new[] { "text", "jsonl", "sarif" })
        {
            var first = Run("check", SamplesFolder, "--format", format, "--jobs", "2");
            var second = Run("check", SamplesFolder, "--format", format, "--jobs", "2");
            Assert.Equal(1, first.Code);
            Assert.Equal(first.Out, second.Out);
        }
    }

    [Fact]
    public void Jsonl_OneLinePerFile_InInputOrder_SummaryOnStderr()
    {
        var (_, output, error) = Run("check", SamplesFolder, "--format", "jsonl");
        var paths = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Equal(Directory.EnumerateFiles(SamplesFolder).Count(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)), paths.Count);
        Assert.Contains("files/s", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_TogetherGiveExactlyTheWholeRun()
    {
        static List<string> Lines(params string[] extra) =>
            [.. Run(["check", SamplesFolder, "--format", "jsonl", .. extra]).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
        var whole = Lines();
        var shards = Enumerable.Range(1, 3).SelectMany(k => Lines("--shard", $"{k}/3")).ToList();
        Assert.Equal(whole.Order(StringComparer.Ordinal), shards.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Summary_ListsEveryFile_CheckedOrFailed()
    {
        var (_, _, error) = Run("check", Write("ok.txt", Consistent), "/no/such/file.txt");
        Assert.Matches(@"ok\.txt: checked, \d+ claim\(s\), 0 finding\(s\)", error);
        Assert.Contains("/no/such/file.txt: failed: no such file or folder", error, StringComparison.Ordinal);
        Assert.Contains("2 file(s): 1 checked, 1 failed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void OneFile_TextReport_ClosesOnce()
    {
        var (code, output, error) = Run("check", Write("ok.txt", Consistent));
        Assert.Equal(0, code);
        Assert.Contains("1 file(s) checked", output, StringComparison.Ordinal);
        Assert.Empty(error);
        // Any other format, or more than one file, still gets the summary on standard error.
        Assert.Contains("1 file(s): 1 checked", Run("check", Write("ok.txt", Consistent), "--format", "json").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigWithMisspeltKey_Exits2_WithPositionAndHint()
    {
        var config = Write("c.yaml", "format: text\nfail_on: warning\n");
        var (code, _, error) = Run("check", Write("ok.txt", Consistent), "--config", config);
        Assert.Equal(2, code);
        Assert.Contains("c.yaml:2:1: unknown key 'fail_on'; did you mean 'fail-on'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigSeverity_LowersTheRule_GatePasses()
    {
        var config = Write("c.yaml", "severities:\n  BA1001: warning\n");
        Assert.Equal(0, Run("check", Write("slip.txt", Slip), "--config", config).Code);
        Assert.Equal(1, Run("check", Write("slip.txt", Slip), "--config", config, "--fail-on", "warning").Code);
    }

    [Fact]
    public void Baseline_KnownFindingPasses_NewFails_FixedIsGone()
    {
        var slip = Write("slip.txt", Slip);
        var baseline = Path.Combine(Path.GetDirectoryName(slip)!, "baseline.json");
        Assert.Equal(0, Run("baseline", slip, "--output", baseline).Code);
        Assert.Equal(0, Run("check", slip, "--baseline", baseline).Code);
        File.WriteAllText(slip, "Opening remarks.\n\n" + Slip + "\nExports grew 7.2% to 15 trillion yuan.\n");
        Assert.Equal(1, Run("check", slip, "--baseline", baseline).Code);
        File.WriteAllText(slip, Consistent);
        var (code, output, error) = Run("check", slip, "--baseline", baseline);
        Assert.Equal(0, code);
        Assert.Matches(@"slip\.txt: gone BA1001: ", output);
        Assert.Contains("baseline: 0 known, 1 gone", output, StringComparison.Ordinal);
        Assert.Contains("baseline: 0 known, 1 gone", Run("check", slip, "--baseline", baseline, "--format", "jsonl").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_WritesConfigOnce()
    {
        var folder = TestTemp.Folder("init-");
        Assert.Equal(0, RunIn(folder, [], "init").Code);
        Assert.True(File.Exists(Path.Combine(folder, ".briefing-audit.yaml")));
        Assert.Equal(2, RunIn(folder, [], "init").Code);
    }
}
