using System.Xml;
using System.Xml.Linq;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Reporting;

/// <summary>
/// JUnit XML for CI test views: one test suite for the run, one test case per input, a <c>failure</c> per error
/// finding and an <c>error</c> for an input that could not be read. Warnings and infos go to the case's output.
/// Counts are of test cases, so tests = passed + failures + errors holds however many findings a file has.
/// </summary>
public sealed class JUnitReporter : IReporter
{
    private const string ClassName = "briefing-audit";

    public string Name => "junit";

    public void Write(AuditReport report, TextWriter output, ReportOptions options)
    {
        var cases = report.Files.Select(f => TestCase(f, options.DisplayPath(f.Path))).ToList();
        var counts = new object[]
        {
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", cases.Count(c => c.Element("failure") is not null)),
            new XAttribute("errors", cases.Count(c => c.Element("error") is not null)),
        };
        var suite = new XElement("testsuite", new XAttribute("name", ClassName), counts, new XAttribute("skipped", 0), cases);
        var document = new XDocument(new XElement("testsuites", new XAttribute("name", ClassName), counts, suite));
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true }))
        {
            document.Save(writer);
        }

        output.WriteLine();
    }

    private static XElement TestCase(FileOutcome file, string path)
    {
        var testCase = new XElement("testcase", new XAttribute("name", Safe(path)), new XAttribute("classname", ClassName));
        if (file.Failed)
        {
            testCase.Add(new XElement("error", new XAttribute("message", Safe(file.Error!)), new XAttribute("type", "unreadable-input"), Safe($"{path}: {file.Error}")));
            return testCase;
        }

        foreach (var finding in file.Result!.Findings.Where(f => f.Severity == Severity.Error))
        {
            testCase.Add(new XElement(
                "failure",
                new XAttribute("message", Safe($"{finding.RuleId}: {finding.Message}")),
                new XAttribute("type", finding.RuleId),
                Safe(Position(path, finding) + finding.Message)));
        }

        var others = file.Result.Findings.Where(f => f.Severity != Severity.Error).ToList();
        if (others.Count > 0)
        {
            var lines = others.Select(f => $"{Position(path, f)}{f.Severity.ToString().ToLowerInvariant()} {f.RuleId}: {f.Message}");
            testCase.Add(new XElement("system-out", Safe(string.Join('\n', lines))));
        }

        return testCase;
    }

    private static string Position(string path, Finding finding) => $"{path}:{finding.Location.Line}:{finding.Location.Column}: ";

    /// <summary>XML 1.0 cannot carry most control characters (a form feed from a PDF export, say); show them as U+FFFD.</summary>
    private static string Safe(string text) =>
        text.All(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))
            ? text
            : string.Concat(text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD'));
}
