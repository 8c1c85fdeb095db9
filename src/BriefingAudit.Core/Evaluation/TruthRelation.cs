using System.Collections.Immutable;

namespace BriefingAudit.Core.Evaluation;

/// <summary>A consistent relation the transcript states (sum, share, gap, restatement, growth …) and its figures.</summary>
public sealed record TruthRelation(string Kind, ImmutableArray<TruthFigure> Figures);
