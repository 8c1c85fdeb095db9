using System.Text.Json.Nodes;
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

    [SarifSchemaFact]
    public async Task Report_IsValidAgainstTheOfficialSchema()
    {
        var schema = await JsonSchema.FromFileAsync(SarifSchemaFactAttribute.SchemaPath);
        var sarif = TestReports.Write(new SarifReporter(), TestReports.Create(), new ReportOptions(BaseDirectory: AppContext.BaseDirectory));
        Assert.Empty(schema.Validate(sarif).Select(e => e.ToString()));
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
