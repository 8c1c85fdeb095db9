using BriefingAudit.Core.Evaluation;
using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Cli;

/// <summary>
/// <c>eval CORPUS_DIR</c>: the accuracy table for the corpus, and separately for its <c>unseen/</c> folder
/// (transcripts written after the rules, to show the rules were not fitted to the rest).
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
                evaluator.Run(folder, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))).Write(stdout, verbose);
                var unseen = Path.Combine(folder, "unseen");
                if (Directory.Exists(unseen))
                {
                    evaluator.Run(unseen, "unseen").Write(stdout, verbose);
                }
            }
            catch (InvalidDataException ex)
            {
                stderr.WriteLine($"briefing-audit: {ex.Message}");
                return ExitCodes.ToolError;
            }
        }

        return ExitCodes.Clean;
    }
}
