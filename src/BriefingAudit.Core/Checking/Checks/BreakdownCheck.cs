using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking.Checks;

/// <summary>
/// "Of this total, …", "By sector, …": the figures listed under a total cannot add up to more than it, and when the
/// list names the rest ("and other sectors …") they must add up to it. Needs no vocabulary: the text says which
/// figures are parts of which.
/// </summary>
public sealed class BreakdownCheck : ICheck
{
    public string Kind => CheckKinds.Breakdown;

    public IEnumerable<Finding> Run(Rule rule, CheckContext context)
    {
        // One list per sentence: "Of this, tax … and non-tax …. By level of government, central … and local …"
        // breaks the same total down twice.
        foreach (var group in context.Claims.Where(c => c.PartOf is not null && c.Claim.Role != ClaimRole.Share).GroupBy(c => (Total: c.PartOf!, c.ListKey)))
        {
            var parts = group.ToList();
            var total = context.Claims.First(c => c.Claim == group.Key.Total);
            var complete = parts.Any(p => p.ClosesList);
            var sum = parts.Aggregate(Interval.Exactly(0), (acc, p) => acc + p.Claim.Interval);
            var allowed = complete ? sum : sum with { Upper = null, UpperInclusive = false };
            if (allowed.Overlaps(total.Claim.Interval))
            {
                continue;
            }

            var like = total.Claim.Quantity;
            var terms = string.Join(" + ", parts.Select(p => Wording.Cite(p.Claim)));
            var message = complete
                ? $"the figures listed under {Wording.Cite(total.Claim)}, which leave nothing out, add up to {terms} = {Wording.Value(sum, like)} ({Wording.Range(sum, like)}), not to the total"
                : $"the figures listed under {Wording.Cite(total.Claim)} add up to more than it: {terms} = {Wording.Value(sum, like)}, at least {Wording.Range(sum with { Upper = null }, like)}";
            yield return FindingBuilder.Create(rule, message, total, parts, sum, total.Claim.Interval);
        }
    }
}
