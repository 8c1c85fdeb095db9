using System.Collections.Immutable;

namespace BriefingAudit.Core.Vocabulary;

/// <summary>
/// Words that between them name every part of a whole ("urban" and "rural"; "eastern", "central", "western" and
/// "northeast"). A list whose items each name a different member, all of them, is complete: "Of this, urban residents
/// spent 2.61 trillion yuan, and rural residents 540 billion yuan" leaves nothing else, so the parts must add up to
/// the total and not merely stay below it.
/// </summary>
public sealed record Partition(string Id, ImmutableArray<string> Members)
{
    /// <summary>
    /// Whether the labels, one per listed item (the words before each figure), name each member exactly once. A
    /// member matches at the start of a word, so "northeast" also names "northeastern".
    /// </summary>
    public bool IsNamedBy(IReadOnlyList<string> labels)
    {
        if (labels.Count != Members.Length)
        {
            return false;
        }

        // Loops, not queries: every list of a transcript is tried against every partition of the vocabulary.
        var named = new bool[Members.Length];
        foreach (var label in labels)
        {
            var member = -1;
            for (var i = 0; i < Members.Length; i++)
            {
                if (StartsAWord(label, Members[i]))
                {
                    if (member >= 0)
                    {
                        return false;
                    }

                    member = i;
                }
            }

            if (member < 0 || named[member])
            {
                return false;
            }

            named[member] = true;
        }

        return true;
    }

    /// <summary>Whether a word (or a longer word it starts) stands in the text: "northeast" in "the northeastern provinces".</summary>
    public static bool StartsAWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || !char.IsLetter(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
