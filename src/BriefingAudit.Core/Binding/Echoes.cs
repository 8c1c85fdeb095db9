using System.Collections.Frozen;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// A figure said again in a later turn under fewer words ("Express volume grew 19.3%" after "Express deliveries came to
/// 95.64 billion pieces, a rise of 19.3%"): the vocabulary may name neither, and the open measures of the two differ,
/// yet a reader takes the second for the first. An echo takes the figure of an earlier turn with the same role, unit,
/// entity and period whose words cover all of its own, when exactly one such figure does; failing that, the one whose
/// open measure's name has all the words of the echo's own ("freight volume" in "commercial freight volume"). A set
/// that opens a breakdown ("Of the 2.53 million calls we answered, …") is said by "the" to have been given before, in
/// the same answer or an earlier one: its own words up to the comma may be few, and, when they fit no earlier figure,
/// it is the one earlier figure of its kind, period and size, if there is just one.
/// </summary>
internal static partial class Echoes
{
    /// <summary>Shared words an echo needs: one ("domestic") could be any figure of a list.</summary>
    private const int MinShared = 2;

    /// <summary>
    /// An amount more than this many times another is not the same figure restated (per head against in total, a
    /// month against a year), whatever the words.
    /// </summary>
    private const decimal MaxRatio = 3m;

    // Words that say how a figure moved, how sure it is, or when, not what it is of: an echo may use others than its
    // first statement ("grew" for "a rise of", "nearly" for the exact figure).
    private static readonly FrozenSet<string> Idle = FrozenSet.Create(StringComparer.Ordinal,
        "up", "down", "rose", "rise", "rising", "grew", "grow", "growing", "growth", "fell", "fall", "falling", "increase", "increased",
        "decrease", "decreased", "jump", "jumped", "climbed", "dropped", "declined", "decline", "gain", "gained", "reached", "stood",
        "slowed", "eased", "quickened", "accelerated", "picked", "narrowed", "widened", "slipped", "edged",
        "came", "totaled", "totalled", "topped", "exceeded", "hit", "was", "were", "is", "are", "been", "be", "had", "has", "have",
        "about", "nearly", "around", "over", "above", "more", "than", "almost", "close", "approximately", "some", "roughly", "just",
        "only", "still", "already", "also", "so", "but", "while", "or", "it", "they", "we", "year", "first", "half", "second", "third",
        "fourth", "quarter", "month", "last", "same", "period", "earlier", "thousand", "million", "billion", "trillion", "percent",
        "per", "cent", "yuan", "on", "year-on-year", "alone", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december",
        // "In the first nine months", "at the end of last year": how long and where in time, not what.
        "end", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        // "Express volume" is the express deliveries counted; the unit, which must match, says in what.
        "volume", "number", "amount");

    /// <summary>Whether a word says how a figure moved, how sure it is, or when, not what it is of (<see cref="Idle"/>).</summary>
    internal static bool IsIdle(string word) => Idle.Contains(word);

    // Verbs that say a figure was recorded, not of what: "Railways handled more than 2.1 billion passenger trips" for
    // "railways sent 2.12 billion passenger trips". An echo need not share them, but they still count among its words:
    // "Ports handled 500 million tonnes" says more than one word, too little to go by.
    private static readonly FrozenSet<string> Recording = FrozenSet.Create(StringComparer.Ordinal,
        "handled", "carried", "sent", "recorded", "registered", "posted", "reported", "logged", "saw", "made", "amounted", "numbered");

    /// <summary>
    /// The claims with each echo given the key of the figure it restates. <paramref name="turns"/> and
    /// <paramref name="words"/> run parallel to <paramref name="claims"/>: each claim's speaker turn, and the words its
    /// clause gives it before and after it. Both an echo and the figure it restates are known by all their words: what a
    /// first statement says after its figure ("48,600 cases of patent disputes were handled") names it as much as what
    /// comes before, and an echo may put those words first ("Nearly 49,000 cases of patent disputes were handled").
    /// </summary>
    public static IEnumerable<BoundClaim> Link(IReadOnlyList<BoundClaim> claims, IReadOnlyList<int> turns, ClauseWords words, CountUnits units)
    {
        var sets = new WordSets(claims, words);
        var result = claims.ToArray();
        // Only figures of the same role, unit and period can be one figure; a long transcript has many others.
        var alike = Enumerable.Range(0, claims.Count).ToLookup(i => Alike(claims[i]));
        // Asked for nearly every figure: a loop into one list, where a query and its closures were made for each.
        var candidates = new List<int>();
        for (var i = 0; i < claims.Count; i++)
        {
            var echo = claims[i];
            if (echo.Claim.Role is not (ClaimRole.Level or ClaimRole.Count or ClaimRole.Change) || echo.Period is null
                || (echo.Measure is not null && !OpenMeasure.Is(echo.Measure))
                // "Of the highway trips, 28.15 billion …": a part of a figure, not the figure again.
                || echo.PartOf is not null || echo.Whole is not null
                // "In June, kite exports fell 0.4% from a month earlier" says the words of June's year-on-year rate on another basis.
                || echo.Note == BoundClaim.OtherBasisNote
                || RestatesTheChangeBefore(claims, i))
            {
                continue;
            }

            candidates.Clear();
            // "Of the 6.87 million batches sampled, …": a count its sentence opens with as the set it then breaks down
            // says, by "the", that it was given before, maybe in the same answer.
            var scope = words.OpensScope(i);
            // "The 78.5 million people behind that figure are …": a sentence that opens with "the" and its figure says so too,
            // though what follows the figure is said of it, not a set it breaks down.
            var known = scope || words.OpensSentenceAfterThe(i);
            foreach (var j in alike[Alike(echo)])
            {
                if (j >= i)
                {
                    break;
                }

                if ((turns[j] != turns[i] || (known && claims[j].Claim.SentenceIndex != echo.Claim.SentenceIndex)) && Comparable(claims[j], echo) && !IsPortionOfNamedWhole(claims[j], words, j))
                {
                    candidates.Add(j);
                }
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            // "Their R&D spending reached 1.93 trillion yuan": someone's named before, not the figure of the same words.
            if (OwnersPronoun().IsMatch(words[i].Before))
            {
                continue;
            }

            var echoContent = scope ? sets.OfScope(i) : sets[i];
            // A rate that borrows the words of the level before it borrows its unit too, which says how the level is
            // counted, not what the rate is of: "PM2.5 was 37.1 micrograms per cubic meter, down 6.8%" in one region
            // and "27.6 micrograms per cubic meter, down 5.2%" for the nation share three words and nothing else. The
            // unit still tells two figures apart once the rest has shown what they are of.
            // "We closed 38 fraud cases" after "we closed 38 fraud cases and reviewed 512 cases of mergers": a count's own
            // counted noun says what it counts, as a measure's name would, though its words are left out of what the
            // figures share (every candidate has the unit); a noun many counts share ("people") says too little.
            var ownNoun = echo.Claim.Role == ClaimRole.Count && units.IsOwnNoun(echo.Claim.Quantity.Unit) ? sets.UnitWords(i) : [];
            var weight = Weigh(echoContent, words[i].BorrowedUnit, ownNoun);
            var found = weight < MinShared && !scope ? [] : Covering(candidates, sets, echoContent);
            if (found.Count == 0 && !scope && sets.OfSubject(i) is { } named && named.Count < echoContent.Count && Weigh(named, words[i].BorrowedUnit, ownNoun) >= MinShared)
            {
                // "The 41.2 million tonnes of chemical fibre are the backbone of the trade" after "Chemical fibre output
                // reached 41.20 million tonnes": a figure said as its clause's subject is named by its own words and its
                // "of" phrase; what the predicate then says of it ("are the backbone …", "will keep growing") is news
                // about the figure, not a word of its name, and no first statement had it.
                found = Covering(candidates, sets, named);
            }

            if (OpenMeasure.Is(echo.Measure) && !IsOneFigure(found, result))
            {
                // "Telecom revenue grew just 1%" after "the telecom business revenue of the industry totaled …, up 1% …,
                // while total telecom business volume … rose 9.3%": a clause's words are loose and may fit two figures of
                // one sentence; the name of the echo's open measure tells which of them it is.
                found = NamedByAll(found, claims, sets, echo.Measure!);
            }

            if (found.Count == 0)
            {
                // "International routes carried more than 38 million passenger trips" after "international routes carried
                // 38.13 million": a first statement that inherited its counted noun from a figure before it lacks the
                // noun's words, which say how the figure is counted, as its unit does; the echo's other words must
                // still be telling enough and all the first statement's.
                var uncounted = new HashSet<string>(echoContent);
                uncounted.ExceptWith(OpenMeasure.ContentWords(echo.Claim.Text));
                if (uncounted.Count < echoContent.Count && uncounted.Sum(Weight) >= MinShared)
                {
                    found = Covering(candidates, sets, uncounted);
                }
            }
            // "New kite orders of about 47 million" after "New kite orders came to 46.90 million tonnes" and, in another
            // turn, "Global new kite orders were 68.67 million tonnes": an echo whose open measure is that of an earlier
            // figure of its kind already restates it (they share a key); a name with more or fewer words than its own is
            // another figure's, not a second name of this one.
            var namedAsBefore = found.Count == 0 && OpenMeasure.Is(echo.Measure) && candidates.Exists(j => claims[j].Key == echo.Key);
            if (found.Count == 0 && OpenMeasure.Is(echo.Measure) && !namedAsBefore)
            {
                // "Freight volume grew 3.9%" after "commercial freight volume totaled …, up 3.9%": the echo's own open
                // measure, named by fewer words, is the one earlier open measure of the figure's kind whose name has
                // all of them ("volume" says little in the clause, but in a measure's name it keeps the figure apart
                // from "road freight").
                // A first statement no measure was found for is named by its own words, its counted noun among them
                // ("251,300 commercial performances" for "commercial performances exceeded 250,000").
                found = NamingAllOf(candidates, claims, sets, echo);
            }

            if (found.Count == 0 && OpenMeasure.Is(echo.Measure) && !namedAsBefore)
            {
                found = NamedByFewerWords(candidates, claims, sets, i);
            }

            // "For the first half as a whole, consumption rose … to more than 4.8 trillion kilowatt-hours" after "Total
            // electricity consumption reached 4.84 trillion kilowatt-hours": a figure no measure was found for, whose
            // clause says nothing but one word, restates the one earlier amount of its role, unit and period with that
            // word. Not a rate: a transcript has too many, and one word does not tell them apart.
            if (found.Count == 0 && echo.Measure is null && echo.Claim.IsAmount
                && echo.Claim.Quantity.Dimension is UnitDimension.Currency or UnitDimension.Count
                && echoContent.Count == 1 && echoContent.All(NamesAlone) && !NamesItsEntity(echo, echoContent))
            {
                found = [.. candidates.Where(j => sets[j].Overlaps(echoContent))];
                // "Generation of 1.75 trillion kilowatt-hours" after "Renewable plants generated 1.75 trillion …" and
                // "Generation in the country came to 4.54 trillion …": one word is weak evidence, and another earlier
                // amount of the value said makes a second candidate, not a slip from the worded one. A bound said on one
                // side only ("more than 48 million tonnes") holds many values, and picks out no figure by its value.
                if (found.Count == 1 && echo.Claim.Interval.IsBounded && !claims[found[0]].Claim.Interval.Overlaps(echo.Claim.Interval)
                    && candidates.Any(j => claims[j].Claim.Interval.Midpoint is { } value && echo.Claim.Interval.Contains(value)))
                {
                    found = [];
                }
            }

            // "Of the 2.53 million calls we answered, …" after "Fire and rescue teams responded to 2.53 million calls": a
            // set said to be known may be named by other words than when it was given, but not when another figure of
            // its kind and size was given too, unless that other is the same figure stated again ("We approved 3,390 episodes"
            // and, in another answer, "They had 3,390 episodes between them": "Of the 3,390 episodes approved …" is both).
            // "The 139,100 primary schools had …" after "… in 191,400 schools" brings in a part of the set just named, and "The
            // 25.6 million meters of kite string were exported …" one narrowed by what was done to it: a figure that opens its
            // sentence after "the" is the earlier one only when it says its unit and no word of its own, nor a verb of what
            // was done to it, that the earlier one lacks ("primary", "exported"); "The 186,000 that converted …", no noun of
            // its own, names nothing.
            // "The 1.64 trillion yuan paid equals …" after "Listed companies paid out 1.64 trillion yuan" and other amounts of its
            // kind and size: of several earlier figures, the one that has every word of the known figure's own name is it.
            if (found.Count == 0 && (scope || (known && echo.Claim.Text.Contains(echo.Claim.Quantity.Unit, StringComparison.OrdinalIgnoreCase))))
            {
                var ownNamed = scope ? candidates : candidates.FindAll(j => Covers(sets[j], sets.OwnName(i)));
                if (ownNamed.Count > 0 && IsOneFigure(ownNamed, result))
                {
                    found = [ownNamed[0]];
                }
            }

            // Two earlier figures the words fit equally are two candidates, unless they are one figure stated twice.
            if (found.Count == 0 || !IsOneFigure(found, result) || NamesOneConjunct(words[found[0]].Before, sets[i], sets.UnitWords(i)))
            {
                continue;
            }

            var restated = result[found[0]];
            if (restated.Measure is null)
            {
                restated = restated with { Measure = Named(restated, NamingWords(restated, words[found[0]])), Note = null };
                result[found[0]] = restated;
            }

            result[i] = echo with { Measure = restated.Measure, Entity = restated.Entity, Note = null };
        }

        return result;
    }

    /// <summary>
    /// Whether the words are the name of whose figure it is ("Beijing has 1,050 kilometers of them" after "Beijing 879.0
    /// kilometers" of rail): a place says whose, not what, and every figure of that place has it.
    /// </summary>
    private static bool NamesItsEntity(BoundClaim echo, HashSet<string> content) =>
        echo.Entity.Source == EntitySource.Vocabulary && OpenMeasure.ContentWords(echo.Entity.Name).Any(content.Contains);

    /// <summary>
    /// "The number of clinics rose by 23,754, or 2.3%": a rate bound with the change said just before it as an amount is
    /// that change put another way, and a change is news of its sentence, not a figure said again.
    /// </summary>
    private static bool RestatesTheChangeBefore(IReadOnlyList<BoundClaim> claims, int i) =>
        claims[i].Claim.Role == ClaimRole.Change && i > 0 && claims[i - 1] is { Claim.Role: ClaimRole.AbsoluteChange } change
        && change.Claim.SentenceIndex == claims[i].Claim.SentenceIndex && change.Measure is { } measure && measure.Id == claims[i].Measure?.Id;

    /// <summary>
    /// How much an echo's words tell (<see cref="Link"/>): each telling word, less those of a unit it borrowed from the
    /// level before it, plus the words of a count's own counted noun (<paramref name="ownNoun"/>, empty when it has none).
    /// </summary>
    private static int Weigh(HashSet<string> content, string? borrowedUnit, string[] ownNoun) =>
        content.Sum(Weight) - (borrowedUnit is { } borrowed ? OpenMeasure.ContentWords(borrowed).Distinct().Where(content.Contains).Sum(Weight) : 0)
        + ownNoun.Distinct().Sum(Weight);

    /// <summary>
    /// Whether an echo's words name one side of a pairing in its first statement's ("Information technology services
    /// earned 4.88 trillion yuan" after "the software and information technology services industry earned revenue of
    /// 7.06 trillion yuan", "exports" after "imports and exports"): the words on either side of the "and" name two
    /// things, and the echo, with one of them and not the other, a part of what they make together.
    /// </summary>
    /// <remarks>The unit both share counts among the echo's words ("406,000 elderly care institutions and facilities").</remarks>
    private static bool NamesOneConjunct(string first, HashSet<string> echo, string[] unitWords)
    {
        foreach (var pair in Pairing().EnumerateMatches(first))
        {
            var text = first.AsSpan(pair.Index, pair.Length);
            var and = text.IndexOf(" and ", StringComparison.OrdinalIgnoreCase);
            var (left, right) = (OneWord(text[..and].ToString()), OneWord(text[(and + 5)..].ToString()));
            if (left is not null && right is not null && Names(left) != Names(right))
            {
                return true;
            }
        }

        return false;

        bool Names(string word) => echo.Contains(word) || unitWords.Contains(word);
    }

    // The telling word a side of a pairing ends or opens with; none when it says how or when ("first and second"), or
    // how much ("major and especially serious accidents" are one kind, whose "major accidents" are all of them).
    private static string? OneWord(string word) =>
        OpenMeasure.ContentWords(word).FirstOrDefault() is { } content && !Idle.Contains(content) && Telling(content)
        && !(content.Length > 4 && content.EndsWith("ly", StringComparison.Ordinal)) ? content : null;

    [GeneratedRegex(@"\s(?:and|or)\s+[\p{L}-]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CoordinatedHead();

    [GeneratedRegex(@"\b\p{L}[\p{L}-]*\s+and\s+\p{L}[\p{L}-]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pairing();

    /// <summary>The candidates whose words cover all of <paramref name="echoContent"/>.</summary>
    private static List<int> Covering(List<int> candidates, WordSets sets, HashSet<string> echoContent)
    {
        var found = new List<int>();
        foreach (var j in candidates)
        {
            if (Covers(sets[j], echoContent))
            {
                found.Add(j);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether the figures found are one figure: one, or several of the same key (one figure stated twice), or of the
    /// same value as stated ("offshore wind power reached 41.27 million kilowatts" and "offshore wind capacity stood at
    /// 41.27 million kilowatts", named otherwise each time): whichever of them an echo restates, it is held to the same.
    /// </summary>
    private static bool IsOneFigure(List<int> found, BoundClaim[] result) =>
        found.Count <= 1 || !found.Skip(1).Any(j => (result[j].Key is null || result[j].Key != result[found[0]].Key) && !SameValue(result[j].Claim, result[found[0]].Claim));

    private static bool SameValue(Claim a, Claim b) => a.Interval == b.Interval;

    /// <summary>
    /// Of the figures found, those whose open measure is the echo's or has all its words; all of them when none has.
    /// </summary>
    private static List<int> NamedByAll(List<int> found, IReadOnlyList<BoundClaim> claims, WordSets sets, Term measure)
    {
        var echoWords = sets.OfMeasure(measure);
        var named = found.Where(j => claims[j].Measure is { } m && OpenMeasure.Is(m) && (m.Id == measure.Id || NamesAll(m, echoWords, sets))).ToList();
        return named.Count > 0 ? named : found;
    }

    /// <summary>
    /// "Container throughput at ports exceeded 170 million TEU, up 6.9%" after "Container throughput was 170.39 million
    /// TEU, up 6.9%": an echo may name its figure by more words than its first statement did, but more words may as
    /// well name a part ("exports to ASEAN" after "exports", "tax revenue" after "revenue"), and words alone cannot tell
    /// a modifier from a narrowing. What tells them apart is a second figure: the earlier open measure whose words are
    /// all the echo's is its measure when another figure of the echo's sentence, under the echo's measure, agrees with
    /// one of the earlier measure's figures in its sentence (the growth rate beside the level, the level beside the
    /// rate), and when only one earlier measure is so named. A part rarely agrees with its whole on a second figure.
    /// </summary>
    private static List<int> NamedByFewerWords(List<int> candidates, IReadOnlyList<BoundClaim> claims, WordSets sets, int echo)
    {
        var measure = claims[echo].Measure!;
        var echoWords = sets.OfMeasure(measure);
        var named = candidates.Where(j => claims[j].Measure is { } m && OpenMeasure.Is(m) && m.Id != measure.Id
            && sets.OfMeasure(m) is var words && words.Count < echoWords.Count && HasAll(echoWords, words)).ToList();
        return named.Select(j => claims[j].Measure!.Id).Distinct().Count() == 1 && named.Any(j => Corroborated(claims, echo, j)) ? named : [];
    }

    /// <summary>
    /// Whether another figure of the echo's sentence, under its measure, agrees with another figure of the candidate's
    /// sentence, under the candidate's, of the same role and unit (<see cref="NamedByFewerWords"/>).
    /// </summary>
    private static bool Corroborated(IReadOnlyList<BoundClaim> claims, int echo, int first)
    {
        foreach (var k in SentenceOf(claims, echo))
        {
            if (k == echo || claims[k].Measure?.Id != claims[echo].Measure!.Id)
            {
                continue;
            }

            foreach (var l in SentenceOf(claims, first))
            {
                if (l != first && claims[l].Measure?.Id == claims[first].Measure!.Id && claims[l].Claim.Role == claims[k].Claim.Role
                    && claims[l].Claim.Quantity.Unit == claims[k].Claim.Quantity.Unit && claims[l].Claim.Quantity.ScaleFactor == claims[k].Claim.Quantity.ScaleFactor
                    && claims[l].Period?.Id == claims[k].Period?.Id && claims[l].Claim.SignedInterval.Overlaps(claims[k].Claim.SignedInterval))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The indices of the claims said in the same sentence as claim <paramref name="at"/> (claims are in the order said).</summary>
    private static IEnumerable<int> SentenceOf(IReadOnlyList<BoundClaim> claims, int at)
    {
        var sentence = claims[at].Claim.SentenceIndex;
        var start = at;
        while (start > 0 && claims[start - 1].Claim.SentenceIndex == sentence)
        {
            start--;
        }

        for (var k = start; k < claims.Count && claims[k].Claim.SentenceIndex == sentence; k++)
        {
            yield return k;
        }
    }

    /// <summary>The candidates named by all the words of an echo's open measure (<see cref="Link"/>).</summary>
    private static List<int> NamingAllOf(List<int> candidates, IReadOnlyList<BoundClaim> claims, WordSets sets, BoundClaim echo)
    {
        var measure = echo.Measure!;
        // "More than 7,000 museums", bound to "the number of museums", is the count of "registered museums" given before:
        // the count word a name of two words keeps says how the things are counted, not what they are. Only of a count:
        // "The total number of loans rose 1.6%" is no rate of "outstanding individual housing loans", which are money.
        HashSet<string> echoWords = echo.Claim.Role == ClaimRole.Count ? [.. OpenMeasure.NameWordsButCount(measure)] : sets.OfMeasure(measure);
        return [.. candidates.Where(j => claims[j].Measure is null
            ? HasAll(sets.Before(j), echoWords)
            : OpenMeasure.Is(claims[j].Measure) && claims[j].Measure!.Id != measure.Id && NamesAll(claims[j].Measure!, echoWords, sets)
                // "Summer grain averaged 5,641.7 kilograms per hectare, … or 0.2%" after "Summer grain output dipped
                // 0.1%": fewer words name the same thing only when they keep its head ("freight volume" of "commercial
                // freight volume"); without it they name what the head is of, not the head. A head that only says how
                // the thing is counted ("the number of forest fires") is no name of it, and heads joined by "and" are
                // named by the words they share ("information security" of "information security products and services").
                && (OpenMeasure.Head(claims[j].Measure!) is not { } head || Idle.Contains(head) || echoWords.Contains(head)
                    || CoordinatedHead().IsMatch(claims[j].Measure!.Name)))];
    }

    // An earlier measure whose name has all the echo's words, but not as an item of a list ("beef output" is not "the
    // output of pork, beef, mutton and poultry").
    private static bool NamesAll(Term earlier, HashSet<string> echoWords, WordSets sets) =>
        HasAll(sets.OfMeasure(earlier), echoWords) && !OpenMeasure.NamesAnItemOf(earlier, echoWords);

    /// <summary>
    /// The words of each figure that gets compared (<see cref="Content"/> of all its clause's words), made at the first
    /// ask: most of a transcript's figures are never an echo's candidate. The unit must match anyway, so its words
    /// ("tonnes") show nothing more in common and are left out. Also the words of each measure's name and of what each
    /// figure's clause says before it: an earlier figure is a candidate of many echoes, and its words were made again
    /// for each (in a long transcript, for each pair of figures alike). None of these sets is changed once made.
    /// </summary>
    private sealed class WordSets(IReadOnlyList<BoundClaim> claims, ClauseWords words)
    {
        private readonly Dictionary<string, string[]> _unitWords = new(StringComparer.Ordinal);
        private readonly HashSet<string>?[] _content = new HashSet<string>?[claims.Count];
        private readonly HashSet<string>?[] _before = new HashSet<string>?[claims.Count];
        private readonly Dictionary<string, HashSet<string>> _measureWords = new(StringComparer.Ordinal);

        public HashSet<string> this[int i] => _content[i] ??= Of(i);

        /// <summary>The <see cref="Content"/> of the words figure <paramref name="i"/>'s clause says before it.</summary>
        public HashSet<string> Before(int i) => _before[i] ??= Content(words[i].Before);

        /// <summary>The words of a measure's name (<see cref="MeasureWords"/>), made once per measure: they are read from its id.</summary>
        public HashSet<string> OfMeasure(Term measure)
        {
            if (!_measureWords.TryGetValue(measure.Id, out var named))
            {
                _measureWords[measure.Id] = named = MeasureWords(measure);
            }

            return named;
        }

        /// <summary>
        /// The words of a set its clause opens with (<see cref="ClauseWords.OpensScope"/>): up to the comma that ends the
        /// scope, as what follows it is said of a part ("Of the 194.4 billion yuan, rural dibao took …").
        /// </summary>
        public HashSet<string> OfScope(int i)
        {
            var (before, after, _) = words[i];
            var end = after.AsSpan().IndexOfAny(',', ';');
            return WithoutUnit(i, Content(before), end < 0 ? after : after[..end]);
        }

        /// <summary>
        /// The words that name figure <paramref name="i"/> when it is said as its clause's subject, a verb of being or a
        /// modal after it and its "of" phrase ("The 41.2 million tonnes of chemical fibre are …", "investment of about
        /// 567 billion yuan will keep growing"): those before it and of the phrase. Null when a verb comes before it (it is
        /// what was done), or the verb is passive ("were exported to …", which names it as much as what comes before).
        /// </summary>
        public HashSet<string>? OfSubject(int i)
        {
            var (before, after, _) = words[i];
            if (OpenMeasure.ContentWords(before).Any(IsVerb) || SubjectPredicate().Match(after) is not { Success: true } predicate
                || OpenMeasure.ContentWords(predicate.Groups["of"].Value).Any(IsVerb)
                || OpenMeasure.ContentWords(predicate.Groups["next"].Value).Any(w => IsVerb(w) && !Linking.Contains(w)))
            {
                return null;
            }

            return WithoutUnit(i, Content(before), predicate.Groups["of"].Value);
        }

        private HashSet<string> Of(int i)
        {
            var (before, after, _) = words[i];
            return WithoutUnit(i, Content(before), after);
        }

        /// <summary>
        /// The content words of figure <paramref name="i"/>'s own text but its unit ("primary" of "139,100 primary schools"),
        /// and the verbs after it of what was done to it ("exported" of "… were exported"): what names it in itself.
        /// </summary>
        public HashSet<string> OwnName(int i)
        {
            var own = WithoutUnit(i, Content(claims[i].Claim.Text), string.Empty);
            own.UnionWith(OpenMeasure.ContentWords(words[i].After).Where(w => IsVerb(w) && !Linking.Contains(w)));
            return own;
        }

        /// <summary>The content words of figure <paramref name="i"/>'s unit ("tonnes", "elderly care institutions"), made once per unit.</summary>
        public string[] UnitWords(int i)
        {
            var unit = claims[i].Claim.Quantity.Unit;
            if (!_unitWords.TryGetValue(unit, out var ofUnit))
            {
                _unitWords[unit] = ofUnit = [.. OpenMeasure.ContentWords(unit)];
            }

            return ofUnit;
        }

        private HashSet<string> WithoutUnit(int i, HashSet<string> said, string after)
        {
            AddContent(said, after);
            said.ExceptWith(UnitWords(i));
            return said;
        }
    }

    /// <summary>
    /// "Battery electric models accounted for 4.12 million of new-energy vehicle sales": a count followed by "of" and a
    /// name, its unit not said, is a portion of what that name counts; a later figure under the name ("New-energy vehicle
    /// sales of nearly 7 million") restates the whole, not the portion. "1.2 million tonnes of coal" says its unit.
    /// </summary>
    private static bool IsPortionOfNamedWhole(BoundClaim claim, ClauseWords words, int index) =>
        claim.Claim.Quantity.Dimension == UnitDimension.Count
        && !claim.Claim.Text.Contains(claim.Claim.Quantity.Unit, StringComparison.OrdinalIgnoreCase)
        && PortionOf().IsMatch(words[index].After);

    [GeneratedRegex(@"^\s*of\s+(?!them\b|these\b|those\b|which\b|it\b)\p{L}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PortionOf();

    private static HashSet<string> MeasureWords(Term measure) => [.. OpenMeasure.NameWords(measure)];

    // "Ports handled …" against "inland river ports handled …": a verb says what was done, not to what.
    private static bool Telling(string word) => !(word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));

    // A verb alone says how a figure came about, not what it is of: "They paid in 41.2 billion yuan" shares only "paid"
    // with "The fund paid out 61.2 billion yuan". Among other words it still counts ("the funds … paid out").
    private static bool NamesAlone(string word) => Telling(word) && !IrregularPast.Contains(word);

    private static readonly FrozenSet<string> IrregularPast = FrozenSet.Create(StringComparer.Ordinal,
        "paid", "spent", "sold", "took", "made", "gave", "held", "sent", "brought", "bought", "kept", "lost", "won", "built", "drew",
        "saw", "came", "went", "hit", "grew", "rose", "fell", "stood", "had", "got", "put", "set", "led", "met", "ran", "dealt", "sought");

    private static (ClaimRole, string, string?) Alike(BoundClaim claim) => (claim.Claim.Role, claim.Claim.Quantity.Unit, claim.Period?.Id);

    private static bool Comparable(BoundClaim first, BoundClaim echo) =>
        first.Claim.Role == echo.Claim.Role && first.Claim.Quantity.Unit == echo.Claim.Quantity.Unit && first.Period == echo.Period
        && (first.Entity == echo.Entity || echo.Entity.IsNational || SubjectOfAnUnboundEcho(echo))
        && SameOrder(first.Claim.Quantity, echo.Claim.Quantity);

    // "consumption rose … to more than 4.8 trillion kilowatt-hours": with no measure found, the subject phrase a figure
    // was given as its entity says what it is of, not whose; its words must still fit the first statement's.
    private static bool SubjectOfAnUnboundEcho(BoundClaim echo) => echo.Measure is null && echo.Entity.Source == EntitySource.Phrase;

    /// <summary>Whether two amounts are within <see cref="MaxRatio"/> of each other, so may be one figure said twice; rates always may.</summary>
    internal static bool SameOrder(Quantity a, Quantity b)
    {
        if (a.Dimension is UnitDimension.Percent or UnitDimension.PercentagePoints)
        {
            return true;
        }

        // Values are in base units already ("3.44 trillion" and "3,436.5 billion" are both about 3.4e12 yuan); the
        // scale word only says how each was spoken.
        var (x, y) = (Math.Abs(a.Value), Math.Abs(b.Value));
        return x > 0 && y > 0 && Math.Max(x, y) <= MaxRatio * Math.Min(x, y);
    }

    private const string NamedPrefix = OpenMeasure.IdPrefix + "@";

    /// <summary>Whether a measure is one an echo showed a figure with no measure of its own to be (<see cref="Named"/>).</summary>
    internal static bool IsNamedByEcho(Term measure) => measure.Id.StartsWith(NamedPrefix, StringComparison.Ordinal);

    // A figure no word of the vocabulary named gets the measure its echo shows it to be, named for messages by its own
    // words; the id is its position, so that no other figure shares it by chance.
    private static Term Named(BoundClaim claim, string words) =>
        new($"{NamedPrefix}{claim.Claim.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            NameOf(words.Replace(claim.Claim.Text, string.Empty, StringComparison.Ordinal).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            TermKind.Measure, [], claim.Claim.Quantity.Dimension == UnitDimension.Percent ? UnitDimension.Currency : claim.Claim.Quantity.Dimension);

    // "Visitors reached 47.6 million people" is named by the words before its figure; "In June, of the 540 million people
    // with unemployment insurance, …", whose words before it name nothing, by its unit and the words after it.
    private static string NamingWords(BoundClaim claim, (string Before, string After, string? BorrowedUnit) words) =>
        Content(words.Before.Replace(claim.Claim.Text, string.Empty, StringComparison.Ordinal)).Count > 0 ? words.Before : claim.Claim.Quantity.Unit + " " + words.After;

    // The verb and hedge that lead to the figure ("Visitors reached") say nothing of what it is: the name ends before
    // them, unless they are all there is.
    private static string NameOf(string[] words)
    {
        var named = words.Reverse().SkipWhile(w => Idle.Contains(w.ToLowerInvariant()) || !OpenMeasure.ContentWords(w).Any()).Reverse().ToArray();
        return string.Join(' ', named.Length > 0 ? named : words).Trim(' ', ',', '.', ';');
    }

    /// <summary>The words of a text that say what a figure is of, code names with a digit among them ("M2", "5G").</summary>
    public static HashSet<string> Content(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        AddContent(words, text);
        return words;
    }

    /// <summary>
    /// Adds the <see cref="Content"/> of <paramref name="text"/> to <paramref name="words"/>: the words of two texts are
    /// those of the two joined by a space, as no word or code name runs across it.
    /// </summary>
    private static void AddContent(HashSet<string> words, string text)
    {
        foreach (var word in OpenMeasure.ContentWords(text))
        {
            if (!Idle.Contains(word) && !DigitNumber.HasDigit(word))
            {
                words.Add(word);
            }
        }

        if (!HasLetterNextToDigit(text))
        {
            return;
        }

        foreach (var name in CodeName().EnumerateMatches(text))
        {
            words.Add(text.Substring(name.Index, name.Length).ToLowerInvariant());
        }
    }

    // Every text asked about holds a figure, so the code-name pattern would run on each; one without a letter touching a
    // digit ("M2", "5G") cannot have a code name.
    private static bool HasLetterNextToDigit(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if ((char.IsAsciiDigit(text[i]) && char.IsLetter(text[i - 1])) || (char.IsLetter(text[i]) && char.IsAsciiDigit(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // "M2 grew 8.3%": a code name ("M2", "5G") names one thing, as two telling words do; other words count one if telling.
    private static int Weight(string word) => DigitNumber.HasDigit(word) ? MinShared : Telling(word) && !Recording.Contains(word) ? 1 : 0;

    /// <summary>
    /// Whether a first statement's words have all of an echo's, its verb of recording aside, each as said or in another
    /// form of it (<see cref="HasFormOf"/>).
    /// </summary>
    /// <remarks>A loop, not a query: asked of every candidate of every echo, a closure was made each time.</remarks>
    private static bool Covers(HashSet<string> first, HashSet<string> echo)
    {
        foreach (var word in echo)
        {
            if (!first.Contains(word) && !Recording.Contains(word) && !HasFormOf(first, word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="words"/> have each of <paramref name="named"/>, as said or in another form of it (<see cref="HasFormOf"/>).</summary>
    private static bool HasAll(HashSet<string> words, HashSet<string> named)
    {
        foreach (var word in named)
        {
            if (!words.Contains(word) && !HasFormOf(words, word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="words"/> have another form of <paramref name="word"/>: "Deliveries were 17.14 billion
    /// pieces" restates "17.14 billion pieces were delivered", "battery installations" are the batteries installed,
    /// "completions" the floor space completed. One says what was done by a verb, the other names the doing by a noun
    /// of the same stem (<see cref="WordForms.AreOneWord"/>).
    /// </summary>
    private static bool HasFormOf(HashSet<string> words, string word)
    {
        foreach (var other in words)
        {
            if (WordForms.AreOneWord(word, other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words each figure of a sentence is given by its clause: from the clause's start, or the figure before it,
    /// to its own counted noun ("Airlines carried 370.66 million passenger trips"); a growth rate has those of the level
    /// before it as well (", up 6%"), or of the rate before it when it has none of its own. After them, what the clause says after the figure, up to
    /// the next one ("28.15 billion were made in non-commercial vehicles"). A sentence that opens with a pronoun for its
    /// subject has the words of the sentence before (<paramref name="antecedent"/>) as well.
    /// </summary>
    private static (string Before, string After, string? BorrowedUnit)[] WordsOf(Sentence sentence, SentenceAnalysis analysis, IReadOnlyList<Claim> claims, Func<string>? antecedent)
    {
        var text = sentence.Text;
        // The claims' positions in the order they are said, so that each one's words go to its own place.
        var order = Enumerable.Range(0, claims.Count).OrderBy(k => claims[k].Span.Start).ToArray();
        var ordered = order.Select(k => claims[k]).ToList();
        var previousEnd = 0;
        var previousWords = string.Empty;
        var words = new (string, string, string?)[claims.Count];
        var population = SubPopulation.Of(sentence, ordered);
        // The word that leads to the sentence's first amount ("hold", "collected", "profits"): null before it is seen.
        string? firstLead = null;
        // Who did what the first amount's verb says ("Kite clubs" of "Kite clubs trained …"): empty when its clause names none.
        var subject = string.Empty;
        for (var i = 0; i < ordered.Count; i++)
        {
            var claim = ordered[i];
            var start = claim.Span.Start - sentence.Start;
            var end = Math.Min(text.Length, start + claim.Span.Length);
            // Words before a comma are another clause's ("Of the 3.15 trillion yuan that tourists spent, the eastern
            // region accounted for …"), even where no clause is found to start.
            var from = Math.Min(Math.Max(Math.Max(analysis.ClauseStartOf(start), previousEnd), text.LastIndexOfAny([',', ';'], Math.Max(0, start - 1)) + 1), start);
            var own = text[from..start];
            // "248 million people by unemployment insurance and 306 million people by …": what follows a figure up to
            // "and" is that figure's label, not the next one's.
            if (from == previousEnd && LabelAfterFigure().Match(own) is { Success: true } label)
            {
                own = own[(label.Index + label.Length)..];
            }

            // "The rest is medical devices, 208.5 billion yuan, up 2.1%": the sentence's first amount, after a comma with
            // no words of its own, is what the clause before the comma names.
            if (i == 0 && claim.IsAmount && from > 0 && text[from - 1] == ',' && AppositiveFigure().IsMatch(own))
            {
                own = text[..start];
            }

            // Up to three readings ask whether the clause's own words say anything: worked out once, when first asked.
            bool? ownSaysNothing = null;
            bool OwnSaysNothing() => ownSaysNothing ??= !SaysSomething(own);

            // "consumption rose by more than 170 billion kilowatt-hours …, to more than 4.8 trillion kilowatt-hours": a
            // level after the change that led to it, with no words of its own, is named by the change's.
            var borrowsLevel = claim.Role == ClaimRole.Change && i > 0 && ordered[i - 1].IsAmount;
            // "The funds hold 9.05 trillion yuan, the unemployment fund 571.2 billion yuan and …": an item that names only
            // whose it is has the verb, or the measure, of the list's first item, said once for all of them.
            var shared = string.Empty;
            if (claim.IsAmount)
            {
                if (firstLead is null)
                {
                    firstLead = Lead(own) ?? string.Empty;
                    subject = SubjectOf(own);
                }
                else if (firstLead.Length > 0 && (IsGappedItem(own, firstLead) || IsGappedObject(text[previousEnd..start], firstLead)))
                {
                    shared = firstLead + " ";
                }
                // "Kite clubs trained 4.1 million pupils, up 6%, and admitted 312,000 members": a clause of "and" and a
                // verb goes on with the subject of the first, whose figure it is as much as the first one is.
                else if (subject.Length > 0 && GoesOnWithTheSubject(text[previousEnd..start]))
                {
                    shared = subject + " ";
                }
            }

            var before = claim.Role != ClaimRole.Change
                ? (i > 0 && ordered[i - 1].Role == ClaimRole.AbsoluteChange && OwnSaysNothing() ? previousWords + " " : own + " " + shared) + claim.Text
                : borrowsLevel ? previousWords + " " + own
                : OwnSaysNothing() ? previousWords
                : own;
            // "Domestic trips reached 1.794 billion. In the second quarter, they reached 1.491 billion": a subject that
            // is only a pronoun names what the sentence before was about.
            if (i == 0 && antecedent is not null && PronounSubject().IsMatch(own))
            {
                before = antecedent() + " " + before;
            }

            // Said after a narrowed total, a figure is of that narrower population (SubPopulation).
            if (start >= population.End)
            {
                before = population.Words + " " + before;
            }

            var to = Math.Max(end, Math.Min(Clauses.EndOf(analysis.ClauseStarts, start, text.Length), i + 1 < ordered.Count ? ordered[i + 1].Span.Start - sentence.Start : text.Length));
            // "M2 grew 8.3% and M1 4.6%": what leads from "and" into the next figure names that figure, not this one.
            var nextStart = i + 1 < ordered.Count ? ordered[i + 1].Span.Start - sentence.Start : -1;
            if (to == nextStart && NextItemLead().Match(text, end, to - end) is { Success: true } lead)
            {
                to = lead.Index;
            }

            words[order[i]] = (before, text[end..to], borrowsLevel ? ordered[i - 1].Quantity.Unit : null);
            previousEnd = end;
            previousWords = before;
        }

        return words;
    }

    /// <summary>
    /// The last word of an amount's clause that says what it is or how it came about ("The pension funds hold", "Equipment
    /// manufacturing made profits of"), skipping what says neither (a hedge, a preposition); null when there is none.
    /// </summary>
    private static string? Lead(string own) => OpenMeasure.ContentWords(own).LastOrDefault(w => !Idle.Contains(w) || IsVerb(w));

    /// <summary>
    /// The words of an amount's clause before its verb ("Kite clubs" of "Kite clubs trained"); empty when the clause has
    /// no verb, or nothing before it ("In the first half, … , collected").
    /// </summary>
    private static string SubjectOf(string own)
    {
        var words = OpenMeasure.ContentWords(own).ToList();
        var verb = words.FindIndex(IsVerb);
        return verb > 0 ? string.Join(' ', words.Take(verb)) : string.Empty;
    }

    /// <summary>
    /// Whether the words between an amount and the figure before it are "and" and a verb (", and admitted", "and paid
    /// out"), with no subject of their own: the verb is what the sentence's subject did next.
    /// </summary>
    private static bool GoesOnWithTheSubject(string between) =>
        SubjectlessPredicate().IsMatch(between) && OpenMeasure.ContentWords(between).ToList() is [var verb, .. var rest]
        && IsVerb(verb) && rest.All(w => IsVerb(w) || Idle.Contains(w) || Particles.Contains(w));

    // "paid out", "held back": the adverb completes the verb and names nothing.
    private static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.Ordinal, "out", "back", "off", "away");

    /// <summary>
    /// Whether the words of a list's item ("and the work-related injury insurance fund", "from the western region") name
    /// what it is of and say no verb: the verb, and what else it says, is the first item's, said once for all of them.
    /// With <paramref name="lead"/>, the first item's last word, the item must not say that again either ("holds").
    /// </summary>
    internal static bool IsGappedItem(string words, string? lead = null)
    {
        var any = false;
        foreach (var word in OpenMeasure.ContentWords(words))
        {
            if (IsVerb(word) || (lead is not null && word.StartsWith(lead, StringComparison.Ordinal)))
            {
                return false;
            }

            any |= !Idle.Contains(word);
        }

        return any;
    }

    /// <summary>
    /// Whether an item joined to a list by "and" alone names itself after its figure, with the first item's verb said
    /// once for both: "Courts concluded 760,000 administrative cases, up 8.9%, and 14.27 million enforcement cases" are
    /// enforcement cases concluded, not the enforcement cases another answer counted as received.
    /// </summary>
    private static bool IsGappedObject(string between, string lead) => IsVerb(lead) && !Recording.Contains(lead) && ConjunctionOnly().IsMatch(between);

    [GeneratedRegex(@",\s*(?:and|as\s+well\s+as)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConjunctionOnly();

    // "work-related" ends as a verb does, but a compound is no verb.
    private static bool IsVerb(string word) => (!Telling(word) && !word.Contains('-', StringComparison.Ordinal)) || IrregularPast.Contains(word) || Recording.Contains(word) || Linking.Contains(word);

    private static readonly FrozenSet<string> Linking = FrozenSet.Create(StringComparer.Ordinal, "was", "were", "is", "are", "has", "have", "had", "be", "been");

    /// <summary>Whether <see cref="Content"/> has any word of the text, found without making the set.</summary>
    private static bool SaysSomething(string text) =>
        OpenMeasure.ContentWords(text).Any(w => !Idle.Contains(w) && !DigitNumber.HasDigit(w)) || (HasLetterNextToDigit(text) && CodeName().IsMatch(text));

    /// <summary>
    /// The words of each bound claim's clause (<see cref="WordsOf"/>), in the order the claims were added, worked out
    /// for a sentence only when an echo first asks about one of its figures: most sentences have none that is asked about.
    /// </summary>
    public sealed class ClauseWords
    {
        // Each sentence with figures, its claims, the index of its first claim, and its claims' words once worked out.
        private readonly List<(Sentence Sentence, SentenceAnalysis Analysis, Claim[] Claims, int First)> _sentences = [];
        private readonly List<(string Before, string After, string? BorrowedUnit)[]?> _words = [];
        private readonly List<int> _sentenceOf = [];

        public void Add(Sentence sentence, SentenceAnalysis analysis, IReadOnlyList<BoundClaim> bound)
        {
            if (bound.Count == 0)
            {
                return;
            }

            var claims = new Claim[bound.Count];
            for (var i = 0; i < claims.Length; i++)
            {
                claims[i] = bound[i].Claim;
                _sentenceOf.Add(_sentences.Count);
            }

            _sentences.Add((sentence, analysis, claims, _sentenceOf.Count - claims.Length));
            _words.Add(null);
        }

        /// <summary>
        /// The words before the first figure of the sentence right before sentence <paramref name="at"/>, in its
        /// paragraph, or, when they say nothing, those words and the figure.
        /// </summary>
        private Func<string>? AntecedentOf(int at)
        {
            if (at == 0)
            {
                return null;
            }

            var (previous, _, claims, first) = _sentences[at - 1];
            var sentence = _sentences[at].Sentence;
            if (previous.Index != sentence.Index - 1 || previous.ParagraphIndex != sentence.ParagraphIndex)
            {
                return null;
            }

            // "There were 161,600 private schools … They taught 48.1 million students": where the words before the
            // opening figure say nothing, the figure's own counted noun is what the sentence was about.
            var opening = Array.IndexOf(claims, claims.MinBy(c => c.Span.Start));
            return () => this[first + opening].Before is var before && SaysSomething(before) ? before : before + " " + claims[opening].Text;
        }

        /// <summary>Whether the claim is the set its clause opens with as the scope of what follows ("Of the 6.87 million batches sampled, …").</summary>
        public bool OpensScope(int claim)
        {
            var before = TextBefore(claim);
            return !before.IsEmpty && DefiniteScope().IsMatch(before);
        }

        /// <summary>
        /// Whether the claim opens its sentence after "the" alone ("The 3,641 sections we monitor show …"), maybe after a
        /// word that ties the sentence to the one before or a short opening phrase and its comma ("So the 13.75 trillion yuan
        /// of the nine months rose …", "Second, the 55.21 million tonnes that went abroad …"): "the" says as much there.
        /// </summary>
        public bool OpensSentenceAfterThe(int claim) => TheOpening().IsMatch(TextBefore(claim));

        /// <summary>The text of the claim's sentence before it.</summary>
        private ReadOnlySpan<char> TextBefore(int claim)
        {
            var (sentence, _, claims, first) = _sentences[_sentenceOf[claim]];
            return sentence.Text.AsSpan(0, claims[claim - first].Span.Start - sentence.Start);
        }

        public (string Before, string After, string? BorrowedUnit) this[int claim]
        {
            get
            {
                var at = _sentenceOf[claim];
                var (sentence, analysis, claims, first) = _sentences[at];
                var words = _words[at] ??= WordsOf(sentence, analysis, claims, AntecedentOf(at));
                return words[claim - first];
            }
        }
    }

    // Nothing between the comma and the figure but a hedge: ", 208.5 billion yuan", ", about 208 billion yuan"; not
    // a clause of its own (", they came to …").
    [GeneratedRegex(@"^\s*" + SpokenHedge.Optional + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AppositiveFigure();

    [GeneratedRegex(@"(?:^|[,;]\s*)(?:of|among)\s+the\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DefiniteScope();

    [GeneratedRegex(@"^\s*(?:(?:so|and|but|yet|thus|then|now)\s+|(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,\s*)?the\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TheOpening();

    // What follows a subject's figure: its "of" phrase, if any ("of chemical fibre"), then a verb of being, seeming or
    // remaining, or an auxiliary or modal, and the word after it. A preposition, a relative pronoun or a comma ends the
    // noun phrase otherwise: "of steel sold to …", "of steel that …" say which steel.
    [GeneratedRegex(@"^\s*(?:of\s+(?<of>(?:(?!(?:in|to|from|for|at|by|on|with|that|which|who|whom|whose|we|they|it|i|you|he|she)\b)[\p{L}][\p{L}'’-]*\s+)+?))?(?:is|are|was|were|will|would|can|could|should|shall|may|might|must|has|have|had|does|do|did|seems?|appears?|looks?|sounds?|remains?|stays?|becomes?)\s+(?<next>[\p{L}'’-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectPredicate();

    [GeneratedRegex(@"^\s*(?:their|its)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OwnersPronoun();

    [GeneratedRegex(@"(?:^|,)\s*(?:they|it)\s+\p{L}+(?:\s+(?:in|to|by|at|up|down))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PronounSubject();

    // Letters then digits ("M2", "G20") or one digit and one letter ("5G"); not a number with its unit ("10km"), an
    // ordinal ("3rd") or a period ("Q2", "H1"), which say nothing of what is counted.
    [GeneratedRegex(@"(?<![\p{L}\d.,])(?!(?:q[1-4]|h[12])\b)(?:\p{L}+\d[\p{L}\d]*|\d\p{L})(?![\p{L}\d]|[.,]\d|%)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CodeName();

    // Not a verb that goes on with the same subject: "took in 1.72 trillion yuan and spent 1.43 trillion".
    [GeneratedRegex(@"\s(?:and|while|whereas|but)\s+(?!(?:\p{L}+ed|spent|took|paid|made|rose|fell|grew|saw|hit|came|went|stood|won|sold|built|drew|brought|bought|held|sent|gave|kept|lost|had|has|have|was|were|is|are)\b)[^,;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NextItemLead();

    [GeneratedRegex(@"^[\s,;]*(?:and|but|then)\s+\p{L}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectlessPredicate();

    [GeneratedRegex(@"^\s*(?:by|in|for|of|from|on|at|with|to)\s[^,;]*(?:\band\s+|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LabelAfterFigure();
}
