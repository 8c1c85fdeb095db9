using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// What a gap in percentage points compares, as its sentence says: "Imports grew 2.3% …, 4.8 percentage points
/// slower than exports" compares <see cref="Rate"/> 2.3% with the growth of exports. The base is a rate stated in
/// the same sentence (<see cref="BaseRate"/>: "…, when it grew 4.4%") or, failing that, the rate of a measure the
/// sentence names after "than" (<see cref="BaseMeasure"/> of <see cref="BaseEntity"/>, for the gap's period).
/// Immutable.
/// </summary>
public sealed record RateComparison(Claim Rate, Claim? BaseRate, Term? BaseMeasure = null, EntityRef? BaseEntity = null);
