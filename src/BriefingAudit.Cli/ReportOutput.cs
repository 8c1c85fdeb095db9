using BriefingAudit.Core.Reporting;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Cli;

/// <summary>What check and compare share about writing a report: where it goes, how it looks, and what fails the gate.</summary>
internal static class ReportOutput
{
    public static ReportOptions Options(CommandLine options) => new(
        Color: options.Output is null && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null,
        BaseDirectory: Environment.CurrentDirectory,
        StepSummaryPath: Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summaryPath ? summaryPath : null);

    /// <summary>
    /// Standard output, or the --output file opened for writing; null, after one line on standard error, when the
    /// file cannot be created (a missing folder, no permission), so the run ends with exit 2 and no stack trace.
    /// </summary>
    public static TextWriter? Open(string? output, TextWriter stdout, TextWriter stderr)
    {
        if (output is null)
        {
            return stdout;
        }

        try
        {
            return new StreamWriter(output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"briefing-audit: {output}: cannot write the report: {ex.Message}");
            return null;
        }
    }

    /// <summary>The lowest severity that fails the gate for --fail-on, or null for never.</summary>
    public static Severity? FailLevel(string? failOn) => failOn switch
    {
        "never" => null,
        "info" => Severity.Info,
        "warning" => Severity.Warning,
        _ => Severity.Error,
    };
}
