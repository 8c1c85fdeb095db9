using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// Ties each claim to a measure, an entity and a period of the vocabulary, as a reader would: from the words of
/// its clause first, then its sentence, then what the speaker has been talking about (a period named once holds
/// for the rest of the answer; an entity for the rest of the paragraph).
/// Immutable and thread-safe.
/// </summary>
public sealed partial class ClaimBinder(Lexicon lexicon, IReadOnlyDictionary<string, string>? totals = null)
{
    // Which units are things a count could be the number of, and by what names (CountedNoun).
    private readonly CountUnits _units = new(lexicon);

    /// <summary>The measure a part measure adds up to (tax revenue → budget revenue), from the sum rules.</summary>
    private Term? TotalOf(Term part) => totals is not null && totals.TryGetValue(part.Id, out var total) ? lexicon.Find(total) : null;

    public ImmutableArray<BoundClaim> Bind(SegmentedDocument document, ImmutableArray<Claim> claims) =>
        Bind(document, DocumentScan.Of(document, lexicon), claims);

    /// <summary>Binds the claims of a document, reading the vocabulary from <paramref name="scan"/> (of the same document).</summary>
    public ImmutableArray<BoundClaim> Bind(SegmentedDocument document, DocumentScan scan, ImmutableArray<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(scan);
        var bySentence = claims.GroupBy(c => c.SentenceIndex).ToDictionary(g => g.Key, g => g.ToList());
        var result = ImmutableArray.CreateBuilder<BoundClaim>(claims.Length);
        var historyBefore = ReportedYear(document) - 1;
        var context = new Context(EntityRef.National, null);
        var turn = -1;
        var turnStart = 0;
        var questionsBegun = false;
        Paragraph? question = null;
        var questionText = string.Empty;
        var inQuestionsAndAnswers = new List<bool>(claims.Length);
        var turns = new List<int>(claims.Length);
        var speakers = new List<string?>(claims.Length);
        var echoWords = new Echoes.ClauseWords();
        var namedGaps = new List<NamedRates.NamedGap>();
        List<BoundClaim> previous = [];
        // Where in the result each paragraph of the speaker's turn starts.
        var paragraphStarts = new List<int>();
        foreach (var paragraph in document.ContentParagraphs)
        {
            questionsBegun |= paragraph.Kind == ParagraphKind.Question;
            if (paragraph.Kind == ParagraphKind.Question)
            {
                (question, questionText) = (paragraph, document.Document.Text.Substring(paragraph.Start, paragraph.Length));
            }

            // The question an answer takes up: the last one put before the speaker's turn.
            var asked = question is null || question.Turn == paragraph.Turn ? string.Empty : questionText;
            // "Of this, …" opening a paragraph points back at the speaker's paragraph before.
            var paragraphBefore = paragraph.Turn == turn ? previous : [];
            // Each paragraph starts from the period that framed the speaker's answer (the first one named: "In
            // June, …" in one paragraph does not carry into the next), and from the nation as whose figures they are
            // ("Employment remained generally stable." moves to a new topic).
            // A pronoun opening the paragraph ("Their share of the total was 30.9%", "In the third quarter it grew
            // 12.4%") still points back at whom, and whose growth, the paragraph before ended on.
            context = paragraph.Turn != turn ? new Context(EntityRef.National, null)
                : context with { Entity = EntityRef.National, Period = context.Frame ?? context.Period, Rate = null, Antecedent = context.Entity.IsNational ? null : context.Entity, RateBefore = context.Rate, Referent = null };
            turnStart = paragraph.Turn != turn ? result.Count : turnStart;
            if (paragraph.Turn != turn)
            {
                paragraphStarts.Clear();
            }

            paragraphStarts.Add(result.Count);
            turn = paragraph.Turn;

            previous = [];
            Sentence? sentenceBefore = null;
            SentenceAnalysis? analysisBefore = null;
            var paragraphStart = result.Count;
            foreach (var sentence in paragraph.Sentences)
            {
                // A sentence too long to read for figures has no claims, and its words would only cost time.
                if (sentence.Text.Length > ClaimExtractor.MaxSentenceLength)
                {
                    continue;
                }

                var sentenceClaims = bySentence.GetValueOrDefault(sentence.Index) ?? [];
                var analysis = ElidedPeriods.Add(SentenceAnalysis.Analyse(sentence.Text, scan.For(sentence) ?? SentenceScan.Of(sentence.Text, lexicon), hasFigures: sentenceClaims.Count > 0), lexicon.TermMatcher, analysisBefore);
                var bound = SentenceLinks.Add(sentence, analysis, StatedParts.Mark(sentence, Breakdowns.Mark(sentence, sentenceBefore, WithinParagraph(BindSentence(sentence, analysis, sentenceClaims, context, TotalOf, _units), paragraphStart), previous, paragraphBefore, lexicon, paragraph.Sentences, document), previous), previous is [] ? paragraphBefore : previous);
                namedGaps.AddRange(NamedRates.Said(sentence, analysis, bound, result.Count));
                result.AddRange(bound);
                Breakdowns.MarkTotalOfSentencesBefore(sentence, result, paragraphStarts, turnStart, document);
                NamedItemsTotal.Mark(sentence, result, paragraphStart, turnStart, document);
                PeriodParts.Mark(sentence, result, paragraphStart, turnStart);
                Breakdowns.MarkPartsNamedByTheTotal(sentence, result, paragraphStart);
                Breakdowns.MarkRestOfTheList(sentence, result, paragraphStarts, document.Document.Text);
                PerUnitFigures.Mark(sentence, result, paragraphStart, document.Document.Text);
                MeansOfPeriodsBefore.Mark(sentence, result, paragraphStart, turnStart);
                MeansOfTotalsParts.Mark(sentence, result, paragraphStart, turnStart);
                SharesOfAll.Mark(sentence, result, paragraphStart, document.Document.Text);
                SharesOfListedItems.Mark(sentence, sentenceBefore, result, paragraphStart);
                ShareShifts.Mark(sentence, sentenceBefore, result, paragraphStart);
                // A loop, not three queries: each made a closure and an iterator for every sentence, most with no figures.
                for (var i = 0; i < bound.Count; i++)
                {
                    inQuestionsAndAnswers.Add(questionsBegun);
                    turns.Add(paragraph.Turn);
                    speakers.Add(paragraph.Speaker);
                }

                StatedParts.MarkShareOfWholeNamedBefore(sentence, result, paragraphStart, turnStart, speakers, document.Document.Text, asked);
                echoWords.Add(sentence, analysis, bound);
                context = NextContext(sentence, analysis, bound, context, historyBefore);
                // The last eight figures and the sentence's own; after a sentence without figures (most are), the
                // figures before it as they were, not copied again.
                if (bound.Count > 0 || previous.Count > 8)
                {
                    previous = [.. previous.TakeLast(8), .. bound];
                }

                sentenceBefore = sentence;
                analysisBefore = analysis;
            }
        }

        var withPeriods = WithReportingPeriod([.. OpenMeasure.ResolveShortNames(result, document)], inQuestionsAndAnswers, () => TitledPeriod(document), historyBefore);
        // The rates a gap names are found once every figure has its period (most get it only from the briefing as a whole).
        // Lists of periods whose total another answer gave are read once every figure has its period and measure.
        return ListsOfEarlierTotals.Mark(NamedRates.Link(WithCurrencyBasis([.. TopicEntity.Give(LevelCompanions.Give([.. Echoes.Link(withPeriods, turns, echoWords, _units)], document.Document.Text), turns, TopicWords(document))]), namedGaps, echoWords, turns), turns, document);
    }

    /// <summary>
    /// The period most of <paramref name="claims"/> (in document order) name, the first named when two are named as often:
    /// the briefing's reporting period, which a figure that names none is of.
    /// </summary>
    internal static Term? MostNamedPeriod(IEnumerable<BoundClaim> claims) =>
        claims.Where(c => c.Period is not null).GroupBy(c => c.Period!.Id)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Claim.Span.Start).Select(g => g.First().Period).FirstOrDefault();

    /// <summary>
    /// A briefing reports on one period, and in its questions and answers, one that names none ("Thank you. Imports
    /// grew 2.3% …") is about it: the period most of its figures are bound to, unless that is a year of the past ("seven
    /// birds in 1981" can be the only year, and so the most common period, of a briefing whose figures otherwise name
    /// none) or a month inside a longer titled period (balances "at the end of June" in a briefing on the first half),
    /// and the title names a period its figures name too ("… in 2024", that year also said as "last year"). Before
    /// the first question, a speaker who names no period speaks of it only when the title names it too; otherwise he
    /// may be speaking of anything, and those figures stay unbound.
    /// </summary>
    private static ImmutableArray<BoundClaim> WithReportingPeriod(ImmutableArray<BoundClaim> claims, List<bool> inQuestionsAndAnswers, Func<Term?> titledPeriod, int? historyBefore)
    {
        var title = new Lazy<Term?>(titledPeriod);
        var mostNamed = MostNamedPeriod(claims);
        // The title counts only when the most-named period is a year of the past: a title saying when the conference
        // was held ("… press conference in Q2 2025" on the first half) would otherwise take the Q&A's figures from the
        // period they are mostly of. It is read at most once, and only when asked (a scan and an analysis of the header
        // lines): here, or for opening statements that name no period, below.
        // So it does when the most-named period is a month and the title's is longer: a briefing "… in H1 2025" dates
        // its balances "at the end of June", the month that closes the half, and its flows are of the half.
        var history = mostNamed is not null && IsHistory(mostNamed, historyBefore);
        var titledCandidate = mostNamed is not null && (history || mostNamed.Days <= SentenceAnalysis.MonthDays) && title.Value is { } titled
            && (history || titled.Days > SentenceAnalysis.MonthDays) && claims.Any(c => c.Period is { } p && SamePeriod(p, titled))
            ? titled
            : null;
        var reporting = titledCandidate ?? mostNamed;
        if (reporting is null)
        {
            return claims;
        }

        // A briefing held early in 2025 on "last year" that names 2024 too ("In 2024, the country spent …") means one
        // year by both: the latest year it names, as no briefing on last year speaks of a year after it.
        var latestYear = reporting.Id == LastYear ? claims.Where(c => c.Period is { } p && IsCalendarYear(p) && p.Id.AsSpan(SentenceAnalysis.YearIdPrefix.Length).IndexOfAnyExceptInRange('0', '9') < 0).MaxBy(c => c.Period!.Id)?.Period : null;
        // Before the first question, the title decides: a briefing titled "… in H1 2025" whose figures are mostly of
        // the first half opens with statements on it, period named or not; with no such title, an opening speaker who
        // names no period may be speaking of anything.
        var openingOnReported = titledCandidate is not null || (claims.Where((c, i) => c.Period is null && !inQuestionsAndAnswers[i]).Any() && title.Value is { } named && SamePeriod(reporting, named));
        return [.. claims.Select((c, i) => c.Period is not null || c.Note == ItemOfAListByPeriod || !(inQuestionsAndAnswers[i] || openingOnReported) ? c : c with { Period = reporting, Note = c.Measure is null ? c.Note : null })
            .Select(c => c.Period is { } period && ((SameYearAsReported.Contains(period.Id) && IsCalendarYear(reporting)) || period.Id == latestYear?.Id) ? c with { Period = reporting } : c)
            // "At the end of June" in a briefing on the first half: what stood then stood at the close of the half, and
            // a later "outstanding deposits stood at over 320 trillion yuan" of the half restates it. A flow of June
            // alone ("In June, …") is not the half's.
            .Select(c => c.Period is { AtItsEnd: true } month && month.Id == ClosingMonth(reporting) ? c with { Period = reporting } : c)];
    }

    /// <summary>Whether a claim's period is the titled one: itself, or for a calendar year, "last year" or "the year as a whole" said of it.</summary>
    private static bool SamePeriod(Term period, Term titled) =>
        period.Id == titled.Id || (IsCalendarYear(titled) && SameYearAsReported.Contains(period.Id));

    /// <summary>
    /// The period the briefing's title names ("… in H1 2025", "… development in 2024"), or, when it names none, its
    /// introduction ("held a press conference … on … in the first half of 2025"). A month there dates the conference
    /// ("Beijing | 10 a.m. July 17, 2025", "its regular press conference for July"), not what it reports on.
    /// </summary>
    private Term? TitledPeriod(SegmentedDocument document)
    {
        foreach (var text in HeaderLines(document))
        {
            var analysis = SentenceAnalysis.Analyse(text, SentenceScan.Of(text, lexicon), hasFigures: false);
            if (analysis.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Period && !m.Comparison && m.Term!.Days > SentenceAnalysis.MonthDays) is { } period)
            {
                return period.Term;
            }
        }

        return null;
    }

    /// <summary>The title, the date line and the one-sentence introduction: the lines that say what a briefing is on.</summary>
    private static IEnumerable<string> HeaderLines(SegmentedDocument document) =>
        document.Paragraphs.Where(p => p.Kind == ParagraphKind.Header).Take(3).Select(p => document.Document.Text.Substring(p.Start, p.Length));

    /// <summary>The content words of the title, date line and introduction: what the briefing is on.</summary>
    private static HashSet<string> TopicWords(SegmentedDocument document) =>
        [.. HeaderLines(document).SelectMany(OpenMeasure.ContentWords)];

    /// <summary>The first year the title, date line or introduction names ("… in H1 2025", "Jan. 21, 2025"), if any.</summary>
    private static int? ReportedYear(SegmentedDocument document)
    {
        foreach (var text in HeaderLines(document))
        {
            if (YearNumber().Match(text) is { Success: true } year)
            {
                return int.Parse(year.ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>
    /// A year before the one ahead of the briefing's ("seven birds in 1981", "the peak of more than 9% in 2007") is said
    /// of one event of the past: it dates its own figure, and the figures after it are of the briefing's time again.
    /// </summary>
    private static bool IsHistory(Term period, int? historyBefore) =>
        historyBefore is { } before && IsCalendarYear(period)
        && int.TryParse(period.Id.AsSpan(SentenceAnalysis.YearIdPrefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var year) && year < before;

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearNumber();

    // A briefing on 2024 (held early in 2025) that says "last year" or "for the year as a whole" means 2024; in a
    // briefing on a half-year, those are other periods (the base, a target) and stay so.
    private static readonly FrozenSet<string> SameYearAsReported = FrozenSet.Create(StringComparer.Ordinal, "full-year", "last-year");

    /// <summary>The month a period ends with, for the periods that run to the end of a month; null for the others.</summary>
    private static string? ClosingMonth(Term period) =>
        IsCalendarYear(period) ? December : ClosingMonths.GetValueOrDefault(period.Id);

    private const string December = "december";

    private static readonly FrozenDictionary<string, string> ClosingMonths = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["q1"] = "march", ["first-two-months"] = "february", ["first-four-months"] = "april", ["first-five-months"] = "may",
        ["h1"] = "june", ["q2"] = "june", ["first-seven-months"] = "july", ["first-eight-months"] = "august",
        ["first-three-quarters"] = "september", ["q3"] = "september", ["first-ten-months"] = "october",
        ["first-eleven-months"] = "november", ["q4"] = December, ["h2"] = December, ["full-year"] = December, [LastYear] = December,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static bool IsCalendarYear(Term period) => period.Id.StartsWith(SentenceAnalysis.YearIdPrefix, StringComparison.Ordinal);

    /// <summary>The currency most of the claims' amounts are in: growth rates are in it unless marked (<see cref="BoundClaim.Basis"/>).</summary>
    internal static string? MainCurrency(IEnumerable<BoundClaim> claims) =>
        claims.Where(c => c.Claim.Quantity.Dimension == UnitDimension.Currency)
            .GroupBy(c => c.Claim.Quantity.Unit).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    /// <summary>
    /// Marks growth rates that belong to a level in other than the document's main currency, or to a level in money
    /// when their measure was first given as a count, or the other way round: "International parcels reached 1.91
    /// billion, up 18.4%. … International parcels earned express firms 61.7 billion yuan, up 12.6%" gives the growth of
    /// their revenue, another figure than the growth of their number.
    /// </summary>
    private static ImmutableArray<BoundClaim> WithCurrencyBasis(ImmutableArray<BoundClaim> claims)
    {
        var main = MainCurrency(claims);
        if (main is null)
        {
            return claims;
        }

        var result = claims.ToBuilder();
        // "Exports grew 4.1% to 88.4 billion dollars, while imports fell 1.6% to …": a rate said before the level it
        // grew to is that level's, not the one before it (<see cref="BoundClaim.Growth"/>).
        var levelOfRate = new Dictionary<Claim, BoundClaim>();
        var firstDimension = new Dictionary<string, UnitDimension>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (claim.Growth is { } growth && claim.Claim.Quantity.Dimension is UnitDimension.Currency or UnitDimension.Count)
            {
                levelOfRate.TryAdd(growth, claim);
            }

            if (claim.Measure is { } measure && claim.Claim.IsAmount && claim.Claim.Quantity.Dimension is UnitDimension.Currency or UnitDimension.Count)
            {
                firstDimension.TryAdd(measure.Id, claim.Claim.Quantity.Dimension);
            }
        }

        // Otherwise the level a growth rate is attached to is the nearest currency figure before it in the sentence: the
        // last one seen of each sentence, kept as the claims are read, where a search back from each rate was quadratic.
        var lastLevel = new Dictionary<int, BoundClaim>();
        for (var i = 0; i < result.Count; i++)
        {
            var claim = result[i];
            if (claim.Claim.Role == ClaimRole.Change)
            {
                var attached = levelOfRate.GetValueOrDefault(claim.Claim);
                if ((attached is { Claim.Quantity.Dimension: UnitDimension.Currency } ? attached : lastLevel.GetValueOrDefault(claim.Claim.SentenceIndex)) is { } level && level.Claim.Quantity.Unit != main)
                {
                    result[i] = claim with { Basis = level.Claim.Quantity.Unit };
                }
                else if (attached is not null && claim.Measure is { } measure && attached.Measure?.Id == measure.Id
                    && firstDimension.TryGetValue(measure.Id, out var first) && first != attached.Claim.Quantity.Dimension)
                {
                    result[i] = claim with { Basis = attached.Claim.Quantity.Unit };
                }
            }

            if (claims[i].Claim.Quantity.Dimension == UnitDimension.Currency)
            {
                lastLevel[claims[i].Claim.SentenceIndex] = claims[i];
            }
        }

        return result.ToImmutable();
    }

    private static List<BoundClaim> BindSentence(Sentence sentence, SentenceAnalysis analysis, List<Claim> claims, Context context, Func<Term, Term?> totalOf, CountUnits units)
    {
        // Most sentences have no figures: nothing to bind, and none of the lists and closures below is made for them.
        if (claims.Count == 0)
        {
            return [];
        }

        var text = sentence.Text;
        var wholes = new List<(int Start, int End, Whole? Whole, Claim Claim)>();
        // Loops, not queries, here and for each figure below: asked of every sentence, each made an iterator or a closure.
        foreach (var claim in claims)
        {
            if (claim.Role is ClaimRole.Share or ClaimRole.GrowthShare)
            {
                wholes.Add(FindWhole(analysis, claim, sentence, totalOf));
            }
        }

        // A loop, not a query: asked of every mention of the sentence, a closure was made each time.
        bool InWhole(Mention m)
        {
            foreach (var w in wholes)
            {
                if (m.Start >= w.Start && m.End <= w.End)
                {
                    return true;
                }
            }

            return false;
        }

        var usable = analysis.Mentions.Where(m => !InWhole(m)).ToList();
        var result = new List<BoundClaim>();
        // Asked of every figure with a measure; most sentences say none of the words, and the pattern is not run for them.
        var mayExclude = text.AsSpan().ContainsAny(ExcludingWords);
        foreach (var said in claims)
        {
            var start = said.Span.Start - sentence.Start;
            var end = start + said.Span.Length;
            var clauseStart = CoordinatedClauseStart(text, analysis.ClauseStartOf(start), start);
            // The shared loop, not a query: a predicate and its closure were made for every figure.
            var clauseEnd = Clauses.EndOf(analysis.ClauseStarts, start, text.Length);
            if (text.AsSpan()[clauseStart..clauseEnd].Contains(RespectivelyWord, StringComparison.OrdinalIgnoreCase) && Respectively().IsMatch(text.AsSpan()[clauseStart..clauseEnd]) && claims.Count(c => c.Span.Start - sentence.Start >= clauseStart && c.Span.Start - sentence.Start < clauseEnd) > 1
                && !EachSaidWithItsOwnWords(text, claims, said, sentence.Start, clauseStart, clauseEnd))
            {
                // Its time is the sentence's even when its measure is not known: a later figure of that time whose words
                // fit it as well as another's is then seen to have two candidates, not one (Echoes).
                var respectivePeriod = FindPeriod(text, analysis.Mentions, start, end) ?? context.Period;
                result.Add(RespectiveMeasure(text, claims, said, sentence.Start, clauseStart, clauseEnd) is { } respective
                    ? new BoundClaim(said, respective, EntityRef.National, respectivePeriod, null, null)
                    : new BoundClaim(said, null, context.Entity, respectivePeriod, null, "one of a list given 'respectively'"));
                continue;
            }

            if (text.AsSpan()[clauseStart..start].ContainsAny(TargetWords) && Target().IsMatch(text.AsSpan()[clauseStart..start]))
            {
                result.Add(new BoundClaim(said, null, context.Entity, null, null, "a target or quota, not a result"));
                continue;
            }

            // "Quarter by quarter, output was 12.86 million, 17.42 million, …": the figures of a list by period that
            // names no period are each of one part of the period, which only their place in the list says; read as
            // the whole period's, they would contradict the whole's figure.
            if (PeriodList().IsMatch(text) && !analysis.Mentions.Any(m => m.Kind == MentionKind.Period))
            {
                result.Add(new BoundClaim(said, null, context.Entity, null, null, ItemOfAListByPeriod));
                continue;
            }

            var claim = GappedItem.AsItemOfChanges(said, text, start, result);

            var whole = WholeOf(wholes, claim);
            var period = (WhenItWas().IsMatch(text.AsSpan()[clauseStart..start]) ? analysis.Mentions.LastOrDefault(m => m.Kind == MentionKind.Period && m.End <= start)?.Term : null)
                ?? FindPeriod(text, analysis.Mentions, start, end) ?? context.Period;
            // "rose from 85.3% a year earlier", "compared with 14 a year ago": a level that is the base of a change is
            // last year's, compared only with other figures of that earlier time, never with this year's.
            // "35,000 more than a year earlier, when there were 463,000": so is a level said to be that earlier time's.
            var isBaseLevel = claim.Role is ClaimRole.Level or ClaimRole.Count or ClaimRole.Share && WhenAYearEarlier().IsMatch(text.AsSpan()[..start]);
            if (isBaseLevel || (claim.Role is ClaimRole.Level or ClaimRole.Count or ClaimRole.Share && AYearEarlierAfter().IsMatch(text, end)))
            {
                period = AYearBefore(period);
            }

            var measure = MeasureOfTheChangeItRestates(claim, result, start, text)
                ?? MeasureNamedJustBefore(claim, analysis.Mentions, text, start)
                ?? CountedNoun.MeasureOfSubject(claim, start, analysis, usable, units)
                ?? FindMeasure(claim, usable, start, end, clauseStart, result, whole, text, period) ?? GappedItem.MeasureOf(claim, text, start, usable, result)
                ?? CountedNoun.MeasureOf(claim, start, analysis, usable, result, units)
                ?? (isBaseLevel ? CountedNoun.MeasureOfBase(claim, result, units) : null);
            var entity = FindEntity(text, usable, start, end, clauseStart, context) ?? context.Entity;
            // The subject that names an open measure is what is measured, not whose: the figure is someone's only by
            // what its own clause names, so "investment in real estate development" and "real estate development
            // investment" are the nation's, under one measure.
            if (OpenMeasure.Is(measure))
            {
                entity = FindEntity(text, usable.Where(m => !m.Subject).ToList(), start, end, clauseStart, context, clauseOnly: true) ?? EntityRef.National;
            }

            // "Revenue fell 1.6% in the first two months. In the first quarter, the decline narrowed to 1.1%", "In the
            // third quarter it grew 12.4%": a rate named by its noun or a pronoun alone is of the one measure whose
            // rates its sentence gave before it, or, when it gave none, the sentence before (for a pronoun opening a
            // paragraph, the paragraph before in the same answer).
            // A pronoun after a figure of its own sentence is that figure's subject ("The remaining taxes brought in 2.86
            // trillion yuan, and they fell 5.3%"), whose measure is not the sentence before's.
            if (measure is null && claim.Role == ClaimRole.Change && new TextPart(text, clauseStart, start).MayEndWith(BareRateEnds)
                && BareRateNoun().Match(text, clauseStart, start - clauseStart) is { Success: true } bare
                && (!bare.Groups["pronoun"].Success || result.Count == 0)
                && (TheRateOf(result) ?? (result.Any(b => b.Claim.Role == ClaimRole.Change) ? null : context.Rate ?? (bare.Groups["pronoun"].Success ? context.RateBefore : null))) is { } rate)
            {
                (measure, entity) = (rate.Measure, rate.Entity);
            }

            // "Private firms' trade rose 8.8% to 24.33 trillion yuan. Their share rose to 55.5%": a share that is an
            // owner's (not the nation's: then it would be a share of itself) and names no whole but "the total" is of
            // the measure whose growth was just given for that owner, in the nation's. Before the pronoun's referent
            // below, which would give the share no whole.
            if (claim.Role == ClaimRole.Share && measure is null && whole is null && PossessiveShare().IsMatch(text.AsSpan()[clauseStart..start])
                && !entity.IsNational && (TheRateOf(result) ?? context.Rate) is { } owners && owners.Entity == entity)
            {
                (measure, whole) = (owners.Measure, new Whole(owners.Measure!, EntityRef.National));
            }

            // "Pork output reached 30.20 million tonnes, up 1.3%. It is 60.9% of all meat": a figure whose only subject
            // is the "it", "they" or "that" opening its sentence is of what the sentence before was about, while every figure
            // before it in the sentence is too ("They claimed 331 lives, down 14.7%" has moved on to the lives).
            if (measure is null && context.Referent is { } referent && SaysOfTheReferent(claim, referent)
                && PronounOpening().IsMatch(text.AsSpan(0, start)) && !usable.Any(m => m.End <= start && !m.Comparison && (m.Subject || m.Kind is MentionKind.Measure or MentionKind.Entity))
                && result.TrueForAll(b => b.Measure == referent.Measure || IsAnUnreadSayingOfTheReferent(b)))
            {
                (measure, entity) = (referent.Measure, referent.Entity);
            }

            // "newly installed solar capacity was 212.21 million kilowatts and new wind capacity 51.39 million
            // kilowatts": a second figure of the same kind for the same open measure is the next item of a list,
            // named by words the measure does not cover.
            if (OpenMeasure.Is(measure) && result.Any(b => b.Measure?.Id == measure!.Id && b.Claim.Role == claim.Role && b.Claim.Quantity.Unit == claim.Quantity.Unit && b.Period == period && b.Entity == entity))
            {
                measure = null;
            }
            // Not when the whole is the figure's own entity's: a share of itself would say nothing ("Exports now make up
            // 44.5% of the total" is a part of total trade, not total trade's share of itself).
            if (claim.Role is ClaimRole.Share or ClaimRole.GrowthShare && whole is not null && measure is null && whole.Entity != entity && !IsShareOfAnUnboundAmount(claim, result, start, text))
            {
                measure = whole.Measure;
            }

            // "Excluding land-sale revenue, local government-managed fund revenue was 112 billion yuan": a part of the
            // measure, not the measure, so it is compared only with figures that exclude the same.
            if (measure is not null && mayExclude && Excluding().Match(text[..start]) is { Success: true } excluding)
            {
                var what = excluding.Groups["what"].Value.Trim();
                measure = measure with { Id = $"{measure.Id} excluding {what}", Name = $"{measure.Name} excluding {what}" };
            }

            // "In June the PPI fell 0.4% from May", "…, down 0.4% month on month": a rate from the month or quarter before
            // is on another basis than the year-on-year rates a measure's figures are compared on, and stays apart.
            var fromThePeriodBefore = claim.Role == ClaimRole.Change && measure is not null && FromThePeriodBefore().IsMatch(text.AsSpan()[end..]);
            var note = fromThePeriodBefore ? BoundClaim.OtherBasisNote
                : measure is null ? BoundClaim.NoMeasureNote
                : period is null ? "no period is named for this figure"
                : null;
            measure = fromThePeriodBefore ? null : measure;
            var comparedTo = claim.Role == ClaimRole.PointChange
                ? analysis.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Period && m.Comparison && m.Start >= end && m.Start < clauseEnd)?.Term
                : null;
            result.Add(new BoundClaim(claim, measure, entity, period, whole, note, comparedTo));
        }

        // "…, up 7.2% and 2.7%": rates said back to back after as many levels are theirs in order, as bound.
        foreach (var (level, rate) in ParallelRates.Pairs(text, sentence.Start, result))
        {
            var of = result[level];
            result[rate] = result[rate] with { Measure = of.Measure, Entity = of.Entity, Period = of.Period ?? result[rate].Period, Note = of.Measure is null ? of.Note ?? BoundClaim.NoMeasureNote : of.Note };
        }

        return result;
    }

    /// <summary>The whole found for <paramref name="claim"/> among its sentence's shares, if it is one of them.</summary>
    private static Whole? WholeOf(List<(int Start, int End, Whole? Whole, Claim Claim)> wholes, Claim claim)
    {
        foreach (var w in wholes)
        {
            if (w.Claim == claim)
            {
                return w.Whole;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the figures of <paramref name="claim"/>'s role in its clause are two or more, each after the first said
    /// with words of its own before it, as items of a list are: in "output reached 5.1 million kites and sales 4.9
    /// million kites, up 12% and 11% respectively" each level says what it is of, and only the rates, said back to back,
    /// are given "respectively".
    /// </summary>
    private static bool EachSaidWithItsOwnWords(string text, List<Claim> claims, Claim claim, int sentenceStart, int clauseStart, int clauseEnd)
    {
        var inClause = claims.Where(c => c.Span.Start - sentenceStart >= clauseStart && c.Span.Start - sentenceStart < clauseEnd).ToList();
        var listed = inClause.Where(c => c.Role == claim.Role).ToList();
        return listed.Count >= 2 && listed.Skip(1).All(item => inClause[inClause.IndexOf(item) - 1] is var before
            && !ParallelRates.SeparatorOnly().IsMatch(text.AsSpan()[(before.Span.End - sentenceStart)..(item.Span.Start - sentenceStart)]));
    }

    private static Term? FindMeasure(Claim claim, List<Mention> usable, int start, int end, int clauseStart, List<BoundClaim> earlier, Whole? whole, string text, Term? period)
    {
        var dimension = claim.Quantity.Dimension;
        if (claim.Role == ClaimRole.Count || (claim.Role == ClaimRole.AbsoluteChange && dimension == UnitDimension.Count))
        {
            // A count names what it counts right after the number ("628,000 foreign trade enterprises"),
            // or continues the count just stated ("surpassing 600,000").
            var named = usable.FirstOrDefault(m => m.Kind == MentionKind.Measure && m.Start >= start && m.End <= end && m.Term!.Dimension == UnitDimension.Count);
            return named?.Term ?? earlier.LastOrDefault(b => b.Claim.Quantity.Unit == claim.Quantity.Unit && b.Measure?.Dimension == UnitDimension.Count && !OpenMeasure.Is(b.Measure))?.Measure
                ?? (claim.Role == ClaimRole.Count ? OpenMeasureJustBefore(claim, earlier, start, text, LevelAfterGrowth(), ClaimRole.Change, ClaimRole.AbsoluteChange) ?? OpenMeasureOf(claim, usable, start, clauseStart, earlier, text, period)
                    // "Consumption rose by more than 170 billion kilowatt-hours": a change in a count is of its subject as the count is.
                    : OpenMeasureOf(claim, usable, start, clauseStart, earlier, text, period));
        }

        // "…, earned revenue of 66.78 trillion yuan, up 2.5%", "with revenue from land sales of 839.4 billion yuan,
        // down 15.9%": growth right after a level of an open measure is the level's, whatever the sentence named before.
        if (claim.Role == ClaimRole.Change && OpenMeasureJustBefore(claim, earlier, start, text, GrowthAfterLevelAndItsPeriod(), ClaimRole.Level, ClaimRole.Count) is { } levelMeasure)
        {
            return levelMeasure;
        }

        // "The PPI fell 3.6% year on year in June, and was down 2.8% in the first half": a clause with no subject of its
        // own, only "and" and a verb of change, goes on with the growth rate before it, for the other period it names. Of
        // the same period it would be another basis ("…, and was down 0.4% month on month"), not the same measure.
        if (claim.Role == ClaimRole.Change && period is not null
            && JustBefore(claim, earlier, start, text, SubjectlessGrowth(), ClaimRole.Change) is { Measure: { } rateMeasure, Period: { } ratePeriod }
            && OpenMeasure.Is(rateMeasure) && ratePeriod.Id != period.Id)
        {
            return rateMeasure;
        }

        // "Air cargo grew 14.6%, 8.6 percentage points faster than passenger traffic": points right after a growth rate
        // of an open measure compare that rate with another, as points after a rate of the vocabulary's measure do.
        if (claim.Role == ClaimRole.PointChange && OpenMeasureJustBefore(claim, earlier, start, text, PointsAfterRate(), ClaimRole.Change) is { } pointsMeasure)
        {
            return pointsMeasure;
        }

        // "Rural households spent 131.5 billion yuan on travel, 39.4% of all services imports": a share right after an
        // amount of an open measure is that amount's part of the whole, as its growth would be.
        if (claim.Role == ClaimRole.Share && OpenMeasureJustBefore(claim, earlier, start, text, ShareAfterAmount(), ClaimRole.Level, ClaimRole.Count) is { } amountMeasure)
        {
            return amountMeasure;
        }

        // "By sector, the primary industry consumed 62 billion kilowatt-hours, up 8.7%": growth right after a level is
        // the level's, so a level that no measure fits (kilowatt-hours are not the primary industry's value added)
        // leaves its growth without one too, instead of giving it the industry's and a false restatement.
        if (claim.Role == ClaimRole.Change && JustBefore(claim, earlier, start, text, GrowthAfterLevel(), ClaimRole.Level, ClaimRole.Count) is { Measure: null })
        {
            return null;
        }

        // "Chinese residents spent 131.5 billion US dollars on trips abroad, 39.4% of all services imports": a share right
        // after an amount (and what it was spent on) is that amount's part of the whole, so an amount no measure fits leaves its share without
        // one too, instead of the share taking a measure named earlier and another figure for its part.
        if (IsShareOfAnUnboundAmount(claim, earlier, start, text))
        {
            return null;
        }

        bool Fits(Term term) => claim.Role switch
        {
            ClaimRole.Level when dimension == UnitDimension.Percent => term.Dimension == UnitDimension.Percent,
            ClaimRole.Level or ClaimRole.AbsoluteChange => term.Dimension == dimension,
            ClaimRole.Share or ClaimRole.GrowthShare => term.Dimension != UnitDimension.Percent,
            _ => term.Dimension != UnitDimension.Percent || dimension == UnitDimension.PercentagePoints,
        };

        var (lastMeasure, lastMeasureOfClause) = LastBefore(usable, start, clauseStart, m => m.Kind == MentionKind.Measure);

        // A clause that opens with a noun phrase of its own ("; and urban and rural households 777.2 billion …",
        // "with revenue from land-use rights sales of …") is about that, not the sentence's earlier measure.
        var nearest = lastMeasureOfClause ?? (usable.Any(m => m.Subject && m.Start >= clauseStart && m.End <= start)
            || (clauseStart > 0 && OwnNounPhrase().IsMatch(text.AsSpan()[clauseStart..start])) ? null : lastMeasure);

        // "the services sector 304.39 billion yuan and other sectors 8.39 billion yuan": once a figure of the same
        // kind has been given for a measure, a later one in the clause is another item of a list; but a figure whose
        // own period follows it, another than the earlier one's, is the measure's again ("grew 5.1% in April and 6.4%
        // in May").
        if (nearest is not null && earlier.Any(b => b.Claim.Role == claim.Role && b.Claim.Quantity.Dimension == claim.Quantity.Dimension
            && b.Claim.Span.Start - claim.Span.Start + start > nearest.End && b.Claim.Span.Start - claim.Span.Start + start < start && b.Measure == nearest.Term
            && (b.Period == period || PeriodNamedRightAfter(text, usable, end) is null)))
        {
            return null;
        }
        if (nearest is not null)
        {
            return nearest.Generic || !Fits(nearest.Term!) ? null : nearest.Term;
        }

        if (whole is not null)
        {
            return whole.Measure;
        }

        // "… made up 64.1% of China's total imports and exports, growing 4.8%": the growth is of the share's part.
        var shareBefore = earlier.LastOrDefault(b => b.Whole is not null && b.Claim.Span.Start >= clauseStart);
        if (claim.Role is ClaimRole.Change or ClaimRole.RateGap or ClaimRole.PointChange or ClaimRole.Contribution && shareBefore is not null)
        {
            return shareBefore.Measure;
        }

        return claim.Role is ClaimRole.Level or ClaimRole.Count or ClaimRole.Change
            ? OpenMeasureOf(claim, usable, start, clauseStart, earlier, text, period)
            : null;
    }

    /// <summary>
    /// "… was 1.20% of the country's GDP of 134.91 trillion yuan": an amount right after a measure and "of" is that
    /// measure's, even when the measure is also the whole of a share and so no longer a candidate for the clause's figures.
    /// </summary>
    /// <summary>
    /// "The number of ferry lines rose by 43, or 4.4%": a rate that only restates the change just said as an amount is
    /// of that change's measure, whatever else the subject's words could name.
    /// </summary>
    private static Term? MeasureOfTheChangeItRestates(Claim claim, List<BoundClaim> earlier, int start, string text) =>
        claim.Role == ClaimRole.Change ? JustBefore(claim, earlier, start, text, Roles.OrAlone(), ClaimRole.AbsoluteChange)?.Measure : null;

    private static Term? MeasureNamedJustBefore(Claim claim, ImmutableArray<Mention> mentions, string text, int start)
    {
        if (claim.Role is not (ClaimRole.Level or ClaimRole.Count))
        {
            return null;
        }

        var named = mentions.LastOrDefault(m => m.Kind == MentionKind.Measure && m.End <= start);
        return named is { Generic: false, Term: { } term } && term.Dimension == claim.Quantity.Dimension && OfBeforeTheFigure().IsMatch(text.AsSpan()[named.End..start]) ? term : null;
    }

    /// <summary>
    /// "Railway and waterway investment grew 5.5% and 6.4%, respectively": each figure of the list is of the item in its
    /// place, named with the noun they share, when the clause opens with as many items as it has figures of the kind.
    /// </summary>
    private static Term? RespectiveMeasure(string text, List<Claim> claims, Claim claim, int sentenceStart, int clauseStart, int clauseEnd)
    {
        var listed = claims.Where(c => c.Role == claim.Role && c.Span.Start - sentenceStart >= clauseStart && c.Span.Start - sentenceStart < clauseEnd).ToList();
        var subject = RespectiveSubject().Match(text, clauseStart, listed[0].Span.Start - sentenceStart - clauseStart);
        var items = subject.Groups["item"].Captures;
        return subject.Success && items.Count == listed.Count
            ? OpenMeasure.Named(items[listed.IndexOf(claim)].Value + " " + subject.Groups["head"].Value, claim.Role == ClaimRole.Change ? UnitDimension.Currency : claim.Quantity.Dimension)
            : null;
    }

    /// <summary>
    /// The open measure of the figure just before this one, when it is of one of <paramref name="roles"/> and only the
    /// words <paramref name="between"/> allows stand between them: "…, up 2.5%" after a level, "declined 1.4% to 936.4
    /// million people" after a growth rate, are of the same measure.
    /// </summary>
    private static Term? OpenMeasureJustBefore(Claim claim, List<BoundClaim> earlier, int start, string text, Regex between, params ReadOnlySpan<ClaimRole> roles) =>
        JustBefore(claim, earlier, start, text, between, roles) is { } before && OpenMeasure.Is(before.Measure) ? before.Measure : null;

    private static readonly FrozenSet<string> BalanceWords = FrozenSet.Create(StringComparer.Ordinal, "net", "inflow", "outflow", "surplus", "deficit", "balance", "total", "gap", "difference");

    /// <summary>
    /// "the net inflow came to 100.2 billion" in an answer on cross-border payments, "Net inflows were only 26.8
    /// billion" in a question on direct investment: a measure named by balance words alone is of its paragraph's
    /// topic, so it is one measure only within its paragraph.
    /// </summary>
    private static List<BoundClaim> WithinParagraph(List<BoundClaim> bound, int paragraph)
    {
        for (var i = 0; i < bound.Count; i++)
        {
            if (OpenMeasure.Is(bound[i].Measure) && bound[i].Measure is { } measure && OpenMeasure.NameWords(measure).All(BalanceWords.Contains))
            {
                bound[i] = bound[i] with { Measure = measure with { Id = $"{measure.Id}@{paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture)}" } };
            }
        }

        return bound;
    }

    private static bool IsShareOfAnUnboundAmount(Claim claim, List<BoundClaim> earlier, int start, string text) =>
        claim.Role == ClaimRole.Share && JustBefore(claim, earlier, start, text, ShareAfterAmount(), ClaimRole.Level, ClaimRole.Count) is { Measure: null };

    /// <summary>The figure of the sentence right before <paramref name="claim"/>, of one of <paramref name="roles"/>, when only <paramref name="between"/> stands between them.</summary>
    private static BoundClaim? JustBefore(Claim claim, List<BoundClaim> earlier, int start, string text, Regex between, params ReadOnlySpan<ClaimRole> roles) =>
        earlier.LastOrDefault() is { } before && roles.Contains(before.Claim.Role)
        && before.Claim.Span.End - claim.Span.Start + start is var beforeEnd && beforeEnd >= 0 && beforeEnd <= start
        && between.IsMatch(text.AsSpan(beforeEnd, start - beforeEnd))
            ? before
            : null;

    /// <summary>
    /// The noun phrase a figure the vocabulary cannot name is attributed to, as an <see cref="OpenMeasure"/>: the
    /// clause's subject ("The actual use of foreign capital was …"), the phrase the figure completes ("with revenue
    /// from land-use rights sales of 839.4 billion yuan", "the funds had total revenue of …", which is the funds'
    /// revenue), or the head of the figure before it given again for something else ("output of new energy vehicles
    /// reached …, and that of industrial robots 369,000 sets").
    /// </summary>
    private static Term? OpenMeasureOf(Claim claim, List<Mention> usable, int start, int clauseStart, List<BoundClaim> earlier, string text, Term? period)
    {
        var dimension = claim.Role == ClaimRole.Change ? UnitDimension.Currency : claim.Quantity.Dimension;
        var before = text[clauseStart..start];
        // Both phrasings need " of " in the clause; most clauses have none, and then no pattern is run.
        var hasOf = before.Contains(" of ", StringComparison.OrdinalIgnoreCase);
        var elliptical = hasOf ? ThatOf().Match(before) : Match.Empty;
        if (elliptical.Success)
        {
            var head = earlier.LastOrDefault(b => OpenMeasure.Is(b.Measure))?.Measure!.Name;
            var of = head?.IndexOf(" of ", StringComparison.OrdinalIgnoreCase) ?? -1;
            return of > 0 ? OpenMeasure.Named(head![..of] + " of " + elliptical.Groups["what"].Value, dimension) : null;
        }

        var completed = hasOf && MayEndInPhraseOf(before) ? PhraseOfFigure().Match(before) : Match.Empty;
        if (completed.Success)
        {
            var phrase = completed.Groups["phrase"].Value;
            var phraseStart = clauseStart + completed.Groups["phrase"].Index;
            var owner = usable.LastOrDefault(m => m.Subject && m.End <= phraseStart);
            if (owner is not null && !phrase.Contains(" of ", StringComparison.OrdinalIgnoreCase) && Possession().IsMatch(text.AsSpan()[owner.End..phraseStart]))
            {
                phrase += " of " + owner.Entity!.Name;
            }

            return OpenMeasure.Named(phrase, dimension);
        }

        // "The special-purpose bonds issued made up 21.5% of the annual quota and will fund more than 8,600 projects":
        // a count is of its subject only when a verb alone stands between them.
        // "the funds had revenue of 4.16 trillion yuan, of which the pension fund took in 3.92 trillion yuan": a
        // figure of the same kind between the subject and this one is the subject's, and this one another thing's;
        // but not one of another period ("freight grew 3.5% in the first quarter and 4.3% in the second").
        var subject = usable.LastOrDefault(m => m.Subject && m.Start >= clauseStart && m.End <= start);
        var offset = claim.Span.Start - start;
        // "…, up 0.7%, and 453.1 billion yuan in the second": a clause that is only its figure goes on with the measure
        // of the figure of its kind before it, for another period. So does a count after a count of another period with
        // only that period and a comma, "and" or "which made" between them ("New accounts numbered 1.57 million in
        // January, 2.84 million in February and 3.06 million in March, which made 8.47 million in the first quarter"),
        // as money said so does by its subject.
        if (earlier.LastOrDefault(b => b.Claim.Role == claim.Role) is { } previous && OpenMeasure.Is(previous.Measure) && previous.Period != period
            && previous.Claim.Quantity.Unit == claim.Quantity.Unit
            && ((subject is null && BareClause().IsMatch(before))
                || (claim.Role == ClaimRole.Count && previous.Claim.Span.End - offset is var previousEnd && previousEnd <= start
                    && NextItemByPeriod().IsMatch(text.AsSpan(previousEnd, start - previousEnd)))))
        {
            return previous.Measure;
        }

        if (subject is not null && IsPartOfWholeAfter(text, usable, start, start + claim.Span.Length, out var whole))
        {
            return OpenMeasure.Named(whole + " of " + subject.Entity!.Name, dimension);
        }

        // "Rural households spent 540 billion yuan": the verb names what is measured, and its subject whose; but "By
        // quarter, ports handled …" breaks the figure before down by period, and names it no other way.
        if (subject is null && claim.IsAmount && !PeriodList().IsMatch(text)
            && ActivityVerb.MeasureName(text, clauseStart, start, claim, usable) is { } activity)
        {
            return OpenMeasure.Named(activity, dimension);
        }

        return subject is null || ((claim.Role is ClaimRole.Count or ClaimRole.AbsoluteChange) && !IsCountOfSubject(claim, text.AsSpan()[subject.End..start]))
            || CountedNoun.CountsWhatTheSubjectHas(claim, text.AsSpan()[subject.End..start])
            || earlier.Any(b => b.Claim.Role == claim.Role && b.Claim.Span.Start - offset >= subject.End && b.Period == period)
            ? null
            : OpenMeasure.NamedOrShort(subject.Entity!.Name, dimension);
    }

    // The last words PhraseOfFigure can end with, before its closing whitespace: "of", or a qualifier of the figure.
    private static readonly string[] PhraseOfFigureEnds = ["of", "than", "nearly", "about", "over", "around", "approximately", "to", "almost"];

    /// <summary>
    /// Whether a clause can end as <see cref="PhraseOfFigure"/> does, checked at its end: the pattern tries every word
    /// of the clause, once per figure, and nearly every clause ends otherwise ("rose", "up"). An ending with other than
    /// ASCII letters is left to the pattern and its own case rules.
    /// </summary>
    internal static bool MayEndInPhraseOf(string before) => new TextPart(before, 0, before.Length).MayEndWith(PhraseOfFigureEnds);

    /// <summary>
    /// "Households accounted for 3.4 million of the new accounts": the figure is a part of the <paramref name="whole"/>
    /// named after it, so its measure is that whole's for the subject ("new accounts of households"), not one of the
    /// subject itself (how many households there are). A whole that names no measure ("of the total") leaves the
    /// figure without one.
    /// </summary>
    private static bool IsPartOfWholeAfter(string text, List<Mention> usable, int start, int end, out string whole)
    {
        whole = string.Empty;
        var of = WholeAfter().Match(text, end);
        if (!of.Success || !Breakdowns.SaidToMakeUp(text, start))
        {
            return false;
        }

        var phraseStart = of.Index + of.Length;
        // "of the new accounts in the first half": the period is when, not what.
        var phraseEnd = usable.Where(m => m.Kind == MentionKind.Period && m.Start >= phraseStart).Select(m => m.Start).Append(WholeEnd(text, phraseStart)).Min();
        whole = text[phraseStart..phraseEnd];
        // "of them", "of it": a part of an amount before it (Breakdowns), which the subject may still name.
        return !PointsBack().IsMatch(whole);
    }

    // "Railway passenger trips exceeded 2.1 billion": the verb between the subject and its count may be the count's
    // own hedge, which the claim's text holds. "Our survey teams had reviewed 712,400 of them", "Teams have recorded
    // 104,300 new sites": a count after a verb of doing in a perfect tense is of what the subject did it to, not of the
    // subject; "have exceeded", "has reached" still give the subject's own number.
    private static bool IsCountOfSubject(Claim claim, ReadOnlySpan<char> between) =>
        (CountOfSubject().IsMatch(between) && !DoneToTheCount().IsMatch(between)) || (between.IsWhiteSpace() && HedgeVerb().IsMatch(claim.Text));

    [GeneratedRegex(@"^\s*(?:had|has|have)\s+(?:also\s+|now\s+)?(?!(?:reached|exceeded|topped|surpassed|hit|totall?ed|numbered|amounted|risen|grown|fallen|climbed|increased|decreased|declined|dropped|jumped|surged|expanded|doubled)\b)\p{L}+ed\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DoneToTheCount();

    private static EntityRef? FindEntity(string text, List<Mention> usable, int start, int end, int clauseStart, Context context, bool clauseOnly = false)
    {
        var after = ForAfter().Match(text, end);
        if (after.Success)
        {
            var phraseEnd = AfterPhraseEnd().Match(text, after.Groups["phrase"].Index);
            var stop = phraseEnd.Success ? phraseEnd.Index : text.Length;
            return EntityRef.Phrase(text[after.Groups["phrase"].Index..stop]);
        }

        // "The rate was 85.3% in urban areas", "exports reached 1.2 trillion yuan in Guangdong": a place the vocabulary
        // knows, named right after the figure with "in", is where the figure was measured.
        foreach (var m in usable)
        {
            if (m.Start >= end && m.Kind == MentionKind.Entity && !m.Comparison && m.Entity!.Source == EntitySource.Vocabulary)
            {
                if (InRightAfter().IsMatch(text.AsSpan(end, m.Start - end)))
                {
                    return m.Entity;
                }

                break;
            }
        }

        var (last, lastOfClause) = LastBefore(usable, start, clauseStart, m => m.Kind is MentionKind.Entity or MentionKind.Pronoun && !m.Comparison, byEnd: false);
        // "But growth for the nine months is about 5%, and exports, at 1.85 trillion yuan, are …": the subject of an
        // earlier clause that the vocabulary does not know is what that clause spoke of; a clause that opens with "and"
        // and a measure of its own speaks of that measure ("…, with imports and exports of 1.08 trillion yuan" still
        // goes on about the earlier subject).
        var nearest = lastOfClause ?? (clauseOnly || (last is { Subject: true } && OpensWithItsOwnMeasure(text, usable, clauseStart, start)) ? null : last);
        return nearest is null ? null : OwnerBefore(nearest, usable, context, text) ?? Resolve(nearest, usable, context, text);
    }

    private static bool OpensWithItsOwnMeasure(string text, List<Mention> usable, int clauseStart, int start)
    {
        var measure = LastBefore(usable, start, clauseStart, static m => m.Kind == MentionKind.Measure).LastOfClause;
        // The clause may start after its conjunction: the words right before the measure are read.
        var from = measure is null ? 0 : Math.Max(0, measure.Start - 20);
        return measure is not null && ConjunctionOnly().IsMatch(text.AsSpan(from, measure.Start - from));
    }

    [GeneratedRegex(@"[,;]\s*(?:and|but|while|whereas|yet)\s+(?:the\s+|its\s+|their\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConjunctionOnly();

    /// <summary>
    /// "Guangdong is still well ahead. Its cross-border e-commerce trade was 735.4 billion yuan": an entity right after a
    /// possessive pronoun only says which of the owner's figures it is; the figure is the owner's, when the pronoun
    /// points at another entity than the nation. Null when the entity has no such owner.
    /// </summary>
    private static EntityRef? OwnerBefore(Mention entity, List<Mention> usable, Context context, string text)
    {
        if (entity.Kind != MentionKind.Entity || entity.Entity!.Source != EntitySource.Vocabulary)
        {
            return null;
        }

        var pronoun = usable.LastOrDefault(m => m.Kind == MentionKind.Pronoun && m.End <= entity.Start);
        return pronoun is not null && text.AsSpan(pronoun.End, entity.Start - pronoun.End).IsWhiteSpace()
            && PossessivePronoun().IsMatch(text.AsSpan(pronoun.Start, pronoun.End - pronoun.Start))
            && Resolve(pronoun, usable, context, text) is { IsNational: false } owner && owner.Id != entity.Entity.Id
            ? owner
            : null;
    }

    [GeneratedRegex(@"^\s*(?:its|their)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PossessivePronoun();

    /// <summary>
    /// The last mention of a kind before a figure at <paramref name="start"/> (ending before it, or with
    /// <paramref name="byEnd"/> false starting before it), and the last of those that starts in the figure's clause.
    /// </summary>
    /// <remarks>One pass, without a filtered copy of the mentions: asked for every figure.</remarks>
    private static (Mention? Last, Mention? LastOfClause) LastBefore(List<Mention> mentions, int start, int clauseStart, Func<Mention, bool> ofKind, bool byEnd = true)
    {
        Mention? last = null, lastOfClause = null;
        foreach (var m in mentions)
        {
            if ((byEnd ? m.End <= start : m.Start < start) && ofKind(m))
            {
                last = m;
                lastOfClause = m.Start >= clauseStart ? m : lastOfClause;
            }
        }

        return (last, lastOfClause);
    }

    private static EntityRef Resolve(Mention mention, List<Mention> usable, Context context, string text)
    {
        if (mention.Kind != MentionKind.Pronoun)
        {
            return mention.Entity!;
        }

        var antecedent = usable.LastOrDefault(m => m.Kind == MentionKind.Entity && m.End <= mention.Start);
        if (antecedent is not null)
        {
            return antecedent.Entity!;
        }

        // The subject of a sentence before (a plural noun phrase) is what "their" or "they" means, never "its".
        return context.Antecedent is { Source: EntitySource.Phrase } && !PluralPronoun().IsMatch(text.AsSpan(mention.Start, mention.End - mention.Start).Trim())
            ? context.Entity
            : context.Antecedent ?? context.Entity;
    }

    private static readonly ConcurrentDictionary<string, Term> YearBefore = new(StringComparer.Ordinal);

    /// <summary>The same stretch of time a year earlier: "the first half of the year, a year earlier".</summary>
    private static Term AYearBefore(Term? period) => period is null
        ? YearBefore.GetOrAdd(string.Empty, _ => new Term("a-year-earlier", "a year earlier", TermKind.Period, []))
        : YearBefore.GetOrAdd(period.Id, _ => period with { Id = $"{period.Id}, a year earlier", Name = $"{period.Name}, a year earlier", Aliases = [] });

    private static Term? FindPeriod(string text, ImmutableArray<Mention> mentions, int start, int end) =>
        PeriodNamedRightAfter(text, mentions, end) ?? mentions.LastOrDefault(m => m.Kind == MentionKind.Period && !m.Comparison && m.End <= start)?.Term;

    /// <summary>The period named right after a figure ("… 4.13 trillion yuan in May"), if any.</summary>
    private static Term? PeriodNamedRightAfter(string text, IEnumerable<Mention> mentions, int end) =>
        mentions.FirstOrDefault(m => m.Kind == MentionKind.Period && !m.Comparison && m.Start >= end && PeriodRightAfter().IsMatch(text.AsSpan()[end..m.Start]))?.Term;

    private static (int Start, int End, Whole? Whole, Claim Claim) FindWhole(SentenceAnalysis analysis, Claim claim, Sentence sentence, Func<Term, Term?> totalOf)
    {
        var text = sentence.Text;
        var start = claim.Span.Start - sentence.Start;
        var end = start + claim.Span.Length;

        // "accounting for 51.8% of total foreign trade" — the whole follows the figure.
        var of = WholeAfter().Match(text, end);
        var (phraseStart, phraseEnd) = of.Success
            ? (of.Index + of.Length, WholeEnd(text, of.Index + of.Length))
            : ShareOfBefore(text, analysis.ClauseStartOf(start), start);
        if (phraseStart < 0)
        {
            return (end, end, null, claim);
        }

        // A name that runs past the stop word ("total imports and exports") stays whole.
        phraseEnd = analysis.Mentions.Where(m => m.Start >= phraseStart && m.Start < phraseEnd).Select(m => m.End).Append(phraseEnd).Max();
        var inside = analysis.Mentions.Where(m => m.Start >= phraseStart && m.End <= phraseEnd).ToList();
        // The whole is the phrase's head: "of China's total foreign trade", not "of … enterprises with import and export activities".
        var measure = inside.FirstOrDefault(m => m.Kind == MentionKind.Measure && !m.Generic && !HeadBlocked().IsMatch(text.AsSpan()[phraseStart..m.Start]));
        var entity = inside.Where(m => m.Kind == MentionKind.Entity && !m.Entity!.IsNational).Select(m => m.Entity).FirstOrDefault();
        var phrase = text[phraseStart..phraseEnd];
        var term = measure?.Term;
        if (term is null && TotalOnly().IsMatch(phrase))
        {
            // "Tax revenue made up 81.9% of the total": the total that the part is a part of, by the sum rules;
            // else the measure the part names ("of the national total").
            var part = analysis.Mentions.LastOrDefault(m => m.Kind == MentionKind.Measure && m.End <= start)?.Term;
            term = part is null ? null : totalOf(part) ?? part;
        }

        if (term is null)
        {
            return (phraseStart, phraseEnd, null, claim);
        }

        if (OwnWhole().IsMatch(phrase))
        {
            // "half of their total trade value": a share of the part's own total, which says nothing about the nation's.
            entity = EntityRef.Phrase(phrase);
        }

        if (entity is null && measure is not null && UnknownWholeModifier().Match(text[measure.End..phraseEnd]) is { Success: true } modifier && !inside.Any(m => m.Kind == MentionKind.Period && m.Start >= measure.End))
        {
            entity = EntityRef.Phrase(modifier.Groups["phrase"].Value);
        }

        return (phraseStart, phraseEnd, new Whole(term, entity ?? EntityRef.National), claim);
    }

    private static (int, int) ShareOfBefore(string text, int clauseStart, int claimStart)
    {
        var match = ShareOf().Match(text[clauseStart..claimStart]);
        if (!match.Success)
        {
            return (-1, -1);
        }

        var phraseStart = clauseStart + match.Groups["phrase"].Index;
        return (phraseStart, phraseStart + match.Groups["phrase"].Length);
    }

    private static int WholeEnd(string text, int from)
    {
        var stop = WholeStop().Match(text, from);
        // "…, or 15.9% of the total.": the sentence's closing stop is no part of the whole's name.
        return stop.Success ? stop.Index : Math.Max(from, text.AsSpan().TrimEnd(SentenceClose).Length);
    }

    private const string SentenceClose = ".!?\"'”’ ";

    private const string LastYear = "last-year";

    private static Context NextContext(Sentence sentence, SentenceAnalysis analysis, List<BoundClaim> bound, Context context, int? historyBefore)
    {
        // The period that frames a sentence is its first ("In June, …"); later ones are asides ("after 66.05
        // trillion yuan in the first half"). "By quarter, … in the first quarter, … in the second": a list of
        // periods does not set the period for what follows. Nor does a month said after the sentence's first figure
        // ("The unemployment rate stood at 5.2% in September. Per capita income reached …"): it dates that reading,
        // where "more than 30,000 were established in the first half" goes on about the half year. Nor does "last year"
        // after the first figure: it gives a reason or a base ("… fell 7.5% as projects were completed last year").
        // Nor does a year of the past ("Crested ibises, once down to seven birds in 1981, now number …"): it dates one
        // event, and what follows is of the briefing's time again. Nor does a month inside a sentence without figures
        // ("A super typhoon struck Hainan in September, …"): it dates an event; "In June, …" opening one still frames.
        var firstFigure = bound.Count > 0 ? bound.Min(b => b.Claim.Span.Start) - sentence.Start : int.MaxValue;
        var framing = analysis.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Period && !m.Comparison && !IsHistory(m.Term!, historyBefore));
        var aside = framing is not null && framing.Term!.Days <= SentenceAnalysis.MonthDays
            && (framing.Start > firstFigure || (bound.Count == 0 && !SentenceOpening().IsMatch(analysis.Text.AsSpan(0, framing.Start))));
        var period = PeriodList().IsMatch(analysis.Text) || (analysis.Text.Contains(AloneWord, StringComparison.OrdinalIgnoreCase) && SubPeriodAside().IsMatch(analysis.Text)) || aside
            || (framing?.Start > firstFigure && framing.Term!.Id == LastYear)
            ? context.Period
            : framing?.Term ?? context.Period;
        context = context with { Frame = context.Frame ?? period, Rate = TheRateOf(bound), Antecedent = null, RateBefore = null, Referent = TheSubjectOf(bound) };

        // What the sentence's figures were about is what the next sentence goes on about ("Of this total, …"),
        // unless they were items of a list ("that of high-tech manufacturing grew 9.5%"): those are done with.
        if (bound.LastOrDefault(b => b.IsBound) is { } lastBound)
        {
            return context with { Entity = lastBound.Entity.Source == EntitySource.Phrase ? context.Entity : lastBound.Entity, Period = period };
        }

        // A sentence without figures can set the topic ("… the world's second-largest exporter of industrial robots"),
        // but not by a bare subject: "Employment remained generally stable." names no one's figures.
        var entity = context.Entity;
        var entityMentions = analysis.Mentions.Where(m => m.Kind is MentionKind.Entity or MentionKind.Pronoun && !m.Comparison && !m.Subject).ToList();
        if (entityMentions.Count > 0)
        {
            var last = entityMentions[^1];
            entity = last.Kind == MentionKind.Pronoun ? Resolve(last, entityMentions, context, analysis.Text) : last.Entity!;
        }

        // "Knowledge-intensive services, the fast lane of the road, grew steadily. Their imports and exports totalled …":
        // a plural subject no measure names, of a sentence without figures, is whose the next sentence's "their" says.
        var subject = entityMentions.Count == 0 ? PluralSubject().Match(analysis.Text) : Match.Empty;
        var subjectEnd = subject.Index + subject.Length;
        return context with
        {
            Entity = entity,
            Period = period,
            Antecedent = subject.Success && !analysis.Mentions.Any(m => m.Kind == MentionKind.Measure && m.Start < subjectEnd) ? EntityRef.Phrase(subject.Value) : null,
        };
    }

    /// <summary>
    /// Where the figure's own clause starts when "and" opens it without a comma: "Housing output is down and completions
    /// fell more than 11%" gives the figure to completions, which no measure names, not to housing output. Only after a
    /// clause with its own verb, so "Sales of cars and trucks rose 5%" stays one subject.
    /// </summary>
    private static int CoordinatedClauseStart(string text, int clauseStart, int start) =>
        text.AsSpan(clauseStart, start - clauseStart).Contains(" and ", StringComparison.OrdinalIgnoreCase)
        && CoordinatedSubjectAndVerb().Match(text, clauseStart, start - clauseStart) is { Success: true } coordinated
            ? coordinated.Groups["subject"].Index
            : clauseStart;

    /// <summary>The growth rate of the figures' one measure, when their rates are of one measure and entity.</summary>
    /// <remarks>A loop, not a query: asked for every sentence and many figures, a distinct-by query made a set each time.</remarks>
    private static BoundClaim? TheRateOf(List<BoundClaim> bound)
    {
        BoundClaim? first = null;
        foreach (var b in bound)
        {
            if (b.Claim.Role != ClaimRole.Change || b.Measure is null)
            {
                continue;
            }

            if (first is null)
            {
                first = b;
            }
            else if (b.Measure.Id != first.Measure!.Id || b.Entity != first.Entity)
            {
                return null;
            }
        }

        return first;
    }

    /// <summary>
    /// What a sentence's figures were about, for an "it" or "they" in the next: its first level or count (else its first
    /// figure), when the first is a level, count, rate or share of a measure and every other of the sentence is of the
    /// same measure and whose ("Pork output reached 30.20 million tonnes, up 1.3%"). A sentence of two measures ("The
    /// industry's value added was 1.20% of the country's GDP of 134.91 trillion yuan") leaves the pronoun open, and so
    /// does one whose first figure has none.
    /// </summary>
    private static BoundClaim? TheSubjectOf(List<BoundClaim> bound)
    {
        static bool NamesTheSubject(BoundClaim b) => b.Claim.Role is ClaimRole.Level or ClaimRole.Count or ClaimRole.Change or ClaimRole.Share;
        if (bound is not [{ Measure: { } measure } first, ..] || !NamesTheSubject(first))
        {
            return null;
        }

        BoundClaim? level = null;
        foreach (var b in bound)
        {
            if (NamesTheSubject(b) && (b.Measure?.Id != measure.Id || b.Entity != first.Entity))
            {
                return null;
            }

            level ??= b.Claim.Role is ClaimRole.Level or ClaimRole.Count ? b : null;
        }

        // "Exports rose 19.3% to 226.9 billion yuan. That is 36.7 billion yuan more": the level, not the rate said
        // first, gives the unit a change of the referent is in.
        return level ?? first;
    }

    /// <summary>
    /// Whether a figure before, in a sentence opened by a pronoun, left unbound is one more thing said of the pronoun's
    /// referent rather than a new subject: a change, share, gap or contribution none of the rules could tie ("That is 8.5
    /// percentage points steeper than orders overall, and it took 16.5 percentage points off the total"). A level or
    /// count without a measure is what the pronoun did, and what follows is of that ("They claimed 331 lives, 12% of all"),
    /// and so is an average ("That is 3.8 deaths per accident").
    /// </summary>
    private static bool IsAnUnreadSayingOfTheReferent(BoundClaim before) =>
        before.Measure is null && before.Claim.Role is not (ClaimRole.Level or ClaimRole.Count or ClaimRole.Average or ClaimRole.Mean);

    /// <summary>
    /// Whether <paramref name="claim"/> says something of the measure of <paramref name="referent"/> that needs no unit of
    /// the measure's own: its share or contribution, a gap in its growth, a change in points of a rate, or a change in
    /// the referent's own unit. A level or count is not: "They killed 2,001 people" after "Fire teams handled 908,000
    /// fires" counts something else. Nor is a growth rate, which may be of the level it follows ("They claimed 331
    /// lives, down 14.7%") or of a whole ("It contributed 2.1 percentage points of the 4.7% growth"), and a pronoun's
    /// own rate is read already (BareRateNoun); nor points of an amount, which may change its share or its growth.
    /// </summary>
    private static bool SaysOfTheReferent(Claim claim, BoundClaim referent) => claim.Role switch
    {
        ClaimRole.PointChange => referent.Measure!.Dimension == UnitDimension.Percent,
        ClaimRole.Share or ClaimRole.GrowthShare or ClaimRole.Contribution or ClaimRole.RateGap => referent.Measure!.Dimension != UnitDimension.Percent,
        ClaimRole.AbsoluteChange => claim.Quantity.Unit == referent.Claim.Quantity.Unit,
        _ => false,
    };

    /// <summary>What the speaker is talking about at a point of the answer.</summary>
    /// <param name="Entity">Whose figures.</param>
    /// <param name="Period">The period now.</param>
    /// <param name="Frame">The first period the speaker named in this answer.</param>
    /// <param name="Rate">The growth rate the sentence before gave, when its rates were of one measure.</param>
    /// <param name="Antecedent">
    /// Whom a pronoun points at when its own sentence names no one before it: in a paragraph's first sentence, whom the
    /// speaker's paragraph before ended on; after a sentence without figures, that sentence's plural subject.
    /// </param>
    /// <param name="RateBefore">In a paragraph's first sentence, the growth rate the speaker's paragraph before ended on.</param>
    /// <param name="Referent">What the sentence before's figures were about, when they were of one measure (<see cref="TheSubjectOf"/>).</param>
    private sealed record Context(EntityRef Entity, Term? Period, Term? Frame = null, BoundClaim? Rate = null, EntityRef? Antecedent = null, BoundClaim? RateBefore = null, BoundClaim? Referent = null);

    // "It is", "They made up", "In June, it", "That is": a sentence whose subject is a pronoun, after at most a time that
    // opens it, and no colon or "that" after it ("It is true that volume has outpaced revenue: the gap …" names its own
    // subject). "That" says what the figure before is ("That is 48.7% of new orders") only before a verb of being.
    // "Its share", "Their share" is the referent's share, as "it is" is; another noun after "its" ("Its revenue") names
    // another measure of the same owner.
    [GeneratedRegex(@"^(?:(?:in|during|over|by|for|at)\s+[^,;:]{1,40},\s*)?(?:it|they|(?:its|their)\s+share|that(?=\s+(?:is|was|means|equals)\b))\s+(?![^:;]*\bthat\b)[^:;]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PronounOpening();

    [GeneratedRegex(@"^(?:their|they|these)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PluralPronoun();

    // A sentence's opening noun phrase of up to four words, ending in a plural ("services", not "business" or "gas"
    // alone), before a comma or a verb.
    [GeneratedRegex(@"^(?!(?:They|These|Those|We|You|Our|Their|Its|It|This|That|There|Some|Many|Most|All|Both)\b)\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}?(?<=[^sui]s)(?=\s*,|\s+(?:grew|rose|fell|were|are|have|had|remained|kept|continued|recovered|did|saw|showed|performed|held|stayed|made|led|picked|slowed|expanded|shrank|declined)\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PluralSubject();

    [GeneratedRegex(@"^\s*(?:and\s+)?(?:that|those)\s+of\s+(?<what>[\p{L}][\p{L}\s'’-]{2,60}?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThatOf();

    [GeneratedRegex(@"^\s+of\s+" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfBeforeTheFigure();

    // "with revenue from land-use rights sales of", "had total revenue of": up to seven words, none a verb or a figure.
    [GeneratedRegex(@"(?:^|\b(?:with|had|has|have|earned|recorded|posted|reported|generated|achieved|registered|and)\s+)(?<phrase>(?!(?:an?|one|each)\s)[\p{L}][\p{L}'’-]*(?:\s+(?!(?:was|were|is|are|had|has|have|reached|rose|grew|fell|totaled|stood|hit|with|and|earned|recorded|posted|reported|generated|achieved|registered)\b)[\p{L}'’-]+){0,6})\s+of\s+(?:(?:more\s+than|nearly|about|over|around|approximately|close\s+to|almost)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex PhraseOfFigure();

    // ", up", ", a rise of", ", representing a year-on-year decrease of": what stands between a level and its growth; or
    // a comma alone, before a growth rate that says its base after it ("1.21 trillion yuan, 5.7% more than a year earlier").
    [GeneratedRegex("^" + GrowthCue, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex GrowthAfterLevel();

    private const string GrowthCue = @"(?:[\s,]*(?:(?:up|down|rising|falling|growing|increasing|decreasing|declining)\s+(?:by\s+)?|(?:representing\s+)?an?\s+(?:year[- ]on[- ]year\s+)?(?:increase|decrease|rise|decline|drop|jump|fall|gain)\s+of\s+)|\s*,\s*)$";

    // "38 million trips in the first half, up 28.5%", "332.53 million of them, up 3.9%": the level's period, or what
    // it is a part of, may stand between it and its growth.
    [GeneratedRegex(@"^(?:\s+(?:of\s+(?:them|it|these|this)|(?:in|during)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?))?" + GrowthCue, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GrowthAfterLevelAndItsPeriod();

    // Between two growth rates: the first's own words (its basis, its period), then ", and" and a verb of change with no
    // subject before it ("year on year in June, and was down", "in the first quarter, and rose").
    [GeneratedRegex(@"^[^,;.\d]{0,60},?\s+and\s+(?:(?:was|were|is|are)\s+)?(?:up|down|rose|fell|grew|increased|decreased|declined|dropped)\s+(?:by\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectlessGrowth();

    // ", 8.6 percentage points faster", ", which is 11.5 percentage points better", ", a pace 2.4 percentage points faster".
    [GeneratedRegex(@"^[\s,]*(?:(?:which|that)\s+(?:is|was)\s+|an?\s+(?:pace|decline|rise|increase|growth|drop|fall|gain)\s+)?" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PointsAfterRate();

    // "… rose 3% to …", "… rose by 170 billion kilowatt-hours from a year earlier, to …".
    [GeneratedRegex(@"^\s*(?:year[- ]on[- ]year\s+|(?:from|over|compared\s+with)\s+(?:a\s+year\s+(?:earlier|ago)|the\s+same\s+period\s+(?:of\s+)?last\s+year)\s*,?\s*)?to\s+" + SpokenHedge.Optional + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex LevelAfterGrowth();

    [GeneratedRegex(@"^\s*(?:\p{L}+\s+){1,3}(?:more\s+than\s+|nearly\s+|about\s+|over\s+|almost\s+|close\s+to\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountOfSubject();

    [GeneratedRegex(@"^(?:exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|top(?:ped|s|ping)?)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HedgeVerb();

    // What stands between two items of a list by period: the first's period, then a comma, "and", "or" or "which made".
    [GeneratedRegex(@"^\s+(?:in|during)\s+[^,;:]{2,30}?(?:,\s*(?:and\s+)?|\s+and\s+|,\s+(?:which\s+made|making|or|for\s+a\s+total\s+of)\s+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NextItemByPeriod();

    // A finite verb, then "and", a subject of up to four words that is no pronoun or adverb, and its verb, right before the figure.
    [GeneratedRegex(@"\b(?:is|are|was|were|fell|rose|grew|dropped|declined|increased|decreased|slowed|stayed|remained)\b[^,;:]*?\sand\s+(?<subject>(?!(?:then|also|further|again|later|still|even|so|thus|it|its|they|their|we|our|that|those|this|these)\b)\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3})\s+(?:fell|rose|grew|dropped|declined|increased|decreased|climbed|jumped|shrank|expanded|slipped|was|were)\s+\D{0,20}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CoordinatedSubjectAndVerb();

    [GeneratedRegex(@"^[\s,;]*(?:and\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareClause();

    [GeneratedRegex(@"^\s*(?:had|has|have|earned|recorded|posted|reported|generated|achieved|registered)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Possession();

    [GeneratedRegex(@"\b(?:with|of|in|for|to|from|by|among|that|which)\b|[""“]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HeadBlocked();

    [GeneratedRegex(@"^\s*(?:their|its|his|her)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OwnWhole();

    // Each reading of Target, SubPeriodAside and Respectively holds one of their words, searched for first: most clauses
    // have none, and the search is far cheaper than the pattern's (the patterns' only case variant of an ASCII letter
    // is the Kelvin sign for k, which none of the words has).
    internal static readonly SearchValues<string> TargetWords = SearchValues.Create(["target", "goal", "quota", "plan", "ceiling", "threshold", "cap"], StringComparison.OrdinalIgnoreCase);

    internal const string AloneWord = "alone";

    // At most a few words before a period that opens its sentence: "In June", "By the end of June", "So in June".
    [GeneratedRegex(@"^\s*(?:[\p{L}]+\s+){0,4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceOpening();

    internal const string RespectivelyWord = "respectively";

    [GeneratedRegex(@"\b(?:target|goal|quota|plan|ceiling|threshold|cap)\s+(?:of|at|is|was)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex Target();

    [GeneratedRegex(@"\bwhen\s+(?:it|growth|the\s+(?:growth|decline|increase|rise)(?:\s+rate)?)\s+(?:was|stood\s+at|reached|grew|rose|fell)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WhenItWas();

    // "the decline narrowed to", "when growth was", "; growth was": a growth rate whose subject is its noun and nothing
    // more; or a pronoun, after at most a time that opens the clause: "In the third quarter it grew", ", they rose by".
    [GeneratedRegex(@"(?:^|[,;:]|\bwhen\b|\band\b)\s*(?:(?:the\s+|its\s+)?(?:year[- ]on[- ]year\s+)?(?:growth|decline|increase|rise|drop|fall)(?:\s+rate)?\s+(?:was|is|stood\s+at|came\s+in\s+at|\p{L}+ed\s+to)|(?:(?:in|during|over)\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+\s*,?\s*)?(?<pronoun>it|they)\s+(?:also\s+|then\s+)?" + NamedRates.GrowthVerb + @"(?:\s+by)?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareRateNoun();

    // The last words BareRateNoun can end with ("was", "stood at", "narrowed to", "it grew by", NamedRates.GrowthVerb): it
    // tries every separator of the clause, and is asked of every rate no measure was found for, whose clauses mostly end
    // otherwise ("exports grew 5.2% and imports").
    private static readonly string[] BareRateEnds = ["was", "is", "at", "to", "by", .. NamedRates.GrowthVerbs];

    // A clause's own noun phrase before its first figure: content words, not just "up", "down", "and", "or".
    [GeneratedRegex(@"^\s*(?:and\s+|or\s+)?(?!(?:up|down|rising|falling|growing|increasing|an?|the\s+same|accounting|making|reaching|totaling|totalling|marking|compared|which|while|it|this)\b)[\p{L}][\p{L}'’-]+(?:\s+[\p{L}'’-]+)+\s+(?:of\s+|at\s+|to\s+)?(?:more\s+than\s+|nearly\s+|about\s+|over\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OwnNounPhrase();

    [GeneratedRegex(@"\b(?:quarter|month|half|year)\s+alone\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex SubPeriodAside();

    [GeneratedRegex(@"^(?:(?:by|broken\s+down\s+by)\s+(?:quarter|month|year|half)|quarter\s+by\s+quarter|month\s+by\s+month|year\s+by\s+year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeriodList();

    // Why a figure of a list by period ("Quarter by quarter, …") stays unbound: not even the briefing's period is its.
    private const string ItemOfAListByPeriod = "one of a list by period that names no period of its own";

    [GeneratedRegex(@"\b(?:excluding|except\s+for|not\s+counting)\s+(?<what>[^,;]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Excluding();

    // One of them is in every match of Excluding (none has a letter whose case variants go beyond ASCII, as k's do).
    private static readonly SearchValues<string> ExcludingWords = SearchValues.Create(["excluding", "except", "counting"], StringComparison.OrdinalIgnoreCase);

    // Items, each one word, then the noun they share and its verb, after what says when: "In the first half, railway and waterway investment grew".
    [GeneratedRegex(@"^\s*(?:(?:in|during|for|by|at)\s+[^,]{1,60},\s*)?(?:and\s+)?(?<item>[\p{L}-]+)(?:\s*,\s*(?<item>[\p{L}-]+))*\s*,?\s+and\s+(?<item>[\p{L}-]+)\s+(?<head>[\p{L}-]+)\s+(?:grew|rose|fell|increased|decreased|declined|dropped|were|was|reached|totaled|totalled)\s+(?:by\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RespectiveSubject();

    [GeneratedRegex(@"\brespectively\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex Respectively();

    [GeneratedRegex(@"\G\s*(?:year[- ]on[- ]year\s+)?for\s+(?!the\s+(?:first|second|third|fourth|same)\b|(?:the\s+)?(?:first|second|third|fourth|\d)|this\b|that\b)(?<phrase>[\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ForAfter();

    [GeneratedRegex(@"[,;:(—–]|\s(?:and\s+\d|in\s+the|during|compared|from|than)\b|$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AfterPhraseEnd();

    // "4.13 trillion yuan in May", "2.1 million a month in the first quarter", "77,180 yuan per tonne in January": the
    // period follows the unit and what it is counted per. "21.9 degrees Celsius in June": a capitalised word may end the unit.
    [GeneratedRegex(@"\G(?:\s+\p{Lu}\p{Ll}+(?=\s+(?:in|during|for|at)\s))?\s*(?:(?:a|an|per|each)\s+[\p{L}-]+\s+(?:on\s+average\s+)?)?(?:year[- ]on[- ]year\s+)?(?:in\s+(?:the\s+)?|during\s+(?:the\s+)?|for\s+(?:the\s+)?|at\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeriodRightAfter();

    [GeneratedRegex(@"^\s+in\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InRightAfter();

    [GeneratedRegex(@"\G\s*of\s+(?:the\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WholeAfter();

    [GeneratedRegex(@"^(?:\s+(?:on|in|for|from|to|of|at|by|with)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})?\s*,\s*(?:or\s+|accounting\s+for\s+|making\s+up\s+|representing\s+|equal\s+to\s+)?(?:(?:about|nearly|almost|around|over|more\s+than|close\s+to)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShareAfterAmount();

    [GeneratedRegex(@"\G,?\s+(?:in\s+)?(?:a\s+year\s+(?:earlier|ago|before)|the\s+same\s+period\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago))|(?:at\s+)?(?:the\s+)?same\s+time\s+last\s+year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AYearEarlierAfter();

    // After a rate, in its clause: "from May" (not "from May 2024", nor "from January to May", a period), "month on
    // month", "from a month earlier", "over the previous quarter", "quarter-on-quarter".
    [GeneratedRegex(@"^[^,;]*?\b(?:(?:month|quarter)[- ]on[- ](?:month|quarter)|(?:from|over|on|compared\s+with)\s+(?:(?:the\s+)?(?:previous|prior|preceding)\s+(?:month|quarter)|(?:a|one|the)\s+(?:month|quarter)\s+(?:earlier|before)|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s*,?\s*(?:19|20)\d\d)(?!\s*(?:to|through|till|until|-|–)\s)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FromThePeriodBefore();

    [GeneratedRegex(@"\b(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:year\s+before|previous\s+year)|the\s+same\s+period\s+(?:of\s+)?last\s+year)\s*,\s*when\s+(?:there\s+(?:were|was)|it\s+(?:was|stood\s+at)|they\s+(?:were|numbered))\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WhenAYearEarlier();

    [GeneratedRegex(@"^\s*(?:it|them|this|that|these|those)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"[,;:(—–]|\s+(?:while|up|down|an?\s+increase|an?\s+decrease|remaining|making|which|as)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WholeStop();

    // "Their share rose 1.9 percentage points to", "its share of the national total was": no figure or clause between.
    [GeneratedRegex(@"\b(?:its|their)\s+share\b(?:\s+of\s+(?:the\s+)?(?:national\s+|country's\s+|overall\s+)?total\b)?[^,;:]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PossessiveShare();

    [GeneratedRegex(@"\bshare\s+of\s+(?<phrase>.+?)\s+(?:rose|fell|was|is|stood|reached|increased|decreased|grew|climbed|dropped|came|hit|went)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShareOf();

    [GeneratedRegex(@"^\s*(?:the\s+)?(?:national\s+|country's\s+|overall\s+)?total(?:\s+number)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TotalOnly();

    [GeneratedRegex(@"^\s+(?:in|of|with|from|to|for)\s+(?<phrase>(?:the\s+)?[\p{L}][\p{L}\s'-]{2,60}?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnknownWholeModifier();
}
