using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Pipeline;

/// <summary>
/// What one input may cost: its size in bytes (checked before it is read) and the time to check it.
/// Immutable. A <see cref="Timeout"/> of <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> means no limit.
/// </summary>
public sealed record InputLimits(long MaxFileBytes, TimeSpan Timeout)
{
    public const long DefaultMaxFileBytes = DocumentLoader.DefaultMaxFileBytes;

    public const int DefaultTimeoutSeconds = 30;

    public static InputLimits Default { get; } = new(DefaultMaxFileBytes, TimeSpan.FromSeconds(DefaultTimeoutSeconds));
}
