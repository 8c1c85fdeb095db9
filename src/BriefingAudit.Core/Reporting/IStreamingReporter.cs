using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Reporting;

/// <summary>
/// A reporter that writes each file as soon as it is checked, so that a long run shows results at once and keeps
/// nothing: the runner calls <see cref="WriteFile"/> in input order instead of <see cref="IReporter.Write"/>.
/// </summary>
public interface IStreamingReporter : IReporter
{
    void WriteFile(FileOutcome file, TextWriter output, ReportOptions options);
}
