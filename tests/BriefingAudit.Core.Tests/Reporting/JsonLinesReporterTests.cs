using System.Text.Json;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;

namespace BriefingAudit.Core.Tests.Reporting;

/// <summary>jsonl: one compact JSON object per file, in input order, failed files included.</summary>
public class JsonLinesReporterTests
{
    [Fact]
    public void OneObjectPerFile_InOrder()
    {
        var slip = TestPipeline.Default.RunText("In the first half of the year, China's total imports and exports rose 2.9% to 21.79 trillion yuan.\n\nIn the first half of the year, China's total imports and exports reached 20 trillion yuan.\n", "a.txt");
        var report = new AuditReport([FileOutcome.Checked("a.txt", slip), FileOutcome.Failure("b.txt", "no such file or folder")], TestPipeline.Default.Rules);
        var output = new StringWriter();
        new JsonLinesReporter().Write(report, output, new ReportOptions());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a.txt", "b.txt"], lines.Select(l => l.GetProperty("path").GetString()));
        Assert.Equal("BA1001", lines[0].GetProperty("findings")[0].GetProperty("rule").GetString());
        Assert.Equal("failed", lines[1].GetProperty("status").GetString());
    }
}
