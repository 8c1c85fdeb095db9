using System.Globalization;
using System.Text;

namespace BriefingAudit.Core.Pipeline;

/// <summary>
/// Part <see cref="Index"/> of <see cref="Count"/> of a run (<c>--shard K/N</c>): a file belongs to the shard its
/// path hashes to (FNV-1a of the '/'-separated path, the same on every machine and run), so N jobs given the same
/// inputs check every file exactly once between them. Immutable.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static Shard Whole => new(1, 1);

    /// <summary>Reads <c>K/N</c> with 1 ≤ K ≤ N; null when the text is not such a pair.</summary>
    public static Shard? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count
            ? new Shard(index, count)
            : null;
    }

    /// <summary>True when the file at <paramref name="path"/> (as the run names it) is in this shard.</summary>
    public bool Contains(string path) => Count <= 1 || (int)(Hash(path.Replace('\\', '/')) % (ulong)Count) == Index - 1;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        return hash;
    }
}
