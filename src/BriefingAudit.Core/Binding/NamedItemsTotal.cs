using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "Lead and zinc together came to 7.13 million tonnes", "Taken together, doctors and nurses came to 10.83 million",
/// "The central and western regions together invested 1.58 trillion yuan", "Guangxi and Fujian lost 16.1 billion yuan
/// between them": a total whose subject names the things it sums, and says they are taken together, is the total of
/// the last amount said of each of them in the speaker's turn (of its unit, kind and period). The subject names every
/// part, so the parts must add up to it (BA2010). Each thing must be named by its own words before exactly its figure:
/// the words that set it apart from the others ("central", "western"), not the head they share ("regions").
/// </summary>
internal static partial class NamedItemsTotal
{
    /// <summary>Marks the parts of a total of <paramref name="sentence"/> (its claims the last of <paramref name="claims"/>) that its subject names.</summary>
    public static void Mark(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int turnStart, SegmentedDocument document)
    {
        // Every form says " and " and that the things are taken together; most sentences say neither, and no pattern is
        // run for them.
        if (!sentence.Text.Contains(" and ", StringComparison.OrdinalIgnoreCase) || sentence.Text.AsSpan().IndexOfAny(TogetherWords) < 0)
        {
            return;
        }

        ImmutableArray<Sentence>? sentences = null;
        for (var t = Breakdowns.FirstOfSentence(sentence, claims, paragraphStart); t < claims.Count; t++)
        {
            if (claims[t] is not { Claim.Role: ClaimRole.Level or ClaimRole.Count, Claim.Sign: > 0 } total
                || NamedThings(sentence, total.Claim) is not { } things)
            {
                continue;
            }

            sentences ??= document.SentencesByIndex();
            var parts = LastFigureOfEach(things, claims, turnStart, t, total, sentences.Value, document.Document.Text);
            if (parts is null)
            {
                continue;
            }

            foreach (var part in parts)
            {
                claims[part] = claims[part] with { PartOf = total.Claim, ListSentence = sentence.Index, ClosesList = part == parts[0], NamedInTotal = true };
            }
        }
    }

    /// <summary>
    /// The words that name each thing the subject right before <paramref name="total"/> takes together, without the head
    /// they share ("the central and western regions" → central, western); null when the words before the total are no
    /// such subject, or do not say that the things are taken together.
    /// </summary>
    private static List<string[]>? NamedThings(Sentence sentence, Claim total)
    {
        var start = total.Span.Start - sentence.Start;
        var subject = TakenTogetherSubject().Match(sentence.Text, 0, start);
        if (!subject.Success
            || !(subject.Groups["before"].Success || subject.Groups["cue"].Success || Breakdowns.TakenTogetherAfter().IsMatch(sentence.Text, total.Span.End - sentence.Start)))
        {
            return null;
        }

        var items = subject.Groups["item"].Captures.Select(c => Words(c.Value)).ToList();
        if (items.Any(i => i.Length == 0))
        {
            return null;
        }

        // "the central and western regions": each earlier item is a modifier of the last one's head noun.
        if (items[^1].Length > 1 && items.Take(items.Count - 1).All(i => i.Length == 1))
        {
            items[^1] = items[^1][..^1];
        }

        return items;
    }

    /// <summary>
    /// For each thing, the last amount before the total in the turn whose own words (from the figure before it in its
    /// sentence, or the sentence's start) name it; null unless each thing names exactly one figure, and another. A figure
    /// already listed under another total stays there: taking it away would break that list to make this one.
    /// </summary>
    private static List<int>? LastFigureOfEach(List<string[]> things, ImmutableArray<BoundClaim>.Builder claims, int turnStart, int totalIndex, BoundClaim total, ImmutableArray<Sentence> sentences, string text)
    {
        var parts = new List<int>(things.Count);
        foreach (var thing in things)
        {
            var found = -1;
            for (var i = totalIndex - 1; i >= turnStart && found < 0; i--)
            {
                var part = claims[i];
                if (part.Claim.Role == total.Claim.Role && part.Claim.Quantity.Unit == total.Claim.Quantity.Unit && part.Claim.Sign > 0
                    && part.Period?.Id == total.Period?.Id && part.Claim.Interval.Upper < total.Claim.Interval.Lower
                    && part.PartOf is null
                    && Names(OwnWords(claims, i, sentences, text), thing))
                {
                    found = i;
                }
            }

            if (found < 0 || parts.Contains(found))
            {
                return null;
            }

            parts.Add(found);
        }

        return parts;
    }

    /// <summary>The words before a figure that are its own: from the figure before it in its sentence, or from the sentence's start.</summary>
    internal static string OwnWords(ImmutableArray<BoundClaim>.Builder claims, int index, ImmutableArray<Sentence> sentences, string text)
    {
        var claim = claims[index].Claim;
        var from = index > 0 && claims[index - 1].Claim.SentenceIndex == claim.SentenceIndex ? claims[index - 1].Claim.Span.End : sentences[claim.SentenceIndex].Start;
        return text[from..claim.Span.Start];
    }

    private static bool Names(string words, string[] thing) =>
        OpenMeasure.ContentWords(words).ToHashSet() is var own && thing.All(own.Contains);

    // Content words: lower case and singular, without the words that name nothing ("the", "their").
    private static string[] Words(string phrase) => [.. OpenMeasure.ContentWords(phrase)];

    /// <summary>Words that say the figures before are taken together.</summary>
    internal static readonly SearchValues<string> TogetherWords = SearchValues.Create(["together", "combined", "between them", "in all"], StringComparison.OrdinalIgnoreCase);

    // "Taken together, doctors and nurses came to", "the central and western regions together invested", "Lead and zinc
    // together came to", "Guangxi and Fujian lost" (with "between them" after the total): two or more things of at most
    // three words each, the last after "and", that open their clause, then at most three words of a verb.
    [GeneratedRegex(@"(?:^|[,;:]\s+(?:(?:and|so|while|but|whereas)\s+)?|\b(?:and|so)\s+)(?<before>(?:taken\s+together|put\s+together|together|combined)\s*,\s*)?(?:the\s+)?(?<item>\p{L}[\p{L}'’-]*(?:\s+(?!and\b)\p{L}[\p{L}'’-]*){0,2})(?:\s*,\s*(?<item>\p{L}[\p{L}'’-]*(?:\s+(?!and\b)\p{L}[\p{L}'’-]*){0,2}))*\s*,?\s+and\s+(?:the\s+)?(?<item>\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}?)\s+(?:(?<cue>together|combined|taken\s+together)\s+)?(?:(?!(?:together|combined|taken)\b)[\p{L}-]+\s+){0,2}(?!(?:together|combined|taken)\b)[\p{L}-]+\s+(?:(?:about|nearly|some|almost|over|more\s+than)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TakenTogetherSubject();
}
