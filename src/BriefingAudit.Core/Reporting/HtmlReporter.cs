using System.Globalization;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Reporting;

/// <summary>
/// The editor's view: one self-contained HTML page (inline style and script, nothing from the network) with the
/// findings at the top and every transcript as it reads, claims highlighted and findings beside their sentences.
/// Transcript text is always escaped.
/// </summary>
public sealed class HtmlReporter : IReporter
{
    public string Name => "html";

    // The page shows every transcript as it reads, claims highlighted: it needs the whole documents.
    public bool NeedsWholeDocuments => true;

    /// <summary>The policy the page carries in a meta tag: its own style and script, nothing else. Servers may send it too.</summary>
    public static string ContentSecurityPolicy => HtmlAssets.ContentSecurityPolicy;

    public void Write(AuditReport report, TextWriter output, ReportOptions options)
    {
        var html = new HtmlWriter(output);
        var files = report.Files.Select((f, i) => (Number: i + 1, Outcome: f, Path: options.DisplayPath(f.Path))).ToList();
        var findings = files.Where(f => !f.Outcome.Failed).ToDictionary(f => f.Number, f => Findings(f.Number, f.Outcome.Result!));

        html.Raw("<!DOCTYPE html>").Line();
        html.Open("html", ("lang", "en")).Line();
        WriteHead(html, files.Count == 1 ? files[0].Path : $"{files.Count} files");
        html.Open("body").Line();
        html.Element("a", "Skip to the transcript", ("class", "skip"), ("href", "#file-1")).Line();
        html.Open("header").Element("h1", "Briefing audit: " + (files.Count == 1 ? files[0].Path : $"{files.Count} files"));
        html.Element("p", Totals(report), ("class", "totals")).Close().Line();
        if (files.Count > 1)
        {
            WriteFileList(html, files, findings);
        }

        WriteSummary(html, files.Count > 1 ? files.ToDictionary(f => f.Number, f => f.Path) : null, findings);
        html.Open("main").Line();
        foreach (var (number, outcome, path) in files)
        {
            html.Open("article", ("class", "file"), ("id", $"file-{number}"), ("aria-label", path));
            html.Element("h2", path);
            if (outcome.Failed)
            {
                html.Element("p", "Could not be read: " + outcome.Error, ("class", "sev-error")).Close().Line();
                continue;
            }

            WriteNotes(html, outcome.Result!);
            html.Open("div", ("class", "transcript")).Line();
            HtmlTranscript.Write(html, number, outcome.Result!, findings[number]);
            html.Close().Close().Line();
        }

        html.Close().Line();
        html.Raw("<script>").Raw(HtmlAssets.Script).Raw("</script>").Line();
        html.Close().Line().Close().Line();
    }

    /// <summary>"stated 20 trillion yuan ✗ expected 11.56 trillion yuan", with both intervals below.</summary>
    internal static void WriteSum(HtmlWriter html, HtmlFinding finding, string tag)
    {
        if (finding.Stated is null)
        {
            return;
        }

        html.Open(tag, ("class", "sum"));
        html.Element("span", "stated ", ("class", "k")).Element("span", finding.Stated, ("class", "stated"));
        html.Text(" ").Element("span", "✗", ("class", "verdict"), ("role", "img"), ("aria-label", "cannot both hold:")).Text(" ");
        html.Element("span", "expected ", ("class", "k")).Element("span", finding.Expected!, ("class", "expected"));
        html.Close();
        html.Element(tag, finding.Ranges!, ("class", "ranges"));
    }

    private static List<HtmlFinding> Findings(int number, AuditResult result)
    {
        var ids = HtmlTranscript.ClaimIds(number, result);
        return [.. result.Findings.Select((f, i) => HtmlFinding.Create($"f{number}-x{i}", f, ids, result.Document))];
    }

    private static void WriteHead(HtmlWriter html, string subject)
    {
        html.Open("head").Line();
        html.Void("meta", ("charset", "utf-8")).Line();
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        html.Void("meta", ("http-equiv", "Content-Security-Policy"), ("content", HtmlAssets.ContentSecurityPolicy)).Line();
        html.Void("meta", ("name", "generator"), ("content", $"briefing-audit {AuditReport.ToolVersion}")).Line();
        html.Element("title", $"Briefing audit: {subject}").Line();
        html.Raw("<style>").Raw(HtmlAssets.Css).Raw("</style>").Line();
        html.Close().Line();
    }

    private static void WriteFileList(HtmlWriter html, List<(int Number, FileOutcome Outcome, string Path)> files, Dictionary<int, List<HtmlFinding>> findings)
    {
        html.Open("nav", ("class", "files"), ("aria-labelledby", "files-h")).Element("h2", "Files", ("id", "files-h")).Open("ol");
        foreach (var (number, outcome, path) in files)
        {
            if (outcome.Failed)
            {
                html.Open("li", ("class", "failed")).Element("a", path, ("href", $"#file-{number}")).Text(": could not be read: " + outcome.Error).Close();
                continue;
            }

            var counts = findings[number].GroupBy(f => f.Finding.Severity).OrderByDescending(g => g.Key).Select(g => $"{g.Count()} {Plural(g.Key, g.Count())}");
            var summary = string.Join(", ", counts.DefaultIfEmpty("no findings"));
            html.Open("li").Element("a", path, ("href", $"#file-{number}"))
                .Text($": {outcome.Result!.Claims.Length} claims, {summary}").Close();
        }

        html.Close().Close().Line();
    }

    private static void WriteSummary(HtmlWriter html, Dictionary<int, string>? paths, Dictionary<int, List<HtmlFinding>> findings)
    {
        html.Open("section", ("class", "summary"), ("aria-labelledby", "findings-h")).Element("h2", "Findings", ("id", "findings-h")).Line();
        var all = findings.OrderBy(f => f.Key).SelectMany(f => f.Value.Select(x => (File: f.Key, Finding: x))).ToList();
        if (all.Count == 0)
        {
            html.Element("p", "No findings: every relation the rules know of holds within the stated figures' rounding.", ("class", "none")).Close().Line();
            return;
        }

        WriteFilters(html, all.Select(x => x.Finding).ToList());
        html.Element("p", $"{all.Count} of {all.Count} findings shown", ("id", "shown"), ("class", "totals"), ("aria-live", "polite"));
        html.Open("ol", ("class", "findings")).Line();
        foreach (var (file, finding) in all)
        {
            var where = paths is null ? finding.Where : $"{paths[file]}, {finding.Where}";
            html.Open("li", ("class", "finding sev-" + finding.Severity), ("id", finding.Key), ("data-rule", finding.Finding.RuleId), ("data-severity", finding.Severity));
            html.Open(
                "button",
                ("type", "button"),
                ("class", "goto"),
                ("data-finding", finding.Finding.RuleId),
                ("data-key", finding.Key),
                ("data-claims", finding.ClaimList),
                ("aria-pressed", "false"));
            html.Element("span", finding.Severity, ("class", "sev sev-" + finding.Severity)).Text(" ");
            html.Element("span", finding.Finding.RuleId, ("class", "rule")).Text(" ");
            html.Element("span", finding.Finding.Title, ("class", "title")).Text(" ");
            html.Element("span", where, ("class", "where"));
            html.Close();
            html.Element("p", finding.Finding.Message, ("class", "message"));
            WriteSum(html, finding, "p");
            html.Close().Line();
        }

        html.Close().Close().Line();
    }

    private static void WriteFilters(HtmlWriter html, List<HtmlFinding> findings)
    {
        html.Open("div", ("class", "filters"), ("hidden", string.Empty));
        WriteFilterGroup(html, "Severity", "severity", findings.GroupBy(f => f.Finding.Severity).OrderByDescending(g => g.Key).Select(g => (g.First().Severity, g.Count())));
        WriteFilterGroup(html, "Rule", "rule", findings.GroupBy(f => f.Finding.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())));
        html.Close().Line();
    }

    private static void WriteFilterGroup(HtmlWriter html, string legend, string name, IEnumerable<(string Value, int Count)> values)
    {
        html.Open("fieldset").Element("legend", legend);
        foreach (var (value, count) in values)
        {
            html.Open("label").Void("input", ("type", "checkbox"), ("name", name), ("value", value), ("checked", string.Empty))
                .Text($" {value} ({count.ToString(CultureInfo.InvariantCulture)})").Close();
        }

        html.Close();
    }

    private static void WriteNotes(HtmlWriter html, AuditResult result)
    {
        if (result.Notes.IsEmpty)
        {
            return;
        }

        html.Open("ul", ("class", "notes"));
        foreach (var note in result.Notes)
        {
            html.Element("li", $"{result.Document.LineWord} {note.Span.Line}: {note.Message}");
        }

        html.Close().Line();
    }

    private static string Totals(AuditReport report)
    {
        var claims = report.Files.Where(f => !f.Failed).Sum(f => f.Result!.Claims.Length);
        var failed = report.Files.Count(f => f.Failed);
        return $"{report.Files.Length} file(s) checked, {claims} claim(s): {report.Count(Severity.Error)} error(s), {report.Count(Severity.Warning)} warning(s), "
            + $"{report.Count(Severity.Info)} info(s){(failed > 0 ? $"; {failed} file(s) could not be read" : string.Empty)} · briefing-audit {AuditReport.ToolVersion}";
    }

    private static string Plural(Severity severity, int count) => severity switch
    {
        Severity.Error => count == 1 ? "error" : "errors",
        Severity.Warning => count == 1 ? "warning" : "warnings",
        _ => count == 1 ? "info" : "infos",
    };
}
