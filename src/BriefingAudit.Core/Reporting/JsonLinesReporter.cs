using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Reporting;

/// <summary>
/// JSON Lines: one object per input file (path, status, error, claims, notes, findings as in the JSON report),
/// written as each file is checked, in input order. Nothing else goes to standard output.
/// </summary>
public sealed class JsonLinesReporter : IStreamingReporter
{
    public string Name => "jsonl";

    public void Write(AuditReport report, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var file in report.Files)
        {
            WriteFile(file, output, options);
        }
    }

    public void WriteFile(FileOutcome file, TextWriter output, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonReporter.FileLine(file, options));
        output.Flush();
    }
}
