namespace BriefingAudit.Core.Configuration;

/// <summary>
/// One recorded finding: the file (relative to the baseline file's folder, '/'-separated), the rule, the
/// <see cref="Checking.Finding.Fingerprint"/> and the message, so a person reading the file sees what it was.
/// </summary>
public sealed record BaselineEntry(string Path, string Rule, string Fingerprint, string Message);
