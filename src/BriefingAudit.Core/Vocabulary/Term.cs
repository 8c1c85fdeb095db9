using System.Collections.Immutable;

namespace BriefingAudit.Core.Vocabulary;

/// <summary>
/// A named thing of the rule vocabulary (a measure, an entity or a period) and the words that name it.
/// <see cref="Dimension"/> says what a measure's levels are in: money (the default), a count, or a rate in percent.
/// <see cref="Days"/> is a period's length, for averages ("daily trade averaging …").
/// </summary>
public sealed record Term(string Id, string Name, TermKind Kind, ImmutableArray<string> Aliases, UnitDimension Dimension = UnitDimension.Currency, int? Days = null)
{
    /// <summary>
    /// A month named by its last day ("at the end of June"): what stood then also stood at the close of a longer period
    /// that ends with that month. Set by the reading of a sentence, never by the vocabulary.
    /// </summary>
    public bool AtItsEnd { get; init; }
}
