namespace BriefingAudit.Core.Pipeline;

/// <summary>
/// Turns a run's inputs into files, lazily and in a fixed order: named files and <c>-</c> as given; folders
/// recursively, filtered by an <see cref="InputFilter"/>, in ordinal path order; each file once; only the
/// files of the <see cref="Shard"/>.
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

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        return Directory.EnumerateFiles(input, "*", options)
            .Where(f => filter.Matches(Path.GetRelativePath(input, f)))
            .Order(StringComparer.Ordinal);
    }
}
