using System.Collections.Immutable;

namespace BriefingAudit.Core.Vocabulary;

/// <summary>
/// A unit a figure can carry: a currency ("yuan"), a counted noun ("enterprises") or a unit of measure ("tonnes", "TEU",
/// <see cref="IsMeasure"/>). A translation may name what is counted in its own words (人次 as "trips"), but a measure
/// in another unit is another figure (千瓦 as "kilowatt-hours").
/// </summary>
public sealed record UnitTerm(string Id, string Name, UnitDimension Dimension, ImmutableArray<string> Aliases, bool IsMeasure = false);
