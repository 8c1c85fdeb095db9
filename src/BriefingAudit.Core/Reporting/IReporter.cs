using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Reporting;

/// <summary>Writes a run's findings in one format. Reporters only read the report. Thread-safe.</summary>
public interface IReporter
{
    string Name { get; }

    void Write(AuditReport report, TextWriter output, ReportOptions options);
}
