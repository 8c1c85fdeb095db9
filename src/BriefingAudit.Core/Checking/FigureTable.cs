using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking;

/// <summary>The figures of one transcript, found by key. Immutable.</summary>
public sealed class FigureTable
{
    private readonly Dictionary<FigureKey, Figure> _figures;

    public FigureTable(IEnumerable<BoundClaim> claims)
    {
        // Each claim's key made once (it is worked out on each ask).
        _figures = claims
            .Select(c => (Claim: c, c.Key))
            .Where(c => c.Key is not null)
            .GroupBy(c => c.Key!, c => c.Claim)
            .ToDictionary(g => g.Key, g => Figure.From(g.Key, g));
    }

    /// <summary>
    /// A table of the same keys as <paramref name="sameKeys"/>, some of their figures narrowed: it takes that table's
    /// order and levels instead of sorting again (each pass of <see cref="Tighten"/> made a table, and sorted it).
    /// </summary>
    private FigureTable(Dictionary<FigureKey, Figure> figures, FigureTable sameKeys)
    {
        _figures = figures;
        _order = sameKeys.Order;
        _levelsByMeasure = sameKeys.LevelsByMeasure;
    }

    // The keys in the order their figures are first stated, and the levels' keys by measure: worked out once per table
    // (every sum relation asked for them, and each asking sorted the figures again). Narrowing only replaces the figure
    // under a key, so both stay right; the figures themselves are always read from the table.
    private FigureKey[]? _order;
    private ILookup<string, FigureKey>? _levelsByMeasure;

    private FigureKey[] Order => _order ??= [.. _figures.Values.OrderBy(f => f.First.Claim.Span.Start).Select(f => f.Key)];

    private ILookup<string, FigureKey> LevelsByMeasure => _levelsByMeasure ??= Order.Where(k => k.Role == ClaimRole.Level).ToLookup(k => k.Measure);

    public IEnumerable<Figure> All => Order.Select(k => _figures[k]);

    public Figure? Find(FigureKey key) => _figures.GetValueOrDefault(key);

    /// <summary>The level of a measure for an entity and period, in whichever unit it was stated.</summary>
    public IEnumerable<Figure> Levels(string measure, string entity, string period) =>
        _figures.Values.Where(f => f.Key.Measure == measure && f.Key.Entity == entity && f.Key.Period == period
            && f.Key.Role is ClaimRole.Level or ClaimRole.Count);

    /// <summary>The growth rate of a measure in the document's main currency (or of a count).</summary>
    public Figure? Change(string measure, string entity, string period) =>
        _figures.Values.FirstOrDefault(f => f.Key.Measure == measure && f.Key.Entity == entity && f.Key.Period == period && f.Key.Role == ClaimRole.Change && f.Key.Unit == "percent");

    /// <summary>
    /// The growth rates of a measure in every currency it was stated in: "percent" (the main currency, or a count)
    /// first, then "percent of US dollars" and the like.
    /// </summary>
    public IEnumerable<Figure> ChangesInAnyCurrency(string measure, string entity, string period) =>
        _figures.Values.Where(f => f.Key.Measure == measure && f.Key.Entity == entity && f.Key.Period == period && f.Key.Role == ClaimRole.Change
            && f.Key.Unit.StartsWith("percent", StringComparison.Ordinal)).OrderBy(f => f.Key.Unit.Length);

    /// <summary>Every place a sum relation applies: a stated total with all its parts stated, same period and unit.</summary>
    public IEnumerable<(Figure Total, IReadOnlyList<Figure> Parts)> SumInstances(SumRelation relation)
    {
        // Loops, not queries: asked for every sum relation, three times over and again by the check, where most
        // measures have no level at all. A total's figure is read when it is reached, as narrowing may have replaced it.
        var totalEntity = relation.TotalEntity;
        foreach (var key in LevelsByMeasure[relation.Total.Measure])
        {
            if (totalEntity is not null && key.Entity != totalEntity)
            {
                continue;
            }

            var total = _figures[key];
            var parts = new List<Figure>(relation.Parts.Length);
            foreach (var part in relation.Parts)
            {
                if (Find(key with { Measure = part.Measure, Entity = part.Entity ?? key.Entity }) is not { } figure)
                {
                    break;
                }

                parts.Add(figure);
            }

            if (parts.Count == relation.Parts.Length && !parts.Contains(total))
            {
                yield return (total, parts);
            }
        }
    }

    /// <summary>
    /// Narrows figures through the exact sums they satisfy: a part is at most the total less the other parts
    /// ("exports 13 trillion" = 21.79 − 8.79 = [12.99, 13.01]). A sum that fails narrows nothing; it is a finding.
    /// </summary>
    public FigureTable Tighten(IEnumerable<SumRelation> relations)
    {
        var figures = new Dictionary<FigureKey, Figure>(_figures);
        var exact = relations.Where(r => !r.PartsMayBeIncomplete).ToList();
        for (var pass = 0; pass < 3; pass++)
        {
            var table = new FigureTable(figures, this);
            foreach (var relation in exact)
            {
                foreach (var (total, parts) in table.SumInstances(relation))
                {
                    var sum = parts.Aggregate(Interval.Exactly(0), (acc, p) => acc + p.Interval);
                    if (!sum.Overlaps(total.Interval))
                    {
                        continue;
                    }

                    Narrow(figures, total, sum, $"the sum of its parts {string.Join(" + ", parts.Select(p => p.First.Claim.Text))}");
                    foreach (var part in parts)
                    {
                        var others = parts.Where(p => p != part).Aggregate(Interval.Exactly(0), (acc, p) => acc + p.Interval);
                        Narrow(figures, part, total.Interval - others, $"{total.First.Claim.Text} less {string.Join(" and ", parts.Where(p => p != part).Select(p => p.First.Claim.Text))}");
                    }
                }
            }
        }

        return new FigureTable(figures, this);
    }

    private static void Narrow(Dictionary<FigureKey, Figure> figures, Figure figure, Interval by, string how)
    {
        var current = figures[figure.Key];
        var narrowed = current.Interval.Intersect(by);
        if (narrowed.IsEmpty || narrowed == current.Interval || (current.Interval.Width is { } before && narrowed.Width is { } after && before - after < before / 1000))
        {
            return;
        }

        figures[figure.Key] = current with { Interval = narrowed, Derivation = $"pinned to {Wording.Range(narrowed, current.First.Claim.Quantity)} by {how}" };
    }
}
