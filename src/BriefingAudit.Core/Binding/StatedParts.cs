using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// Parts and wholes a sentence states by its syntax, whatever their measure: the items listed after a total ("4.16
/// trillion yuan, of which …", "11.86 trillion yuan, made up of …") and the part and whole of a share whose whole is
/// a figure of the same sentence ("4.55 million stations, accounting for 35.7% of the 12.75 million stations",
/// "…, accounting for 26.2% of GDP, which stood at 66.05 trillion yuan"). Marked as <see cref="BoundClaim.PartOf"/>,
/// as for the lists of <c>ClaimBinder</c>, so the breakdown and share checks need no vocabulary.
/// </summary>
internal static partial class StatedParts
{
    /// <param name="sentence">The sentence.</param>
    /// <param name="bound">Its claims.</param>
    /// <param name="paragraph">The claims of the paragraph's sentences before it.</param>
    public static List<BoundClaim> Mark(Sentence sentence, List<BoundClaim> bound, List<BoundClaim> paragraph)
    {
        if (bound.Count < 2)
        {
            return MarkShareOfListedPart(sentence, bound, paragraph);
        }

        return MarkShareOfListedPart(sentence, MarkShareOfParagraphTotal(sentence, MarkShareWholes(sentence, MarkTotalAfterParts(sentence, MarkDifference(sentence, MarkList(sentence, bound))), paragraph), paragraph), paragraph);
    }

    /// <summary>
    /// "16.33 billion pieces in April, 17.19 billion in May and 17.04 billion in June, together 50.56 billion", "…,
    /// the two regions combined earning 168.88 billion yuan", "…, adding up to nearly 720 billion yuan": a total said
    /// after its parts, with a word that says they are all of it. The word may follow the total ("… and market regulators
    /// investigated 26,900 cases, 75,500 cases in all") when the total sums up the clause of the part just before it.
    /// </summary>
    private static List<BoundClaim> MarkTotalAfterParts(Sentence sentence, List<BoundClaim> bound)
    {
        // The cue is within the 60 characters before the figure; looking no further keeps the '$' pattern cheap.
        var total = bound.FirstOrDefault(b => IsAmount(b) && Position(sentence, b.Claim) is var at
            && (TotalAfterParts().IsMatch(sentence.Text.AsSpan(Math.Max(0, at - 60), Math.Min(at, 60))) || SumsUpTheClauseBefore(sentence, bound, b)));
        if (total is null)
        {
            return bound;
        }

        var parts = bound.Where(b => IsAmount(b) && Position(sentence, b.Claim) < Position(sentence, total.Claim) && b.Claim.Sign > 0
            && b.Claim.Quantity.Unit == total.Claim.Quantity.Unit).ToList();
        return parts.Count < 2 ? bound : [.. bound.Select(b => parts.Contains(b) ? b with { PartOf = total.Claim, ClosesList = b == parts[^1] } : b)];
    }

    /// <summary>
    /// Whether an amount is followed by words that say it is all of something ("in all", "altogether", "for the two") and
    /// stands right after the clause of the last amount of its unit before it, one comma away: "barley, peas and the
    /// other crops, 11.55 million tonnes in all" sums up the crops its own clause names, not the amounts before them.
    /// </summary>
    private static bool SumsUpTheClauseBefore(Sentence sentence, List<BoundClaim> bound, BoundClaim amount)
    {
        var at = Position(sentence, amount.Claim);
        if (!SummedUpAfter().IsMatch(sentence.Text, at + amount.Claim.Span.Length)
            || bound.LastOrDefault(b => IsAmount(b) && Position(sentence, b.Claim) < at && b.Claim.Quantity.Unit == amount.Claim.Quantity.Unit) is not { } before)
        {
            return false;
        }

        var between = sentence.Text.AsSpan()[(Position(sentence, before.Claim) + before.Claim.Span.Length)..at].TrimEnd();
        return between is [.. var clause, ','] && clause.IndexOfAny(',', ';') < 0;
    }

    /// <summary>
    /// "… collected 1.72 trillion yuan, up 4.6%, and paid out 1.43 trillion yuan, up 3.1%, leaving 292 billion yuan
    /// unspent", "exports of 3.1 billion yuan and imports of 2.2 billion yuan, a surplus of 900 million yuan": an amount
    /// said to be what is left of the two amounts just before it is their difference, so the larger of the two is the
    /// other and it together, and nothing else.
    /// </summary>
    private static List<BoundClaim> MarkDifference(Sentence sentence, List<BoundClaim> bound)
    {
        var amounts = bound.Where(IsAmount).ToList();
        for (var i = 2; i < amounts.Count; i++)
        {
            var (a, b, difference) = (amounts[i - 2], amounts[i - 1], amounts[i]);
            if (a.Claim.Sign < 0 || b.Claim.Sign < 0
                || a.Claim.Quantity.Unit != difference.Claim.Quantity.Unit || b.Claim.Quantity.Unit != difference.Claim.Quantity.Unit
                || !Remainder.IsLeft(sentence, difference.Claim))
            {
                continue;
            }

            // A deficit is left the other way round: the larger amount is the total, whichever was said first.
            var (total, part) = a.Claim.Interval.Lower >= b.Claim.Interval.Lower ? (a, b) : (b, a);
            return [.. bound.Select(x => x == part ? x with { PartOf = total.Claim } : x == difference ? x with { PartOf = total.Claim, ClosesList = true } : x)];
        }

        return bound;
    }

    /// <summary>
    /// "By mode of transport, road freight was 20.29 billion tonnes, … Road freight made up 73.6% of the total": a
    /// share "of the total" with no amount before it in its sentence is the share of the one listed part of the
    /// paragraph whose measure its words name, in that part's total.
    /// </summary>
    private static List<BoundClaim> MarkShareOfListedPart(Sentence sentence, List<BoundClaim> bound, List<BoundClaim> paragraph)
    {
        var result = bound;
        // Asked of every sentence: a loop, not a query made for each.
        foreach (var share in bound)
        {
            if (share.Claim.Role != ClaimRole.Share || share.PartOf is not null || share.Whole is not null)
            {
                continue;
            }

            var shareStart = Position(sentence, share.Claim);
            if (!OfTheTotal().IsMatch(sentence.Text, shareStart + share.Claim.Span.Length)
                || bound.Any(b => Position(sentence, b.Claim) < shareStart && b.Claim.IsAmount)
                || OpenMeasure.Key(sentence.Text[..shareStart]) is not { } key)
            {
                continue;
            }

            var words = key.Split(' ');
            var listed = paragraph.Where(b => b.PartOf is not null && b.Claim.IsAmount && OpenMeasure.Is(b.Measure))
                .DistinctBy(b => b.Measure!.Id).ToList();
            var named = listed.Where(b => MeasureWords(b).All(words.Contains)).ToList();
            if (named.Count == 0)
            {
                // "By type, pork output was …; beef output was …. Pork made up 62.4% of the total": a word that names
                // one listed part and no other is enough.
                named = [.. listed.Where(b => MeasureWords(b).Any(w => words.Contains(w) && listed.Count(other => MeasureWords(other).Contains(w)) == 1))];
            }
            if (named is [var part])
            {
                result = [.. result.Select(b => b == share ? b with { PartOf = part.PartOf, Items = [part.Claim] } : b)];
            }
        }

        return result;
    }

    private static string[] MeasureWords(BoundClaim claim) => OpenMeasure.NameWords(claim.Measure!);

    private static int Position(Sentence sentence, Claim claim) => claim.Span.Start - sentence.Start;

    private static bool IsAmount(BoundClaim b) => b.Claim.IsAmount && b.PartOf is null;

    /// <summary>"…had total revenue of 4.16 trillion yuan, of which the pension fund took in 3.92 trillion yuan, …", "…
    /// 49,000 cases were handled, 14,800 of which involved online shops":
    /// the figures of the total's unit after the cue are its parts; "made up of" says they are all of it. "… stood at
    /// 3.97 trillion yuan — 3.16 trillion in … and 810 billion in …", "… 82.7 billion yuan: 58.4 billion yuan on … and
    /// 24.3 billion yuan on …": amounts right after a colon or dash that follows a total are its breakdown. Either list
    /// is all of it when the last is joined by "and" and none is said to be among others ("including", "mainly"): "3.19
    /// million square kilometres, of which 3.04 million are on land and 150,000 at sea".</summary>
    private static List<BoundClaim> MarkList(Sentence sentence, List<BoundClaim> bound)
    {
        var cue = sentence.Text.AsSpan().ContainsAny(ListCueWords) ? ListCue().Match(sentence.Text) : Match.Empty;
        var total = cue.Success ? bound.LastOrDefault(b => Position(sentence, b.Claim) < cue.Index && IsAmount(b)) : null;
        if (!cue.Success)
        {
            // One dash or colon at most per sentence: looked for only after an amount, where the pattern is anchored.
            foreach (var amount in bound.Where(IsAmount))
            {
                var appositive = Appositive().Match(sentence.Text, Position(sentence, amount.Claim) + amount.Claim.Span.Length);
                if (appositive.Success)
                {
                    (cue, total) = (appositive, amount);
                    break;
                }
            }
        }

        if (total is null)
        {
            return bound;
        }

        var stop = ListStop().Match(sentence.Text, cue.Index + cue.Length);
        var listEnd = stop.Success ? stop.Index : sentence.Text.Length;
        // "Ticket sales came to 28.72 billion yuan: 12.34 billion in the first quarter, … and 16.38 billion in the
        // second": a total that names no period of its own (it takes the briefing's later) is broken down by period,
        // one part for each.
        var ofTheUnit = bound.Where(b => IsAmount(b) && Position(sentence, b.Claim) > cue.Index && Position(sentence, b.Claim) < listEnd
            && b.Claim.Quantity.Unit == total.Claim.Quantity.Unit).ToList();
        var parts = ofTheUnit.Where(b => b.Period == total.Period).ToList();
        if (parts.Count == 0 && total.Period is null)
        {
            parts = ofTheUnit;
            if (parts.Any(p => p.Period is null) || parts.Select(p => p.Period).Distinct().Count() != parts.Count)
            {
                return bound;
            }
        }

        if (parts.Count == 0)
        {
            return bound;
        }

        // A figure of the unit in the list that is not read as an amount ("rose by …") may be a part: the list is
        // then not known to be whole.
        if (cue.Groups["comma"].Success && parts.Count < 2)
        {
            return bound;
        }

        // After "of which", a total said to be of more things than the list names ("the three funds …, of which A … and B
        // …") leaves some out; a colon list is the total's own whatever its clause counts ("over these six months …: A and B").
        var counted = CountedWhole.CountBefore(sentence.Text, Position(sentence, total.Claim));
        var afterColon = cue.Groups["appositive"].Success || cue.Groups["comma"].Success;
        var listed = cue.Groups["complete"].Success || counted == parts.Count
            || ((afterColon || counted is null) && parts.Count >= 2 && LastJoined(sentence, parts[^2].Claim, parts[^1].Claim)
                && !SomeOfThem().IsMatch(sentence.Text.AsSpan(cue.Index, listEnd - cue.Index)));
        var complete = listed && !bound.Any(b => !parts.Contains(b) && Position(sentence, b.Claim) > cue.Index
            && Position(sentence, b.Claim) < listEnd && b.Claim.Quantity.Unit == total.Claim.Quantity.Unit);
        // "686 million users, of whom 226 million were gigabit users, or 32.9%": a share after a part that names no
        // whole of its own, or only "the total" ("…, or 39.4% of the total"), is a share of the total.
        bool ShareOfTotal(BoundClaim b) => b.Claim.Role == ClaimRole.Share && b.Whole is null && b.PartOf is null && Position(sentence, b.Claim) < listEnd
            && parts.Any(p => p.Claim.Span.Start < b.Claim.Span.Start)
            && (Breakdowns.NamesNoWhole(sentence, b.Claim) || OfTheTotal().IsMatch(sentence.Text, Position(sentence, b.Claim) + b.Claim.Span.Length));
        return [.. bound.Select(b => parts.Contains(b) ? b with { PartOf = total.Claim, ClosesList = complete && b == parts[^1] }
            : ShareOfTotal(b) ? b with { PartOf = total.Claim } : b)];
    }

    /// <summary>
    /// Whether the last of a list's items is joined to the one before by "and": right before its figure ("2,257 in power
    /// and 1,469 in steel"), or opening its clause, its name before its figure ("…, of whom 128.6 million crossed a border,
    /// 33.2% of migrants, and 258.6 million moved within", "of which stocks were 3.07 trillion yuan and funds 1.93 trillion").
    /// </summary>
    private static bool LastJoined(Sentence sentence, Claim secondLast, Claim last)
    {
        var between = sentence.Text.AsSpan(Position(sentence, secondLast) + secondLast.Span.Length, last.Span.Start - secondLast.Span.Start - secondLast.Span.Length);
        return JoinedRightBefore().IsMatch(between) || LastClauseJoined().IsMatch(between);
    }

    /// <summary>A share whose whole is a figure right after it: the part is the amount of that unit before the share.</summary>
    private static List<BoundClaim> MarkShareWholes(Sentence sentence, List<BoundClaim> bound, List<BoundClaim> paragraph)
    {
        var result = bound;
        foreach (var share in bound.Where(b => b.Claim.Role == ClaimRole.Share && b.PartOf is null))
        {
            var shareStart = Position(sentence, share.Claim);
            var shareEnd = shareStart + share.Claim.Span.Length;
            var whole = bound.FirstOrDefault(b => Position(sentence, b.Claim) >= shareEnd && IsAmount(b));
            if (whole is null || WholeStatedAfter().Match(sentence.Text, shareEnd, Position(sentence, whole.Claim) - shareEnd) is not { Success: true } stated)
            {
                continue;
            }

            // "That is 18.8 billion units more than the 220.7 billion of the same period last year, and 53.1% of the
            // 451.4 billion produced in 2024": the level a change is measured from is of another time, no part.
            var part = result.LastOrDefault(b => Position(sentence, b.Claim) < shareStart && b.Claim.IsAmount
                && b.Claim.Quantity.Unit == whole.Claim.Quantity.Unit && !IsLevelAChangeIsMeasuredFrom(sentence, result, b));
            // "… sales were 385.2 billion yuan, up 7.6%. That was 62.4% of the 617.6 billion yuan sold", "That is 18.8
            // billion units more than …, and 53.1% of …": a sentence that opens by pointing back gives the share of the
            // last amount of the sentence before, in the same unit.
            var opening = Position(sentence, bound[0].Claim);
            var pointedAt = part is null && opening > 0 && PointsBackToTheAmountBefore().IsMatch(sentence.Text.AsSpan(0, opening))
                && bound.TakeWhile(b => b != share).All(b => IsSaidOfTheAmountPointedAt(sentence, bound, b, whole.Claim.Quantity.Unit))
                ? paragraph.LastOrDefault(b => b.Claim.SentenceIndex == sentence.Index - 1 && b.Claim.IsAmount
                    && b.Claim.Quantity.Unit == whole.Claim.Quantity.Unit && b.PartOf is null)
                : null;
            if (pointedAt is not null)
            {
                result = [.. result.Select(b => b == share ? b with { PartOf = whole.Claim, Items = [pointedAt.Claim] } : b)];
                continue;
            }

            if (part is null || part.PartOf is not null)
            {
                continue;
            }

            // "68.8% of the annual target of 25,000", "103.7% of the normal holding of 39 million head": an amount
            // measured against a named reference, which it may exceed, is the share's part but not listed under it.
            result = stated.Groups["reference"].Success
                ? [.. result.Select(b => b == share ? b with { PartOf = whole.Claim, Items = [part.Claim] } : b)]
                : [.. result.Select(b => b == share || b == part ? b with { PartOf = whole.Claim } : b)];
        }

        return result;
    }

    /// <summary>
    /// Whether a figure before a share, in a sentence that opens by pointing back, is said of the amount pointed at in
    /// the share's <paramref name="unit"/>: its rate, its change, or the level that change is measured from ("That is
    /// 18.8 billion units more than the 220.7 billion of a year earlier, and 53.1% of …").
    /// </summary>
    private static bool IsSaidOfTheAmountPointedAt(Sentence sentence, List<BoundClaim> bound, BoundClaim figure, string unit) => figure.Claim switch
    {
        { Role: ClaimRole.Change, Quantity.Dimension: UnitDimension.Percent } => true,
        { Role: ClaimRole.AbsoluteChange } change => change.Quantity.Unit == unit,
        { IsAmount: true } level => level.Quantity.Unit == unit && IsLevelAChangeIsMeasuredFrom(sentence, bound, figure),
        _ => false,
    };

    /// <summary>Whether <paramref name="amount"/> is the earlier level the figure said right before it is a change from (<see cref="SentenceLinks.IsChangeMeasuredFrom"/>).</summary>
    private static bool IsLevelAChangeIsMeasuredFrom(Sentence sentence, List<BoundClaim> bound, BoundClaim amount) =>
        bound.LastOrDefault(b => b.Claim.Span.End <= amount.Claim.Span.Start) is { } before && SentenceLinks.IsChangeMeasuredFrom(sentence, before.Claim, amount.Claim);

    /// <summary>
    /// "Total imports and exports of services reached 3.88 trillion yuan. … Trade in knowledge-intensive services
    /// reached 1.47 trillion yuan, making up 37.9% of the total.": "the total" is what the paragraph opened with, its
    /// first amount of the part's unit, unless that is itself given as a share of the total (then the paragraph is a
    /// list of parts, and the total is elsewhere).
    /// </summary>
    private static List<BoundClaim> MarkShareOfParagraphTotal(Sentence sentence, List<BoundClaim> bound, List<BoundClaim> paragraph)
    {
        var result = bound;
        // Asked of every sentence: a loop, not a query made for each.
        foreach (var share in bound)
        {
            if (share.Claim.Role != ClaimRole.Share || share.PartOf is not null || share.Whole is not null)
            {
                continue;
            }

            var shareStart = Position(sentence, share.Claim);
            var ofTotal = OfTheTotal().IsMatch(sentence.Text, shareStart + share.Claim.Span.Length);
            var wholeWords = ofTotal ? null : WholeWordsAfter(sentence, share.Claim);
            if (!ofTotal && wholeWords is null)
            {
                continue;
            }

            var part = result.LastOrDefault(b => Position(sentence, b.Claim) < shareStart && b.Claim.IsAmount);
            var amounts = part is null || part.PartOf is not null ? []
                : paragraph.Where(b => b.Claim.IsAmount && b.Claim.Quantity.Unit == part.Claim.Quantity.Unit).ToList();
            // "accounting for 36.3% of all industrial profits": the one open measure of the paragraph whose words
            // include the whole's ("profits of industrial enterprises above designated size").
            var named = wholeWords is null ? [] : amounts.Where(b => NamesWhole(b, wholeWords)).ToList();
            var total = ofTotal ? amounts.FirstOrDefault() : named.Count == 1 ? named[0] : null;
            if (total is null || total.PartOf is not null || total.Period != part!.Period || IsShareOfTotal(total, paragraph) || (ofTotal && (IsListItem(total, paragraph) || IsNarrowedBefore(total, part, amounts) || OutgrowsTheBreakdown(total, part, amounts)))
                || (total.Claim.Interval.Upper is { } high && part.Claim.Interval.Lower is { } low && low > high))
            {
                continue;
            }

            result = [.. result.Select(b => b == share || b == part ? b with { PartOf = total.Claim } : b)];
        }

        return result;
    }

    /// <summary>
    /// "Shanghai handled 26.5 million TEU, or 15.8% of the country's container throughput": a share whose words name
    /// its whole, when no amount of its paragraph is of that whole, is a share of the one amount they name among the
    /// amounts said in the paragraphs before, for the part's period and in its unit, of the nation or of the part's
    /// owner, and larger than the part; with two such measures or owners the words do not say which. An amount is
    /// named by its open measure's words or by the words its own clause says of it up to its unit ("the country had
    /// 1.12 billion internet users" for "of all users"), so one word may name it. Only the speaker's
    /// own figures are looked at: "52.8% of all ticket sales" in an answer on films is not of the performances' ticket
    /// sales another official gave. A share of "the total" alone is of the total the part's own words name
    /// (<see cref="TotalThePartNames"/>) or, of the national total, the question it answers, <paramref name="asked"/>
    /// (empty when none). Runs once the sentence's claims are in <paramref name="claims"/>, which holds the
    /// transcript's claims so far, each said by the speaker at the same index of <paramref name="speakers"/>, read from
    /// <paramref name="text"/>, the document's text.
    /// </summary>
    public static void MarkShareOfWholeNamedBefore(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int turnStart, IReadOnlyList<string?> speakers, string text, string asked)
    {
        var first = Breakdowns.FirstOfSentence(sentence, claims, paragraphStart);
        for (var i = first; i < claims.Count; i++)
        {
            var share = claims[i];
            if (share.Claim.Role != ClaimRole.Share || share.PartOf is not null || share.Whole is not null)
            {
                continue;
            }

            var totalAlone = TheTotalAlone().Match(sentence.Text, share.Claim.Span.End - sentence.Start);
            var ofTheTotal = totalAlone.Success;
            var wholeWords = ofTheTotal ? null : WholeWordsAfter(sentence, share.Claim);
            var partIndex = Enumerable.Range(first, i - first).LastOrDefault(j => claims[j].Claim.IsAmount, -1);
            if (partIndex < 0 && (ofTheTotal || wholeWords is not null))
            {
                partIndex = AmountPointedBackAt(sentence, claims, paragraphStart, first, share.Claim);
            }

            var namesNone = !ofTheTotal && wholeWords is null && Breakdowns.NamesNoWhole(sentence, share.Claim);
            if ((!ofTheTotal && wholeWords is null && !namesNone) || partIndex < 0 || claims[partIndex] is not { PartOf: null, Claim.Interval.Upper: not null } part)
            {
                continue;
            }

            var whole = ofTheTotal ? TotalOfTheShareBefore(claims, paragraphStart, partIndex) ?? TotalThePartNames(claims, paragraphStart, turnStart, partIndex, share.Claim, text, totalAlone.Groups["national"].Success, asked)
                : namesNone ? WholeOfTheListGoneOn(sentence, claims, turnStart, partIndex)
                : WholeNamedBefore(claims, paragraphStart, first, part, i, wholeWords!, speakers, text);
            if (whole is not null)
            {
                claims[i] = share with { PartOf = whole.Claim, Items = [part.Claim] };
            }
        }
    }

    /// <summary>
    /// "Guangdong produced 9.14 million tonnes, 12.3% of the national total. ¶ Shandong came next with 8.96 million
    /// tonnes, 12.1%, and Fujian with 8.87 million tonnes, or 13.9%.": a share that names no whole, after its amount,
    /// goes on with the list of the last share of the speaker's turn that was tied to a whole, and is of that whole, when
    /// every amount of the part's unit said since is smaller than it (an item of the same list), the part's sentence
    /// opens no scope of its own ("Of them, 9.62 million were settled, 68.9%" is of what "them" points at), and the whole
    /// can be the part's (<see cref="CanBeTheWholeOf"/>); null otherwise.
    /// </summary>
    private static BoundClaim? WholeOfTheListGoneOn(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int turnStart, int partIndex)
    {
        var part = claims[partIndex];
        if (ScopeOfItsOwn().IsMatch(sentence.Text.AsSpan(0, part.Claim.Span.Start - sentence.Start)))
        {
            return null;
        }

        var shareBefore = LastTiedShare(claims, turnStart, partIndex);
        if (shareBefore < 0)
        {
            return null;
        }

        var whole = BoundBefore(claims, claims[shareBefore].PartOf!, shareBefore);
        var since = Enumerable.Range(shareBefore + 1, partIndex - shareBefore - 1).Select(j => claims[j].Claim)
            .Where(c => c.IsAmount && c.Quantity.Unit == part.Claim.Quantity.Unit);
        return whole is not null && CanBeTheWholeOf(whole, part, briefingTotal: true)
            && since.All(c => c.Interval.Upper is { } high && whole.Claim.Interval.Lower is { } wholeLow && high < wholeLow)
            ? whole
            : null;
    }

    /// <summary>
    /// "Sea freight brought in 5.23 billion yuan, up 3.2%. That is 38.0% of the total.", "They were 78.9% of new harbour
    /// capacity.": a share that opens its sentence after words pointing back at the sentence before, which ends on an
    /// amount, is that amount's share; the index of that amount among <paramref name="claims"/>, or -1 when the share has
    /// an amount before it, its sentence opens otherwise, or the sentence just before in its paragraph states none.
    /// </summary>
    internal static int AmountPointedBackAt(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int first, Claim share)
    {
        var subject = share.Span.Start - sentence.Start;
        if (subject <= 0 || !PointsBackToTheAmountBefore().IsMatch(sentence.Text.AsSpan(0, subject)))
        {
            return -1;
        }

        for (var j = first - 1; j >= paragraphStart && claims[j].Claim.SentenceIndex == sentence.Index - 1; j--)
        {
            if (claims[j].Claim.IsAmount)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The one amount of the paragraphs before that <paramref name="wholeWords"/> name, said by the share's speaker (<see cref="MarkShareOfWholeNamedBefore"/>); null when none or several.</summary>
    private static BoundClaim? WholeNamedBefore(ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int first, BoundClaim part, int shareIndex, string[] wholeWords, IReadOnlyList<string?> speakers, string text)
    {
        if (Enumerable.Range(paragraphStart, first - paragraphStart).Any(j => claims[j].Claim.Quantity.Unit == part.Claim.Quantity.Unit && NamesWhole(claims[j], wholeWords, text)))
        {
            return null;
        }

        if (wholeWords is [var word] && !NamesOneAmountSaidBefore(claims, paragraphStart, part, word, text))
        {
            return null;
        }

        var wholes = Enumerable.Range(0, paragraphStart).Where(j => speakers[j] == speakers[shareIndex]).Select(j => claims[j])
            .Where(b => CanBeTheWholeOf(b, part) && NamesWhole(b, wholeWords, text))
            .ToList();
        // One whole said twice is one whole: an amount no measure names is known by its value.
        return wholes.Count > 0 && wholes.DistinctBy(SameAmountSaidAgain).Count() == 1 ? wholes[^1] : null;
    }

    /// <summary>
    /// What two sayings of one amount share: its measure and entity, or, bound to no measure, its value and entity
    /// ("2.1 trillion yuan" said twice of sales is one whole, not two).
    /// </summary>
    private static (string? Measure, Interval Value, string Entity) SameAmountSaidAgain(BoundClaim amount) =>
        (amount.Measure?.Id, amount.Measure is null ? amount.Claim.Interval : default, amount.Entity.Id);

    /// <summary>
    /// Whether one word of a whole named after a share ("of sales", "of completions") names just one amount of the
    /// part's unit among all the briefing said before the share's paragraph, by any speaker and for any period. One
    /// word fits many amounts: "Scratch cards sold 102.46 billion yuan" and the lottery sales another official gave are
    /// both sales, "Revenue in the first quarter" and the half-year's revenue both revenue, so the word picks out the
    /// whole only when nothing else it could mean was said. An amount said with a verb of the word's stem counts as
    /// named ("Chinese yards completed 23.13 million dwt" for "of completions"), as a reader hears it so.
    /// </summary>
    private static bool NamesOneAmountSaidBefore(ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, BoundClaim part, string word, string text) =>
        Enumerable.Range(0, paragraphStart).Select(j => claims[j])
            .Where(b => b.Claim.IsAmount && b.Claim.Quantity.Unit == part.Claim.Quantity.Unit && SaysTheWordOf(b, word, text))
            .DistinctBy(SameAmountSaidAgain).Count() == 1;

    /// <summary>Whether an amount's open measure or the words its clause says of it (<see cref="WordsSaidOf"/>) hold <paramref name="word"/> in any of its forms (<see cref="WordForms"/>).</summary>
    private static bool SaysTheWordOf(BoundClaim amount, string word, string text) => WordsSaidOf(amount, text).Any(said => WordForms.AreOneWord(said, word));

    /// <summary>
    /// "Software products earned 1.51 trillion yuan, up 10.9%, 21.4% of the total. Information technology services earned
    /// 4.88 trillion yuan, up 12.5%, 69.1% of the total": "the total" said again in a paragraph is the whole that the
    /// paragraph's last share tied to one was of, when every amount of the part's unit that the paragraph gave before the
    /// part is that whole or a part of it (no other total has come up since), and the whole can be the part's
    /// (<see cref="CanBeTheWholeOf"/>); null otherwise.
    /// </summary>
    private static BoundClaim? TotalOfTheShareBefore(ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int partIndex)
    {
        var part = claims[partIndex];
        var shareBefore = LastTiedShare(claims, paragraphStart, partIndex);
        if (shareBefore < 0)
        {
            return null;
        }

        var whole = claims[shareBefore].PartOf!;
        // The parts the paragraph tied to the whole: listed under it, or the items of its shares.
        var ofTheWhole = Enumerable.Range(paragraphStart, partIndex - paragraphStart).Select(j => claims[j]).Where(b => b.PartOf == whole)
            .SelectMany(b => b.Claim.Role == ClaimRole.Share ? b.Items.AsEnumerable() : [b.Claim]).Append(whole).ToHashSet();
        for (var j = paragraphStart; j < partIndex; j++)
        {
            if (claims[j].Claim.IsAmount && claims[j].Claim.Quantity.Unit == part.Claim.Quantity.Unit && !ofTheWhole.Contains(claims[j].Claim))
            {
                return null;
            }
        }

        return BoundBefore(claims, whole, partIndex) is { } total && CanBeTheWholeOf(total, part, briefingTotal: true) ? total : null;
    }

    /// <summary>The index of the last share tied to a whole among <paramref name="claims"/> from <paramref name="start"/> to before <paramref name="end"/>; -1 when none.</summary>
    private static int LastTiedShare(ImmutableArray<BoundClaim>.Builder claims, int start, int end)
    {
        for (var j = end - 1; j >= start; j--)
        {
            if (claims[j] is { Claim.Role: ClaimRole.Share, PartOf: not null })
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The binding of <paramref name="claim"/> among <paramref name="claims"/> before <paramref name="end"/>; null when it is not there.</summary>
    private static BoundClaim? BoundBefore(ImmutableArray<BoundClaim>.Builder claims, Claim claim, int end)
    {
        for (var j = end - 1; j >= 0; j--)
        {
            if (claims[j].Claim == claim)
            {
                return claims[j];
            }
        }

        return null;
    }

    /// <summary>
    /// "Software products earned 1.51 trillion yuan, up 10.9%, 21.4% of the total", in an answer whose paragraph gave no
    /// amount of its unit before it: "the total" is the briefing's first amount, in the paragraphs before, of the part's
    /// unit and period, larger than the part, listed under nothing and given no share of its own (so itself no part),
    /// whose words (<see cref="WordsSaid"/>) share one with the words the part's clause says of it ("the industry
    /// earned revenue of 7.06 trillion yuan") or, for a share of the national total, with the words of the question
    /// the answer takes up, <paramref name="asked"/> (read for the national total only): a briefing opens with its totals, and an answer's sub-totals come after
    /// them, so a later amount is never taken for it. It may be of anyone's when the part names no owner ("revenue
    /// from overseas operations" of the firms whose revenue opened the briefing). A paragraph that gave such an amount before the part
    /// may mean it, or what it opened with (<see cref="MarkShareOfParagraphTotal"/>), and is not guessed at, unless
    /// the share is of the national total (<paramref name="national"/>) and the amount is given a share of its own, as
    /// the items of a list are, or the amount is a sibling of the part (<see cref="IsSiblingBefore"/>), when the total
    /// is looked for before the answer's turn, which begins at <paramref name="turnStart"/>.
    /// </summary>
    private static BoundClaim? TotalThePartNames(ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int turnStart, int partIndex, Claim share, string text, bool national, string asked)
    {
        var part = claims[partIndex];
        // The unit ("tonnes"), which every candidate has, names nothing.
        var unitWords = OpenMeasure.ContentWords(part.Claim.Text).ToHashSet(StringComparer.Ordinal);
        // A part pointed back at from the share's sentence is named by its own clause, not by the words that point back.
        var partWordsEnd = part.Claim.SentenceIndex == share.SentenceIndex ? share.Span.Start : part.Claim.Span.End;
        var clauseWords = OpenMeasure.ContentWords(text[ClauseStart(text, part.Claim.Span.Start)..partWordsEnd])
            .Where(w => !Echoes.IsIdle(w) && !unitWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        // An amount given its own share is itself a part, one more item of the list ("Anhui followed with 17.38 million
        // tonnes, or 11.6%. Hebei harvested 15.02 million tonnes, 11.0% of the national total"), and not the nation's
        // total. "The total" alone may be of any amount the paragraph gave, a part's own period among them, and is not
        // guessed at, unless that amount is a sibling of the part (<see cref="IsSiblingBefore"/>).
        var siblings = false;
        for (var j = paragraphStart; j < partIndex; j++)
        {
            if (claims[j].Claim.IsAmount && claims[j].Claim.Quantity.Unit == part.Claim.Quantity.Unit && !(national && IsGivenItsOwnShare(claims, j)))
            {
                if (!IsSiblingBefore(claims[j], part, clauseWords, unitWords, text))
                {
                    return null;
                }

                siblings = true;
            }
        }

        // The question an answer takes up says what its figures are of ("Which provinces produce the most aquatic
        // products?" for "It produced 9.14 million tonnes, 12.3% of the national total"), when the share says the
        // whole is the nation's: "Where did the crude come from? … Russia supplied 50.1 million tonnes, or 21.9% of the
        // total" is of the crude imported, not of the crude the briefing opened with, which was produced.
        var partWords = clauseWords.Concat(OpenMeasure.ContentWords(national ? asked : string.Empty))
            .Where(w => !Echoes.IsIdle(w) && !unitWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        // An answer that goes through siblings may have gone through more of them in its paragraphs before ("The eastern
        // region earned 5.79 trillion yuan …"), so its total is one said before the answer began.
        var end = siblings ? turnStart : paragraphStart;
        // The first such amount, unless a later one says more of the words: "Which cities carry the most rail
        // passengers? … Those five cities carried 8.17 billion person-times, 50.9% of the national figure" is of the rail
        // trips the opening gave after all trips, which share only "carried" with it. An amount that shares none is
        // passed over, not taken for a sign that the total is unsaid: "Henan harvested 37.63 million tonnes of wheat,
        // about 27% of the national total" is of the wheat output the opening gave after summer grain, which names
        // nothing of the part.
        BoundClaim? whole = null;
        var mostSaid = 0;
        for (var j = 0; j < end; j++)
        {
            if (CanBeTheWholeOf(claims[j], part, briefingTotal: true) && !IsGivenItsOwnShare(claims, j) && !IsGivenAShareInTheNextSentence(claims, j, text)
                && !IsSaidAsThePartIs(claims[j], partWords, unitWords, text))
            {
                var said = WordsSaid(claims[j], partWords, text);
                if (said > mostSaid)
                {
                    (whole, mostSaid) = (claims[j], said);
                }
            }
        }

        return whole;
    }

    /// <summary>
    /// Whether an amount said before may be the whole of <paramref name="part"/>: of its unit, period and owner (or the
    /// nation's), listed under nothing, and larger. The briefing's total (<paramref name="briefingTotal"/>) may be of any
    /// owner when the part names none, and of any period when the part names none yet: a part said in the questions
    /// and answers takes the briefing's period only once every figure is bound, and its total, said at the opening, may
    /// name it already.
    /// </summary>
    private static bool CanBeTheWholeOf(BoundClaim amount, BoundClaim part, bool briefingTotal = false) =>
        amount is { Claim.Role: ClaimRole.Level or ClaimRole.Count, PartOf: null, Claim.Sign: > 0 } && amount.Claim.Quantity.Unit == part.Claim.Quantity.Unit
        && (amount.Period == part.Period || (briefingTotal && part.Period is null))
        && (amount.Entity.IsNational || amount.Entity.Id == part.Entity.Id || (briefingTotal && part.Entity.IsNational))
        && amount.Claim.Interval.Lower is { } wholeLow && part.Claim.Interval.Upper is { } partHigh && wholeLow > partHigh;

    /// <summary>
    /// "The central region earned 341.5 billion yuan, up 10.3%. The western region earned 771.4 billion yuan, up 11.6%,
    /// or 10.9% of the total": an amount said before the part, in a clause that shares a word with the part's
    /// (<paramref name="partWords"/>, past <paramref name="unitWords"/>), and surely smaller than the part, is another
    /// item of the same list, which cannot be the part's whole. An amount said otherwise ("Fines averaged about 28.4
    /// million yuan a case. Fraudulent issuance alone brought 3.12 billion yuan, 37.1% of the total") may stand for the
    /// total meant, even unsaid.
    /// </summary>
    private static bool IsSiblingBefore(BoundClaim amount, BoundClaim part, HashSet<string> partWords, HashSet<string> unitWords, string text) =>
        amount.Claim.Interval.Upper is { } high && part.Claim.Interval.Lower is { } low && high < low
        && WordsSaidOf(amount, text).Any(w => !unitWords.Contains(w) && partWords.Contains(w));

    /// <summary>
    /// "Design firms earned 331.8 billion yuan, up 12.4%. That is 44.1% of revenue": whether the amount at
    /// <paramref name="index"/>, the last of its sentence, is given a share by the next sentence, which opens by pointing
    /// back at it (<see cref="PointsBackToTheAmountBefore"/>), of a whole it does not give beside it; then it is a part.
    /// </summary>
    private static bool IsGivenAShareInTheNextSentence(ImmutableArray<BoundClaim>.Builder claims, int index, string text)
    {
        var sentence = claims[index].Claim.SentenceIndex;
        var next = index + 1;
        for (; next < claims.Count && claims[next].Claim.SentenceIndex == sentence; next++)
        {
            if (claims[next].Claim.IsAmount)
            {
                return false;
            }
        }

        // A share of a whole said with it ("That was equal to 0.30% of the year's GDP of 134.91 trillion yuan") is of
        // another measure, and the amount may still be the total of its own; one of a whole said before or not at all
        // ("of revenue") is of the kind's total, which the amount is then not.
        if (next == claims.Count || claims[next] is not { Claim: { Role: ClaimRole.Share } share } shareBound || share.SentenceIndex != sentence + 1
            || shareBound.PartOf?.SentenceIndex == share.SentenceIndex)
        {
            return false;
        }

        var lastOfSentence = claims[next - 1].Claim.Span.End;
        var between = text.AsSpan(lastOfSentence, share.Span.Start - lastOfSentence);
        var stop = between.LastIndexOfAny(SentenceStops);
        return stop >= 0 && PointsBackToTheAmountBefore().IsMatch(between[(stop + 1)..]);
    }

    private static readonly SearchValues<char> SentenceStops = SearchValues.Create(".!?。！？");

    /// <summary>Whether the amount at <paramref name="index"/> is given a share in its sentence before the next amount: then it is a part of something.</summary>
    private static bool IsGivenItsOwnShare(ImmutableArray<BoundClaim>.Builder claims, int index)
    {
        for (var k = index + 1; k < claims.Count && claims[k].Claim.SentenceIndex == claims[index].Claim.SentenceIndex && !claims[k].Claim.IsAmount; k++)
        {
            if (claims[k].Claim.Role == ClaimRole.Share)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many of <paramref name="words"/> an amount's open measure or the words its clause says of it up to its unit hold.</summary>
    internal static int WordsSaid(BoundClaim amount, HashSet<string> words, string text)
    {
        var said = WordsSaidOf(amount, text).ToHashSet(StringComparer.Ordinal);
        said.IntersectWith(words);
        return said.Count;
    }

    /// <summary>An amount's open measure's words and the words its clause says of it in <paramref name="text"/>, from the clause's start to the end of its unit.</summary>
    private static IEnumerable<string> WordsSaidOf(BoundClaim amount, string text) =>
        OpenMeasure.ContentWords(text[ClauseStart(text, amount.Claim.Span.Start)..amount.Claim.Span.End])
            .Concat(OpenMeasure.Is(amount.Measure) ? OpenMeasure.NameWords(amount.Measure!) : []);

    /// <summary>
    /// "We prosecuted 78,600, up 53.2%. … We prosecuted 62,300, down 11.5%. They are now 3.8% of the total": an amount
    /// said in the part's own words and no others is a sibling of the part, another item of the same kind, not its whole.
    /// </summary>
    private static bool IsSaidAsThePartIs(BoundClaim amount, HashSet<string> partWords, HashSet<string> unitWords, string text) =>
        WordsSaidOf(amount, text).Where(w => !Echoes.IsIdle(w) && !unitWords.Contains(w)).ToHashSet(StringComparer.Ordinal).SetEquals(partWords);

    /// <summary>
    /// The content words of the whole a share names right after it ("of all R&amp;D spending"); null when it names
    /// none. One word ("of revenue") may fit many amounts said in the briefing before: in the share's own paragraph
    /// it names the one it fits, if only one; before it, see <see cref="NamesOneAmountSaidBefore"/>.
    /// </summary>
    private static string[]? WholeWordsAfter(Sentence sentence, Claim share) =>
        OfPhrase().Match(sentence.Text, share.Span.End - sentence.Start) is { Success: true } ofPhrase
        && OpenMeasure.ContentWords(ofPhrase.Groups["phrase"].Value).Distinct(StringComparer.Ordinal).ToArray() is { Length: > 0 } words
            ? words
            : null;

    /// <summary>Whether an amount is of the open measure whose name has all of <paramref name="wholeWords"/>.</summary>
    private static bool NamesWhole(BoundClaim amount, string[] wholeWords) => OpenMeasure.Is(amount.Measure) && wholeWords.All(amount.Measure!.Id.Split(' ', ':').Contains);

    /// <summary>
    /// Whether an amount is named by <paramref name="wholeWords"/>: by its open measure, or by the words its clause
    /// says of it in <paramref name="text"/>, from the clause's start to the end of its unit ("China had 1.12 billion
    /// internet users" is named by "users" and by "internet users").
    /// </summary>
    private static bool NamesWhole(BoundClaim amount, string[] wholeWords, string text)
    {
        if (NamesWhole(amount, wholeWords))
        {
            return true;
        }

        var end = amount.Claim.Span.Start + amount.Claim.Span.Length;
        var said = OpenMeasure.ContentWords(text[ClauseStart(text, amount.Claim.Span.Start)..end]).ToHashSet(StringComparer.Ordinal);
        return wholeWords.All(said.Contains);
    }

    /// <summary>Where the clause holding the position <paramref name="at"/> begins: after the last comma, semicolon, colon or sentence end before it.</summary>
    private static int ClauseStart(string text, int at)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            if (text[i] is ',' or ';' or ':' or '\n' or '?' or '!' || (text[i] == '.' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// "Investment in the east was 2.98 trillion yuan; in the central region 807.2 billion yuan; and in the west …": a
    /// figure whose sentence gives two or more other amounts of its unit, none as its parts, is one item of a list, and
    /// the paragraph did not open with its total. One other amount may be anything ("total revenue exceeded 4 trillion
    /// yuan, and revenue exceeded expenditure by 430 billion yuan").
    /// </summary>
    private static bool IsListItem(BoundClaim amount, List<BoundClaim> paragraph) =>
        paragraph.Count(b => b != amount && b.Claim.SentenceIndex == amount.Claim.SentenceIndex && b.Claim.IsAmount
            && b.Claim.Quantity.Unit == amount.Claim.Quantity.Unit && b.PartOf != amount.Claim) >= 2;

    /// <summary>
    /// "Of the 1.31 million measures reviewed, 4,218 were found to hinder competition. … 4,036 had been corrected, 95.7%
    /// of the total": a total narrowed to one population of it (its one part, as large as this part at least) leaves
    /// "the total" unclear, as the narrower population may be meant as well, so it is taken as neither. A breakdown into
    /// kinds (two parts or more) does not narrow: "the total" stays the paragraph's opening amount, unless the part
    /// outgrows every kind (<see cref="OutgrowsTheBreakdown"/>).
    /// </summary>
    private static bool IsNarrowedBefore(BoundClaim total, BoundClaim part, List<BoundClaim> amounts) =>
        amounts.Where(b => b.PartOf == total.Claim).ToList() is [var narrower] && narrower != part
        && narrower.Claim.Interval.Upper is { } narrowerHigh && part.Claim.Interval.Lower is { } partLow && narrowerHigh >= partLow;

    /// <summary>
    /// "Government investment reached 752.1 billion yuan. Within it, the central budget put in 212.4 billion yuan, …
    /// Bank loans and social capital together brought in 319.1 billion yuan, 29.8% of the total": once the opening
    /// total is broken down in full (its kinds add up to it), an amount larger than every kind is none of them and lies
    /// within none; the speaker, having listed all the total's kinds, would not regroup them unsaid, so the amount more
    /// likely stands beside that total, as another part of a larger whole, and "the total" is taken as neither. Kinds
    /// that leave some of the total unsaid may be gathered with the rest ("of this, solar 212 and wind 51 … renewables,
    /// 268, were 91.5% of the total").
    /// </summary>
    private static bool OutgrowsTheBreakdown(BoundClaim total, BoundClaim part, List<BoundClaim> amounts) =>
        amounts.Where(b => b.PartOf == total.Claim).ToList() is { Count: >= 2 } kinds && !kinds.Contains(part)
        && kinds.Aggregate(Interval.Exactly(0), (sum, kind) => sum + kind.Claim.Interval).Overlaps(total.Claim.Interval)
        && part.Claim.Interval.Lower is { } partLow && kinds.All(kind => kind.Claim.Interval.Upper is { } kindHigh && kindHigh < partLow);

    /// <summary>Whether the figure is followed in its sentence by a share of "the total": a part, not the total.</summary>
    internal static bool IsShareOfTotal(BoundClaim amount, List<BoundClaim> paragraph) =>
        paragraph.SkipWhile(b => b != amount).Skip(1).TakeWhile(b => b.Claim.SentenceIndex == amount.Claim.SentenceIndex && b.Claim.Role != ClaimRole.Level && b.Claim.Role != ClaimRole.Count)
            .Any(b => b.Claim.Role == ClaimRole.Share);

    // The cue right before the total's figure (a few words may stand between: "the two regions combined earning").
    // Greedy loops only: a lazy loop of words here made the generated matcher run past its timeout.
    [GeneratedRegex(@"[,;]\s*(?:(?:[a-z]+\s+){0,3}(?:together|combined|altogether|in\s+total|in\s+all)(?:\s+(?!with\b)[a-z]+){0,3}|adding\s+up\s+to|bringing\s+the\s+total\s+to|for\s+a\s+total\s+of)\s+" + SpokenHedge.Optional + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TotalAfterParts();

    // "164 such centers altogether.", "75,500 cases in all,", "1.206 billion yuan for the two": a few words naming what
    // is counted, the cue, and the clause ends.
    [GeneratedRegex(@"\G(?:\s+(?!(?:in|for|and|or)\b)[\p{L}-]+){0,3}\s+(?:in\s+all|altogether|in\s+total|combined|for\s+both|for\s+(?:the|these|those)\s+(?:two|three|four|five|six|seven|eight|nine|ten))\s*(?:[,;.]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SummedUpAfter();

    [GeneratedRegex(@"\G\s*of\s+(?<phrase>[\p{L}][\p{L}\s'’-]{2,60}?)\s*(?:[,;.]|\s(?:while|in|during|up|down|and)\b|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfPhrase();

    // "of the total", "of the national total", "of the country's figure", ending its clause: a whole named by no words of its own.
    [GeneratedRegex(@"\G\s*of\s+the\s+(?:(?:(?<national>national|country's|country’s|nation's|nation’s)|overall)\s+)?(?:total|figure)\s*(?:[,;.]|\s+(?:and|while|but)\b|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TheTotalAlone();

    // "Of them, …", "…, and 2,660 of these …", "among which": the sentence names the whole its figures are of.
    [GeneratedRegex(@"\b(?:of|among)\s+(?:them|these|those|which|whom)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScopeOfItsOwn();

    [GeneratedRegex(@"\G\s*of\s+the\s+total(?:\s+number)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfTheTotal();

    // The cue before the parts ("…, of which …"), or the first part said to be "of which" or "of whom" (", 14,800 of
    // which involved …", ", 1.24 million of whom work abroad"), which opens the list at its comma.
    [GeneratedRegex(@",\s*(?:(?:of\s+which|of\s+whom|among\s+which|among\s+whom|including|(?<complete>made\s+up\s+of|consisting\s+of|comprising|comprised\s+of))\s|(?=" + SpokenHedge.Optional + @"\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion))?\s+of\s+(?:which|whom)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex ListCue();

    // Each reading of ListCue holds one of these words; most sentences have none, and the search for them is far cheaper
    // than the pattern's, which tries every comma (its only case variant of an ASCII letter is the Kelvin sign for k,
    // which none of the words has).
    internal static readonly SearchValues<string> ListCueWords = SearchValues.Create(["which", "whom", "including", "made", "consisting", "compris"], StringComparison.OrdinalIgnoreCase);

    // After a total and a few words without figures, a colon or dash with an amount right after it, the total's share
    // of a larger whole or its growth perhaps between ("2,695 clubs, 38.2% of the total: 327 …", "62.00 million tonnes,
    // up 6.8%: 15.90 million tonnes of …"); or, right after the total, a comma
    // and a bare number ("3,726 enterprises, 2,257 in power and 1,469 in steel"), which says its noun only through the
    // total's.
    [GeneratedRegex(@"\G(?:[^\d,;:.—–]{0,40}(?:,\s*(?:or\s+|(?:up|down)\s+(?:by\s+)?)?\d[\d.]*%[^\d,;:.—–]{0,30})?(?<appositive>[:—–])\s*(?=" + SpokenHedge.Optional + @"\d)|(?<comma>,)\s*(?=\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion))?\s+(?:in|on|at|for|from|to)\s))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Appositive();

    [GeneratedRegex(@"[,;]?\s+and\s+" + SpokenHedge.Optional + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex JoinedRightBefore();

    // Read from the end of the figure before: "and" opens what follows it, or the clause after its last comma.
    [GeneratedRegex(@"(?:^|[,;])\s*and\s+[^,;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LastClauseJoined();

    [GeneratedRegex(@"\b(?:including|such\s+as|mainly|chiefly|among|notably|other|others|the\s+rest|remaining)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SomeOfThem();

    // A clause that sums up or starts a list of its own ends the list, and so does the dash that closes an aside.
    [GeneratedRegex(@"\s*[—–]|[,;]\s+(?:with|bringing|taking|for\s+a\s+total|totaling|totalling|together|accounting|making\s+up)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListStop();

    // "… of the 12.75 million …", "… of GDP, which stood at 66.05 trillion yuan", "… of the annual target of 25,000".
    [GeneratedRegex(@"^\s*of\s+(?:(?:the|a|an|its|their)\s+)?(?:[^,;0-9]{1,60}?,?\s+which\s+(?:stood\s+at|was|totaled|totalled|reached|came\s+to)\s+|(?<reference>(?:[\p{L}'’-]+\s+){1,4}of\s+))?(?:(?:more\s+than|nearly|about|over|around|approximately|close\s+to|almost)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WholeStatedAfter();

    // "That was", "It made up", "This is about", "They are still only", "That was equal to": a sentence opening that
    // points back at the figure before it.
    [GeneratedRegex(@"^\s*(?:That|This|It|They|These|Which)\s+(?:(?:still|already|now|only|thus|alone|together)\s+)*(?:was|is|are|were|made\s+up|makes?\s+up|accounted\s+for|accounts?\s+for|came\s+to|comes?\s+to|represented|represents?|equals?|equaled|equalled|(?:was|is|are|were)\s+equal\s+to)\s+(?:(?:still|already|now|only)\s+)*" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex PointsBackToTheAmountBefore();
}
