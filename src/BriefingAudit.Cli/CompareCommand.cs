using BriefingAudit.Core;
using BriefingAudit.Core.Comparison;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;

namespace BriefingAudit.Cli;

/// <summary>
/// <c>compare SOURCE TARGET</c>: both files read, compared, and returned as one run for the usual reporters and exit
/// codes. Null (exit 2) when either file cannot be read (there is nothing to compare it with) or the comparison
/// meets a runaway pattern or a bug (one line, as check gives for a file).
/// </summary>
internal static class CompareCommand
{
    /// <summary>Compares, writes the report in the chosen format and returns the exit code, as check does.</summary>
    public static int Execute(AuditPipeline pipeline, CommandLine options, Func<Stream> stdin, TextWriter stdout, TextWriter stderr)
    {
        var report = Run(pipeline, options, stdin, stderr);
        if (report is null)
        {
            return ExitCodes.ToolError;
        }

        var writer = ReportOutput.Open(options.Output, stdout, stderr);
        if (writer is null)
        {
            return ExitCodes.ToolError;
        }

        try
        {
            Reporters.Find(options.FormatOrDefault)!.Write(report, writer, ReportOutput.Options(options));
        }
        finally
        {
            if (!ReferenceEquals(writer, stdout))
            {
                writer.Dispose();
            }
        }

        return ReportOutput.FailLevel(options.FailOn) is { } level && report.Findings.Any(x => x.Finding.Severity >= level) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    public static AuditReport? Run(AuditPipeline pipeline, CommandLine options, Func<Stream> stdin, TextWriter stderr)
    {
        var compare = options.Compare!;
        var source = Load(compare.Source, compare.SourceLines, stdin, stderr);
        var target = Load(compare.Target, compare.TargetLines, stdin, stderr);
        if (source is null || target is null)
        {
            return null;
        }

        try
        {
            return new TranslationComparer(pipeline).Compare(source, target, compare.SourceLanguage, compare.TargetLanguage).ToReport(pipeline.Rules);
        }
        catch (Exception ex)
        {
            // As check does for a file: one line naming the pair and the reason, exit 2, no stack trace.
            stderr.WriteLine($"briefing-audit: {compare.Source}, {compare.Target}: {Messages.Unexpected(ex)}");
            return null;
        }
    }

    private static TranscriptDocument? Load(string path, LineRange? lines, Func<Stream> stdin, TextWriter stderr)
    {
        try
        {
            var document = path == "-" ? DocumentLoader.FromBytes("-", DocumentLoader.ReadAll(stdin(), "-")) : DocumentLoader.Load(path);
            return lines is { } range ? range.Apply(document) : document;
        }
        catch (DocumentLoadException ex)
        {
            stderr.WriteLine($"briefing-audit: {path}: {ex.Reason}");
            return null;
        }
    }
}
