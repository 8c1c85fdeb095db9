using System.Collections.Immutable;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Checking;

/// <summary>
/// Everything a transcript says about one figure (one <see cref="FigureKey"/>): the claims that agree, the
/// interval they allow together (their intersection, so a later check uses the tightest statement), and the
/// claims that contradict them. <see cref="Derivation"/> says how consistent relations narrowed the interval
/// further ("pinned by total trade − imports"), when they did. Immutable.
/// </summary>
public sealed record Figure(FigureKey Key, Interval Interval, ImmutableArray<BoundClaim> Agreeing, ImmutableArray<BoundClaim> Conflicting, string? Derivation = null)
{
    public BoundClaim First => Agreeing[0];

    /// <summary>Folds the claims of one key, most precise first; a claim that excludes the others is a conflict.</summary>
    public static Figure From(FigureKey key, IEnumerable<BoundClaim> claims)
    {
        // Most figures are stated once: nothing to order or fold.
        if (claims.TryGetNonEnumeratedCount(out var count) && count == 1)
        {
            var only = claims.First();
            return new Figure(key, only.Claim.SignedInterval, [only], []);
        }

        var ordered = claims
            .OrderBy(c => c.Claim.Interval.Width ?? decimal.MaxValue)
            .ThenBy(c => c.Claim.Span.Start)
            .ToList();
        var interval = ordered[0].Claim.SignedInterval;
        var agreeing = ImmutableArray.CreateBuilder<BoundClaim>();
        var conflicting = ImmutableArray.CreateBuilder<BoundClaim>();
        agreeing.Add(ordered[0]);
        for (var i = 1; i < ordered.Count; i++)
        {
            var claim = ordered[i];
            var narrowed = interval.Intersect(claim.Claim.SignedInterval);
            if (narrowed.IsEmpty)
            {
                conflicting.Add(claim);
            }
            else
            {
                interval = narrowed;
                agreeing.Add(claim);
            }
        }

        return new Figure(key, interval, agreeing.ToImmutable(), conflicting.ToImmutable());
    }
}
