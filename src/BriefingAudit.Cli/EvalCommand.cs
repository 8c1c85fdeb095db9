using BriefingAudit.Core;
using BriefingAudit.Core.Evaluation;
using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Cli;

/// <summary>
/// <c>eval CORPUS_DIR</c>: the accuracy table for the corpus, and separately for each of its <c>unseen*/</c> folders
/// (transcripts written after the rules, to show the rules were not fitted to the rest; a newer held-out set goes in
/// a folder of its own, since an older one has been seen once its figures are reported) and for its <c>compare/</c>
/// folder of source/translation pairs. A folder of pairs given itself is measured as pairs only.
/// </summary>
internal static class EvalCommand
{
    public static int Run(AuditPipeline pipeline, IReadOnlyList<string> folders, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var evaluator = new Evaluator(pipeline);
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                stderr.WriteLine($"briefing-audit: {folder}: no such folder");
                return ExitCodes.ToolError;
            }

            try
            {
                // A folder of source/translation pairs (corpus/compare) measures compare instead.
                foreach (var pairs in new[] { folder, Path.Combine(folder, "compare") }.SelectMany(WithHeldOut).Where(CompareEvaluator.IsPairCorpus))
                {
                    // A folder given without a parent ("corpus") has the empty string as its directory name.
                    var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder)) is { Length: > 0 } named ? named : ".";
                    new CompareEvaluator(pipeline).Run(pairs, Path.GetRelativePath(parent, pairs).Replace('\\', '/')).Write(stdout, verbose);
                }

                if (CompareEvaluator.IsPairCorpus(folder))
                {
                    continue;
                }

                evaluator.Run(folder, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))).Write(stdout, verbose);
                foreach (var unseen in HeldOutFolders(folder))
                {
                    evaluator.Run(unseen, Path.GetFileName(unseen)).Write(stdout, verbose);
                }
            }
            catch (InvalidDataException ex)
            {
                stderr.WriteLine($"briefing-audit: {ex.Message}");
                return ExitCodes.ToolError;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                stderr.WriteLine($"briefing-audit: {folder}: {Messages.Unexpected(ex)}");
                return ExitCodes.ToolError;
            }
        }

        return ExitCodes.Clean;
    }

    /// <summary>A folder, then its held-out folders (unseen, unseen-2, …) in name order.</summary>
    private static IEnumerable<string> WithHeldOut(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateDirectories(folder, "unseen*").Order(StringComparer.Ordinal).Prepend(folder) : [];

    /// <summary>The corpus's held-out folders (unseen, unseen-2, …), in name order.</summary>
    private static IEnumerable<string> HeldOutFolders(string folder) =>
        Directory.EnumerateDirectories(folder, "unseen*").Where(d => Directory.EnumerateFiles(d, "*.truth.yaml").Any()).Order(StringComparer.Ordinal);
}
