using System.Collections.Immutable;

namespace BriefingAudit.Core.Vocabulary;

/// <summary>A unit a figure can carry: a currency ("yuan") or a counted noun ("enterprises", "TEU").</summary>
public sealed record UnitTerm(string Id, string Name, UnitDimension Dimension, ImmutableArray<string> Aliases);
