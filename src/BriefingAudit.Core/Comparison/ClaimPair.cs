namespace BriefingAudit.Core.Comparison;

/// <summary>
/// One line of an alignment: a figure of the source and its figure in the translation; either side is null when the
/// other has no counterpart. Immutable.
/// </summary>
public sealed record ClaimPair(ComparedClaim? Source, ComparedClaim? Target);
