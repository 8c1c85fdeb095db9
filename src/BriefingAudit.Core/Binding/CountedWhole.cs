using System.Text.RegularExpressions;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "In the first half, the three harbour funds had revenue of 5.4 billion yuan, of which …": a total said to be of a
/// number of things is all of them, so a list under it with as many items leaves nothing out.
/// </summary>
internal static partial class CountedWhole
{
    /// <summary>How far before a total its count may stand: the words of its own clause, not the sentence's.</summary>
    private const int Reach = 80;

    private static readonly string[] CountWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>A count word <see cref="Number"/> reads, as the pattern group "count".</summary>
    public const string CountWord = "(?<count>two|three|four|five|six|seven|eight|nine|ten)";

    /// <summary>The number a count word says ("three" is 3), from two to ten.</summary>
    public static int Number(string word) => Array.FindIndex(CountWords, w => w.Equals(word, StringComparison.OrdinalIgnoreCase)) + 2;

    /// <summary>
    /// The number of things the words right before a total (at <paramref name="totalStart"/> in <paramref name="text"/>)
    /// say it is of ("the three funds had revenue of"), or null when they name none. Asked only of a total with a list.
    /// </summary>
    public static int? CountBefore(string text, int totalStart)
    {
        var from = Math.Max(0, totalStart - Reach);
        var clause = text.AsSpan(from, totalStart - from).LastIndexOfAny(',', ';');
        var start = clause < 0 ? from : from + clause + 1;
        var counted = Counted().Match(text, start, totalStart - start);
        return counted.Success ? Number(counted.Groups["count"].Value) : null;
    }

    // "the three funds", "these four enterprises", "its two subsidiaries": a determiner, then the count.
    [GeneratedRegex(@"\b(?:the|these|those|its|their|all)\s+" + CountWord + @"(?=\s+[\p{L}-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Counted();
}
