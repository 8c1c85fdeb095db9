using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Reporting;

/// <summary>Writes a run's findings in one format. Reporters only read the report. Thread-safe.</summary>
public interface IReporter
{
    string Name { get; }

    /// <summary>
    /// True when the reporter shows whole transcripts and so needs every file's text and claims; the others get
    /// slim outcomes (findings and the lines they cite), which keeps a run over an archive in bounded memory.
    /// </summary>
    bool NeedsWholeDocuments => false;

    void Write(AuditReport report, TextWriter output, ReportOptions options);
}
