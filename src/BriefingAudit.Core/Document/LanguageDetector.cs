namespace BriefingAudit.Core.Document;

/// <summary>
/// Tells Chinese from English by the letters of the text: a transcript with a fifth or more of its letters Han
/// characters is Chinese. An English transcript quoting a Chinese name stays English; a Chinese one with English
/// abbreviations (GDP, ASEAN) stays Chinese, since one Han character stands for a word of several letters.
/// </summary>
public static class LanguageDetector
{
    public static Language Detect(string text)
    {
        int han = 0, letters = 0;
        foreach (var c in text)
        {
            if (ChineseText.IsIdeograph(c))
            {
                han++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 0 && han * 5 >= letters ? Language.Chinese : Language.English;
    }

    /// <summary>"zh", "zh-cn", "chinese" → Chinese; "en", "english" → English; null for anything else.</summary>
    public static Language? Parse(string name) => name.ToLowerInvariant() switch
    {
        "zh" or "zh-cn" or "zh-hans" or "cn" or "chinese" => Language.Chinese,
        "en" or "en-us" or "en-gb" or "english" => Language.English,
        _ => null,
    };
}
