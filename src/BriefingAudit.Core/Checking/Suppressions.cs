using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Checking;

/// <summary>
/// In-document suppression where the format has comments (HTML, Markdown):
/// <c>&lt;!-- briefing-audit-disable-next-line BA1001 --&gt;</c> drops that rule's findings cited on the next line of
/// the file; with no rule ID, every rule's. Several IDs may be given, separated by spaces or commas.
/// </summary>
public static partial class Suppressions
{
    public static ImmutableArray<Finding> Apply(TranscriptDocument document, ImmutableArray<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (findings.IsEmpty || !AllowsComments(document) || !document.SourceText.Contains("briefing-audit-disable", StringComparison.Ordinal))
        {
            return findings;
        }

        var silenced = new Dictionary<int, ImmutableHashSet<string>?>();
        var lines = document.SourceText.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in DisableNextLine().Matches(lines[i]))
            {
                var ids = match.Groups["ids"].Value.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
                // Line numbers are 1-based: the comment is on line i + 1, so it silences line i + 2.
                silenced[i + 2] = ids.Length == 0 || (silenced.TryGetValue(i + 2, out var earlier) && earlier is null)
                    ? null
                    : [.. ids, .. silenced.GetValueOrDefault(i + 2) ?? []];
            }
        }

        return findings.RemoveAll(f => silenced.TryGetValue(f.Location.Line, out var ids) && (ids is null || ids.Contains(f.RuleId)));
    }

    private static bool AllowsComments(TranscriptDocument document) =>
        document.Format == Document.DocumentFormat.Html
        || Path.GetExtension(document.Path) is var extension && (extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"<!--\s*briefing-audit-disable-next-line(?<ids>(?:[\s,]+[A-Za-z]+\d+)*)\s*-->", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DisableNextLine();
}
