namespace BriefingAudit.Cli.Tests;

/// <summary>A fact about symbolic links, named pipes or permissions, which behave this way only on Linux and macOS.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs Unix file semantics (symbolic links, named pipes, chmod)";
        }
    }
}
