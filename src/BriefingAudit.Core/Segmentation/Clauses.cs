using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace BriefingAudit.Core.Segmentation;

/// <summary>
/// Where the clauses of a sentence start: "Exports grew 7.2% …, while imports fell by 2.7% …" has two, each with
/// its own subject. Offsets are relative to the sentence.
/// </summary>
public static partial class Clauses
{
    public static ImmutableArray<int> Starts(string sentence)
    {
        var starts = ImmutableArray.CreateBuilder<int>();
        starts.Add(0);
        // Most sentences say neither "while" nor "whereas": without those two readings the pattern starts only at
        // punctuation, not at every space, for the same matches.
        var boundary = WhileOrWhereas().IsMatch(sentence) ? Boundary() : PunctuationBoundary();
        foreach (var match in boundary.EnumerateMatches(sentence))
        {
            starts.Add(match.Index + match.Length);
        }

        return starts.ToImmutable();
    }

    /// <summary>The start of the clause that holds <paramref name="position"/>, from <paramref name="starts"/> (ascending, from 0).</summary>
    /// <remarks>Asked for every figure and mention of a sentence: a loop, where a predicate and its closure were made each time.</remarks>
    public static int StartOf(ImmutableArray<int> starts, int position)
    {
        var result = 0;
        foreach (var start in starts)
        {
            if (start <= position)
            {
                result = start;
            }
        }

        return result;
    }

    /// <summary>Where the clause after <paramref name="position"/> starts, or <paramref name="length"/> (the sentence's) if none does.</summary>
    public static int EndOf(ImmutableArray<int> starts, int position, int length)
    {
        foreach (var start in starts)
        {
            if (start > position)
            {
                return start;
            }
        }

        return length;
    }

    // A colon ends a lead-in ("To put it in numbers: domestic value-added tax brought in …"): what follows has its own subject.
    [GeneratedRegex(@";\s*|；|:\s+|,\s+(?:while|whereas|but|and|with)\s+|\s+while\s+|\s+whereas\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Boundary();

    // Boundary without the readings that start at a space.
    [GeneratedRegex(@";\s*|；|:\s+|,\s+(?:while|whereas|but|and|with)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PunctuationBoundary();

    [GeneratedRegex(@"while|whereas", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WhileOrWhereas();
}
