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
/// said twice.
/// </summary>
internal static partial class CountedNoun
{
    /// <summary>Stands in for a period the vocabulary named, so the clause's other words can be read.</summary>
    private const char Period = '§';

    /// <summary>Stands in for an entity the vocabulary named (the nation among them).</summary>
    private const char Entity = '¶';

    /// <summary>
    /// The open measure "number of …" of a count of things (not of a unit of measure: <paramref name="unitsOfMeasure"/>)
    /// at <paramref name="start"/> of the sentence, whose clause says nothing but that they are there, or that goes on
    /// with such a count ("There were 130.4 million shops, up 3%, and 2.2 million markets"); null otherwise.
    /// </summary>
    public static Term? MeasureOf(Claim claim, int start, SentenceAnalysis analysis, IReadOnlyList<Mention> usable, List<BoundClaim> earlier, IReadOnlySet<string> unitsOfMeasure) =>
        Things(claim, start, analysis, usable, unitsOfMeasure) is { } things && SaysTheyAreThere(claim, start, analysis, usable, earlier, earlier.Count, unitsOfMeasure)
            ? OpenMeasure.Named("number of" + things, UnitDimension.Count)
            : null;

    /// <summary>
    /// Whether the clause of a count (at <paramref name="start"/>) says only that the things are there ("By the end of
    /// §, there were", "China had"), or is only the figure and goes on from a clause that does ("There were 130.4
    /// million shops, up 3%, and 2.2 million markets"). <paramref name="before"/> is how many of <paramref name="earlier"/>
    /// (the sentence's figures bound so far) stand before the count.
    /// </summary>
    private static bool SaysTheyAreThere(Claim claim, int start, SentenceAnalysis analysis, IReadOnlyList<Mention> usable, List<BoundClaim> earlier, int before, IReadOnlySet<string> unitsOfMeasure)
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
            && Things(first, first.Span.Start - offset, analysis, usable, unitsOfMeasure) is not null
            && SaysTheyAreThere(first, first.Span.Start - offset, analysis, usable, earlier, previous, unitsOfMeasure);
    }

    /// <summary>
    /// What a count of things counts, when nothing after its noun in its clause narrows them but words that name them
    /// further ("above designated size"); null when the count is of a unit of measure, inherits its noun, or its clause
    /// goes on.
    /// </summary>
    private static string? Things(Claim claim, int start, SentenceAnalysis analysis, IReadOnlyList<Mention> usable, IReadOnlySet<string> unitsOfMeasure)
    {
        if (claim.Role != ClaimRole.Count || claim.Quantity.Dimension != UnitDimension.Count || unitsOfMeasure.Contains(claim.Quantity.Unit))
        {
            return null;
        }

        // "when there were 498,300": a figure whose noun is inherited says nothing of its own about what it counts.
        var counted = CountedPhrase().Match(claim.Text);
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

    // Words that join, relate or say what things do, not what they are: "and", "with", "which", "were", "have".
    private const string NoNounWord = @"(?!(?:and|or|with|which|that|who|whose|while|but|than|as|up|down|from|to|each|per|a|an|is|are|was|were|be|been|being|have|has|had|will|would|can|could|may|might|should|must)\b)";

    // "18.85 million full-time teachers", "more than 48 million students": the words after the number ("574,000 were
    // private enterprises" names them after a verb, of which the count is the subject).
    [GeneratedRegex(@"\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion|trillion))?(?<phrase>(?:\s+" + NoNounWord + @"[\p{L}][\p{L}'’-]*)+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountedPhrase();

    // "In §, China had", "By the end of §, there were", "There are now": when, whose, then that the things are there.
    [GeneratedRegex(When + @"(?:(?:(?:the\s+)?¶|" + Nation + @")\s+(?:now\s+|also\s+|still\s+)?(?:had|has|have)\s+(?:now\s+)?(?:a\s+total\s+of\s+)?$|there\s+(?:were|was|are|is)\s+(?:now\s+|also\s+)?(?:a\s+total\s+of\s+)?$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThingsExist();

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
