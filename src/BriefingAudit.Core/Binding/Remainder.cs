using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// An amount said to be what is left of the amounts before it ("…, leaving 292 billion yuan unspent", ", a surplus
/// of", "4.2 million vehicles were scrapped, up 3.1%, which left a net increase of 9.8 million"): one amount less
/// another (<see cref="StatedParts"/>), not the change over time of the figure just before it, so a change said so
/// is not checked against that figure's level and growth (<see cref="SentenceLinks"/>).
/// </summary>
internal static partial class Remainder
{
    /// <summary>How far before the figure the cue may start; looking no further keeps the '$' pattern cheap.</summary>
    private const int Reach = 60;

    public static bool IsLeft(Sentence sentence, Claim amount)
    {
        var at = amount.Span.Start - sentence.Start;
        var from = Math.Max(0, at - Reach);
        return LeftBy().IsMatch(sentence.Text.AsSpan(from, at - from));
    }

    // "leaving", "which left a net increase of", "which leaves a gap of", "leaving a trade surplus of", ", a deficit of",
    // "for a surplus of", ", a difference of": what one amount exceeds the other by.
    // Greedy loops only, as in the other cue patterns that end in '$'.
    [GeneratedRegex(@"(?:\b(?:(?:which|that|this)\s+(?:left|leaves)|leaving|to\s+leave)(?:\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}of)?|[,;]\s*(?:(?:with|for)\s+)?an?\s+(?:[a-z-]+\s+)?(?:surplus|deficit|shortfall|difference|gap)\s+of)\s+" + SpokenHedge.Optional + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeftBy();
}
