using BriefingAudit.Core.Comparison;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Cli;

/// <summary>
/// <c>compare SOURCE TARGET</c>: both files read, compared, and returned as one run for the usual reporters and exit
/// codes. Null (exit 2) when either file cannot be read: there is nothing to compare it with.
/// </summary>
internal static class CompareCommand
{
    public static AuditReport? Run(AuditPipeline pipeline, CommandLine options, TextReader stdin, TextWriter stderr)
    {
        var compare = options.Compare!;
        var source = Load(compare.Source, compare.SourceLines, stdin, stderr);
        var target = Load(compare.Target, compare.TargetLines, stdin, stderr);
        if (source is null || target is null)
        {
            return null;
        }

        return new TranslationComparer(pipeline).Compare(source, target, compare.SourceLanguage, compare.TargetLanguage).ToReport(pipeline.Rules);
    }

    private static TranscriptDocument? Load(string path, LineRange? lines, TextReader stdin, TextWriter stderr)
    {
        try
        {
            var document = path == "-" ? DocumentLoader.FromText("-", stdin.ReadToEnd()) : DocumentLoader.Load(path);
            return lines is { } range ? range.Apply(document) : document;
        }
        catch (DocumentLoadException ex)
        {
            stderr.WriteLine($"briefing-audit: {path}: {ex.Reason}");
            return null;
        }
    }
}
