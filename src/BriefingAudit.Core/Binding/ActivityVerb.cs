using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// A verb that names the measure of the figure right after it, its subject saying whose: "Ferry operators sold 3.1
/// million tickets" are ferry operators' ticket sales, "Rural households spent 540 billion yuan" rural households'
/// spending. The subject alone would name the wrong thing (how many operators there are), so the measure is the
/// subject with the verb's noun, the noun a speaker would use for the same figure elsewhere ("spending of rural
/// households"); for verbs that only say something was moved or held ("carried", "handled"), the counted noun of the
/// figure ("passenger trips of domestic routes"). The subject is only what is measured: whose the figure is stays
/// as the rest of the sentence says, so the figure still adds up with the figures around it. A verb of taking ("took",
/// "drew") names no activity, only that the subject got some of an amount, as "accounted for" says: the subject
/// alone names the figure, as it does after "accounted for".
/// </summary>
internal static partial class ActivityVerb
{
    /// <summary>
    /// The name of the measure of the figure at <paramref name="figureStart"/> of <paramref name="text"/>, when its
    /// clause (from <paramref name="clauseStart"/>) ends in a subject and an activity verb; null otherwise, or when the
    /// verb names no noun for a figure of its unit (money "carried"); the subject alone after a verb of taking ("took").
    /// <paramref name="mentions"/>, the sentence's, say whether the subject is a place.
    /// </summary>
    public static string? MeasureName(string text, int clauseStart, int figureStart, Claim claim, IReadOnlyList<Mention> mentions)
    {
        var match = SubjectAndVerb().Match(text, clauseStart, figureStart - clauseStart);
        if (!match.Success)
        {
            return null;
        }

        // "Hebei produced 98.5 million tonnes of crude steel", "The country produced …": a subject that says only whose
        // the figure is (a place the vocabulary knows, the nation) leaves the "of" phrase to say what is measured:
        // "crude steel output", as "the output of crude steel" says elsewhere. The place stays the figure's owner.
        var figureEnd = figureStart + claim.Span.Length;
        var verb = string.Join(' ', match.Groups["verb"].Value.ToLowerInvariant().Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries));
        var verbNoun = Nouns.FirstOrDefault(n => verb.StartsWith(n.Verb, StringComparison.Ordinal)).Noun;
        if (verbNoun is not null && verbNoun != Spending && OfWhat().Match(text, figureEnd) is { Success: true } of
            && (NamesTheNation().IsMatch(match.Groups["subject"].Value) || NamesAPlace(match.Groups["subject"], mentions)))
        {
            return of.Groups["what"].Value + " " + verbNoun;
        }

        // "The fund took in …": one noun after "the" points back at something named before, which may be named
        // otherwise there ("the employee fund"); the figure is left to what the sentences around it say. "The country",
        // "China" name no one but the nation, whose figures the measure's name leaves out anyway.
        var subject = match.Groups["subject"].Value;
        var words = OpenMeasure.ContentWords(subject).Count();
        if (words == 1 && subject.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var noun = verbNoun
            // "Domestic routes carried 332.53 million passenger trips", "Guangzhou handled 326 million tonnes": what was
            // carried is the counted noun, when the subject is more than a bare plural ("ferries carried …" says only
            // by what) and no "of" says what the count is of ("300 million tonnes of coal", which may be named
            // otherwise elsewhere), nor more nouns after it ("33.74 million complaints, reports and inquiries" are not
            // the complaints alone). Money carried or held says only how much.
            ?? (claim.Quantity.Dimension == UnitDimension.Count && (words >= 2 || (words == 1 && !IsBarePlural(subject)))
                && !OfAfter().IsMatch(text, figureEnd) && !NounListAfter().IsMatch(text, figureEnd) ? claim.Quantity.Unit : null);
        if (noun is null)
        {
            // "Inland waterways took 47.3 billion yuan, or 48.2% of the waterway total": a verb of taking names no
            // activity, only that the subject got some of an amount, as "accounted for" says; the figure is the
            // subject's, named by the subject as "Inland waterways accounted for …" names it. A place or the nation
            // says only whose, and names nothing of its own.
            return TakesSome(verb) && !NamesTheNation().IsMatch(subject) && !NamesAPlace(match.Groups["subject"], mentions) ? subject : null;
        }

        // "… spent 3.6 trillion yuan on R&D" is R&D spending, as "spending on R&D" elsewhere is.
        var spentOn = noun == Spending ? SpentOn().Match(text, figureEnd) : Match.Empty;
        return spentOn.Success ? $"{subject} {noun} on {spentOn.Groups["what"].Value}" : subject + " " + noun;
    }

    private const string Spending = "spending";

    /// <summary>Whether the verb says only that the subject took some of an amount ("took", "drew").</summary>
    private static bool TakesSome(string verb) => verb is "took" or "drew";

    /// <summary>
    /// Whether a subject of one content word says it in the plural ("Ferries", "Ports across the country"), a class of
    /// carriers; one said in the singular names a sector, a mode or a place ("Rail", "Guangzhou") whose count it is.
    /// </summary>
    private static bool IsBarePlural(string subject) =>
        OpenMeasure.ContentWords(subject).First() is var word
        && !subject.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals(word, StringComparison.OrdinalIgnoreCase));

    private static readonly char[] WordSeparators = [' ', '\t'];

    /// <summary>Whether the subject is all one place the vocabulary knows ("Hebei", "the central and western regions").</summary>
    private static bool NamesAPlace(Group subject, IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Entity && m.Entity!.Source == EntitySource.Vocabulary && m.End == subject.Index + subject.Length
                && (m.Start == subject.Index || ThePrefix().IsMatch(subject.Value.AsSpan(0, Math.Max(0, m.Start - subject.Index)))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly (string Verb, string Noun)[] Nouns =
    [
        ("spen", Spending), ("sold", "sales"), ("invested", "investment"), ("produced", "output"), ("turned", "output"),
        ("took in", "revenue"), ("collected", "revenue"), ("brought", "revenue"), ("paid", "expenditure"),
    ];

    // A subject of up to five words that opens the clause, or follows what opens it ("In June alone, "), and is no
    // pronoun ("we spent", "they sold": whose is another sentence's), then the verb and at most a hedge.
    [GeneratedRegex(@"(?:^|,\s+)(?<subject>(?!(?:we|they|it|he|she|this|these|those|which|who|and|but|or)\b)[\p{L}][\p{L}'’-]*(?:\s+(?!(?:and|or|of|in|on|for|with|that|which|who)\b)[\p{L}'’-]+){0,4})\s+(?<verb>spent|spends?|sold|produced|turned\s+out|took(?:\s+in)?|drew|collected|brought\s+in|paid\s+out|invested|carried|handled|delivered|received|held)\s+" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectAndVerb();

    [GeneratedRegex(@"\G\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfAfter();

    // ", reports and inquiries" right after "33.74 million complaints", " and mail" after "4.8 million tonnes": the
    // counted noun opens a list of them ("…, and held 43,960 exhibitions" goes on with a verb).
    [GeneratedRegex(@"\G(?:(?:,\s*[\p{L}-]+)+,?\s+(?:and|or)\s+\p{L}|\s+(?:and|or)\s+[\p{L}-]+(?=\s*(?:[,.;:]|$)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NounListAfter();

    // Up to four words, up to what ends the phrase: "R&D", "trips abroad", "crude steel".
    private const string What = @"(?<what>[\p{L}][\p{L}&'’-]*(?:\s+(?!(?:in|during|up|down|and|from|last|this|which|while|or)\b)[\p{L}&'’-]+){0,3})(?=\s*[,.;:]|\s+(?:in|during|up|down|and|from|last|this|which|while|or)\b|\s*$)";

    // "on R&D", "on trips abroad"; "on average" is how, not what on.
    [GeneratedRegex(@"\G\s+on\s+(?!average\b)" + What, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpentOn();

    // "of crude steel", "of steel products"; not "of them", "of which", "of the total".
    [GeneratedRegex(@"\G\s+of\s+(?!(?:them|it|this|these|those|which|whom|the|its|their)\b)" + What, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfWhat();

    [GeneratedRegex(@"^(?:the\s+(?:whole\s+)?(?:country|nation)|China)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamesTheNation();

    [GeneratedRegex(@"^the\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThePrefix();
}
