using System.Xml.Linq;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Reporting;

/// <summary>The JUnit XML as a CI test view reads it: one case per input, counts that add up, failures that say where.</summary>
public class JUnitReporterTests
{
    private static XElement Root(AuditReport report) => XDocument.Parse(TestReports.Write(new JUnitReporter(), report)).Root!;

    private static XElement Case(XElement root, string path) =>
        root.Element("testsuite")!.Elements("testcase").Single(c => (string?)c.Attribute("name") == path);

    private static (int Tests, int Failures, int Errors) Counts(XElement element) =>
        ((int)element.Attribute("tests")!, (int)element.Attribute("failures")!, (int)element.Attribute("errors")!);

    [Fact]
    public void JUnit_IsRegistered() => Assert.IsType<JUnitReporter>(Reporters.Find("junit"));

    [Fact]
    public void SlipAndUnreadableFile_CountsMatchTheTestCases()
    {
        var root = Root(TestReports.Create());
        var cases = root.Element("testsuite")!.Elements("testcase").ToList();
        Assert.Equal(["slip.txt", "missing.txt"], cases.Select(c => (string?)c.Attribute("name")));
        Assert.All(cases, c => Assert.Equal("briefing-audit", (string?)c.Attribute("classname")));
        Assert.Equal((2, 1, 1), Counts(root.Element("testsuite")!));
        Assert.Equal((2, 1, 1), Counts(root));
    }

    [Fact]
    public void ErrorFindings_OneFailureEach_NamingRuleAndPosition()
    {
        var failures = Case(Root(TestReports.Create()), TestReports.CheckedPath).Elements("failure").ToList();
        Assert.Equal([RuleIds.Share, RuleIds.Restatement], failures.Select(f => (string?)f.Attribute("type")));
        Assert.StartsWith("BA1001: total trade, the first half of the year is stated as", (string?)failures[1].Attribute("message"), StringComparison.Ordinal);
        Assert.StartsWith("slip.txt:5:74: total trade, the first half of the year is stated as", failures[1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableFile_IsAnError()
    {
        var error = Case(Root(TestReports.Create()), TestReports.FailedPath).Element("error")!;
        Assert.Equal(Messages.FileNotFound, (string?)error.Attribute("message"));
        Assert.Equal($"{TestReports.FailedPath}: {Messages.FileNotFound}", error.Value);
    }

    [Fact]
    public void Warnings_AreOutputNotFailures()
    {
        var report = TestReports.WithFindings(TestReports.Create(), f => f with { Severity = Severity.Warning });
        var root = Root(report);
        Assert.Equal((2, 0, 1), Counts(root));
        Assert.Contains("slip.txt:5:74: warning BA1001: total trade", Case(root, TestReports.CheckedPath).Element("system-out")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharacterInMessage_StillWellFormed()
    {
        var report = TestReports.WithFindings(TestReports.Create(), f => f with { Message = "page\fbreak" });
        Assert.Equal("BA2002: page\uFFFDbreak", (string?)Case(Root(report), TestReports.CheckedPath).Element("failure")!.Attribute("message"));
    }
}
