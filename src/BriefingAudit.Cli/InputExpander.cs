using System.IO.Enumeration;

namespace BriefingAudit.Cli;

/// <summary>
/// Turns the command line's inputs into files: folders recursively (.txt .md .html .htm .docx), in name order.
/// Symbolic links to folders are not followed, so a link back up the tree cannot loop; links to files are checked.
/// </summary>
internal static class InputExpander
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".docx"];

    public static IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input != "-" && Directory.Exists(input))
            {
                foreach (var file in Files(input).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return input;
            }
        }
    }

    private static FileSystemEnumerable<string> Files(string folder) =>
        new(folder, (ref FileSystemEntry entry) => AsGiven(ref entry), new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && Extensions.Contains(Path.GetExtension(entry.FileName).ToString(), StringComparer.OrdinalIgnoreCase),
        };

    /// <summary>The path under the folder as the user wrote it ("samples/x.txt"), not made absolute.</summary>
    private static string AsGiven(ref FileSystemEntry entry) =>
        Path.Join(entry.OriginalRootDirectory, entry.Directory[entry.RootDirectory.Length..], entry.FileName);
}
