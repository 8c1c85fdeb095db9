using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// The growth rate and absolute change said right beside a level ("2.12 billion trips, an increase of 6.8%, or 135
/// million more") are of what the level is of, whichever stage of binding found it: a level first named only by its
/// echo in a later turn (<see cref="Echoes"/>) takes the figures beside it along, as they would have gone with it had
/// its own sentence named it; and a level whose rate alone was echoed is of what the echo showed the rate to be.
/// </summary>
internal static partial class LevelCompanions
{
    /// <summary>The claims with the figures beside their levels given the levels' measures; <paramref name="text"/> is the document's, which the claims' spans index.</summary>
    public static ImmutableArray<BoundClaim> Give(ImmutableArray<BoundClaim> claims, string text)
    {
        var result = claims.ToBuilder();
        GiveLevelsTheirRatesEchoedMeasure(result, text);

        // Each level that has a measure, and the level each of their growth rates is said beside.
        var levels = new Dictionary<Claim, BoundClaim>();
        var levelOfRate = new Dictionary<Claim, BoundClaim>();
        foreach (var claim in result)
        {
            if (claim.Measure is not null && claim.Claim.IsAmount)
            {
                levels.TryAdd(claim.Claim, claim);
                if (claim.Growth is { } growth && SaidRightBeside(text, claim.Claim, growth))
                {
                    levelOfRate.TryAdd(growth, claim);
                }
            }
        }

        for (var i = 0; i < result.Count; i++)
        {
            var claim = result[i];
            // Only a figure no measure was named for: one left out on purpose ("a target", "respectively") stays out.
            if (claim.Measure is not null || claim.Note != BoundClaim.NoMeasureNote)
            {
                continue;
            }

            var level = claim.Claim.Role switch
            {
                ClaimRole.Change when !OpensListOfRates(claims, i) => levelOfRate.GetValueOrDefault(claim.Claim),
                // "…, an increase of 6.8%, or 135 million more": the change put as the level's own rate.
                ClaimRole.AbsoluteChange when claim.ChangeOf is { Growth: { } rate } change && levels.GetValueOrDefault(change.Level) is { } changed
                    && levelOfRate.GetValueOrDefault(rate) == changed => changed,
                _ => null,
            };
            if (level is not null)
            {
                result[i] = claim with { Measure = level.Measure, Entity = level.Entity, Period = level.Period ?? claim.Period, Note = null };
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// "M2 stood at 330.29 trillion yuan, up 8.3%" and later "M2 grew 8.3%": an echo of the rate names it by the words it
    /// shares with the level before it, which are the level's own, so the level is of what the echo showed the rate to be.
    /// A measure the sentence itself gave the rate may be of its subject rather than the level's (", 12.4% fewer than …"
    /// after "… complaints from consumers" in a sentence on service quality), and is not passed back.
    /// </summary>
    private static void GiveLevelsTheirRatesEchoedMeasure(ImmutableArray<BoundClaim>.Builder claims, string text)
    {
        var at = new Dictionary<Claim, int>();
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].Claim.Role == ClaimRole.Change)
            {
                at.TryAdd(claims[i].Claim, i);
            }
        }

        for (var i = 0; i < claims.Count; i++)
        {
            var level = claims[i];
            if (level.Measure is null && level.Note == BoundClaim.NoMeasureNote && level.Growth is { } growth && at.TryGetValue(growth, out var r) && SaidRightBeside(text, level.Claim, growth)
                && claims[r] is { Measure: { } measure } rate && Echoes.IsNamedByEcho(measure))
            {
                claims[i] = level with { Measure = measure with { Dimension = level.Claim.Quantity.Dimension }, Entity = rate.Entity, Period = rate.Period ?? level.Period, Note = null };
            }
        }
    }

    /// <summary>
    /// Whether a level's growth rate is said right beside it: after it with nothing between but what it was spent on or
    /// where it was counted ("19.4 billion yuan on new kites, up 3.8%"), or before it as what it rose to ("rose 3% to …").
    /// A sentence may join a rate to a level across another clause ("38 million trips in the first half and the fares
    /// rose, up 6%"), and then the rate may be that clause's.
    /// </summary>
    private static bool SaidRightBeside(string text, Claim level, Claim rate)
    {
        if (rate.Span.End <= level.Span.Start)
        {
            return ClaimBinder.LevelAfterGrowth().IsMatch(text.AsSpan(rate.Span.End, level.Span.Start - rate.Span.End));
        }

        if (rate.Span.Start < level.Span.End)
        {
            return false;
        }

        var between = text.AsSpan(level.Span.End, rate.Span.Start - level.Span.End);
        var comma = between.IndexOf(',');
        return comma >= 0 && PhraseOfTheLevel().IsMatch(between[..comma]) && ClaimBinder.GrowthAfterLevel().IsMatch(between[comma..]);
    }

    // Nothing, or one phrase of a preposition with no "and" or "or" in it, which would open another clause or item.
    [GeneratedRegex(@"^(?:\s+(?:of|on|in|for|from|to|at|during|by|with|across)\s+(?:(?!\b(?:and|or)\b)[^,;])*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhraseOfTheLevel();

    /// <summary>
    /// "sold 6.9 million, up 41.4% and 40.3%": a rate followed by another rate of its sentence opens a list of rates,
    /// said in the order of figures before the level, and need not be the level's beside it.
    /// </summary>
    private static bool OpensListOfRates(ImmutableArray<BoundClaim> claims, int at) =>
        at + 1 < claims.Length && claims[at + 1].Claim.SentenceIndex == claims[at].Claim.SentenceIndex && claims[at + 1].Claim.Role == ClaimRole.Change;
}
