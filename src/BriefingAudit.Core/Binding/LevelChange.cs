using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// The figures of its sentence an absolute change is the change of: "706,000 enterprises …, an increase of 61,000,
/// or 9.5%" gives <see cref="Level"/> and <see cref="Growth"/>; "1,550 hours, 116 hours fewer than …, when it was
/// 1,666 hours" gives <see cref="Level"/> and <see cref="Previous"/>. At least one of the two is set. Immutable.
/// </summary>
public sealed record LevelChange(Claim Level, Claim? Growth, Claim? Previous);
