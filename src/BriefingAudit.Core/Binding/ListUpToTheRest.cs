using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "Kite imports were 14.7 million tonnes. ¶ Spain supplied 5.3 million tonnes. Peru sent 3.2 million tonnes. ¶ Chile
/// supplied 0.7 million tonnes. The remaining 5.5 million tonnes came from a dozen other suppliers": items said in
/// sentences of their own, each with its own verb, from a paragraph's start up to one that names the rest, are the
/// whole breakdown of the amount the paragraph before them ends on. The rest says there is a whole; that the items open
/// a paragraph says it was said before them. Marked as <see cref="BoundClaim.PartOf"/>, closing the list, for the breakdown
/// check. Nothing is marked where the reading is in doubt: an amount of the items' unit among them that reads as no item
/// (another period, a comparison, a hedge, a figure per something, a part of another list), or a paragraph that opens
/// with one amount as large as every one after it, which may be the total itself.
/// </summary>
internal static partial class ListUpToTheRest
{
    // A breakdown read out item by item fills a paragraph or two; a run longer than that is the speaker going on.
    private const int MaxParagraphs = 3;

    /// <summary>
    /// Marks the items before <paramref name="items"/> (the amounts of a sentence up to its rest, the first at
    /// <paramref name="first"/>) and the items themselves as parts of the total the list's paragraphs follow, when there
    /// is one. <paramref name="paragraphStarts"/> are the indexes in <paramref name="claims"/> where the paragraphs of the
    /// speaker's turn start, the last the sentence's own; <paramref name="text"/> is the document's.
    /// </summary>
    public static void Mark(ImmutableArray<BoundClaim>.Builder claims, IReadOnlyList<int> paragraphStarts, int first, List<int> items, string text)
    {
        var rest = claims[items[^1]];
        if (TotalTheAnswerBreaksDown(claims, paragraphStarts[0], first, items, text) is { } answered)
        {
            MarkParts(claims, [.. Amounts(claims, paragraphStarts[0], first, rest), .. items], answered, rest);
            return;
        }

        var run = new List<int>();
        var end = first;
        for (var k = paragraphStarts.Count - 1; k >= 1 && k >= paragraphStarts.Count - MaxParagraphs; k--)
        {
            var own = Amounts(claims, paragraphStarts[k], end, rest);
            if (own.Any(i => !IsItem(claims[i], rest, text)))
            {
                return;
            }

            run.InsertRange(0, own);
            if (MayOpenWithTheTotal(claims, own, run, items))
            {
                return;
            }

            var before = Amounts(claims, paragraphStarts[k - 1], paragraphStarts[k], rest);
            var total = before.LastOrDefault(i => IsTotal(claims[i], rest, text), -1);
            if (total < 0)
            {
                return;
            }

            var largest = run.Concat(items).Max(i => claims[i].Claim.Quantity.Value);
            if (claims[total].Claim.Quantity.Value >= largest)
            {
                // "Traditional medicine took in 318.7 billion yuan. Its share was 25.7%": an amount whose share of something
                // is given after it is an item of a list before, not the total of one after; nor is "the other 29.1
                // thousand" alone a list.
                if (HasAShareLaterInItsParagraph(claims, total, paragraphStarts[k]) || run.Count + items.Count < 2)
                {
                    return;
                }

                MarkParts(claims, [.. run, .. items], claims[total].Claim, rest);
                return;
            }

            // The amount the paragraph before ends on is smaller than an item: that paragraph lists items too.
            end = paragraphStarts[k];
        }
    }

    /// <summary>Marks <paramref name="parts"/>, the last of them the rest, as the whole breakdown of <paramref name="total"/>.</summary>
    private static void MarkParts(ImmutableArray<BoundClaim>.Builder claims, List<int> parts, Claim total, BoundClaim rest)
    {
        foreach (var part in parts)
        {
            claims[part] = claims[part] with { PartOf = total, ClosesList = part == parts[^1], ListSentence = rest.Claim.SentenceIndex };
        }
    }

    /// <summary>
    /// "Coal output was 2.46 billion tonnes. … ¶ Where did the coal come from? ¶ Shanxi dug 650.4 million tonnes, or
    /// 26.4% of the national total. … Every other province together came to 788.1 million tonnes": an answer whose
    /// amounts of the rest's unit, from its start (<paramref name="answerStart"/>) up to the rest, are all items, and
    /// one of whose items is given a share of an amount said before the answer, breaks that amount down, when it is
    /// larger than every item: the share says which amount the answer's list is of, as no paragraph of its own turn
    /// can. Null when no share of an item is tied to an earlier amount, or two are tied to different ones.
    /// </summary>
    private static Claim? TotalTheAnswerBreaksDown(ImmutableArray<BoundClaim>.Builder claims, int answerStart, int first, List<int> items, string text)
    {
        var rest = claims[items[^1]];
        var run = Amounts(claims, answerStart, first, rest);
        // An item an answer gives without its measure has no period yet (the briefing's is given once every figure is
        // bound): no other period is said for it.
        if (run.Count + items.Count < 2 || run.Any(i => !IsItem(claims[i].Period is null ? claims[i] with { Period = rest.Period } : claims[i], rest, text)))
        {
            return null;
        }

        var listed = run.Concat(items).Select(i => claims[i].Claim).ToHashSet();
        var tiedShares = Enumerable.Range(answerStart, claims.Count - answerStart)
            .Where(i => claims[i] is { Claim.Role: ClaimRole.Share, PartOf: not null } share && share.Items.Any(listed.Contains)).ToList();
        var wholes = tiedShares.Select(i => claims[i].PartOf!).Distinct().ToList();
        // "Second, financial investment came to 75.50 billion yuan. … ¶ Third, by industry. Leasing and business services
        // took 160.21 billion yuan, 32.6% of non-financial investment": the list starts with the item the share names its
        // whole for; an amount the answer gave before it may be another item or of something else, and is not guessed at.
        if (wholes is not [var whole] || !claims[tiedShares[0]].Items.Contains(claims[run.Count > 0 ? run[0] : items[0]].Claim)
            || Enumerable.Range(0, answerStart).LastOrDefault(j => claims[j].Claim == whole, -1) is not (>= 0 and var at))
        {
            return null;
        }

        return claims[at] is var total && total is { Claim.Role: ClaimRole.Level or ClaimRole.Count, Claim.Sign: > 0, PartOf: null } && total.Claim.Quantity.Unit == rest.Claim.Quantity.Unit
            && listed.All(c => c.Interval.Upper is { } high && total.Claim.Interval.Lower is { } low && high < low)
            ? whole
            : null;
    }

    /// <summary>Whether the first words of a sentence, up to its first figure, name that figure as the rest ("Every other province together came to …").</summary>
    public static bool NamesTheRest(string beforeFigure) => RestLead().IsMatch(beforeFigure);

    /// <summary>Whether a share is said after the amount at <paramref name="index"/>, in its paragraph (which ends at <paramref name="paragraphEnd"/>).</summary>
    private static bool HasAShareLaterInItsParagraph(ImmutableArray<BoundClaim>.Builder claims, int index, int paragraphEnd) =>
        Enumerable.Range(index + 1, paragraphEnd - index - 1).Any(i => claims[i].Claim.Role == ClaimRole.Share);

    /// <summary>The indexes of the levels and counts of the rest's unit in <c>[from, to)</c>.</summary>
    private static List<int> Amounts(ImmutableArray<BoundClaim>.Builder claims, int from, int to, BoundClaim rest) =>
        [.. Enumerable.Range(from, Math.Max(0, to - from)).Where(i => claims[i].Claim.IsAmount && claims[i].Claim.Quantity.Unit == rest.Claim.Quantity.Unit)];

    /// <summary>
    /// Whether the paragraph whose amounts are <paramref name="own"/> opens with one amount alone in its sentence that is
    /// as large as each one after it (<paramref name="run"/> and <paramref name="items"/>): "Bonds came to 17.8 trillion
    /// yuan. Deposits were 2.9 trillion yuan. Stocks … the remaining 10.6 trillion yuan" may list four items or break
    /// the first down.
    /// </summary>
    private static bool MayOpenWithTheTotal(ImmutableArray<BoundClaim>.Builder claims, List<int> own, List<int> run, List<int> items)
    {
        if (own.Count == 0)
        {
            return false;
        }

        var opening = claims[own[0]];
        var later = run.SkipWhile(i => i != own[0]).Skip(1).Concat(items).ToList();
        return own.Count(i => claims[i].Claim.SentenceIndex == opening.Claim.SentenceIndex) == 1
            && later.All(i => claims[i].Claim.Quantity.Value <= opening.Claim.Quantity.Value);
    }

    private static bool IsItem(BoundClaim b, BoundClaim rest, string text) => IsTotal(b, rest, text) && b.PartOf is null;

    /// <summary>An amount said plainly of the rest's period: not hedged, not per something, not compared with another.</summary>
    private static bool IsTotal(BoundClaim b, BoundClaim rest, string text) =>
        b.Claim is { Sign: > 0, Qualifier: null } && b.PerUnit is null && b.Period?.Id == rest.Period?.Id && !IsCompared(b.Claim, text);

    /// <summary>Whether the clause before a figure compares it ("2.97 trillion yuan more than the 33.26 trillion yuan …").</summary>
    private static bool IsCompared(Claim claim, string text)
    {
        var start = claim.Span.Start;
        var from = Math.Max(0, start - ClauseReach);
        var window = text.AsSpan(from, start - from);
        // A clause ends at a comma, a semicolon or a sentence's full stop, not at a decimal point.
        var clauseStart = Math.Max(window.LastIndexOfAny(',', ';', '\n'), window.LastIndexOf(". ", StringComparison.Ordinal)) + 1;
        return Breakdowns.Comparison().IsMatch(window[clauseStart..]);
    }

    // How far before a figure its clause is read for a comparison.
    private const int ClauseReach = 80;

    // "The remaining provinces gave", "All the other suppliers together shipped", "Liquefied natural gas made up the rest,",
    // "The rest is medical devices,": "the", "all" or "every" before "other", "rest" or "remaining", at most four words
    // after it, and the figure; not "the other hand", "other than".
    [GeneratedRegex(@"(?:^|\b(?:the|all|every)\s+)(?:other|rest|remaining)\b(?!\s+(?:words|hand|than)\b)(?:\s+[\p{L}'’()&-]+){0,4}?,?\s+" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RestLead();
}
