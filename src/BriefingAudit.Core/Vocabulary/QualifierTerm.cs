using System.Collections.Immutable;

namespace BriefingAudit.Core.Vocabulary;

/// <summary>
/// A hedge ("more than", "nearly") and its effect. <see cref="Slack"/> is a fraction of the figure
/// (0.1 = 10%) used by <see cref="QualifierEffect.Nearly"/> and <see cref="QualifierEffect.About"/>.
/// </summary>
public sealed record QualifierTerm(string Id, QualifierEffect Effect, decimal Slack, ImmutableArray<string> Words);
