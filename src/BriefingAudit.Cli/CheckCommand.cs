using System.Diagnostics;
using System.Globalization;
using BriefingAudit.Core;
using BriefingAudit.Core.Configuration;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;

namespace BriefingAudit.Cli;

/// <summary>
/// <c>check</c>, <c>claims</c> and <c>baseline</c>: expands the inputs, runs them through <see cref="BatchRunner"/>,
/// applies the baseline file by file, streams or keeps each outcome for the report, and closes with the summary on
/// standard error (so standard output holds only the report, byte for byte the same on every run).
/// </summary>
internal static class CheckCommand
{
    public static int Run(CommandLine options, AuditPipeline pipeline, Func<Stream> stdin, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var baseline = options.Command == "check" && options.BaselinePath is { } baselinePath ? Baseline.Load(baselinePath) : null;
        var paths = InputExpander.Expand(options.Inputs, new InputFilter(options.Include, options.Exclude), options.Shard).ToList();
        var runner = new BatchRunner(pipeline, options.Limits, stdin, options.Jobs);
        var reportOptions = ReportOutput.Options(options);
        var reporter = options.Command == "check" ? Reporters.Find(options.FormatOrDefault)! : null;
        var streaming = reporter as IStreamingReporter;
        var summary = new RunSummary();
        var kept = new List<FileOutcome>();
        var writer = ReportOutput.Open(options.Command == "baseline" ? null : options.Output, stdout, stderr);
        if (writer is null)
        {
            return ExitCodes.ToolError;
        }

        try
        {
            void Work(Action tick)
            {
                foreach (var checkedOutcome in runner.Run(paths))
                {
                    var (outcome, known, gone) = baseline?.Apply(checkedOutcome) ?? (checkedOutcome, 0, []);
                    summary.Add(outcome, reportOptions.DisplayPath(outcome.Path), known, gone);
                    if (streaming is not null)
                    {
                        streaming.WriteFile(outcome, writer, reportOptions);
                    }
                    else
                    {
                        // claims and html show every claim; the other reports need findings and the lines they cite.
                        kept.Add(options.Command == "claims" || reporter?.NeedsWholeDocuments == true ? outcome : outcome.Slim());
                    }

                    tick();
                }
            }

            if (ProgressDisplay.Wanted(options, streaming is not null && options.Output is null))
            {
                ProgressDisplay.Run(paths.Count, Work);
            }
            else
            {
                Work(() => { });
            }

            foreach (var (path, reason, detail) in summary.Failures)
            {
                stderr.WriteLine($"briefing-audit: {path}: {reason}");
                if (options.Verbose && detail is not null)
                {
                    stderr.WriteLine("  " + detail.Replace("\n", "\n  ", StringComparison.Ordinal));
                }
            }

            var report = new AuditReport([.. kept], pipeline.Rules) { Known = summary.Known, Gone = [.. summary.Gone] };
            switch (options.Command)
            {
                case "claims":
                    ClaimsCommand.Write(report, writer, reportOptions, options.FormatOrDefault);
                    break;
                case "baseline":
                    SaveBaseline(options, kept, stderr);
                    break;
                default:
                    if (streaming is null)
                    {
                        reporter!.Write(report, writer, reportOptions);
                    }

                    break;
            }

            writer.Flush();
            // The text report of one file ends with its own closing line, and a failure has its line above: a second
            // summary would only say it again.
            if (!(summary.Files == 1 && options.Command == "check" && options.FormatOrDefault == "text"))
            {
                summary.Write(stderr, clock.Elapsed);
            }

            if (summary.Failed > 0)
            {
                return ExitCodes.ToolError;
            }

            return options.Command == "check" && summary.FailsGate(ReportOutput.FailLevel(options.FailOn)) ? ExitCodes.Findings : ExitCodes.Clean;
        }
        finally
        {
            if (!ReferenceEquals(writer, stdout))
            {
                writer.Dispose();
            }
        }
    }

    private static void SaveBaseline(CommandLine options, List<FileOutcome> outcomes, TextWriter stderr)
    {
        var path = Path.GetFullPath(options.Output ?? options.BaselinePath ?? Baseline.DefaultFileName);
        var baseline = Baseline.FromOutcomes(Path.GetDirectoryName(path)!, outcomes);
        baseline.Save(path);
        stderr.WriteLine("briefing-audit: " + string.Format(CultureInfo.InvariantCulture, Messages.BaselineWritten, baseline.Entries.Length, outcomes.Count, path));
    }
}
