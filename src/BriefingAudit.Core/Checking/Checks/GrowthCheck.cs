using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking.Checks;

/// <summary>
/// A total's growth must follow from its parts' levels and growth: last year's parts are level / (1 + g), and
/// the total grew by total / (their sum) − 1. Uses the exact sums of the sum rules, with tightened figures.
/// </summary>
public sealed class GrowthCheck : ICheck
{
    public string Kind => CheckKinds.Growth;

    public IEnumerable<Finding> Run(Rule rule, CheckContext context)
    {
        foreach (var relation in context.SumRelations.Where(r => !r.PartsMayBeIncomplete))
        {
            foreach (var (total, parts) in context.Tightened.SumInstances(relation))
            {
                // A sum that does not hold is already a BA2001 finding; its growth would only repeat it.
                var sum = parts.Aggregate(Interval.Exactly(0), (acc, p) => acc + p.Interval);
                if (!sum.Overlaps(total.Interval))
                {
                    continue;
                }

                var totalGrowth = Growth(context, total);
                var partGrowth = parts.Select(p => Growth(context, p)).ToList();
                if (totalGrowth is null || partGrowth.Any(g => g is null))
                {
                    continue;
                }

                var lastParts = parts.Select((p, i) => Derived.LastYear(p.Interval, partGrowth[i]!.Interval)).ToList();
                var implied = Derived.GrowthPercent(total.Interval, lastParts.Aggregate(Interval.Exactly(0), (a, b) => a + b));
                if (implied.Overlaps(totalGrowth.Interval))
                {
                    continue;
                }

                var like = total.First.Claim.Quantity;
                var chain = string.Join(", ", parts.Select((p, i) =>
                    $"last year's {Wording.Short(p.First)} = {Wording.Value(p.Interval, like)} / (1 {Signed(partGrowth[i]!.First.Claim)}) = {Wording.Value(lastParts[i], like)}"));
                var pinned = parts.Append(total).Where(p => p.Derivation is not null).Select(p => $"{p.First.Claim.Text} is {p.Derivation}");
                var message =
                    $"{Wording.Subject(total.First)} is said to have changed by {Wording.Cite(totalGrowth.First.Claim)}, but its parts imply {Wording.Value(implied, totalGrowth.First.Claim.Quantity)}: "
                    + $"{chain}; {Wording.Value(total.Interval, like)} / ({string.Join(" + ", lastParts.Select(l => Wording.Value(l, like)))}) − 1 = {Wording.Range(implied, totalGrowth.First.Claim.Quantity)}"
                    + (pinned.Any() ? $" ({string.Join("; ", pinned)})" : string.Empty);
                var involved = parts.SelectMany(p => p.Agreeing).Concat(total.Agreeing).Concat(partGrowth.SelectMany(g => g!.Agreeing));
                yield return FindingBuilder.Create(rule, message, totalGrowth.First, involved, implied, totalGrowth.Interval);
            }
        }
    }

    private static Figure? Growth(CheckContext context, Figure level) =>
        context.Tightened.Change(level.Key.Measure, level.Key.Entity, level.Key.Period);

    private static string Signed(Claim growth) => growth.Sign < 0 ? $"− {growth.Quantity.Value / 100:0.####}" : $"+ {growth.Quantity.Value / 100:0.####}";
}
