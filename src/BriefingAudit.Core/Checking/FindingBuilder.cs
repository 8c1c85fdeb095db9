using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking;

/// <summary>Makes a finding of a rule: the cited claim is the location, all claims involved are listed once.</summary>
internal static class FindingBuilder
{
    public static Finding Create(Rule rule, string message, BoundClaim at, IEnumerable<BoundClaim> involved, Interval? expected, Interval? stated) =>
        Create(rule, message, at, involved.Select(c => c.Claim), expected, stated);

    /// <summary>A finding on figures related by their sentence (<see cref="BoundClaim.Items"/>, <see cref="BoundClaim.Comparison"/>).</summary>
    public static Finding Create(Rule rule, string message, BoundClaim at, IEnumerable<Claim> involved, Interval? expected, Interval? stated) =>
        Create(rule, message, at.Claim, involved, expected, stated);

    /// <summary>A finding at a figure found by its sentence's words rather than bound (<see cref="BoundClaim.Growth"/>).</summary>
    public static Finding Create(Rule rule, string message, Claim at, IEnumerable<Claim> involved, Interval? expected, Interval? stated)
    {
        var claims = involved.Prepend(at).Distinct().OrderBy(c => c.Span.Start).ToList();
        return new Finding(rule.Id, rule.Severity, rule.Title, message, at.Span, [.. claims], expected, stated, rule.HelpPath);
    }
}
