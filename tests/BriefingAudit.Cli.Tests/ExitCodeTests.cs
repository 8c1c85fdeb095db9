using System.Text.Json;

namespace BriefingAudit.Cli.Tests;

/// <summary>The command as a user or CI runs it: exit codes, formats, and bad input that never stops the rest.</summary>
public partial class ExitCodeTests
{
    private const string Consistent = Cli.Consistent;
    private const string Slip = Cli.Slip;

    private static (int Code, string Out, string Err) Run(params string[] args) => Cli.Run(args);

    private static (int Code, string Out, string Err) RunWith(Dictionary<string, string?> environment, params string[] args) => Cli.RunIn(null, environment, args);

    private static (int Code, string Out, string Err) RunIn(string? folder, Dictionary<string, string?> environment, params string[] args) => Cli.RunIn(folder, environment, args);

    private static string Write(string name, string text) => Cli.Write(name, text);

    [Fact]
    public void ConsistentFile_Exits0() => Assert.Equal(0, Run("check", Write("ok.txt", Consistent)).Code);

    [Fact]
    public void ErrorFinding_Exits1_CompilerStyle()
    {
        var (code, output, _) = Run("check", Write("slip.txt", Slip));
        Assert.Equal(1, code);
        Assert.Matches(@"slip\.txt:3:\d+: error BA1001: ", output);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("compare", "a.zh.txt", "-h")]
    public void Help_AnywhereOnTheLine_PrintsUsageToStandardOutput_Exits0(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(0, code);
        Assert.StartsWith("Usage:", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void FailOnNever_Exits0() => Assert.Equal(0, Run("check", Write("slip.txt", Slip), "--fail-on", "never").Code);

    [Fact]
    public void MissingFile_Exits2_OthersStillReported()
    {
        var good = Write("slip.txt", Slip);
        var (code, output, error) = Run("check", "/no/such/file.txt", good, "--format", "json");
        Assert.Equal(2, code);
        Assert.Contains("/no/such/file.txt: no such file or folder", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("failed").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Json_HasTheDocumentedShape()
    {
        var (_, output, _) = Run("check", Write("slip.txt", Slip), "--format", "json");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("briefing-audit", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("checked", root.GetProperty("files")[0].GetProperty("status").GetString());
        var finding = root.GetProperty("findings")[0];
        Assert.Equal("BA1001", finding.GetProperty("rule").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(3, finding.GetProperty("line").GetInt32());
        Assert.Contains(finding.GetProperty("claims").EnumerateArray(), c => c.GetProperty("text").GetString() == "20 trillion yuan");
    }

    [Fact]
    public void BadRuleFile_Exits2_WithPosition()
    {
        var rules = Write("bad.yaml", "version: 1\nrules:\n  - {id: BA9001, kind: summ, title: t}\n");
        var (code, _, error) = Run("check", Write("ok.txt", Consistent), "--rules", rules);
        Assert.Equal(2, code);
        Assert.Contains("bad.yaml:3:", error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'sum'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_Exits2() => Assert.Equal(2, Run("check", "--colour").Code);

    [Fact]
    public void Claims_ListsWhatWasRead()
    {
        var (code, output, _) = Run("claims", Write("ok.txt", Consistent));
        Assert.Equal(0, code);
        Assert.Contains("21.79 trillion yuan | level", output, StringComparison.Ordinal);
        Assert.Contains("total-trade", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryAndEmptyFiles_Exit2_EachNamed()
    {
        var binary = Write("x.txt", "a\0b");
        var empty = Write("e.txt", "");
        var (code, _, error) = Run("check", binary, empty);
        Assert.Equal(2, code);
        Assert.Contains("x.txt: binary file", error, StringComparison.Ordinal);
        Assert.Contains("e.txt: empty file", error, StringComparison.Ordinal);
    }
}
