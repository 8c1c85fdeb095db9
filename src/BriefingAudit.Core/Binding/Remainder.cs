using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "4.2 million vehicles were scrapped, up 3.1%, which left a net increase of 9.8 million": a change that the figures
/// before it are said to leave is what remains of one amount less another (additions less removals), not the change
/// over time of the figure just before it, so it is not checked against that figure's level and growth.
/// </summary>
internal static partial class Remainder
{
    /// <summary>How far before the figure the cue may start; looking no further keeps the '$' pattern cheap.</summary>
    private const int Reach = 60;

    public static bool IsLeftBy(Sentence sentence, Claim change)
    {
        var at = change.Span.Start - sentence.Start;
        var from = Math.Max(0, at - Reach);
        return LeftBy().IsMatch(sentence.Text.AsSpan(from, at - from));
    }

    // "which left a net increase of", "leaving a net gain of", "leaving" alone ("leaving 292 billion yuan unspent").
    [GeneratedRegex(@"\b(?:(?:which|that|this)\s+left|leaving|to\s+leave)\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?" + SpokenHedge.Optional + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeftBy();
}
