using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// What one sentence names and where: measures with their modifiers ("exports of mechanical and electrical
/// products"), entities, pronouns, clause subjects the vocabulary does not know, and periods.
/// </summary>
internal sealed partial class SentenceAnalysis
{
    private static readonly HashSet<string> GenericModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "this", "these", "that", "those", "china's", "chinese", "china", "total", "overall", "national",
        "monthly", "quarterly", "annual", "foreign", "goods", "country's", "combined", "whose", "our", "and", "of", "in", "with",
        "also", "both", "all", "cumulative", "average", "record", "further", "nation's", "bilateral", "global", "actual", "such",
        "were", "was", "while", "whereas", "but", "as", "for", "to", "by", "from", "at", "on", "which", "is", "are", "had", "has",
        "have", "whole", "main", "major", "key", "scale", "value", "volume", "growth", "steady", "stable", "specifically",
        "thousand", "million", "billion", "trillion", "new", "daily", "monthly", "weekly", "average",
    };

    private SentenceAnalysis(string text, ImmutableArray<Mention> mentions, ImmutableArray<int> clauseStarts)
    {
        Text = text;
        Mentions = mentions;
        ClauseStarts = clauseStarts;
    }

    public string Text { get; }

    public ImmutableArray<Mention> Mentions { get; }

    public ImmutableArray<int> ClauseStarts { get; }

    /// <summary>The analysis with more mentions found by a later reading (<see cref="ElidedPeriods"/>).</summary>
    public SentenceAnalysis With(IEnumerable<Mention> more) =>
        new(Text, Mention.InTextOrder(Mentions.Concat(more)), ClauseStarts);

    public int ClauseStartOf(int position) => Clauses.StartOf(ClauseStarts, position);

    /// <summary>
    /// "If I may add …", "as we march on": a month's name said in lower case is another word. Months are proper
    /// nouns, and the vocabulary's matching ignores case.
    /// </summary>
    private static bool IsCommonWord(PhraseMatch<Term> match) =>
        match.Text.Length > 0 && char.IsLower(match.Text[0]) && !match.Text.Contains(' ') && match.Value.Name.Length > 0 && char.IsUpper(match.Value.Name[0]);

    /// <summary>The id of a calendar year named by its number ("in 2024" is year-2024).</summary>
    public const string YearIdPrefix = "year-";

    /// <summary>The number of the calendar year a period is (2024 for year-2024); null for any other period.</summary>
    internal static int? YearOf(Term? period) =>
        period is not null && period.Id.StartsWith(YearIdPrefix, StringComparison.Ordinal)
        && int.TryParse(period.Id.AsSpan(YearIdPrefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : null;

    /// <param name="text">The sentence.</param>
    /// <param name="scan">The vocabulary found in it.</param>
    /// <param name="hasFigures">
    /// Whether the sentence has figures to bind. Subjects the vocabulary does not know only ever say what a figure of
    /// their own sentence is of; the context carried to the next sentence leaves them out, so a sentence without
    /// figures is not searched for them (a clause-by-clause search that was a twentieth of a run's time).
    /// </param>
    public static SentenceAnalysis Analyse(string text, SentenceScan scan, bool hasFigures = true)
    {
        var mentions = new List<Mention>();
        foreach (var match in scan.Terms)
        {
            var mention = match.Value.Kind switch
            {
                // Whether a measure is generic is asked only when a figure of its sentence is bound to a measure; in a
                // sentence without figures (most are) its patterns would be run for nothing.
                TermKind.Measure => new Mention(match.Start, match.End, MentionKind.Measure, match.Value) { Generic = hasFigures && (IsGeneric(text, match.Start, match.End) || IsAdjective(text, match.End)) },
                TermKind.Entity => new Mention(match.Start, match.End, MentionKind.Entity, match.Value, new EntityRef(match.Value.Id, match.Value.Name, EntitySource.Vocabulary)),
                TermKind.National => new Mention(match.Start, match.End, MentionKind.Entity, match.Value, EntityRef.National) { Comparison = IsComparison(text, match.Start) },
                TermKind.Period when IsCommonWord(match) => null,
                TermKind.Period => new Mention(match.Start, match.End, MentionKind.Period, AtMonthEnd(text, match) ? match.Value with { AtItsEnd = true } : match.Value) { Comparison = IsComparison(text, match.Start) },
                TermKind.ComparisonBase => null,
                _ => null,
            };
            if (mention is not null)
            {
                mentions.Add(mention);
            }
        }

        // "the deficit in services trade", "the surplus of goods trade": a measure after another one and "in" or "of"
        // only says what the first is of, as an entity would; the first is what the figure measures.
        // Each removal below is asked only of a sentence that has what it removes: for every sentence, each made a
        // predicate (the largest single allocation of binding).
        if (mentions.Count(IsMeasure) >= 2)
        {
            mentions.RemoveAll(of => of.Kind == MentionKind.Measure && mentions.Any(head => head.Kind == MentionKind.Measure && head.End < of.Start
                && OfAnotherMeasure().IsMatch(text.AsSpan(head.End, of.Start - head.End))));
        }

        // "6.16 trillion U.S. dollars", "denominated in U.S. dollars": a currency, not the United States.
        RemoveWhere(mentions, text, static (m, sentenceText) => m.Kind == MentionKind.Entity && CurrencyAfter().IsMatch(sentenceText, m.End));

        JoinEntityLists(text, mentions);

        // "the October press conference", "the June meeting": a period that names an event, not the time of a figure.
        RemoveWhere(mentions, text, static (m, sentenceText) => m.Kind == MentionKind.Period && EventAfter().IsMatch(sentenceText, m.End));

        // "In Beijing-Tianjin-Hebei and surrounding areas, PM2.5 was 37.1 …": a place the vocabulary does not know, named
        // in capitals at the head of the sentence, is whose its figures are; without it they were the nation's.
        if (text.StartsWith("In ", StringComparison.Ordinal) && PlaceOpener().Match(text) is { Success: true } opener
            && !mentions.Any(m => m.Start < opener.Groups["place"].Index + opener.Groups["place"].Length && m.End > opener.Groups["place"].Index))
        {
            var place = opener.Groups["place"];
            mentions.Add(new Mention(place.Index, place.Index + place.Length, MentionKind.Entity, Entity: EntityRef.Phrase(place.Value)));
        }

        // Years are periods too: "in 2024", "for 2023". Only a text with "19" or "20" in it can name one, and most have neither.
        if (text.Contains("19", StringComparison.Ordinal) || text.Contains("20", StringComparison.Ordinal))
        {
            foreach (Match year in YearPeriod().Matches(text))
            {
                var y = int.Parse(year.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var term = new Term(YearIdPrefix + y.ToString(System.Globalization.CultureInfo.InvariantCulture), y.ToString(System.Globalization.CultureInfo.InvariantCulture), TermKind.Period, [], Days: DateTime.IsLeapYear(y) ? 366 : 365);
                // "the first quarter of 2025" is the first quarter; the year only says which one.
                if (!mentions.Any(m => (m.Start < year.Index + year.Length && m.End > year.Index) || (m.Kind == MentionKind.Period && year.Index - m.End is >= 0 and <= 1)))
                {
                    mentions.Add(new Mention(year.Groups["year"].Index, year.Index + year.Length, MentionKind.Period, term) { Comparison = IsComparison(text, year.Index) });
                }
            }
        }

        // "ASEAN remained China's largest trading partner": a possessive names the nation only when it owns a measure.
        if (mentions.Exists(NamesTheNation))
        {
            mentions.RemoveAll(m => NamesTheNation(m) && Possessive().IsMatch(text.AsSpan()[m.Start..m.End])
                && !mentions.Any(x => x.Kind == MentionKind.Measure && x.Start >= m.End && x.Start - m.End <= 25));
        }

        DropMeasuresThatOnlySayWhatOf(text, mentions);
        foreach (var measure in mentions.FindAll(IsMeasure))
        {
            // "national general public budget revenue": the alias itself names the nation.
            if (NationalAlias().IsMatch(text.AsSpan()[measure.Start..measure.End]))
            {
                mentions.Add(new Mention(measure.Start, measure.Start, MentionKind.Entity, Entity: EntityRef.National));
            }

            AddModifiers(text, measure, mentions);
        }

        foreach (var unit in scan.Units.Where(u => u.Value.Dimension == UnitDimension.Count))
        {
            AddCountedThing(text, unit, mentions);
        }

        AddPronouns(text, mentions);
        // "… fell 10.1%, mainly because revenue from land-use rights sales was about 840 billion yuan": a clause given
        // as a reason has a subject of its own.
        // Most sentences have none, and keep the scan's clause starts as they are (sorting sorted starts copies nothing).
        var clauseStarts = scan.ClauseStarts;
        foreach (var subordinate in Subordinate().EnumerateMatches(text))
        {
            clauseStarts = clauseStarts.Add(subordinate.Index + subordinate.Length);
        }

        clauseStarts = clauseStarts.Sort();
        foreach (var clauseStart in hasFigures ? clauseStarts : [])
        {
            AddUnknownSubject(text, clauseStart, mentions);
        }

        return new SentenceAnalysis(text, Mention.InTextOrder(mentions), clauseStarts);
    }

    /// <summary>
    /// "Guangdong, Jiangsu, Zhejiang, Shanghai and Shandong made up 64.1%": entities of the vocabulary listed together
    /// are one group, whose figures are the group's, not the last one's. One entity named twice ("announced by the
    /// U.S., China-U.S. trade") is no list.
    /// </summary>
    private static void JoinEntityLists(string text, List<Mention> mentions)
    {
        // Asked of every sentence, and most name at most one such entity: no list is built for them.
        if (mentions.Count(IsNamedEntity) < 2)
        {
            return;
        }

        var named = mentions.Where(IsNamedEntity).OrderBy(m => m.Start).ToList();
        var first = 0;
        for (var i = 1; i <= named.Count; i++)
        {
            if (i < named.Count && named[i].Start >= named[i - 1].End && named[i].Entity!.Id != named[i - 1].Entity!.Id && ListJoiner().IsMatch(text.AsSpan(named[i - 1].End, named[i].Start - named[i - 1].End)))
            {
                continue;
            }

            if (i - first > 1)
            {
                var (start, end) = (named[first].Start, named[i - 1].End);
                mentions.RemoveAll(m => m.Kind == MentionKind.Entity && m.Start >= start && m.End <= end);
                mentions.Add(new Mention(start, end, MentionKind.Entity, Entity: EntityRef.Phrase(text[start..end])));
            }

            first = i;
        }
    }

    private static bool IsMeasure(Mention mention) => mention.Kind == MentionKind.Measure;

    /// <summary>
    /// "The surplus on this trade came to 1.1 trillion yuan", "the deficit in that trade": a measure named after another
    /// with "on" or "in" and a word that points back ("this", "that") only says what the first is of; the figure is the
    /// first's. ("Investment in the manufacturing sector" names one measure by two, and is left to the binder.)
    /// </summary>
    private static void DropMeasuresThatOnlySayWhatOf(string text, List<Mention> mentions)
    {
        if (mentions.Count(IsMeasure) < 2)
        {
            return;
        }

        List<Mention>? qualifiers = null;
        foreach (var head in mentions)
        {
            if (head.Kind == MentionKind.Measure && WhatOf().Match(text, head.End) is { Success: true } of
                && mentions.Find(m => m.Kind == MentionKind.Measure && m.Start == of.Index + of.Length) is { } qualifier)
            {
                (qualifiers ??= []).Add(qualifier);
            }
        }

        if (qualifiers is not null)
        {
            mentions.RemoveAll(qualifiers.Contains);
        }
    }

    [GeneratedRegex(@"\G\s+(?:(?:on|in)\s+(?:this|that|these|those)|on\s+the)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WhatOf();

    private static bool NamesTheNation(Mention mention) => mention.Entity is { IsNational: true };

    /// <summary>
    /// <see cref="List{T}.RemoveAll"/> with what the test reads passed in, so that a static one makes no closure and no
    /// predicate. The test must not read the list itself (which RemoveAll changes as it goes).
    /// </summary>
    private static void RemoveWhere<TState>(List<Mention> mentions, TState state, Func<Mention, TState, bool> remove)
    {
        var kept = 0;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!remove(mentions[i], state))
            {
                mentions[kept++] = mentions[i];
            }
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }

    private static bool IsNamedEntity(Mention mention) => mention.Kind == MentionKind.Entity && mention.Entity!.Source == EntitySource.Vocabulary;

    [GeneratedRegex(@"\G['’]s\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OwnerMark();

    // The adjective alone, before a noun in lower case: "national government procurement", not "National Day" or "nationally".
    [GeneratedRegex(@"\Gnational\s+(?=\p{Ll})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NationalModifier();

    [GeneratedRegex(@"^(?:,\s*(?:and\s+)?|\s+(?:and|or)\s+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListJoiner();

    /// <summary>Entities a measure is modified by: "exports of X", "trade with X", "X exports".</summary>
    private static void AddModifiers(string text, Mention measure, List<Mention> mentions)
    {
        // "enterprises with actual import and export activity": what a counted measure is, not whose.
        var post = measure.Term!.Dimension == UnitDimension.Count ? Match.Empty : PostModifier().Match(text, measure.End);
        if (post.Success)
        {
            var phraseStart = post.Groups["phrase"].Index;
            var phraseEnd = PhraseEnd(text, phraseStart, mentions);
            var phrase = text[phraseStart..phraseEnd].Trim();
            var preposition = post.Groups["prep"].Value.ToLowerInvariant();
            var inside = mentions.Where(m => m.Start >= phraseStart && m.End <= phraseEnd).ToList();
            var isPeriodOrNumber = inside.Any(m => m.Kind == MentionKind.Period && m.Start - phraseStart < 6) || phrase.Length == 0 || char.IsDigit(phrase[0]) || NotAnEntity().IsMatch(phrase);
            if (!isPeriodOrNumber)
            {
                var entities = inside.Where(m => m.Kind == MentionKind.Entity && !m.Entity!.IsNational).ToList();
                var rest = RemoveSpans(phrase, phraseStart, entities);
                if (preposition == "between")
                {
                    rest = BetweenChina().Replace(rest, string.Empty);
                }

                var composite = entities.Count > 1 || (entities.Count == 1 && ListWord().IsMatch(rest));
                if (entities.Count == 1 && !composite)
                {
                    // "foreign-funded enterprises in China", "between China and the U.S.": the named entity stands.
                    mentions.RemoveAll(m => m.Kind == MentionKind.Entity && m.Entity!.IsNational && m.Start >= phraseStart && m.End <= phraseEnd);
                }

                if (entities.Count == 0 || composite)
                {
                    // "private enterprises' exports of high-tech products": both owner and object make the entity.
                    var owner = mentions.LastOrDefault(m => m.Kind == MentionKind.Entity && !m.Entity!.IsNational && m.End <= measure.Start && measure.Start - m.End <= 3);
                    var name = owner is null ? phrase : owner.Entity!.Name + " / " + phrase;
                    mentions.RemoveAll(m => m.Kind == MentionKind.Entity && m.Start >= phraseStart && m.End <= phraseEnd);
                    mentions.Add(new Mention(phraseStart, phraseEnd, MentionKind.Entity, Entity: EntityRef.Phrase(name)));
                }
            }
        }

        // Prenominal: "high-tech product exports", "cross-border e-commerce imports and exports".
        // Up to three words before the measure: look 200 characters back (from a word start), not at the whole sentence.
        var from = Math.Max(0, measure.Start - 200);
        while (from > 0 && !char.IsWhiteSpace(text[from - 1]))
        {
            from--;
        }

        var words = PrenominalWords().Match(text, from, measure.Start - from);
        if (words.Success && !mentions.Any(m => m.Kind is MentionKind.Entity && !m.Entity!.IsNational && m.End > words.Index && m.End <= measure.Start))
        {
            // Read leftwards from the measure until a word that ends the noun phrase ("than", "of", a verb).
            var modifier = new List<string>();
            foreach (var word in words.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                if (PhraseBoundaryWord().IsMatch(word))
                {
                    break;
                }

                modifier.Insert(0, word);
            }

            var meaningful = modifier.Where(w => !GenericModifiers.Contains(w)).ToList();
            if (meaningful.Count > 0 && meaningful.Count == modifier.SkipWhile(w => GenericModifiers.Contains(w)).Count())
            {
                // "National online retail sales": online sales of the nation are not all of its retail sales.
                mentions.RemoveAll(m => m.Entity is { IsNational: true } && m.Start >= words.Index && m.End <= measure.Start);
                var length = string.Join(' ', meaningful).Length;
                mentions.Add(new Mention(Math.Max(0, measure.Start - length - 1), measure.Start, MentionKind.Entity, Entity: EntityRef.Phrase(string.Join(' ', meaningful))));
            }
        }
    }

    /// <summary>"134.33 million tonnes of crude oil, down 1.5%": the change is of crude oil, not of all imports.</summary>
    private static void AddCountedThing(string text, PhraseMatch<UnitTerm> unit, List<Mention> mentions)
    {
        var of = CountedOf().Match(text, unit.End);
        if (!of.Success)
        {
            return;
        }

        var phraseStart = of.Groups["phrase"].Index;
        var phraseEnd = PhraseEnd(text, phraseStart, mentions);
        if (phraseEnd > phraseStart && !mentions.Any(m => m.Start >= phraseStart && m.End <= phraseEnd && m.Kind == MentionKind.Measure))
        {
            mentions.RemoveAll(m => m.Kind == MentionKind.Entity && m.Start >= phraseStart && m.End <= phraseEnd);
            mentions.Add(new Mention(phraseStart, phraseEnd, MentionKind.Entity, Entity: EntityRef.Phrase(text[phraseStart..phraseEnd])));
        }
    }

    private static void AddPronouns(string text, List<Mention> mentions)
    {
        // "it", "its" and "this" are in most sentences: their places are read without a match object each, and each
        // test is made only while the pronoun may still be one.
        foreach (var match in Pronoun().EnumerateMatches(text))
        {
            var (index, nextWordStart) = (match.Index, match.Index + match.Length);
            var before = text.AsSpan(0, index).TrimEnd();
            var atSubject = before.Length == 0 || before[^1] is ',' or ';';
            if ((atSubject || mentions.Any(m => m.Kind == MentionKind.Measure && m.Start - nextWordStart is >= 0 and <= 7)
                    || text.AsSpan(nextWordStart).TrimStart().StartsWith("share", StringComparison.OrdinalIgnoreCase))
                && !mentions.Any(m => m.Kind == MentionKind.Entity && m.Start <= index && m.End > index)
                && !PronounNotEntity().IsMatch(text.AsSpan()[nextWordStart..]))
            {
                mentions.Add(new Mention(index, nextWordStart, MentionKind.Pronoun));
            }
        }
    }

    /// <summary>A clause subject that names nothing the vocabulary knows ("Guangdong, Jiangsu … and Shandong").</summary>
    private static void AddUnknownSubject(string text, int clauseStart, List<Mention> mentions)
    {
        // "; and poultry output was 12.33 million tonnes, up 7.5%": a conjunction opens the clause; read as the start
        // of an adverbial ("and … ,"), it would take the subject and its figure with it.
        var start = clauseStart + (Conjunction().Match(text, clauseStart) is { Success: true } conjunction ? conjunction.Length : 0);
        // "In the first quarter new contracts were down 6.9%, so …": a period said without its comma is passed first,
        // or the adverbial would run on to the clause's first comma and take the subject and its verb with it.
        int adverbial;
        while (PastPeriodOpener(text, start, mentions) == start && (adverbial = LeadingAdverbialLength(text, start)) > 0)
        {
            start += adverbial;
        }

        start = PastPeriodOpener(text, start, mentions);

        // "Beijing's R&D intensity was 6.58%": the entity that owns the subject says whose; the rest names what.
        if (mentions.FirstOrDefault(m => IsNamedEntity(m) && m.Start == start) is { } owner
            && OwnerMark().Match(text, owner.End) is { Success: true } mark)
        {
            start = mark.Index + mark.Length;
        }
        // "In 2024, national government procurement came to …": "national" before the subject says whose, as the nation
        // is the owner of a figure no one else owns anyway; the words after it name what is measured.
        else if (mentions.Exists(m => m.Start == start && m.Entity is { IsNational: true })
            && NationalModifier().Match(text, start) is { Success: true } national)
        {
            start += national.Length;
        }

        // Only a verb starting within 120 characters counts; searching 150 keeps the whole of such a verb and the
        // character after it (for \b) in range, instead of scanning to the end of the sentence for every clause.
        var window = Math.Min(text.Length - start, 150);
        var verb = SubjectVerbs.IndexIn(text, start, window);
        // "Residential investment, which makes up more than three quarters of the total, fell 10.4%", "Lithium reserves,
        // counted as lithium oxide, reached …", "Private enterprises, the bulk of the sector, reached …": words set off
        // by commas that say more of the subject are no part of its name, and a verb inside them is not the clause's.
        // A head of one word ("Wheat, the backbone of the harvest, …") would name too little on its own, and keeps them.
        var said = WordsAside().Match(text, start, window);
        if (said.Success && OpenMeasure.Key(said.Groups["head"].Value) is not null && SubjectVerbs.IndexIn(text, start, said.Groups["head"].Length) < 0
            && SubjectVerbs.IndexIn(text, said.Index + said.Length, Math.Min(text.Length - said.Index - said.Length, 20)) == said.Index + said.Length)
        {
            AddSubject(text, start, said.Groups["head"].Index + said.Groups["head"].Length, said.Index + said.Length, mentions);
            return;
        }

        // "Accounts receivable reached …": a word that opens the clause is its subject, not its verb.
        if (verb == start)
        {
            var wordEnd = verb;
            while (wordEnd < start + window && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            verb = SubjectVerbs.IndexIn(text, wordEnd, start + window - wordEnd);
        }

        if (verb < 0 || verb - start > 120)
        {
            return;
        }

        // "Highway investment, at 1.08 trillion yuan, fell 7.5%", "Research spending, close to 50 billion yuan, came to
        // 4.0% of revenue": a figure set off by commas after the subject is said of it, and is no part of its name; nor are examples of it ("Revenue from new businesses, including cloud
        // computing and big data, reached …", "Traditional businesses such as voice and text messages earned …").
        var end = Aside().Match(text, start, verb - start) is { Success: true } aside ? aside.Index : verb;
        AddSubject(text, start, end, end, mentions);
    }

    /// <summary>
    /// The subject from <paramref name="start"/>, named by the words up to <paramref name="end"/> and standing, as a
    /// mention, up to <paramref name="spanEnd"/> (its verb, past words set off that are no part of its name).
    /// </summary>
    private static void AddSubject(string text, int start, int end, int spanEnd, List<Mention> mentions)
    {
        // "Milk output in the first half was …": the period is no part of the name, but the subject still runs to its
        // verb, so that only the verb stands between it and its figure.
        var nameEnd = BeforePeriodAfterHead(text, start, end, mentions);
        var subject = text[start..nameEnd].Trim();
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (subject.Length == 0 || words.Length > 9 || DigitNumber.HasDigit(subject) || words.All(w => GenericModifiers.Contains(w) || PersonalPronoun().IsMatch(w)))
        {
            return;
        }

        // "The three months together averaged …": a subject that says only when is no one's.
        if (!OpenMeasure.ContentWords(OpenMeasure.WithoutPeriods(subject)).Any())
        {
            return;
        }

        // "Investment in Belt and Road partner countries was …": an entity inside the subject is whose, and the
        // subject still names what is measured; a measure inside it names that instead.
        if (mentions.Any(m => m.Start < nameEnd && m.End > start && (m.Kind != MentionKind.Entity || m.Entity!.Source == EntitySource.Phrase || m.Start <= start)))
        {
            return;
        }

        mentions.Add(new Mention(start, spanEnd, MentionKind.Entity, Entity: EntityRef.Phrase(subject)) { Subject = true });
    }

    /// <summary>
    /// Past a period that opens the clause without a comma, before a subject in lower case: "At the end of June the hog
    /// herd stood at …", "In June pork prices fell …", "June throughput grew …" say when, as "In June, " does, and the
    /// subject is what follows, up to its verb before any comma. Otherwise <paramref name="start"/> as it is: a verb right
    /// after the period has the period for its subject ("June was 0.8 percentage point faster"), and "In June last year,
    /// kite sales rose …" says when up to its comma.
    /// </summary>
    private static int PastPeriodOpener(string text, int start, List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Period && m.Start >= start && m.Start - start <= 20
                && PeriodPreposition().IsMatch(text.AsSpan(start, m.Start - start)) && SubjectAfterPeriod().Match(text, m.End) is { Success: true } after
                && after.Index + after.Length is var subject && SubjectVerbs.IndexIn(text, subject, Math.Min(text.Length - subject, 20)) != subject
                && (text.IndexOf(',', subject) is var comma && comma < 0 ? text.Length : comma) is var clauseEnd
                && SubjectVerbs.IndexIn(text, subject, Math.Min(clauseEnd - subject, 150)) > subject)
            {
                return subject;
            }
        }

        return start;
    }

    /// <summary>
    /// The end of a subject without the period that follows its head: "Milk output in the first half was …", "Profits
    /// of the sector in June alone reached …" name milk output and the sector's profits; the period says when.
    /// </summary>
    private static int BeforePeriodAfterHead(string text, int start, int end, List<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Period && m.Start > start && m.End <= end && PeriodAlone().IsMatch(text.AsSpan(m.End, end - m.End))
                && PrepositionOfPeriod().Match(text, start, m.Start - start) is { Success: true } preposition)
            {
                return preposition.Index;
            }
        }

        return end;
    }

    // What may stand before a period that opens a clause: "At the end of ", "In ", "For the ", or nothing ("June …").
    [GeneratedRegex(@"^\s*(?:(?:in|at|by|for|during|as\s+of)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeriodPreposition();

    // After the period, the subject: a word in lower case ("the hog herd", "pork prices"), not a comma or a verb's object.
    [GeneratedRegex(@"\G(?:\s+alone)?\s+(?=\p{Ll})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectAfterPeriod();

    // Between a period after the subject's head and the verb: nothing, or "alone".
    [GeneratedRegex(@"^(?:\s+alone)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeriodAlone();

    // " in the ", " during " right before that period, after at least one word of the subject.
    [GeneratedRegex(@"(?<=\S)\s+(?:in|during|for)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PrepositionOfPeriod();

    private static int PhraseEnd(string text, int phraseStart, List<Mention> mentions)
    {
        var end = phraseStart;
        var stop = PhraseStop().Match(text, phraseStart);
        var limit = stop.Success ? stop.Index : text.Length;
        end = limit;

        // A vocabulary name with brackets or commas inside it stays whole.
        foreach (var m in mentions.Where(m => m.Start >= phraseStart && m.Start < limit && m.End > limit))
        {
            end = Math.Max(end, m.End);
        }

        return end;
    }

    private static string RemoveSpans(string phrase, int phraseStart, List<Mention> spans)
    {
        var chars = phrase.ToCharArray();
        foreach (var m in spans)
        {
            for (var i = Math.Max(0, m.Start - phraseStart); i < Math.Min(chars.Length, m.End - phraseStart); i++)
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>"with a trade volume exceeding …" is a threshold; "a total trade volume of 3.95 trillion" is a figure.</summary>
    private static bool IsGeneric(string text, int start, int end)
    {
        var before = text.AsSpan(0, start);
        return (IndefiniteBefore().IsMatch(before) && !OfFigure().IsMatch(text, end)) || UnderAnotherHead().IsMatch(before) || EllipticalHead().IsMatch(before);
    }

    /// <summary>"import and export containers", "export growth": the measure word only describes another noun.</summary>
    private static bool IsAdjective(string text, int end)
    {
        // The next word is read where it stands, not copied: this is asked of every measure a sentence with figures names.
        var next = NextWord().Match(text, end);
        return next.Success && !MeasureFollower().IsMatch(next.Groups["word"].ValueSpan);
    }

    internal static bool IsComparison(string text, int start) => ComparisonBefore().IsMatch(text.AsSpan(0, start));

    [GeneratedRegex(@"\G\s+(?<prep>of|to|with|from|between|by|in|for|through|via)\s+(?<phrase>\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PostModifier();

    [GeneratedRegex(@"[,;:(—–]|\s+-\s+|\s(?:reached|rose|grew|fell|totaled|totalled|hit|stood|was|were|is|are|had|has|have|recorded|registered|posted|achieved|accounted|accounting|account|accounts|made|make|makes|increased|increase|decreased|declined|jumped|surged|exceeded|exceeding|maintained|remained|represented|came|amounted|expanded|dropped|climbed|saw|all|each|both|up|down|in\s+the|during|for\s+the|since|amid|reaching|rising|growing|falling|continued|showed|shifted|rebounded|increasing|registering|totaling|totalling|marking|which|that|who|also)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhraseStop();

    [GeneratedRegex(@"\G\s*(?<word>[\p{L}][\p{L}'’-]*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NextWord();

    // Words that may follow a measure used as a noun: verbs, prepositions, conjunctions, pronouns of a relative clause.
    [GeneratedRegex(@"^(?:\w+ed|\w+ing|reached|rose|grew|fell|hit|stood|was|were|is|are|had|has|have|rise|grow|fall|increase|increases|account|accounts|make|makes|made|of|to|with|from|between|by|in|for|during|at|on|via|through|and|or|but|while|also|all|both|each|totaled|totalled|saw|came|kept|led|that|which|who|than|as|remain|remains|hit|topped|this|last|year|value|volume|amounted|stayed|went|exceed|exceeds|surpassed|again|still|were|across|nationwide|reaching|totaling|totalling|continued|now|alone|together|combined)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MeasureFollower();

    [GeneratedRegex(@"^(?:the\s+)?(?:same\s+period|first|second|third|fourth|last|this|next|previous|past|year|month|quarter|more\s+than|less\s+than|over|about|nearly|around|approximately|terms|(?:yuan|dollar|us\s+dollar|value|volume|real|nominal|price)\s+terms|china|total|all|which|that|its|their|(?:value|tune|amount|sum)\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotAnEntity();


    [GeneratedRegex(@"^\s*China\s+and\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BetweenChina();

    [GeneratedRegex(@"\b(?:and|or)\b|,|\bother\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListWord();

    // Up to three words right before a measure, within the clause. This and the patterns below that end in $ run right
    // to left: they try only the end of the text, instead of every letter of the sentence before the mention, and find
    // the same matches (checked at every position of 11,800 sentences).
    [GeneratedRegex(@"(?:[\p{L}][\p{L}\p{Nd}'’-]*\s+){1,3}$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PrenominalWords();

    // Words no noun phrase goes back past: prepositions, verbs, comparisons, and the connectives a sentence opens with
    // ("So the primary industry grew …": "So" is no modifier of it).
    [GeneratedRegex(@"^(?:than|of|in|to|for|with|by|from|at|on|as|and|or|but|while|whereas|so|thus|hence|therefore|meanwhile|however|yet|then|moreover|furthermore|besides|likewise|similarly|instead|points?|percentage|higher|lower|faster|slower|above|below|more|less|is|are|was|were|has|have|had|be|been|\w+ed|\w+ing|\w*\d\w*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhraseBoundaryWord();

    [GeneratedRegex(@"\b(?:this|these|their|its|they|it)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^\s+(?:year|month|quarter|period|time|is|was|has|means|shows|will|would|can|could|may|might|also\s+(?:is|was)|initiative|trend|figure|growth)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PronounNotEntity();

    [GeneratedRegex(@"^(?:i|we|you|he|she|it|they|this|that|these|those|there|here|which|who)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PersonalPronoun();

    /// <summary>
    /// The length of the adverbial that opens a clause at <paramref name="start"/> ("In June, ", "Quarter by quarter, ",
    /// "In 2024 " with no comma before a lower-case subject), or 0.
    /// </summary>
    private static int LeadingAdverbialLength(string text, int start)
    {
        // "Quarter by quarter": a word by itself. Compared here rather than by a backreference in the pattern, because
        // the source generator cannot build a case-insensitive backreference and would leave the whole pattern to the
        // interpreter, which costs this loop over every clause several times as much.
        if (WordByWordAdverbial().Match(text, start, text.Length - start) is { Success: true } repeated
            && repeated.Groups["word"].ValueSpan.Equals(repeated.Groups["again"].ValueSpan, StringComparison.OrdinalIgnoreCase))
        {
            return repeated.Length;
        }

        return LeadingAdverbial().Match(text, start, text.Length - start) is { Success: true } adverbial ? adverbial.Length : 0;
    }

    [GeneratedRegex(@"\G\s*(?<word>\p{L}+)\s+by\s+(?<again>\p{L}+)\b[^,]{0,100}?,\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordByWordAdverbial();

    [GeneratedRegex(@"\G\s*(?:(?:in|during|for)\s+(?:19|20)\d\d\s+(?=\p{Ll})|(?:in|during|by|since|for|over|as\s+of|as|from|according\s+to|among|of|on|at|with|under|despite|after|before|especially|specifically|notably|meanwhile|additionally|moreover|furthermore|overall|first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth|fifth|lastly|finally|also|however|in\s+addition|at\s+the\s+same\s+time|on\s+the\s+one\s+hand|on\s+the\s+other\s+hand|for\s+example|for\s+instance|leveraging|driven\s+by|backed\s+by|thanks\s+to|due\s+to|recently|currently|now|today|so\s+far|to\s+date|last\s+year|this\s+year|at\s+present|in\s+particular|likewise|similarly|then|thus|therefore|besides)\b[^,]{0,100}?,\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeadingAdverbial();

    [GeneratedRegex(@"\G\s*(?:and|but)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Conjunction();

    // The verbs that end a clause's subject ("Guangdong, Jiangsu … and Shandong accounted for"): a word list, not a
    // pattern, as it is asked once per clause of every sentence with figures.
    private static readonly WordList SubjectVerbs = new(
        "reached", "rose", "grew", "fell", "totaled", "totalled", "hit", "stood", "was", "were", "is", "are", "had",
        "has", "have", "recorded", "registered", "posted", "achieved", "accounted", "account", "accounts", "made",
        "make", "makes", "increased", "decreased", "declined", "jumped", "surged", "exceeded", "maintained",
        "remained", "represented", "came", "amounted", "expanded", "dropped", "climbed", "saw", "seized", "earned",
        "exported", "imported", "contributed", "shouldered", "occupied", "engaged", "grow", "rise", "increase",
        "continued", "outpaced", "led", "kept", "showed", "registering", "reaching", "totaling", "totalling",
        "generated", "topped", "growing", "rising", "falling", "increasing", "declining", "averaging", "averaged",
        "covered", "covers", "numbered", "span", "spans", "spanned", "dipped", "slipped", "eased", "slid", "shrank",
        "soared", "plunged", "edged");

    [GeneratedRegex(@"^\s+(?:in|of)\s+(?:the\s+)?(?:[\p{L}][\p{L}'’-]*\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfAnotherMeasure();

    [GeneratedRegex(@"\G\s+dollars?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CurrencyAfter();

    [GeneratedRegex(@"\G\s+(?:regular\s+)?(?:press\s+conferences?|news\s+conferences?|press\s+briefings?|briefings?|meetings?|sessions?|plenary|forums?|summits?|fairs?|expos?|exhibitions?|editions?|issues?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EventAfter();

    [GeneratedRegex(@"^In\s+(?:the\s+)?(?<place>\p{Lu}[\p{L}'’]*(?:(?:-|\s+)(?:\p{Lu}[\p{L}'’]*|and|of|the))*?(?:\s+and\s+(?:the\s+)?surrounding\s+areas)?),", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlaceOpener();

    [GeneratedRegex(@"\b(?:in|for|of|during|throughout)\s+(?<year>(?:19|20)\d\d)\b(?!\s*(?:yuan|%|percent))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearPeriod();

    [GeneratedRegex(@"^(?:national|China's)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NationalAlias();

    [GeneratedRegex(@"^(?:China's|China|the\s+country's)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\G\s+of\s+(?!the\s+(?:total|same)\b)(?<phrase>[\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountedOf();

    // "Investment in the primary industry", "demand for imports": the measure names what another noun is about.
    [GeneratedRegex(@"(?<![\p{L}-])(?!(?:growth|value|volume|total|share|level|scale|rise|increase|decline|decrease|drop|fall|figure|figures|proportion|sum|amount|rate|that|those|this|these|was|were|is|are|rose|grew|fell|accounted|accounting|account|made|up|down|reached|totaled)\b)(?<head>[\p{L}][\p{L}-]+)\s+(?:in|of|for|on)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnderAnotherHead();

    /// <summary>"At the end of June", "as of the end of September": a month said by its last day.</summary>
    private static bool AtMonthEnd(string text, PhraseMatch<Term> match) =>
        match.Value.Days <= MonthDays && EndOf().IsMatch(text.AsSpan(0, match.Start));

    /// <summary>The days of the longest month: a period of at most so many is a month or shorter.</summary>
    internal const int MonthDays = 31;

    [GeneratedRegex(@"\bend\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EndOf();

    // Elliptical: "Investment in the primary industry was …; in the secondary industry 12.87 trillion yuan".
    [GeneratedRegex(@"(?:^|[;,]\s*(?:and\s+)?)(?:in|for)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EllipticalHead();

    // ", at about 560 billion yuan, ", ", close to 50 billion yuan, " or ", including A, B and C," or " such as A and B"
    // right before the verb (the search is bounded by the subject's span); a thousands separator ("1,234") ends no aside.
    [GeneratedRegex(@"(?<!\d),\s*(?:at\s+)?(?:(?:about|around|nearly|almost|over|more\s+than|close\s+to)\s+)?\d(?:[^,]|(?<=\d),(?=\d{3}\b))*,\s*$|(?:,\s*|\s+)(?:including|such\s+as)\s[^;:()]*?,?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Aside();

    // ", which makes up most of the total, ", ", counted as lithium oxide, ", ", mostly lithium batteries, ", ", the bulk of
    // the sector, ", ", in pure nutrient terms, ", ", what travellers spent abroad, ": after the subject's head, words
    // that say more of it, with no figure, up to the comma before the verb.
    [GeneratedRegex(@"\G\s*(?<head>[^,;:()\d]{2,80}?),\s*(?:(?:which|who|whose|where|in\s+which)\s|(?:counted|measured|calculated|converted|valued|priced|expressed)\s+(?:as|at|in|by|on)\s|(?:mostly|mainly|largely|chiefly|primarily|meaning|namely|that\s+is|i\.e\.)\s|what\s|the\s+(?!same\b)|in\s+[\p{L}\s-]{1,30}\sterms(?=\s*,))[^,;:()\d]{0,100}?,\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordsAside();

    [GeneratedRegex(@"\b(?:because(?!\s+of\b)|although|though)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Subordinate();

    [GeneratedRegex(@"\G\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfFigure();

    [GeneratedRegex(@"\b(?:an?|any|each|every|one)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IndefiniteBefore();

    [GeneratedRegex(@"(?:compared\s+(?:to|with)|than(?:\s+(?:in|during|for))?|from|versus|vs\.?|relative\s+to)\s+(?:that\s+(?:of|in)\s+)?(?:the\s+)?(?:same\s+period\s+(?:(?:of|in)\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ComparisonBefore();

}
