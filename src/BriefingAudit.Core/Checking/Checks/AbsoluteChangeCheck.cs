using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking.Checks;

/// <summary>"rose by more than 600 billion yuan": the level less last year's level, level − level / (1 + g).</summary>
public sealed class AbsoluteChangeCheck : ICheck
{
    public string Kind => CheckKinds.AbsoluteChange;

    public IEnumerable<Finding> Run(Rule rule, CheckContext context)
    {
        foreach (var change in context.Claims.Where(c => c.Claim.Role == ClaimRole.AbsoluteChange && c.IsBound))
        {
            var level = context.Tightened.Levels(change.Measure!.Id, change.Entity.Id, change.Period!.Id).FirstOrDefault(f => f.Key.Unit == change.Claim.Quantity.Unit);
            var growth = context.Tightened.Change(change.Measure.Id, change.Entity.Id, change.Period.Id);
            if (level is null || growth is null)
            {
                continue;
            }

            var implied = Derived.AbsoluteChange(level.Interval, growth.Interval);
            if (implied.Overlaps(change.Claim.SignedInterval))
            {
                continue;
            }

            var like = change.Claim.Quantity;
            var message =
                $"{Wording.Subject(change)} is said to have changed by {Wording.Cite(change.Claim)}, but {Wording.Cite(level.First.Claim)} − "
                + $"{Wording.Value(level.Interval, like)} / (1 + {growth.First.Claim.SignedValue / 100:0.####}) = {Wording.Value(implied, like)} ({Wording.Range(implied, like)})";
            yield return FindingBuilder.Create(rule, message, change, level.Agreeing.Concat(growth.Agreeing), implied, change.Claim.SignedInterval);
        }
    }
}
