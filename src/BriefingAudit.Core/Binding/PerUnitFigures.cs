using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// Figures "per" a counted thing ("about 2,000 yuan per person", "Spending per trip was about 959 yuan", "5.64 tonnes
/// per hectare"), tied to the total and the count of their paragraph they divide (<see cref="BoundClaim.PerUnit"/>).
/// </summary>
internal static partial class PerUnitFigures
{
    /// <summary>
    /// Marks the figures of <paramref name="sentence"/> (the last of <paramref name="claims"/>) said per a counted
    /// thing: the total is the last figure before it in the paragraph in its unit, the count the last count of that
    /// thing, neither a listed part nor itself per something; when there is no such pair, nothing is marked.
    /// </summary>
    public static void Mark(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart)
    {
        // Both patterns need the word; most sentences have none, and the one before a figure reads the sentence from its start.
        if (!sentence.Text.Contains("per", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        for (var i = paragraphStart; i < claims.Count; i++)
        {
            var figure = claims[i];
            if (figure.Claim.SentenceIndex != sentence.Index || figure.Claim.Role is not (ClaimRole.Level or ClaimRole.Count or ClaimRole.Mean) || figure.Claim.Sign < 0
                || CountedThing(sentence, figure.Claim) is not { } thing)
            {
                continue;
            }

            // "…, the fines and confiscations came to 900 million yuan more, about 21,700 yuan per case": a figure per a
            // thing is not the total its clause's subject names; it is that total per the thing, a measure of its own.
            if (OpenMeasure.Is(figure.Measure) && OpenMeasure.Named(figure.Measure!.Name + " per " + thing, figure.Measure.Dimension) is { } perThing)
            {
                figure = figure with { Measure = perThing };
                claims[i] = figure;
            }

            if (Divided(claims, paragraphStart, i, thing) is { } quotient)
            {
                claims[i] = figure with { PerUnit = quotient };
            }
        }
    }

    /// <summary>The total and count of the paragraph before figure <paramref name="at"/> that it divides, if both are there.</summary>
    private static Quotient? Divided(ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int at, string thing)
    {
        var figure = claims[at];
        bool Usable(BoundClaim c) => c.Claim.Role is ClaimRole.Level or ClaimRole.Count && c.Claim.Sign > 0 && c.PartOf is null && c.PerUnit is null
            && c.Period == figure.Period;
        var earlier = Enumerable.Range(paragraphStart, at - paragraphStart).Select(j => claims[j]).Where(Usable).ToList();
        var count = earlier.LastOrDefault(c => c.Claim.Quantity.Dimension == UnitDimension.Count && Counts(c.Claim.Quantity.Unit, thing));
        var total = earlier.LastOrDefault(c => c.Claim.Quantity.Unit == figure.Claim.Quantity.Unit && c != count);
        return count is not null && total is not null ? new Quotient(total.Claim, count.Claim) : null;
    }

    /// <summary>The thing a figure is said per, after it ("2,000 yuan per person") or in its subject ("Spending per trip was").</summary>
    private static string? CountedThing(Sentence sentence, Claim claim)
    {
        var start = claim.Span.Start - sentence.Start;
        var after = PerAfter().Match(sentence.Text, start + claim.Span.Length);
        if (after.Success)
        {
            return after.Groups["thing"].Value;
        }

        var before = PerBefore().Match(sentence.Text, 0, start);
        return before.Success ? before.Groups["thing"].Value : null;
    }

    /// <summary>Whether a count's unit ("trips", "people") counts the thing ("trip", "person").</summary>
    private static bool Counts(string unit, string thing)
    {
        var (u, t) = (unit.ToLowerInvariant(), thing.ToLowerInvariant());
        return u == t || u == t + "s" || u == t + "es" || (t == "person" && u == "people") || (t.EndsWith('y') && u == t[..^1] + "ies");
    }

    // Time is not a counted thing here: "a day" over a period is the daily average of AverageCheck.
    [GeneratedRegex(@"\G\s+per\s+(?!(?:day|month|year|quarter|week|cent)\b)(?<thing>\p{L}+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PerAfter();

    [GeneratedRegex(@"\b\p{L}+\s+per\s+(?!(?:day|month|year|quarter|week|cent)\b)(?<thing>\p{L}+)\s+(?:was|were|stood\s+at|came\s+to|reached|averaged|of)\s+(?:(?:about|nearly|around|over|more\s+than|some|roughly|close\s+to|almost)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PerBefore();
}
