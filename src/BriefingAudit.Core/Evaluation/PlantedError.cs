using System.Collections.Immutable;

namespace BriefingAudit.Core.Evaluation;

/// <summary>An inconsistency written into a corpus transcript on purpose: the wrong figure and what it contradicts.</summary>
public sealed record PlantedError(string Kind, TruthFigure Figure, ImmutableArray<TruthFigure> Cites);
