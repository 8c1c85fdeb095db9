using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Reporting;

/// <summary>
/// Compiler-style lines, <c>file:line:col: error BA1001: message</c>, each followed by the source line with the
/// figure underlined; then a summary. Colour only when asked for (on a terminal).
/// </summary>
public sealed class TextReporter : IReporter
{
    public string Name => "text";

    public void Write(AuditReport report, TextWriter output, ReportOptions options)
    {
        foreach (var file in report.Files)
        {
            var path = options.DisplayPath(file.Path);
            if (file.Failed)
            {
                output.WriteLine($"{path}: {Paint("error", Red, options)}: {file.Error}");
                continue;
            }

            foreach (var note in file.Result!.Notes)
            {
                output.WriteLine($"{path}:{note.Span.Line}:{note.Span.Column}: {Paint("note", Cyan, options)}: {note.Message}");
            }

            foreach (var finding in file.Result.Findings)
            {
                WriteFinding(output, path, report, file, finding, options);
            }
        }

        foreach (var gone in report.Gone)
        {
            output.WriteLine($"{gone.Path}: {Paint("gone", Green, options)} {gone.Rule}: {gone.Message}");
        }

        var errors = report.Count(Severity.Error);
        var warnings = report.Count(Severity.Warning);
        var infos = report.Count(Severity.Info);
        var failed = report.Files.Count(f => f.Failed);
        var claims = report.Files.Where(f => !f.Failed).Sum(f => f.Result!.ClaimCount);
        output.WriteLine(
            $"{report.Files.Length} file(s) checked, {claims} claim(s): {errors} error(s), {warnings} warning(s), {infos} info(s)"
            + (failed > 0 ? $"; {failed} file(s) could not be read" : string.Empty)
            + (report.Known > 0 || !report.Gone.IsEmpty ? $"; baseline: {report.Known} known, {report.Gone.Length} gone" : string.Empty));
    }

    private static void WriteFinding(TextWriter output, string path, AuditReport report, FileOutcome file, Finding finding, ReportOptions options)
    {
        var severity = finding.Severity switch
        {
            Severity.Error => Paint("error", Red, options),
            Severity.Warning => Paint("warning", Yellow, options),
            _ => Paint("info", Cyan, options),
        };
        output.WriteLine($"{path}:{finding.Location.Line}:{finding.Location.Column}: {severity} {finding.RuleId}: {finding.Message}");
        foreach (var claim in finding.Claims)
        {
            // A claim of another file of the run (compare cites the source too) is shown from that file, named.
            var other = claim.Path is { } own && own != file.Path ? report.Files.FirstOrDefault(f => f.Path == own && !f.Failed) : null;
            var document = (other ?? file).Result!.Document;
            var label = other is null ? $"{claim.Span.Line,5}" : $"{options.DisplayPath(other.Path)}:{claim.Span.Line}";
            var line = document.SourceLine(claim.Span.Line);
            var (excerpt, column) = Excerpt(line, claim.Span.Column - 1, claim.Span.Length);
            var underlined = excerpt[column..Math.Min(excerpt.Length, column + Math.Max(1, claim.Span.Length))];
            output.WriteLine($"  {label} | {excerpt}");
            output.WriteLine($"  {new string(' ', label.Length)} | {new string(' ', Width(excerpt[..column]))}{Paint(new string('^', Math.Max(1, Width(underlined))), Green, options)}");
        }
    }

    /// <summary>Long transcript lines are cut to a window around the figure.</summary>
    private static (string Text, int Column) Excerpt(string line, int column, int length)
    {
        const int Before = 60;
        const int After = 60;
        column = Math.Clamp(column, 0, line.Length);
        var start = Math.Max(0, column - Before);
        var end = Math.Min(line.Length, column + length + After);
        var prefix = start > 0 ? "…" : string.Empty;
        var suffix = end < line.Length ? "…" : string.Empty;
        return (prefix + line[start..end] + suffix, prefix.Length + column - start);
    }

    /// <summary>Terminal columns: Han characters and full-width forms take two, so the carets stay under Chinese figures.</summary>
    private static int Width(string text) => text.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);

    private const string Red = "\u001b[31;1m";
    private const string Yellow = "\u001b[33;1m";
    private const string Cyan = "\u001b[36m";
    private const string Green = "\u001b[32m";

    private static string Paint(string text, string colour, ReportOptions options) =>
        options.Color ? $"{colour}{text}\u001b[0m" : text;
}
