namespace BriefingAudit.Core.Benchmarking;

/// <summary>
/// One design's run over the generated transcripts: how many, how much text, how long, the processor time it took
/// (all threads), and peak memory. Processor time shows what wall time hides on a shared machine: how much work
/// each megabyte cost, and how many cores the run kept busy. The JIT's share of it (methods compiled and the time spent
/// compiling, on all threads) tells a slower pipeline from one that only has more code to compile.
/// </summary>
public sealed record BenchmarkResult(string Design, int Files, long Bytes, TimeSpan Elapsed, TimeSpan ProcessorTime, long PeakWorkingSet, long JitMethods, TimeSpan JitTime)
{
    public double FilesPerSecond => Files / Math.Max(Elapsed.TotalSeconds, 1e-6);

    public double MegabytesPerSecond => Bytes / 1e6 / Math.Max(Elapsed.TotalSeconds, 1e-6);

    /// <summary>Megabytes per second of processor time: the throughput one fully busy core would give.</summary>
    public double MegabytesPerProcessorSecond => Bytes / 1e6 / Math.Max(ProcessorTime.TotalSeconds, 1e-6);

    /// <summary>Processor time over wall time: how many cores were busy on average.</summary>
    public double CoresBusy => ProcessorTime.TotalSeconds / Math.Max(Elapsed.TotalSeconds, 1e-6);
}
