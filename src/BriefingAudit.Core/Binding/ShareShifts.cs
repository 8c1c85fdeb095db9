using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Binding;

/// <summary>Marks <see cref="BoundClaim.ShareShift"/> on the contributions of a sentence, and <see cref="BoundClaim.ShareSaidBefore"/> on its contributions and share changes.</summary>
internal static partial class ShareShifts
{
    /// <summary>Marks the contributions of <paramref name="sentence"/> (the last of <paramref name="claims"/>).</summary>
    public static void Mark(Sentence sentence, Sentence? sentenceBefore, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart)
    {
        var first = Breakdowns.FirstOfSentence(sentence, claims, paragraphStart);
        for (var i = first; i < claims.Count; i++)
        {
            if (claims[i].Claim.Role is ClaimRole.Contribution or ClaimRole.PointChange
                && ShareOfTheSubjectBefore(sentence, sentenceBefore, claims, paragraphStart, first, i) is { } shareBefore)
            {
                claims[i] = claims[i] with { ShareSaidBefore = shareBefore };
            }

            if (claims[i].Claim.Role != ClaimRole.Contribution)
            {
                continue;
            }

            var wholeGrowth = WholeGrowth(sentence, claims, first, i);
            if (ShareBefore(sentence, sentenceBefore, claims, paragraphStart, first, i, wholeGrowth) is not var (share, change))
            {
                continue;
            }

            var shift = wholeGrowth is not null ? new ShareShift(share, change, wholeGrowth, ShareShift.GrowthOf.Whole)
                : PartGrowth(sentence, sentenceBefore, claims, paragraphStart, share) is { } partGrowth ? new ShareShift(share, change, partGrowth, ShareShift.GrowthOf.Part)
                : null;
            if (shift is not null)
            {
                claims[i] = claims[i] with { ShareShift = shift };
            }
        }
    }

    /// <summary>
    /// The growth of the share's part, said before the share of the same subject: in its clause ("up 24.7%, and their
    /// share rose to 68.6%", "rose 10.5% to 249.7 billion yuan, which is 6.91% of the total"), or as the only growth of
    /// the sentence before when a pronoun opens the share's sentence ("Rural lockers handled 260 million, up 15.2%.
    /// They made up 31.5% of them").
    /// </summary>
    private static Claim? PartGrowth(Sentence sentence, Sentence? sentenceBefore, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, Claim share)
    {
        var at = paragraphStart;
        while (at < claims.Count && claims[at].Claim != share)
        {
            at++;
        }

        var shareSentence = share.SentenceIndex == sentence.Index ? sentence : sentenceBefore;
        if (at == claims.Count || shareSentence is null || shareSentence.Index != share.SentenceIndex)
        {
            return null;
        }

        var growth = at - 1;
        while (growth >= paragraphStart && claims[growth].Claim is { Role: ClaimRole.Level or ClaimRole.Count } level && level.SentenceIndex == share.SentenceIndex)
        {
            growth--;
        }

        if (growth >= paragraphStart && claims[growth].Claim is { Role: ClaimRole.Change, SentenceIndex: var index } inClause && index == share.SentenceIndex)
        {
            return SameSubjectToTheShare().IsMatch(Text(shareSentence, inClause.Span.End, share.Span.Start)) ? inClause : null;
        }

        var opensItsSentence = growth < paragraphStart || claims[growth].Claim.SentenceIndex != share.SentenceIndex;
        if (!opensItsSentence || !PronounOpening().IsMatch(Text(shareSentence, shareSentence.Start, share.Span.Start)))
        {
            return null;
        }

        var growthsBefore = Enumerable.Range(paragraphStart, Math.Max(0, growth + 1 - paragraphStart)).Select(j => claims[j].Claim)
            .Where(c => c.SentenceIndex == share.SentenceIndex - 1 && c.Role == ClaimRole.Change).Take(2).ToList();
        return growthsBefore is [var only] ? only : null;
    }

    /// <summary>
    /// "Droughts affected 19.87 million, up 12.6%, or 25.3% of the total. It grew faster than the rest and added 2.5
    /// percentage points to the total's growth": a contribution whose sentence opens with a pronoun and names no new
    /// subject before it (no level, share or other contribution; no "while" or "but" clause) is of the subject of the
    /// sentence before in its paragraph, and that sentence's share, when it gave just one, is the part's share. So is
    /// a change in percentage points that its clause says is of "its share", in a sentence that states no share after
    /// it ("…, 23.2% of the revenue. Its share slipped 0.4 percentage point").
    /// </summary>
    private static Claim? ShareOfTheSubjectBefore(Sentence sentence, Sentence? sentenceBefore, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int first, int index)
    {
        if (sentenceBefore is null || !GoesOnWithTheSubjectBefore().IsMatch(Text(sentence, sentence.Start, claims[index].Claim.Span.Start)))
        {
            return null;
        }

        for (var j = first; j < index; j++)
        {
            if (claims[j].Claim.Role is ClaimRole.Share or ClaimRole.Level or ClaimRole.Count or ClaimRole.Contribution)
            {
                return null;
            }
        }

        var said = claims[index].Claim;
        if (said.Role == ClaimRole.PointChange && (!ItsShareChanged().IsMatch(Text(sentence, index > first ? claims[index - 1].Claim.Span.End : sentence.Start, said.Span.Start))
            || Enumerable.Range(index + 1, claims.Count - index - 1).Any(j => claims[j].Claim.Role == ClaimRole.Share)))
        {
            return null;
        }

        var shares = Enumerable.Range(paragraphStart, first - paragraphStart).Select(j => claims[j].Claim)
            .Where(c => c.SentenceIndex == sentenceBefore.Index && c.Role == ClaimRole.Share).Take(2).ToList();
        return shares is [var only] ? only : null;
    }

    /// <summary>"5.7 percentage points of the 7.1% growth", "Of the 6.0% growth in visits, they contributed 3.5 percentage points".</summary>
    private static Claim? WholeGrowth(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int first, int contribution)
    {
        var said = claims[contribution].Claim;
        if (contribution + 1 < claims.Count && claims[contribution + 1].Claim is { Role: ClaimRole.Change } after
            && OfTheRightBefore().IsMatch(Text(sentence, said.Span.End, after.Span.Start)) && GrowthNounAfter().IsMatch(Text(sentence, after.Span.End, sentence.End)))
        {
            return after;
        }

        return contribution == first + 1 && claims[first].Claim is { Role: ClaimRole.Change } before
            && OfTheOpening().IsMatch(Text(sentence, sentence.Start, before.Span.Start)) && OfTheGrowthThenPronoun().IsMatch(Text(sentence, before.Span.End, said.Span.Start))
            ? before : null;
    }

    /// <summary>
    /// The share and its change right before the contribution in its own clause ("…, 0.7 percentage point more than a
    /// year earlier, and contributed"), or ending the sentence before when the contribution's subject is a pronoun ("It
    /// contributed", "Of the 6.0% growth in visits, they contributed").
    /// </summary>
    private static (Claim Share, Claim Change)? ShareBefore(Sentence sentence, Sentence? sentenceBefore, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int first, int contribution, Claim? wholeGrowth)
    {
        var said = claims[contribution].Claim;
        var opensTheSentence = contribution == first || (contribution == first + 1 && claims[first].Claim == wholeGrowth);
        if (opensTheSentence)
        {
            var startsWithPronoun = PronounSubject().IsMatch(Text(sentence, claims[first].Claim == wholeGrowth ? wholeGrowth.Span.End : sentence.Start, said.Span.Start));
            return startsWithPronoun && sentenceBefore is not null && first - 2 >= paragraphStart
                && claims[first - 1].Claim.SentenceIndex == sentenceBefore.Index && claims[first - 2].Claim.SentenceIndex == sentenceBefore.Index
                ? ShareAndChange(sentenceBefore, claims[first - 2].Claim, claims[first - 1].Claim) : null;
        }

        return contribution - 2 >= first && AndThenTheVerb().IsMatch(Text(sentence, claims[contribution - 1].Claim.Span.End, said.Span.Start))
            ? ShareAndChange(sentence, claims[contribution - 2].Claim, claims[contribution - 1].Claim) : null;
    }

    // "10.2%, up 0.9 percentage point, and": a change set right after the share by "up" or "down" says no base either.
    private static (Claim Share, Claim Change)? ShareAndChange(Sentence sentence, Claim share, Claim change) =>
        share.Role == ClaimRole.Share && change.Role == ClaimRole.PointChange
        && (OnAYearEarlier().IsMatch(Text(sentence, change.Span.End, sentence.End))
            || (UpOrDownAfterTheShare().IsMatch(Text(sentence, share.Span.End, change.Span.Start)) && PhraseEnds().IsMatch(Text(sentence, change.Span.End, sentence.End))))
            ? (share, change) : null;

    private static string Text(Sentence sentence, int start, int end) => sentence.Text[(start - sentence.Start)..(end - sentence.Start)];

    // "It added", "They grew 2.0% and supplied", "On its own, it pulled", "Its share slipped 0.4 percentage point, and it
    // took": the sentence opens with a pronoun, and no clause of another subject ("while hydropower pulled") follows.
    [GeneratedRegex(@"^\s*(?:(?:on\s+(?:its|their)\s+own|alone|together|still)\s*,?\s*)?(?:it|they|its|their)\b(?![^;]*\b(?:while|whereas|but)\b)[^;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GoesOnWithTheSubjectBefore();

    // The clause of a change in percentage points says it is of the subject's share: "Its share slipped", ", so its
    // share rose", "Their share of all cars went up".
    [GeneratedRegex(@"\b(?:its|their)\s+share\b[^,;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItsShareChanged();

    // Between the contribution and the whole's growth: "of the", "to the".
    [GeneratedRegex(@"^\s*(?:of|to)\s+the\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfTheRightBefore();

    [GeneratedRegex(@"^\s+(?:growth|rise|increase)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GrowthNounAfter();

    [GeneratedRegex(@"^(?:[\p{L}\s]*,\s*)?of\s+the\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfTheOpening();

    // "growth in visits, they contributed": the whole's growth opens the sentence, and a pronoun is the part.
    [GeneratedRegex(@"^\s+(?:growth|rise|increase)\b[^,;]*,\s*(?:it|they)\s+[a-z]+\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfTheGrowthThenPronoun();

    // "It contributed", "They added", "It pulled the total down by", or, after the whole's growth, ", they contributed".
    [GeneratedRegex(@"^(?:\s+(?:growth|rise|increase)\b[^,;]*,)?\s*(?:it|they)(?:\s+[a-z']+){1,6}\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PronounSubject();

    // From the share's change to the contribution, with no new subject: "more than a year earlier, and contributed",
    // "higher than a year earlier, and it added", "lower, and on its own it pulled growth down by"; without a pronoun,
    // words after the first only when that one is a verb of contribution ("and pulled total growth down by"), since
    // "and listed lockers added" names a new subject.
    [GeneratedRegex(@"^[^,;]*,\s*and\s+(?:(?:on\s+(?:its|their)\s+own|alone|by\s+(?:itself|themselves))\s*,?\s*)?(?:(?:it|they)(?:\s+[a-z']+){1,6}|(?:added|contributed|pulled|pushed|dragged|held|took|shaved|knocked|lifted|boosted)(?:\s+[a-z']+){0,5}|[a-z]+)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AndThenTheVerb();

    // From the part's growth to its share, with no new subject: ", and their share rose to", ", and it made up",
    // " to 249.7 billion yuan, which is", ", or".
    [GeneratedRegex(@"^[^,;]*,\s*(?:and\s+)?(?:(?:its|their)\s+[^,;]*|(?:it|they)\s+[a-z]+(?:\s+[a-z]+)?|which\s+(?:is|was|are|were)|or)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SameSubjectToTheShare();

    // "It made up", "They took", "Its share fell to", "Their share of the total was": the share's sentence goes on with
    // the subject of the sentence before.
    [GeneratedRegex(@"^\s*(?:(?:it|they)\s+[a-z]+(?:\s+[a-z]+)?|(?:its|their)\s+share\b[^,;]*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PronounOpening();

    // The share's change is on a year earlier: "more than a year earlier", "less than the same period last year",
    // "larger than the year before", "below the year before", or says no base at all ("1.4 percentage points lower,").
    [GeneratedRegex(@"^\s*(?:more|less|higher|lower|up|down|larger|smaller|bigger|greater|above|below)\s*(?:[,;.]|$|(?:(?:than|from|on)\s+)?(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:same\s+period\s+(?:of\s+)?last\s+year|year\s+before|previous\s+year)|last\s+year)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OnAYearEarlier();

    [GeneratedRegex(@"^\s*,\s*(?:up|down)\s+(?:by\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UpOrDownAfterTheShare();

    [GeneratedRegex(@"^\s*(?:[,;.]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhraseEnds();
}
