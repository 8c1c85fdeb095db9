using System.Text.Json;

namespace BriefingAudit.Cli.Tests;

/// <summary><c>compare SOURCE TARGET</c> as a translation gate runs it: the same exit codes and reports as check.</summary>
public partial class ExitCodeTests
{
    private const string Chinese = "上半年，我国进出口总值超过20万亿元，创历史同期新高。二季度进出口同比增长4.5%。\n";
    private const string Faithful = "In the first half of the year, China's total imports and exports exceeded 20 trillion yuan, a record high for the same period. In the second quarter, imports and exports grew 4.5% year on year.\n";
    private const string HedgeLost = "In the first half of the year, China's total imports and exports reached 20 trillion yuan, a record high for the same period. In the second quarter, imports and exports grew 4.5% year on year.\n";

    [Fact]
    public void FaithfulTranslation_Exits0() => Assert.Equal(0, Run("compare", Write("zh.txt", Chinese), Write("en.txt", Faithful)).Code);

    [Fact]
    public void LostHedge_Exits1_CitingBothFiles()
    {
        var (code, output, _) = Run("compare", Write("zh.txt", Chinese), Write("en.txt", HedgeLost));
        Assert.Equal(1, code);
        Assert.Matches(@"en\.txt:1:\d+: error BA3003: 20 trillion yuan \(en\.txt:1\) translates 超过20万亿元 \(zh\.txt:1\)", output);
        Assert.Matches(@"zh\.txt:1 \| .*超过20万亿元", output);
    }

    [Fact]
    public void Json_ClaimsCarryTheirFile()
    {
        var (_, output, _) = Run("compare", Write("zh.txt", Chinese), Write("en.txt", HedgeLost), "--format", "json");
        using var json = JsonDocument.Parse(output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.EndsWith("en.txt", finding.GetProperty("file").GetString(), StringComparison.Ordinal);
        var files = finding.GetProperty("claims").EnumerateArray().Select(c => Path.GetFileName(c.GetProperty("file").GetString())).ToList();
        Assert.Equal(["zh.txt", "en.txt"], files);
    }

    [Fact]
    public void LineRange_KeepsTheFilesLineNumbers()
    {
        var target = Write("en.txt", "Title line\n\n" + HedgeLost + "\nExports fell 9% to 1 trillion yuan.\n");
        var (code, output, _) = Run("compare", Write("zh.txt", Chinese), target, "--target-lines", "3-3", "--fail-on", "warning");
        Assert.Equal(1, code);
        Assert.Matches(@"en\.txt:3:\d+: error BA3003", output);
        Assert.DoesNotContain("BA3006", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("compare", "one.txt")]
    [InlineData("compare", "a.txt", "b.txt", "--source-lang", "fr")]
    [InlineData("compare", "a.txt", "b.txt", "--target-lines", "54-44")]
    public void BadCompareCommandLine_Exits2(params string[] args) => Assert.Equal(2, Run(args).Code);

    [Fact]
    public void MissingSource_Exits2_Named()
    {
        var (code, _, error) = Run("compare", "/no/such/zh.txt", Write("en.txt", Faithful));
        Assert.Equal(2, code);
        Assert.Contains("/no/such/zh.txt: no such file or folder", error, StringComparison.Ordinal);
    }
}
