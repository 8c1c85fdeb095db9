using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking.Checks;

/// <summary>
/// "4.5% in the second quarter, accelerating by 3.2 percentage points compared to the first quarter": the
/// change in points must equal the growth of the period minus the growth of the period compared with.
/// </summary>
public sealed class AccelerationCheck : ICheck
{
    public string Kind => CheckKinds.Acceleration;

    public IEnumerable<Finding> Run(Rule rule, CheckContext context)
    {
        foreach (var change in context.Claims.Where(c => c.Claim.Role == ClaimRole.PointChange && c.ComparedTo is not null && c.IsBound
            && StatedComparison.Resolve(c, context) is null)) // the rates its sentence states: RateGapCheck
        {
            var now = context.Tightened.Change(change.Measure!.Id, change.Entity.Id, change.Period!.Id);
            var before = context.Tightened.Change(change.Measure.Id, change.Entity.Id, change.ComparedTo!.Id);
            if (now is null || before is null)
            {
                continue;
            }

            var implied = now.Interval - before.Interval;
            if (implied.Overlaps(change.Claim.SignedInterval))
            {
                continue;
            }

            var message =
                $"the growth of {Wording.Subject(change)} is said to have changed by {Wording.Cite(change.Claim)} from {change.ComparedTo.Name}, "
                + $"but {Wording.Cite(now.First.Claim)} − {Wording.Cite(before.First.Claim)} = {Wording.Range(implied, change.Claim.Quantity)}";
            yield return FindingBuilder.Create(rule, message, change, now.Agreeing.Concat(before.Agreeing), implied, change.Claim.SignedInterval);
        }
    }
}
