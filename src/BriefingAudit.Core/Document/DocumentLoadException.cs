namespace BriefingAudit.Core.Document;

/// <summary>An input that cannot be read as a transcript; the message is one line meant for the user.</summary>
public sealed class DocumentLoadException(string path, string reason, Exception? inner = null)
    : Exception($"{path}: {reason}", inner)
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
