using System.Globalization;
using System.Text;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Reporting;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…::message</c>), which GitHub turns into annotations on
/// the changed lines. GitHub shows only <see cref="AnnotationLimit"/> of each level per step, so above that the full
/// list is also appended as a Markdown table to <see cref="ReportOptions.StepSummaryPath"/>, when one is given.
/// </summary>
public sealed class GitHubReporter : IReporter
{
    /// <summary>How many error, and how many warning, annotations GitHub shows for one step.</summary>
    public const int AnnotationLimit = 10;

    public string Name => "github";

    public void Write(AuditReport report, TextWriter output, ReportOptions options)
    {
        foreach (var file in report.Files)
        {
            var path = Property(options.DisplayPath(file.Path));
            if (file.Failed)
            {
                output.WriteLine($"::error file={path}::{Data(file.Error!)}");
                continue;
            }

            foreach (var finding in file.Result!.Findings)
            {
                var at = finding.Location;
                output.WriteLine(
                    $"::{Command(finding.Severity)} file={path},line={at.Line},col={at.Column},endColumn={at.Column + at.Length},title={Property(finding.RuleId)}::{Data(finding.Message)}");
            }
        }

        if (options.StepSummaryPath is { } summary && OverLimit(report))
        {
            File.AppendAllText(summary, StepSummary(report, options));
        }
    }

    private static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>An unreadable input is an error annotation too, so it counts towards the limit.</summary>
    private static bool OverLimit(AuditReport report) =>
        report.Count(Severity.Error) + report.Files.Count(f => f.Failed) > AnnotationLimit
        || report.Count(Severity.Warning) > AnnotationLimit
        || report.Count(Severity.Info) > AnnotationLimit;

    private static string StepSummary(AuditReport report, ReportOptions options)
    {
        var invariant = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine(invariant, $"### briefing-audit: {report.Findings.Count()} finding(s) in {report.Files.Length} file(s)");
        table.AppendLine();
        table.AppendLine(invariant, $"GitHub shows only {AnnotationLimit} errors and {AnnotationLimit} warnings of a step as annotations; this is the full list.");
        table.AppendLine();
        table.AppendLine("| File | Line | Rule | Severity | Message |");
        table.AppendLine("|---|---|---|---|---|");
        foreach (var file in report.Files)
        {
            var path = Cell(options.DisplayPath(file.Path));
            if (file.Failed)
            {
                table.AppendLine(invariant, $"| {path} | | | error | {Cell(file.Error!)} |");
                continue;
            }

            foreach (var finding in file.Result!.Findings)
            {
                table.AppendLine(invariant, $"| {path} | {finding.Location.Line} | {finding.RuleId} | {SeverityName(finding)} | {Cell(finding.Message)} |");
            }
        }

        return table.AppendLine().ToString();
    }

    private static string SeverityName(Finding finding) => finding.Severity.ToString().ToLowerInvariant();

    /// <summary>The message after <c>::</c>: GitHub decodes %25, %0D and %0A, and a raw newline would end the command.</summary>
    internal static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value: as <see cref="Data"/>, and ':' and ',' would end the value.</summary>
    internal static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>A table cell shows the text as written: no HTML, no column breaks, no line breaks.</summary>
    private static string Cell(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .ReplaceLineEndings("<br>");
}
