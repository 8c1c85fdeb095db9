using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "Minors made 412 million visits, 32.7% of all visits": a share of "all" of what the count right before it counts
/// is that count's part of the largest count of the same thing said before, for the same period and owner and listed
/// under nothing, when there is one. Marked as <see cref="BoundClaim.PartOf"/> with the part as its one item, as for
/// the shares of <see cref="StatedParts"/>, so the share check needs no measure.
/// </summary>
internal static partial class SharesOfAll
{
    /// <summary>Marks the shares of <paramref name="sentence"/> (the last of <paramref name="claims"/>).</summary>
    public static void Mark(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart)
    {
        // The pattern needs the word; most sentences have none.
        if (sentence.Text.Contains(" of all ", StringComparison.OrdinalIgnoreCase))
        {
            // Read apart from the closures below: C# makes them when a method that holds them is entered, so for every sentence.
            MarkSaid(sentence, claims, paragraphStart);
        }
    }

    private static void MarkSaid(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart)
    {
        var first = Breakdowns.FirstOfSentence(sentence, claims, paragraphStart);
        for (var i = first + 1; i < claims.Count; i++)
        {
            var (share, part) = (claims[i], claims[i - 1]);
            if (share.Claim.Role != ClaimRole.Share || share.PartOf is not null || part.Claim.Role != ClaimRole.Count || part.PartOf is not null
                || OfAll().Match(sentence.Text, share.Claim.Span.End - sentence.Start) is not { Success: true } ofAll
                || !string.Equals(ofAll.Groups["noun"].Value, part.Claim.Quantity.Unit, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A count given a share of its own right after it ("412 million visits, 32.7% of all visits") is a part.
            var whole = Enumerable.Range(0, first)
                .Where(j => claims[j] is { Claim.Role: ClaimRole.Count, PartOf: null, Claim.Sign: > 0, Claim.Qualifier: null } c && c.Claim.Quantity.Unit == part.Claim.Quantity.Unit
                    && c.Period == part.Period && c.Entity.Id == part.Entity.Id && c.Claim.Interval.Lower > part.Claim.Interval.Upper
                    && !(j + 1 < claims.Count && claims[j + 1].Claim is { Role: ClaimRole.Share } next && next.SentenceIndex == c.Claim.SentenceIndex))
                .Select(j => claims[j]).MaxBy(c => c.Claim.Quantity.Value);
            if (whole is not null)
            {
                claims[i] = share with { PartOf = whole.Claim, Items = [part.Claim] };
            }
        }
    }

    // Right after the share: "of all visits", "of all the visits".
    [GeneratedRegex(@"\G\s+of\s+all\s+(?:the\s+)?(?<noun>[a-z]+(?:-[a-z]+)*s)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfAll();
}
