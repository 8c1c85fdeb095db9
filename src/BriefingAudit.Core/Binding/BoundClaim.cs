using System.Collections.Immutable;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// A claim tied to the vocabulary: its measure, entity and period, and for a share the whole it is a share of.
/// <see cref="Measure"/> is null when the claim could not be tied to a measure; such claims are listed, not checked.
/// <see cref="ComparedTo"/> is the base period of a change between periods ("compared to the first quarter");
/// null for the usual comparison with the same period last year. <see cref="PartOf"/> is the total a figure is
/// listed under ("Of this total, …", "By sector, …"), and <see cref="ClosesList"/> marks the last item of a list
/// that names the rest ("and other sectors 8.39 billion yuan"), so the items must add up to the total. Immutable.
/// </summary>
public sealed record BoundClaim(Claim Claim, Term? Measure, EntityRef Entity, Term? Period, Whole? Whole, string? Note, Term? ComparedTo = null)
{
    /// <summary>Why a figure has no measure, when no word of its sentence names one.</summary>
    public const string NoMeasureNote = "no measure of the vocabulary is named for this figure";

    /// <summary>The note of a rate from the month or quarter before ("fell 0.4% from May"), left apart from the year-on-year rates of its measure.</summary>
    public const string OtherBasisNote = "a change from the month or quarter before, not year on year";

    public Claim? PartOf { get; init; }

    public bool ClosesList { get; init; }

    /// <summary>
    /// For a part listed in sentences of its own before its total ("During the May Day holiday, there were 314 million
    /// trips. … Taken together, the four holidays saw 1.06 billion trips"), the total's sentence, which holds the list
    /// together; null when the part's own sentence does.
    /// </summary>
    public int? ListSentence { get; init; }

    /// <summary>
    /// For a part named in its total's subject ("Lead and zinc together came to …", <see cref="NamedItemsTotal"/>): the
    /// words tie it to that total without making it an item of a list, so it may still be an item of a run of figures
    /// that adds up to a larger total (<c>AddingRuns</c>).
    /// </summary>
    public bool NamedInTotal { get; init; }

    /// <summary>The sentence whose list this part is an item of.</summary>
    public int ListKey => ListSentence ?? Claim.SentenceIndex;

    /// <summary>For a gap in percentage points, the two rates its sentence compares; null when it names none.</summary>
    public RateComparison? Comparison { get; init; }

    /// <summary>For an absolute change, the level and the growth or earlier level its sentence states with it.</summary>
    public LevelChange? ChangeOf { get; init; }

    /// <summary>
    /// For a level, the growth rate its sentence gives with it ("2.61 trillion yuan, up 16.1%", "rose 2.1% to 512.3
    /// billion yuan"), whatever its measure; null when none is said right beside it.
    /// </summary>
    public Claim? Growth { get; init; }

    /// <summary>For a contribution, the share and share change it follows from, with its whole's growth; null when its words do not say them.</summary>
    public ShareShift? ShareShift { get; init; }

    /// <summary>
    /// For a contribution or a change of share whose sentence goes on with the subject of the sentence before ("…, or
    /// 25.3% of the total. It added 2.5 percentage points to growth", "Its share slipped 0.4 percentage point"), the one
    /// share that sentence gave; null otherwise.
    /// </summary>
    public Claim? ShareSaidBefore { get; init; }

    /// <summary>For a figure per something ("959 yuan per trip"), the total and the count it divides; null otherwise.</summary>
    public Quotient? PerUnit { get; init; }

    /// <summary>For a mean (<see cref="ClaimRole.Mean"/>), the figures listed before it that it is the mean of.</summary>
    public ImmutableArray<Claim> Items { get; init; } = [];

    /// <summary>
    /// For a growth rate given for a level in a second currency ("58.94 billion US dollars, down 15.9%"), that
    /// currency: growth in dollars is another figure than growth in yuan. Null for the document's main currency.
    /// </summary>
    public string? Basis { get; init; }

    public bool IsBound => Measure is not null && Period is not null;

    /// <summary>The key under which two claims state the same figure; null for unbound claims.</summary>
    public FigureKey? Key => IsBound ? new FigureKey(Measure!.Id, Entity.Id, Period!.Id, Claim.Role, Basis is null ? Claim.Quantity.Unit : $"{Claim.Quantity.Unit} of {Basis}", Whole?.Measure.Id, Whole?.Entity.Id) : null;

    /// <summary>"total trade of China (national), the first half of the year".</summary>
    public string Describe() =>
        Measure is null ? "an unbound figure"
        : $"{Measure.Name}{(Entity.IsNational ? string.Empty : " of " + Entity.Name)}{(Period is null ? string.Empty : ", " + Period.Name)}";
}
