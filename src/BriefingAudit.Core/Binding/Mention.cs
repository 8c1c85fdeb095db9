using System.Collections.Immutable;
using System.Runtime.InteropServices;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// Something a sentence names at a position: a measure, an entity (of the vocabulary, a phrase, the nation or a
/// pronoun), or a period. Offsets are relative to the sentence.
/// </summary>
internal sealed record Mention(int Start, int End, MentionKind Kind, Term? Term = null, EntityRef? Entity = null)
{
    /// <summary>A measure named with an indefinite article ("with a trade volume exceeding …"): a threshold, not a figure.</summary>
    public bool Generic { get; init; }

    /// <summary>A period named as a comparison base ("compared to the first quarter").</summary>
    public bool Comparison { get; init; }

    /// <summary>A clause subject the vocabulary does not know: the clause speaks of something else.</summary>
    public bool Subject { get; init; }

    /// <summary>
    /// The mentions in the order a sentence names them: by place, and at one place by kind, the order of
    /// <c>OrderBy(Start).ThenBy(Kind)</c>, keeping the order they were found in otherwise. Every sentence is analysed and
    /// most of its mentions are found in order already, so an insertion sort does it in one pass, where the query made
    /// two key arrays, an index map and its enumerators for each sentence.
    /// </summary>
    public static ImmutableArray<Mention> InTextOrder(IEnumerable<Mention> mentions)
    {
        var ordered = mentions.ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            var mention = ordered[i];
            var j = i - 1;
            // Strictly after only: one equal in place and kind stays before it, as in a stable sort.
            while (j >= 0 && (ordered[j].Start > mention.Start || (ordered[j].Start == mention.Start && ordered[j].Kind > mention.Kind)))
            {
                ordered[j + 1] = ordered[j];
                j--;
            }

            ordered[j + 1] = mention;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(ordered);
    }
}
