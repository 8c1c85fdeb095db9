using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// Growth rates said back to back after as many levels, "respectively" or not: "exports reached 13 trillion yuan and
/// imports 8.79 trillion yuan, up 7.2% and 2.7%". The k-th rate is the k-th level's; read as a rate right after a
/// level is, the first rate would be the last level's.
/// </summary>
internal static partial class ParallelRates
{
    /// <summary>
    /// The pairs (index of the level, index of its rate) of a sentence's <paramref name="bound"/>, in text order: for
    /// each run of two or more growth rates with only list separators between them, right after a level and its growth
    /// cue (", up"), the run's as many figures before it when all are levels or counts of one unit and the figure before
    /// them is none (else the list would have more levels than rates, and which are paired is not said).
    /// </summary>
    public static IReadOnlyList<(int Level, int Rate)> Pairs(string text, int sentenceStart, IReadOnlyList<BoundClaim> bound) =>
        // Two levels and their two rates at least; most sentences have fewer figures, and are not read again (nor is a
        // list made for them, or the closures below, which C# makes when a method that holds them is entered).
        bound.Count < 4 ? [] : PairsOfFour(text, sentenceStart, bound);

    private static List<(int Level, int Rate)> PairsOfFour(string text, int sentenceStart, IReadOnlyList<BoundClaim> bound)
    {
        var pairs = new List<(int Level, int Rate)>();
        var claims = bound.Select(b => b.Claim).ToList();
        for (var first = 1; first < claims.Count; first++)
        {
            if (!IsRate(claims[first]) || !ClaimBinder.GrowthAfterLevel().IsMatch(Between(text, sentenceStart, claims[first - 1], claims[first])))
            {
                continue;
            }

            var count = 1;
            while (first + count < claims.Count && IsRate(claims[first + count]) && SeparatorOnly().IsMatch(Between(text, sentenceStart, claims[first + count - 1], claims[first + count])))
            {
                count++;
            }

            var levels = first - count;
            var unit = claims[first - 1].Quantity.Unit;
            if (count >= 2 && levels >= 0 && Enumerable.Range(levels, count).All(i => IsLevelIn(claims[i], unit)) && (levels == 0 || !IsLevelIn(claims[levels - 1], unit)))
            {
                pairs.AddRange(Enumerable.Range(0, count).Select(k => (levels + k, first + k)));
            }

            first += count - 1;
        }

        return pairs;
    }

    private static bool IsRate(Claim claim) => claim is { Role: ClaimRole.Change, Quantity.Dimension: UnitDimension.Percent };

    private static bool IsLevelIn(Claim claim, string unit) =>
        claim.IsAmount && claim.Quantity.Dimension != UnitDimension.Percent && claim.Quantity.Unit == unit;

    private static ReadOnlySpan<char> Between(string text, int sentenceStart, Claim first, Claim second) =>
        text.AsSpan()[(first.Span.End - sentenceStart)..(second.Span.Start - sentenceStart)];

    // Only what separates the items of a list: ", ", " and ", ", and ".
    [GeneratedRegex(@"^[\s,;]*(?:(?:and|or)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex SeparatorOnly();
}
