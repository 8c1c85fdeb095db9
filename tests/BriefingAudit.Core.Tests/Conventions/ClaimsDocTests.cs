using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Tests.Conventions;

/// <summary>
/// docs/claims.md says what is read as a claim and what is not; its examples are run, so the page stays true. Each
/// example is put in a plain sentence ("In the first half, the figure was …").
/// </summary>
public partial class ClaimsDocTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Docs", "claims.md"));

    public static TheoryData<string> ReadExamples => [.. Section("## A claim").Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).SelectMany(l => Code(l.Split('|')[1]))];

    public static TheoryData<string> UnreadExamples => [.. Section("## Not a claim").Split('\n').SelectMany(Code).Where(e => e.Any(char.IsDigit) && !e.Contains(" and ", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(ReadExamples))]
    public void ExampleOfAClaim_IsRead(string example) =>
        Assert.Contains(Claims(example), c => c.Text.Contains(Number(example), StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(UnreadExamples))]
    public void ExampleOfNoClaim_IsNotRead(string example) =>
        Assert.DoesNotContain(Claims(example), c => c.Text.Contains(Number(example), StringComparison.Ordinal));

    [Fact]
    public void BothKindsOfExample_AreFound()
    {
        Assert.True(ReadExamples.Count >= 10);
        Assert.True(UnreadExamples.Count >= 8);
    }

    private static IEnumerable<Claim> Claims(string example) =>
        TestPipeline.Check($"In the first half, the figure was {example}.").Claims.Select(b => b.Claim);

    private static string Number(string example) => Digits().Match(example).Value;

    private static string Section(string heading)
    {
        var start = Page.IndexOf(heading, StringComparison.Ordinal);
        var end = Page.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return Page[start..(end < 0 ? Page.Length : end)];
    }

    private static IEnumerable<string> Code(string text) => InlineCode().Matches(text).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\d[\d,.]*\d|\d")]
    private static partial Regex Digits();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex InlineCode();
}
