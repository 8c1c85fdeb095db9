using BriefingAudit.Core.Benchmarking;

namespace BriefingAudit.Core.Tests.Benchmarking;

public class BenchmarkResultTests
{
    [Fact]
    public void ProcessorTime_GivesThroughputPerCoreAndCoresBusy()
    {
        // 10 MB in 4 s of wall time on 6 s of processor time: 2.5 MB/s, 1.67 MB per processor second, 1.5 cores.
        var result = new BenchmarkResult("design", 100, 10_000_000, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(6), 0, 0, TimeSpan.Zero);
        Assert.Equal(2.5, result.MegabytesPerSecond, 3);
        Assert.Equal(10.0 / 6, result.MegabytesPerProcessorSecond, 3);
        Assert.Equal(1.5, result.CoresBusy, 3);
        Assert.Equal(25, result.FilesPerSecond, 3);
    }
}
