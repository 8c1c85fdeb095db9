using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "Exports were 27.11 billion US dollars" in a briefing on the software industry, after "Software exports came to
/// 27.11 billion US dollars": a figure of a measure the vocabulary knows, said with no one's name, is of the entity the
/// briefing is on, when the transcript gave the measure before only for that entity and the title or introduction names
/// it. Said of anything else first ("Exports of mechanical and electrical products"), the bare measure stays the nation's.
/// </summary>
internal static class TopicEntity
{
    /// <summary>
    /// The claims with each bare figure (<see cref="TopicEntity"/>) given the entity of the briefing's topic.
    /// <paramref name="turns"/> runs parallel to <paramref name="claims"/>; <paramref name="topicWords"/> are the content
    /// words of the title, date line and introduction.
    /// </summary>
    public static IEnumerable<BoundClaim> Give(IReadOnlyList<BoundClaim> claims, IReadOnlyList<int> turns, IReadOnlySet<string> topicWords)
    {
        // The one entity each measure was given for so far; null once it was given for the nation or another entity.
        var givenFor = new Dictionary<string, EntityRef?>(StringComparer.Ordinal);
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (claim.Measure is not { } measure || OpenMeasure.Is(measure))
            {
                yield return claim;
                continue;
            }

            if (claim.Entity.IsNational && givenFor.GetValueOrDefault(measure.Id) is { } topic
                && RestatesInAnEarlierTurn(claims, turns, i, topic))
            {
                yield return claim with { Entity = topic };
                continue;
            }

            givenFor[measure.Id] = givenFor.TryGetValue(measure.Id, out var entity) && entity?.Id != claim.Entity.Id ? null
                : !claim.Entity.IsNational && OpenMeasure.ContentWords(claim.Entity.Name).ToList() is { Count: > 0 } words && words.All(topicWords.Contains) ? claim.Entity
                : null;
            yield return claim;
        }
    }

    // Only a figure said again, of the same role, unit and period, in a later turn: the speaker who goes on about
    // software exports in one answer and says "exports" in it may have moved on to the nation's.
    private static bool RestatesInAnEarlierTurn(IReadOnlyList<BoundClaim> claims, IReadOnlyList<int> turns, int at, EntityRef topic)
    {
        var echo = claims[at];
        for (var j = 0; j < at; j++)
        {
            var first = claims[j];
            if (turns[j] != turns[at] && first.Entity.Id == topic.Id && first.Measure?.Id == echo.Measure!.Id && first.Period == echo.Period
                && first.Claim.Role == echo.Claim.Role && first.Claim.Quantity.Unit == echo.Claim.Quantity.Unit && echo.Period is not null
                && echo.Claim.Role is ClaimRole.Level or ClaimRole.Count or ClaimRole.Change)
            {
                return true;
            }
        }

        return false;
    }
}
