namespace BriefingAudit.Core.Benchmarking;

/// <summary>One design's run over the generated transcripts: how many, how much text, how long, and peak memory.</summary>
public sealed record BenchmarkResult(string Design, int Files, long Bytes, TimeSpan Elapsed, long PeakWorkingSet)
{
    public double FilesPerSecond => Files / Math.Max(Elapsed.TotalSeconds, 1e-6);

    public double MegabytesPerSecond => Bytes / 1e6 / Math.Max(Elapsed.TotalSeconds, 1e-6);
}
