namespace BriefingAudit.Core.Rules;

/// <summary>How serious a finding is. Ordered: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
