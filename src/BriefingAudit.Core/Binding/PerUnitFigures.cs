using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// Figures "per" a counted thing ("about 2,000 yuan per person", "Spending per trip was about 959 yuan", "5.64 tonnes
/// per hectare", "about 15,000 yuan a worker", "about 6,000 yuan each"), and amounts "a day" over a number of days the
/// sentence gives ("Spread over the 181 days of the half, that is about 2.98 million tonnes a day"), tied to the total
/// and the count they divide (<see cref="BoundClaim.PerUnit"/>).
/// </summary>
internal static partial class PerUnitFigures
{
    /// <summary>
    /// Whether <paramref name="claim"/> is said per something ("959 yuan per trip", "about 22,500 parcels for each of
    /// them", "18 billion a day"): a quotient, which is no total of anything.
    /// </summary>
    internal static bool IsSaidPer(Sentence sentence, Claim claim) =>
        PerAfter().IsMatch(sentence.Text, claim.Span.End - sentence.Start) || ForEachOfThemAfter().IsMatch(sentence.Text, claim.Span.End - sentence.Start);

    /// <summary>
    /// Marks the figures of <paramref name="sentence"/> (the last of <paramref name="claims"/>) said per a counted
    /// thing: the total is the last figure before it in the paragraph in its unit, the count the last count of that
    /// thing, neither a listed part nor itself per something; when there is no such pair, nothing is marked. A figure
    /// "each" names no thing, so its count and total are the last ones of its own sentence; a figure "a day" is its
    /// total over the days its sentence counts. <paramref name="text"/> is the document's text, that the figures' spans are of.
    /// </summary>
    public static void Mark(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, string text)
    {
        for (var i = paragraphStart; i < claims.Count; i++)
        {
            var figure = claims[i];
            // "between 2,000 and 50,000 yuan each": the ends of a range are no average of anything.
            if (figure.Claim.SentenceIndex != sentence.Index || figure.Claim.Role is not (ClaimRole.Level or ClaimRole.Count or ClaimRole.Mean) || figure.Claim.Sign < 0
                || Divisor(sentence, figure.Claim) is not { } divisor || RangeEndBefore().IsMatch(sentence.Text.AsSpan(0, figure.Claim.Span.Start - sentence.Start)))
            {
                continue;
            }

            // "…, the fines and confiscations came to 900 million yuan more, about 21,700 yuan per case": a figure per a
            // thing is not the total its clause's subject names; it is that total per the thing, a measure of its own.
            // A price or a yield is said per a unit by its nature: "The spot price of copper averaged 77,820 yuan per
            // tonne" is the spot price of copper that "76,840 yuan in February" goes on with, not a measure of its own.
            if (divisor.Thing is { } thing && OpenMeasure.Is(figure.Measure) && !IsSaidPerUnitByNature(figure.Measure!)
                && OpenMeasure.Named(figure.Measure!.Name + " per " + thing, figure.Measure.Dimension) is { } perThing)
            {
                figure = figure with { Measure = perThing };
                claims[i] = figure;
            }

            var quotient = divisor switch
            {
                { Days: true } => OverDays(claims, paragraphStart, i, text),
                { Thing: { } counted } => Divided(claims, paragraphStart, i, counted, text),
                _ => DividedInSentence(sentence, claims, paragraphStart, i, text),
            };
            if (quotient is not null)
            {
                claims[i] = figure with { PerUnit = quotient };
            }
        }
    }

    /// <summary>The total and count of the paragraph before figure <paramref name="at"/> that it divides, if both are there.</summary>
    private static Quotient? Divided(ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int at, string thing, string text)
    {
        var earlier = UsableBefore(claims, paragraphStart, at, text);
        var count = earlier.LastOrDefault(c => c.Claim.Quantity.Dimension == UnitDimension.Count && Counts(c.Claim.Quantity.Unit, thing));
        var ofUnit = earlier.Where(c => c.Claim.Quantity.Unit == claims[at].Claim.Quantity.Unit && c != count).ToList();
        if (ofUnit.LastOrDefault() is { } last && last.Claim.SentenceIndex != claims[at].Claim.SentenceIndex
            && ofUnit.Count(c => c.Claim.SentenceIndex == last.Claim.SentenceIndex) > 1)
        {
            // "… 190 billion yuan to pay rent and 70 billion yuan to renovate homes. … In all, 17.4 million employees
            // drew on the fund to pay rent, 10,920 yuan per person": of the amounts a sentence before lists, which one
            // the figure divides is not said.
            return null;
        }

        var total = ofUnit.LastOrDefault() ?? TotalNamedAfter(claims, paragraphStart, at, text);
        count ??= total is null ? null : FirstCountOf(claims, paragraphStart, at, thing, text);
        return count is not null && total is not null ? new Quotient(total.Claim, count.Claim) : null;
    }

    /// <summary>
    /// "The fund paid 24.6 billion yuan to 4.1 million households, about 6,000 yuan each": with no thing named, the
    /// count is the last count of the figure's own sentence before it in another unit, the total the last amount of the
    /// figure's unit before it there. One the sentence does not state is the one level of its kind that the sentence
    /// right before states ("1.18 million people were paying in, 320,000 more than a year before. They paid 8.6 billion
    /// yuan, about 7,300 yuan each"; "Screens reached 92,013. They are in 14,860 cinemas, about 6.2 screens each"), as
    /// the sentence's subject points back to it; of two, which is meant is not said. A sentence that names its own
    /// subject ("The 712.5 million tonnes of capacity is … The 214 new warehouses add about 46,000 tonnes each") does not
    /// point back: the warehouses' tonnes are not the capacity of the sentence before.
    /// </summary>
    private static Quotient? DividedInSentence(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int at, string text)
    {
        var figure = claims[at].Claim;
        var usable = UsableBefore(claims, paragraphStart, at, text);
        var earlier = usable.Where(c => c.Claim.SentenceIndex == figure.SentenceIndex).ToList();
        var before = PointsBack().IsMatch(sentence.Text)
            ? usable.Where(c => c.Claim.SentenceIndex == figure.SentenceIndex - 1 && c.Claim.Role is ClaimRole.Level or ClaimRole.Count).ToList()
            : [];
        bool IsCount(BoundClaim c) => c.Claim.Quantity.Dimension == UnitDimension.Count && c.Claim.Quantity.Unit != figure.Quantity.Unit;
        bool IsTotal(BoundClaim c) => c.Claim.Quantity.Unit == figure.Quantity.Unit;
        var count = earlier.LastOrDefault(IsCount) ?? Only([.. before.Where(IsCount)]);
        var total = earlier.LastOrDefault(IsTotal) ?? Only([.. before.Where(IsTotal)]) ?? TotalNamedAfter(claims, paragraphStart, at, text);
        return count is not null && total is not null ? new Quotient(total.Claim, count.Claim) : null;
    }

    /// <summary>
    /// "Steel output reached 540 million tonnes. Spread over the 181 days of the half, that is about 2.98 million tonnes
    /// a day": the days are the count its sentence gives; the total is the amount of the figure's unit before it in its
    /// sentence or, when there is none, in the sentence before, if there is only one (of two, which is spread is not
    /// said; of a list, the figure may be the list's mean).
    /// </summary>
    private static Quotient? OverDays(ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int at, string text)
    {
        var figure = claims[at].Claim;
        var days = Enumerable.Range(paragraphStart, claims.Count - paragraphStart).Select(j => claims[j].Claim)
            .LastOrDefault(c => c != figure && c.SentenceIndex == figure.SentenceIndex && c.Role == ClaimRole.Count && c.Sign > 0
                && Counts(c.Quantity.Unit, "day") && c.Text.Contains("day", StringComparison.OrdinalIgnoreCase));
        if (days is null)
        {
            return null;
        }

        // Only days said with their number are counted: "64.2 million, 68.9 million and 60.1 million vehicles on the three
        // days" may leave the unit "days" to bare figures that count no days.
        var ofUnit = UsableBefore(claims, paragraphStart, at, text).Where(c => c.Claim.Quantity.Unit == figure.Quantity.Unit && c.Claim != days).ToList();
        var inSentence = ofUnit.Where(c => c.Claim.SentenceIndex == figure.SentenceIndex).ToList();
        var before = ofUnit.Where(c => c.Claim.SentenceIndex == figure.SentenceIndex - 1).ToList();
        var total = inSentence.Count > 0 ? Only(inSentence) : Only(before);
        return total is not null && !EndsAList(claims, paragraphStart, total.Claim, text) ? new Quotient(total.Claim, days) : null;
    }

    /// <summary>
    /// "carried 64.2 million, 68.9 million and 60.1 million vehicles, an average of 64.4 million vehicles a day": the
    /// last of figures said one after another with commas and "and" is one item of a list, not a total (the others
    /// may have been read without its unit).
    /// </summary>
    private static bool EndsAList(ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, Claim total, string text)
    {
        var at = Enumerable.Range(paragraphStart, claims.Count - paragraphStart).First(j => claims[j].Claim == total);
        return at > paragraphStart && claims[at - 1].Claim is { } before && before.SentenceIndex == total.SentenceIndex && before.Span.End <= total.Span.Start
            && ListJoint().IsMatch(text.AsSpan(before.Span.End, total.Span.Start - before.Span.End));
    }

    /// <summary>
    /// "Enterprises above designated size earned operating revenue of 4.52 trillion yuan, … There were 11,236 enterprises
    /// above designated size. On average each earned about 402 million yuan of revenue in the half": a figure per a
    /// thing that says what it is "of", where its paragraph states no total, divides the first amount of its unit in the
    /// briefing's earlier paragraphs whose measure has that word, as the briefing gives the whole before its parts.
    /// </summary>
    private static BoundClaim? TotalNamedAfter(ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int at, string text)
    {
        var figure = claims[at];
        var of = OfWhatAfter().Match(text, figure.Claim.Span.End);
        if (!of.Success || OpenMeasure.ContentWords(of.Groups["what"].Value).FirstOrDefault() is not { } what)
        {
            return null;
        }

        return UsableInEarlierParagraphs(claims, paragraphStart, at, text).FirstOrDefault(c => c.Claim.Role is ClaimRole.Level or ClaimRole.Count
            && c.Claim.Quantity.Unit == figure.Claim.Quantity.Unit && c.Measure is { } measure && OpenMeasure.ContentWords(measure.Name).Contains(what, StringComparer.Ordinal));
    }

    /// <summary>
    /// "By the end of 2024, China had 7,046 registered museums, … For the whole year that made 1.49 billion visits.
    /// Each museum received about 211,000 visits on average": all of the things, when the figure's paragraph does not
    /// count them, are the first figure of the briefing counted in them, as a briefing gives the whole before its parts;
    /// only when that figure is a count of the figure's period whose measure is named by the thing ("museums", not
    /// the "tonnes" of some output: a unit of measure, not a thing counted). A later count is never taken in its place:
    /// when the first is of no period the figure shares, which count is of all the things is not known.
    /// </summary>
    private static BoundClaim? FirstCountOf(ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int at, string thing, string text)
    {
        var first = Enumerable.Range(0, paragraphStart).Select(j => claims[j])
            .FirstOrDefault(c => c.Claim.Quantity.Dimension == UnitDimension.Count && Counts(c.Claim.Quantity.Unit, thing));
        return first is { Claim.Role: ClaimRole.Count } && NamesTheThing(first, thing) && UsableInEarlierParagraphs(claims, paragraphStart, at, text).Contains(first)
            ? first
            : null;
    }

    /// <summary>
    /// Whether a count is a count of the things themselves: its measure is named by the thing ("museums"), or, bound to
    /// no measure, its own words name them ("7.05 million runners", "176,400 service outsourcing contracts"), not a
    /// unit it took from a figure before it.
    /// </summary>
    private static bool NamesTheThing(BoundClaim count, string thing)
    {
        if (OpenMeasure.ContentWords(thing).FirstOrDefault() is not { } named)
        {
            return false;
        }

        if (count.Measure is { } measure)
        {
            return OpenMeasure.ContentWords(measure.Name).Contains(named, StringComparer.Ordinal);
        }

        var unit = count.Claim.Quantity.Unit;
        return unit is not null && count.Claim.Text.EndsWith(HeadWord(unit), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The figures of the paragraphs before figure <paramref name="at"/>'s that may be a total or a count of it, of its
    /// entity as well as its period. A figure of an answer that names no period is of the briefing's reporting period,
    /// which it is given only once the whole transcript is read (ClaimBinder.WithReportingPeriod); until then, that
    /// is the period most figures before it name (<see cref="ClaimBinder.MostNamedPeriod"/>, as there), for the figure
    /// and for the earlier ones alike (an unbound "7.05 million runners" gets it as the figure per runner does).
    /// </summary>
    private static IEnumerable<BoundClaim> UsableInEarlierParagraphs(ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int at, string text)
    {
        var figure = claims[at];
        return UsableBefore(claims, 0, paragraphStart, figure, text, ClaimBinder.MostNamedPeriod(claims.Take(at))).Where(c => c.Entity.Id == figure.Entity.Id);
    }

    private static BoundClaim? Only(List<BoundClaim> candidates) => candidates.Count == 1 ? candidates[0] : null;

    /// <summary>
    /// The figures of the paragraph before <paramref name="at"/> that may be a total or a count: whole, positive levels
    /// or counts of its period; not a level a change started from ("245 port calls, up from 182"), nor a part of things
    /// said before ("9.87 million of them").
    /// </summary>
    private static List<BoundClaim> UsableBefore(ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int at, string text) =>
        UsableBefore(claims, paragraphStart, at, claims[at], text);

    /// <summary>
    /// The figures from <paramref name="from"/> up to <paramref name="to"/> that may be a total or a count of
    /// <paramref name="figure"/>; a figure with no period yet, the figure itself or another, is taken to be of
    /// <paramref name="periodOfNone"/> when one is given.
    /// </summary>
    private static List<BoundClaim> UsableBefore(ImmutableArray<BoundClaim>.Builder claims, int from, int to, BoundClaim figure, string text, Term? periodOfNone = null)
    {
        var period = (figure.Period ?? periodOfNone)?.Id;
        bool Usable(BoundClaim c) => c.Claim.IsAmount && c.Claim.Sign > 0 && c.PartOf is null && c.PerUnit is null
            && (c.Period ?? periodOfNone)?.Id == period && !StartingLevelBefore().IsMatch(WordsBefore(text, c.Claim)) && !PartOfThemAfter().IsMatch(text, c.Claim.Span.End);
        return [.. Enumerable.Range(from, to - from).Select(j => claims[j]).Where(Usable)];
    }

    // The few words before a figure (the whole text before it would cost a pass over the document for every figure).
    private static ReadOnlySpan<char> WordsBefore(string text, Claim claim) =>
        text.AsSpan(Math.Max(0, claim.Span.Start - WordsBeforeLength), Math.Min(claim.Span.Start, WordsBeforeLength));

    private const int WordsBeforeLength = 40;

    /// <summary>
    /// What a figure is said per, after it ("2,000 yuan per person", "15,000 yuan a worker", "6,000 yuan each", "2.98
    /// million tonnes a day") or in its subject ("Spending per trip was"); null when it is said per nothing.
    /// </summary>
    private static PerWhat? Divisor(Sentence sentence, Claim claim)
    {
        var start = claim.Span.Start - sentence.Start;
        var after = PerAfter().Match(sentence.Text, start + claim.Span.Length);
        if (after.Success)
        {
            return new(after.Groups["thing"].Success ? after.Groups["thing"].Value : null, after.Groups["day"].Success);
        }

        if (EachBefore(sentence, start) is { } each)
        {
            return each;
        }

        // The pattern before the figure reads the sentence from its start for each figure; it needs the word "per"
        // there, which most sentences do not say.
        if (!sentence.Text.AsSpan(0, start).Contains(PerWord, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var before = PerBefore().Match(sentence.Text, 0, start);
        return before.Success ? new(before.Groups["thing"].Value, Days: false) : null;
    }

    /// <summary>
    /// "On average each of them earned about 183 million yuan", "Each museum received about 211,000 visits": "each"
    /// as the subject of the figure's own clause says it per the thing it names, or, alone or "of them", per what the
    /// sentence or the one before counts; null when the clause has no such subject.
    /// </summary>
    private static PerWhat? EachBefore(Sentence sentence, int start)
    {
        if (!sentence.Text.AsSpan(0, start).Contains(EachWord, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var each = EachSubjectBefore().Match(sentence.Text, 0, start);
        return each.Success ? new(each.Groups["thing"].Success ? each.Groups["thing"].Value : null, Days: false) : null;
    }

    /// <summary>
    /// Whether an open measure's name says it is so much per a unit of something, whatever the unit (a price, a cost, a
    /// yield, a tariff): its figures per a tonne or a kilogram name no other measure.
    /// </summary>
    private static bool IsSaidPerUnitByNature(Term measure) => OpenMeasure.NameWords(measure).Any(PerUnitByNature.Contains);

    private static readonly HashSet<string> PerUnitByNature = new(StringComparer.Ordinal) { "price", "cost", "yield", "tariff", "fee" };

    /// <summary>The word <see cref="EachSubjectBefore"/> cannot match without.</summary>
    private const string EachWord = "each";

    /// <summary>Whether a count's unit ("trips", "people", "port calls") counts the thing ("trip", "person", "call").</summary>
    private static bool Counts(string unit, string thing)
    {
        var (u, t) = (unit.ToLowerInvariant(), thing.ToLowerInvariant());
        u = HeadWord(u);
        return u == t || u == t + "s" || u == t + "es" || CountsPeople(u, t) || (t.EndsWith('y') && u == t[..^1] + "ies");
    }

    /// <summary>
    /// "6.86 million people … Revenue per employee", "17.4 million employees …, 10,920 yuan per person": a count of
    /// people counts the employees or workers a figure is per, and a figure per person or a head is per the employees,
    /// workers or members counted; not per worker of a count of members, which are other people.
    /// </summary>
    private static bool CountsPeople(string unit, string thing)
    {
        var plural = thing + "s";
        return (PersonWord().IsMatch(thing) && (unit == "people" || PeopleNoun().IsMatch(unit)))
            || (unit == "people" && PeopleNoun().IsMatch(plural));
    }

    /// <summary>The last word of a unit of several, the thing it counts: "port calls" are calls.</summary>
    private static string HeadWord(string unit) => unit[(unit.LastIndexOf(' ') + 1)..];

    /// <summary>The thing a figure is said per (null for "each", which names none), or that it is so much a day.</summary>
    private readonly record struct PerWhat(string? Thing, bool Days);

    // "per person", "a worker", "an event", "each time", "for each warning", "each", "a day"; other stretches of time
    // are not counted things here ("a month", "a year" over a period are the means of MeansOfPeriodsBefore and
    // SentenceLinks), a word that opens a phrase ("each on average", "each in the half") is no thing, and "each" before
    // "other", "of", a stretch of time ("each year"), a figure or a verb ("each one was") is not said of the figure.
    [GeneratedRegex(@"\G\s+(?:(?<day>(?:a|per|each)\s+day)\b|(?:per|an?|each|for\s+(?:each|every))\s+(?!(?:day|month|year|quarter|week|cent|half|other|of|on|in|at|by|for|to|from|with|and|or|but)\b)(?<thing>\p{L}+)\b|each\b(?!\s+(?:other|of|day|week|month|quarter|year|half|\p{L}+\s+(?:was|were|is|are|had|has|have))\b|\s*\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PerAfter();

    // "about 22,500 parcels for each of them", "3.2 million yuan for every one of them".
    [GeneratedRegex(@"\G\s+for\s+(?:each|every)(?:\s+one)?\s+of\s+(?:them|these|those|us)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ForEachOfThemAfter();

    // "each of them earned about", "On average each had", "Each museum received about", "each enterprise above
    // designated size earned": "each", "of them" or the thing it is of (a word, then up to three more words that
    // qualify it), then a verb in the past (ending "-ed", or one of the common irregular ones) and the figure; not
    // "each year" or "each other", and not across a comma, which ends the clause whose subject "each" is.
    [GeneratedRegex(@"\beach\s+(?:of\s+(?:them|these|those|us)\s+|(?!(?:day|week|month|quarter|year|half|other|one|of)\b)(?<thing>\p{L}+)(?:\s+\p{L}+){0,3}?\s+)?(?:\p{L}+ed|had|made|held|gave|paid|spent|sold|brought|took(?:\s+in)?|got|drew|won|bought|built|sent|grew|did)\s+" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EachSubjectBefore();

    [GeneratedRegex(@"\b\p{L}+\s+per\s+(?!(?:day|month|year|quarter|week|cent)\b)(?<thing>\p{L}+)\s+(?:was|were|stood\s+at|came\s+to|reached|averaged|of)\s+(?:(?:about|nearly|around|over|more\s+than|some|roughly|close\s+to|almost)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex PerBefore();

    /// <summary>The word <see cref="PerBefore"/> cannot match without.</summary>
    internal const string PerWord = "per";

    // "between 2,000 and", "from 2,000 to": the figure ends a range.
    [GeneratedRegex(@"\b(?:between|from)\s+" + SpokenHedge.Optional + @"[\d.,]+(?:\s+\p{L}+){0,3}\s+(?:and|to)\s+" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RangeEndBefore();

    // "up from 182", "compared with 182", "than 182": the level a change is measured from ("came from 1,214 projects" is
    // where a total came from).
    [GeneratedRegex(@"\b(?:(?:up|down|rose|risen|rising|fell|fallen|falling|grew|grown|growing|increased|decreased|dropped|climbed|declined)\s+from|than|against|compared\s+with)\s+" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StartingLevelBefore();

    // "9.87 million of them", "300 of these": a part of things said before.
    [GeneratedRegex(@"\G(?:\s+\p{L}+)?\s+of\s+(?:them|these|those|which)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PartOfThemAfter();

    // "183 million yuan of revenue", "2,660 yuan of premiums": what the figure is an amount of; not "of them", "of which".
    [GeneratedRegex(@"\G\s+of\s+(?!(?:them|these|those|which|it|this|that|the|a|an|all)\b)(?<what>\p{L}+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfWhatAfter();

    // ", ", " and ", ", and " between two figures of a list.
    [GeneratedRegex(@"^\s*,?\s*(?:and\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListJoint();

    // A figure "a head" or "per capita" is per person.
    [GeneratedRegex(@"^(?:person|head|capita)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PersonWord();

    // "They paid", "In the first half they", "These are in", "On average each earned": a subject that points back to the
    // sentence before.
    [GeneratedRegex(@"^\s*(?:(?:in|during|over|by|for|at)\s+[^,;:]{1,40},\s*)?(?:on\s+average,?\s+)?(?:it|they|these|those|this|that|each)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PointsBack();

    // The people a count may be of, by what they do or belong to.
    [GeneratedRegex(@"^(?:persons|employees|workers|staff|members|residents|recipients|beneficiaries|insureds|retirees|pensioners)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeopleNoun();
}
