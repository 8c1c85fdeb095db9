namespace BriefingAudit.Core.Binding;

/// <summary>
/// Two forms of one word, as a reader takes them when a figure is said again: the verb that says what was done and the
/// noun that names the doing ("delivered" and "delivery", "installed" and "installation", "completed" and "completion",
/// "operating" and "operation"), or two forms of the verb ("traded" and "trading"). Words are compared as
/// <see cref="OpenMeasure.ContentWords"/> gives them: lower case and singular.
/// </summary>
internal static class WordForms
{
    // The endings of a verb's forms and of the nouns made from it, and what a stem may end without ("trade", "delivery").
    private static readonly string[] Endings = ["ation", "ion", "ement", "ment", "ing", "ed", "y", "e", ""];

    // Endings only a verb or a noun of its doing has: two words must differ by one of them ("part" and "party", "count"
    // and "county" do not).
    private static readonly string[] Verbal = ["ation", "ion", "ement", "ment", "ing", "ed"];

    /// <summary>
    /// Stems shorter than this are too short to tell ("used" and "us", "need" and "ne"): most such words are whole, not
    /// a stem and an ending.
    /// </summary>
    private const int MinStem = 4;

    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> are the same word or one stem with two endings, at least
    /// one of which only a verb or a noun of its doing has.
    /// </summary>
    public static bool AreOneWord(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var x in Endings)
        {
            if (!a.EndsWith(x, StringComparison.Ordinal) || a.Length - x.Length < MinStem)
            {
                continue;
            }

            var stem = a.Length - x.Length;
            foreach (var y in Endings)
            {
                if (!string.Equals(x, y, StringComparison.Ordinal) && (Verbal.Contains(x) || Verbal.Contains(y))
                    && b.Length - y.Length == stem && b.EndsWith(y, StringComparison.Ordinal)
                    && string.CompareOrdinal(a, 0, b, 0, stem) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
