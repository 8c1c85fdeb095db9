using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Configuration;

/// <summary>A rule's severity as the configuration sets it (null: the rule is off), and where, for error messages.</summary>
public sealed record SeverityOverride(string RuleId, Severity? Severity, int Line, int Column);
