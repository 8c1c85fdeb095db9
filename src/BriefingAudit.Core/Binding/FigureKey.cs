using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Binding;

/// <summary>Identifies one figure of a briefing: two claims with equal keys must agree.</summary>
public sealed record FigureKey(string Measure, string Entity, string Period, ClaimRole Role, string Unit, string? WholeMeasure, string? WholeEntity);
