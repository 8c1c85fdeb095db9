using System.Collections.Immutable;

namespace BriefingAudit.Core.Evaluation;

/// <summary>What a corpus transcript is known to say: every claim, every consistent relation, every planted slip.</summary>
public sealed record Truth(ImmutableArray<TruthFigure> Claims, ImmutableArray<TruthRelation> Relations, ImmutableArray<PlantedError> Planted);
