using System.Collections.Immutable;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking;

/// <summary>
/// What a check sees of one transcript: its bound claims, the figures as stated, the figures narrowed by the
/// sums they satisfy (for derived relations), and the rule set. Immutable.
/// </summary>
public sealed record CheckContext(ImmutableArray<BoundClaim> Claims, FigureTable Figures, FigureTable Tightened, RuleSet Rules)
{
    public static CheckContext Create(ImmutableArray<BoundClaim> claims, RuleSet rules)
    {
        var figures = new FigureTable(claims);
        var sums = rules.Rules.Where(r => r.Kind == CheckKinds.Sum).SelectMany(r => r.Relations);
        return new CheckContext(claims, figures, figures.Tighten(sums), rules);
    }

    /// <summary>
    /// Whether a growth rate may be in any of the briefing's currencies: it has no amount of money in its sentence
    /// to say which ("Agricultural imports fell by 5%" in a briefing that gives them in yuan and in US dollars).
    /// </summary>
    public bool CurrencyOpen(Claim change) =>
        change.Role == ClaimRole.Change && !InSentenceOf(change).Any(c => c.Claim.Quantity.Dimension == UnitDimension.Currency);

    /// <summary>
    /// The claims of each sentence, in the order said. Checks look beside nearly every rate, share and gap for the
    /// other figures of its sentence; a search of the whole transcript's claims for each one grew with the square of
    /// the transcript's length.
    /// </summary>
    private ILookup<int, BoundClaim> BySentence { get; } = Claims.ToLookup(c => c.Claim.SentenceIndex);

    /// <summary>The claims said in the sentence of <paramref name="claim"/> (itself among them), in the order said.</summary>
    public IEnumerable<BoundClaim> InSentenceOf(Claim claim) => BySentence[claim.SentenceIndex];

    /// <summary>The currencies the transcript's amounts are in: asked for every level that may be in another than the main one.</summary>
    public IReadOnlySet<string> Currencies { get; } = Claims.Where(c => c.Claim.Quantity.Dimension == UnitDimension.Currency).Select(c => c.Claim.Quantity.Unit).ToHashSet(StringComparer.Ordinal);

    /// <summary>The currency most of the transcript's amounts are in; growth rates are in it unless marked (<see cref="BoundClaim.Basis"/>).</summary>
    public string? MainCurrency { get; } = ClaimBinder.MainCurrency(Claims);

    /// <summary>The sum relations of every sum rule: growth checks reuse them.</summary>
    public IEnumerable<SumRelation> SumRelations => Rules.Rules.Where(r => r.Kind == CheckKinds.Sum).SelectMany(r => r.Relations);
}
