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
}
