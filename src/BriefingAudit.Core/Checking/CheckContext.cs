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
        change.Role == ClaimRole.Change && !Claims.Any(c => c.Claim.SentenceIndex == change.SentenceIndex && c.Claim.Quantity.Dimension == UnitDimension.Currency);

    /// <summary>The currency most of the transcript's amounts are in; growth rates are in it unless marked (<see cref="BoundClaim.Basis"/>).</summary>
    public string? MainCurrency { get; } = ClaimBinder.MainCurrency(Claims);

    /// <summary>The sum relations of every sum rule: growth checks reuse them.</summary>
    public IEnumerable<SumRelation> SumRelations => Rules.Rules.Where(r => r.Kind == CheckKinds.Sum).SelectMany(r => r.Relations);
}
