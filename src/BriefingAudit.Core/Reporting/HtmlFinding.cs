using System.Collections.Immutable;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Reporting;

/// <summary>
/// A finding as the HTML report shows it: a page-unique <see cref="Key"/>, the ids of the claim elements it cites,
/// where it is, and its relation as a worked comparison ("stated 20 trillion yuan ✗ expected 11.56 trillion yuan").
/// </summary>
internal sealed record HtmlFinding(string Key, Finding Finding, ImmutableArray<string> ClaimIds, string Where, string? Stated, string? Expected, string? Ranges)
{
    public string Severity => Finding.Severity.ToString().ToLowerInvariant();

    public string ClaimList => string.Join(' ', ClaimIds);

    public static HtmlFinding Create(string key, Finding finding, IReadOnlyDictionary<int, string> claimIds, TranscriptDocument document)
    {
        // A claim of another file (compare cites the source) has no element in this transcript.
        var ids = finding.Claims.Where(c => c.Path is null || c.Path == document.Path).Select(c => claimIds.GetValueOrDefault(c.Span.Start)).OfType<string>().Distinct().ToImmutableArray();
        var where = $"{document.LineWord} {finding.Location.Line}";
        var at = finding.Claims.FirstOrDefault(c => c.Span == finding.Location) ?? finding.Claims.FirstOrDefault();
        if (at is null || finding.Expected is not { } expected || finding.Stated is not { } stated)
        {
            return new HtmlFinding(key, finding, ids, where, null, null, null);
        }

        // Bounded intervals read best as one computed value; a one-sided one ("more than …") only as its range.
        var like = at.Quantity;
        var expectedText = expected.IsBounded ? Wording.Value(expected, like) : Wording.Range(expected, like);
        var ranges = $"stated {Wording.Range(stated, like)}, expected {Wording.Range(expected, like)}";
        return new HtmlFinding(key, finding, ids, where, Wording.Signed(at), expectedText, ranges);
    }
}
