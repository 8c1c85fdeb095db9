using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// Shares said back to back after as many parts of one total: "Of the 6.85 million hectares affected, floods damaged
/// 3.18 million hectares and droughts 2.46 million hectares, or 46.4% and 35.9%". The k-th share is the k-th part's;
/// read as a share right after a part is, every share of the run would be the last part's. Where the run has another
/// number of shares than the parts before it, which share is whose is not said, and the run is tied to no part.
/// </summary>
internal static class ParallelShares
{
    /// <summary><paramref name="marked"/> (a sentence's claims, parts and shares tied to <paramref name="total"/>) with each run of shares paired with its parts.</summary>
    public static List<BoundClaim> Pair(Sentence sentence, List<BoundClaim> marked, Claim total)
    {
        for (var first = 0; first < marked.Count; first++)
        {
            if (!IsShareOf(marked[first], total))
            {
                continue;
            }

            var count = 1;
            while (first + count < marked.Count && IsShareOf(marked[first + count], total)
                && ParallelRates.SeparatorOnly().IsMatch(SentenceLinks.Between(sentence, marked[first + count - 1].Claim, marked[first + count].Claim)))
            {
                count++;
            }

            if (count >= 2)
            {
                var parts = marked.Take(first).Where(b => b.PartOf == total && b.Claim.Role != ClaimRole.Share).ToList();
                for (var k = 0; k < count; k++)
                {
                    var share = marked[first + k];
                    marked[first + k] = parts.Count == count ? share with { Items = [parts[k].Claim] } : share with { PartOf = null, ClosesList = false };
                }
            }

            first += count - 1;
        }

        return marked;
    }

    private static bool IsShareOf(BoundClaim b, Claim total) => b.Claim.Role == ClaimRole.Share && b.PartOf == total && b.Items.IsDefaultOrEmpty;
}
