using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking;

/// <summary>Issue 4's derived relations on the real transcript: each change below breaks one and is cited.</summary>
public class DerivedFixtureTests
{
    private static List<BriefingAudit.Core.Checking.Finding> ErrorsAfter(int line, string from, string to)
    {
        var lines = TestPipeline.Fixture("h1-2025-trade-briefing.en.txt").Split('\n');
        Assert.Contains(from, lines[line - 1], StringComparison.Ordinal);
        lines[line - 1] = lines[line - 1].Replace(from, to, StringComparison.Ordinal);
        return [.. TestPipeline.Check(string.Join('\n', lines)).Findings.Where(f => f.Severity == Severity.Error)];
    }

    [Theory]
    [InlineData(48, "0.9 percentage point", "1.4 percentage point", "1.4 percentage point", RuleIds.ShareChange)]
    [InlineData(164, "2.3 percentage points", "3.2 percentage points", "3.2 percentage points", RuleIds.ShareChange)]
    [InlineData(316, "1.3 percentage points", "1.9 percentage points", "1.9 percentage points", RuleIds.ShareChange)]
    [InlineData(74, "more than 600 billion yuan", "more than 753 billion yuan", "more than 753 billion yuan", RuleIds.AbsoluteChange)]
    [InlineData(222, "more than 15 billion yuan", "more than 22 billion yuan", "more than 22 billion yuan", RuleIds.Average)]
    [InlineData(270, "down 9.3%", "down 11.9%", "11.9%", RuleIds.Growth)]
    [InlineData(44, "jumped 2.9%", "jumped 3.9%", "3.9%", RuleIds.Growth)]
    [InlineData(312, "contributed 3 percentage points", "contributed 5 percentage points", "5 percentage points", RuleIds.Contribution)]
    [InlineData(74, "up 5.2% from a year earlier", "up 8.2% from a year earlier", "8.2%", RuleIds.Growth)]
    [InlineData(50, "1.2 percentage points higher", "2.9 percentage points higher", "2.9 percentage points", RuleIds.ShareChange)]
    public void ChangedDerivedFigure_IsCitedByItsRule(int line, string from, string to, string cited, string rule)
    {
        var errors = ErrorsAfter(line, from, to);
        Assert.Contains(errors, f => f.RuleId == rule && f.Claims.Any(c => c.Text == cited && c.Span.Line == line));
    }

    [Fact]
    public void Tightening_ExplainsWhereTheNarrowIntervalCameFrom()
    {
        var growth = ErrorsAfter(44, "jumped 2.9%", "jumped 3.9%").First(f => f.RuleId == RuleIds.Growth);
        Assert.Contains("pinned to", growth.Message, StringComparison.Ordinal);
        Assert.Contains("21.79 trillion yuan less 8.79 trillion yuan", growth.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShareChange_ShowsTheImpliedLastYearShare()
    {
        var finding = ErrorsAfter(48, "0.9 percentage point", "1.4 percentage point").First(f => f.RuleId == RuleIds.ShareChange);
        Assert.Contains("implied last-year share 50.92%", finding.Message, StringComparison.Ordinal);
    }
}
