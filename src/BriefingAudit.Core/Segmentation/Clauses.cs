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
        foreach (Match match in Boundary().Matches(sentence))
        {
            starts.Add(match.Index + match.Length);
        }

        return starts.ToImmutable();
    }

    [GeneratedRegex(@";\s*|；|,\s+(?:while|whereas|but|and|with)\s+|\s+while\s+|\s+whereas\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Boundary();
}
