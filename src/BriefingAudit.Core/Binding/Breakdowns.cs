using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// Lists under a total, whatever their measure, marked as <see cref="BoundClaim.PartOf"/> for the breakdown (BA2010),
/// share and growth checks: after a cue ("Of this, …", "By sector, …"), in a sentence that opens with its total, in
/// items that name the total's noun again, or in items that name every part of a whole (<see cref="Partition"/>).
/// </summary>
internal static partial class Breakdowns
{
    /// <summary>
    /// "… was 1.05 trillion yuan. Of this, central … 98.6 billion yuan, and local … 951.4 billion yuan": the levels
    /// listed after a breakdown cue are parts of the last level of the sentence before, in the same unit. A clause
    /// that opens a further breakdown ("with revenue from land-use rights sales of …") or sums up ("bringing wind
    /// and solar additions to …") ends the list. Without a cue, a list is a breakdown of the sentence just before
    /// only when its items name every part of a whole ("… 3.29 billion trips. Urban residents made 2.55 billion
    /// trips, and rural residents 737 million").
    /// </summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="sentenceBefore">The sentence before it in its paragraph; null for the paragraph's first.</param>
    /// <param name="bound">Its claims.</param>
    /// <param name="previous">The last claims of its paragraph before it.</param>
    /// <param name="paragraphBefore">The last claims of the paragraph before, when the same speaker said it.</param>
    /// <param name="lexicon">The vocabulary.</param>
    /// <param name="paragraph">The sentences of its paragraph.</param>
    /// <param name="document">The document, whose earlier sentences the candidates for a total are in.</param>
    public static List<BoundClaim> Mark(Sentence sentence, Sentence? sentenceBefore, List<BoundClaim> bound, List<BoundClaim> previous, List<BoundClaim> paragraphBefore, Lexicon lexicon, ImmutableArray<Sentence> paragraph, SegmentedDocument document)
    {
        // Most sentences list nothing, and are done with before anything is made for a list (a closure, a query).
        if (bound.Count == 0)
        {
            return bound;
        }

        // "Of the 3.15 trillion yuan that domestic tourists spent, the eastern region accounted for …": the sentence
        // opens with its total, and the list starts after that clause.
        var opening = bound[0] is { Claim.Role: ClaimRole.Level or ClaimRole.Count } first
            && OfTheFigure().IsMatch(sentence.Text.AsSpan(0, first.Claim.Span.Start - sentence.Start)) ? first : null;
        var cue = BreakdownCue().Match(sentence.Text);
        if (!cue.Groups["things"].Success)
        {
            return MarkAfter(cue, opening, sentence, sentenceBefore, bound, previous, paragraphBefore, lexicon, paragraph, document);
        }

        // "Of the runners, 1.21 million ran …": words that name the things back point at a count of them said before (its
        // own words after its number name them all), but a list that reads as a breakdown without them stays one ("Of the
        // facilities, 40,800 were … institutions and 365,200 … facilities" names every part of "institutions and facilities").
        var uncued = MarkAfter(Match.Empty, opening, sentence, sentenceBefore, bound, previous, paragraphBefore, lexicon, paragraph, document);
        var things = cue.Groups["things"].Value;
        return !ReferenceEquals(uncued, bound) || !(previous.Count == 0 ? paragraphBefore : previous).Any(p => Counts(p, things)) ? uncued
            : MarkAfter(cue, opening, sentence, sentenceBefore, bound, previous, paragraphBefore, lexicon, paragraph, document);
    }

    /// <summary>The rest of <see cref="Mark"/>, after the breakdown cue of the sentence, if any, is read.</summary>
    private static List<BoundClaim> MarkAfter(Match cue, BoundClaim? opening, Sentence sentence, Sentence? sentenceBefore, List<BoundClaim> bound, List<BoundClaim> previous, List<BoundClaim> paragraphBefore, Lexicon lexicon, ImmutableArray<Sentence> paragraph, SegmentedDocument document)
    {
        // "Domestic routes carried 332.53 million of them, …", "Employees accounted for 1.58 billion visits, and
        // residents for 1.29 billion": a figure said to be of what came before, or to make up some of it, is a part of
        // it, and so are the items listed with it, as after a cue.
        // "… bought 462.8 billion yuan worth of drugs, and selected products accounted for 139.3 billion yuan of it": what
        // it is a part of is an amount of its unit before it in its own sentence, when there is one, and the list
        // starts with the partitive. Either way the list holds only amounts of the partitive's unit: "9.05 trillion
        // yuan of it, about 92%, …" gives the part's share, not another part.
        BoundClaim? partitive = null;
        if (!cue.Success && opening is null)
        {
            foreach (var b in bound)
            {
                if (!IsPartitive(sentence, b))
                {
                    continue;
                }

                // "Chemicals exported 98.6 billion US dollars. Crude oil accounted for 143.2 billion US dollars of
                // imports": a part that names its whole after it is a part of that, not of an amount of another measure
                // before it.
                var amountsBefore = AmountsBefore(bound, b);
                if (NamesAnotherWhole(sentence, b, amountsBefore.Count > 0 ? amountsBefore : AmountsBefore(previous.Count == 0 ? paragraphBefore : previous, b)))
                {
                    continue;
                }

                partitive ??= b;
                if (amountsBefore.Count > 0)
                {
                    partitive = b;
                    break;
                }
            }
        }

        var cued = cue.Success || partitive is not null;
        // Without a cue or an opening total, a list needs two items (every part of a whole, or the total's noun said
        // again before each); most sentences have one amount, and are done with here.
        if (!cued && opening is null && CountAmounts(bound) < 2)
        {
            return bound;
        }

        // "… 14.36 billion yuan in relief funds last year. ¶ Of this amount, 9.12 billion yuan went to …": words that point
        // back, with no figure before them in their paragraph, point at the paragraph before, whose last total the speaker
        // goes on with. "By region, …" points nowhere: opening a paragraph, it may break down the answer's topic, said
        // further back.
        // "Agricultural products accounted for 835 cases. Of them, 318 involved frozen meat. Refined oil accounted for 402,
        // and cigarettes for 587": an amount said, as the partitive is, to make up some of a whole is its peer in that
        // whole, and one said to be among what came before ("Of them, 318") is a part of another; neither is the whole.
        // "Canal boats accounted for 402 of them" says which it is of.
        if (partitive is not null && AmountsBefore(bound, partitive).Count == 0 && !OfThat().IsMatch(sentence.Text, partitive.Claim.Span.End - sentence.Start))
        {
            previous = [.. previous.Where(p => !(paragraph.FirstOrDefault(s => s.Index == p.Claim.SentenceIndex) is { } own && IsPartOfAnother(own, p.Claim)))];
        }

        var pointsBack = cue.Groups["back"].Success || partitive is not null;
        return MarkList(sentence, sentenceBefore, bound, pointsBack && previous.Count == 0 ? paragraphBefore : previous, lexicon, opening, cue, partitive, document);
    }

    // "Services took 46.3% of it", "within the green zone of 92% to 105% of it": a percent of something is a share of it,
    // never an amount that adds up with others.
    private static bool IsPartitive(Sentence sentence, BoundClaim b) =>
        b.Claim.IsAmount && b.Claim.Quantity.Dimension != UnitDimension.Percent
        && (OfThat().IsMatch(sentence.Text, b.Claim.Span.End - sentence.Start) || SaidToMakeUp(sentence, b.Claim));

    /// <summary>
    /// Whether what <paramref name="part"/> is said to be "of" after it shares no word with the measure of the last of
    /// <paramref name="amounts"/> (the amounts of its unit before it: in its sentence, or else in the figures the
    /// speaker gave just before), which then is not its whole.
    /// </summary>
    private static bool NamesAnotherWhole(Sentence sentence, BoundClaim part, List<BoundClaim> amounts) =>
        amounts.Count > 0 && OfWhole().Match(sentence.Text, part.Claim.Span.End - sentence.Start) is { Success: true } of
        && OpenMeasure.ContentWords(amounts[^1].Measure?.Name ?? string.Empty).ToHashSet() is var named
        && !OpenMeasure.ContentWords(of.Groups["whole"].Value).Any(named.Contains);

    /// <summary>
    /// The amounts of a partitive's unit before it in its sentence (<see cref="Mark"/>); a partitive is never a percent
    /// (<see cref="IsPartitive"/>), so rates are never among them.
    /// </summary>
    private static List<BoundClaim> AmountsBefore(List<BoundClaim> bound, BoundClaim partitive) =>
        [.. bound.Where(b => b.Claim.Span.Start < partitive.Claim.Span.Start && b.Claim.IsAmount && b.Claim.Quantity.Unit == partitive.Claim.Quantity.Unit)];

    /// <summary>
    /// Whether <paramref name="b"/> is a count of <paramref name="things"/>, its own words naming each of theirs ("7.05
    /// million runners" for "the runners"; a bare "2.1 billion" trips is not one of "the highway trips").
    /// </summary>
    private static bool Counts(BoundClaim b, string things) =>
        b.Claim.Role == ClaimRole.Count && OpenMeasure.ContentWords(b.Claim.Text).ToHashSet() is var own && OpenMeasure.ContentWords(things).All(own.Contains);

    private static bool IsMoney(BoundClaim b) => b.Claim.Quantity.Dimension == UnitDimension.Currency;

    private static bool IsRate(BoundClaim b) => b.Claim.Quantity.Dimension is UnitDimension.Percent or UnitDimension.PercentagePoints;

    private static int CountAmounts(List<BoundClaim> bound)
    {
        var count = 0;
        foreach (var b in bound)
        {
            if (b.Claim.Role is ClaimRole.Level or ClaimRole.Count or ClaimRole.AbsoluteChange)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Whether a figure said before is one a list after it cannot be of: the level a change was measured from ("…
    /// held 410.1 billion cubic meters, up 3.1% from 397.8 billion at the start of the year. ¶ Large reservoirs held
    /// 368.4 billion of it": the earlier time's, where the list is of the current level), or a figure per something
    /// ("That is about 22,500 parcels for each of them. Of them, 3.86 million …": a quotient).
    /// </summary>
    /// <remarks>
    /// The figures said before are in the order they were said, so the one right before the candidate in its sentence is
    /// the one before it in <paramref name="previous"/>: no list of its sentence's figures is made for each candidate.
    /// </remarks>
    private static bool IsNoWholeOfTheNext(List<BoundClaim> previous, int index, SegmentedDocument document)
    {
        var candidate = previous[index].Claim;
        var own = document.SentencesByIndex()[candidate.SentenceIndex];
        var before = index > 0 && previous[index - 1].Claim.SentenceIndex == candidate.SentenceIndex ? previous[index - 1].Claim : null;
        return PerUnitFigures.IsSaidPer(own, candidate) || SentenceLinks.IsChangeMeasuredFrom(own, before, candidate);
    }

    /// <summary>The rest of <see cref="Mark"/>, for a sentence that may hold a list.</summary>
    private static List<BoundClaim> MarkList(Sentence sentence, Sentence? sentenceBefore, List<BoundClaim> bound, List<BoundClaim> previous, Lexicon lexicon, BoundClaim? opening, Match cue, BoundClaim? partitive, SegmentedDocument document)
    {
        var cued = cue.Success || partitive is not null;
        var before = partitive is null ? [] : AmountsBefore(bound, partitive);
        var listStart = opening is not null ? ClauseEnd(sentence, opening) : cue.Success ? cue.Length
            : before.Count > 0 ? partitive!.Claim.Span.Start - sentence.Start : 0;
        var nested = NestedBreakdown().Match(sentence.Text, listStart);
        var listEnd = nested.Success ? sentence.Start + nested.Index : int.MaxValue;
        // "… nearly 50 million tonnes of meat, more than 30 million tonnes of it pork, and the sow herd is about 40.4
        // million": after a part said to be "of it", a clause with a subject and a verb of its own says something else.
        if (partitive is not null && ClauseOfItsOwn().Match(sentence.Text, partitive.Claim.Span.End - sentence.Start) is { Success: true } own)
        {
            listEnd = Math.Min(listEnd, sentence.Start + own.Index);
        }
        var candidates = opening is not null ? [opening]
            : before.Count > 0 ? before
            : previous.Where((p, i) => p.PartOf is null && (cued || p.Claim.SentenceIndex == sentence.Index - 1)
                && (!cue.Groups["things"].Success || Counts(p, cue.Groups["things"].Value))
                && !IsNoWholeOfTheNext(previous, i, document)).ToList();

        // Parts are levels, or changes when the total is one ("RMB loans increased by 12.92 trillion yuan. Household
        // loans rose by 544.5 billion yuan, …").
        var totalRole = !cued && candidates.Any(p => p.Claim.Role == ClaimRole.AbsoluteChange && p.Claim.Sign > 0)
            && bound.Any(b => b.Claim.Role == ClaimRole.AbsoluteChange) ? ClaimRole.AbsoluteChange : ClaimRole.Level;
        // In a list of changes the verb makes only the first item a change ("Household loans rose by 544.5 billion
        // yuan, loans to enterprises by 11.11 trillion yuan"); the others read as levels.
        var parts = bound.Where(b => b != opening && b.Claim.Span.Start - sentence.Start >= listStart && b.Claim.Span.Start < listEnd && b.Claim.Sign > 0
            && (b.Claim.IsAmount || (totalRole == ClaimRole.AbsoluteChange && b.Claim.Role == ClaimRole.AbsoluteChange))
            && (partitive is null || b.Claim.Quantity.Unit == partitive.Claim.Quantity.Unit)).ToList();
        // "Of the 3,641 sections, 3,255 met the standard, or 89.4%, while 22 …": a rate said of an item among amounts
        // is how large that item is against the total, not another item.
        if (parts.Any(p => !IsRate(p)))
        {
            parts.RemoveAll(IsRate);
        }

        // "Of these, 579 were simple cases, or 90.0%, and we cleared them in 13.6 days on average": after a cue or an
        // opening total, an amount of another unit than the first item's says something else of the items (how long
        // they took, how many people they served), not another item, and the list ends before it; it then leaves out
        // what follows. Money in a second currency is no such thing: it may restate an item ("491.86 billion yuan,
        // which was 68.47 billion US dollars") or be one, and the list is not read.
        var otherUnit = cued || opening is not null
            ? parts.FirstOrDefault(p => p.Claim.Quantity.Unit != parts[0].Claim.Quantity.Unit && !(IsMoney(p) && IsMoney(parts[0])))
            : null;
        if (otherUnit is not null)
        {
            parts = [.. parts.TakeWhile(p => p != otherUnit)];
        }

        if (parts.Count == 0 || parts.Any(p => p.Claim.Quantity.Unit != parts[0].Claim.Quantity.Unit)
            || (totalRole == ClaimRole.AbsoluteChange && parts[0].Claim.Role != ClaimRole.AbsoluteChange))
        {
            return bound;
        }

        // "Enterprises put 82.5 billion yuan into … projects in the first half. Of that, …": a period said after the amount's
        // object is not read as its own, and the list after a cue goes on with the amount the sentence just before gave.
        bool Fits(BoundClaim p) => p.Claim.Quantity.Unit == parts[0].Claim.Quantity.Unit
            && (p == opening || before.Contains(p) || p.Period == parts[0].Period || (cue.Success && p.Period is null && p.Claim.SentenceIndex == sentence.Index - 1))
            && (totalRole == ClaimRole.AbsoluteChange ? p.Claim.Role == ClaimRole.AbsoluteChange && p.Claim.Sign > 0 : p.Claim.IsAmount);

        // The total is the last figure of the same unit, period and kind before the list that is not itself a listed
        // part, and not smaller than any one part; when the list can only be of the sentence just before (no cue),
        // a part larger than that sentence's total is a slip, not a sign of another total.
        // After a cue, when no figure before is large enough, "Of this" still points back at the one amount of the
        // sentence just before, and a part larger than it is a slip there too; "… of it" at the largest amount before
        // it in its own sentence.
        var fitting = candidates.Where(Fits).ToList();
        var total = fitting.LastOrDefault(p => parts.All(part => part.Claim.Interval.Lower is not { } low || p.Claim.Interval.Upper is not { } high || low <= high))
            ?? (!cued ? fitting.LastOrDefault()
                : before.Count > 0 ? fitting.MaxBy(p => p.Claim.Interval.Upper ?? decimal.MaxValue)
                : fitting.Where(p => p.Claim.SentenceIndex == sentence.Index - 1).ToList() is [var only] ? only : null);

        // Without a total, or with one item and no cue or opening total (two at least are needed for the list to be
        // named, below), nothing is marked: the labels, the partitions and the names of the total are not read.
        if (total is null || (!cued && opening is null && parts.Count < 2))
        {
            return bound;
        }

        var labels = Labels(sentence, parts, listStart);
        var wholeNamed = parts.Count >= 2 && lexicon.Partitions.Any(p => p.IsNamedBy(labels));

        // "… loans increased by 12.92 trillion yuan. Household loans rose by …, loans to enterprises by …": without a
        // cue, items that each name the total's measure again are its parts, though they may leave some out.
        var headNamed = !cued && opening is null && parts.Count >= 2 && sentenceBefore is not null
            && NamedAgainInEach(sentenceBefore.Text[..Math.Max(0, total.Claim.Span.Start - sentenceBefore.Start)], total, labels, parts, lexicon,
                [.. previous.Where(p => p.Claim.Span.Start < total.Claim.Span.Start && p.Claim.Quantity.Unit == total.Claim.Quantity.Unit && OpenMeasure.Is(p.Measure))]);
        // "Output of pork, beef, mutton and poultry totaled 48.43 million tonnes. By type, pork output was …": the
        // total's own name lists the parts, so a list naming each of them leaves nothing out.
        wholeNamed |= parts.Count >= 2 && NamedInTotal(sentence, sentenceBefore, total) is { } members && members.IsNamedBy(labels);
        // A balance said to hold parts ("Their balance of 9.84 trillion yuan … The pension funds hold 9.05 trillion yuan of
        // it, …") is a stock, and they add up to it; only a list that names its sides uncued is its difference.
        if ((!cued && opening is null && !wholeNamed && !headNamed) || (!cued && IsBalance(total, sentence, sentenceBefore)))
        {
            return bound;
        }

        var last = parts[^1];
        var lastClauseStart = Clauses.Starts(sentence.Text).LastOrDefault(c => c <= last.Claim.Span.Start - sentence.Start);
        var namesTheRest = OtherItems().IsMatch(sentence.Text.AsSpan()[lastClauseStart..(last.Claim.Span.Start - sentence.Start)]);
        // "Leasing took 160.2 billion yuan, 32.6% of non-financial investment. … All other industries accounted for 157.8
        // billion yuan": an amount said only to make up some of what came before, naming the rest, is the rest of the
        // whole that the amount before was itself given as a share of; it stands beside that amount, not within it.
        // "… 25.5 million of them" says within which.
        if (namesTheRest && partitive is not null && before.Count == 0 && !OfThat().IsMatch(sentence.Text, partitive.Claim.Span.End - sentence.Start)
            && StatedParts.IsShareOfTotal(total, previous))
        {
            return bound;
        }

        var closes = otherUnit is null && (wholeNamed || namesTheRest
            || (Holder(sentence, sentenceBefore, total) is { } holder && CountedWhole.CountBefore(holder.Text, total.Claim.Span.Start - holder.Start) == parts.Count));

        // "…, accounting for 22.9% of the total": a share of the same total, which the text names. "Of these, 4.55
        // million were 5G stations, accounting for 35.7%": a share after a listed part that names no whole of its own
        // is of the total the list is under.
        // "… the fund paid 104.2 billion yuan of it, or 62.4% of the bill": right after a part said to be of an amount
        // of its sentence, a share of "the" and one noun names that amount again.
        // "Users aged 50 and over numbered 366.5 million, 32.6% of all users. ¶ Within them, 173.0 million were 60 and
        // over, 15.4% of the total": when the total is itself given as a share of a larger whole, "the total" may be
        // that whole, so it is taken as neither; "of them", "of this total" point at the total alone.
        // "Japan took 40.6 million tonnes, 18.3% of the total. The rest came to 86.8 million tonnes. Of them, Korea took 48.8
        // million tonnes, a share of 22.0%, …": a total that is itself the rest of a whole leaves a share that names no
        // whole to that whole.
        // "15 stayed at sea, while 9 came ashore, 37.5% of those formed": a share after a figure that was not read may be
        // that figure's, so it is tied to no part before it.
        var totalIsTheRest = IsTheRest(sentence, sentenceBefore, total);
        bool OfTheTotal(BoundClaim b) => b.Claim.Role == ClaimRole.Share && b.Whole is null && (otherUnit is null || b.Claim.Span.Start < otherUnit.Claim.Span.Start)
            && !AfterAFigureNotRead(sentence, bound, b) && !IsTheSubjectOfItsClause(sentence, bound, b)
            && (OfTotal().Match(sentence.Text, b.Claim.Span.End - sentence.Start) is { Success: true } ofTotal
                && !(ofTotal.Groups["unclear"].Success && StatedParts.IsShareOfTotal(total, previous.Contains(total) ? previous : bound))
                || (NamesNoWhole(sentence, b.Claim) && !totalIsTheRest && parts.Any(p => p.Claim.Span.Start < b.Claim.Span.Start))
                || (before.Count > 0 && bound.IndexOf(b) is var at && at > 0 && bound[at - 1] == partitive
                    && WholeNamedAgain().IsMatch(sentence.Text, b.Claim.Span.End - sentence.Start)));
        return ParallelShares.Pair(sentence, [.. bound.Select(b => parts.Contains(b) || OfTheTotal(b) ? b with { PartOf = total.Claim, ClosesList = closes && b == last } : b)], total.Claim);
    }

    /// <summary>
    /// "31,200 of them received conditional non-prosecution, and about 3% of those later failed": a share that opens a
    /// clause of its own and is the subject of its verb is a share of the figure before, whose part the text does not
    /// give, not a share of that figure's whole.
    /// </summary>
    private static bool IsTheSubjectOfItsClause(Sentence sentence, List<BoundClaim> bound, BoundClaim share)
    {
        var from = bound.LastOrDefault(b => b.Claim.Span.End <= share.Claim.Span.Start)?.Claim.Span.End ?? sentence.Start;
        return ClauseOpenedBefore().IsMatch(sentence.Text.AsSpan((from - sentence.Start)..(share.Claim.Span.Start - sentence.Start)))
            && ShareAsSubjectAfter().IsMatch(sentence.Text, share.Claim.Span.End - sentence.Start);
    }

    // ", and about", "; while": a conjunction that opens a clause, perhaps a hedge, right before a figure.
    [GeneratedRegex(@"[,;]\s*(?:and|while|but|whereas)\s+(?:(?:about|nearly|some|almost|over|around|more\s+than)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClauseOpenedBefore();

    // "of those later failed", "of them were": the share's "of" phrase, then its verb.
    [GeneratedRegex(@"\G\s*of\s+(?:those|these|them)\s+(?:(?:later|also|still|then|eventually|now)\s+)?(?:[a-z]+ed|were|was|are|is|had|have|fell|rose|grew|went|got|made|took)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShareAsSubjectAfter();

    /// <summary>Whether a number that is no claim (a year aside) stands between <paramref name="share"/> and the claim before it.</summary>
    private static bool AfterAFigureNotRead(Sentence sentence, List<BoundClaim> bound, BoundClaim share)
    {
        var from = bound.LastOrDefault(b => b.Claim.Span.End <= share.Claim.Span.Start)?.Claim.Span.End ?? sentence.Start;
        return BareNumber().Matches(sentence.Text[(from - sentence.Start)..(share.Claim.Span.Start - sentence.Start)]).Any(n => !ClaimExtractor.IsYear(n.Value));
    }

    /// <summary>
    /// "During the Spring Festival holiday, 501 million domestic trips were made, … During the Dragon Boat Festival
    /// holiday, there were 119 million trips, … Taken together, the four holidays saw 1.06 billion trips": a total that
    /// sums up and says how many things it sums is the total of the first figure, of its unit and kind, of each of as
    /// many sentences just before it in the paragraph; the count says none is left out. Failing that ("Guangdong
    /// first. Its sports industry added 213.4 billion yuan, 13.2% of the national figure of 1.62 trillion yuan. Jiangsu
    /// followed with 176.8 billion yuan and Zhejiang with 131.4 billion yuan. ¶ Together those three provinces added
    /// …"), it is the total of the last so many amounts of its unit and kind in the speaker's turn, leaving out the
    /// wholes that shares were given of. "Together that is …" without a count sums what was just listed
    /// (<see cref="AmountsJustListed"/>). Marks those parts in <paramref name="claims"/> (the turn's paragraphs' claims
    /// start at <paramref name="paragraphStarts"/>, the turn's at <paramref name="turnStart"/>).
    /// </summary>
    public static void MarkTotalOfSentencesBefore(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, List<int> paragraphStarts, int turnStart, SegmentedDocument document)
    {
        // The sentence's figures are the last ones added: one without any (most are) is done with before its pattern is run.
        var paragraphStart = paragraphStarts[^1];
        if (FirstOfSentence(sentence, claims, paragraphStart) is var first && first == claims.Count
            || claims[first] is not { Claim.Role: ClaimRole.Level or ClaimRole.Count, Claim.Sign: > 0 } total)
        {
            return;
        }

        var count = CountOfTheTotal(sentence, total.Claim);
        var parts = count is { } counted
            ? FirstOfEachSentenceBefore(sentence, claims, paragraphStart, total, counted.Things) ?? LastAmountsOfTheTurn(claims, turnStart, first, total, counted.Things)
            : TogetherUncounted().IsMatch(sentence.Text.AsSpan(0, total.Claim.Span.Start - sentence.Start)) ? AmountsJustListed(claims, paragraphStarts, first, total)
            : null;
        // A set only counted ("The five provinces accounted for 1.51 trillion yuan"), or only pointed at ("Together they
        // printed …"), is no sum of amounts as large as the total: those are of something else.
        if (parts is null || (count is not { SaidTogether: true } && parts.Any(p => !(claims[p].Claim.Interval.Upper < total.Claim.Interval.Lower))))
        {
            return;
        }

        // "Guangzhou, Chengdu and Shenzhen, at 705.0, 675.0 and 597.4 kilometers, add 1,977.4 kilometers. The five
        // networks come to …": an amount said to sum others, and not read as their total, stands for how many things
        // no one can count, and the set's parts are not known.
        var sentences = document.SentencesByIndex();
        if (parts.Any(p => !claims.Any(c => c.PartOf == claims[p].Claim) && SaidToSumOthers(claims, p, sentences, document.Document.Text)))
        {
            return;
        }

        foreach (var part in parts)
        {
            claims[part] = claims[part] with { PartOf = total.Claim, ListSentence = sentence.Index, ClosesList = part == parts[0] };
        }
    }

    /// <summary>
    /// How many things a total that opens its sentence sums, as the sentence says it ("Taken together, the four holidays
    /// saw …", "The three of them account for …", "The two harbours moved 81 million tonnes between them", "Those five
    /// cities carried 8.17 billion person-times"), and whether it says they are taken together; null when it says no
    /// count, or that the amount is each one's.
    /// </summary>
    private static CountedTotalSubject? CountOfTheTotal(Sentence sentence, Claim total)
    {
        var togetherBefore = CountedTotal().Match(sentence.Text);
        var cue = togetherBefore.Success ? togetherBefore : CountedSubject().Match(sentence.Text);
        if (!cue.Success || cue.Index + cue.Length > total.Span.Start - sentence.Start)
        {
            return null;
        }

        // "The six months together average out at 77,800 yuan": what things are said to average is no sum of them.
        var cueEnd = cue.Index + cue.Length;
        var toTotal = sentence.Text.AsSpan(cueEnd, total.Span.Start - sentence.Start - cueEnd);
        if (toTotal.Contains("averag", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // "The two harbours moved 81 million tonnes between them": the words that take them together follow the total.
        // A set only counted does one thing with one amount, which is all of theirs ("The four provinces printed 4.32
        // billion copies"), unless the words say it is each one's ("The two harbours moved 630 million tonnes each",
        // "… each moved …") or come after a verb phrase longer than a subject's few words ("The two cities that signed
        // … in 2020 and the port invested …").
        var togetherAfter = TakenTogetherAfter().IsMatch(sentence.Text, total.Span.End - sentence.Start);
        var saidTogether = togetherBefore.Success || togetherAfter;
        return saidTogether || (!EachOne().IsMatch(toTotal) && !EachOneAfter().IsMatch(sentence.Text, total.Span.End - sentence.Start)
            && Word().Count(toTotal) <= CountedSetVerbWords)
            ? new CountedTotalSubject(CountedWhole.Number(cue.Groups["count"].Value), saidTogether)
            : null;
    }

    /// <summary>How many words may stand between a counted set that opens its sentence and the amount it does: a verb and a few more ("I have named took").</summary>
    private const int CountedSetVerbWords = 5;

    /// <summary>How many things a total sums, and whether its words say they are taken together (<see cref="CountOfTheTotal"/>).</summary>
    private readonly record struct CountedTotalSubject(int Things, bool SaidTogether);

    private static List<int>? FirstOfEachSentenceBefore(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, BoundClaim total, int count)
    {
        var parts = new List<int>(count);
        for (var index = sentence.Index - 1; index >= sentence.Index - count; index--)
        {
            var part = Enumerable.Range(paragraphStart, claims.Count - paragraphStart).FirstOrDefault(i => claims[i].Claim.SentenceIndex == index, -1);
            part = part < 0 ? -1 : Enumerable.Range(part, claims.Count - part).TakeWhile(i => claims[i].Claim.SentenceIndex == index)
                .FirstOrDefault(i => claims[i].Claim.Role == total.Claim.Role && claims[i].Claim.Quantity.Unit == total.Claim.Quantity.Unit, -1);
            if (part < 0 || claims[part].PartOf is not null || claims[part].Claim.Sign < 0)
            {
                return null;
            }

            parts.Add(part);
        }

        return parts;
    }

    /// <summary>Whether the words of the amount at <paramref name="index"/> say that it sums others ("…, add 1,977.4 kilometers", "3.83 billion for the two", "81 million tonnes between them").</summary>
    private static bool SaidToSumOthers(ImmutableArray<BoundClaim>.Builder claims, int index, ImmutableArray<Sentence> sentences, string text) =>
        SumsOthers().IsMatch(NamedItemsTotal.OwnWords(claims, index, sentences, text))
        || TakenTogetherAfter().IsMatch(text, claims[index].Claim.Span.End) || ForTheCounted().IsMatch(text, claims[index].Claim.Span.End);

    /// <summary>
    /// "Pumped storage reached 60.34 million kilowatts. New-type storage reached 94.91 million kilowatts. Together that is
    /// 155.25 million kilowatts": the things a total said to take them together points at, without a count, are all the
    /// amounts of its unit, kind and period said in its paragraph before it, or, when it says none, in the paragraph before
    /// ("¶ Together they printed 27.66 billion copies"); null unless there are two or more, none of them listed yet.
    /// </summary>
    private static List<int>? AmountsJustListed(ImmutableArray<BoundClaim>.Builder claims, List<int> paragraphStarts, int first, BoundClaim total)
    {
        bool OfTheTotalsKind(int i) => claims[i] is var c && c.Claim.Role == total.Claim.Role && c.Claim.Quantity.Unit == total.Claim.Quantity.Unit
            && c.Period?.Id == total.Period?.Id && c.Claim.Qualifier is null;
        var paragraphStart = paragraphStarts[^1];
        var parts = Enumerable.Range(paragraphStart, first - paragraphStart).Where(OfTheTotalsKind).ToList();
        if (parts.Count == 0 && paragraphStarts.Count > 1)
        {
            parts = [.. Enumerable.Range(paragraphStarts[^2], paragraphStart - paragraphStarts[^2]).Where(OfTheTotalsKind)];
        }

        var wholes = parts.Select(i => claims[i].PartOf).OfType<Claim>().ToHashSet();
        return parts.Count >= 2 && parts.All(i => claims[i].PartOf is null && claims[i].Claim.Sign > 0 && !wholes.Contains(claims[i].Claim)) ? parts : null;
    }

    /// <summary>
    /// The last amounts of the total's unit and kind in the turn that make <paramref name="count"/> things, latest first;
    /// null when there are fewer. An amount already listed under a larger whole (the national figure the parts were
    /// given shares of) is listed under this total instead, which sums it with the others it names. A smaller total of
    /// some of them said before ("The two of them sold 97.11 billion yuan between them") stands for its own parts, as
    /// many things as it sums, and they are left in its list.
    /// </summary>
    private static List<int>? LastAmountsOfTheTurn(ImmutableArray<BoundClaim>.Builder claims, int turnStart, int first, BoundClaim total, int count)
    {
        bool OfTheTotalsKind(BoundClaim c) => c.Claim.Role == total.Claim.Role && c.Claim.Quantity.Unit == total.Claim.Quantity.Unit;
        var wholes = Enumerable.Range(turnStart, claims.Count - turnStart).Select(i => claims[i].PartOf).OfType<Claim>().ToHashSet();
        // A subtotal sums as many things as it has amounts of its kind listed under it (not the shares given of it).
        var subtotals = Enumerable.Range(turnStart, first - turnStart).Select(i => claims[i])
            .Where(c => OfTheTotalsKind(c) && wholes.Contains(c.Claim) && c.Claim.Interval.Upper < total.Claim.Interval.Lower)
            .ToDictionary(c => c.Claim, c => Enumerable.Range(turnStart, first - turnStart).Count(i => claims[i].PartOf == c.Claim && OfTheTotalsKind(claims[i])));
        var parts = new List<int>(count);
        var things = 0;
        for (var i = first - 1; i >= turnStart && things < count; i--)
        {
            var candidate = claims[i];
            if (!OfTheTotalsKind(candidate) || (candidate.PartOf is { } whole && subtotals.ContainsKey(whole))
                || (wholes.Contains(candidate.Claim) && !subtotals.ContainsKey(candidate.Claim)))
            {
                continue;
            }

            parts.Add(i);
            things += subtotals.TryGetValue(candidate.Claim, out var summed) ? summed : 1;
        }

        return things == count && parts.All(i => claims[i].Claim.Sign > 0
            && (claims[i].PartOf is null || claims[i].PartOf!.Interval.Lower > total.Claim.Interval.Upper)) ? parts : null;
    }

    /// <summary>
    /// "Ferry revenue reached 5.4 billion yuan in the first half. … Island ferry revenue rose 3% to 2.1 billion yuan, and
    /// coastal ferry revenue 2.9 billion yuan": with no cue, an amount whose open measure is named by the words of an
    /// earlier amount's of the paragraph and one word more is a part of it, in the same unit, period and entity. The
    /// parts one sentence names are one list, which may leave some out (so only parts exceeding the total are a slip);
    /// parts named in different sentences are not added up, as they may overlap ("urban" and "employee").
    /// </summary>
    public static void MarkPartsNamedByTheTotal(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart)
    {
        for (var i = FirstOfSentence(sentence, claims, paragraphStart); i < claims.Count; i++)
        {
            var part = claims[i];
            if (!IsNamedAmount(part))
            {
                continue;
            }

            for (var t = i - 1; t >= paragraphStart; t--)
            {
                var total = claims[t];
                if (IsNamedAmount(total) && total.Claim.Quantity.Unit == part.Claim.Quantity.Unit && total.Period == part.Period
                    && total.Entity.Id == part.Entity.Id && OpenMeasure.IsNarrowerBy(part.Measure!, total.Measure!))
                {
                    claims[i] = part with { PartOf = total.Claim };
                    i = MarkGappedItems(sentence, claims, i);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Of the 6.87 million kites sold, 3.12 million went to parks and 2.05 million to beaches. The remaining 1.7 million
    /// were sold online": a sentence that opens with the other or remaining amount goes on with the last list of its unit
    /// in the paragraph, as the item that names the rest, so the list leaves nothing out. So does a sentence whose items,
    /// their verb said once, end in the rest ("Of the 8.4 million tonnes ordered, bulk carriers took 5.1 million. Tankers
    /// took 2.2 million, and gas carriers the remaining 1.1 million"): its amounts of that unit up to the rest are the
    /// list's further items. Not when an amount of that unit which may be a part stands between them (one larger than
    /// the total cannot be): the rest would be of it as well. With no list before it in its paragraph, the items may be
    /// said in sentences of their own after a total in the paragraph before (<see cref="ListUpToTheRest"/>).
    /// <paramref name="paragraphStarts"/> are the indexes in <paramref name="claims"/> where the paragraphs of the speaker's
    /// turn start, the last the sentence's own; <paramref name="text"/> is the document's.
    /// </summary>
    public static void MarkRestOfTheList(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, IReadOnlyList<int> paragraphStarts, string text)
    {
        var paragraphStart = paragraphStarts[^1];
        var first = FirstOfSentence(sentence, claims, paragraphStart);
        if (first == claims.Count || claims[first] is not { Claim.Role: ClaimRole.Level or ClaimRole.Count, Claim.Sign: > 0, PartOf: null } opener
            || ItemsUpToTheRest(sentence, claims, first) is not { } items)
        {
            return;
        }

        var between = new List<BoundClaim>();
        for (var i = first - 1; i >= paragraphStart; i--)
        {
            var earlier = claims[i];
            if (earlier.Claim.Role is not (ClaimRole.Level or ClaimRole.Count) || earlier.Claim.Quantity.Unit != opener.Claim.Quantity.Unit)
            {
                continue;
            }

            if (earlier.PartOf is not { } total)
            {
                between.Add(earlier);
                continue;
            }

            // A list that named its rest already is done: what follows is another.
            if (between.All(b => b.Claim == total || b.Claim.Interval.Lower > total.Interval.Upper)
                && !claims.Skip(paragraphStart).Take(first - paragraphStart).Any(c => c.PartOf == total && c.ListKey == earlier.ListKey && c.ClosesList))
            {
                foreach (var item in items)
                {
                    claims[item] = claims[item] with { PartOf = total, ClosesList = item == items[^1], ListSentence = earlier.ListKey };
                }
            }

            return;
        }

        ListUpToTheRest.Mark(claims, paragraphStarts, first, items, text);
    }

    /// <summary>How far before a figure <see cref="RestItem"/> looks: a separator, seven words and "the remaining" fit.</summary>
    private const int RestItemReach = 100;

    /// <summary>
    /// The indexes of the amounts of the sentence's first amount's unit, from it (at <paramref name="first"/>) to the
    /// first that names the rest ("the other 1.1 million", "The rest, 2.4 million tonnes,"), which ends them; null when
    /// none names the rest, or one before it is not an amount that may be an item (a part of some other list, or a fall).
    /// </summary>
    private static List<int>? ItemsUpToTheRest(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int first)
    {
        var unit = claims[first].Claim.Quantity.Unit;
        var items = new List<int>();
        for (var i = first; i < claims.Count; i++)
        {
            var item = claims[i];
            if (item.Claim.Role is not (ClaimRole.Level or ClaimRole.Count) || item.Claim.Quantity.Unit != unit)
            {
                continue;
            }

            if (item.PartOf is not null || item.Claim.Sign <= 0)
            {
                return null;
            }

            items.Add(i);
            var at = item.Claim.Span.Start - sentence.Start;
            if (RestOpening().IsMatch(sentence.Text.AsSpan(0, at)) || (items.Count == 1 && ListUpToTheRest.NamesTheRest(sentence.Text[..at]))
                || (items.Count > 1 && RestItem().IsMatch(sentence.Text.AsSpan(Math.Max(0, at - RestItemReach), Math.Min(at, RestItemReach)))))
            {
                return items;
            }
        }

        return null;
    }

    /// <summary>
    /// "Island ferry revenue rose 3% to 2.1 billion yuan, coastal ferries 2.9 billion yuan and river ferries 1.3 billion
    /// yuan": the amounts of a part's unit after it in its sentence whose words name only whose they are, the measure
    /// said once by the first item, are parts of its total as well; the first amount that says more ends the list.
    /// Returns the index of the list's last item.
    /// </summary>
    private static int MarkGappedItems(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int first)
    {
        var last = first;
        var item = claims[first];
        var firstLabel = sentence.Text[(sentence.Text.LastIndexOfAny([',', ';'], Math.Max(0, item.Claim.Span.Start - sentence.Start - 1)) + 1)..(item.Claim.Span.Start - sentence.Start)];
        var totalWords = item.PartOf is { } total && claims.FirstOrDefault(c => c.Claim == total)?.Measure is { } measure && OpenMeasure.Is(measure) ? OpenMeasure.NameWords(measure) : [];
        for (var j = first + 1; j < claims.Count; j++)
        {
            var next = claims[j];
            if (next.Claim.Role is not (ClaimRole.Level or ClaimRole.Count))
            {
                continue;
            }

            if (next.Claim.Quantity.Unit != item.Claim.Quantity.Unit || next.PartOf is not null || next.Claim.Sign < 0 || next.Period != item.Period
                || !IsGappedItem(sentence.Text[(claims[last].Claim.Span.End - sentence.Start)..(next.Claim.Span.Start - sentence.Start)], firstLabel, totalWords))
            {
                break;
            }

            claims[j] = next with { PartOf = item.PartOf };
            last = j;
        }

        return last;
    }

    /// <summary>
    /// Whether the words between two amounts lead into an item of a gapped list: after the last comma, a name and no verb,
    /// and nothing that compares ("compared with", "than a year earlier"). The name is of a kind of the total: it opens with
    /// a preposition that the first item's words have too (<paramref name="firstLabel"/>: "Revenue from ferries was …,
    /// from buses …"), or it is the total's name (<paramref name="totalWords"/>) and one word more
    /// ("…, coastal ferries …" under "ferry revenue"); "…, and imports …" after "Exports of …" names another measure.
    /// </summary>
    private static bool IsGappedItem(string between, string firstLabel, string[] totalWords)
    {
        var own = between[(between.LastIndexOfAny([',', ';']) + 1)..];
        if (!Echoes.IsGappedItem(own) || Comparison().IsMatch(between))
        {
            return false;
        }

        if (LeadingPreposition().Match(own) is { Success: true } preposition
            && firstLabel.Contains($" {preposition.Groups["p"].Value} ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // The one word more narrows the total's name ("coastal ferries" under "ferry revenue"); as the item's last word,
        // its head, it names another measure ("kite spending" under "kite revenue").
        var words = OpenMeasure.ContentWords(own).Distinct().ToList();
        return totalWords.Length > 0 && words.Count(w => !totalWords.Contains(w)) == 1 && totalWords.Contains(words[^1]);
    }

    [GeneratedRegex(@"^\s*(?:and\s+)?(?<p>from|in|to|of|for|on|at|by)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"\b(?:than|compared|against|versus|ago|earlier|before|previous|last\s+year|same\s+period)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex Comparison();

    /// <summary>The index of the first of the claims at the end of <paramref name="claims"/> that are of the sentence.</summary>
    public static int FirstOfSentence(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart)
    {
        var first = claims.Count;
        while (first > paragraphStart && claims[first - 1].Claim.SentenceIndex == sentence.Index)
        {
            first--;
        }

        return first;
    }

    private static bool IsNamedAmount(BoundClaim b) =>
        b.Claim.IsAmount && b.Claim.Sign > 0 && b.PartOf is null && b.Claim.Qualifier is null && OpenMeasure.Is(b.Measure);

    /// <summary>
    /// The things a total's sentence lists before it ("pork, beef, mutton and poultry"), or from its own noun on
    /// ("9.2 million complaints, reports and inquiries"), as the members of a whole; null
    /// when the total is in neither sentence or no such list is said.
    /// </summary>
    private static Partition? NamedInTotal(Sentence sentence, Sentence? sentenceBefore, BoundClaim total)
    {
        if (Holder(sentence, sentenceBefore, total) is not { } holder)
        {
            return null;
        }

        // "regulators handled 33.74 million complaints, reports and inquiries": a list that starts with the total's own
        // noun names its members more surely than one before it ("Through the platform and hotline, …").
        var own = CoordinatedWords().Match(holder.Text, total.Claim.Span.Start - holder.Start);
        var before = holder.Text[..(total.Claim.Span.Start - holder.Start)];
        var list = own.Success && own.Index < total.Claim.Span.End - holder.Start ? own : CoordinatedWords().Matches(before).LastOrDefault();
        return list is null ? null
            : new Partition("named", [.. list.Groups["item"].Captures.Select(c => c.Value), list.Groups["last"].Value]);
    }

    /// <summary>
    /// Whether the clause that states the total names it as the rest of something ("The rest came to 86.8 million tonnes.
    /// Of them, Australia sent 48.8 million tonnes, a share of 22.0%, …", "the other …"): the rest is itself a part, and a
    /// share that names no whole after one of its parts is of the larger whole, as shares are given, not of the rest.
    /// </summary>
    private static bool IsTheRest(Sentence sentence, Sentence? sentenceBefore, BoundClaim total)
    {
        if (Holder(sentence, sentenceBefore, total) is not { } holder)
        {
            return false;
        }

        var at = total.Claim.Span.Start - holder.Start;
        var clauseStart = Clauses.Starts(holder.Text).LastOrDefault(c => c <= at);
        return OtherItems().IsMatch(holder.Text.AsSpan(clauseStart, at - clauseStart));
    }

    /// <summary>The sentence that states the total: this one or the one before; null when it is further back.</summary>
    private static Sentence? Holder(Sentence sentence, Sentence? sentenceBefore, BoundClaim total) =>
        total.Claim.Span.Start >= sentence.Start ? sentence
        : sentenceBefore is not null && total.Claim.Span.Start >= sentenceBefore.Start ? sentenceBefore
        : null;

    /// <summary>
    /// "Trade in services ran a deficit of 111.6 billion US dollars. Services exports … 222.4 billion …, and services
    /// imports … 334 billion": a deficit, surplus or net figure is a difference of what is listed after it, not their sum.
    /// </summary>
    private static bool IsBalance(BoundClaim total, Sentence sentence, Sentence? sentenceBefore)
    {
        var own = total.Claim.SentenceIndex == sentence.Index ? sentence : sentenceBefore;
        return own is not null && BalanceBefore().IsMatch(own.Text.AsSpan(0, Math.Max(0, total.Claim.Span.Start - own.Start)));
    }

    /// <summary>Where the clause holding a figure ends: the next comma, or the sentence's end.</summary>
    private static int ClauseEnd(Sentence sentence, BoundClaim figure)
    {
        var comma = sentence.Text.IndexOf(',', figure.Claim.Span.End - sentence.Start);
        return comma < 0 ? sentence.Text.Length : comma + 1;
    }

    /// <summary>
    /// Whether a noun said before the total ("In the first half, RMB loans increased by") is said again before each
    /// listed figure ("Household loans rose by", "loans to enterprises by"), singular or plural, and the total is not
    /// itself one kind of it in a series: "Equipment manufacturing made …. High-tech manufacturing earned ….
    /// Raw materials manufacturing made …, and consumer goods manufacturing …" names four kinds of manufacturing, peers:
    /// the total's own modifier ("High-tech"), which no item says again, is replaced by each item's, as it replaced the
    /// modifier of a kind named before it (<paramref name="earlier"/>: the open amounts of its unit before it). An item
    /// after the first may leave the noun to it, in a gapped list of the first item's period ("Revenue from ferries was
    /// …, from buses …").
    /// </summary>
    private static bool NamedAgainInEach(string beforeTotal, BoundClaim total, List<string> labels, List<BoundClaim> parts, Lexicon lexicon, List<BoundClaim> earlier)
    {
        // Of a total named by its own words ("kite revenue"), the noun said again must be the name's head: "kite
        // spending" after it says "kite" again, but is another measure.
        if (OpenMeasure.Is(total.Measure) && OpenMeasure.Head(total.Measure!) is { } head
            && !Enumerable.Range(0, labels.Count).All(k => OpenMeasure.ContentWords(labels[k]).Contains(head)
                || (k > 0 && parts[k].Period == parts[0].Period && IsGappedItem(labels[k], labels[0], []))))
        {
            return false;
        }

        var words = Word().Matches(beforeTotal);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value;
            // "The largest is Chengdu, with 6.62 million cars. Then come Beijing with 6.36 million, …": a word that only
            // ties the figure in ("with", "from") names no noun that the items could say again.
            if (word.Length < 4 || !word.All(char.IsLetter) || word.EndsWith("ed", StringComparison.Ordinal) || OpenMeasure.FunctionWords.Contains(word.ToLowerInvariant()))
            {
                continue;
            }

            var noun = word.EndsWith('s') ? word[..^1] : word;
            if (Partition.StartsAWord(labels[0], noun) && Enumerable.Range(1, labels.Count - 1).All(k => Partition.StartsAWord(labels[k], noun)
                || (parts[k].Period == parts[0].Period && IsGappedItem(labels[k], labels[0], []))))
            {
                return i == 0 || !IsKindOf(words[i - 1].Value, labels, lexicon) || !KindNamedBefore(earlier, word, words[i - 1].Value);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word right before a total's noun says which kind of it the total is ("High-tech" manufacturing), so that
    /// items that do not say it again may be other kinds: not a word for all of it ("Total", "the"), a currency ("RMB
    /// loans" are loans counted in yuan, of every kind), or a name of the vocabulary (a place, a period).
    /// </summary>
    private static bool IsKindOf(string modifier, List<string> labels, Lexicon lexicon) =>
        modifier.Length > 1 && modifier.All(c => char.IsLetter(c) || c == '-')
        && !WholeWords.Contains(modifier) && lexicon.UnitMatcher.Exact(modifier) is null && lexicon.TermMatcher.Exact(modifier) is null
        && !labels.Any(l => Partition.StartsAWord(l, modifier));

    /// <summary>Whether an amount before the total is named by its noun without its modifier: another kind before it.</summary>
    private static bool KindNamedBefore(List<BoundClaim> earlier, string noun, string modifier)
    {
        var (nounWord, modifierWord) = (OpenMeasure.ContentWords(noun).FirstOrDefault(), OpenMeasure.ContentWords(modifier).FirstOrDefault());
        return nounWord is not null && earlier.Any(e => OpenMeasure.NameWords(e.Measure!) is var named && named.Contains(nounWord) && !named.Contains(modifierWord));
    }

    // Words before a noun that take all of it, point at it or join it to what comes before, and name no kind.
    private static readonly FrozenSet<string> WholeWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "this", "that", "these", "those", "its", "their", "our", "his", "her", "all", "total", "overall", "combined", "aggregate",
        "gross", "whole", "entire", "national", "nationwide", "country", "china", "outstanding", "cumulative", "annual", "monthly",
        "quarterly", "new", "of", "in", "for", "from", "by", "on", "at", "to", "with", "and", "or", "as", "while");

    /// <summary>The words before each listed figure: from the list's start, then from the figure before.</summary>
    private static List<string> Labels(Sentence sentence, List<BoundClaim> parts, int listStart)
    {
        var labels = new List<string>(parts.Count);
        var from = listStart;
        foreach (var part in parts)
        {
            var start = part.Claim.Span.Start - sentence.Start;
            labels.Add(sentence.Text[Math.Min(from, start)..start]);
            from = part.Claim.Span.End - sentence.Start;
        }

        return labels;
    }

    [GeneratedRegex(@"[\p{L}\p{N}'’-]+|[,;:]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();

    // "Taken together, the four holidays …", "Together, these three regions …", "Together those three provinces …",
    // "The two regions combined …", "The five together …", "The three of them …".
    [GeneratedRegex(@"^(?:(?:taken\s+together|together|combined|in\s+total|altogether|all\s+told|in\s+all)\s*,?\s*(?:the|these|those)\s+" + Count + @"\b|(?:the|these|those)\s+" + Count + @"\s+(?:of\s+them\b|(?:[\p{L}-]+\s+){0,3}(?:together|combined)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountedTotal();

    // "The two northern harbours moved …", "Those four clubs have …": a sentence that opens with a counted set.
    [GeneratedRegex(@"^(?:the|these|those)\s+" + Count + @"\s+[\p{L}-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountedSubject();

    // "add", "together", "combined", "in all", "altogether", "between them": words that make an amount a sum ("added"
    // is no such word: "Its sports industry added 213.4 billion yuan" is value added).
    [GeneratedRegex(@"\b(?:add|adds|together|combined|in\s+all|altogether|between\s+them)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SumsOthers();

    // "… 3.83 billion for the two", "… 1.14 trillion yuan for the three of them".
    [GeneratedRegex(@"\G\s*(?:[\p{L}-]+\s+)?for\s+(?:the|these|those|all)\s+" + Count + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ForTheCounted();

    // "Together that is …", "Together they printed …", "Altogether, these came to …", "In all, that made …": words that
    // take together what was just listed, without saying how many; "Together with the 61 devices, …" adds one more.
    [GeneratedRegex(@"^(?:taken\s+together|put\s+together|together|altogether|combined|in\s+all|all\s+told)\s*,?\s+(?:that|this|they|these|those|it)\b[^,;:]{0,30}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TogetherUncounted();

    // "The two harbours each moved", "… per year", "… a year apiece": words that make an amount each thing's own.
    [GeneratedRegex(@"\b(?:each|apiece|per|every|respectively)\b|\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EachOne();

    // "… 630 million tonnes each", "… apiece", "…, respectively".
    [GeneratedRegex(@"\G[^,.;]*?\b(?:each|apiece|respectively)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EachOneAfter();

    // "… 81 million tonnes between them", "… 2.4 million kites combined".
    [GeneratedRegex(@"\G\s*(?:between\s+them|together|combined|in\s+all|altogether)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex TakenTogetherAfter();

    private const string Count = CountedWhole.CountWord;

    // "pork, beef, mutton and poultry", "exports and imports": single words, the last after "and".
    [GeneratedRegex(@"\b(?<item>\p{L}{3,})(?:,\s+(?<item>\p{L}{3,}))*,?\s+and\s+(?<last>\p{L}{3,})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CoordinatedWords();

    // "Of the 339 cities, …", "Of that 9.4 billion yuan, …", "Among 210 key lakes and reservoirs, …": "among" names the
    // set it divides with or without an article, "of" only with one ("of 2024, …" is no set).
    [GeneratedRegex(@"^\s*(?:(?:of|out\s+of)\s+(?:the|this|that|these|those)|among(?:\s+(?:the|these|those))?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex OfTheFigure();

    // "Of this total, …", "Of them, …", "Among them, …" point back at a total said before them ("back"), and so does "Of the
    // cinemas, …", at a count of the things it names ("things"); "By mode of transport, road
    // freight was …": any "by" + what the list is broken down by, which names no total of its own, but not a time
    // ("By the end of June, …", "By quarter, …", which lists periods) or a comparison ("By contrast, …").
    [GeneratedRegex(@"^(?:and\s+)?(?:(?<back>of\s+(?:this|that|these|those|them|which|the\s+total)(?:\s+total|\s+amount|\s+figure)?|(?:among|within)\s+(?:them|these|which|it|this)|(?:of|among)\s+the\s+(?<things>\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3}))|broken\s+down\s+by\s+\w+|by\s+(?!(?:the|then|now|contrast|comparison|way|end|mid|early|late|year|month|quarter|\d+)\b)[a-z-]+(?:\s+[a-z-]+){0,4})\s*,\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BreakdownCue();

    // "…, with the remaining 33.7 million in …" names the last item, the rest, and opens no breakdown of its own.
    [GeneratedRegex(@"[,;]\s+(?:with(?!\s+the\s+(?:remaining|other|rest)\b)|including|of\s+which|among\s+which|among\s+them|bringing|(?:taking|making)(?!\s+up\b)|for\s+a\s+total|totaling|totalling|together)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NestedBreakdown();

    [GeneratedRegex(@"[,;]\s+(?:and|while|but)\s+(?:the|its|their)\s+[a-z-]+(?:\s+[a-z-]+){0,3}?\s+(?:is|was|are|were|stands|stood)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClauseOfItsOwn();

    [GeneratedRegex(@"\G\s+of\s+(?!(?:them|it|this|these|those|that|all|the\s+(?:total|sum|whole|amount|figure))\b)(?<whole>[\p{L}][\p{L}'’ -]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfWhole();

    [GeneratedRegex(@"\G\s*of\s+(?:them|it|this|these|those|that\s+(?:total|amount|figure))\b(?!\s+(?:was|were|is|are)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfThat();

    /// <summary>Whether the words right before an amount say it makes up some of something ("accounted for", "made up").</summary>
    private static bool IsPartOfAnother(Sentence sentence, Claim amount) =>
        SaidToMakeUp(sentence, amount) || (BreakdownCue().Match(sentence.Text) is { Success: true } cue && cue.Groups["back"].Success && cue.Index + cue.Length <= amount.Span.Start - sentence.Start);

    private static bool SaidToMakeUp(Sentence sentence, Claim amount) => SaidToMakeUp(sentence.Text, amount.Span.Start - sentence.Start);

    /// <summary>Whether the words of <paramref name="text"/> right before <paramref name="at"/> say what follows makes up some of something.</summary>
    internal static bool SaidToMakeUp(string text, int at) =>
        // The verb is within the 40 characters before the figure; looking no further keeps the '$' pattern cheap.
        PartVerb().IsMatch(text.AsSpan(Math.Max(0, at - 40), Math.Min(at, 40)));

    [GeneratedRegex(@"\b(?:account(?:s|ed|ing)?\s+for|ma(?:de|kes?|king)\s+up)\s+(?:(?:more\s+than|nearly|about|over|almost|some|just)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PartVerb();

    // "or 62.4% of the bill.", "which is 76.9% of the workforce,": "the" and one noun, and the clause ends.
    [GeneratedRegex(@"\G\s*of\s+the\s+[\p{L}-]+\s*(?:[,;.]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WholeNamedAgain();

    // "of the total", and words that point back at it: "or 40.6% of those checked", "of them".
    // "the total" and "the whole" (group "unclear") may mean a larger whole than the one pointed back at.
    [GeneratedRegex(@"\G\s*of\s+(?:(?<unclear>the\s+(?:total|whole))|(?:the|this|that)\s+(?:total|whole|amount|figure)|those|these|them|it)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfTotal();

    /// <summary>"…, or 53%" after a listed part is a share of the list's total; "53% of that" names a whole of its own.</summary>
    public static bool NamesNoWhole(Sentence sentence, Claim share) => !OfSomething().IsMatch(sentence.Text, share.Span.End - sentence.Start);

    [GeneratedRegex(@"\G\s*of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfSomething();

    // "The remaining", "And the other", "The rest,": the sentence opens with the figure that names the rest.
    [GeneratedRegex(@"^\s*(?:and\s+)?the\s+(?:(?:other|remaining)\s+|rest\s*,\s*)" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RestOpening();

    // "…, and gas carriers the remaining", "…, and landslides and other kinds", "…, and the other funds to": a later item of a
    // list names the rest, after a list separator, in at most ten words with no figure, one of them "other", "others",
    // "rest" or "remaining".
    [GeneratedRegex(@"(?:[,;]\s*(?:and\s+|while\s+)?|\s+and\s+)(?:[\p{L}'’()&-]+\s+){0,6}(?:other|others|rest|remaining)(?:\s+[\p{L}'’()&-]+){0,3}?\s+(?:(?:to|by|at|of)\s+)?" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RestItem();

    [GeneratedRegex(@"\b(?:other|others|the\s+rest|remaining)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherItems();

    [GeneratedRegex(@"\b(?:deficits?|surplus(?:es)?|net|balance|shortfall|gap)\b(?:\s+(?:of|was|were|stood|at|came|to|reached|totaled|totalled|amounted|ran|narrowed|widened|about|nearly|around|over|more|than|some|just|the|a|an|in|its|it))*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BalanceBefore();

    [GeneratedRegex(@"(?<![\p{L}\d.,])\d[\d,.]*(?![\p{L}\d])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareNumber();
}
