using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "Exports grew 5.7 percentage points faster than imports.": a gap in points said with neither of its rates, between
/// two things whose growth was given earlier in the briefing ("Exports grew 4.1% …, while imports fell 1.6%"). Each
/// side names its rate by some of the words the rate was given with; it is that rate when the growth rates said before
/// the gap, of its period, with all those words are one figure. A side whose words
/// fit none, or two different figures, leaves the gap without rates, as does a subject that only points back ("They
/// grew …", "Its spending grew …"): whose it is was said elsewhere. The rates may be of any turn before the gap: an
/// answer compares figures that the opening statement gave ("Ferry trips grew 2.1 percentage points faster than bus
/// trips" answers a question on rates read out at the start), and two different figures said with the words still
/// leave the gap without rates.
/// </summary>
internal static partial class NamedRates
{
    /// <summary>A gap of the sentence that names both its rates (<see cref="Said"/>), found while the sentence is read.</summary>
    /// <param name="Gap">The gap's index among the document's claims.</param>
    /// <param name="Rate">The words that name the rate the gap is of ("Exports").</param>
    /// <param name="Base">The words that name the rate it is measured against ("imports").</param>
    public sealed record NamedGap(int Gap, string Rate, string Base);

    /// <summary>
    /// The gaps of a sentence that opens with the thing that grew and names after "than" what it grew faster or slower
    /// than, with no figure before the gap; <paramref name="first"/> is the index of the sentence's first claim.
    /// </summary>
    public static IEnumerable<NamedGap> Said(Sentence sentence, IReadOnlyList<BoundClaim> bound, int first)
    {
        for (var i = 0; i < bound.Count; i++)
        {
            var gap = bound[i].Claim;
            if (gap.Role is not (ClaimRole.PointChange or ClaimRole.RateGap) || bound[i].Comparison is not null
                || bound.Any(b => b.Claim.Span.Start < gap.Span.Start))
            {
                continue;
            }

            if (SubjectBefore().Match(sentence.Text[..(gap.Span.Start - sentence.Start)]) is { Success: true } subject
                && ThanAfter().Match(sentence.Text, gap.Span.End - sentence.Start) is { Success: true } than)
            {
                yield return new NamedGap(first + i, subject.Groups["name"].Value, than.Groups["name"].Value);
            }
        }
    }

    /// <summary>The claims with each named gap given the two rates its words name, when both name one.</summary>
    public static ImmutableArray<BoundClaim> Link(ImmutableArray<BoundClaim> claims, IReadOnlyList<NamedGap> gaps, Echoes.ClauseWords words)
    {
        if (gaps.Count == 0)
        {
            return claims;
        }

        var result = claims.ToBuilder();
        foreach (var named in gaps)
        {
            var gap = claims[named.Gap];
            if (gap.Period is null)
            {
                continue;
            }

            var rate = RateNamed(named.Rate, named, claims, words);
            var baseRate = RateNamed(named.Base, named, claims, words);
            if (rate is not null && baseRate is not null && rate != baseRate)
            {
                result[named.Gap] = gap with { Comparison = new RateComparison(rate, baseRate) };
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The growth rate said before the gap, of its period, said with all the words of <paramref name="name"/>; null when none is, or figures that differ are.</summary>
    private static Claim? RateNamed(string name, NamedGap named, ImmutableArray<BoundClaim> claims, Echoes.ClauseWords words)
    {
        var said = Echoes.Content(name);
        if (said.Count == 0)
        {
            return null;
        }

        var period = claims[named.Gap].Period!.Id;
        Claim? found = null;
        for (var i = 0; i < named.Gap; i++)
        {
            var rate = claims[i].Claim;
            if (rate.Role != ClaimRole.Change || rate.Quantity.Dimension != UnitDimension.Percent || claims[i].Period?.Id != period
                || !said.IsSubsetOf(WordsOf(i, claims, words)))
            {
                continue;
            }

            if (found is not null && !found.SignedInterval.Overlaps(rate.SignedInterval))
            {
                return null;
            }

            found = rate;
        }

        return found;
    }

    /// <summary>
    /// The words a growth rate was given with: its clause's, and those of the amount it is the growth of ("The primary
    /// industry … produced 3.38 trillion yuan, up 3.9%": the rate's own clause says only "up").
    /// </summary>
    private static HashSet<string> WordsOf(int rate, ImmutableArray<BoundClaim> claims, Echoes.ClauseWords words)
    {
        var (before, after, _) = words[rate];
        var said = Echoes.Content(before + " " + after);
        if (rate > 0 && claims[rate - 1].Growth == claims[rate].Claim)
        {
            var (levelBefore, levelAfter, _) = words[rate - 1];
            said.UnionWith(Echoes.Content(levelBefore + " " + levelAfter));
        }

        return said;
    }

    // The subject of the clause and the verb of its growth, right before the gap: "Exports grew", "So the primary
    // industry grew", "Registrations in the west grew". Not a pronoun, nor a name after one ("its spending").
    [GeneratedRegex(@"(?:^|[:;,]\s*)(?!(?:it|its|they|their|this|these|those|that)\b)(?<name>[^:;,]+?)\s+(?:grew|rose|increased|expanded|climbed|fell|dropped|declined|decreased)\s+(?:by\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectBefore();

    // What the gap compares with, up to where the clause goes on: "faster than imports", "slower than that of doctors",
    // "faster than software products and contributed …", "faster than in the east, as …".
    [GeneratedRegex(@"\G\s*(?:faster|slower|more|less|higher|lower)\s+than\s+(?<name>.+?)\s*(?:$|[,;.:]|\s(?:and|as|because|so|but|while|since)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThanAfter();
}
