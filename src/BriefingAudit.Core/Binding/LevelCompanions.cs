using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// The growth rate and absolute change said right beside a level ("2.12 billion trips, an increase of 6.8%, or 135
/// million more") are of what the level is of, whichever stage of binding found it: a level first named only by its
/// echo in a later turn (<see cref="Echoes"/>) takes the figures beside it along, as they would have gone with it had
/// its own sentence named it; and a level whose rate alone was echoed is of what the echo showed the rate to be. An
/// absolute change right after a level with no rate beside them ("came to 842.6 billion yuan, about 116 billion yuan
/// more than a year earlier") is the level's change too, checked against the level's rate said elsewhere, and so is
/// one the level's rate follows ("2.621 million, 28,000 more than a year earlier, up 1.1%").
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
                // "… exceeded 7.2 trillion yuan, rising by nearly 300 billion yuan from a year earlier": with no rate or
                // earlier level in its sentence, the change is the level's own since a year before; the rate is in the
                // level's figures, wherever they were said.
                // So is one measured from the earlier level said after it ("…, 1,900 more than the 66,500 a year earlier"),
                // and one the level's rate follows ("stood at 2.621 million, 28,000 more than a year earlier, up 1.1%"):
                // the change stands between the level and its rate, which are then not said right beside each other.
                ClaimRole.AbsoluteChange when i > 0 && (claim.ChangeOf is null or { Growth: null } || claim.ChangeOf.Level == result[i - 1].Claim)
                    && levels.GetValueOrDefault(result[i - 1].Claim) is { } before && IsChangeOfTheLevelBefore(text, before, claim.Claim) => before,
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
    /// Whether an absolute change follows a level of its unit in one sentence as that level's change since a year
    /// before: after the level's own phrase ("14.36 billion yuan in relief funds, 2.22 billion yuan more …"), a comma
    /// ("…, rising by …", "…, though it was down by …") or, the level being the subject, "was" ("The 13.96 million
    /// disputes were about 1.4 million more …"); and the change's base, if it names one, is a year earlier ("than a
    /// year earlier", "than the same period last year", "than in 2023" of a level of 2024). A change from a month
    /// before, or above an average, is no growth since a year before.
    /// </summary>
    private static bool IsChangeOfTheLevelBefore(string text, BoundClaim level, Claim change)
    {
        if (level.Claim.SentenceIndex != change.SentenceIndex || level.Claim.Quantity.Unit != change.Quantity.Unit || level.Claim.Span.End > change.Span.Start
            || !ChangeRightAfterLevel().IsMatch(text.AsSpan(level.Claim.Span.End, change.Span.Start - level.Claim.Span.End)))
        {
            return false;
        }

        var after = text.AsSpan(change.Span.End, Math.Min(BaseLength, text.Length - change.Span.End));
        var clauseEnd = ClauseEnd(after);
        var tail = (clauseEnd < 0 ? after : after[..clauseEnd]).ToString();
        if (!NamesABase().IsMatch(tail) || AYearEarlier().IsMatch(tail))
        {
            return true;
        }

        return AYear().Match(tail) is { Success: true } year && SentenceAnalysis.YearOf(level.Period) is { } levelYear
            && int.Parse(year.ValueSpan, System.Globalization.CultureInfo.InvariantCulture) == levelYear - 1;
    }

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",;.!?\n");

    /// <summary>
    /// Where the clause at the start of <paramref name="text"/> ends, or -1: the comma and point inside a figure ("than
    /// the 66,500 a year earlier", "the 1.29 billion of 2023") end nothing, so the base's time after it is still read.
    /// </summary>
    private static int ClauseEnd(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(ClauseEnds); at >= 0; at = text[(at + 1)..].IndexOfAny(ClauseEnds) is var next and >= 0 ? at + 1 + next : -1)
        {
            if (text[at] is not (',' or '.') || at == 0 || at + 1 >= text.Length || !char.IsAsciiDigit(text[at - 1]) || !char.IsAsciiDigit(text[at + 1]))
            {
                return at;
            }
        }

        return -1;
    }

    // How far after a change its base is looked for: the words of its own clause.
    private const int BaseLength = 80;

    // The level's own phrase of a preposition, then a comma (with "or", or a pronoun of the level and its verb: "though
    // it was") or, the level being the subject, its verb; then maybe the verb of change the amount is the size of.
    [GeneratedRegex(@"^(?:\s+(?:of|on|in|for|from|at|during|with|across)\s+(?:(?!\b(?:and|or|but|while|whereas|than)\b)[^,;])*?)?(?:\s*,\s*(?:or\s+)?(?:(?:though|but|yet)\s+(?:it|they)\s+(?:was|were|is|are|has|have|had)\s+)?|\s+(?:was|were|is|are)\s+)(?:(?:rising|rose|up|down|falling|fell|growing|grew|increasing|decreasing|declining|an\s+increase|a\s+decrease|a\s+rise|a\s+drop|a\s+fall|a\s+decline)\s+(?:by|of)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChangeRightAfterLevel();

    [GeneratedRegex(@"\b(?:than|from|compared|over|since|above|below|against|on)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamesABase();

    [GeneratedRegex(@"\b" + Roles.AYearEarlier, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AYearEarlier();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AYear();

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
