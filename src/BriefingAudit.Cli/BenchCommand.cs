using System.Globalization;
using BriefingAudit.Core.Benchmarking;
using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Cli;

/// <summary>
/// <c>bench [SEED_DIR...] [--files N] [--jobs N]</c>: generates N distinct transcripts from the seed folders'
/// .txt files (default samples/ and corpus/), checks them all, runs the naive design over a tenth of them
/// (at least 20), and prints both side by side.
/// </summary>
internal static class BenchCommand
{
    private static readonly string[] DefaultSeeds = ["samples", "corpus"];

    public static int Run(AuditPipeline pipeline, CommandLine options, TextWriter stdout)
    {
        var folders = options.Inputs.Count > 0 ? options.Inputs : DefaultSeeds.Where(Directory.Exists).ToList();
        var seeds = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.txt")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        if (seeds.Count == 0)
        {
            stdout.WriteLine("briefing-audit: bench needs seed transcripts (.txt) in samples/, corpus/ or the folders given");
            return ExitCodes.ToolError;
        }

        var jobs = options.Jobs > 0 ? options.Jobs : Environment.ProcessorCount;
        var folder = Path.Combine(Path.GetTempPath(), "briefing-audit-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        try
        {
            var paths = Benchmark.Generate(folder, seeds, options.Files);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{paths.Count} generated transcripts from {seeds.Count} seeds, {jobs} job(s), {Environment.ProcessorCount} core(s); {RuntimeSettings.Current()}"));
            var ours = Benchmark.RunPipeline(pipeline, paths, jobs);
            var naive = Benchmark.RunNaive([.. paths.Take(Math.Max(20, paths.Count / 10))], jobs);
            stdout.WriteLine($"{"design",-40} {"files",6} {"MB",7} {"seconds",8} {"files/s",8} {"MB/s",7} {"cpu s",7} {"MB/cpu-s",8} {"cores",5} {"peak MB",8} {"jit s",6} {"jitted",7}");
            foreach (var result in new[] { ours, naive })
            {
                stdout.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{result.Design,-40} {result.Files,6} {result.Bytes / 1e6,7:0.00} {result.Elapsed.TotalSeconds,8:0.00} {result.FilesPerSecond,8:0.0} {result.MegabytesPerSecond,7:0.000} {result.ProcessorTime.TotalSeconds,7:0.0} {result.MegabytesPerProcessorSecond,8:0.000} {result.CoresBusy,5:0.0} {result.PeakWorkingSet / 1e6,8:0} {result.JitTime.TotalSeconds,6:0.0} {result.JitMethods,7}"));
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed-up: {ours.MegabytesPerSecond / naive.MegabytesPerSecond:0.0}x (MB/s), {ours.MegabytesPerProcessorSecond / naive.MegabytesPerProcessorSecond:0.0}x (MB per processor second); peak memory is the process's, so the naive row includes the first run's"));
            return ExitCodes.Clean;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
