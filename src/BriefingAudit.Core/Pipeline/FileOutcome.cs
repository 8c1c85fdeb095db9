namespace BriefingAudit.Core.Pipeline;

/// <summary>One input of a run: checked, with its result, or failed, with a one-line reason. Immutable.</summary>
public sealed record FileOutcome(string Path, AuditResult? Result, string? Error)
{
    public bool Failed => Result is null;

    public static FileOutcome Checked(string path, AuditResult result) => new(path, result, null);

    public static FileOutcome Failure(string path, string error) => new(path, null, error);
}
