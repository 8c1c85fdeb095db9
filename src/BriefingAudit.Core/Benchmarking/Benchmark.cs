using System.Diagnostics;
using System.Runtime;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Benchmarking;

/// <summary>
/// The <c>bench</c> command's measurements: BriefingAudit over generated transcripts on disk, as a batch run keeps
/// them (streamed, slim outcomes), and the naive design (Recognizers' number and percentage models over each whole
/// text) over a share of the same files, both on the same number of cores.
/// </summary>
public static class Benchmark
{
    /// <summary>Writes <paramref name="count"/> generated transcripts into <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Generate(string folder, IReadOnlyList<string> seeds, int count)
    {
        Directory.CreateDirectory(folder);
        var generator = new TranscriptGenerator(seeds);
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var path = Path.Combine(folder, $"transcript-{i:D5}.txt");
            File.WriteAllText(path, generator.Next(i));
            return path;
        })];
    }

    public static BenchmarkResult RunPipeline(AuditPipeline pipeline, IReadOnlyList<string> paths, int jobs)
    {
        var (clock, processor, jit) = Start();
        var summary = new RunSummary();
        var kept = new List<FileOutcome>();
        foreach (var outcome in new BatchRunner(pipeline, parallelism: jobs).Run(paths))
        {
            summary.Add(outcome, outcome.Path);
            kept.Add(outcome.Slim());
        }

        return Finish("BriefingAudit (windowed)", paths, clock, processor, jit);
    }

    public static BenchmarkResult RunNaive(IReadOnlyList<string> paths, int jobs)
    {
        var (clock, processor, jit) = Start();
        Parallel.ForEach(paths, new ParallelOptions { MaxDegreeOfParallelism = jobs }, path => RecognizerNumberFinder.ParseWholeText(File.ReadAllText(path)));
        return Finish("naive (Recognizers over whole texts)", paths, clock, processor, jit);
    }

    private static (Stopwatch Clock, TimeSpan Processor, (long Methods, TimeSpan Time) Jit) Start() =>
        (Stopwatch.StartNew(), ProcessorTime(), (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime()));

    private static BenchmarkResult Finish(string design, IReadOnlyList<string> paths, Stopwatch clock, TimeSpan processor, (long Methods, TimeSpan Time) jit) =>
        new(design, paths.Count, Bytes(paths), clock.Elapsed, ProcessorTime() - processor, PeakWorkingSet(),
            JitInfo.GetCompiledMethodCount() - jit.Methods, JitInfo.GetCompilationTime() - jit.Time);

    private static long Bytes(IReadOnlyList<string> paths) => paths.Sum(p => new FileInfo(p).Length);

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
