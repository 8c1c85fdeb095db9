using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>What a share is a share of: "of China's total foreign trade" is total trade of the nation.</summary>
public sealed record Whole(Term Measure, EntityRef Entity);
