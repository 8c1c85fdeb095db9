namespace BriefingAudit.Cli.Tests;

/// <summary>The editor's view from the command line: the HTML report file and the serve command's arguments.</summary>
public partial class ExitCodeTests
{
    [Fact]
    public void HtmlFormat_WritesOneSelfContainedPage()
    {
        var output = Path.Combine(Path.GetDirectoryName(Write("slip.txt", Slip))!, "report.html");
        var (code, stdout, _) = Run("check", Write("slip.txt", Slip), "--format", "html", "--output", output);
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        var html = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("data-finding=\"BA1001\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimsHasNoHtmlFormat_Exits2() => Assert.Equal(2, Run("claims", Write("ok.txt", Consistent), "--format", "html").Code);

    [Theory]
    [InlineData("--port", "http")]
    [InlineData("--port", "70000")]
    [InlineData("--host", "example.org")]
    [InlineData("--colour", "red")]
    [InlineData("--rules", "/no/such/rules.yaml")]
    public void ServeWithBadArgument_Exits2_NamingIt(string option, string value)
    {
        var (code, _, error) = Run("serve", option, value);
        Assert.Equal(2, code);
        Assert.Contains(option == "--rules" ? value : option, error, StringComparison.Ordinal);
    }

    [Fact]
    public void PortIsForServeOnly_Exits2() => Assert.Contains("unknown option '--port'", Run("check", Write("ok.txt", Consistent), "--port", "80").Err, StringComparison.Ordinal);
}
