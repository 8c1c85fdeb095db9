namespace BriefingAudit.Core.Configuration;

/// <summary>A configuration or baseline file that cannot be used; the message reads <c>path:line:col: reason</c>.</summary>
public sealed class ConfigurationException(string path, int line, int column, string reason, Exception? inner = null)
    : Exception($"{path}:{line}:{column}: {reason}", inner)
{
    public string Path { get; } = path;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Reason { get; } = reason;
}
