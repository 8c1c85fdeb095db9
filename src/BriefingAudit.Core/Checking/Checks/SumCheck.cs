using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking.Checks;

/// <summary>
/// <c>total = part + part …</c> for every entity, period and unit where the total and all its parts are stated:
/// fails when no values within the stated intervals add up.
/// </summary>
public sealed class SumCheck : ICheck
{
    public string Kind => CheckKinds.Sum;

    public IEnumerable<Finding> Run(Rule rule, CheckContext context)
    {
        foreach (var relation in rule.Relations)
        {
            foreach (var (total, parts) in context.Figures.SumInstances(relation))
            {
                var sum = parts.Aggregate(Interval.Exactly(0), (acc, p) => acc + p.Interval);
                var allowed = relation.PartsMayBeIncomplete ? sum with { Upper = null, UpperInclusive = false } : sum;
                if (!allowed.Overlaps(total.Interval))
                {
                    yield return Describe(rule, relation, total, parts, sum);
                }
            }
        }
    }

    private static Finding Describe(Rule rule, SumRelation relation, Figure total, IReadOnlyList<Figure> parts, Interval sum)
    {
        var like = total.First.Claim.Quantity;
        var terms = string.Join(" + ", parts.Select(p => $"{Wording.SubjectBeside(p.First, total.First)} {Wording.Cite(p.First.Claim)}"));
        var message = relation.PartsMayBeIncomplete
            ? $"{Wording.Subject(total.First)} is stated as {Wording.Cite(total.First.Claim)}, less than its parts {terms} = {Wording.Value(sum, like)}: "
                + $"the parts alone are at least {Wording.Range(sum with { Upper = null }, like)}, the total {Wording.Range(total.Interval, like)}"
            : $"{Wording.Subject(total.First)} is stated as {Wording.Cite(total.First.Claim)}, but {terms} = {Wording.Value(sum, like)}: "
                + $"the parts allow {Wording.Range(sum, like)}, the total {Wording.Range(total.Interval, like)}, and these do not meet";
        var involved = parts.SelectMany(p => p.Agreeing).Concat(total.Agreeing);
        return FindingBuilder.Create(rule, message, total.First, involved, sum, total.Interval);
    }
}
