using System.Text.RegularExpressions;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// Decides what a figure says (a level, a change, a share, a gap …) from the words just before it in its clause
/// and just after it. English grammar of briefings, not vocabulary: it does not name any measure.
/// </summary>
internal static partial class Roles
{
    /// <param name="dimension">The figure's unit dimension.</param>
    /// <param name="before">The words since the previous figure of the clause (or the clause start).</param>
    /// <param name="clauseBefore">The whole clause up to the figure.</param>
    /// <param name="after">The words after the figure.</param>
    public static (ClaimRole Role, int Sign) Classify(UnitDimension dimension, TextPart before, TextPart clauseBefore, TextPart after) => dimension switch
    {
        UnitDimension.PercentagePoints => Points(before, after),
        UnitDimension.Percent => Percent(before, clauseBefore, after),
        _ => Amount(before, clauseBefore, after),
    };

    private static (ClaimRole, int) Percent(TextPart before, TextPart clauseBefore, TextPart after)
    {
        if (SaysAverage(before) && MeanCue().IsMatch(before.Span))
        {
            return (ClaimRole.Mean, 1);
        }

        // "Their share of national foreign trade rose 1.3 percentage points to 18.1%".
        if ((before.MayEndWith(ShareCueEnds) && ShareCue().IsMatch(before.Span)) || (ShortLink().IsMatch(before.Span) && ShareWord().IsMatch(clauseBefore.Span)))
        {
            return (GrowthShareAfter().IsMatch(after.Span) ? ClaimRole.GrowthShare : ClaimRole.Share, 1);
        }

        // "Growth slowed to 4.8%", "the decline narrowed to 1.1%", "when growth was 4.7%": a rate its noun names,
        // signed by the noun, not by how the rate moved.
        if (before.MayEndWith(NamedRateEnds) && before.Match(NamedRate()) is { Success: true } named)
        {
            return (ClaimRole.Change, Fewer().IsMatch(named.Groups["change"].Value) ? -1 : 1);
        }

        if (before.Match(ChangeCue()) is { Success: true } cue)
        {
            return (ClaimRole.Change, Negative().IsMatch(cue.Value) ? -1 : 1);
        }

        if (after.Match(ChangeAfter()) is { Success: true } noun)
        {
            return (ClaimRole.Change, Negative().IsMatch(noun.Value) ? -1 : 1);
        }

        // "1.21 trillion yuan, 5.7% more than in the same period of 2024", "5.2% fewer than a year earlier": a percent
        // more or less than the same thing a year before is its growth rate, as "up 5.7%" is.
        if (after.Match(MoreThanYearBefore()) is { Success: true } than)
        {
            return (ClaimRole.Change, Fewer().IsMatch(than.Groups["direction"].Value) || Lower().IsMatch(than.Groups["direction"].Value) ? -1 : 1);
        }

        // "an increase of 61,000, or 9.5%": the same change as a rate.
        if (clauseBefore.Match(RateOfChangeBefore()) is { Success: true } change)
        {
            return (ClaimRole.Change, Fewer().IsMatch(change.Groups["change"].Value) ? -1 : 1);
        }

        // "The pension funds hold 9.05 trillion yuan of it, about 92%": a percent set beside an amount said to be part
        // of something is that part as a share.
        if (clauseBefore.MayEndWith(",") && PartAmountBefore().IsMatch(clauseBefore.Span))
        {
            return (ClaimRole.Share, 1);
        }

        // "14.2 billion yuan, or 36.7% of the total", "1.06 billion trips, 32.3% of all domestic trips": a percent
        // of something is a share of it, whatever verb (or none) comes before; "slower than the 5.2% of the second
        // quarter" is a rate of another period.
        if (ShareOfAfter().IsMatch(after.Span) && !ThanThe().IsMatch(before.Span))
        {
            return (GrowthShareAfter().IsMatch(after.Span) ? ClaimRole.GrowthShare : ClaimRole.Share, 1);
        }

        return (ClaimRole.Level, 1);
    }

    private static (ClaimRole, int) Points(TextPart before, TextPart after)
    {
        if (after.Match(GapAfter()) is { Success: true } gap)
        {
            return (ClaimRole.RateGap, Lower().IsMatch(gap.Groups["direction"].Value) ? -1 : 1);
        }

        if (ContributionCue().IsMatch(before.Span) || ContributionAfter().IsMatch(after.Span))
        {
            return (ClaimRole.Contribution, DragCue().IsMatch(before.Span) ? -1 : 1);
        }

        // "…, or 16.9% of the total, adding 0.8 percentage point.": points a part is said to add, and nothing after them
        // in its clause, are what it added to its whole's growth; a share that rose says to what ("adding 0.8 point to its share").
        if (AddVerb().IsMatch(before.Span) && ClauseEndsAfterPoints().IsMatch(after.Span))
        {
            return (ClaimRole.Contribution, 1);
        }

        // "took 0.2 percentage point off growth", "shaved 0.1 point off the total": points taken off a whole are a part's
        // contribution to its fall.
        if (TakeOffVerb().IsMatch(before.Span) && OffAfter().IsMatch(after.Span))
        {
            return (ClaimRole.Contribution, -1);
        }

        // "The decline narrowed by 0.4 percentage point": a decline that narrows is a rate that rose (−3.7% to −3.3%),
        // one that widens a rate that fell, whatever "narrow" says of growth ("growth narrowed by 0.4 points").
        var lastWords = before.Last(40);
        if (lastWords.Match(DeclineMoved()) is { Success: true } decline)
        {
            return (ClaimRole.PointChange, decline.Groups["widened"].Success ? -1 : 1);
        }

        // "a decline 1.5 percentage points narrower than in September": the same, the comparison after the points.
        if (DeclineBefore().IsMatch(lastWords.Span) && after.First(40).Match(DeclineComparedAfter()) is { Success: true } compared)
        {
            return (ClaimRole.PointChange, compared.Groups["wider"].Success ? -1 : 1);
        }

        var negative = Negative().IsMatch(lastWords.Span) || Lower().IsMatch(after.First(40).Span);
        return (ClaimRole.PointChange, negative ? -1 : 1);
    }

    private static (ClaimRole, int) Amount(TextPart before, TextPart clauseBefore, TextPart after)
    {
        if (SaysAverage(before) && AverageCue().IsMatch(before.Span) && Daily().IsMatch(clauseBefore.Span))
        {
            return (ClaimRole.Average, 1);
        }

        if (SaysAverage(before) && MeanCue().IsMatch(before.Span))
        {
            return (ClaimRole.Mean, 1);
        }

        if (before.Match(AbsoluteChangeCue()) is { Success: true } cue)
        {
            return (ClaimRole.AbsoluteChange, Negative().IsMatch(cue.Value) ? -1 : 1);
        }

        // "3,144 more than a year earlier", "116 hours fewer than in the same period last year"; "up 8.7%, about 2.2
        // billion yuan more, …", "down 26.3%, or 17,200 fewer.": "more" or "fewer" ending its phrase leaves the base
        // unsaid, a difference all the same.
        if (after.Match(DifferenceAfter()) is { Success: true } difference)
        {
            return (ClaimRole.AbsoluteChange, difference.Groups["direction"].Value.Equals("more", StringComparison.OrdinalIgnoreCase) ? 1 : -1);
        }

        return (ClaimRole.Level, 1);
    }

    // The last words ShareCue can end with ("accounting for", "made up", "represented", "its share was"), or their
    // endings, and NamedRate's ("growth was", "the decline narrowed to"): both patterns are asked of most percents, and
    // many end otherwise ("grew", "by", "rose"), so the pattern need not run.
    internal static readonly string[] ShareCueEnds = ["for", "ed", "es", "ing", "up", "represent", "represents", "to", "was", "is", "of", "at", "hit"];
    internal static readonly string[] NamedRateEnds = ["was", "is", "at", "to"];

    /// <summary>
    /// Whether the words before a figure say "averag…", as <see cref="MeanCue"/> and <see cref="AverageCue"/> both need
    /// to: asked first, as a plain search, so that the patterns run only for the few figures that do.
    /// </summary>
    internal static bool SaysAverage(TextPart before) => before.Span.Contains("averag", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the words between a growth rate and the next percent leave out the verb, so that the rate grows as the
    /// one before it did (gapping): "M2 grew 8.3% and M1 4.6%", "up 3.5% in the first quarter and 4.3% in the second",
    /// "up 1.2%, 0.9% and 0.7%, respectively". A verb, a preposition that relates the two ("to", "from", "than"), "or"
    /// (the same change put another way) or another basis ("in nominal terms and 6.3% in real terms") says otherwise.
    /// </summary>
    public static bool ContinuesRate(string between) => between.Length <= 60 && GappedRate().IsMatch(between) && !OtherBasis().IsMatch(between);

    /// <summary>
    /// Whether the words between an amount and a percent are the rest of the amount's clause and ", or": the percent
    /// is the amount as a share.
    /// </summary>
    public static bool RestatesAsShare(string between) => OrOnly().IsMatch(between);

    /// <summary>
    /// Whether only a list's separator stands between a share and the next percent ("or 46.4% and 35.9%", "with
    /// shares of 41%, 33% and 26%"): the percent is the next item's share.
    /// </summary>
    public static bool ContinuesShare(string between) => ListSeparatorOnly().IsMatch(between);

    /// <summary>
    /// Whether the words between two figures are only "or" (", or"): the second may be the first put another way (a
    /// change as an amount or as a rate, an amount converted to another unit; the extractor tells which).
    /// </summary>
    public static bool OnlyOrBetween(string between) => OrAlone().IsMatch(between);

    /// <summary>
    /// Whether the words between an amount and a rate are the rest of the amount's clause and what says how it moved
    /// ("27.41 million were civil cases, up 2.8%"): the rate is the amount's own.
    /// </summary>
    public static bool IsRateOfTheAmountBefore(string between) => RateOfTheClauseBefore().IsMatch(between);

    /// <summary>Whether nothing more is said of a figure in its clause: a comma, a stop or the sentence's end comes right after it.</summary>
    public static bool EndsItsClause(TextPart after) => after.Match(ClauseEndsRightAfter()).Success;

    /// <summary>Whether a figure is followed by a rate of change of its own (", up 1.8%", ", a decline of 2%").</summary>
    public static bool SaysChangeAfter(TextPart after) => after.Match(OwnRateAfter()).Success;

    /// <summary>Whether the words before a figure say it is a change ("up", "rose", "an increase of").</summary>
    public static bool SaysChange(string before) => ChangeCue().IsMatch(before) || AbsoluteChangeCue().IsMatch(before);

    // Optionally a when or where of the rate before ("in the first quarter"), then "and" or a comma, then up to three
    // words naming the next item, none a verb, a word that relates the figures, or one that names the rest of a whole
    // ("down 0.9%, the other 51.2%" is the rest's share). Bounded loops only.
    [GeneratedRegex(@"^(?:\s+(?:in|for|during|at)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:in|for|during)\s+(?:the\s+)?)?(?:(?!(?:was|were|is|are|be|been|stood|remained|reached|hit|at|to|from|than|or|of|with|while|whereas|but|compared|versus|its|their|share|which|that|it|they|has|have|had|as|by|other|rest|remaining|remainder|\w+ed|\w+ing)\b)[\p{L}\p{Nd}'’-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GappedRate();

    // A figure, at most three words of its unit, "of" and a word for a whole named before, then a comma.
    [GeneratedRegex(@"\d(?:\s+[\p{L}-]+){0,3}\s+of\s+(?:it|them|this|these|that|those|the\s+total|the\s+whole)\s*,\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PartAmountBefore();

    // The rest of the amount's clause may stand between ("226 million were gigabit users, or 32.9%", "3,255 met the
    // standard for PM2.5, or 89.4%"), however long, while no comma closes it first.
    [GeneratedRegex(@"^(?:\s+[\p{L}\p{Nd}'’.-]+){0,12}\s*,\s*or\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OrOnly();

    [GeneratedRegex(@"^\s*,?\s*(?:and\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListSeparatorOnly();

    [GeneratedRegex(@"^\s*(?:[,;.!?]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClauseEndsRightAfter();

    // ", up", ", a decline of": a comma, then what says how the figure before it moved, and its rate.
    private const string OwnRateCue = @",\s*(?:up|down|rising|falling|growing|declining|increasing|decreasing|an?\s+(?:increase|decrease|rise|decline|drop|fall)\s+of)\s+(?:by\s+)?";

    [GeneratedRegex(@"^\s*" + OwnRateCue + @"\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OwnRateAfter();

    // The rest of the amount's clause, with no comma ("were civil and commercial"), then its rate's cue.
    [GeneratedRegex(@"^[^,;:]{0,80}" + OwnRateCue + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RateOfTheClauseBefore();

    // Only "or" (", or") between two figures: the second is the first put another way. Also after the first's base
    // ("rose 5.4% on last year, or by 3.2 million tonnes") and with the change's "by" ("or by"): nothing there says
    // the second figure is of another thing. Binding asks it of a change and its rate too (SentenceLinks, ClaimBinder).
    [GeneratedRegex(@"^(?:\s+(?:year\s+on\s+year|year-on-year|(?:on|over|from|against)\s+" + AYearEarlier + @"))?\s*,?\s*or(?:\s+by)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex OrAlone();

    [GeneratedRegex(@"\bterms\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherBasis();

    [GeneratedRegex(@"\b(?:account(?:s|ed|ing)?\s+for|contribut(?:es|ed|ing)|made\s+up|makes?\s+up|making\s+up|represent(?:s|ed|ing)?|constitut(?:es|ed|ing)|took\s+up|taking\s+up|takes?\s+up|share\b.*?\b(?:to|was|is|of|at|reached|stood\s+at|hit))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex ShareCue();

    [GeneratedRegex(@"\baverag(?:e|es|ed|ing)\b(?:\s+(?:of|at|about))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex AverageCue();

    // An appositive after a list: "…, averaging nearly 11 trillion yuan a quarter", "…, monthly growth averaging 6.2%",
    // "…, an average of about 405 million tonnes a month". A clause with a subject of its own ("so the third quarter
    // averaged …") may average more than the list before it, so it is not one.
    [GeneratedRegex(@",\s*(?:[\p{L}-]+\s+){0,2}?(?:averaging|an\s+average\s+of)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex MeanCue();

    [GeneratedRegex(@"\b(?<change>increase|rise|gain|growth|decrease|decline|drop|fall|more|fewer|less)\b(?:[^,;%]|,(?=\d))*,\s*or\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RateOfChangeBefore();

    // Not growth that something contributes to ("contributed 52% to economic growth", "its contribution to growth was 52%").
    [GeneratedRegex(@"(?<!\bto\s+(?:\p{L}+\s+)?)\b(?<change>growth|increase|rise|decline|decrease|drop|fall)\b(?:\s+(?:rate|in|of|for)\b[^,;%\d]{0,40}?)?\s+(?:was|is|stood\s+at|came\s+in\s+at|(?:slowed|narrowed|widened|quickened|accelerated|picked\s+up|eased|moderated|rebounded|recovered|rose|fell)\s+to)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex NamedRate();

    [GeneratedRegex(@"^(?:decrease|decline|drop|fall|fewer|less)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Fewer();

    [GeneratedRegex(@"^\s*(?<direction>more|fewer|less)(?:\s+than\b|\s*(?:[,;.]|$))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DifferenceAfter();

    /// <summary>The words that name the time a year before as a base: "a year earlier", "the same period", "last year".</summary>
    internal const string AYearEarlier = @"(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:twelve|12)\s+months\s+(?:earlier|ago|before)|the\s+same\s+(?:period|time|month|quarter)\b|last\s+year|the\s+(?:previous|prior)\s+year|the\s+year\s+before)";

    // The year-earlier base of a growth rate, said after it: "than a year earlier", "than in the same period of 2024",
    // "than last year". A year named alone ("than in 2015") may be any base, not the year before.
    [GeneratedRegex(@"^\s*(?<direction>more|fewer|less|higher|lower|above|below)\s+than\s+(?:in\s+|at\s+)?" + AYearEarlier, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MoreThanYearBefore();

    [GeneratedRegex(@"\b(?:daily|per\s+day|a\s+day|each\s+day)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Daily();

    [GeneratedRegex(@"^\s*(?:to|at|of|was|is|reached|stood\s+at|hit)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShortLink();

    [GeneratedRegex(@"\bshares?\s+of\b|\bproportion\s+of\b|\bshare\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShareWord();

    // "30.9% of them", "21.2% of it" point back at a whole as "of the total" does; "12% of which" opens a clause.
    [GeneratedRegex(@"^\s*of\s+(?!which\b|whom\b)[\p{L}\d]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShareOfAfter();

    [GeneratedRegex(@"\bthan\s+(?:the|that|those)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThanThe();

    [GeneratedRegex(@"^\s*of\s+(?:the\s+)?(?:growth|increase|rise)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GrowthShareAfter();

    [GeneratedRegex(@"\b(?:gr[eo]w(?:s|n|ing)?|r[io]se[ns]?|rising|up|increas(?:e[ds]?|ing)|jump(?:ed|ing|s)?|surg(?:ed|ing|es?)|climb(?:ed|ing|s)?|expand(?:ed|ing|s)?|gain(?:ed|ing|s)?|rebound(?:ed|ing)?|advanc(?:ed|ing)|f[ea]ll(?:s|en|ing)?|down|declin(?:e[ds]?|ing)|decreas(?:e[ds]?|ing)|dropp?(?:ed|ing|s)?|contract(?:ed|ing|s)?|slid(?:e|ing)?|slipp(?:ed|ing)|dipp(?:ed|ing)|shr[ai]nk(?:ing|s)?|plung(?:ed|ing|es?)|growth\s+(?:rate\s+)?of|growth\s+rate|a\s+growth\s+rate)\b(?:\s+(?:by|of|at|year\s+on\s+year|year-on-year|a|an|only|just|slightly|further))*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChangeCue();

    [GeneratedRegex(@"^\s*(?:year[- ]on[- ]year\s+|annual\s+|y/y\s+)?(?:increase|growth|rise|gain|jump|decline|decrease|drop|fall|contraction)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChangeAfter();

    [GeneratedRegex(@"\b(?:f[ea]ll(?:s|en|ing)?|down|declin\w*|decreas\w*|dropp?\w*|contract\w*|slid\w*|slipp\w*|dipp\w*|shr[ai]nk\w*|plung\w*|decline|decrease|drop|lower|narrow\w*|slow\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Negative();

    [GeneratedRegex(@"\b(?:decline|drop|fall|decrease|contraction)s?\b(?:\s+[\p{L}-]+){0,4}?\s+(?:narrow(?:ed|ing|s)?|(?<widened>widen(?:ed|ing|s)?|deepen(?:ed|ing|s)?)|eas(?:ed|ing|es)|shr[ai]nk(?:ing|s)?|shrunk)\s+(?:by\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeclineMoved();

    [GeneratedRegex(@"\b(?:decline|drop|fall|decrease|contraction)s?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeclineBefore();

    [GeneratedRegex(@"^\s*(?:narrower|smaller|shallower|(?<wider>wider|larger|bigger|deeper|steeper))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeclineComparedAfter();

    [GeneratedRegex(@"^\s*(?:percentage\s+points?|points?|pct\.?\s+points?)?\s*(?<direction>higher|lower|faster|slower|above|below|more|less)\s+(?:than\s+)?(?:that\s+of\s+)?(?:the\s+)?(?:national|overall|country's|whole\s+country|nationwide|average|total|entire|all)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GapAfter();

    [GeneratedRegex(@"\b(?:lower|slower|below|less)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Lower();

    // The moving verbs may take their whole as object before the particle: "pulled the total down by", "held growth back by".
    [GeneratedRegex(@"\b(?:contribut\w*|pull(?:ed|ing|s)?\s+(?:[\p{L}'-]+\s+){0,4}?(?:up|down)|dragg?(?:ed|ing|s)?\s+(?:[\p{L}'-]+\s+){0,4}?down|push(?:ed|es|ing)?\s+(?:[\p{L}'-]+\s+){0,4}?up|h[eo]ld(?:s|ing)?\s+(?:[\p{L}'-]+\s+){0,4}?back|driv(?:e|es|ing)|drove|boost(?:ed|ing)?|lift(?:ed|ing)?)\b[^,;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ContributionCue();

    // "took", "shaved", "knocked", "cut" right before the figure (an approximation word may come between) …
    [GeneratedRegex(@"\b(?:t[oa]ok|tak(?:e|es|ing)|shav(?:e|ed|es|ing)|knock(?:ed|s|ing)?|cut(?:s|ting)?)\s+(?:(?:about|around|roughly|nearly|almost|some|just|only|over|another)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TakeOffVerb();

    // "adding", "added", "adds" right before the figure (an approximation word may come between) …
    [GeneratedRegex(@"\badd(?:s|ed|ing)\s+(?:(?:about|around|roughly|nearly|almost|another|some|just|over)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AddVerb();

    // … and the clause ending right after its unit: "adding 0.8 percentage point."
    [GeneratedRegex(@"^\s*(?:percentage\s+points?|points?)?\s*(?:[.;!?]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClauseEndsAfterPoints();

    // … and "off" right after it: "0.2 percentage point off growth".
    [GeneratedRegex(@"^\s*(?:percentage\s+points?|points?)?\s*off\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OffAfter();

    // "… percentage points to overall growth", "… to the 3.8% growth": the rate the growth is stated at may stand before it.
    // Points "of" growth are a share of it, whatever the verb: "the east supplied 1.0 percentage point of growth",
    // "3.3 percentage points of its growth".
    [GeneratedRegex(@"^\s*(?:percentage\s+points?|points?)?\s*(?:to|of)\s+(?:(?:the|its|their|that)\s+)?(?:overall\s+|national\s+|total\s+|economic\s+)?(?:(?:\w+|\d[\d.,]*\s*(?:%|percent))\s+)?growth\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ContributionAfter();

    [GeneratedRegex(@"\b(?:pull(?:ed|ing|s)?\s+(?:[\p{L}'-]+\s+){0,4}?down|dragg?(?:ed|ing|s)?\s+(?:[\p{L}'-]+\s+){0,4}?down|h[eo]ld(?:s|ing)?\s+(?:[\p{L}'-]+\s+){0,4}?back|weigh(?:ed|ing)?\s+on)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DragCue();

    [GeneratedRegex(@"\b(?:r[io]se[ns]?|rising|increas(?:e|ed|es|ing)|gr[eo]wn?|growing|growth|(?<!\bma(?:de|kes?|king)\s)up|f[ea]ll(?:en|ing)?|declin(?:e|ed|ing)|decreas(?:e|ed|ing)|down|dropp?(?:ed|ing)?|expand(?:ed|ing)?|add(?:ed|ing)?|an\s+increase|a\s+decrease|a\s+rise|a\s+drop|a\s+decline|a\s+fall)\s+(?:by|of)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AbsoluteChangeCue();
}
