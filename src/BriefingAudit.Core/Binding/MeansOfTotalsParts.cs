using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "Guangdong handled 19.86 billion parcels, Zhejiang 17.92 billion and Jiangsu 7.31 billion. The three provinces
/// together handled 45.09 billion, …, an average of 15.03 billion each": a mean said to be so much "each" (or
/// "apiece") after a total of its sentence is the mean of the things the total sums, its parts listed before. Marked
/// as the <see cref="BoundClaim.Items"/> of the mean, for the average check. A mean a day, a month or a person is of
/// something else than the total's parts, and is left alone.
/// </summary>
internal static partial class MeansOfTotalsParts
{
    /// <summary>Gives the means of <paramref name="sentence"/> (its claims the last of <paramref name="claims"/>) the parts of the total before them.</summary>
    public static void Mark(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int turnStart)
    {
        var first = Breakdowns.FirstOfSentence(sentence, claims, paragraphStart);
        for (var m = first + 1; m < claims.Count; m++)
        {
            var mean = claims[m];
            if (mean.Claim.Role != ClaimRole.Mean || mean.Items.Length > 0 || mean.PerUnit is not null
                || !EachAfter().IsMatch(sentence.Text, mean.Claim.Span.End - sentence.Start))
            {
                continue;
            }

            // The total is the amount of the mean's unit said last before it in the sentence.
            var total = Enumerable.Range(first, m - first).Select(i => claims[i]).LastOrDefault(c => c.Claim.Quantity.Unit == mean.Claim.Quantity.Unit);
            if (total is not { Claim.Role: ClaimRole.Level or ClaimRole.Count, Claim.Sign: > 0 })
            {
                continue;
            }

            var parts = Things(claims, turnStart, first, total.Claim);
            if (parts.Length >= 2)
            {
                claims[m] = mean with { Items = parts };
            }
        }
    }

    /// <summary>
    /// The things <paramref name="total"/> sums, from the claims of its turn before its sentence: its parts of its unit,
    /// each subtotal among them ("The two of them sold 97.11 billion yuan between them") put as the things it sums.
    /// </summary>
    private static ImmutableArray<Claim> Things(ImmutableArray<BoundClaim>.Builder claims, int turnStart, int end, Claim total) =>
        [.. Enumerable.Range(turnStart, end - turnStart).Select(i => claims[i])
            .Where(c => c.PartOf == total && c.Claim != total && c.Claim.Quantity.Unit == total.Quantity.Unit)
            .SelectMany(c => Things(claims, turnStart, end, c.Claim) is { Length: >= 2 } subparts ? subparts : [c.Claim])];

    // "… each", "… apiece", right after the mean's unit words, where its clause ends.
    [GeneratedRegex(@"\G(?:\s+[\p{L}-]+){0,2}?\s+(?:each|apiece)\s*(?:$|[,;.])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EachAfter();
}
