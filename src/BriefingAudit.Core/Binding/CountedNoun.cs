using System.Text;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "By the end of June, the country had 16,800 libraries", "There were 52,300 junior secondary schools, down 2.1%": a
/// count whose clause says only when, whose and that the things are there is the number of the things its counted
/// noun names, with the noun's modifiers before and after it ("junior secondary schools", "enterprises above
/// designated size"): the same open measure as "the number of junior secondary schools" elsewhere. Whose is the nation
/// or an entity of the vocabulary, which the figure is bound to. A clause that says anything more about the things names a narrower population, which the noun alone would take
/// for all of them: "1,200 enterprises exported …", "the library served 3 million readers", "Of these, there were …",
/// "During the holiday, there were 126 million trips" (a time the vocabulary cannot place), students enrolled against
/// students admitted. Those counts keep no measure, as two populations under one noun would be taken for one figure
/// said twice. The same holds when the things are the subject and the verb only gives their number ("Individual
/// businesses numbered 126.37 million"), when a definite count opens the clause and says what they have ("The 139,100
/// primary schools had 106.5 million pupils": the pupils are another count), and for the level of the year before
/// that a count is compared with ("…, when there were 498,300").
/// </summary>
internal static partial class CountedNoun
{
    /// <summary>Stands in for a period the vocabulary named, so the clause's other words can be read.</summary>
    private const char Period = '§';

    /// <summary>Stands in for an entity the vocabulary named (the nation among them).</summary>
    private const char Entity = '¶';

    /// <summary>
    /// The open measure "number of …" of a count of things (not of a unit of measure: <paramref name="units"/>)
    /// at <paramref name="start"/> of the sentence, whose clause says nothing but that they are there, or that goes on
    /// with such a count ("There were 130.4 million shops, up 3%, and 2.2 million markets"), or that opens its clause
    /// as all of them and says what they have ("The 139,100 primary schools had 106.5 million pupils"); null otherwise.
    /// </summary>
    public static Term? MeasureOf(Claim claim, int start, SentenceAnalysis analysis, IReadOnlyList<Mention> usable, List<BoundClaim> earlier, CountUnits units) =>
        (Things(claim, start, analysis, usable, units) is { } things && SaysTheyAreThere(claim, start, analysis, usable, earlier, earlier.Count, units)
            ? things
            : TheWholeSetThatHas(claim, start, analysis, usable, units)) is { } counted
            ? OpenMeasure.Named("number of" + counted, UnitDimension.Count)
            : null;

    /// <summary>
    /// "Individual businesses, the small shops … that line every street, numbered 126.37 million": a bare count whose
    /// clause says only when, then names the things as its subject and that they numbered so many, is the number of
    /// them, as "there were 126.37 million individual businesses" is. The figure's counted noun must be the subject's
    /// head ("Vehicle exports came to 3.08 million" counts vehicles, not exports), and nothing may follow it but when,
    /// the nation, or the clause's end or change. An aside after the subject only describes it; one that adds another
    /// thing ("…, and their workers, numbered") or holds a figure does not.
    /// </summary>
    public static Term? MeasureOfSubject(Claim claim, int start, SentenceAnalysis analysis, IReadOnlyList<Mention> usable, CountUnits units)
    {
        if (!IsCountOfThings(claim, units) || CountedPhrase().IsMatch(claim.Text))
        {
            return null;
        }

        // Only a clause that ends in a verb giving the things' number can be read so; most counts' clauses end otherwise,
        // and neither the marked copy of the clause nor the pattern is made for them.
        // Marking mentions leaves the clause's end as it is (a mark is no letter), so the test is made on the text itself.
        if (!new TextPart(analysis.Text, 0, start).MayEndWith(NumberingVerbEnds))
        {
            return null;
        }

        var clauseStart = analysis.ClauseStartOf(start);
        var subject = SubjectNumbered().Match(Marked(analysis.Text, clauseStart, start, usable));
        var after = subject.Success ? NothingMore().Match(Marked(analysis.Text, start + claim.Span.Length, analysis.Text.Length, usable)) : Match.Empty;
        var things = subject.Groups["things"].Value;
        if (!after.Success || after.Groups["words"].Length > 0 || !units.Names(claim.Quantity.Unit, things[(things.LastIndexOf(' ') + 1)..]))
        {
            return null;
        }

        // "Foreign trade enterprises numbered 600,000": things the vocabulary counts are its measure; a subject with
        // another of its measures in it ("export enterprises") is about that measure, not a count of the things.
        var named = usable.FirstOrDefault(m => m.Kind == MentionKind.Measure && m.Start >= clauseStart && m.End <= start);
        return named is null ? OpenMeasure.Named("number of " + things, UnitDimension.Count)
            : named.Term!.Dimension == UnitDimension.Count && string.Equals(analysis.Text[named.Start..named.End], things, StringComparison.OrdinalIgnoreCase) ? named.Term
            : null;
    }

    // The last word of each of SubjectNumbered's verbs: its $-anchored end can match only after one of them.
    private static readonly string[] NumberingVerbEnds = ["numbered", "to", "totaled", "totalled", "at"];

    /// <summary>
    /// "At the end of 2024, there were 5,600 tea farms, when there were 5,100 a year before": a count said to be the
    /// level of the year before is the number of what the last count of its sentence in the same unit counts.
    /// </summary>
    public static Term? MeasureOfBase(Claim claim, List<BoundClaim> earlier, CountUnits units) =>
        IsCountOfThings(claim, units) && !CountedPhrase().IsMatch(claim.Text)
        && earlier.LastOrDefault(b => b.Claim.Role == ClaimRole.Count && b.Claim.Quantity.Unit == claim.Quantity.Unit) is { Measure: { } measure } && OpenMeasure.Is(measure)
            ? measure
            : null;

    /// <summary>
    /// "Rural clinics had 1.1 million doctors": a count that names its own things after "had" counts what the subject
    /// has, not the subject.
    /// </summary>
    public static bool CountsWhatTheSubjectHas(Claim claim, ReadOnlySpan<char> between) =>
        claim.Role == ClaimRole.Count && Possessed().IsMatch(between) && NumberFirst().IsMatch(claim.Text) && CountedPhrase().IsMatch(claim.Text);

    /// <summary>
    /// "The 139,100 primary schools had 106.5 million pupils": a count the clause opens with, after "the" and when,
    /// that has something presents all the things there are, as "there were" does; what they have is another count.
    /// </summary>
    private static string? TheWholeSetThatHas(Claim claim, int start, SentenceAnalysis analysis, IReadOnlyList<Mention> usable, CountUnits units) =>
        IsCountOfThings(claim, units) && CountedPhrase().Match(claim.Text) is { Success: true } counted
        && ThingsHave().IsMatch(analysis.Text.AsSpan(start + claim.Span.Length))
        && TheThings().IsMatch(Marked(analysis.Text, analysis.ClauseStartOf(start), start, usable))
            ? counted.Groups["phrase"].Value
            : null;

    private static bool IsCountOfThings(Claim claim, CountUnits units) =>
        claim.Role == ClaimRole.Count && claim.Quantity.Dimension == UnitDimension.Count && !units.IsUnitOfMeasure(claim.Quantity.Unit);

    /// <summary>
    /// Whether the clause of a count (at <paramref name="start"/>) says only that the things are there ("By the end of
    /// §, there were", "China had"), or is only the figure and goes on from a clause that does ("There were 130.4
    /// million shops, up 3%, and 2.2 million markets"). <paramref name="before"/> is how many of <paramref name="earlier"/>
    /// (the sentence's figures bound so far) stand before the count.
    /// </summary>
    private static bool SaysTheyAreThere(Claim claim, int start, SentenceAnalysis analysis, IReadOnlyList<Mention> usable, List<BoundClaim> earlier, int before, CountUnits units)
    {
        var clauseStart = analysis.ClauseStartOf(start);
        if (ThingsExist().IsMatch(Marked(analysis.Text, clauseStart, start, usable)))
        {
            return true;
        }

        var offset = claim.Span.Start - start;
        var previous = before == 0 ? -1 : earlier.FindLastIndex(before - 1, before, b => b.Claim.Role == ClaimRole.Count);
        return previous >= 0 && ListGoesOn().IsMatch(analysis.Text.AsSpan(clauseStart, start - clauseStart))
            && earlier[previous].Claim is var first && first.Span.Start - offset < clauseStart
            && Things(first, first.Span.Start - offset, analysis, usable, units) is not null
            && SaysTheyAreThere(first, first.Span.Start - offset, analysis, usable, earlier, previous, units);
    }

    /// <summary>
    /// What a count of things counts, when nothing after its noun in its clause narrows them but words that name them
    /// further ("above designated size"); null when the count is of a unit of measure, inherits its noun, or its clause
    /// goes on.
    /// </summary>
    private static string? Things(Claim claim, int start, SentenceAnalysis analysis, IReadOnlyList<Mention> usable, CountUnits units)
    {
        if (!IsCountOfThings(claim, units))
        {
            return null;
        }

        // "when there were 498,300": a figure whose noun is inherited says nothing of its own about what it counts; "3,752
        // such cases" counts the kind just named, which the noun alone would take for all cases.
        var counted = CountedPhrase().Match(claim.Text);
        if (counted.Success && counted.Groups["phrase"].Value.AsSpan().TrimStart().StartsWith("such ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var after = counted.Success ? NothingMore().Match(Marked(analysis.Text, start + claim.Span.Length, analysis.Text.Length, usable)) : Match.Empty;
        return after.Success ? counted.Groups["phrase"].Value + after.Groups["words"].Value : null;
    }

    /// <summary>
    /// The text from <paramref name="from"/> to <paramref name="to"/> with each period and entity the vocabulary knows
    /// (not a comparison base) put as one <see cref="Period"/> or <see cref="Entity"/>. A subject it does not know stays
    /// as said: "the country had" is the nation's, "rural clinics had" someone else's.
    /// </summary>
    private static string Marked(string text, int from, int to, IReadOnlyList<Mention> usable)
    {
        var marked = new StringBuilder(to - from);
        var at = from;
        foreach (var m in usable)
        {
            var mark = m.Subject || m.Comparison || m.Entity?.Source == EntitySource.Phrase ? (char?)null
                : m.Kind switch { MentionKind.Period => Period, MentionKind.Entity => Entity, _ => (char?)null };
            if (mark is null || m.Start < at || m.End > to)
            {
                continue;
            }

            marked.Append(text, at, m.Start - at).Append(mark.Value);
            at = m.End;
        }

        return marked.Append(text, at, to - at).ToString();
    }

    // The nation, whether or not the vocabulary's mention of it was kept ("China had …" names no measure).
    private const string Nation = @"(?:China|the\s+country|the\s+nation|the\s+Chinese\s+mainland)";

    // "In §, ", "By the end of §, ", "At the end of the year, ": when, and nothing else, before the subject.
    private const string When = @"^\s*(?:(?:in|by|at|as\s+of|for|until)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?§\s*,\s*)*";

    // Words that join, relate or say what things do, not what they are: "and", "with", "which", "were", "have"; nor
    // the figure's own "million" ("126.37 million of them" names no things).
    private const string NoNounWord = @"(?!(?:thousand|million|billion|trillion|and|or|with|which|that|who|whose|while|but|than|as|up|down|from|to|each|per|a|an|is|are|was|were|be|been|being|have|has|had|will|would|can|could|may|might|should|must)\b)";

    // "18.85 million full-time teachers", "more than 48 million students": the words after the number ("574,000 were
    // private enterprises" names them after a verb, of which the count is the subject).
    [GeneratedRegex(@"\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion|trillion))?(?<phrase>(?:\s+" + NoNounWord + @"[\p{L}][\p{L}'’-]*)+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountedPhrase();

    // "In §, China had", "By the end of §, there were", "There are now": when, whose, then that the things are there.
    [GeneratedRegex(When + @"(?:(?:(?:the\s+)?¶|" + Nation + @")\s+(?:now\s+|also\s+|still\s+)?(?:had|has|have)\s+(?:now\s+)?(?:a\s+total\s+of\s+)?$|there\s+(?:were|was|are|is)\s+(?:now\s+|also\s+)?(?:a\s+total\s+of\s+)?$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThingsExist();

    // "In §, individual businesses, the small shops …, numbered": when, the things (plural), an aside that only
    // describes them, then the verb that gives their number.
    [GeneratedRegex(When + @"(?<things>(?:" + NoNounWord + @"[\p{L}][\p{L}'’-]*\s+){0,5}" + NoNounWord + @"[\p{L}][\p{L}'’-]*s)(?:\s*,(?>\s*)(?!(?:and|or|as\s+well\s+as|together\s+with|along\s+with|plus|including|excluding|except)\b)[^\d;:()¶§]*?,)?\s+(?:now\s+)?(?:numbered|came\s+to|totaled|totalled|stood\s+at)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectNumbered();

    // "The ", ", and the ": the definite count opens its clause, after when.
    [GeneratedRegex(When + @"(?:and\s+)?the\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TheThings();

    [GeneratedRegex(@"^\s+(?:had|has|have|employed|enrolled)\s+\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThingsHave();

    // "had" as a verb of its own, not before another ("solar capacity has exceeded 1 billion kilowatts").
    [GeneratedRegex("^" + SpokenHedge.Optional + @"\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberFirst();

    [GeneratedRegex(@"^\s*(?:had|has|have)\s+" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Possessed();

    [GeneratedRegex(@"^\s*(?:and\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListGoesOn();

    // What may follow the counted noun in its clause: "of all levels and types" (which narrows nothing), words that
    // name the things further ("above designated size", "in operation"), when, or that they are the nation's ("in
    // China", "nationwide"), then the clause's end or its change ("…, down 7.7%", "… up 3%"). Not a verb's object, a
    // list, an entity the figure would not be bound to ("in ¶"), nor a figure: no "and", "with", "which", digits, nor a
    // verb of which the things are the subject ("… people are working on the sites").
    [GeneratedRegex(@"^(?:\s+of\s+all\s+(?:levels|types|kinds|sizes|sorts)(?:\s+and\s+(?:levels|types|kinds|sizes|sorts))?)?(?<words>(?:\s+" + NoNounWord + @"[\p{L}][\p{L}'’-]*)*?)(?:\s+(?:in|at|by|across|throughout|as\s+of)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:§|" + Nation + @")|\s+nationwide|\s+across\s+the\s+country)*(?:\s*[,.;:!?]|\s+(?:up|down)\b|\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NothingMore();
}

/// <summary>
/// The units a count may carry, as the vocabulary names them: tonnes and kilowatt-hours are how much of something, not
/// things a count could be the number of; a counted noun ("enterprises") has the names it is said by ("businesses").
/// </summary>
internal sealed class CountUnits(Lexicon lexicon)
{
    private readonly Dictionary<string, string[]> _names = lexicon.Units.Where(u => !u.IsMeasure)
        .GroupBy(u => u.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.SelectMany(u => u.Aliases.Append(u.Name)).Select(Normal).OfType<string>().Distinct().ToArray(), StringComparer.Ordinal);

    public bool IsUnitOfMeasure(string unit) => lexicon.UnitsOfMeasure.Contains(unit);

    /// <summary>
    /// Whether a count's unit is its own counted noun ("admissions", "screens"), which the vocabulary knows neither
    /// as a unit of measure nor as a noun many counts share ("people", "enterprises"): it says what the figure counts.
    /// </summary>
    public bool IsOwnNoun(string unit) => !_names.ContainsKey(unit) && !IsUnitOfMeasure(unit);

    /// <summary>Whether <paramref name="noun"/> is a name of <paramref name="unit"/>, or, for a unit the vocabulary does not know, the unit itself.</summary>
    public bool Names(string unit, string noun) =>
        Normal(noun) is { } word && (_names.TryGetValue(unit, out var names) ? names.Contains(word) : Normal(unit) == word);

    private static string? Normal(string word) => OpenMeasure.ContentWords(word).FirstOrDefault();
}
