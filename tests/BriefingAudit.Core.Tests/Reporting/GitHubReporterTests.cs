using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Reporting;

/// <summary>Workflow commands as the GitHub runner parses them, and the step summary when annotations would be cut.</summary>
public class GitHubReporterTests
{
    private static string[] Lines(AuditReport report, ReportOptions? options = null) =>
        TestReports.Write(new GitHubReporter(), report, options).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary><paramref name="count"/> files with one error each (the BA1001 slip).</summary>
    private static AuditReport Errors(int count)
    {
        var result = TestReports.Checked().Result!;
        var one = result with { Findings = [.. result.Findings.Where(f => f.RuleId == RuleIds.Restatement)] };
        return new AuditReport([.. Enumerable.Range(1, count).Select(i => FileOutcome.Checked($"f{i}.txt", one))], TestPipeline.Default.Rules);
    }

    private static string SummaryPath() => Path.Combine(TestTemp.Folder("github-"), "summary.md");

    [Fact]
    public void GitHub_IsRegistered() => Assert.IsType<GitHubReporter>(Reporters.Find("github"));

    [Fact]
    public void ErrorFinding_AnnotatesTheFigureSpan() =>
        Assert.Contains(Lines(TestReports.Create()), l => l.StartsWith("::error file=slip.txt,line=5,col=74,endColumn=90,title=BA1001::total trade, the first half", StringComparison.Ordinal));

    [Fact]
    public void UnreadableFile_ErrorOnTheFile() =>
        Assert.Contains($"::error file={TestReports.FailedPath}::{Messages.FileNotFound}", Lines(TestReports.Create()));

    [Fact]
    public void WarningAndInfo_WarningAndNotice()
    {
        var report = TestReports.WithFindings(TestReports.Create(), f => f with { Severity = f.RuleId == RuleIds.Restatement ? Severity.Warning : Severity.Info });
        var lines = Lines(report);
        Assert.Contains(lines, l => l.StartsWith("::warning file=slip.txt,line=5,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("::notice file=slip.txt,line=3,", StringComparison.Ordinal));
    }

    [Fact]
    public void PercentCommaColonNewline_Escaped()
    {
        var report = TestReports.WithFindings(TestReports.Create(), f => f with { Message = "up 5%, then:\r\nflat" });
        report = report with { Files = report.Files.Add(FileOutcome.Failure("q2,final:v2.txt", "50% read\nstopped")) };
        var lines = Lines(report);
        Assert.Contains("::error file=slip.txt,line=5,col=74,endColumn=90,title=BA1001::up 5%25, then:%0D%0Aflat", lines);
        Assert.Contains("::error file=q2%2Cfinal%3Av2.txt::50%25 read%0Astopped", lines);
    }

    [Fact]
    public void TenErrors_NoStepSummary()
    {
        var summary = SummaryPath();
        Lines(Errors(GitHubReporter.AnnotationLimit), new ReportOptions(StepSummaryPath: summary));
        Assert.False(File.Exists(summary));
    }

    [Fact]
    public void ElevenErrors_StepSummaryTableAppended()
    {
        var summary = SummaryPath();
        Directory.CreateDirectory(Path.GetDirectoryName(summary)!);
        File.WriteAllText(summary, "earlier step\n");
        Assert.Equal(11, Lines(Errors(11), new ReportOptions(StepSummaryPath: summary)).Length);
        var table = File.ReadAllLines(summary);
        Assert.Equal("earlier step", table[0]);
        Assert.Contains("| File | Line | Rule | Severity | Message |", table);
        Assert.Equal(11, table.Count(l => l.StartsWith("| f", StringComparison.Ordinal) && l.Contains("| 5 | BA1001 | error |", StringComparison.Ordinal)));
    }
}
