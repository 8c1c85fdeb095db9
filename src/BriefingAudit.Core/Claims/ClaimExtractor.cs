using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// Reads the numeric claims of a segmented transcript: for each number, whether it is a claim at all (years,
/// dates, ordinals, streaks and list counts are not), its unit, rounding interval, hedge, role and sign.
/// Immutable and thread-safe.
/// </summary>
public sealed partial class ClaimExtractor(Lexicon lexicon, INumberFinder numbers)
{
    public ClaimExtractor(Lexicon lexicon)
        : this(lexicon, WindowedNumberFinder.English)
    {
    }

    /// <summary>
    /// Sentences longer than this are not read for figures (a note says so). The longest sentence of the real
    /// transcripts is about 530 characters; the number recogniser's cost grows faster than the length (a run of
    /// 10,000 digits and commas takes seconds, 50,000 minutes), so one unpunctuated megabyte must not reach it.
    /// </summary>
    public const int MaxSentenceLength = 2_000;

    /// <summary>The note for a sentence over <see cref="MaxSentenceLength"/>, whose figures are not read; null when it is within it.</summary>
    internal static ExtractionNote? TooLong(SegmentedDocument document, Sentence sentence) =>
        sentence.Text.Length <= MaxSentenceLength
            ? null
            : new ExtractionNote(document.Document.Map.Span(sentence.Start, 0), string.Format(CultureInfo.InvariantCulture, Messages.SentenceTooLong, sentence.Text.Length, MaxSentenceLength));

    /// <summary>Claims of every content sentence, with notes on figures that could not be used.</summary>
    public ExtractionResult Extract(SegmentedDocument document, CancellationToken cancellation = default) =>
        Extract(document, DocumentScan.Of(document, lexicon, cancellation), cancellation);

    /// <summary>Claims of every content sentence, reading the vocabulary from <paramref name="scan"/> (of the same document).</summary>
    public ExtractionResult Extract(SegmentedDocument document, DocumentScan scan, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(scan);
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var notes = ImmutableArray.CreateBuilder<ExtractionNote>();
        var previousParagraphFirst = 0;
        foreach (var paragraph in document.ContentParagraphs)
        {
            var sentences = paragraph.Sentences;
            var paragraphFirst = claims.Count;
            // "Among them, German brands sold 1.618 million": a paragraph that opens by pointing back goes on counting
            // what the paragraph before it counted.
            var previousCount = LastQuantityIn(claims, previousParagraphFirst, paragraphFirst, IsAmountCounted)?.Unit;
            var inherited = sentences.Length > 0 && PointsBackToTheParagraphBefore().IsMatch(sentences[0].Text) ? previousCount : null;
            for (var i = 0; i < sentences.Length; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                // The counted unit the paragraph named last before the sentence, looked up only for a bare figure: what
                // the last count of a sentence counted ("1.809 billion mobile phone users"), else the last counted unit
                // the sentence names.
                // "Services contributed 8.6 percentage points. Software products contributed 2.4 points.": the sentence
                // before, in the same paragraph, ended on a rate.
                var rateBefore = i > 0 && claims.Count > paragraphFirst && claims[^1].SentenceIndex == sentences[i - 1].Index
                    && claims[^1].Quantity.Dimension is UnitDimension.Percent or UnitDimension.PercentagePoints;
                ExtractSentence(document, sentences[i], scan, claims, notes, rateBefore, new CountsBefore(this, scan, sentences, i, claims, paragraphFirst, inherited, previousCount, previousParagraphFirst, document.Document.Text));
            }

            previousParagraphFirst = paragraphFirst;
        }

        return new ExtractionResult(claims.ToImmutable(), notes.ToImmutable());
    }

    private void ExtractSentence(SegmentedDocument document, Sentence sentence, DocumentScan scan, ImmutableArray<Claim>.Builder claims, ImmutableArray<ExtractionNote>.Builder notes, bool rateBefore, CountsBefore countsBefore)
    {
        var text = sentence.Text;
        if (TooLong(document, sentence) is { } tooLong)
        {
            notes.Add(tooLong);
            return;
        }

        var found = numbers.Find(BlankPeriodAfterScale(NamesWithDigits.Blank(text)));
        if (found.IsEmpty)
        {
            return;
        }

        var sentenceScan = scan.For(sentence) ?? SentenceScan.Of(text, lexicon);
        var reserved = ReservedSpans(text, sentenceScan);
        var clauseStarts = sentenceScan.ClauseStarts;
        var previousStart = 0;
        var previousEnd = 0;
        Quantity? lastAmount = null;
        Quantity? lastRate = null;
        var consumedUntil = 0;
        var ratesAround = rateBefore || text.Contains('%', StringComparison.Ordinal) || text.Contains("percent", StringComparison.OrdinalIgnoreCase);
        for (var k = 0; k < found.Length; k++)
        {
            var number = found[k];
            // A number inside the claim just read (its hedge after it can reach past the next number) is part of it:
            // its window would end before it starts.
            if (number.Start < Math.Max(consumedUntil, previousEnd) || IsNotAClaim(text, number, reserved))
            {
                continue;
            }

            var clauseStart = Clauses.StartOf(clauseStarts, number.Start);
            var windowStart = Math.Max(previousEnd, clauseStart);
            var window = text.AsSpan(windowStart, number.Start - windowStart);
            // "…, 148 in typhoons, and 96 in other disasters", "…, while 364 were below it": the last item of a list opens
            // a clause after ", and" or ", while", yet goes on with the list's count as an item after a comma does; it is
            // read with the list's joiner. One digit is left to lists ("12 provinces reported, and 7 of them grew").
            var continuing = window.IsEmpty && clauseStart > previousEnd && number.Value is >= 10 && LastItemOfAList().IsMatch(text.AsSpan(previousEnd, clauseStart - previousEnd))
                ? text.AsSpan(previousEnd, number.Start - previousEnd)
                : window;
            // "4.0 per 1,000 from 4.5" goes on with the rate; "10.40 million beds, 7.39 beds per 1,000 residents. Hospitals
            // held 8.26 million of them": an amount goes on with the amount before it, never with a rate.
            var continued = lastRate is not null && !WrittenAsAmount().IsMatch(number.Text) ? lastRate : lastAmount;
            var reading = ReadUnit(text, number, continued, continuing, ratesAround) ?? UnitOfTheNext(text, found, k, continued, ratesAround) ?? InheritedCount(text, number, clauseStart, continued, countsBefore, claims);
            if (reading is null)
            {
                continue;
            }

            var (unitEnd, quantityFactory) = reading.Value;
            if (number.Value is not { } value)
            {
                notes.Add(new ExtractionNote(document.Document.Map.Span(sentence.Start + number.Start, number.Length), string.Format(CultureInfo.InvariantCulture, Messages.NumberOutOfRange, number.Text)));
                previousEnd = unitEnd;
                continue;
            }

            Quantity quantity;
            Interval stated;
            try
            {
                quantity = quantityFactory(value);
                stated = Precision.RoundingInterval(number.Text, quantity);
            }
            catch (OverflowException)
            {
                notes.Add(new ExtractionNote(document.Document.Map.Span(sentence.Start + number.Start, number.Length), string.Format(CultureInfo.InvariantCulture, Messages.NumberOutOfRange, number.Text)));
                previousEnd = unitEnd;
                continue;
            }

            if (IsListCountInWords(number, quantity))
            {
                consumedUntil = unitEnd;
                continue;
            }

            var (qualifier, claimStart) = QualifierBefore(text, number.Start, windowStart);
            var (postQualifier, claimEnd) = QualifierAfter(text, unitEnd);
            // "100 cities have a million cars or more each", "earthquakes of magnitude 5.0 or above": a figure that
            // opens a bound after it is the edge of a class of things, not an amount of anything.
            if (postQualifier is { Effect: not (QualifierEffect.About or QualifierEffect.Nearly) })
            {
                consumedUntil = claimEnd;
                continue;
            }

            qualifier ??= postQualifier;
            var interval = Precision.Hedge(stated, quantity.Value, qualifier);
            var after = new TextPart(text, claimEnd, Math.Min(text.Length, claimEnd + 120));
            var (role, sign) = RolesFromTheFigureBefore.Apply(
                Roles.Classify(quantity.Dimension, new TextPart(text, windowStart, Math.Max(windowStart, claimStart)), new TextPart(text, clauseStart, claimStart), after),
                quantity, claims, new RolesFromTheFigureBefore.Place(text, sentence.Index, sentence.Start, clauseStarts, previousStart, previousEnd, claimStart, after));

            if (role == ClaimRole.Level && quantity.Dimension == UnitDimension.Count)
            {
                role = ClaimRole.Count;
            }

            var span = document.Document.Map.Span(sentence.Start + claimStart, claimEnd - claimStart);
            claims.Add(new Claim(span, text[claimStart..claimEnd], quantity, stated, interval, qualifier, role, sign, sentence.Index));
            if (IsRate(quantity))
            {
                lastRate = quantity;
            }
            else if (quantity.Dimension is UnitDimension.Count or UnitDimension.Currency)
            {
                (lastAmount, lastRate) = (quantity, null);
            }

            previousStart = claimStart;
            previousEnd = claimEnd;
            consumedUntil = unitEnd;
        }
    }

    /// <summary>
    /// "an average of about 2.16 million a quarter": after a scale word, "a quarter" (or "a half") says per what period;
    /// Recognizers reads it as a fraction joined to the figure and then finds no number at all ("2 million a half" it
    /// reads as 1,000,000.5). The period's words are blanked (offsets kept) before the number finder reads the sentence.
    /// </summary>
    private static string BlankPeriodAfterScale(string sentence)
    {
        if (!sentence.AsSpan().ContainsAny(ScaleThenA))
        {
            return sentence;
        }

        var masked = sentence.ToCharArray();
        foreach (var match in PeriodAfterScale().EnumerateMatches(sentence))
        {
            masked.AsSpan(match.Index, match.Length).Fill(' ');
        }

        return new string(masked);
    }

    private static readonly SearchValues<string> ScaleThenA = SearchValues.Create(["thousand a", "million a", "billion a", "trillion a"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<=\b(?:thousand|million|billion|trillion)\s+)an?\s+(?:quarter|half|third|fourth|fifth|sixth|tenth)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeriodAfterScale();

    /// <summary>
    /// "Six provinces and municipalities", "the four basic telecom enterprises", "Ten batches", "one of the items": a
    /// count said in words is a list count, not a statistic, as 三家企业 is in Chinese; statistics are written in
    /// digits. A multiple ("thirty times"), an amount with a scale word and a unit of measure ("eight days") still are.
    /// </summary>
    private bool IsListCountInWords(FoundNumber number, Quantity quantity) =>
        quantity.Dimension == UnitDimension.Count && quantity.ScaleWord is null && !DigitNumber.HasDigit(number.Text)
        && !lexicon.UnitsOfMeasure.Contains(quantity.Unit) && quantity.Unit != "times";

    /// <summary>
    /// "rose 0.5 and 0.3 percentage points", "between 1.3 trillion and 1.4 trillion yuan": a figure joined to the
    /// next one by "and", "or", "to" or a dash, with no unit of its own, is in the next one's unit (which may itself
    /// come from the one after). Not when only the next one has a scale word ("3 and 4 million tonnes"): the first
    /// would then be read a million times too small. A comma joins items of a list too when both say the same scale word
    /// ("12.86 million, 17.42 million, 22.95 million and 20.97 million tonnes"); a bare comma between plain numbers
    /// may end a scope instead ("Of the 612, 503 were …").
    /// </summary>
    private (int End, Func<decimal, Quantity> Factory)? UnitOfTheNext(string text, ImmutableArray<FoundNumber> found, int index, Quantity? lastAmount, bool ratesAround)
    {
        var number = found[index];
        if (index + 1 >= found.Length || found[index + 1] is not { } next || Year().IsMatch(number.Text))
        {
            return null;
        }

        var between = text.AsSpan(number.End, Math.Max(0, next.Start - number.End));
        var scale = ScaleWord(number.Text);
        var ofTheWhole = OfTheWhole().IsMatch(between) && scale is null;
        if (!(Coordinated().IsMatch(between) || ofTheWhole || (ListComma().IsMatch(between) && scale is not null && scale == ScaleWord(next.Text)))
            || (ScaleWord(next.Text) is not null && scale is null))
        {
            return null;
        }

        var nextReading = ReadUnit(text, next, lastAmount, [], ratesAround) ?? UnitOfTheNext(text, found, index + 1, lastAmount, ratesAround);
        if (nextReading is not { Factory: var factory } || (ofTheWhole && factory(1).Dimension != UnitDimension.Count))
        {
            return null;
        }

        return (number.End, v => factory(v) with { ScaleWord = scale });
    }

    /// <summary>
    /// What the paragraph counted before a sentence: <see cref="InParagraph"/> is the counted unit it named last (looked
    /// up only for a bare figure), else, when the paragraph opens by pointing back, what the paragraph before counted;
    /// <see cref="PreviousParagraph"/> is what the paragraph before counted last, for a figure that says it adds to it;
    /// <see cref="SubjectInParagraph"/> is the plural noun the nearest sentence before, in the paragraph, is about,
    /// which "of them" may point back to even when nothing was counted.
    /// </summary>
    /// <remarks>
    /// What it reads is passed in, and each is looked up only when asked (most sentences never ask): three closures
    /// made for every sentence were a fifth of what extraction allocated.
    /// </remarks>
    private readonly record struct CountsBefore(
        ClaimExtractor Extractor, DocumentScan Scan, ImmutableArray<Sentence> Sentences, int Before, ImmutableArray<Claim>.Builder Claims, int ParagraphFirst, string? Inherited, string? PreviousParagraph,
        int PreviousParagraphFirst, string DocumentText)
    {
        public string? InParagraph()
        {
            for (var i = Before - 1; i >= 0; i--)
            {
                var sentence = Sentences[i];
                if ((LastCountOf(Claims, ParagraphFirst, sentence.Index) ?? (Scan.For(sentence) is { } earlier ? earlier.LastCount : Extractor.CountedBefore(sentence.Text, sentence.Text.Length))?.Name) is { } counted)
                {
                    return counted;
                }
            }

            return Inherited;
        }

        /// <summary>
        /// "Guangzhou Customs opened 618 cases. … Nanning Customs opened 503", "Agricultural products accounted for 835
        /// cases. … Refined oil accounted for 402": what the last count right after the same word (a verb, or the
        /// preposition it takes) counted, in the paragraph or the one before; null when no such count was said.
        /// </summary>
        public string? AfterTheSameWord(string? word)
        {
            for (var i = Claims.Count - 1; word is not null && i >= PreviousParagraphFirst; i--)
            {
                if (IsAmountCounted(Claims[i].Quantity) && LastWordBefore(DocumentText, Claims[i].Span.Start) is { } before
                    && before.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return Claims[i].Quantity.Unit;
                }
            }

            return null;
        }

        /// <summary>What the sentence's last count before the figure counted.</summary>
        public string? InSentence() => LastCountOf(Claims, ParagraphFirst, Sentences[Before].Index);

        public Quantity? AmountInParagraph() => LastQuantityIn(Claims, ParagraphFirst, Claims.Count, static q => q.Dimension is UnitDimension.Currency or UnitDimension.Count);

        public string? SubjectInParagraph()
        {
            for (var i = Before - 1; i >= 0; i--)
            {
                if (SubjectOpeningAClause(Sentences[i].Text) is { } subject)
                {
                    return subject;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// "The number of migrant workers … was 191.03 million", "of which 1.62 million were for …", "the numbers were
    /// 4,862, 5,210 and 5,647": a bare figure written as an amount (a scale word or thousands separators, so not a
    /// year, an article or a list count) is in the unit of the sentence's last amount ("72.9 million worked outside
    /// their home provinces, …, and 118.13 million …" are both people; "3.97 trillion yuan — 3.16 trillion in …" both
    /// yuan), else counts the plural noun its clause is about ("Transport flights totaled 2.96 million"), else what
    /// the sentence last named with a counted unit before it, else what the paragraph last named; "drew another 1.73
    /// million" adds to what the paragraph before counted last. A bare whole number of two digits or more not written
    /// as an amount may be a year, an age, a rank or a label, so it counts only what its clause names as counted
    /// ("Deaths in coal mines fell to 201", "The number of people injured was 856") or what it points back to ("Of
    /// them, 612 …", "each of those 856"), or adds to ("We launched 14 ferries. Another 23 were ordered": more of what the
    /// paragraph counted last).
    /// </summary>
    private (int End, Func<decimal, Quantity> Factory)? InheritedCount(string text, FoundNumber number, int clauseStart, Quantity? lastAmount, CountsBefore countsBefore, ImmutableArray<Claim>.Builder claims)
    {
        var scale = ScaleWord(number.Text);
        string? unit;
        if (WrittenAsAmount().IsMatch(number.Text))
        {
            // "Rural parcels, more than 26 billion of them, now move …": an amount set off by a comma after a plural noun,
            // and pointing back to it with "of them", counts that noun, whatever amount the sentence gave before it.
            if (NounInApposition().Match(text, 0, number.Start) is { Success: true } apposition && OfThem().IsMatch(text.AsSpan(number.End)))
            {
                var noun = CountedAs(apposition.Groups["noun"].Value);
                return (number.End, v => new Quantity(v, noun, UnitDimension.Count, scale));
            }

            if (lastAmount is not null)
            {
                return (number.End, v => lastAmount with { Value = v, ScaleWord = scale });
            }

            // "China had 1.12 billion internet users. Out of a population of 1.41 billion, …": "a population of" says
            // what the amount counts, whatever the paragraph counted before. (In its own sentence, "The 1.39 billion
            // cardholders are 98.7% of the population of 1.41 billion", the amount goes on with the count it is
            // compared with, as above.)
            if (PopulationOf().IsMatch(text.AsSpan(0, number.Start)) || IsOfPeopleActedOn(text, number))
            {
                return (number.End, v => new Quantity(v, CountedAs("people"), UnitDimension.Count, scale));
            }

            unit = CountedByClauseSubject(text, clauseStart, number) ?? SubjectCounted(text, number.Start) ?? CountedByModifier(text, number.Start)?.Name
                ?? CountedBefore(text, number.Start)?.Name;
            // "The primary industry produced 3.38 trillion yuan, up 3.9%. The secondary industry came to 4.41 trillion":
            // money said again in the paragraph, at the same scale, often drops its currency; a count of another
            // scale ("… 3.38 trillion yuan. Passengers came to 2.1 billion") does not go on with it.
            if (unit is null && scale is not null && countsBefore.AmountInParagraph() is { Dimension: UnitDimension.Currency } money && money.ScaleWord == scale)
            {
                return (number.End, v => money with { Value = v, ScaleWord = scale });
            }

            unit ??= countsBefore.InParagraph()
                ?? (AnotherBefore().IsMatch(text.AsSpan(0, number.Start)) ? countsBefore.PreviousParagraph : null)
                ?? (OfThem().IsMatch(text.AsSpan(number.End)) ? countsBefore.PreviousParagraph ?? countsBefore.SubjectInParagraph() : null)
                ?? (RestatesByTheArticle(text, number) ? CountSaidBefore(claims, number.Value!.Value) : null)
                ?? (FollowedWith().IsMatch(text.AsSpan(0, number.Start)) || HolderOfACount(text, number) ? countsBefore.PreviousParagraph : null);
        }
        // "were 15 minutes away": a plural word right after the figure (which no unit reading took) is what it counts, not the subject.
        else if (number.Value is >= 10 && number.Text.All(char.IsAsciiDigit) && !Year().IsMatch(number.Text) && !HasImmediateNoun(text, number.End))
        {
            unit = CountedByClauseSubject(text, clauseStart, number)
                ?? (IsOfPeopleActedOn(text, number) ? "people" : null)
                ?? (PointingBackScope().IsMatch(text.AsSpan(0, number.Start)) ? countsBefore.InParagraph() : null)
                ?? (DemonstrativeBefore().IsMatch(text.AsSpan(0, number.Start)) || RestatesByTheArticle(text, number) ? CountSaidBefore(claims, number.Value.Value) : null)
                ?? (AnotherBefore().IsMatch(text.AsSpan(0, number.Start)) ? countsBefore.InParagraph() : null)
                ?? (OfThem().IsMatch(text.AsSpan(number.End)) ? countsBefore.InParagraph() ?? countsBefore.SubjectInParagraph() : null)
                ?? (CountDifferenceAfter().IsMatch(text.AsSpan(number.End)) ? countsBefore.InSentence() ?? countsBefore.InParagraph() : null)
                ?? (FollowedWith().IsMatch(text.AsSpan(0, number.Start)) ? countsBefore.InSentence() ?? countsBefore.InParagraph() ?? countsBefore.PreviousParagraph : null)
                ?? (GappedListName().IsMatch(text.AsSpan(0, number.Start)) ? countsBefore.InSentence() : null)
                ?? countsBefore.AfterTheSameWord(ParallelWord(text, clauseStart, number))
                ?? (HolderOfACount(text, number) ? countsBefore.InSentence() ?? countsBefore.InParagraph() ?? countsBefore.PreviousParagraph : null);
        }
        else
        {
            return null;
        }

        var counted = unit is null ? null : CountedAs(unit);
        return counted is null ? null : (number.End, v => new Quantity(v, counted, UnitDimension.Count, scale));
    }

    /// <summary>
    /// "We prosecuted 78,600", "Broadcasters employed 408,600", "In that year 1,549,000 were prosecuted": what only people
    /// undergo says the figure counts people.
    /// </summary>
    private static bool IsOfPeopleActedOn(string text, FoundNumber number) =>
        PeopleActedOnBefore().IsMatch(text.AsSpan(0, number.Start)) || PeopleActedOnAfter().IsMatch(text.AsSpan(number.End));

    /// <summary>
    /// "family businesses … numbered 5.6 million": a noun the vocabulary knows is counted by its unit's name
    /// ("enterprises"), as "5.6 million businesses" would be; any other noun by itself.
    /// </summary>
    private string CountedAs(string noun) => lexicon.UnitMatcher.Exact(noun) is { Dimension: UnitDimension.Count } known ? known.Name : noun;

    /// <summary>
    /// "Of the 4.78 million, 4.43 million live in …": an amount after "the", "these" or "those" with no noun of its own
    /// names a figure said before; it counts what that count of the same value counted (<see cref="CountSaidBefore"/>).
    /// </summary>
    private static bool RestatesByTheArticle(string text, FoundNumber number) =>
        ArticleBefore().IsMatch(text.AsSpan(0, number.Start)) && NoNounAfter().IsMatch(text.AsSpan(number.End));

    /// <summary>"Each of those 856": what the last count stated with the same value counted, if any.</summary>
    private static string? CountSaidBefore(ImmutableArray<Claim>.Builder claims, decimal value)
    {
        for (var i = claims.Count - 1; i >= 0; i--)
        {
            if (claims[i].Quantity is { Dimension: UnitDimension.Count } count && count.Value == value)
            {
                return count.Unit;
            }
        }

        return null;
    }

    /// <summary>
    /// What the subject of the figure's clause counts, when the clause opens with it and a verb of counting stands
    /// between it and the figure: "Deaths in coal mines fell to" (the head noun, not the last one: "mines"),
    /// "Complaints about live-streaming e-commerce came to", "The number of people injured was", "Deaths were".
    /// "The number of dead and missing" counts people, as "the dead" does.
    /// </summary>
    private string? CountedByClauseSubject(string text, int clauseStart, FoundNumber number)
    {
        var verb = CountingVerbBefore().Match(text, clauseStart, number.Start - clauseStart);
        // "Deaths were 103 fewer", "… was 856.", "… was 1,408.28 million at the end of 2024": after "was"/"were" the
        // figure is the subject's number only when the clause ends with it, says it is more or fewer, or says when;
        // "were 60 on average", "were 15 minutes away" say something else.
        if (verb.Groups["copula"].Success && !CountAfterCopula().IsMatch(text.AsSpan(number.End)))
        {
            return null;
        }

        var subject = verb.Success ? WholeSubject().Match(text, clauseStart, verb.Index - clauseStart) : Match.Empty;
        if (!subject.Success || (subject.Groups["qualifier"] is { Success: true } qualifier && VerbOrNewClause().IsMatch(qualifier.Value)))
        {
            return null;
        }

        // "Public funds numbered 12,905", "The number of bonds rose by 543": the verb or "the number of" says the figure
        // is a count, so a noun that elsewhere names an amount of money ("funds totalled 3 trillion") is counted here.
        if (!subject.Groups["of"].Success)
        {
            return CountedNoun(subject, saidToBeCounted: verb.Value.StartsWith("number", StringComparison.OrdinalIgnoreCase));
        }

        var counted = subject.Groups["of"].Value.Trim();
        return lexicon.LastCountUnit(counted)?.Name
            ?? CountedNoun(PluralNoun().Match(counted), saidToBeCounted: NumberOf().IsMatch(subject.Value))
            ?? (PeopleByAdjective().IsMatch(counted) ? "people" : null);
    }

    /// <summary>A count that a later bare amount may go on counting: not a rate ("7.39 beds per 1,000 residents. Hospitals held 8.26 million").</summary>
    // "Over the 366 days of a leap year that is 11.5 a day. ¶ Landslides made up 2,380 of them": a length of time is no
    // set of things that a bare figure after it goes on counting.
    private static bool IsAmountCounted(Quantity quantity) => quantity.Dimension == UnitDimension.Count && !IsRate(quantity) && !NotCountedNouns.Contains(quantity.Unit);

    /// <summary>The last quantity of the kind asked among the claims from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private static Quantity? LastQuantityIn(ImmutableArray<Claim>.Builder claims, int from, int to, Func<Quantity, bool> kind)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (kind(claims[i].Quantity))
            {
                return claims[i].Quantity;
            }
        }

        return null;
    }

    /// <summary>What the last count of sentence <paramref name="sentenceIndex"/> counted, among the claims from <paramref name="from"/>.</summary>
    private static string? LastCountOf(ImmutableArray<Claim>.Builder claims, int from, int sentenceIndex)
    {
        for (var i = claims.Count - 1; i >= from && claims[i].SentenceIndex >= sentenceIndex; i--)
        {
            if (claims[i].SentenceIndex == sentenceIndex && IsAmountCounted(claims[i].Quantity))
            {
                return claims[i].Quantity.Unit;
            }
        }

        return null;
    }

    /// <summary>
    /// The last counted unit of the vocabulary before <paramref name="end"/>, passing over one counted in words: "The three
    /// provinces together handled 45.09 billion" numbers the provinces, so the amount counts something else (what the
    /// paragraph counted), not provinces.
    /// </summary>
    private UnitTerm? CountedBefore(string text, int end) =>
        lexicon.UnitMatcher.Matches(text.AsSpan(0, end)).LastOrDefault(u => u.Value.Dimension == UnitDimension.Count && !CountInWordsBefore().IsMatch(text.AsSpan(0, u.Start)))?.Value;

    /// <summary>
    /// Reads the unit after (or the currency sign before) a number. Null when the number is not a claim:
    /// a bare number with no unit, unless it continues a count stated just before ("surpassing 600,000").
    /// </summary>
    /// <remarks>
    /// Where the sentence, or the one before it, speaks in rates (<c>ratesAround</c>), "points" under 100 are percentage
    /// points ("imports took away 0.8 point", "Software products contributed 2.4 points"), not an index's.
    /// </remarks>
    private (int End, Func<decimal, Quantity> Factory)? ReadUnit(string text, FoundNumber number, Quantity? lastAmount, ReadOnlySpan<char> window, bool ratesAround)
    {
        var scale = ScaleWord(number.Text);
        // What follows the number is read where it stands: a pattern given the text from its end on, as if it were the
        // whole text, instead of a copy of the rest of the sentence for each number.
        var rest = text.AsSpan(number.End);
        var percent = PercentSuffix().Match(text, number.End, rest.Length);
        if (!percent.Success && ratesAround && number.Value < 100 && scale is null && DigitNumber.HasDigit(number.Text))
        {
            percent = BarePoints().Match(text, number.End, rest.Length);
        }

        if (percent.Success)
        {
            var points = percent.Groups["points"].Success;
            return (number.End + percent.Length, v => new Quantity(v, points ? "percentage points" : "percent", points ? UnitDimension.PercentagePoints : UnitDimension.Percent, null));
        }

        // Both rate patterns need "per N", "for every N" or "for each N" in the sentence; most sentences have none, and
        // one search of the sentence is cheaper than trying the two patterns at each figure (4% of a batch's samples).
        if (SoManyCue().IsMatch(text) && (RateAfter(text, number, scale) ?? RateOfTheSubject(text, number, scale)) is { } rate)
        {
            return rate;
        }

        if (lexicon.UnitMatcher.First(rest.Length > 80 ? rest[..80] : rest) is { } first)
        {
            var gap = rest[..first.Start];
            // A preposition between a count and a counted noun puts the noun in a phrase of its own, which says where or
            // among what the things are, not what they are: "39.2 million in state-owned enterprises", "6.35 million
            // lived in cities". A unit of measure there still measures the figure ("eight days" after "in" is a length).
            var close = first.Value.Dimension == UnitDimension.Currency
                ? gap.IsWhiteSpace()
                : gap.IsWhiteSpace() || (CountGap().IsMatch(gap) && !JoinedToTheNext().IsMatch(gap) && (first.Value.IsMeasure || !PlacingPreposition().IsMatch(gap)));
            if (close)
            {
                return (number.End + first.End, v => new Quantity(v, first.Value.Name, first.Value.Dimension, scale));
            }
        }

        var before = text.AsSpan(0, number.Start).TrimEnd();
        foreach (var unit in lexicon.UnitMatcher.Matches(before.Length > 12 ? before[^12..] : before))
        {
            var offset = Math.Max(0, before.Length - 12);
            if (unit.Value.Dimension == UnitDimension.Currency && offset + unit.End == before.Length && CurrencyPrefix().IsMatch(unit.Text))
            {
                return (number.End, v => new Quantity(v, unit.Value.Name, UnitDimension.Currency, scale));
            }
        }

        // "Examination takes 15.2 months", "kept at 4 months", "0.3 months less than last year's 15.5 months": a length of
        // time stated as a level is a figure; "in the past 12 months", "for 6 consecutive months", "within 3 months"
        // name a period, a streak or a deadline, and so, nearly always, does a number in words ("the six months").
        if (number.Text.Any(char.IsAsciiDigit) && MonthsAfter().Match(text, number.End, rest.Length) is { Success: true } months && !PeriodOfMonthsBefore().IsMatch(text.AsSpan(0, number.Start)))
        {
            return (number.End + months.Length, v => new Quantity(v, "months", UnitDimension.Count, scale));
        }

        if (MeasuredLength(text, number) is { } length)
        {
            return (number.End + length.Length, v => new Quantity(v, length.Unit, UnitDimension.Count, scale));
        }

        // "Of the 98 central enterprises, 52 increased profits", "Turning to trademarks, 3.43 million were registered":
        // a figure that opens the clause after a scope counts what the scope names, unless a plural noun of its own
        // follows it at once ("Of the 98 enterprises, 52 subsidiaries …").
        if (ScopeNoun(text, number) is { } scoped && !HasImmediateNoun(text, number.End))
        {
            return (number.End, v => new Quantity(v, scoped, UnitDimension.Count, scale));
        }

        // "19.16 million entries", "1.2 billion parcels", "6.2 exhibitions on average": an amount followed at once by a
        // plural noun counts that noun, even one the vocabulary lacks. Only amounts (a scale word, thousands separators
        // or decimals, which no label has), so that "in 12 cities" or "3 aspects" stay lists and labels.
        if ((WrittenAsAmount().IsMatch(number.Text) || DecimalDigits().IsMatch(number.Text) || IsBareCount(text, number)) && OpenCountedNoun().Match(text, number.End, rest.Length) is { Success: true } noun
            && !NotCountedNouns.Contains(noun.Groups["noun"].Value) && !IsPackageNamedByItsSize(text, number, noun.Groups["noun"].Value))
        {
            var name = noun.Groups["noun"].Value.ToLowerInvariant();
            return (number.End + noun.Length, v => new Quantity(v, name, UnitDimension.Count, scale));
        }

        // "surpassing 600,000", "an increase of 43,000", "numbered 2,486, up 318", "148 fewer than last year's 760", "612 rivers, 87 of them",
        // "76 in the second, only 21 in the third", "3,255 met the standard, while 364 were below it", "and the other 52
        // did not": a bare figure continuing the count just stated ("7 of them", one digit, is left to lists as below).
        if (lastAmount is { Dimension: UnitDimension.Count } lastCount && DigitNumber.HasDigit(number.Text)
            && (FollowsOn().IsMatch(window) || (number.Value is >= 10 && OfThem().IsMatch(rest))) && !IsAgeOrThreshold(text, number))
        {
            return (number.End, v => lastCount with { Value = v, ScaleWord = scale });
        }

        // "13.2 euros a metre in April, 12.4 in May and 11.9 in June": a figure with decimals (no label,
        // rank or year has them) going on from an amount of money is more of that money, as a count's figures go on above.
        if (lastAmount is { Dimension: UnitDimension.Currency } lastMoney && DecimalDigits().IsMatch(number.Text) && FollowsOn().IsMatch(window))
        {
            return (number.End, v => lastMoney with { Value = v, ScaleWord = scale });
        }

        if (FractionShare().IsMatch(number.Text) && ShareCue().IsMatch(window))
        {
            return (number.End, _ => new Quantity(50m, "percent", UnitDimension.Percent, null));
        }

        return null;
    }

    /// <summary>
    /// "7.39 beds for every 1,000 residents", "14.3 deaths per 100,000 live births", "3.52 doctors and 4.18 nurses per
    /// 1,000 people", "came down to 4.0 per 1,000 from 4.5": a figure per so many of something is a rate, whatever its
    /// size or decimals, so it is read before the units ("43.4 enterprises per 1,000 people" is no number of
    /// enterprises). It counts the head noun it names, else its clause's subject ("Hospital beds reached 7.1 per
    /// 1,000"), per that many; naming neither, it is still a figure, a rate of what the sentence is about. A figure
    /// joined by "and" to the next shares its base. The denominator is no claim (<see cref="NotAClaimBefore"/>).
    /// </summary>
    private static (int End, Func<decimal, Quantity> Factory)? RateAfter(string text, FoundNumber number, string? scale)
    {
        var rate = RatePer().Match(text, number.End, text.Length - number.End);
        if (!rate.Success)
        {
            return null;
        }

        var named = rate.Groups["counted"];
        var counted = named.Success ? named.Value.ToLowerInvariant() : SubjectCounted(text, number.Start);
        var name = RateName(counted, rate);
        return (named.Success ? named.Index + named.Length : number.End, v => new Quantity(v, name, UnitDimension.Count, scale));
    }

    /// <summary>
    /// "the number of nurses per 1,000 people is 4.18", "Hospital beds per 1,000 residents rose to 7.1": a figure whose
    /// clause's subject is a rate per so many, with a verb of counting or "is"/"was" between, is that rate.
    /// </summary>
    private static (int End, Func<decimal, Quantity> Factory)? RateOfTheSubject(string text, FoundNumber number, string? scale)
    {
        var rate = RateSubject().Match(text, 0, number.Start);
        if (!rate.Success)
        {
            return null;
        }

        var name = RateName(rate.Groups["counted"].Value.ToLowerInvariant(), rate);
        return (number.End, v => new Quantity(v, name, UnitDimension.Count, scale));
    }

    /// <summary>Whether a figure was read as a rate per so many (<see cref="RateName"/>).</summary>
    private static bool IsRate(Quantity quantity) => RateUnit().IsMatch(quantity.Unit);

    /// <summary>"beds per 1,000 residents", "per 100,000" (a rate whose counted noun and base noun are unsaid).</summary>
    private static string RateName(string? counted, Match rate) =>
        string.Join(' ', new[] { counted, "per", BaseInDigits(rate.Groups["base"].Value), rate.Groups["of"].Success ? rate.Groups["of"].Value.ToLowerInvariant() : null }.OfType<string>());

    /// <summary>"per thousand" is the rate "per 1,000" says: one name for both, as the checks compare rates by name.</summary>
    private static string BaseInDigits(string written) =>
        char.IsAsciiDigit(written[0]) ? written
        : written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Aggregate(1m, (value, word) => word.ToLowerInvariant() switch
        {
            "ten" => value * 10,
            "hundred" => value * 100,
            "thousand" => value * 1_000,
            "million" => value * 1_000_000,
            _ => value, // "a", "one"
        }).ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>
    /// "Life expectancy reached 79.0 years", "rose by 0.4 years", "reaches the patient in 12.4 minutes on average", "is
    /// now 79 years": a length of time in years, weeks, minutes or seconds is a figure when it is measured, either
    /// with decimals (an average or a level; no age, term, deadline or period is said so) or as the level a verb of
    /// counting or "is now" gives. "older than 15 years", "for 3 years", "within 30 minutes", "5 years ago" are not.
    /// </summary>
    private static (int Length, string Unit)? MeasuredLength(string text, FoundNumber number)
    {
        var length = LengthOfTimeAfter().Match(text, number.End, text.Length - number.End);
        if (!length.Success || !number.Text.Any(char.IsAsciiDigit)
            || !(HasDecimals(number.Text) || LevelVerbBefore().IsMatch(text.AsSpan(0, number.Start))))
        {
            return null;
        }

        var unit = length.Groups["unit"].Value.ToLowerInvariant();
        return (length.Length, unit.EndsWith('s') ? unit : unit + "s");
    }

    private static bool HasDecimals(string numberText) => DecimalFraction().IsMatch(numberText);

    /// <summary>
    /// "or under 16", "aged 65 and over", "older than 15 years": a whole number under 130 said as an age or a
    /// threshold of one is no figure, whatever was counted before it ("4.78 million people …, disabled or under 16").
    /// </summary>
    private static bool IsAgeOrThreshold(string text, FoundNumber number) =>
        number.Value is < 130 && number.Text.All(char.IsAsciiDigit) && AgeBefore().IsMatch(text.AsSpan(0, number.Start));

    /// <summary>
    /// "281 freighters", "on 612 rivers", "The 297 cases we handled were 19 fewer": a whole number of two digits or more,
    /// not a year, and not after a word that makes it a rank or its owner's label ("top 10 partners", "its 24 measures"),
    /// counts the plural noun right after it, as a counted unit of the vocabulary does ("in 31 provinces"). One digit is
    /// left to lists ("3 aspects"). "Of the 15 major accidents, …" opening a sentence sizes the set it goes on to divide.
    /// A number of more than three digits written without separators after the article is a code, not a count ("The
    /// 12318 hotline").
    /// </summary>
    private static bool IsBareCount(string text, FoundNumber number) =>
        number.Value is >= 10 && number.Text.All(char.IsAsciiDigit) && !Year().IsMatch(number.Text)
        && (!RankOrOwnerBefore().IsMatch(text.AsSpan(0, number.Start)) || SizeOfScope().IsMatch(text.AsSpan(0, number.Start)))
        && (number.Text.Length <= 3 || !ArticleBefore().IsMatch(text.AsSpan(0, number.Start)));

    /// <summary>
    /// "the 16 guidelines on port safety", "these 12 principles": a policy named by how many items it has is a label, not a
    /// count the briefing reports; "the 43 innovative drugs we approved" is a count.
    /// </summary>
    private static bool IsPackageNamedByItsSize(string text, FoundNumber number, string noun) =>
        PackageItems.Contains(noun) && !WrittenAsAmount().IsMatch(number.Text) && ArticleBefore().IsMatch(text.AsSpan(0, number.Start));

    private static readonly FrozenSet<string> PackageItems = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "measures", "guidelines", "principles", "tasks", "rules", "provisions", "opinions", "articles", "points", "steps", "requirements", "priorities");

    /// <summary>
    /// The plural noun of a sentence-opening scope ("Of the 3,412 batches sampled online,") that ends right before the
    /// number, by the name the scope's own figure is counted in ("Of the 8.43 million units recalled, 2.16 million …"
    /// counts sets, as "8.43 million units" does), so that the parts are of the scope's unit.
    /// </summary>
    private string? ScopeNoun(string text, FoundNumber number)
    {
        if (!(WrittenAsAmount().IsMatch(number.Text) || number.Text.All(c => char.IsAsciiDigit(c) || c == ',')))
        {
            return null;
        }

        return CountedNoun(Scope().Match(text, 0, number.Start)) is { } noun ? CountedAs(noun) : null;
    }

    /// <summary>
    /// "Harbour tugs were sold off. … The yards still hold 90 of them", "Put simply, night pilots are those who …": the
    /// plural noun that opens a clause of a sentence and is followed by its verb, the first of the sentence; what a
    /// later "of them" points back to when nothing was counted before it.
    /// </summary>
    private static string? SubjectOpeningAClause(string sentence)
    {
        foreach (Match subject in ClauseOpeningSubject().Matches(sentence))
        {
            if (CountedNoun(subject) is { } noun)
            {
                return noun;
            }
        }

        return null;
    }

    /// <summary>The plural noun the clause is about, right before its verb and the figure at <paramref name="end"/> ("Transport flights totaled").</summary>
    private static string? SubjectCounted(string text, int end) => CountedNoun(CountedSubject().Match(text, 0, end));

    /// <summary>
    /// "Vehicle exports came to 3.083 million", "Car sales topped 2 million": an amount of sales, exports or output
    /// said without its unit counts what the singular word before it names, when its plural is a counted unit.
    /// </summary>
    private UnitTerm? CountedByModifier(string text, int end) =>
        CountedSubject().Match(text, 0, end) is { Success: true } subject && subject.Groups["modifier"].Success
        && AmountNouns.Contains(subject.Groups["noun"].Value)
        && lexicon.UnitMatcher.Exact(subject.Groups["modifier"].Value + "s") is { Dimension: UnitDimension.Count } unit
            ? unit
            : null;

    /// <summary>The lower-case noun a match found, unless it names money or a measure (when nothing says the figure is a count), or is no noun at all ("sales", "was").</summary>
    private static string? CountedNoun(Match match, bool saidToBeCounted = false) =>
        match.Success && match.Groups["noun"].Value is var noun && !NotCountedNouns.Contains(noun) && (saidToBeCounted || !AmountNouns.Contains(noun))
            ? (noun.Equals("population", StringComparison.OrdinalIgnoreCase) || noun.Equals("those", StringComparison.OrdinalIgnoreCase) ? "people" : noun.ToLowerInvariant())
            : null;

    private static string? ScaleWord(string numberText)
    {
        var match = Scale().Match(numberText);
        return match.Success ? match.Value.ToLowerInvariant() : null;
    }

    private (QualifierTerm? Qualifier, int ClaimStart) QualifierBefore(string text, int numberStart, int windowStart)
    {
        var window = text.AsSpan(windowStart, numberStart - windowStart);
        var matches = lexicon.QualifierMatcher.Matches(window);
        for (var i = matches.Length - 1; i >= 0; i--)
        {
            if (window[matches[i].End..].IsWhiteSpace())
            {
                return (matches[i].Value, windowStart + matches[i].Start);
            }
        }

        return (null, numberStart);
    }

    private (QualifierTerm? Qualifier, int ClaimEnd) QualifierAfter(string text, int unitEnd)
    {
        foreach (var match in lexicon.QualifierMatcher.Matches(text.AsSpan(unitEnd, Math.Min(text.Length, unitEnd + 24) - unitEnd)))
        {
            if (match.Start <= 1 && match.Text.StartsWith("or ", StringComparison.OrdinalIgnoreCase))
            {
                return (match.Value, unitEnd + match.End);
            }
        }

        return (null, unitEnd);
    }

    /// <summary>Spans where numbers are part of a name, a period or a unit ("first half", "twenty-foot").</summary>
    private static List<(int Start, int End)> ReservedSpans(string text, SentenceScan scan)
    {
        var spans = new List<(int, int)>();
        foreach (var match in scan.Terms)
        {
            if (match.Value.Kind is TermKind.Period or TermKind.ComparisonBase or TermKind.Entity)
            {
                spans.Add((match.Start, match.End));
            }
        }

        foreach (var match in scan.Units)
        {
            spans.Add((match.Start, match.End));
        }

        // Each reading of the pattern holds one of these words; most sentences have none, and the search for them
        // is far cheaper than the pattern's (the pattern's only case variant of an ASCII letter is the Kelvin sign
        // for k, which none of the words has).
        if (text.AsSpan().ContainsAny(NonClaimWords))
        {
            foreach (Match match in NonClaimPhrase().Matches(text))
            {
                spans.Add((match.Index, match.Index + match.Length));
            }
        }

        return spans;
    }

    private static bool IsNotAClaim(string text, FoundNumber number, List<(int Start, int End)> reserved)
    {
        foreach (var (start, end) in reserved)
        {
            if (number.Start >= start && number.Start < end)
            {
                return true;
            }
        }

        var after = text.AsSpan(number.End);
        if (Year().IsMatch(number.Text) && !PercentSuffix().IsMatch(after) && !after.TrimStart().StartsWith("yuan", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // The pattern is anchored at the number; scanning the whole sentence before it for each number made
        // extraction quadratic in sentence length. Its longest reading (a list of article numbers) fits in 200 characters.
        var windowStart = Math.Max(0, number.Start - 200);
        var before = text.AsSpan(windowStart, number.Start - windowStart);
        // The day-of-month test first: it is cheap, and most figures are no day, so the month pattern rarely runs.
        return NotAClaimBefore().IsMatch(before) || (IsDayOfMonth(number) && MonthBefore().IsMatch(before)) || NotAClaimAfter().IsMatch(after);
    }

    // Plural nouns that name an amount of money or a measure, not things counted: "exports reached 3.2 trillion"
    // left its currency unsaid, "sales grew to 1.2 billion" too.
    private static readonly FrozenSet<string> AmountNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "exports", "imports", "sales", "revenues", "profits", "earnings", "deposits", "loans", "savings", "assets", "funds",
        "investments", "expenditures", "payments", "reserves", "bonds", "receipts", "taxes", "fees", "subsidies", "costs",
        "prices", "wages", "incomes", "premiums", "outlays", "proceeds", "turnovers", "rates", "shares", "volumes",
        "numbers", "figures", "totals", "levels", "values", "amounts", "balances", "flows", "stocks", "holdings", "outputs",
        "ages", "scores", "temperatures", "ratings", "rankings", "grades", "marks");

    // Words ending in s that are not what a figure counts ("20 million was …", "5 million this year", "the net gain of
    // 213 comes from …"); verbs that are also nouns a figure counts ("1,200 shows", "accounts") are not among them.
    private static readonly FrozenSet<string> NotCountedNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "was", "has", "is", "its", "this", "thus", "plus", "does", "goes", "perhaps", "always", "towards", "afterwards",
        "sometimes", "whereas", "besides", "times", "years", "months", "days", "weeks", "hours", "minutes", "seconds",
        "comes", "means", "remains", "makes", "includes", "represents", "equals", "brings", "takes", "gives", "seems",
        "appears", "looks", "lies", "puts");

    [GeneratedRegex(@"^\s*(?:%|％|\s?percent\b|\s?per\s+cent\b|\s?(?<points>percentage\s+points?|pct\.?\s+points?|points?(?=\s+(?:higher|lower|faster|slower|above|below|more|less|up|down|from|to|over|compared|than))))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PercentSuffix();

    [GeneratedRegex(@"^\s?(?<points>points?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BarePoints();

    // Written before a number: "$5 billion", "US$ 170 billion", "RMB 2.3 trillion"; "yuan a quarter" is not.
    [GeneratedRegex(@"^(?:\$|US\$|RMB|USD|EUR|CNY|¥|€)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CurrencyPrefix();

    [GeneratedRegex(@"\b(thousand|million|billion|trillion)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Scale();

    // Up to three words between a number and its counted noun ("628,000 foreign trade enterprises", "4.55 million 5G base stations").
    [GeneratedRegex(@"^\s+(?:\p{Nd}{0,2}[\p{L}][\p{L}'’-]*\s+){1,3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountGap();

    [GeneratedRegex(@"\b(?:in|at|on|from|into|across|among|within|throughout)\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlacingPreposition();

    // "foundations 9,600 and private non-enterprise units 497,400", "Russia 22.6 million and all other countries 15.4
    // million": a figure followed at once by "and" or "or" ends its item, and a noun after that names the next item.
    [GeneratedRegex(@"^\s+(?:and|or)\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex JoinedToTheNext();

    [GeneratedRegex(@"(?:(?<![\p{L}-])(?:surpass\w*|exceed\w*|over|more than|above|nearly|almost|about|around|approximately|less than|below|under|increase of|decrease of|rise of|drop of|gain of|loss of|fall of|decline of|up(?:\s+by)?|down(?:\s+by)?|by|against|versus|to|from|reaching|and|or|while|whereas|the\s+other|the\s+remaining)|,|:|\band\s+[a-z]+ed|than\s+the|than\s+(?:[\p{L}]+\s+){0,2}[\p{L}]+['’]s|when(?:\s+(?:there|it|the\s+(?:figure|number|count|total))\s+(?:was|were|stood\s+at))?|compared\s+(?:with|to))(?:\s+(?:only|just|merely|barely|a\s+mere))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FollowsOn();

    // A scope that opens the sentence and ends with a comma right before the figure: "Of the 98 central enterprises, ",
    // "Among the 3,412 batches we bought online, ", "Turning to trademarks, ". The noun is the first plural after the
    // determiner (and perhaps a figure and up to three modifiers): what the rest of the scope says narrows it.
    [GeneratedRegex(@"^\s*(?:(?:Of|Among)\s+(?:the|these|those|all(?:\s+the)?)|Turning\s+to|As\s+(?:for|to))\s+(?:(?:about|nearly|more\s+than|over)\s+)?(?:\d[\d,.]*\s+(?:(?:thousand|million|billion)\s+)?)?(?:(?:[a-z]+(?:-[a-z]+)*|[A-Z][A-Z0-9]{1,5})\s+){0,3}?(?<noun>[a-z]+(?:-[a-z]+)*[a-rt-z]s)\b[^,;:]{0,80},\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Scope();

    // A length of time said as when, how old or how long a streak ("three months ago", "years old", "years in a row") is
    // no figure of one.
    private const string NotALengthAfter = @"(?!\s+(?:ago|old|in\s+a\s+row|running|straight|consecutive)\b)";

    [GeneratedRegex(@"^\s+months?\b" + NotALengthAfter, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthsAfter();

    // "79.0 years", "12.4 minutes".
    [GeneratedRegex(@"^\s+(?<unit>years?|weeks?|minutes?|seconds?)\b" + NotALengthAfter + "(?!-)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LengthOfTimeAfter();

    [GeneratedRegex(@"\.\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DecimalFraction();

    // The level a length of time reached: "reached", "rose to", "stood at", "is now", perhaps hedged. Right to left: only the end is tried.
    [GeneratedRegex(@"\b(?:reached|averaged|stood\s+at|(?:rose|grew|increased|fell|dropped|declined|came\s+down|went\s+up)\s+to|(?:is|was|are|were)\s+now)\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LevelVerbBefore();

    // An age or its threshold right before a figure: "aged 60", "ages 3 to", "older than", "younger than", "or under", "and over".
    [GeneratedRegex(@"\b(?:(?:aged?|ages)\s+(?:(?:under|over|above|below)\s+)?|(?:older|younger)\s+than\s+|(?:or|and)\s+(?:under|over|above|below)\s+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgeBefore();

    // Words that make "N months" a period, a deadline or a streak, perhaps hedged: "for more than 6", "within 3", "the past 12".
    [GeneratedRegex(@"\b(?:for|within|in|during|past|last|next|first|the|every|each|after|before|until|since|consecutive|straight|successive)\s+(?:(?:more\s+than|over|nearly|almost|about|around|at\s+least|up\s+to)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeriodOfMonthsBefore();

    // "per 1,000 residents", "for every 100,000 live births", "per 1,000" (the base noun said before or not at all).
    private const string PerSoMany = @"(?:per|for\s+every|for\s+each)\s+(?<base>\d{1,3}(?:,\d{3})+|\d+|" + BaseInWords + @")(?:\s+(?<of>(?:(?!" + NotAModifier + @"\b)[a-z]+(?:-[a-z]+)*\s+){0,2}(?:[a-z]+(?:-[a-z]+)*[a-rt-z]s|people|population|children)\b))?";

    // "per thousand", "per ten thousand", "per a hundred thousand", "per million" (BaseInDigits).
    private const string BaseInWords = @"(?:a\s+|one\s+)?(?:(?:ten|a\s+hundred|one\s+hundred|hundred)\s+)?(?:thousand|million)\b";

    // Words that end a noun phrase or start another, and adverbs ("120 now reaches" is an ambulance number and a verb): no modifier of a counted noun.
    private const string NotAModifier = "(?:of|in|about|into|onto|through|across|among|under|after|before|during|since|within|between|via|against|toward|towards|including|excluding|versus|without|beyond|despite|besides|except|the|an?|than|for|to|from|at|by|on|with|and|or|up|down|this|that|these|those|last|each|per|every|was|were|is|are|has|have|had|now|still|also|already|only|just|then|even|again|often|ever|never|yet)";

    // A rate right after a figure: "beds for every 1,000 residents", "doctors and 4.18 nurses per 1,000 people" (the
    // next figure's noun between), "per 100,000 last year". The counted noun is the last of up to four words.
    [GeneratedRegex(@"^(?:\s+(?:(?!" + NotAModifier + @"\b)[a-z]+(?:-[a-z]+)*\s+){0,3}(?<counted>(?!" + NotAModifier + @"\b)[a-z]+(?:-[a-z]+)*))?(?:\s+(?:and|or)\s+\d[\d,.]*(?:\s+(?!" + NotAModifier + @"\b)[a-z]+(?:-[a-z]+)*){1,4})?\s+" + PerSoMany, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex RatePer();

    [GeneratedRegex(@"(?:^|\s)per \d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RateUnit();

    // What every rate per so many says (PerSoMany): a quick test of a whole sentence before the rate patterns run.
    [GeneratedRegex(@"(?:per|every|each)\s+(?:\d|" + BaseInWords + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex SoManyCue();

    // The subject of a clause that is a rate, then its verb, right before the figure: "the number of nurses per 1,000
    // people is", "Hospital beds per 1,000 residents rose to". Right to left: only the end is tried.
    [GeneratedRegex(@"(?<![\p{L}-])(?<counted>" + CountedPlural + @"|people)\s+" + PerSoMany + @"\s+(?:(?:is|was|are|were)(?:\s+now)?\s+" + HedgeBeforeTheFigure + "|" + VerbOfCountingToTheFigure + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex RateSubject();

    // A word ending in s right after a figure, with no modifier between: "52 subsidiaries" (see HasImmediateNoun).
    [GeneratedRegex(@"^\s+(?<noun>[a-z]+(?:-[a-z]+)*[a-rt-z]s)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ImmediateNoun();

    /// <summary>"52 subsidiaries": a plural noun right after the figure, not a verb ("530 was", "213 comes from").</summary>
    private static bool HasImmediateNoun(string text, int end) =>
        ImmediateNoun().Match(text, end, text.Length - end) is { Success: true } noun && !NotCountedNouns.Contains(noun.Groups["noun"].Value);

    [GeneratedRegex(@"^\s+of\s+(?:them|these|those|which)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfThem();

    // "Rural parcels, more than", "Foreign-invested enterprises, about": a plural noun, a comma, and at most a hedge
    // before the figure.
    [GeneratedRegex(@"\b(?<noun>[a-z]+(?:-[a-z]+)*[a-rt-z]s),\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NounInApposition();

    // A plural noun right after the figure, perhaps after up to three modifiers ("19.16 million foreign entries",
    // "9,460 designated care institutions", "284,000 medical and pharmaceutical institutions", "600 LNG-powered
    // vessels"). A word that ends a noun phrase, or right after the figure makes it a streak ("8 consecutive quarters";
    // not "749 road running events"), is no modifier, and no noun either: in "54,000 penalty decisions this year" the
    // noun is "decisions", not "this".
    [GeneratedRegex(@"^\s+(?!(?:consecutive|straight|successive|running)\b)(?:(?!" + NotAModifier + @"\b)(?:[a-z]+(?:-[a-z]+)*|[A-Z][A-Z0-9]{1,5}(?:-[a-z]+)*)\s+(?:and\s+)?){0,3}(?!" + NotAModifier + @"\b)(?<noun>[a-z]+(?:-[a-z]+)*[a-rt-z]s|" + IrregularPlural + @")\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OpenCountedNoun();

    [GeneratedRegex(@"\b(?:its|their|our|top|first|last|past|next|No\.|number)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RankOrOwnerBefore();

    // Between two figures of one unit: "0.5 and 0.3", "1.3 trillion to 1.4 trillion", "5-6".
    [GeneratedRegex(@"^\s*(?:and|or|to|-|–|—)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Coordinated();

    // "2,755 of the 2,844 county-level divisions": a count of part of a counted whole counts what the whole does.
    [GeneratedRegex(@"^\s+of\s+(?:the|all|its|their)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfTheWhole();

    [GeneratedRegex(@"^\s*,\s*(?:and\s+|or\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListComma();

    // "Of them, …", "Among these, …", "Of the 183,000 that failed, …" (a figure with no noun: the paragraph before says
    // what), "By region, …" (a breakdown of what the paragraph before counted), "Then came 1.9 million in April, …" (more
    // of the series the paragraph before counted).
    [GeneratedRegex(@"^\s*(?:(?:Then|Next)\s+(?:came|come|followed)\b|(?:Among|Of)\s+(?:them|these|those|which|the\s+\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+(?:that|which|who)\b)|By\s+(?:[a-z]+\s+)?(?:region|province|type|category|grade|sector|industry|size|level|source|channel|mode|ownership|age|gender|destination|use|area)s?\s*,)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PointsBackToTheParagraphBefore();

    // Plurals not made with an s: of people ("children"), and nouns whose plural is the singular ("46.8 billion fry",
    // "3.1 million cattle", "1.18 million staff").
    private const string IrregularPlural = "children|women|men|fry|fish|shellfish|sheep|cattle|livestock|poultry|swine|deer|aircraft|spacecraft|staff|personnel";

    // A plural noun a clause may count: "-s" plurals (not "-ss": "business"), the irregular ones of people
    // ("children"), and "population", which counts people ("The urban population increased by 1.2%, or 10.83
    // million"; CountedNoun).
    private const string CountedPlural = @"(?:[a-z]+(?:-[a-z]+)*[a-rt-z]s|" + IrregularPlural + "|population)";

    // A verb of counting and what may stand between it and the figure: "totaled", "fell 5.2% to", "came to about",
    // "increased by 1.2%, or".
    private const string VerbOfCountingToTheFigure = @"(?:numbers?|numbered|totals?|totall?ed|topped|reach(?:es|ed)|exceeds?|exceeded|hit|stands?\s+at|stood\s+at|comes?\s+to|came\s+to|amounts?\s+to|amounted\s+to|averaged|rose|grew|increased|fell|dropped|declined|(?:has|have)\s+(?:grown|risen|increased|fallen|dropped|declined))(?:\s+(?:by\s+)?\d[\d.]*\s*(?:%|percent)(?:,\s+or)?)?(?:\s+(?:by|to))?\s+" + HedgeBeforeTheFigure;

    // The hedges that may stand right before a figure whose noun is said elsewhere ("came to about", "another nearly").
    private const string HedgeWords = @"more\s+than|over|nearly|almost|about|around|approximately|close\s+to";

    private const string HedgeBeforeTheFigure = @"(?:(?:" + HedgeWords + @"|less\s+than)\s+)?$";

    // Who of a population a count is of: "Women aged 15 to 49", "people aged 60 and over".
    private const string AgeBracket = @"\s+aged\s+\d+(?:\s+(?:to|and)\s+(?:\d+|over|above|older))?";

    // The plural noun a clause counts, right before its verb and the figure: "Transport flights totaled",
    // "mobile phone users topped", "Users rose by … to more than", "trademarks registered fell 5.2% to", "filings
    // averaged about". Right to left: only the end is tried. The word before the noun, when there is one, may say
    // what an amount noun counts ("Vehicle exports came to"). A relative clause may stand between the noun and the
    // verb ("Institutions that combine medical and elderly care numbered"), and so may an age bracket ("Women aged 15
    // to 49 numbered"), and "those" of an age bracket are people ("Those aged 60 and over numbered").
    [GeneratedRegex(@"(?<![\p{L}-])(?:(?<modifier>[a-z]+[a-rt-z])\s+)?(?:(?<noun>" + CountedPlural + @")(?:\s+[a-z]+ed|\s+(?:that|which|who)\s+[^,;:]{1,60}|" + AgeBracket + @")?|(?<noun>those)" + AgeBracket + @")\s+" + VerbOfCountingToTheFigure, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountedSubject();

    // A plural noun that opens a sentence or a clause after a comma, with up to two modifiers, and the verb after it:
    // "Harbour tugs were", "night pilots are", "Complaints grew". Irregular verbs are listed; others end in "-ed".
    [GeneratedRegex(@"(?:^|[,;:]\s+)(?:(?:the|its|their|our|all|these|those)\s+)?(?:[a-z]+(?:-[a-z]+)*\s+){0,2}?(?<noun>" + CountedPlural + @")\s+(?:are|were|have|had|[a-z]+ed|grew|rose|fell|went|came|made|took|kept|stood|held|gave|got|saw|sold|paid|spent|won|lost|left|became|began|built|found|ran|sent|brought|bought)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClauseOpeningSubject();

    // A colon opens a clause too, and what follows it often lists what was counted before it ("2,695 museums, …: 327 of
    // the first grade, …").
    [GeneratedRegex(@",\s+(?:and|while|whereas)\s+$|:\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LastItemOfAList();

    // A verb of counting right before the figure, or "was"/"were" ("Deaths were 103 fewer"). Right to left: only the
    // end is tried.
    [GeneratedRegex(@"(?<=\s)(?:(?<copula>was|were)\s+" + HedgeBeforeTheFigure + "|" + VerbOfCountingToTheFigure + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountingVerbBefore();

    // The whole of a clause's subject, perhaps after opening phrases ("In 2024, ", "At the end of 2024 the …", "Quarter by
    // quarter, "): "Deaths in coal mines", "complaints about online shops", "Civil and criminal appeals" (two modifiers
    // joined), "deaths in non-coal mines, such as quarries,", "The number of people injured", "The wild population of giant pandas" (counts pandas). The head noun is the first plural; a
    // phrase after it may qualify it ("in coal mines", "across the country") but must not hold a verb or start a clause; an aside set off by commas may describe it ("Individual businesses, the small
    // shops, stalls and workshops that line every street,", "The working-age population, those aged 16 to 59,"), and so
    // may a relative clause, as in CountedSubject ("Fires that destroyed two or more homes numbered"). Up to three
    // modifiers ("The national demonstration marine ranches"), and an adverb of time before the verb ("… ranches now
    // number 189").
    [GeneratedRegex(@"^\s*(?:(?:in|by|for|last|this|during|at|on|over|after|since|as\s+of)\b[^,;:]{0,50},\s+|[a-z]+\s+by\s+[a-z]+,\s+|(?:in|at\s+the\s+end\s+of|by\s+the\s+end\s+of|as\s+of)\s+(?:19|20)\d\d\s+(?=the\b)){0,2}(?:(?:the|its|their|our|all)\s+)?(?:(?:number|(?:[a-z]+(?:-[a-z]+)*\s+){0,2}population)\s+of\s+(?<of>[^,;:]{1,60})|(?:(?!" + NotAModifier + @"\b)[a-z]+(?:-[a-z]+)*\s+(?:(?:and|or)\s+)?){0,3}(?<noun>" + CountedPlural + @")(?:\s+[a-z]+ed)?(?:\s+(?<qualifier>(?:in|at|on|of|about|for|from|among|under|involving|with|across)\s+[^;:]{1,80})|\s+(?:that|which|who)\s+[^,;:]{1,60}|,\s+[^;:]{1,80},)?)(?:\s+(?:now|still|also|already))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WholeSubject();

    // After the figure: more or fewer, the clause's end, or when ("at the end of 2024", "in 2023", "as of June").
    [GeneratedRegex(@"^\s*(?:(?:fewer|more|less)\b|[,.;]|$|(?:at|by)\s+the\s+end\s+of\b|in\s+(?:19|20)\d\d\b|as\s+of\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountAfterCopula();

    // What a phrase qualifying a subject cannot hold: a verb or the start of another clause.
    [GeneratedRegex(@",\s*(?:and|but|while|whereas)\b|\b(?:was|were|is|are|has|have|had|will|would|which|that|who)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VerbOrNewClause();

    [GeneratedRegex(@"\b(?<noun>[a-z]+(?:-[a-z]+)*[a-rt-z]s)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PluralNoun();

    [GeneratedRegex(@"\bnumber\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberOf();

    // "the dead and missing", "the injured": adjectives that, after "the number of", name people.
    [GeneratedRegex(@"^(?:(?:dead|missing|injured|wounded|unemployed|employed|elderly|poor|displaced|homeless|sick)(?:\s+(?:and|or)\s+|$))+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeopleByAdjective();

    // "a population of 1.41 billion", "its resident population of about 25 million".
    [GeneratedRegex(@"\bpopulations?\s+of\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PopulationOf();

    // Verbs whose object can only be people. Right to left: only the end is tried.
    private const string PeopleActedOnVerb = "(?:prosecuted?|arrested|detained|convicted|sentenced|indicted|employed|hired|recruited|rescued|evacuated|relocated|resettled|vaccinated|hospitali[sz]ed|enrolled|deported|repatriated|pardoned)";

    [GeneratedRegex(@"\b" + PeopleActedOnVerb + @"\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeopleActedOnBefore();

    [GeneratedRegex(@"^\s+(?:were|have\s+been|had\s+been)\s+" + PeopleActedOnVerb + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeopleActedOnAfter();

    // "drew another 1.73 million", "another nearly 2 million": more of what was counted last.
    [GeneratedRegex(@"\banother\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnotherBefore();

    // "Of them, 612 …", "Among these, 579 …", "Of the 612, 503 …": a sentence-opening scope that names nothing but points back.
    [GeneratedRegex(@"^\s*(?:Of|Among)\s+(?:them|these|those|the\s+\d[\d,.]*)\s*,\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PointingBackScope();

    // "each of those 856", "these 1,200": a figure with no noun of its own after a demonstrative restates one said before.
    /// <summary>
    /// The word right before <paramref name="at"/> after which a figure can say what a figure after the same word said
    /// before: a verb in the past ("opened", "issued"), "has"/"have"/"had", or the "for" of "accounted for" (which a
    /// gapped clause keeps: "and cigarettes for 587"); null for any other word.
    /// </summary>
    private static string? LastWordBefore(string text, int at) => ParallelWordAt(text, at)?.Value;

    /// <summary>The word right before a bare figure (<see cref="LastWordBefore"/>), when it is in the figure's clause.</summary>
    private static string? ParallelWord(string text, int clauseStart, FoundNumber number) =>
        number.Start - clauseStart > 1 && ParallelWordAt(text, number.Start) is { } word && word.Index >= clauseStart ? word.Value : null;

    /// <summary>Where <see cref="LastWordBefore"/>'s word stands; null when there is none.</summary>
    private static Group? ParallelWordAt(string text, int at)
    {
        var from = Math.Max(0, at - ParallelWordReach);
        return ParallelWordBefore().Match(text, from, at - from) is { Success: true } match ? match.Groups["word"] : null;
    }

    // Longer than any word a parallel clause repeats ("accounted", "registered") and its space.
    private const int ParallelWordReach = 24;

    [GeneratedRegex(@"\b(?<word>\p{L}{2,}ed|has|have|had|for)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ParallelWordBefore();

    // "Shenzhen Customs followed with 547", "followed by Zhejiang with 462", "Then come Shandong with 1.16 million",
    // "Guangdong leads with 68": a ranking's first or next, which counts what the paragraph counted.
    [GeneratedRegex(@"\b(?:follow(?:s|ed|ing)?|then|next|leads?|led|leading|tops?|topped)\b[^.;:]{0,40}?\bwith\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FollowedWith();

    /// <summary>
    /// "Shandong has 54", "those three have 169 between them", "The six provinces together have 232": a place or a group
    /// of those just named holds so many of what the paragraph, or the one before, counted.
    /// </summary>
    private static bool HolderOfACount(string text, FoundNumber number) =>
        NamedHolderBefore().IsMatch(text.AsSpan(0, number.Start)) || GroupHolderBefore().IsMatch(text.AsSpan(0, number.Start));

    [GeneratedRegex(@"(?:^|[,;:]\s+|\band\s+|\bwhile\s+)(?!(?:We|They|It|He|She|I|You|This|That|These|Those|There|Our|Its|Their)\b)(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:has|had|have|holds|held)\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamedHolderBefore();

    // "the three provinces", "the four basic telecom enterprises": a count in words, perhaps two modifiers, before a unit.
    [GeneratedRegex(@"\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+(?:-[a-z]+)*\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountInWordsBefore();

    [GeneratedRegex(@"\b(?:the|those|these)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+[a-z]+){0,2}?\s+(?:together\s+|combined\s+)?(?:have|had|has|hold|held)\s+(?:(?:" + HedgeWords + @")\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GroupHolderBefore();

    // "Nanning Customs opened 503, Kunming Customs 389 and Shanghai Customs 286": a figure after a name of capitalised
    // words alone, the verb left out, goes on with the count before it.
    [GeneratedRegex(@"\d(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:\p{Lu}[\p{L}'’-]*\s+){1,4}$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GappedListName();

    // "That is 268 more.", "7 fewer than the 45", "19 fewer than a year earlier": a bare figure that says by how many a
    // count moved, not "3 more years" (a noun of its own) or "2 more points".
    [GeneratedRegex(@"^\s+(?:more|fewer|less)(?=\s*(?:[.,;:)]|$|than\b|in\b|on\b|from\b|over\b|year\b|compared\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountDifferenceAfter();

    [GeneratedRegex(@"\b(?:those|these)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DemonstrativeBefore();

    [GeneratedRegex(@"\b(?:the|these|those)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ArticleBefore();

    [GeneratedRegex(@"^\s*(?:[,.;:]|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoNounAfter();

    // "Of the 15 …", "Among all the 76 …" opening a sentence: the figure is the size of the set the scope names, not a label.
    [GeneratedRegex(@"^\s*(?:Of|Among)\s+(?:the|these|those|all(?:\s+the)?)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SizeOfScope();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|\s(?:thousand|million|billion|trillion)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WrittenAsAmount();

    [GeneratedRegex(@"^\d+\.\d+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DecimalDigits();

    [GeneratedRegex(@"^(?:one\s+)?half$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FractionShare();

    [GeneratedRegex(@"\b(?:account(?:s|ed|ing)?\s+for|made\s+up|make(?:s)?\s+up|making\s+up)\s+(?:\w+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShareCue();

    /// <summary>Whether a run of digits is a year ("1981", "2025"): no figure of its own.</summary>
    internal static bool IsYear(string digits) => Year().IsMatch(digits);

    [GeneratedRegex(@"^(?:1[89]\d\d|20\d\d)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Year();

    /// <summary>"July 14" is a date; "May 214.9 billion yuan" is an amount for May.</summary>
    private static bool IsDayOfMonth(FoundNumber number) => number.Value is >= 1 and <= 31 && number.Text.All(char.IsAsciiDigit);

    [GeneratedRegex(@"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthBefore();

    // Times, articles, ranks and names: "Articles 44 and", "top 500", "No. 1", "COVID-19" (dates: MonthBefore); the
    // denominator of a rate: "per 10,000 people", "for every 1,000 residents". Right to
    // left, as it ends in $: only the end of the window is tried, not every letter in it, for the same answer.
    [GeneratedRegex(@"(?:\b(?:Articles?|Sections?|Chapters?|Clauses?|No\.|Nos\.|Number|top|Top|Phase|phase|Level|level|Class|class|Group|Room|Line|line|Route|G|Boeing|Airbus)\s+(?:\d+\s*(?:,|and|or)\s*)*|[\p{L}]-|\d[.:]|\$\s?\d*\s*-\s*|(?i:\b(?:per|for\s+every|for\s+each|in\s+every)\s+))$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotAClaimBefore();

    // Ordinal suffixes, times of day, streaks and compounds: "17th", "10 a.m.", "seven consecutive", "two-way".
    [GeneratedRegex(@"^(?:st|nd|rd|th)\b|^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|:\d)|^\s+(?:consecutive|straight|successive|years?\s+(?:ago|old)|-?year-old|times?\s+(?:higher|more|as)|fold\b|folds\b)|^-(?:[\p{L}])|^\s+(?:or\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotAClaimAfter();

    private static readonly SearchValues<string> NonClaimWords = SearchValues.Create(["consecutive", "straight", "successive", "one", "half", "quarter"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:consecutive|straight|successive)\b|\bone\s+or\s+two\b|\b(?:first|second|third|fourth|fifth|last|past)\s+(?:half|quarter)\b|\bhalf-century\b|\bhalf\s+a\s+century\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NonClaimPhrase();

}
