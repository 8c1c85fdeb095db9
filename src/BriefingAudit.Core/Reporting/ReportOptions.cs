namespace BriefingAudit.Core.Reporting;

/// <summary>
/// How to write: with terminal colours or not, the folder paths are shown relative to, and the file a CI step
/// summary is appended to (GitHub's <c>GITHUB_STEP_SUMMARY</c>; the caller reads the environment, not reporters).
/// </summary>
public sealed record ReportOptions(bool Color = false, string? BaseDirectory = null, string? StepSummaryPath = null)
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
