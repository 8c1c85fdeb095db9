using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "Of the 2.53 million calls, 908,000 were fires, 1.12 million were rescues and 602,000 were requests for help.
/// Rescues made up 44.3% of the calls.": a sentence that opens with a share, no amount before it, right after a
/// sentence that lists the parts of one total, gives the share of the part its words name, in that total. The part's
/// name is what its list says beside it (after each figure when the first says nothing before it, "62 were large, 49
/// were medium-sized"; else before each, "rural dibao took …, and urban dibao …"); a word of the share's sentence
/// that only one part's name has names that part. A sentence that points back ("That is 64.5% of the employed") names
/// the list's one part. The share names the total in other words ("of the calls", "of the total"), never one that
/// may be larger ("of all calls", "of the national total"). Marked as <see cref="BoundClaim.PartOf"/>
/// with the part as its one item, as for <see cref="StatedParts"/>, so the share check needs no measure.
/// </summary>
internal static partial class SharesOfListedItems
{
    /// <summary>Marks the shares of <paramref name="sentence"/> (its claims are the last of <paramref name="claims"/>).</summary>
    public static void Mark(Sentence sentence, Sentence? sentenceBefore, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart)
    {
        var first = Breakdowns.FirstOfSentence(sentence, claims, paragraphStart);
        if (sentenceBefore is null || first == claims.Count || claims[first] is not { Claim.Role: ClaimRole.Share, PartOf: null, Whole: null } share
            || !NamesTheListsTotal(sentence, share.Claim))
        {
            return;
        }

        // Read apart from the closures below: C# makes them when a method that holds them is entered, so for every sentence.
        MarkShare(sentence, sentenceBefore, claims, paragraphStart, first, share);
    }

    private static void MarkShare(Sentence sentence, Sentence sentenceBefore, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int first, BoundClaim share)
    {
        var parts = Enumerable.Range(paragraphStart, first - paragraphStart).Select(j => claims[j])
            .Where(b => b.Claim.SentenceIndex == sentenceBefore.Index && b.PartOf is not null && b.Claim.IsAmount)
            .ToList();
        if (parts.Count == 0 || parts.Any(p => p.PartOf != parts[0].PartOf))
        {
            return;
        }

        var subject = sentence.Text[..(share.Claim.Span.Start - sentence.Start)];
        var item = parts.Count == 1 && StatedParts.PointsBackToTheAmountBefore().IsMatch(subject) ? parts[0] : NamedItem(sentenceBefore, parts, claims, subject);
        if (item is not null)
        {
            claims[first] = share with { PartOf = item.PartOf, Items = [item.Claim] };
        }
    }

    /// <summary>The one part whose name in the list has a word of <paramref name="subject"/> that no other part's name has; null when none or several.</summary>
    private static BoundClaim? NamedItem(Sentence list, List<BoundClaim> parts, ImmutableArray<BoundClaim>.Builder claims, string subject)
    {
        var names = Names(list, parts, claims);
        // "They made up 31.7%" after "…, up 15.2%, and urban ones 560 million": how a figure moved names no part.
        var said = OpenMeasure.ContentWords(subject).Where(w => !Echoes.IsIdle(w)).ToHashSet(StringComparer.Ordinal);
        var named = parts.Where((_, k) => names[k].Any(w => said.Contains(w) && names.Count(other => other.Contains(w)) == 1)).ToList();
        return named is [var item] ? item : null;
    }

    /// <summary>
    /// The content words the list says beside each part: before each, from the clause's start (the last comma, or the
    /// total said in the list's own sentence) for the first and from the part before for the others; or, when the
    /// first part has nothing before it or a phrase of what it is follows it at once ("we used 812 million doses of
    /// foot-and-mouth vaccine, 1.93 billion doses of …": what was done, before it, names no part), after each, up to
    /// the next part, the list's total said after it ("…, 3.42 billion doses in all"), or the sentence's end.
    /// </summary>
    private static List<HashSet<string>> Names(Sentence list, List<BoundClaim> parts, ImmutableArray<BoundClaim>.Builder claims)
    {
        var text = list.Text;
        int Start(BoundClaim b) => b.Claim.Span.Start - list.Start;
        int End(BoundClaim b) => b.Claim.Span.End - list.Start;
        var total = claims.FirstOrDefault(b => b.Claim == parts[0].PartOf && b.Claim.SentenceIndex == list.Index);
        var clauseStart = Math.Max(text.LastIndexOfAny([',', ';', ':'], Math.Max(0, Start(parts[0]) - 1)) + 1, total is not null && End(total) <= Start(parts[0]) ? End(total) : 0);
        HashSet<string> Words(int from, int to) => OpenMeasure.ContentWords(text[from..Math.Max(from, to)]).ToHashSet(StringComparer.Ordinal);
        var before = Words(clauseStart, Start(parts[0])).Count > 0 && !NameAfter().IsMatch(text, End(parts[0]));
        return [.. parts.Select((p, k) => before
            ? Words(k == 0 ? clauseStart : End(parts[k - 1]), Start(p))
            : Words(End(p), k + 1 < parts.Count ? Start(parts[k + 1]) : total is not null && Start(total) > End(p) ? Start(total) : text.Length))];
    }

    /// <summary>
    /// Whether the share names the list's total in other words: "the total", "that", "the calls". A share that names
    /// no whole may be of a larger one the list's total is itself a part of ("together they brought in 319.1 billion
    /// yuan, 29.8% of the total. The share of social capital rose to 13.3%" is social capital's share of all of it).
    /// </summary>
    private static bool NamesTheListsTotal(Sentence sentence, Claim share) =>
        TheListsTotal().IsMatch(sentence.Text, share.Span.End - sentence.Start);

    // What a part is, right after its figure: "812 million doses of foot-and-mouth vaccine", "310 billion yuan for
    // rural dibao", "678 million doses against other diseases".
    [GeneratedRegex(@"\G\s+(?:of|for|on|against)\s+\p{L}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameAfter();

    // "of the total", "of that", "of them", "of the calls", "of the employed": not "of all …", "of the national total",
    // "of GDP", which may name a whole larger than the list's.
    [GeneratedRegex(@"\G\s*of\s+(?:it|them|that|this|these|those|the\s+(?!(?:national|country's|nation's|whole|entire|country|world|global)\b)[\p{L}-]+(?:\s+[\p{L}-]+)?)\s*(?:[,;.]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TheListsTotal();
}
