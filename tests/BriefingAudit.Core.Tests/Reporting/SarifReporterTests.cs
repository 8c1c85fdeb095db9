using System.Text.Json.Nodes;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;
using BriefingAudit.Core.Rules;
using NJsonSchema;

namespace BriefingAudit.Core.Tests.Reporting;

/// <summary>The SARIF log as code scanning reads it: schema-valid, rules described, findings located and fingerprinted.</summary>
public class SarifReporterTests
{
    private static JsonNode Run(AuditReport report) => JsonNode.Parse(TestReports.Write(new SarifReporter(), report))!["runs"]![0]!;

    private static JsonNode Result(JsonNode run, string ruleId) => run["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == ruleId)!;

    // The official OASIS schema (errata 01), kept in the test fixtures so that every clone validates against it.
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => JsonSchema.FromFileAsync(TestPipeline.FixturePath("sarif-schema-2.1.0.json")));

    /// <summary>Every shape of log the reporter writes: findings and a failed input, file URIs, notes, two files of a comparison.</summary>
    public static TheoryData<string> Shapes => ["slips and a failed input", "absolute paths", "samples", "comparison"];

    private static (AuditReport Report, ReportOptions Options) Shape(string name) => name switch
    {
        "slips and a failed input" => (TestReports.Create(), new ReportOptions(BaseDirectory: AppContext.BaseDirectory)),
        "absolute paths" => (new([TestReports.Checked(path: Path.Combine(AppContext.BaseDirectory, "a slip.txt"))], TestPipeline.Default.Rules), new ReportOptions()),
        "samples" => (new([.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.txt").Order().Select(p => FileOutcome.Checked(p, TestPipeline.Default.Run(DocumentLoader.Load(p))))], TestPipeline.Default.Rules), new ReportOptions(BaseDirectory: AppContext.BaseDirectory)),
        _ => (TestPipeline.Comparer.CompareText("出口13万亿元，增长7.2%。", "Exports were 31 trillion yuan, up 7.2%.", "source.zh.txt", "target.en.txt").ToReport(TestPipeline.Default.Rules), new ReportOptions(BaseDirectory: AppContext.BaseDirectory)),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Log_IsValidAgainstTheOfficialSchema(string shape)
    {
        var (report, options) = Shape(shape);
        Assert.NotEmpty(report.Findings);
        var sarif = TestReports.Write(new SarifReporter(), report, options);
        Assert.Empty((await Schema.Value).Validate(sarif).Select(e => e.ToString()));
    }

    [Fact]
    public async Task Schema_RejectsALogThatBreaksIt()
    {
        // Guards the test above against a schema that accepts anything: a result's level must be one of four words.
        var sarif = TestReports.Write(new SarifReporter(), TestReports.Create(), new ReportOptions(BaseDirectory: AppContext.BaseDirectory));
        Assert.NotEmpty((await Schema.Value).Validate(sarif.Replace("\"level\": \"error\"", "\"level\": \"fatal\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Sarif_IsRegistered() => Assert.IsType<SarifReporter>(Reporters.Find("sarif"));

    [Fact]
    public void Rules_DescribeEveryRuleOfTheSet()
    {
        var rules = Run(TestReports.Create())["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(TestPipeline.Default.Rules.Rules.Select(r => r.Id), rules.Select(r => (string?)r!["id"]));
        var share = rules.Single(r => (string?)r!["id"] == RuleIds.Share)!;
        Assert.Equal("StatedShareDiffersFromPartWhole", (string?)share["name"]);
        Assert.Equal("Stated share differs from part / whole", (string?)share["shortDescription"]!["text"]);
        Assert.Equal(SarifReporter.ProjectUri + "docs/rules/BA2002.md", (string?)share["helpUri"]);
        Assert.Equal("error", (string?)share["defaultConfiguration"]!["level"]);
    }

    [Fact]
    public void Finding_PointsAtTheClaimSpanAndItsRule()
    {
        var run = Run(TestReports.Create());
        var result = Result(run, RuleIds.Restatement);
        Assert.Equal(RuleIds.Restatement, (string?)run["tool"]!["driver"]!["rules"]![(int)result["ruleIndex"]!]!["id"]);
        var location = result["locations"]![0]!["physicalLocation"]!;
        Assert.Equal(TestReports.CheckedPath, (string?)location["artifactLocation"]!["uri"]);
        Assert.Equal("%SRCROOT%", (string?)location["artifactLocation"]!["uriBaseId"]);
        var region = location["region"]!;
        Assert.Equal((5, 74, 5, 74 + "20 trillion yuan".Length), ((int)region["startLine"]!, (int)region["startColumn"]!, (int)region["endLine"]!, (int)region["endColumn"]!));
    }

    [Fact]
    public void RelatedLocations_NameTheOtherFigures()
    {
        var related = Result(Run(TestReports.Create()), RuleIds.Restatement)["relatedLocations"]!.AsArray();
        Assert.Equal(["21.79 trillion yuan"], related.Select(r => (string?)r!["message"]!["text"]));
        Assert.Equal(1, (int)related[0]!["id"]!);
        Assert.Equal(1, (int)related[0]!["physicalLocation"]!["region"]!["startLine"]!);
    }

    [Fact]
    public void ThreeBlankLinesPrepended_FingerprintUnchanged()
    {
        static JsonNode Restatement(string text) => Result(Run(TestReports.Create(text)), RuleIds.Restatement);
        var before = Restatement(TestReports.Slip);
        var after = Restatement("\n\n\n" + TestReports.Slip);
        Assert.Equal(8, (int)after["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
        Assert.NotNull((string?)before["partialFingerprints"]![SarifReporter.FingerprintKey]);
        Assert.Equal((string?)before["partialFingerprints"]![SarifReporter.FingerprintKey], (string?)after["partialFingerprints"]![SarifReporter.FingerprintKey]);
    }

    [Fact]
    public void UnreadableFile_ErrorNotification_ExecutionUnsuccessful()
    {
        var invocation = Run(TestReports.Create())["invocations"]![0]!;
        Assert.False((bool)invocation["executionSuccessful"]!);
        var notification = invocation["toolExecutionNotifications"]!.AsArray().Single(n => (string?)n!["level"] == "error")!;
        Assert.Equal(Messages.FileNotFound, (string?)notification["message"]!["text"]);
        Assert.Equal(TestReports.FailedPath, (string?)notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
    }

    [Fact]
    public void EveryFileRead_ExecutionSuccessful() =>
        Assert.True((bool)Run(new AuditReport([TestReports.Checked()], TestPipeline.Default.Rules))["invocations"]![0]!["executionSuccessful"]!);

    [Fact]
    public void PathWithSpace_IsAnEscapedRelativeUri()
    {
        var run = Run(new AuditReport([TestReports.Checked(path: "h1 2025/slip.txt")], TestPipeline.Default.Rules));
        Assert.Equal("h1%202025/slip.txt", (string?)Result(run, RuleIds.Restatement)["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
    }
}
