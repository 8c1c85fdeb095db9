using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "Minors made 412 million visits, 32.7% of all visits": a share of "all" of what the count before it counts is that
/// count's part of the largest count of the same thing said before the part's sentence, for the same period and owner
/// and listed under nothing, when there is one. The count may have its growth between it and the share ("263,000, up
/// 8.7%, or 32.4% of all cases"), or stand in the sentence before one that points back at it ("… numbered 227,400,
/// down 2.4%. That is 43.0% of all titles"); the thing may be named with a word or two before it ("of all registered
/// fishing vessels"). Marked as <see cref="BoundClaim.PartOf"/> with the part as its one item, as for the shares of
/// <see cref="StatedParts"/>, so the share check needs no measure.
/// </summary>
internal static partial class SharesOfAll
{
    /// <summary>Marks the shares of <paramref name="sentence"/> (the last of <paramref name="claims"/>), read from <paramref name="text"/>, the document's text.</summary>
    public static void Mark(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, string text)
    {
        // The pattern needs the word; most sentences have none.
        if (sentence.Text.Contains(" of all ", StringComparison.OrdinalIgnoreCase))
        {
            // Read apart from the closures below: C# makes them when a method that holds them is entered, so for every sentence.
            MarkSaid(sentence, claims, paragraphStart, text);
        }
    }

    private static void MarkSaid(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, string text)
    {
        var first = Breakdowns.FirstOfSentence(sentence, claims, paragraphStart);
        for (var i = first; i < claims.Count; i++)
        {
            var share = claims[i];
            if (share.Claim.Role != ClaimRole.Share || share.PartOf is not null
                || OfAll().Match(sentence.Text, share.Claim.Span.End - sentence.Start) is not { Success: true } ofAll
                || PartBefore(sentence, claims, paragraphStart, first, i) is not { } partIndex
                || claims[partIndex] is not { Claim.Role: ClaimRole.Count, PartOf: null } part
                || !string.Equals(ofAll.Groups["noun"].Value, part.Claim.Quantity.Unit, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // "of all new vehicles sold", "of all registered fishing vessels": the words that narrow the thing name the
            // whole, which must say one of them; the largest count of vehicles may be the vehicles made.
            var narrowing = OpenMeasure.ContentWords(ofAll.Groups["before"].Value + " " + ofAll.Groups["after"].Value).ToHashSet(StringComparer.Ordinal);

            // The whole is said before the part's sentence. A count given a share of its own right after it ("412
            // million visits, 32.7% of all visits") is a part.
            var partFirst = partIndex;
            while (partFirst > 0 && claims[partFirst - 1].Claim.SentenceIndex == part.Claim.SentenceIndex)
            {
                partFirst--;
            }

            var whole = Enumerable.Range(0, partFirst)
                .Where(j => claims[j] is { Claim.Role: ClaimRole.Count, PartOf: null, Claim.Sign: > 0, Claim.Qualifier: null } c && c.Claim.Quantity.Unit == part.Claim.Quantity.Unit
                    && c.Period == part.Period && c.Entity.Id == part.Entity.Id && c.Claim.Interval.Lower > part.Claim.Interval.Upper
                    && !(j + 1 < claims.Count && claims[j + 1].Claim is { Role: ClaimRole.Share } next && next.SentenceIndex == c.Claim.SentenceIndex))
                .Select(j => claims[j]).MaxBy(c => c.Claim.Quantity.Value);
            if (whole is not null && (narrowing.Count == 0 || StatedParts.WordsSaid(whole, narrowing, text) > 0))
            {
                claims[i] = share with { PartOf = whole.Claim, Items = [part.Claim] };
            }
        }
    }

    /// <summary>
    /// The index of the count a share is of: the last figure before it in its sentence, past the growth said of that
    /// figure ("263,000, up 8.7%, or"), or, for a share that opens its sentence by pointing back ("That is", "They
    /// were"), the last amount of the sentence before (<see cref="StatedParts.AmountPointedBackAt"/>); null when none.
    /// </summary>
    private static int? PartBefore(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int first, int shareIndex)
    {
        var j = shareIndex - 1;
        while (j >= first && claims[j].Claim.Role is ClaimRole.Change or ClaimRole.AbsoluteChange)
        {
            j--;
        }

        if (j >= first)
        {
            return j;
        }

        var pointedAt = shareIndex == first ? StatedParts.AmountPointedBackAt(sentence, claims, paragraphStart, first, claims[shareIndex].Claim) : -1;
        return pointedAt >= 0 ? pointedAt : null;
    }

    // Right after the share: "of all visits", "of all the visits", "of all registered fishing vessels" (the first word
    // that may be a plural, so "of all cases handled by …" counts cases), and a participle after it ("sold", "handled").
    [GeneratedRegex(@"\G\s+of\s+all\s+(?:the\s+)?(?<before>(?:[a-z]+(?:-[a-z]+)*\s+){0,2}?)(?<noun>[a-z]+(?:-[a-z]+)*s)\b(?:\s+(?<after>[a-z]+ed|sold|held|made|paid|built|bought|sent|spent|lost|kept|won)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfAll();
}
