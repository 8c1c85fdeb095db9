using System.IO.Enumeration;

namespace BriefingAudit.Core.Pipeline;

/// <summary>
/// Turns a run's inputs into files, lazily and in a fixed order: named files and <c>-</c> as given; folders
/// recursively, filtered by an <see cref="InputFilter"/>, in ordinal path order; each file once; only the
/// files of the <see cref="Shard"/>. Symbolic links to folders are not followed, so a link back up the tree
/// cannot loop; links to files are checked.
/// </summary>
public static class InputExpander
{
    public static IEnumerable<string> Expand(IEnumerable<string> inputs, InputFilter? filter = null, Shard? shard = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        filter ??= InputFilter.Default;
        var part = shard ?? Shard.Whole;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            foreach (var file in Files(input, filter))
            {
                if ((file == "-" || seen.Add(Path.GetFullPath(file))) && part.Contains(file))
                {
                    yield return file;
                }
            }
        }
    }

    private static IEnumerable<string> Files(string input, InputFilter filter)
    {
        if (input == "-" || !Directory.Exists(input))
        {
            return [input];
        }

        return FilesUnder(input)
            .Where(f => filter.Matches(Path.GetRelativePath(input, f)))
            .Order(StringComparer.Ordinal);
    }

    private static FileSystemEnumerable<string> FilesUnder(string folder) =>
        new(folder, (ref FileSystemEntry entry) => AsGiven(ref entry), new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };

    /// <summary>The path under the folder as the user wrote it ("samples/x.txt"), not made absolute.</summary>
    private static string AsGiven(ref FileSystemEntry entry) =>
        Path.Join(entry.OriginalRootDirectory, entry.Directory[entry.RootDirectory.Length..], entry.FileName);
}
