namespace BriefingAudit.Core.Segmentation;

/// <summary>
/// Clauses of a Chinese sentence: split at ，；：。 (and their ASCII forms), not at 、, which lists items of one
/// clause (对欧盟、韩国、日本等进出口). Offsets are relative to the sentence.
/// </summary>
public static class ChineseClauses
{
    private static readonly char[] Marks = ['，', '；', '：', '。', ',', ';', ':'];

    /// <summary>Where the clause holding <paramref name="position"/> starts.</summary>
    public static int Start(string sentence, int position) =>
        position <= 0 ? 0 : sentence.LastIndexOfAny(Marks, Math.Min(position, sentence.Length) - 1) + 1;

    /// <summary>Where the clause holding <paramref name="position"/> ends (its mark, or the end of the sentence).</summary>
    public static int End(string sentence, int position)
    {
        var mark = position >= sentence.Length ? -1 : sentence.IndexOfAny(Marks, Math.Max(0, position));
        return mark < 0 ? sentence.Length : mark;
    }
}
