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
/// the gap, of its period, with all those words (those of the gap's sentence and the one before, else any) are one
/// figure. A side whose words fit none, or two different figures, leaves the gap without rates. A subject that only
/// points back ("That growth is …", "They grew …") is the one rate the sentence right before states, and no other ("Its
/// spending grew …" names a figure not said there). The rates may be of any turn before the gap: an answer compares
/// figures that the opening statement gave ("Ferry trips grew 2.1 percentage points faster than bus trips" answers a
/// question on rates read out at the start), and two different figures said with the words still leave the gap without
/// rates. A gap whose rate its sentence states ("…, up 9.2%, 3.2 percentage points faster than kite rentals at the
/// seaside") is measured against the rate the words after "than" name when the sentence's own reading (<see
/// cref="SentenceLinks"/>) found none; and a base named as a whole ("kite sales as a whole", "all kite sales") is the
/// first rate said with its words, as a briefing gives the whole before its parts. A gap that names no base ("Receipts
/// grew 1 percentage point faster.") is between the two growth rates the sentence right before states, when its subject
/// names one of them.
/// </summary>
internal static partial class NamedRates
{
    /// <summary>A gap of the sentence that names both its rates (<see cref="Said"/>), found while the sentence is read.</summary>
    /// <param name="Gap">The gap's index among the document's claims.</param>
    /// <param name="Rate">The words that name the rate the gap is of ("Exports"); empty when the sentence states it.</param>
    /// <param name="Base">The words that name the rate it is measured against ("imports").</param>
    public sealed record NamedGap(int Gap, string Rate, string Base)
    {
        /// <summary>The index of the rate the sentence states right before the gap ("… grew 9.1%, 4.2 percentage points faster than …"), if it does.</summary>
        public int? StatedRate { get; init; }

        /// <summary>
        /// Whether the subject only points back ("That growth is …", "They grew …"): the rate is the one growth rate of
        /// the sentence right before.
        /// </summary>
        public bool RateOfSentenceBefore { get; init; }

        /// <summary>
        /// Whether the gap names no base ("Receipts grew 1 percentage point faster."): it is between the two growth rates
        /// the sentence right before states, its subject naming one of them.
        /// </summary>
        public bool PairOfSentenceBefore { get; init; }

        /// <summary>
        /// Whether the gap is between the growth of two periods, said with neither rate ("Growth in the third quarter was
        /// 1.5 percentage points faster than in the second.", "The second quarter was 8.1 percentage points faster."): it
        /// is between the rates of those periods said last before it (<see cref="RatesOfTwoPeriods"/>).
        /// </summary>
        public bool BetweenPeriods { get; init; }

        /// <summary>
        /// Whether the base is the nation's ("…, up 5.8%, 8.1 percentage points above the national rate") and the rate
        /// stated before the gap was tied to no measure, so the nation's rate of the rate's measure cannot be asked for:
        /// it is the briefing's headline rate of what the rate's amount counts (<see cref="HeadlineRate"/>).
        /// </summary>
        public bool AgainstTheNation { get; init; }
    }

    /// <summary>
    /// The gaps of a sentence that names after "than" what something grew faster or slower than, and either opens with
    /// the thing that grew, with no figure before the gap, or states its growth rate before the gap in the same clause
    /// ("Kite rentals came to 0.8 billion yuan, up 4.0%, 5.2 percentage points slower than kite sales") where the
    /// sentence's own words gave the gap no base (<see cref="BoundClaim.Comparison"/> is null);
    /// <paramref name="first"/> is the index of the sentence's first claim.
    /// </summary>
    public static IEnumerable<NamedGap> Said(Sentence sentence, SentenceAnalysis analysis, IReadOnlyList<BoundClaim> bound, int first)
    {
        for (var i = 0; i < bound.Count; i++)
        {
            var gap = bound[i].Claim;
            if (gap.Role is not (ClaimRole.PointChange or ClaimRole.RateGap) || bound[i].Comparison is not null)
            {
                continue;
            }

            var before = sentence.Text[..(gap.Span.Start - sentence.Start)];

            // "Growth in the third quarter was 1.5 percentage points faster than in the second.", "The second quarter was
            // 8.1 percentage points faster.": a change of the growth rate from one period to another, with no rate before
            // it in its sentence, compares the rates said of those periods before it.
            if (gap.Role == ClaimRole.PointChange && !RateBefore(bound, i)
                && (bound[i].ComparedTo is not null || (OnlyAPeriodAfter().IsMatch(sentence.Text, gap.Span.End - sentence.Start)
                    && analysis.Mentions.Any(m => m.Kind == MentionKind.Period && !m.Comparison))))
            {
                yield return new NamedGap(first + i, before, string.Empty) { BetweenPeriods = true };
                continue;
            }

            // "Periodicals printed 1.96 billion copies, down 3.6%, and newspapers 25.70 billion copies, down 5.2%.
            // Newspaper copies fell 1.6 percentage points faster.": with no base named, faster than the other thing
            // just said.
            if (ThanAfter().Match(sentence.Text, gap.Span.End - sentence.Start) is not { Success: true } than)
            {
                if (i == 0 && NoBaseAfter().IsMatch(sentence.Text, gap.Span.End - sentence.Start) && SubjectBefore().Match(before) is { Success: true } named)
                {
                    yield return new NamedGap(first + i, named.Groups["name"].Value, string.Empty) { PairOfSentenceBefore = true };
                }

                continue;
            }

            var stated = i - 1;
            while (stated >= 0 && bound[stated].Claim.Quantity.Dimension != UnitDimension.Percent)
            {
                stated--;
            }

            if (TheNation().IsMatch(than.Groups["name"].ValueSpan))
            {
                // The checker reads a gap tied to a measure against the nation's rate of that measure; one tied to none
                // is read against the headline, when the words name the nation alone ("than rail nationwide" names rail).
                if (!bound[i].IsBound && TheNationAlone().IsMatch(than.Groups["name"].ValueSpan) && stated >= 0 && bound[stated].Claim is { Role: ClaimRole.Change } ofTheNation
                    && !OtherSubjectBetween().IsMatch(before.AsSpan((ofTheNation.Span.End - sentence.Start)..)))
                {
                    yield return new NamedGap(first + i, string.Empty, string.Empty) { StatedRate = first + stated, AgainstTheNation = true };
                }

                continue;
            }

            if (!bound.Any(b => b.Claim.Span.Start < gap.Span.Start))
            {
                if (SubjectBefore().Match(before) is { Success: true } subject)
                {
                    yield return new NamedGap(first + i, subject.Groups["name"].Value, than.Groups["name"].Value);
                }
                else if (PointsBack().IsMatch(before))
                {
                    yield return new NamedGap(first + i, string.Empty, than.Groups["name"].Value) { RateOfSentenceBefore = true };
                }
            }
            else if (stated >= 0 && bound[stated].Claim is { Role: ClaimRole.Change } rate && !OtherSubjectBetween().IsMatch(before.AsSpan((rate.Span.End - sentence.Start)..)))
            {
                yield return new NamedGap(first + i, string.Empty, than.Groups["name"].Value) { StatedRate = first + stated };
            }
        }
    }

    /// <summary>The claims with each named gap given the two rates its words name, when both name one.</summary>
    public static ImmutableArray<BoundClaim> Link(ImmutableArray<BoundClaim> claims, IReadOnlyList<NamedGap> gaps, Echoes.ClauseWords words, IReadOnlyList<int> turns)
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

            if (named.BetweenPeriods)
            {
                if (RatesOfTwoPeriods(named, claims, words, turns) is var (ofItsPeriod, ofTheOther))
                {
                    result[named.Gap] = gap with { Comparison = new RateComparison(ofItsPeriod, ofTheOther) };
                }

                continue;
            }

            if (named.AgainstTheNation)
            {
                if (HeadlineRate(named, claims, words, turns) is { } headline)
                {
                    result[named.Gap] = gap with { Comparison = new RateComparison(claims[named.StatedRate!.Value].Claim, headline) };
                }

                continue;
            }

            if (named.PairOfSentenceBefore)
            {
                if (PairOfSentenceBefore(named, claims, words) is var (pairRate, pairBase))
                {
                    result[named.Gap] = gap with { Comparison = new RateComparison(pairRate, pairBase) };
                }

                continue;
            }

            var rate = named.StatedRate is { } stated ? claims[stated].Claim
                : named.RateOfSentenceBefore ? TheRateOfSentenceBefore(named, claims)
                : RateNamed(named.Rate, named, claims, words);
            // Beside a stated rate one word names too little, as SentenceLinks holds for such a base ("…, up 9.4%, 8.2
            // percentage points faster than cargo"): the one rate said with it may be a part ("island cargo"), not the whole.
            var baseRate = WholeNamed().Match(named.Base) is { Success: true } whole
                ? FirstRateNamed(whole.Groups["name"].Value, named, claims, words, rate)
                : (named.StatedRate is null && !named.RateOfSentenceBefore) || Echoes.Content(named.Base).Count > 1 ? RateNamed(named.Base, named, claims, words)
                : null;
            if (rate is not null && baseRate is not null && rate != baseRate)
            {
                result[named.Gap] = gap with { Comparison = new RateComparison(rate, baseRate) };
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The rates a change between two periods is of: in the speaker's turn, the last sentence before the gap that states a
    /// growth rate of the gap's period or of the period it is compared with must state one of each ("Ticket sales were
    /// 12.34 billion yuan in the first quarter, up 2.8%, and 16.38 billion in the second, up 9.1%." for "Growth in the
    /// second quarter was 6.3 percentage points faster than in the first."); a gap that names no period after "than"
    /// ("The second quarter was 8.1 percentage points faster.") compares the two rates of such a sentence that states
    /// just two. Null when the sentence states more rates of a period, rates of two different measures, or the words
    /// before the gap name what those rates were not said with ("Profit growth in the second quarter was …").
    /// </summary>
    private static (Claim Rate, Claim Base)? RatesOfTwoPeriods(NamedGap named, ImmutableArray<BoundClaim> claims, Echoes.ClauseWords words, IReadOnlyList<int> turns)
    {
        var gap = claims[named.Gap];
        var (own, compared) = (gap.Period!.Id, gap.ComparedTo?.Id);
        if (own == compared)
        {
            return null;
        }

        var last = named.Gap - 1;
        while (last >= 0 && turns[last] == turns[named.Gap] && !(IsGrowthRateOf(claims[last], own) || (compared is not null && IsGrowthRateOf(claims[last], compared))))
        {
            last--;
        }

        if (last < 0 || turns[last] != turns[named.Gap])
        {
            return null;
        }

        var rates = new List<int>();
        for (var i = last; i >= 0 && claims[i].Claim.SentenceIndex == claims[last].Claim.SentenceIndex; i--)
        {
            if (claims[i].Claim is { Role: ClaimRole.Change, Quantity.Dimension: UnitDimension.Percent } && claims[i].Period is not null)
            {
                rates.Add(i);
            }
        }

        var ofItsPeriod = rates.FindAll(i => claims[i].Period!.Id == own);
        var ofTheOther = compared is null ? rates.FindAll(i => claims[i].Period!.Id != own) : rates.FindAll(i => claims[i].Period!.Id == compared);
        if (ofItsPeriod is not [var rate] || ofTheOther is not [var against] || (compared is null && rates.Count != 2)
            || new[] { gap.Measure, claims[rate].Measure, claims[against].Measure }.OfType<Term>().Select(m => m.Id).Distinct().Count() > 1
            || !Echoes.Content(named.Rate).IsSubsetOf(WordsOf(rate, claims, words).Union(WordsOf(against, claims, words))))
        {
            return null;
        }

        return (claims[rate].Claim, claims[against].Claim);
    }

    /// <summary>
    /// "Sichuan grew 5.8%, 8.1 percentage points above the national rate", its figures tied to no measure: the national
    /// rate is the first growth rate the briefing gave for the nation, of the gap's period, for an amount in the unit of
    /// the one the rate is said with (a briefing gives the whole before its parts), when that rate is tied to a measure
    /// one of whose words the speaker's turn says up to the gap ("procured" for "government procurement"). Null
    /// otherwise: a briefing on refined copper and aluminium whose first rate in tonnes is copper's says neither
    /// "copper" nor "refined" in an answer on aluminium.
    /// </summary>
    private static Claim? HeadlineRate(NamedGap named, ImmutableArray<BoundClaim> claims, Echoes.ClauseWords words, IReadOnlyList<int> turns)
    {
        var stated = named.StatedRate!.Value;
        var period = claims[named.Gap].Period!.Id;
        // The amount the rate is said with: the last before it, in its sentence or the one before ("… and Sichuan with
        // 166.9 billion yuan. Sichuan grew 5.8%, …").
        var amount = stated - 1;
        while (amount >= 0 && claims[amount].Claim.SentenceIndex >= claims[stated].Claim.SentenceIndex - 1 && !claims[amount].Claim.IsAmount)
        {
            amount--;
        }

        if (amount < 0 || claims[amount].Claim.SentenceIndex < claims[stated].Claim.SentenceIndex - 1)
        {
            return null;
        }

        var unit = claims[amount].Claim.Quantity.Unit;
        for (var i = 1; i < named.Gap; i++)
        {
            if (!IsGrowthRateOf(claims[i], period) || !claims[i].Entity.IsNational || claims[i - 1].Growth != claims[i].Claim || claims[i - 1].Claim.Quantity.Unit != unit)
            {
                continue;
            }

            if (i == stated || claims[i].Measure is not { } measure)
            {
                return null;
            }

            var said = new HashSet<string>(StringComparer.Ordinal);
            for (var j = named.Gap; j >= 0 && turns[j] == turns[named.Gap]; j--)
            {
                said.UnionWith(WordsOf(j, claims, words));
            }

            return Echoes.Content(measure.Name).Any(word => said.Any(w => w == word || WordForms.AreOneWord(w, word))) ? claims[i].Claim : null;
        }

        return null;
    }

    /// <summary>Whether a percent figure comes before the claim at <paramref name="index"/> in its sentence.</summary>
    private static bool RateBefore(IReadOnlyList<BoundClaim> bound, int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (bound[i].Claim.Quantity.Dimension == UnitDimension.Percent)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one growth rate of the gap's period that the sentence right before the gap's states; null when it states none or more.</summary>
    private static Claim? TheRateOfSentenceBefore(NamedGap named, ImmutableArray<BoundClaim> claims) =>
        RatesOfSentenceBefore(named, claims) is [var only] ? claims[only].Claim : null;

    /// <summary>
    /// The two growth rates of the gap's period that the sentence right before the gap's states, the one its subject
    /// names by more of its words first (the first said when both by as many: the gap is their difference either way);
    /// null when that sentence states another number of them, or the subject names neither by any word.
    /// </summary>
    private static (Claim Rate, Claim Base)? PairOfSentenceBefore(NamedGap named, ImmutableArray<BoundClaim> claims, Echoes.ClauseWords words)
    {
        if (RatesOfSentenceBefore(named, claims) is not [var later, var earlier])
        {
            return null;
        }

        var subject = Echoes.Content(named.Rate);
        var (laterShared, earlierShared) = (subject.Count(WordsOf(later, claims, words).Contains), subject.Count(WordsOf(earlier, claims, words).Contains));
        return laterShared + earlierShared == 0 ? null
            : laterShared > earlierShared ? (claims[later].Claim, claims[earlier].Claim)
            : (claims[earlier].Claim, claims[later].Claim);
    }

    /// <summary>The indexes of the growth rates of the gap's period that the sentence right before the gap's states, the last first, up to three.</summary>
    private static List<int> RatesOfSentenceBefore(NamedGap named, ImmutableArray<BoundClaim> claims)
    {
        var gap = claims[named.Gap];
        var found = new List<int>(3);
        for (var i = named.Gap - 1; i >= 0 && claims[i].Claim.SentenceIndex >= gap.Claim.SentenceIndex - 1 && found.Count < 3; i--)
        {
            if (claims[i].Claim.SentenceIndex == gap.Claim.SentenceIndex - 1 && IsGrowthRateOf(claims[i], gap.Period!.Id))
            {
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>
    /// The growth rate said before the gap, of its period, said with all the words of <paramref name="name"/>; null when
    /// none is, or figures that differ are. The rates of the gap's sentence and the one before are asked first: "Exports
    /// of services … up 15%, and imports … up 2.9%. Exports grew 12.1 percentage points faster than imports" speaks of
    /// those, not of the "total imports and exports of services, up 8%" a paragraph earlier, whose words hold "exports" too.
    /// </summary>
    private static Claim? RateNamed(string name, NamedGap named, ImmutableArray<BoundClaim> claims, Echoes.ClauseWords words)
    {
        var said = Echoes.Content(name);
        return said.Count == 0 ? null
            : RateNamedSince(claims[named.Gap].Claim.SentenceIndex - 1, said, named, claims, words) ?? RateNamedSince(0, said, named, claims, words);
    }

    private static Claim? RateNamedSince(int firstSentence, HashSet<string> said, NamedGap named, ImmutableArray<BoundClaim> claims, Echoes.ClauseWords words)
    {
        var period = claims[named.Gap].Period!.Id;
        Claim? found = null;
        for (var i = 0; i < named.Gap; i++)
        {
            var rate = claims[i].Claim;
            if (rate.SentenceIndex < firstSentence || !IsGrowthRateOf(claims[i], period) || !said.IsSubsetOf(WordsOf(i, claims, words)))
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
    /// "… faster than kite sales as a whole", "… than all kite sales": the whole is named by the words its parts share,
    /// and a briefing gives the whole before its parts, so it is the first growth rate said before the gap, of its
    /// period, with all those words, other than <paramref name="rate"/> itself; null when none is.
    /// </summary>
    private static Claim? FirstRateNamed(string name, NamedGap named, ImmutableArray<BoundClaim> claims, Echoes.ClauseWords words, Claim? rate)
    {
        var said = Echoes.Content(name);
        if (said.Count == 0 || rate is null)
        {
            return null;
        }

        var period = claims[named.Gap].Period!.Id;
        for (var i = 0; i < named.Gap; i++)
        {
            if (IsGrowthRateOf(claims[i], period) && claims[i].Claim != rate && said.IsSubsetOf(WordsOf(i, claims, words)))
            {
                return claims[i].Claim;
            }
        }

        return null;
    }

    private static bool IsGrowthRateOf(BoundClaim claim, string period) =>
        claim.Claim.Role == ClaimRole.Change && claim.Claim.Quantity.Dimension == UnitDimension.Percent && claim.Period?.Id == period;

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

    /// <summary>A verb that says a figure grew or fell ("grew", "fell", "climbed"), in the past tense a briefing reports in.</summary>
    internal const string GrowthVerb = "(?:grew|rose|increased|expanded|climbed|fell|dropped|declined|decreased|shrank)";

    /// <summary>The verbs of <see cref="GrowthVerb"/>, one by one, for tests of how a text ends before its pattern is run.</summary>
    internal static readonly string[] GrowthVerbs = GrowthVerb[3..^1].Split('|');

    // The subject of the clause and the verb of its growth, right before the gap: "Exports grew", "So the primary
    // industry grew", "Registrations in the west grew". Not a pronoun, nor a name after one ("its spending").
    [GeneratedRegex(@"(?:^|[:;,]\s*)(?!(?:it|its|they|their|this|these|those|that)\b)(?<name>[^:;,]+?)\s+" + GrowthVerb + @"\s+(?:by\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectBefore();

    // A subject that only points back at the growth just said, right before the gap: "That growth is", "Its growth
    // was", "They grew", "So it rose".
    [GeneratedRegex(@"(?:^|[:;,]\s*)(?:so\s+|and\s+)?(?:(?:it|they)\s+" + GrowthVerb + @"\s+(?:by\s+)?|(?:that|this|its|their)\s+(?:growth|increase|rise)(?:\s+rate)?\s+(?:is|was|were)\s+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PointsBack();

    // What the gap compares with, up to where the clause goes on: "faster than imports", "slower than that of doctors",
    // "faster than software products and contributed …", "faster than in the east, as …", "better than the total",
    // "a fall 1.2 percentage points steeper than …", "ahead of imports"; "as a whole" is still the name's.
    [GeneratedRegex(@"\G\s*(?:(?:faster|slower|more|less|higher|lower|better|worse|smaller|larger|bigger|greater|deeper|steeper|sharper)\s+than|above|below|ahead\s+of|behind)\s+(?<name>.+?)\s*(?:$|[,;.:]|\s(?:and|as(?!\s+a\s+whole\b)|because|so|but|while|since)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThanAfter();

    // Right after a gap that names no base: "faster.", "faster, and …", "slower;" (not "faster than", nor "faster in June").
    [GeneratedRegex(@"\G\s*(?:faster|slower|higher|lower)\s*(?:[.;]|,\s*(?:and|while|but)\b|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoBaseAfter();

    // Right after a change between periods that names no period compared with: "faster.", "slower in the second
    // quarter.", "faster in June;".
    [GeneratedRegex(@"\G\s*(?:faster|slower|higher|lower)(?:\s+(?:in|during|for)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*(?:[.;]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OnlyAPeriodAfter();

    // "kite sales as a whole", "kite sales overall", "all kite sales", "total kite sales", "that of kite sales as a whole":
    // the whole that the words name, not one part said with them.
    [GeneratedRegex(@"^(?:(?:that|those)\s+of\s+)?(?:the\s+)?(?:all|total)\s+(?<name>.+)$|^(?<name>.+?)\s+(?:as\s+a\s+whole|overall|in\s+total|combined)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WholeNamed();

    // "the national average", "nationwide", "the country as a whole": the nation's rate of what the gap is of, which no
    // words of the phrase name (the checker reads a bound gap against the nation's rate of its own measure).
    [GeneratedRegex(@"\b(?:national|nationwide|country|countrywide)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TheNation();

    // "the national rate", "the national average", "the national pace", "the national one", "nationwide", "the country as
    // a whole": the nation and no word of what grew.
    [GeneratedRegex(@"^(?:the\s+)?(?:national\s+(?:rate|average|pace|figure|one|growth|decline|increase|change|level|total)|(?:country|nation)(?:\s+as\s+a\s+whole)?|nationwide)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TheNationAlone();

    // From the rate to its gap, a clause that has gone on to another subject: "up 4.0%, while rentals grew …". Unlike
    // a rate moving "from" another (SentenceLinks), "and" goes on with the same subject here: "up 9.1%, about 3,100
    // more, and 8.2 percentage points faster than …".
    [GeneratedRegex(@"[;:]|\b(?:while|whereas|but|when)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherSubjectBetween();
}
