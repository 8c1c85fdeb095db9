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
        var failures = new List<string>();
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                failures.Add($"{folder}: no such folder");
                continue;
            }

            try
            {
                // A folder of source/translation pairs (corpus/compare) measures compare instead.
                foreach (var pairs in new[] { folder, Path.Combine(folder, "compare") }.SelectMany(WithHeldOut).Where(CompareEvaluator.IsPairCorpus))
                {
                    // A folder given without a parent ("corpus") has the empty string as its directory name.
                    var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder)) is { Length: > 0 } named ? named : ".";
                    var report = new CompareEvaluator(pipeline).Run(pairs, Path.GetRelativePath(parent, pairs).Replace('\\', '/'));
                    report.Write(stdout, verbose);
                    failures.AddRange(report.Failures);
                }

                if (CompareEvaluator.IsPairCorpus(folder))
                {
                    continue;
                }

                foreach (var set in HeldOutFolders(folder).Prepend(folder))
                {
                    var report = evaluator.Run(set, Path.GetFileName(Path.TrimEndingDirectorySeparator(set)));
                    report.Write(stdout, verbose);
                    failures.AddRange(report.Failures);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failures.Add(MeasureFailure.Describe(folder, ex));
            }
        }

        // Each file that could not be measured is in its table's list too; here each is one line on the error stream,
        // as check reports a file it cannot read, and the exit code says the measurement is incomplete.
        foreach (var failure in failures)
        {
            stderr.WriteLine($"briefing-audit: {failure}");
        }

        return failures.Count == 0 ? ExitCodes.Clean : ExitCodes.ToolError;
    }

    /// <summary>A folder, then its held-out folders (unseen, unseen-2, …) in name order.</summary>
    private static IEnumerable<string> WithHeldOut(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateDirectories(folder, "unseen*").Order(StringComparer.Ordinal).Prepend(folder) : [];

    /// <summary>The corpus's held-out folders (unseen, unseen-2, …), in name order.</summary>
    private static IEnumerable<string> HeldOutFolders(string folder) =>
        Directory.EnumerateDirectories(folder, "unseen*").Where(d => Directory.EnumerateFiles(d, "*.truth.yaml").Any()).Order(StringComparer.Ordinal);
}
