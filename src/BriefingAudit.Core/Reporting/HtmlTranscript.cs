using System.Globalization;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Reporting;

/// <summary>
/// One transcript as it reads, for the HTML report: paragraphs by kind (speaker labels, questions, header,
/// page furniture), each claim a focusable element with what was understood of it, and each finding a button
/// after the sentence it is about.
/// </summary>
internal sealed class HtmlTranscript
{
    private readonly HtmlWriter _html;
    private readonly AuditResult _result;
    private readonly IReadOnlyList<(int Start, int End, string Id, BoundClaim Claim)> _claims;
    private readonly ILookup<string, string> _findingKeysByClaim;
    private readonly IReadOnlyList<HtmlFinding> _findings;
    private int _nextClaim;

    private HtmlTranscript(HtmlWriter html, AuditResult result, IReadOnlyList<(int, int, string, BoundClaim)> claims, IReadOnlyList<HtmlFinding> findings)
    {
        _html = html;
        _result = result;
        _claims = claims;
        _findings = findings;
        _findingKeysByClaim = findings.SelectMany(f => f.ClaimIds.Select(id => (id, f.Key))).ToLookup(x => x.id, x => x.Key, StringComparer.Ordinal);
    }

    /// <summary>Claim element ids by the claim's start offset: <c>f1-c0</c>, <c>f1-c1</c> … in text order.</summary>
    public static IReadOnlyDictionary<int, string> ClaimIds(int fileNumber, AuditResult result) =>
        Ordered(fileNumber, result).ToDictionary(c => c.Start, c => c.Id);

    public static void Write(HtmlWriter html, int fileNumber, AuditResult result, IReadOnlyList<HtmlFinding> findings) =>
        new HtmlTranscript(html, result, Ordered(fileNumber, result), findings).Write();

    private static List<(int Start, int End, string Id, BoundClaim Claim)> Ordered(int fileNumber, AuditResult result)
    {
        // Claims never overlap in practice; if two ever did, the later one is listed but not highlighted,
        // since HTML elements cannot interleave.
        var ordered = new List<(int, int, string, BoundClaim)>();
        var end = -1;
        foreach (var claim in result.Claims.OrderBy(c => c.Claim.Span.Start))
        {
            var span = claim.Claim.Span;
            if (span.Start >= end && span.Length > 0)
            {
                ordered.Add((span.Start, span.End, $"f{fileNumber}-c{ordered.Count}", claim));
                end = span.End;
            }
        }

        return ordered;
    }

    private void Write()
    {
        var document = _result.Document;
        var segmented = Segmenter.Segment(document);
        var placed = Place(segmented);
        foreach (var paragraph in segmented.Paragraphs)
        {
            var line = document.Map.Locate(paragraph.Start).Line;
            _html.Open("p", ("class", "para " + KindClass(paragraph.Kind)), ("data-line", line.ToString(CultureInfo.InvariantCulture)));
            _html.Element("span", line.ToString(CultureInfo.InvariantCulture), ("class", "ln"), ("title", $"{document.LineWord} {line}"));
            if (paragraph.Kind == ParagraphKind.Question)
            {
                _html.Element("span", "Question", ("class", "tag"));
            }

            var position = paragraph.Start;
            foreach (var sentence in paragraph.Sentences)
            {
                WriteText(position, sentence.Start);
                _html.Open("span", ("class", "sentence"));
                WriteText(sentence.Start, sentence.End);
                _html.Close();
                WriteBadges(placed[(sentence.Index, true)]);
                position = sentence.End;
            }

            WriteText(position, paragraph.Start + paragraph.Length);
            WriteBadges(placed[(paragraph.Index, false)]);
            _html.Close().Line();
        }

        var unplaced = placed[(-1, false)].ToList();
        if (unplaced.Count > 0)
        {
            _html.Open("p", ("class", "para unplaced"));
            WriteBadges(unplaced);
            _html.Close().Line();
        }
    }

    /// <summary>Each finding goes after the sentence of its cited claim, else after its paragraph, else at the end.</summary>
    private ILookup<(int Index, bool IsSentence), HtmlFinding> Place(SegmentedDocument segmented) =>
        _findings.ToLookup(f =>
        {
            var at = f.Finding.Location.Start;
            if (segmented.Sentences.FirstOrDefault(s => at >= s.Start && at < s.End) is { } sentence)
            {
                return (sentence.Index, true);
            }

            var paragraph = segmented.Paragraphs.FirstOrDefault(p => at >= p.Start && at < p.Start + p.Length);
            return (paragraph?.Index ?? -1, false);
        });

    private void WriteText(int from, int to)
    {
        var text = _result.Document.Text;
        var position = from;
        while (_nextClaim < _claims.Count && _claims[_nextClaim].End <= to)
        {
            var (start, end, id, claim) = _claims[_nextClaim++];
            if (start < position)
            {
                continue;
            }

            _html.Text(text[position..start]);
            WriteClaim(id, claim, text[start..end]);
            position = end;
        }

        _html.Text(text[position..to]);
    }

    private void WriteClaim(string id, BoundClaim bound, string text)
    {
        var claim = bound.Claim;
        var findings = _findingKeysByClaim[id].Distinct().ToList();
        _html.Element(
            "span",
            text,
            ("class", findings.Count > 0 ? "claim cited" : "claim"),
            ("tabindex", "0"),
            ("data-claim", id),
            ("data-role", JsonReporter.Role(claim.Role)),
            ("data-measure", bound.Measure?.Id),
            ("data-entity", bound.Entity.Id),
            ("data-period", bound.Period?.Id),
            ("data-findings", findings.Count > 0 ? string.Join(' ', findings) : null),
            ("aria-describedby", id + "-tip"));
        _html.Open("span", ("class", "tip"), ("role", "tooltip"), ("id", id + "-tip"));
        foreach (var (name, value) in HtmlClaimFacts.Of(bound))
        {
            _html.Open("span", ("class", "row")).Element("span", name, ("class", "k")).Text(" ").Element("span", value, ("class", "v")).Close();
        }

        _html.Close();
    }

    private void WriteBadges(IEnumerable<HtmlFinding> findings)
    {
        foreach (var finding in findings)
        {
            _html.Text(" ");
            _html.Element(
                "button",
                finding.Finding.RuleId,
                ("type", "button"),
                ("class", "badge sev-" + finding.Severity),
                ("data-finding", finding.Finding.RuleId),
                ("data-key", finding.Key),
                ("data-rule", finding.Finding.RuleId),
                ("data-severity", finding.Severity),
                ("data-claims", finding.ClaimList),
                ("aria-pressed", "false"),
                ("aria-describedby", finding.Key + "-note"),
                ("title", finding.Finding.Message));
            _html.Open("span", ("class", "note"), ("id", finding.Key + "-note"));
            _html.Element("span", $"{finding.Severity} {finding.Finding.RuleId}: ", ("class", "sev-" + finding.Severity));
            _html.Text(finding.Finding.Message);
            HtmlReporter.WriteSum(_html, finding, "span");
            _html.Close();
        }
    }

    private static string KindClass(ParagraphKind kind) => kind switch
    {
        ParagraphKind.Speech => "speech",
        ParagraphKind.Question => "question",
        ParagraphKind.SpeakerLabel => "speaker",
        ParagraphKind.Header => "header",
        _ => "furniture",
    };
}
