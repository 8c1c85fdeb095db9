using System.Globalization;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;

namespace BriefingAudit.Core.Tests.Reporting;

/// <summary>A run with known slips (BA2002 on line 3, BA1001 on line 5 at column 74) and an input that could not be read.</summary>
internal static class TestReports
{
    public const string CheckedPath = "slip.txt";
    public const string FailedPath = "missing.txt";

    public const string Slip = """
        In the first half of the year, China's total imports and exports rose 2.9% to 21.79 trillion yuan. Exports grew 7.2% to 13 trillion yuan, while imports fell by 2.7% to 8.79 trillion yuan.

        In the first half of the year, trade with ASEAN reached 3.67 trillion yuan, accounting for 19.5% of total foreign trade.

        In the first half of the year, China's total imports and exports reached 20 trillion yuan.
        """;

    public static AuditReport Create(string text = Slip) =>
        new([Checked(text), FileOutcome.Failure(FailedPath, Messages.FileNotFound)], TestPipeline.Default.Rules);

    public static FileOutcome Checked(string text = Slip, string path = CheckedPath) =>
        FileOutcome.Checked(path, TestPipeline.Default.RunText(text, path));

    /// <summary>The same report with every finding changed, to reach severities and messages the rules do not produce.</summary>
    public static AuditReport WithFindings(AuditReport report, Func<Finding, Finding> change) => report with
    {
        Files = [.. report.Files.Select(f => f.Failed ? f : f with { Result = f.Result! with { Findings = [.. f.Result.Findings.Select(change)] } })],
    };

    public static string Write(IReporter reporter, AuditReport report, ReportOptions? options = null)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        reporter.Write(report, output, options ?? new ReportOptions());
        return output.ToString();
    }
}
