namespace BriefingAudit.Core.Pipeline;

/// <summary>
/// One input of a run: checked, with its result, or failed, with a one-line reason. Immutable.
/// <see cref="Detail"/> is the full story of a failure (exception types and messages) for <c>--verbose</c>.
/// </summary>
public sealed record FileOutcome(string Path, AuditResult? Result, string? Error)
{
    public bool Failed => Result is null;

    public string? Detail { get; init; }

    /// <summary>This outcome with <see cref="AuditResult.Slim"/> applied: what a long run keeps of each file.</summary>
    public FileOutcome Slim() => Result is null ? this : this with { Result = Result.Slim() };

    public static FileOutcome Checked(string path, AuditResult result) => new(path, result, null);

    public static FileOutcome Failure(string path, string error, string? detail = null) => new(path, null, error) { Detail = detail };
}
