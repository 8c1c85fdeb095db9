using System.Collections.Immutable;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Checking;

/// <summary>The figures of one transcript, found by key. Immutable.</summary>
public sealed class FigureTable
{
    private readonly Dictionary<FigureKey, Figure> _figures;

    public FigureTable(IEnumerable<BoundClaim> claims)
    {
        _figures = claims
            .Where(c => c.Key is not null)
            .GroupBy(c => c.Key!)
            .ToDictionary(g => g.Key, g => Figure.From(g.Key, g));
    }

    public IEnumerable<Figure> All => _figures.Values.OrderBy(f => f.First.Claim.Span.Start);

    public Figure? Find(FigureKey key) => _figures.GetValueOrDefault(key);

    /// <summary>The level of a measure for an entity and period, in whichever unit it was stated.</summary>
    public IEnumerable<Figure> Levels(string measure, string entity, string period) =>
        _figures.Values.Where(f => f.Key.Measure == measure && f.Key.Entity == entity && f.Key.Period == period
            && f.Key.Role is ClaimRole.Level or ClaimRole.Count);

    public Figure? Change(string measure, string entity, string period) =>
        _figures.Values.FirstOrDefault(f => f.Key.Measure == measure && f.Key.Entity == entity && f.Key.Period == period && f.Key.Role == ClaimRole.Change);
}
