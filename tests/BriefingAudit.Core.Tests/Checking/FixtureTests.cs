using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking;

/// <summary>
/// The customs briefing of 14 July 2025 (Fixtures/, a copy of the public transcript): one real slip, and every
/// consistent relation turns into a finding when one of its figures is changed.
/// </summary>
public class FixtureTests
{
    private const string Name = "h1-2025-trade-briefing.en.txt";

    private static AuditResult CheckFixture(Func<string[], string[]>? mutate = null)
    {
        var lines = TestPipeline.Fixture(Name).Split('\n');
        return TestPipeline.Check(string.Join('\n', mutate is null ? lines : mutate(lines)));
    }

    private static Func<string[], string[]> Replace(int line, string from, string to) => lines =>
    {
        Assert.Contains(from, lines[line - 1], StringComparison.Ordinal);
        var copy = (string[])lines.Clone();
        copy[line - 1] = copy[line - 1].Replace(from, to, StringComparison.Ordinal);
        return copy;
    };

    [Fact]
    public void RealTranscript_HasExactlyTheOneLostHedge()
    {
        var result = CheckFixture();
        var error = Assert.Single(result.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(RuleIds.Restatement, error.RuleId);
        Assert.Contains(error.Claims, c => c.Text == "21.79 trillion yuan" && c.Span.Line == 44);
        Assert.Contains(error.Claims, c => c.Text == "20 trillion yuan" && c.Span.Line == 46);
        Assert.True(result.Findings.Count(f => f.Severity == Severity.Warning) <= 3);
    }

    [Fact]
    public void LostHedge_MessageShowsTheArithmetic()
    {
        var error = CheckFixture().Findings.Single(f => f.Severity == Severity.Error);
        Assert.Contains("[19.5, 20.5] trillion yuan", error.Message, StringComparison.Ordinal);
        Assert.Contains("21.785", error.Message, StringComparison.Ordinal);
        Assert.Equal(46, error.Location.Line);
    }

    [Theory]
    [InlineData(48, "11.29 trillion", "14.14 trillion", "14.14 trillion yuan")]
    [InlineData(48, "51.8%", "65.0%", "65.0%")]
    [InlineData(270, "530.35 billion", "662.97 billion", "662.97 billion yuan")]
    [InlineData(166, "4.4 percentage points", "5.8 percentage points", "5.8 percentage points")]
    [InlineData(44, "to 13 trillion", "to 15 trillion", "15 trillion yuan")]
    [InlineData(44, "8.79 trillion", "9.79 trillion", "9.79 trillion yuan")]
    [InlineData(222, "2.82 trillion", "3.82 trillion", "3.82 trillion yuan")]
    [InlineData(222, "12.9%", "15.9%", "15.9%")]
    [InlineData(288, "6.11 trillion", "7.11 trillion", "7.11 trillion yuan")]
    [InlineData(288, "28.1%", "31.1%", "31.1%")]
    [InlineData(316, "3.95 trillion", "4.95 trillion", "4.95 trillion yuan")]
    [InlineData(316, "to 18.1%", "to 21.1%", "21.1%")]
    [InlineData(316, "growing 11.2%", "growing 13.2%", "13.2%")]
    [InlineData(316, "8.3 percentage points", "6.3 percentage points", "6.3 percentage points")]
    [InlineData(164, "12.48 trillion", "14.48 trillion", "14.48 trillion yuan")]
    [InlineData(164, "57.3%", "59.9%", "59.9%")]
    [InlineData(74, "3.85 trillion", "4.35 trillion", "4.35 trillion yuan")]
    [InlineData(74, "2.34 trillion", "2.84 trillion", "2.84 trillion yuan")]
    [InlineData(74, "1.51 trillion", "1.91 trillion", "1.91 trillion yuan")]
    [InlineData(240, "1.03 trillion", "1.53 trillion", "about 1.53 trillion yuan")]
    [InlineData(270, "2.08 trillion", "2.38 trillion", "2.38 trillion yuan")]
    [InlineData(270, "1.55 trillion", "1.95 trillion", "1.95 trillion yuan")]
    [InlineData(312, "1.9 percentage points", "2.9 percentage points", "2.9 percentage points")]
    [InlineData(44, "2.9% year on year to 21.79", "3.9% year on year to 21.79", "3.9%")]
    [InlineData(96, "11.29 trillion", "10.29 trillion", "10.29 trillion yuan")]
    public void ChangedFigure_IsCited(int line, string from, string to, string cited)
    {
        var errors = CheckFixture(Replace(line, from, to)).Findings.Where(f => f.Severity == Severity.Error).ToList();
        Assert.Contains(errors, f => f.Claims.Any(c => c.Text == cited && c.Span.Line == line));
    }

    [Fact]
    public void ConsistentRestatement_WithHedge_IsNoError()
    {
        var errors = CheckFixture(Replace(46, "reached 20 trillion", "reached more than 20 trillion")).Findings.Where(f => f.Severity == Severity.Error);
        Assert.Empty(errors);
    }
}
