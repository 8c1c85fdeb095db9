namespace BriefingAudit.Core.Document;

/// <summary>Character facts about Chinese text that every stage needs: which characters are Han, and full-width forms.</summary>
public static class ChineseText
{
    /// <summary>True for a Han character (CJK Unified Ideographs and Extension A), the characters Chinese is written in.</summary>
    public static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>
    /// Full-width digits, point, percent and signs as their ASCII forms. One character for one, so offsets into the
    /// result are offsets into the text.
    /// </summary>
    public static string ToHalfWidth(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '０' and <= '９' or '．' or '％' or '－' or '＋')
            {
                chars[i] = (char)(chars[i] - 0xFEE0);
            }
        }

        return new string(chars);
    }
}
