using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// A later item of a list that leaves out the verb of the item before it: "ferry revenue was 4.1 billion yuan and
/// canal revenue 2.2 billion yuan", "city households spent 210 billion yuan, up 5%, and village households 80 billion
/// yuan", "investment in the north was …; in the south …". The figure is read as the item before it of the same kind
/// was, with the item's own words in place of that item's subject: the same open measure with its subject swapped, or,
/// for an item that is only a period or an entity the vocabulary names, the same measure for that period or entity.
/// </summary>
internal static partial class GappedItem
{
    /// <summary>
    /// The measure of <paramref name="claim"/> (at <paramref name="start"/> of the sentence <paramref name="text"/>)
    /// when what stands between it and the figure before it is only a list separator and a noun phrase without a verb;
    /// null otherwise, or when no earlier figure of the sentence of its kind and unit has a measure.
    /// </summary>
    public static Term? MeasureOf(Claim claim, string text, int start, IReadOnlyList<Mention> mentions, List<BoundClaim> earlier)
    {
        if (claim.Role is not (ClaimRole.Level or ClaimRole.Count or ClaimRole.Change or ClaimRole.AbsoluteChange) || earlier.Count == 0)
        {
            return null;
        }

        var offset = claim.Span.Start - start;
        var previousEnd = earlier[^1].Claim.Span.End - offset;
        if (previousEnd < 0 || previousEnd > start || !MayBeItem(text.AsSpan(previousEnd, start - previousEnd))
            || Item().Match(text, previousEnd, start - previousEnd) is not { Success: true } gap)
        {
            return null;
        }

        var item = gap.Groups["item"];
        var itemWords = OpenMeasure.ContentWords(item.Value).ToHashSet(StringComparer.Ordinal);
        var index = earlier.FindLastIndex(b => b.Claim.Role == claim.Role && b.Claim.Quantity.Unit == claim.Quantity.Unit && b.Measure is not null);
        if (!NamesAnItem(itemWords) || index < 0)
        {
            return null;
        }

        var model = earlier[index];
        var (itemStart, itemEnd) = (item.Index, item.Index + item.Length);
        var named = mentions.Where(m => m.Kind is MentionKind.Period or MentionKind.Entity && !m.Subject && !m.Comparison && m.Start >= itemStart && m.End <= itemEnd).ToList();
        // "April brought 607.6 billion yuan, May 603.9 billion": the same measure for another period.
        if (named.Any(m => m.Kind == MentionKind.Period) && itemWords.IsSubsetOf(named.SelectMany(m => OpenMeasure.ContentWords(text[m.Start..m.End]))))
        {
            return model.Measure;
        }

        if (!OpenMeasure.Is(model.Measure))
        {
            // "exports to the north grew 5%, and to the south 7%": the vocabulary's measure, for the entity the item names.
            return named.Any(m => m.Kind == MentionKind.Entity) ? model.Measure : null;
        }

        // The words of the model's subject: those of its measure's name said before it, after the figure before it. An
        // item led by a preposition stands for what follows the same preposition there ("investment in the north").
        var modelStart = model.Claim.Span.Start - offset;
        var segmentStart = index == 0 ? 0 : Math.Max(0, earlier[index - 1].Claim.Span.End - offset);
        var segment = text[segmentStart..modelStart];
        if (gap.Groups["preposition"] is { Success: true } preposition)
        {
            var at = segment.LastIndexOf(" " + preposition.Value + " ", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return null;
            }

            segment = segment[at..];
        }

        var measure = model.Measure!;
        var nameWords = OpenMeasure.NameWords(measure);
        // A model that is itself an item of the list ("…, corporate deposits by 2.52 trillion yuan") is one only when it
        // was named by its item's words: its subject is those words, not some other noun its sentence gave it.
        var subjectWords = Item().Match(text, segmentStart, modelStart - segmentStart) is { Success: true } modelItem
            ? OpenMeasure.ContentWords(modelItem.Groups["item"].Value).ToHashSet(StringComparer.Ordinal)
            : OpenMeasure.ContentWords(segment).Where(nameWords.Contains).ToHashSet(StringComparer.Ordinal);
        if (!subjectWords.IsSubsetOf(nameWords))
        {
            return null;
        }

        return subjectWords.Count == 0 || subjectWords.SetEquals(itemWords)
            ? null
            : OpenMeasure.Named(string.Join(' ', nameWords.Where(w => !subjectWords.Contains(w)).Prepend(item.Value)), measure.Dimension);
    }

    /// <summary>
    /// <paramref name="claim"/> as a change when it is a later item of a list of changes that leaves out the verb: "ferries
    /// carried 2.1 million passengers more than a year earlier, and canal boats together 0.4 million" — the item's figure is
    /// of the kind of the figure of its unit before it, the change the verb said, not a level to compare with levels.
    /// Otherwise the claim as it is.
    /// </summary>
    public static Claim AsItemOfChanges(Claim claim, string text, int start, List<BoundClaim> earlier)
    {
        var offset = claim.Span.Start - start;
        // "…, up 6.4%, or about 390 yuan more, and spending on goods 7,601 yuan": an amount after "or" restates the
        // figure before it as a change; the item before said a level.
        if (claim.Role is not (ClaimRole.Level or ClaimRole.Count)
            || earlier.LastOrDefault(b => b.Claim.Quantity.Unit == claim.Quantity.Unit && !Restates(text, b.Claim.Span.Start - offset))?.Claim is not { Role: ClaimRole.AbsoluteChange } model)
        {
            return claim;
        }

        // The words from the last list separator before the figure, after the change: "…, and canal boats together".
        var modelEnd = model.Span.End - offset;
        if (modelEnd < 0 || modelEnd > start)
        {
            return claim;
        }

        // The item has no verb of its own, before the figure or after it ("…, and profits of 6.2 billion yuan were 0.8
        // billion yuan more" is a clause, its figure what its verb says).
        var between = text.AsSpan(modelEnd, start - modelEnd);
        var separator = Math.Max(between.LastIndexOfAny(',', ';'), between.LastIndexOf(" and ", StringComparison.OrdinalIgnoreCase));
        return separator >= 0 && ItemAfterSeparator().Match(text, modelEnd + separator, start - modelEnd - separator) is { Success: true } item
            && NamesAnItem(OpenMeasure.ContentWords(item.Groups["item"].Value).ToHashSet(StringComparer.Ordinal))
            && !OneWordInEd().IsMatch(item.Groups["item"].Value) && !VerbAfter().IsMatch(text, start + claim.Span.Length)
            ? claim with { Role = ClaimRole.AbsoluteChange, Sign = model.Sign }
            : claim;
    }

    // "… and stayed above 700 billion yuan": one word in "-ed" is a verb the list of Verbs does not hold, not an item.
    [GeneratedRegex(@"^\p{L}+ed$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OneWordInEd();

    [GeneratedRegex(@"\G\s+" + Verbs, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VerbAfter();

    /// <summary>Whether the figure at <paramref name="figureStart"/> of <paramref name="text"/> follows ", or": it says again what the figure before it said.</summary>
    private static bool Restates(string text, int figureStart) =>
        figureStart > 0 && figureStart <= text.Length && OrBefore().IsMatch(text.AsSpan(Math.Max(0, figureStart - 24), Math.Min(24, figureStart)));

    [GeneratedRegex(@",\s*or\s+" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OrBefore();

    /// <summary>Whether an item's content words name something: some, and none that points back or ranks.</summary>
    private static bool NamesAnItem(HashSet<string> itemWords) => itemWords.Count > 0 && !itemWords.Overlaps(NoItem);

    /// <summary>
    /// Whether <see cref="Item"/> could match <paramref name="gap"/>: only when it has a list separator (a comma, a
    /// semicolon or "and") and no digit, which neither the separator, the item nor the hedge can hold. Most gaps
    /// between two figures of a sentence ("rose 5% to 4.1 billion yuan") have no separator, so the pattern runs on few.
    /// </summary>
    internal static bool MayBeItem(ReadOnlySpan<char> gap) =>
        !gap.ContainsAnyInRange('0', '9') && (gap.ContainsAny(',', ';') || gap.Contains("and", StringComparison.OrdinalIgnoreCase));

    // Words that point back or rank rather than name an item: "the latter 2.2 percentage points higher", "the highest, …".
    private static readonly HashSet<string> NoItem = new(StringComparer.Ordinal)
    {
        "latter", "former", "rest", "remainder", "it", "them", "they", "which", "whom", "highest", "lowest", "largest", "smallest", "fastest",
        "slowest", "biggest", "most", "least", "average", "each", "per", "remaining",
    };

    // A separator (a comma or semicolon, "and") after at most a few words that end the item before ("in the first
    // quarter"), then a noun phrase that is not a growth cue or an aside ("up", "an increase of", "or", "accounting
    // for") and has no verb, then at most "by", "to", "at" or "of" and a hedge.
    [GeneratedRegex(@"\G[^,;\d]{0,40}?" + ListSeparator + ItemPhrase + @"\s+(?:(?:by|to|at|of)\s+)?" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex Item();

    // A list separator, then an item as in Item and at most "together" or "combined", which say the item's figures are
    // summed ("and the canal boats together 0.4 million"), then a hedge.
    [GeneratedRegex(@"\G" + ListSeparator + ItemPhrase + @"(?:\s+(?:together|combined))?\s+(?:(?:by|to|at|of)\s+)?" + SpokenHedge.Optional + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItemAfterSeparator();

    // A comma or semicolon (perhaps with "and" or "while"), or "and" alone.
    private const string ListSeparator = @"(?:[,;]\s*(?:and\s+|while\s+)?|\s+and\s+)";

    // A noun phrase of up to seven words with no verb that is not a growth cue or an aside ("up", "an increase of", "or",
    // "accounting for"), perhaps led by a preposition.
    private const string ItemPhrase = @"(?<item>(?:(?<preposition>in|for|to|from|among)\s+)?(?!(?:up|down|or|an?|one|with|rising|falling|growing|increasing|decreasing|declining|together|averaging|adding|accounting|making|reaching|totaling|totalling|representing|compared|which|while|than|including|excluding|it|they|this|that|these|those|each|both|all|year|against|versus|when|so|as|roughly|about|nearly|almost|over|more|less|just|only|then|but|respectively|and)\b)(?!" + Verbs + @")[\p{L}][\p{L}'’()&-]*(?:\s+(?!" + Verbs + @")[\p{L}'’()&-]+){0,6}?)";

    private const string Verbs = @"(?:was|were|is|are|be|been|being|reached|rose|grew|fell|totaled|totalled|came|stood|hit|made|make|makes|earned|accounted|had|has|have|increased|decreased|declined|dropped|jumped|exceeded|saw|recorded|registered|posted|amounted|contributed|took|spent|sold|produced|collected|paid|carried|handled|held|covered|numbered|brought|received|delivered|generated|topped|turned|went|than|which|who|that|compared|accounting|making|representing|including|while|up|down|rising|falling|earning|bringing|taking|reaching|adding|making|totaling|totalling|amounting|leaving|giving|combined|together|with)\b";
}
