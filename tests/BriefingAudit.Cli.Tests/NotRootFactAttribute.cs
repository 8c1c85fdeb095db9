namespace BriefingAudit.Cli.Tests;

/// <summary>A fact about file permissions: root reads a file whatever its mode, so the test is skipped, saying so.</summary>
public sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs Unix file modes";
        }
        else if (Environment.IsPrivilegedProcess)
        {
            Skip = "running as root, which reads a file whatever its mode: chmod 000 cannot make it unreadable";
        }
    }
}
