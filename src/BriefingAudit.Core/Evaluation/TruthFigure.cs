namespace BriefingAudit.Core.Evaluation;

/// <summary>A figure of a truth file: the number exactly as written on its line, and its unit or role.</summary>
public sealed record TruthFigure(int Line, string Number, string? Unit, string? Role);
