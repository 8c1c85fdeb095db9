using System.Collections.Immutable;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking;

/// <summary>
/// A relation that cannot hold: which rule, how serious, the arithmetic in words, where, and every claim involved.
/// <see cref="Expected"/> is what the other figures allow; <see cref="Stated"/> what the cited figure allows.
/// Immutable.
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Title,
    string Message,
    SourceSpan Location,
    ImmutableArray<Claim> Claims,
    Interval? Expected,
    Interval? Stated,
    string HelpPath)
{
    /// <summary>
    /// Identifies the finding across edits that move lines: the rule and the texts of its claims, not positions.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            var material = RuleId + "|" + string.Join("|", Claims.Select(c => c.Text.Trim().ToLowerInvariant()).Order(StringComparer.Ordinal));
            var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(material));
            return Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
        }
    }
}
