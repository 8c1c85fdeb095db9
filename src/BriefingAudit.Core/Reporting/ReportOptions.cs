namespace BriefingAudit.Core.Reporting;

/// <summary>How to write: with terminal colours or not, and the folder paths are shown relative to.</summary>
public sealed record ReportOptions(bool Color = false, string? BaseDirectory = null)
{
    public string DisplayPath(string path)
    {
        if (BaseDirectory is null || path == "-" || !Path.IsPathRooted(path) && !File.Exists(path))
        {
            return path.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(BaseDirectory, Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }
}
