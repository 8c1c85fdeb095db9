namespace BriefingAudit.Cli;

/// <summary>A command line that cannot be run; the message is shown with the usage and exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
