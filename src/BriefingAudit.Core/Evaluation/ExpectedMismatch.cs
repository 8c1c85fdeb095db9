namespace BriefingAudit.Core.Evaluation;

/// <summary>
/// A mismatch written into a compare pair on purpose: its kind (a compare rule kind, such as
/// <c>qualifier-mismatch</c>) and the figure of the source and of the translation it is about; a missing figure has
/// no translation side, an extra one no source side.
/// </summary>
public sealed record ExpectedMismatch(string Kind, TruthFigure? Source, TruthFigure? Target);
