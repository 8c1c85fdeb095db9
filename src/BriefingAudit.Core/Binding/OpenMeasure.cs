using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// A measure the vocabulary has no name for, named by the noun phrase a figure is attributed to ("investment in real
/// estate development", "the output of new energy vehicles"). Two phrases name the same open measure when they have
/// the same content words once lower-cased, made singular and stripped of determiners, prepositions and "total":
/// "real estate development investment" and "investment in real estate development" are one measure, "spending on
/// education" and "education spending" another. A phrase of one content word ("revenue", "consumption") names too
/// little to be compared on its own: it names the one open measure of the transcript, counted in the same unit, that
/// has the word, or none (<see cref="ResolveShortNames"/>).
/// </summary>
internal static partial class OpenMeasure
{
    public const string IdPrefix = "open:";

    internal static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "this", "these", "that", "those", "our", "of", "in", "on", "for", "from", "to",
        "by", "with", "about", "into", "through", "across", "among", "within", "during", "and", "total", "overall", "combined", "whole", "as", "at", "which", "were", "was", "both", "all",
        // Whose figure, not what: "income nationwide" and "income of the country's residents" are the same measure.
        "nationwide", "national", "country", "china",
        // When or how surely, not what: "marine reserves now span …" are marine reserves.
        "now", "also", "still",
        // How a clause ties to the one before, not what: "Yet the gross enrollment ratio …", "The thermal power plants,
        // however, …" name the ratio and the plants.
        "yet", "however", "thus", "hence", "therefore", "meanwhile", "moreover", "furthermore", "even", "indeed",
        // Who, by pointing back, or how exclusively: "They caused losses of …" are losses, "Those three months alone
        // accounted for …" are three months.
        "they", "it", "we", "them", "alone",
        // That figures are summed, not what they are of: "Together that is …" names no measure, and "hydropower and
        // biomass together" are hydropower and biomass.
        "together",
        // What opens a clause about the figure, not what it is of: "When enterprises spend about 85.4 yuan of costs …",
        // "equipment manufacturing, whose profits grew 7.2%".
        "when", "whose", "where", "while", "there",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordSpans = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Is(Term? measure) => measure is not null && measure.Id.StartsWith(IdPrefix, StringComparison.Ordinal);

    /// <summary>The open measure a phrase names, or null when it has fewer than two content words or holds a figure.</summary>
    public static Term? Named(string phrase, UnitDimension dimension)
    {
        var key = Key(phrase);
        return key is null ? null : new Term(IdPrefix + key, Tidy(phrase), TermKind.Measure, [], dimension);
    }

    /// <summary>
    /// The open measure a phrase of one content word names for now ("consumption rose … to more than 4.8 trillion
    /// kilowatt-hours"): too little to stand alone, it names the one open measure of the transcript with that word
    /// ("electricity consumption"), if there is exactly one (<see cref="ResolveShortNames"/>).
    /// </summary>
    public static Term? NamedOrShort(string phrase, UnitDimension dimension) =>
        Named(phrase, dimension) ?? (Words(phrase) is { Count: 1 } words ? new Term(ShortPrefix + words.Min, Tidy(phrase), TermKind.Measure, [], dimension) : null);

    /// <summary>
    /// Gives each count bound to a one-word name the open measure of the transcript, counted in the same unit, whose
    /// words include it, when exactly one does, and each growth rate the one open measure with that head noun whose
    /// growth was given before it, or, of several, the one its paragraph names (<see cref="NamedByTheParagraph"/>);
    /// otherwise the figure stays unbound, as a one-word name alone would be too vague to compare.
    /// </summary>
    public static IEnumerable<BoundClaim> ResolveShortNames(IReadOnlyList<BoundClaim> claims, SegmentedDocument document)
    {
        var full = claims.Where(c => c.Measure is { } m && Is(m) && !IsShort(m)).ToList();
        // Made at the first rate with several measures to choose from: most transcripts have none.
        ImmutableArray<Sentence>? sentences = null;
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (claim.Comparison is { BaseMeasure: { } baseMeasure } comparison && IsShort(baseMeasure))
            {
                yield return claim with { Comparison = comparison with { BaseMeasure = WholeOf(claim, baseMeasure, full) } };
                continue;
            }

            if (claim.Measure is not { } measure || !IsShort(measure))
            {
                yield return claim;
                continue;
            }

            // Only counts in the same unit ("kilowatt-hours"), and growth rates among growth rates ("Revenue grew only
            // 0.6%" in a question on the one revenue whose growth was given): "revenue exceeded expenditure by 430
            // billion yuan" names no more than some money.
            var word = measure.Id[ShortPrefix.Length..];
            HashSet<string> words = [word];
            var named = !NamesByOneWord(claims, i, word) ? []
                : full.Where(c => c.Claim.Quantity.Unit == claim.Claim.Quantity.Unit && NameWords(c.Measure!).Contains(word) && !NamesAnItemOf(c.Measure!, words)
                        && (claim.Claim.Role != ClaimRole.Change || IsGrowthSaidBefore(c, claim, word)))
                    .Select(c => c.Measure!).DistinctBy(m => m.Id).ToList();
            if (named.Count > 1 && claim.Claim.Role == ClaimRole.Change)
            {
                sentences ??= document.SentencesByIndex();
                named = NamedByTheParagraph(named, word, SaidBefore(document.Paragraphs[sentences.Value[claim.Claim.SentenceIndex].ParagraphIndex], claim.Claim));
            }

            yield return named.Count == 1
                ? claim with { Measure = named[0] }
                : claim with { Measure = null, Note = BoundClaim.NoMeasureNote };
        }
    }

    private const string ShortPrefix = IdPrefix + "~";

    /// <summary>
    /// Of several open measures a one-word growth rate may be of (<paramref name="named"/>, each with <paramref
    /// name="word"/> as its head), the one whose other words its paragraph has said before the rate, the one of
    /// most words when several have been: "The welfare lottery moved more gently. Sales rose 2.5%" is the welfare
    /// lottery's sales, not all lottery sales nor the sports lottery's, and "Lotteries sold well. Sales grew 6.4%" all
    /// lottery sales. All of them when none is so named: "revenue grew only 2.6%" after
    /// manufacturers' and distributors' revenue is either's.
    /// </summary>
    private static List<Term> NamedByTheParagraph(List<Term> named, string word, HashSet<string> said)
    {
        var fully = named.Where(m => NameWords(m).All(w => w == word || said.Contains(w))).ToList();
        if (fully.Count == 0)
        {
            return named;
        }

        var most = fully.Max(m => NameWords(m).Length);
        var longest = fully.FindAll(m => NameWords(m).Length == most);
        return longest.Count == 1 ? longest : named;
    }

    /// <summary>
    /// The content words <paramref name="paragraph"/> has said before <paramref name="rate"/>: a name said after it
    /// ("Investment fell 4.1%, … mainly because highway investment … fell 7.5%") is of another figure.
    /// </summary>
    private static HashSet<string> SaidBefore(Paragraph paragraph, Claim rate)
    {
        var said = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in paragraph.Sentences.TakeWhile(s => s.Index <= rate.SentenceIndex))
        {
            said.UnionWith(ContentWords(sentence.Index < rate.SentenceIndex ? sentence.Text : sentence.Text[..Math.Clamp(rate.Span.Start - sentence.Start, 0, sentence.Text.Length)]));
        }

        return said;
    }

    /// <summary>
    /// Whether the one-word name of <paramref name="claims"/>[<paramref name="i"/>] may stand for a fuller one: for a
    /// count that is more than its counted noun ("Complaints came to 5.1 million" says no more than the unit does), or
    /// for a growth rate, which is of the thing named and nothing else, unless it goes with a level said just before it
    /// under the same word ("By sector, profits were 419.6 billion yuan in mining, down 30.3%": the growth is of what
    /// the level is of, and the level may be a part); not for money, where "revenue exceeded expenditure by …" is some
    /// other amount.
    /// </summary>
    private static bool NamesByOneWord(IReadOnlyList<BoundClaim> claims, int i, string word)
    {
        var claim = claims[i];
        return claim.Claim.Role == ClaimRole.Change
            ? i == 0 || claims[i - 1] is not { } before || before.Claim.SentenceIndex != claim.Claim.SentenceIndex
                || before.Claim.Role == ClaimRole.Change || before.Measure?.Id != claim.Measure!.Id
            : claim.Claim.Quantity.Dimension == UnitDimension.Count && Normal(claim.Claim.Quantity.Unit) != word;
    }

    /// <summary>
    /// Whether <paramref name="full"/> is a growth rate said before <paramref name="shortNamed"/> of a measure whose head
    /// noun is <paramref name="word"/>: "Revenue grew only 0.6%" takes up "operating revenue of pharmaceutical
    /// manufacturers …, up 0.6%", but "Contributions grew 5.4%" is not "the balance of contributions", and
    /// "Withdrawals reached …, up 5.0%" said first is the whole that "Rent withdrawals grew 16.2%" is a part of.
    /// </summary>
    private static bool IsGrowthSaidBefore(BoundClaim full, BoundClaim shortNamed, string word) =>
        full.Claim.Role == ClaimRole.Change && full.Claim.Span.Start < shortNamed.Claim.Span.Start && Head(full.Measure!) == word;

    /// <summary>
    /// The whole a gap's base names by one word ("than the industry as a whole"): the one open measure of the
    /// transcript with the word that shares another word with the gap's own measure, of which it is the whole; null
    /// when there is not exactly one. When the word is the head of the gap's own name ("transfers between cities …, 7.7
    /// percentage points faster than transfers overall"), the whole is that name with qualifiers dropped, never a
    /// sibling with qualifiers of its own ("transfers inside one city").
    /// </summary>
    private static Term? WholeOf(BoundClaim gap, Term shortName, List<BoundClaim> full)
    {
        var word = shortName.Id[ShortPrefix.Length..];
        var own = gap.Measure is { } measure && Is(measure) && !IsShort(measure) ? NameWords(measure) : [];
        var wholes = full.Select(c => c.Measure!).Where(m => m.Id != gap.Measure?.Id && NameWords(m) is var words && words.Contains(word)
            && words.Any(w => w != word && own.Contains(w)) && (!own.Contains(word) || words.All(own.Contains))).DistinctBy(m => m.Id).ToList();
        return wholes.Count == 1 ? wholes[0] : null;
    }

    /// <summary>
    /// Whether a figure bound to <paramref name="measure"/> may be of <paramref name="other"/>: the same measure, or a
    /// one-word name not yet resolved (<see cref="ResolveShortNames"/>) that is a word of the other's name.
    /// </summary>
    public static bool MayBeSame(Term measure, Term other) =>
        measure.Id == other.Id
        || (IsShort(measure) && Is(other) && !IsShort(other) && NameWords(other).Contains(measure.Id[ShortPrefix.Length..]));

    /// <summary>
    /// Whether <paramref name="words"/> name only some items of the list that <paramref name="measure"/>'s name is:
    /// "beef output" and "mutton" in "the output of pork, beef, mutton and poultry", "eggs" in "meat, eggs and milk".
    /// They name a part of what the list adds up to, not the measure, though the measure's name has all of them. Only a
    /// list with commas, or one said to be taken together ("lead and zinc together"), is one for sure: in "information
    /// security products and services" the "and" may join the heads of one modifier.
    /// </summary>
    public static bool NamesAnItemOf(Term measure, IReadOnlySet<string> words)
    {
        var name = measure.Name;
        if (!name.Contains(',') && !TakenTogether().IsMatch(name))
        {
            return false;
        }

        var items = ListSeparator().Split(name).Select(Words).Where(item => item.Count > 0).ToList();
        var named = items.Count(item => item.Overlaps(words));
        return items.Count >= 2 && named > 0 && named < items.Count;
    }

    // "lead and zinc together", "cars and trucks combined": names that say they take items together are lists, "and"
    // or not.
    [GeneratedRegex(@"\s(?:together|combined)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TakenTogether();

    // Between the items of a list: "pork, beef, mutton and poultry", "meat, eggs or milk".
    [GeneratedRegex(@"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListSeparator();

    private static bool IsShort(Term measure) => measure.Id.StartsWith(ShortPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The head noun of an open measure's name, as said: its last content word before any preposition ("revenue" of
    /// "China Railway's transport revenue", "investment" of "investment in real estate development"); null if none.
    /// </summary>
    public static string? Head(Term measure)
    {
        var name = measure.Name;
        var preposition = HeadEnd().Match(name);
        return ContentWords(preposition.Success ? name[..preposition.Index] : name).LastOrDefault();
    }

    [GeneratedRegex(@"\s(?:of|in|for|from|on|to|by|with|at)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HeadEnd();

    /// <summary>The content words that name an open measure (<see cref="Key"/>'s words), for comparing names.</summary>
    public static string[] NameWords(Term measure) => measure.Id[IdPrefix.Length..].Split(' ');

    /// <summary>
    /// Whether an open measure names a part of another: its name is the other's words and one word more that narrows
    /// it ("resident fund revenue" of "fund revenue"), not one that speaks of another figure of the same thing
    /// ("cumulative", "average", "planned", "real").
    /// </summary>
    public static bool IsNarrowerBy(Term part, Term whole)
    {
        // Most pairs do not differ by exactly one word: rejected before any words are split.
        if (!Is(part) || !Is(whole) || IsShort(part) || IsShort(whole) || NamingWordCount(part) != NamingWordCount(whole) + 1)
        {
            return false;
        }

        // "Inclusive kindergartens" of "the number of kindergartens": the count word a name of two words keeps says how
        // the whole is counted, not what it is (Words).
        var partWords = NameWordsButCount(part);
        var wholeWords = NameWordsButCount(whole);
        return partWords.Length == wholeWords.Length + 1 && wholeWords.All(partWords.Contains)
            && partWords.First(w => !wholeWords.Contains(w)) is var extra && !NotNarrowing.Contains(extra) && !IsListedAlone(part, extra);
    }

    /// <summary>The words of an open measure's name less the count word, which says how a figure is counted, not what it is of.</summary>
    internal static string[] NameWordsButCount(Term measure) => [.. NameWords(measure).Where(w => w != CountWord)];

    /// <summary>The number of words of an open measure's name less the count word (<see cref="NameWordsButCount"/>), counted without splitting it.</summary>
    private static int NamingWordCount(Term measure)
    {
        var name = measure.Id.AsSpan(IdPrefix.Length);
        var count = 0;
        foreach (var word in name.Split(' '))
        {
            if (!name[word].SequenceEqual(CountWord))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is an item of its own in the list that <paramref name="measure"/>'s name is:
    /// "ferry" in "ferry and canal revenue" adds ferries to canals, where "ferry" in "ferry canal revenue" narrows it.
    /// </summary>
    private static bool IsListedAlone(Term measure, string word) =>
        ListSeparator().Split(measure.Name) is { Length: >= 2 } items && items.Any(item => Words(item) is { Count: 1 } words && words.Contains(word));

    private static readonly HashSet<string> NotNarrowing = new(StringComparer.Ordinal)
    {
        "cumulative", "accumulated", "planned", "projected", "expected", "estimated", "targeted", "target", "average", "mean",
        "median", "per", "capita", "annual", "annualized", "monthly", "daily", "real", "nominal", "adjusted", "peak", "maximum",
        "minimum", "gross", "growth", "rate", "share", "change", "increase", "decrease", "balance", "year-end", "remaining",
    };

    /// <summary>The sorted content words of a phrase, singular and lower case; null when fewer than two.</summary>
    public static string? Key(string phrase) => Words(phrase) is { Count: >= 2 } words ? string.Join(' ', words) : null;

    /// <summary>The sorted content words of a phrase, singular and lower case; none when it holds a figure.</summary>
    private static SortedSet<string> Words(string phrase)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        phrase = WithoutPeriods(phrase);
        for (var at = 0; NextRawWord(phrase, ref at) is var (start, length) && length > 0;)
        {
            if (DigitNumber.HasDigit(phrase.AsSpan(start, length)))
            {
                return [];
            }

            if (Normal(phrase.AsSpan(start, length)) is { } word)
            {
                words.Add(word);
            }
        }

        // "The number of drug cases" counts drug cases, as "drug cases" does: the word says the figure is a count, which
        // its unit says already, not what it counts. Kept when it is one of only two words ("the number of enterprises"):
        // one word alone names too little to stand as a measure, and a count so named stays as it was bound.
        if (words.Count > 2)
        {
            words.Remove(CountWord);
        }

        return words;
    }

    /// <summary>The word that says a figure is a count ("the number of drug cases"), not what it counts.</summary>
    internal const string CountWord = "number";

    /// <summary>
    /// The phrase less the periods it names: "The fourth quarter sold …", "Taken quarter by quarter, sales …", "the
    /// three months averaged …" say when the figure was, not what it is of, so "fourth quarter sales" and "sales" are
    /// one measure, and "the three months" names none. Most phrases name no period, and are returned as they are.
    /// </summary>
    public static string WithoutPeriods(string phrase) =>
        PeriodWord().IsMatch(phrase) ? PeriodPhrase().Replace(phrase, " ") : phrase;

    // What a period phrase must hold: cheap to find, and most phrases hold none.
    [GeneratedRegex(@"quarter|month|half|halves|" + MonthName, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeriodWord();

    private const string MonthName = "january|february|march|april|may|june|july|august|september|october|november|december";

    // "the first quarter", "the second half", "the three months", "quarter by quarter", "June", "January to May"; not
    // "quarterly", "half-year" or "monthly", which qualify a figure ("the monthly average", "half-year growth").
    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:(?:first|second|third|fourth|last|final|past|same|two|three|four|five|six|nine|eleven)\s+)+(?:quarters?|half|halves|months?)|(?:quarter|month)\s+by\s+(?:quarter|month)|(?:" + MonthName + @")(?:\s+(?:to|through)\s+(?:" + MonthName + @"))?)(?![\p{L}-])(?:'s|’s)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeriodPhrase();

    /// <summary>The content words of a text as <see cref="Key"/> takes them, leaving out figures.</summary>
    /// <remarks>
    /// The words of every figure's clause are read so: each is read where it stands and made a string once normal,
    /// where splitting the text made the raw word, then its lower case, trimmed and singular forms, each a copy.
    /// </remarks>
    public static IEnumerable<string> ContentWords(string text)
    {
        for (var at = 0; NextRawWord(text, ref at) is var (start, length) && length > 0;)
        {
            if (!DigitNumber.HasDigit(text.AsSpan(start, length)) && Normal(text.AsSpan(start, length).TrimEnd("?!")) is { } word)
            {
                yield return word;
            }
        }
    }

    private static readonly SearchValues<char> Separators = SearchValues.Create(" \t,\"“”()");

    /// <summary>The next run of characters between <see cref="Separators"/> from <paramref name="at"/>, which moves past it; empty at the end.</summary>
    private static (int Start, int Length) NextRawWord(string text, ref int at)
    {
        var rest = text.AsSpan(at);
        var skipped = rest.IndexOfAnyExcept(Separators);
        if (skipped < 0)
        {
            at = text.Length;
            return (text.Length, 0);
        }

        var start = at + skipped;
        var length = text.AsSpan(start).IndexOfAny(Separators) is var end and >= 0 ? end : text.Length - start;
        at = start + length;
        return (start, length);
    }

    // Words longer than this are lowered on the heap: no word is, but a text may hold anything.
    private const int LongestWordOnStack = 64;

    private static string? Normal(ReadOnlySpan<char> raw)
    {
        var lower = raw.Length <= LongestWordOnStack ? stackalloc char[LongestWordOnStack] : new char[raw.Length];
        raw.ToLowerInvariant(lower);
        var word = AmericanSpelling(Singular(StripPossessive(lower[..raw.Length].Trim(".;:"))));
        return word.Length > 0 && !FunctionWordSpans.Contains(word) ? new string(word) : null;
    }

    private static string Tidy(string phrase) => string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', '.', '"');

    /// <summary>
    /// "metre" → "meter", "litre" → "liter", "centre" → "center": units are read in one spelling ("cubic meters"), and a
    /// figure's words must not differ from its unit's by the spelling alone.
    /// </summary>
    private static Span<char> AmericanSpelling(Span<char> word)
    {
        if (word.Length > 3 && word.EndsWith("tre"))
        {
            (word[^2], word[^1]) = ('e', 'r');
        }

        return word;
    }

    private static Span<char> StripPossessive(Span<char> word) =>
        word.EndsWith("'s") || word.EndsWith("’s") ? word[..^2]
        : word.EndsWith('\'') || word.EndsWith('’') ? word[..^1]
        : word;

    /// <summary>
    /// "vehicles" → "vehicle", "industries" → "industry", "losses" → "loss", "taxes" → "tax"; "sales", "services" and
    /// "business" keep what makes them.
    /// </summary>
    private static Span<char> Singular(Span<char> word)
    {
        if (word.Length <= 3 || word.EndsWith("ss") || word.EndsWith("us") || word.EndsWith("is"))
        {
            return word;
        }

        // A plural made with "es" after a hissing sound: its singular is not the word less its "s" ("losse", "businesse").
        if (word.EndsWith("sses") || word.EndsWith("xes") || word.EndsWith("ches") || word.EndsWith("shes"))
        {
            return word[..^2];
        }

        if (word.EndsWith("ies"))
        {
            // The word is a copy already (lowered): "ies" becomes "y" in place.
            word[^3] = 'y';
            return word[..^2];
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }
}
