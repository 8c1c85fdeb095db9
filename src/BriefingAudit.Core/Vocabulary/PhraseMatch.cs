namespace BriefingAudit.Core.Vocabulary;

/// <summary>One occurrence of a vocabulary phrase in a sentence (offsets relative to the searched text).</summary>
public sealed record PhraseMatch<T>(int Start, int Length, string Text, T Value)
{
    public int End => Start + Length;
}
