namespace BriefingAudit.Cli;

/// <summary>Turns the command line's inputs into files: folders recursively (.txt .md .html .htm .docx), in name order.</summary>
internal static class InputExpander
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".docx"];

    public static IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input != "-" && Directory.Exists(input))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
                foreach (var file in Directory.EnumerateFiles(input, "*", options)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal))
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
}
