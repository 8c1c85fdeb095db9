using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// Relations a sentence states between its own figures, read from their order and the words between them rather
/// than from the vocabulary, so they hold for measures it has no name for: a mean after the figures it averages,
/// a gap in points between two rates, an absolute change between a level and its growth or earlier level.
/// </summary>
internal static partial class SentenceLinks
{
    // before: the figures of the paragraph read before the sentence, those of the sentence right before among them.
    public static List<BoundClaim> Add(Sentence sentence, SentenceAnalysis analysis, List<BoundClaim> bound, IReadOnlyList<BoundClaim> before)
    {
        var result = new List<BoundClaim>(bound.Count);
        RateComparison? earlierGap = null;
        var parallel = ParallelRates.Pairs(sentence.Text, sentence.Start, bound);
        for (var i = 0; i < bound.Count; i++)
        {
            var claim = bound[i];
            switch (claim.Claim.Role)
            {
                case ClaimRole.Level or ClaimRole.Count when claim.PartOf is null && ChangeSaidAfter(sentence, claim.Claim) is { } direction:
                    var asChange = claim.Claim with { Role = ClaimRole.AbsoluteChange, Sign = direction };
                    result.Add(claim with { Claim = asChange, ChangeOf = ChangeOf(sentence, bound, asChange) });
                    break;
                case ClaimRole.Level or ClaimRole.Count when MeanSaidAfter(sentence, bound, claim.Claim) is { Length: > 0 } items:
                    result.Add(claim with { Claim = claim.Claim with { Role = ClaimRole.Mean }, Items = items });
                    break;
                case ClaimRole.Level or ClaimRole.Count when claim.Claim.Quantity.Dimension != UnitDimension.Percent:
                    result.Add(GrowthSaidWith(sentence, bound, i, parallel) is { } growth ? claim with { Growth = growth } : claim);
                    break;
                case ClaimRole.Mean:
                    result.Add(claim with { Items = MeanItems(sentence, bound, claim.Claim) });
                    break;
                case ClaimRole.Change when claim.Claim.Quantity.Dimension == UnitDimension.Percent && MeanSaidAfter(sentence, bound, claim.Claim) is { Length: > 0 } rates
                    && RatesOfLikePeriods(bound, rates):
                    result.Add(claim with { Claim = claim.Claim with { Role = ClaimRole.Mean }, Items = rates });
                    break;
                case ClaimRole.RateGap or ClaimRole.PointChange:
                    var comparison = Compare(sentence, analysis, bound, claim.Claim, claim.Measure, earlierGap, before);
                    earlierGap = comparison ?? earlierGap;
                    result.Add(claim with { Comparison = comparison });
                    break;
                case ClaimRole.AbsoluteChange when claim.Claim.Quantity.Dimension != UnitDimension.Percent:
                    result.Add(claim with { ChangeOf = ChangeOf(sentence, bound, claim.Claim) });
                    break;
                default:
                    result.Add(claim);
                    break;
            }
        }

        return result;
    }

    /// <summary>"10.17 trillion yuan in the first quarter, 11.12 trillion yuan in the second, …": the figures of the
    /// mean's unit listed before it, of the role of the last one (levels, or growth rates for a mean growth rate).
    /// Empty when the mean is per a counted thing ("an average of 959 yuan a trip": a total over a count, not the
    /// mean of the figures before it), or when a number among the listed ones was not read, so the list is not whole.</summary>
    private static ImmutableArray<Claim> MeanItems(Sentence sentence, List<BoundClaim> bound, Claim mean)
    {
        if (PerCountedThing().IsMatch(sentence.Text, mean.Span.End - sentence.Start))
        {
            return [];
        }

        // "spent 3.15 trillion yuan, about 416 billion yuan more, or an average of …": a change said by the word after
        // it is no item of a list of levels.
        var before = bound.Select(b => b.Claim).Where(c => c.Span.Start < mean.Span.Start && c.Quantity.Unit == mean.Quantity.Unit && ChangeSaidAfter(sentence, c) is null).ToList();
        var last = before.LastOrDefault();
        if (last is null || last.Role is not (ClaimRole.Level or ClaimRole.Count or ClaimRole.Change))
        {
            return [];
        }

        // "grew by 280 billion yuan in April, 620 billion yuan in May and 2.24 trillion yuan in June, an average of …",
        // "grew by 8.72 million mu, 11.2 million mu and 11.77 million mu, or 10.56 million mu a year on average": the
        // verb makes the first item a change and leaves the rest levels (or counts), but the list is all of them.
        var firstCarriesTheVerb = last.IsAmount && before.Count >= 2 && before[0].Role == ClaimRole.AbsoluteChange
            && before.Skip(1).All(c => c.IsAmount);
        var items = firstCarriesTheVerb ? [.. before] : before.Where(c => c.Role == last.Role).ToImmutableArray();

        // "… 61.94 million in June, so the second quarter as a whole reached 185.11 million, averaging nearly 62
        // million a month": a figure that is the sum of the others is their total, not one more item.
        if (items.Length >= 3 && items[^1].Interval.Overlaps(items[..^1].Aggregate(Interval.Exactly(0), (sum, c) => sum + c.Interval)))
        {
            items = items[..^1];
        }

        items = last.IsAmount ? OfLikePeriods(bound, items) : items;
        return items.Length >= 2 && !NumberUnreadAmong(sentence, bound, items[0], mean) ? items : [];
    }

    /// <summary>
    /// "grew 4.3% in the first quarter and 4.7% in the second, 4.5% on average": the rates a mean rate is of are each of
    /// another period, all of one length (months, or quarters); "rose 3.0% in the half, 4.3% in the first quarter and
    /// 4.7% in the second" gives the half's rate beside its quarters', and no mean is of all three.
    /// </summary>
    private static bool RatesOfLikePeriods(List<BoundClaim> bound, ImmutableArray<Claim> rates)
    {
        var periods = rates.Select(r => PeriodOf(bound, r)).ToList();
        return periods.TrueForAll(p => p?.Days is not null) && periods.DistinctBy(p => p!.Id).Count() == periods.Count
            && periods.Max(p => p!.Days!.Value) - periods.Min(p => p!.Days!.Value) <= LikePeriodsDays;
    }

    /// <summary>
    /// "349.3 billion yuan in the first quarter, then 138.2 billion yuan in April, 142.7 billion yuan in May and 151.3
    /// billion yuan in June, an average of 144.1 billion yuan a month": the list a mean is of starts where its periods
    /// take one length; a figure of a longer or shorter period before that is said beside the list, not in it. (Rates
    /// of unlike periods make no mean at all: <see cref="RatesOfLikePeriods"/>.)
    /// </summary>
    private static ImmutableArray<Claim> OfLikePeriods(List<BoundClaim> bound, ImmutableArray<Claim> items)
    {
        var first = 0;
        while (first + 1 < items.Length && DaysOf(bound, items[first]) is { } days && DaysOf(bound, items[first + 1]) is { } next
            && Math.Abs(days - next) > LikePeriodsDays)
        {
            first++;
        }

        return items[first..];
    }

    private static int? DaysOf(List<BoundClaim> bound, Claim claim) => PeriodOf(bound, claim)?.Days;

    private static Term? PeriodOf(List<BoundClaim> bound, Claim claim) => bound.Find(b => b.Claim == claim)?.Period;

    // The most by which the days of a month (28 to 31) or of a quarter (90 to 92) differ.
    private const int LikePeriodsDays = 3;


    /// <summary>
    /// "108 fires in the first quarter, 76 in the second, only 21 in the third and 36 in the fourth, about 60 a
    /// quarter": a number between the first item and the mean that no claim covers may be an item not read, and a
    /// mean of the rest would be wrong. Years ("in March 2025") are no items.
    /// </summary>
    private static bool NumberUnreadAmong(Sentence sentence, List<BoundClaim> bound, Claim first, Claim mean)
    {
        var start = first.Span.End - sentence.Start;
        foreach (Match number in Digits().Matches(sentence.Text[start..(mean.Span.Start - sentence.Start)]))
        {
            var at = sentence.Start + start + number.Index;
            if (!ClaimExtractor.IsYear(number.Value) && !bound.Exists(b => b.Claim.Span.Start <= at && at < b.Claim.Span.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "… 203.6 billion yuan in April, 214.9 billion yuan in May and 259.4 billion yuan in June, about 226 billion yuan a
    /// month on average", "…, or about 20.4 million a month over the quarter": an amount said after a list of its unit
    /// to be so much "on average", or so much "a month" right after the list's comma, is the mean of the items, though
    /// no word before it says so. So is a rate said to be so much "on average" after a list of rates ("grew 4.3% in the
    /// first quarter and 4.7% in the second, 4.5% on average"); a rate "a month" is no mean. Empty when it is not, or
    /// no list comes before it.
    /// </summary>
    private static ImmutableArray<Claim> MeanSaidAfter(Sentence sentence, List<BoundClaim> bound, Claim amount)
    {
        var end = amount.Span.End - sentence.Start;
        var start = amount.Span.Start - sentence.Start;
        if (AveragedAfter().Match(sentence.Text, end) is not { Success: true } averaged
            || (!averaged.Groups["average"].Success && (amount.Quantity.Dimension == UnitDimension.Percent || !RightAfterTheList().IsMatch(sentence.Text.AsSpan(0, start)))))
        {
            return [];
        }

        return MeanItems(sentence, bound, amount with { Role = ClaimRole.Mean });
    }

    /// <summary>"rose by 30 yuan, or 4.5%, to 700 yuan": the level the change brought its measure to, after it.</summary>
    private static Claim? RaisedTo(Sentence sentence, List<Claim> claims, Claim change) =>
        claims.FirstOrDefault(c => c.Span.Start > change.Span.Start && c.IsAmount && c.Quantity.Unit == change.Quantity.Unit) is { } level
            && ToTheLevel().IsMatch(Between(sentence, change, level)) ? level : null;

    /// <summary>
    /// "Kite imports fell 5.4% to 31.6 million tonnes, 1.8 million tonnes less than …": the rate the level moved by to
    /// reach what it is, said right before it.
    /// </summary>
    private static Claim? RateTheLevelMovedBy(Sentence sentence, List<Claim> claims, Claim level) =>
        claims.LastOrDefault(c => c.Span.End <= level.Span.Start) is { Role: ClaimRole.Change, Quantity.Dimension: UnitDimension.Percent } rate
            && ClaimBinder.LevelAfterGrowth().IsMatch(Between(sentence, rate, level)) ? rate : null;

    /// <summary>
    /// "rose by 30 yuan, or 4.5%": a percent right after the change and ", or" is the change put as a rate, up or down
    /// as the change is, though no word of its own says it is a change.
    /// </summary>
    private static Claim? ChangePutAsRate(Sentence sentence, List<Claim> claims, Claim change) =>
        claims.FirstOrDefault(c => c.Span.Start > change.Span.Start) is { Role: ClaimRole.Level or ClaimRole.Share, Quantity.Dimension: UnitDimension.Percent } rate
            && Roles.OrAlone().IsMatch(Between(sentence, change, rate)) ? rate with { Role = ClaimRole.Change, Sign = change.Sign } : null;

    /// <summary>
    /// "720,000 more drones than a year earlier", "…, up 14.5%, or 2.69 GB more": an amount followed by "more", "fewer"
    /// or "less" is a change, up or down (+1 or −1), though no word before it says so; null when it is not.
    /// </summary>
    private static int? ChangeSaidAfter(Sentence sentence, Claim amount)
    {
        if (amount.Quantity.Dimension == UnitDimension.Percent)
        {
            return null;
        }

        // "720,000 more drones": the word is inside the amount's span, before its noun; "2.69 GB more": right after it.
        var said = MoreOrFewerInside().Match(sentence.Text, amount.Span.Start - sentence.Start, amount.Span.Length) is { Success: true } inside ? inside
            : MoreOrFewerAfter().Match(sentence.Text, amount.Span.End - sentence.Start);
        if (!said.Success)
        {
            return null;
        }

        var direction = said.Groups["direction"].ValueSpan;
        return direction.Equals("more", StringComparison.OrdinalIgnoreCase) || direction.Equals("higher", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
    }

    private static RateComparison? Compare(Sentence sentence, SentenceAnalysis analysis, List<BoundClaim> bound, Claim gap, Term? gapMeasure, RateComparison? earlierGap, IReadOnlyList<BoundClaim> before)
    {
        var claims = bound.Select(b => b.Claim).ToList();
        var text = sentence.Text;

        // "84.3% of costs for employees against 68.7% for residents, a difference of 15.6 percentage points": the
        // two rates just before it, both growth rates or both levels (a share is a level here), in either order, as
        // the gap is said without a direction.
        var gapStart = gap.Span.Start - sentence.Start;
        if (DifferenceOf().IsMatch(text.AsSpan(Math.Max(0, gapStart - 40), Math.Min(gapStart, 40)))
            && claims.Where(c => c.Span.Start < gap.Span.Start && c.Quantity.Dimension == UnitDimension.Percent).TakeLast(2).ToList() is [var first, var second]
            && first.Role is ClaimRole.Change or ClaimRole.Level or ClaimRole.Share && second.Role is ClaimRole.Change or ClaimRole.Level or ClaimRole.Share
            && (first.Role == ClaimRole.Change) == (second.Role == ClaimRole.Change))
        {
            return new RateComparison(first, second);
        }

        // "The decline narrowed by 5.9 percentage points from 7.1% in the first quarter to 1.2% in the second": both
        // rates follow the gap, the earlier after "from", the later after "to".
        var gapEnd = gap.Span.End - sentence.Start;
        var next = claims.FirstOrDefault(c => c.Span.Start > gap.Span.Start && c.Quantity.Dimension == UnitDimension.Percent);
        var later = next is null ? null : claims.FirstOrDefault(c => c.Span.Start > next.Span.Start && c.Quantity.Dimension == UnitDimension.Percent);
        if (next is { Role: ClaimRole.Change or ClaimRole.Level } && later is not null && later.Role == next.Role
            && FromRate().IsMatch(text.AsSpan()[gapEnd..(next.Span.Start - sentence.Start)]) && ToRate().IsMatch(Between(sentence, next, later)))
        {
            return new RateComparison(later, next);
        }

        // "Container growth accelerated by 0.7 percentage point to 10.3% from the 9.6% of the first quarter": the later
        // rate after "to", the earlier after "from".
        if (next is { Role: ClaimRole.Change or ClaimRole.Level } && later is not null && later.Role == next.Role
            && RightTo().IsMatch(text.AsSpan()[gapEnd..(next.Span.Start - sentence.Start)]) && FromRate().IsMatch(Between(sentence, next, later)))
        {
            return new RateComparison(next, later);
        }

        // A share is a level here: "was 37.5% in 2024, 0.3 percentage point higher than the 37.2% of 2023".
        var rate = claims.LastOrDefault(c => c.Span.Start < gap.Span.Start && c.Quantity.Dimension == UnitDimension.Percent);
        if (rate is null)
        {
            // "Camellia oil output reached 1.12 million tonnes, up 8.7%. That was 2.5 percentage points slower than the
            // 11.2% of 2023": a gap whose subject only points back is of the one growth rate the sentence before
            // states; only a base its own sentence states after it is taken, as nothing else says what it is measured
            // against.
            return PointsBackToRate().IsMatch(text.AsSpan(0, gapStart)) && RateOfSentenceBefore(sentence, before) is { } pointedAt
                ? BaseStatedAfter(sentence, claims, gap, pointedAt, next, rateLeadsToGap: claims[0] == gap)
                : null;
        }

        if (rate.Role is not (ClaimRole.Change or ClaimRole.Level or ClaimRole.Share))
        {
            return null;
        }

        // "Domestic use was 92.3 billion cubic meters, up 1.5%. Its share is 15.6%, and its growth was 0.6 percentage
        // point faster than the 0.9% of 2023": a gap whose subject names the growth is of a growth rate, not of the share
        // or level said before it; that is the sentence's last growth rate before the gap, or else the one growth rate
        // of the sentence before.
        if (rate.Role != ClaimRole.Change && GrowthNamedBefore().IsMatch(text.AsSpan(0, gapStart)))
        {
            var growth = claims.LastOrDefault(c => c.Span.Start < gap.Span.Start && c is { Role: ClaimRole.Change, Quantity.Dimension: UnitDimension.Percent })
                ?? RateOfSentenceBefore(sentence, before);
            return growth is null ? null : BaseStatedAfter(sentence, claims, gap, growth, next, rateLeadsToGap: false);
        }

        // "It grew 3.7%, 1.6 percentage points slower than the economy's 5.3%, and 0.2 percentage point faster than in
        // the first quarter": the rate the gap before was measured against is not what the next gap of the list is
        // said of; that is the rate the gap before was.
        if (earlierGap is { BaseRate: { } measuredAgainst } && measuredAgainst == rate)
        {
            rate = earlierGap.Rate;
        }

        if (BaseStatedAfter(sentence, claims, gap, rate, next, rateLeadsToGap: claims.IndexOf(gap) == claims.IndexOf(rate) + 1 && !ClauseMovesOn().IsMatch(Between(sentence, rate, gap))) is { } stated)
        {
            return stated;
        }

        // "…, and spending on science and technology grew 10.1%, 5.9 percentage points faster.": than what the gap
        // before it was measured against; with no gap before, than the rate listed before ("6.5% in the first
        // quarter and 6.2% in the second, 0.3 percentage point slower").
        if (Elliptical().IsMatch(text.AsSpan()[gapEnd..]))
        {
            if (earlierGap is not null)
            {
                return earlierGap with { Rate = rate };
            }

            // "Revenue in the first quarter was 3.15 trillion yuan, up 10.0%. The second quarter brought 3.91 trillion
            // yuan, up 13.5%, 3.5 percentage points faster.": a growth rate with none listed before it in its sentence
            // is faster than the one growth rate of the sentence before.
            var previous = claims.LastOrDefault(c => c.Span.Start < rate.Span.Start && c.Quantity.Dimension == UnitDimension.Percent)
                ?? (rate.Role == ClaimRole.Change ? RateOfSentenceBefore(sentence, before) : null);
            return previous is { Role: ClaimRole.Change or ClaimRole.Level } ? new RateComparison(rate, previous) : null;
        }

        // "…, 4.8 percentage points slower than exports": the base is the rate of a measure named after "than".
        // "0.7 percentage point more than a year earlier": a time names no measure (the words would make an open
        // measure "earlier year"); the gap is a change of the rate over time, not a comparison with another rate.
        var than = ThanPhrase().Match(text, gapEnd);
        if (!than.Success || TimeAlone().IsMatch(than.Groups["phrase"].ValueSpan))
        {
            return null;
        }

        var (phraseStart, phraseEnd) = (than.Groups["phrase"].Index, than.Groups["phrase"].Index + than.Groups["phrase"].Length);
        var inside = analysis.Mentions.Where(m => m.Start >= phraseStart && m.Start < phraseEnd).ToList();
        var measure = inside.FirstOrDefault(m => m.Kind == MentionKind.Measure && !m.Generic)?.Term;
        var entity = inside.FirstOrDefault(m => m.Kind == MentionKind.Entity && m.Entity is { IsNational: false })?.Entity ?? EntityRef.National;

        // "3.1 percentage points faster than industry as a whole", "than the overall figure": the whole of what the
        // rate is of. Not an open measure's: that is the nation's already, so its whole would be the rate itself.
        if (measure is null && Whole().IsMatch(than.Groups["phrase"].Value) && !OpenMeasure.Is(gapMeasure))
        {
            measure = gapMeasure;
        }

        // "…, 12.1 percentage points faster than inbound tourist trips as a whole": a base the vocabulary has no name
        // for is the open measure its words name, the nation's as open measures are. Not a one-word name ("than
        // revenue"): the one open measure with the word may be a part ("government investment") of the whole meant.
        if (measure is null && OpenMeasure.Named(than.Groups["phrase"].Value, UnitDimension.Currency) is { } open)
        {
            return new RateComparison(rate, null, open, EntityRef.National);
        }

        // "…, 7.5 percentage points slower than the industry as a whole": one word and "as a whole" name the whole the
        // rate's open measure is part of, the one open measure of the transcript with that word
        // (OpenMeasure.ResolveShortNames), when it shares a word with the rate's own.
        if (measure is null && Whole().IsMatch(than.Groups["phrase"].Value) && OpenMeasure.Is(gapMeasure)
            && OpenMeasure.NamedOrShort(than.Groups["phrase"].Value, UnitDimension.Currency) is { } shortName)
        {
            return new RateComparison(rate, null, shortName, EntityRef.National);
        }

        return measure is null ? null : new RateComparison(rate, null, measure, entity);
    }

    /// <summary>
    /// "2.61 trillion yuan, up 16.1%", "501 million trips were made, up 5.9%", "a rise of 19.3%", "rose 2.1% to 512.3
    /// billion yuan": the growth rate right after an amount, or right before it with "to" between, is that amount's,
    /// whatever it measures. Only the figure next to it counts, and after it only when "up", "down" or "an increase
    /// of" opens the last comma's clause, or a verb of change whose subject is the amount or stands for it ("Tankers,
    /// 9.6 million tonnes, fell 12.5%", "sold 94.5 billion yuan and grew 6.2%", "…, and it fell 6.4%"), so a rate
    /// said for something else ("…, while B grew 3%", "…, and B grew 3%") is never taken. Of levels listed before as
    /// many rates, each has the rate in its place (<see cref="ParallelRates"/>).
    /// </summary>
    private static Claim? GrowthSaidWith(Sentence sentence, List<BoundClaim> bound, int index, IReadOnlyList<(int Level, int Rate)> parallel)
    {
        // "… 13 trillion yuan and imports 8.79 trillion yuan, up 7.2% and 2.7%": the rate in the level's place.
        // A loop, not a predicate: its closure was made for every level of every sentence.
        for (var pair = 0; pair < parallel.Count; pair++)
        {
            if (parallel[pair].Level == index)
            {
                return bound[parallel[pair].Rate].Claim;
            }
        }

        var level = bound[index].Claim;
        if (index + 1 < bound.Count && bound[index + 1].Claim is { Role: ClaimRole.Change, Quantity.Dimension: UnitDimension.Percent } after
            && Between(sentence, level, after) is var between && between.LastIndexOf(',') is var comma && comma <= MaxWordsBeforeGrowth
            && between.IndexOf(';') < 0 && between[Math.Max(0, comma)..] is var clause && (ClaimBinder.GrowthAfterLevel().IsMatch(clause) || ChangeVerbOfTheLevel().IsMatch(clause)))
        {
            return after;
        }

        return index > 0 && bound[index - 1].Claim is { Role: ClaimRole.Change, Quantity.Dimension: UnitDimension.Percent } before
            && ClaimBinder.LevelAfterGrowth().IsMatch(Between(sentence, before, level))
            ? before
            : null;
    }

    /// <summary>
    /// The gap of <paramref name="rate"/> measured against the rate its sentence states after it (<paramref name="next"/>),
    /// when the words between say so; <paramref name="rateLeadsToGap"/> is whether the gap follows the rate with no
    /// other figure or clause between, as a rate moving "from" another must.
    /// </summary>
    private static RateComparison? BaseStatedAfter(Sentence sentence, List<Claim> claims, Claim gap, Claim rate, Claim? next, bool rateLeadsToGap)
    {
        if (next is null)
        {
            return null;
        }

        var between = sentence.Text.AsSpan()[(gap.Span.End - sentence.Start)..(next.Span.Start - sentence.Start)];

        // "…, 1 percentage point faster than in May, when it grew 4.4%": the base is stated after the gap; a rate after a
        // further gap ("3.3 percentage points below the pace of the half-year and 6.6 percentage points slower than in
        // May, when growth was 31.2%") is that gap's base.
        if (next.Role is ClaimRole.Change or ClaimRole.Level or ClaimRole.Share && !claims.Exists(c => c.Span.Start > gap.Span.Start && c.Span.Start < next.Span.Start && c.Quantity.Dimension == UnitDimension.PercentagePoints)
            && BaseAfter().IsMatch(between))
        {
            return new RateComparison(rate, next);
        }

        // "… stood at 64.9%, down 0.2 percentage point from 65.1% at the beginning of the year": the earlier rate follows
        // "from", the rate it moved to is the figure right before the gap, in a clause that has not moved on ("…, while
        // M2 growth picked up by 0.4 percentage point from 7.9%" is not of the rate before it).
        return next.Role is ClaimRole.Change or ClaimRole.Level && next.Role == rate.Role && FromRate().IsMatch(between) && rateLeadsToGap
            ? new RateComparison(rate, next)
            : null;
    }

    /// <summary>The one growth rate the sentence right before states, of the paragraph's figures before it; null when it states none or more.</summary>
    private static Claim? RateOfSentenceBefore(Sentence sentence, IReadOnlyList<BoundClaim> before) =>
        before.Where(b => b.Claim.SentenceIndex == sentence.Index - 1 && b.Claim is { Role: ClaimRole.Change, Quantity.Dimension: UnitDimension.Percent })
            .Take(2).ToList() is [var only] ? only.Claim : null;

    // A subject that only points back at the growth the sentence before stated, with its verb, right before the gap:
    // "That was", "That growth was", "It grew", "The fall narrowed by", "Growth picked up by", "…, though it was".
    [GeneratedRegex(@"(?:^|[:;,]\s*)(?:(?:so|and|but|though)\s+)?(?:(?:that|this|its|the)\s+(?:growth|increase|rise|decline|fall|drop)(?:\s+rate)?|that|this|it|growth)\s+(?:is|was|grew|rose|fell|declined|narrowed|widened|picked\s+up|slowed)\s+(?:by\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PointsBackToRate();

    // The subject of a gap that names the growth, with its verb, right before the gap: "…, and its growth was", "Their
    // increase was", "The growth rate was".
    [GeneratedRegex(@"(?:^|[:;,]\s*)(?:(?:so|and|but|though|while)\s+)?(?:(?:that|this|its|their|the)\s+)?(?:growth|increase|rise)(?:\s+rate)?\s+(?:is|was|has\s+been)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GrowthNamedBefore();

    // The last clause after an amount when its verb of change has the amount as subject: none ("9.6 million tonnes
    // fell"), the amount's own clause going on ("and grew", "and was down"), or a pronoun for it ("and it fell", "which
    // fell", "and that part fell"). Any other word would be another subject, whose rate is not the amount's.
    [GeneratedRegex(@"^[\s,]*(?:and\s+)?(?:(?:it|they|which|that\s+part|this\s+part)\s+)?(?:(?:was|were)\s+(?:up|down)|rose|fell|grew|increased|decreased|declined|dropped)\s+(?:by\s+)?" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChangeVerbOfTheLevel();

    // "in the first quarter, up 7.8%", "in the production and supply of electricity, heat, gas and water, up 3.3%": the
    // words after an amount that may stand before the comma that opens its growth.
    private const int MaxWordsBeforeGrowth = 80;

    /// <summary>The words of the sentence between two of its figures.</summary>
    internal static ReadOnlySpan<char> Between(Sentence sentence, Claim first, Claim second) =>
        sentence.Text.AsSpan()[(first.Span.End - sentence.Start)..(second.Span.Start - sentence.Start)];

    /// <summary>"706,000 enterprises …, an increase of 61,000, or 9.5%": the level of the change's unit before it, and
    /// the growth rate or the earlier level ("when it was 1,666 hours") stated with it.</summary>
    private static LevelChange? ChangeOf(Sentence sentence, List<BoundClaim> bound, Claim change)
    {
        if (Remainder.IsLeft(sentence, change))
        {
            return null;
        }

        var claims = bound.Select(b => b.Claim).ToList();
        // An amount said to be a change ("32.2 billion US dollars or 1% higher than a month earlier") is none of the levels.
        // "fell to 201 from 379, 178 fewer": the figure after "from" is the level the change started at, not its result.
        var levels = claims.Where(c => c.Span.Start < change.Span.Start && c.IsAmount && c.Quantity.Unit == change.Quantity.Unit
            && ChangeSaidAfter(sentence, c) is null && !AverageOfOtherYears().IsMatch(sentence.Text.AsSpan(0, c.Span.Start - sentence.Start))
            && !IsMeasuredFromByAnotherChange(sentence, claims, c, change)).ToList();
        var startedAt = levels.Count >= 2 && FromRightAfter().IsMatch(Between(sentence, levels[^2], levels[^1])) ? levels[^1] : null;
        var level = (startedAt is null ? levels.LastOrDefault() : levels[^2])
            ?? RaisedTo(sentence, claims, change);
        // "121 people died and 36 are still missing, together 47 fewer than the 204 of 2023": a change said of the
        // figures before taken together is the change of their sum, which no figure states.
        if (level is null || (level.Span.End <= change.Span.Start && Between(sentence, level, change).IndexOfAny(NamedItemsTotal.TogetherWords) >= 0))
        {
            return null;
        }

        var changeEnd = change.Span.Start + change.Span.Length - sentence.Start;
        var earlier = claims.FirstOrDefault(c => c.Span.Start > change.Span.Start && c.IsAmount && c.Quantity.Unit == change.Quantity.Unit
            && EarlierLevelBefore().IsMatch(sentence.Text.AsSpan()[changeEnd..(c.Span.Start - sentence.Start)]));

        // The growth stated with them, before the sentence moves on to another level. The earlier level the change is
        // measured from is not another level: "58 accidents, 9 fewer than the 67 of a year earlier, a decline of 13.4%"
        // gives the decline after it, opened by its own cue.
        var nextLevel = claims.FirstOrDefault(c => c.Span.Start > Math.Max(change.Span.Start, level.Span.Start) && c.IsAmount && c != earlier)?.Span.Start ?? int.MaxValue;
        var growth = claims
            .Where(c => c.Span.Start > Math.Min(level.Span.Start, change.Span.Start) && c.Span.Start < nextLevel && c.Role == ClaimRole.Change && c.Quantity.Dimension == UnitDimension.Percent
                && (earlier is null || c.Span.Start < earlier.Span.Start || OpensItsOwnClause(Between(sentence, earlier, c))))
            .MinBy(c => Math.Abs(c.Span.Start - change.Span.Start))
            ?? ChangePutAsRate(sentence, claims, change)
            ?? RateTheLevelMovedBy(sentence, claims, level);

        var previous = earlier ?? startedAt;
        return growth is null && previous is null ? null : new LevelChange(level, growth, previous);
    }

    /// <summary>
    /// "562 stations, 22 more than the 540 at the end of last year, and 76 more than a year earlier": the level another
    /// change of the sentence is measured from is the level of that change's time, not the one a later change moved.
    /// </summary>
    private static bool IsMeasuredFromByAnotherChange(Sentence sentence, List<Claim> claims, Claim level, Claim change) =>
        claims.LastOrDefault(c => c.Span.End <= level.Span.Start) is { Role: ClaimRole.AbsoluteChange } before && before != change
        && IsChangeMeasuredFrom(sentence, before, level);

    /// <summary>
    /// Whether <paramref name="before"/>, the figure said right before <paramref name="level"/> in its sentence, is a
    /// change measured from it ("up 3.1% from 397.8 billion cubic meters at the start of the year", "235 more than in
    /// 2020, when there were 3,406"), which makes the level one of an earlier time.
    /// </summary>
    internal static bool IsChangeMeasuredFrom(Sentence sentence, Claim? before, Claim level) =>
        (before is { Role: ClaimRole.Change, Quantity.Dimension: UnitDimension.Percent }
            || (before is { Role: ClaimRole.AbsoluteChange } && before.Quantity.Unit == level.Quantity.Unit))
        && EarlierLevelBefore().IsMatch(Between(sentence, before, level));

    /// <summary>
    /// Whether the words from an earlier level to a rate end in a clause of their own that gives the rate as a change
    /// (", a decline of", ", up"), after the earlier level's time ("of a year earlier") and nothing else.
    /// </summary>
    private static bool OpensItsOwnClause(ReadOnlySpan<char> between) =>
        between.LastIndexOf(',') is var comma and >= 0 && !ClauseMovesOn().IsMatch(between) && ClaimBinder.GrowthAfterLevel().IsMatch(between[comma..]);

    // From a change to the level it brought its measure to: "by 30 yuan, or 4.5%, to", "by 30 yuan to".
    [GeneratedRegex(@"^\s*(?:,\s*or\s+[\d.]+%\s*,)?\s*to\s+" + SpokenHedge.Optional + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ToTheLevel();

    // The number, its scale, then the direction before the noun: "720,000 more drones", "3,966 fewer cases".
    [GeneratedRegex(@"^[\d.,]+(?:\s+(?:thousand|million|billion|trillion))?\s+(?<direction>more|fewer|less)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MoreOrFewerInside();

    // The direction right after the amount and its noun, or after the change put as a rate too: "2.69 GB more", "32.2
    // billion US dollars or 1% higher than"; not "more-efficient", "more than half" or "more active than" (an adjective
    // compares what the things are, not how many; "less profit than" is a change).
    [GeneratedRegex(@"\G(?:\s*,?\s*or\s+[\d.]+%\s*,?)?\s+(?<direction>more|fewer|less|higher|lower)\b(?!-|\s+than\s+(?:half|a\s+third|a\s+quarter|ever)\b|\s+[a-z]+(?:ive|ous|ful|able|ible|ly)\s+than\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MoreOrFewerAfter();

    // "a month on average", "each on average", "on average"; or "a month" where the clause ends or a period follows.
    [GeneratedRegex(@"\G(?:\s+[\p{L}-]+){0,2}?\s+(?:(?:(?:a|per|each)\s+(?:day|week|month|quarter|year)\s+|each\s+)?(?<average>on\s+average)\b|(?:a|per)\s+(?:day|week|month|quarter|year)\s*(?:$|[,;.]|(?=\s+(?:over|in|during|for)\s)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AveragedAfter();

    // "a trip", "per visitor", "each tourist": the mean is per something other than a stretch of time.
    [GeneratedRegex(@"\G\s+(?:a|an|per|each)\s+(?!(?:day|week|month|quarter|year|half|session|period)s?\b)\p{L}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PerCountedThing();

    [GeneratedRegex(@"\d[\d.,]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Digits();

    // ", or about", ", nearly": the amount stands right after the list's comma, with at most "or" and a hedge.
    [GeneratedRegex(@",\s*(?:or\s+)?" + SpokenHedge.Optional + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RightAfterTheList();

    // From the gap to a rate stated as its base: "faster than in May, when it grew", "lower than the peak of",
    // "faster than overall recruitment demand, which rose", "slower than the".
    [GeneratedRegex(@"^\s*(?:higher|lower|faster|slower|above|below|more|less|smaller|larger|greater|bigger|steeper|sharper|deeper|narrower|wider)\s+(?:than\s+)?[^,;]*?(?:,\s*(?:when|which|where)\b[^,;]*?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BaseAfter();

    // "…, a difference of", "…, a pickup of", "…, an improvement of", "…, a gain of", "…, a cut of", "…, a reduction of", "…, accelerating by": the two rates
    // before are compared.
    [GeneratedRegex(@"[,;]\s*(?:(?:an?|the)\s+(?:difference|gap|pickup|pick-up|swing|improvement|acceleration|slowdown|gain|rise|increase|decline|drop|fall|cut|reduction|narrowing|widening)\s+of|(?:accelerating|decelerating|slowing|quickening|picking\s+up)\s+by)\s+(?:(?:more\s+than|nearly|about|over|almost|some|just)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DifferenceOf();

    // From a gap to the rate it moved from: "from", "from a decline of".
    // Also "from last year's", "from the first quarter's": up to three words that say whose or when.
    [GeneratedRegex(@"^\s*,?\s*from\s+(?:an?\s+(?:decline|drop|fall|rise|increase|growth)\s+of\s+|(?:[\p{L}'’-]+\s+){0,3})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FromRate();

    // From the earlier rate to the later: "in the first quarter to".
    [GeneratedRegex(@"^[^,;]{0,60}?\bto\s+(?:an?\s+(?:decline|drop|fall|rise|increase|growth)\s+of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ToRate();

    [GeneratedRegex(@"^\s*to\s+" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RightTo();

    [GeneratedRegex(@"[;]|\b(?:while|whereas|but|and)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClauseMovesOn();

    [GeneratedRegex(@"^\s*(?:higher|lower|faster|slower|smaller|larger|greater|bigger)\s*(?:[.,;]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Elliptical();

    [GeneratedRegex(@"\G\s*(?:higher|lower|faster|slower|above|below|more|less)\s+(?:than\s+)?(?:that\s+of\s+|those\s+of\s+|the\s+growth\s+of\s+)?(?<phrase>[^,;.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThanPhrase();

    [GeneratedRegex(@"^\s*(?:in\s+|at\s+|of\s+)?" + Roles.AYearEarlier + @"(?:\s+(?:of\s+)?(?:last\s+year|(?:19|20)\d\d))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimeAlone();

    [GeneratedRegex(@"\b(?:as\s+a\s+whole|overall|all|total|whole)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whole();

    // Between a level and the one it moved from: "to 201 from", "201, down from", "201, up from about".
    [GeneratedRegex(@"^\s*,?\s*(?:(?:down|up)\s+)?from\s+" + SpokenHedge.Optional + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FromRightAfter();

    // "That average was", "The five-year average stood at", "the average of the last five years was": a mean of other
    // years, which a change of this year is measured from, not the level it led to.
    [GeneratedRegex(@"\b(?:that|the|this)\s+(?:[\p{L}\d]+-year\s+)?average(?:\s+of\s+[^,;]*?)?\s+(?:was|were|is|stood\s+at|came\s+to)\s+" + SpokenHedge.Optional + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AverageOfOtherYears();

    // From a change to the level it is measured from: "fewer than in the same period last year, when it was",
    // "more than at the end of March, when there were", "more than in May, when the figure was", "fewer than a year
    // earlier, when" (the level is the subject: "when 4.22 million were waiting"), "more than last year's", "more than
    // the"; or the level it moved from, in the change's own clause: "a decrease of 1.39 million from the", "a net
    // increase of 299,000 from", "an increase of 23.77 million from the end of last year, when it was".
    [GeneratedRegex(@"(?:\bthan\b(?:[^;]*?(?:\bwhen\s+" + LevelSubjectAndVerb + @"|['’]s)|\s+the)|^(?:(?!\b(?:and|while|whereas|but)\b)[^,;])*?\bfrom\s+(?:the\s+)?|\bfrom\b[^;]*?,\s*when\s+" + LevelSubjectAndVerb + @")\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EarlierLevelBefore();

    // "it was", "there were", "the figure stood at", or nothing when the level is the subject: "when 4.22 million were waiting".
    private const string LevelSubjectAndVerb = @"(?:(?:it|there|they|this|that|the\s+(?:figure|number|total|count))\s+(?:was|were|stood\s+at|had|reached))?";
}
