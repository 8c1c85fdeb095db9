using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking.Checks;

/// <summary>
/// "rose by more than 600 billion yuan": the level less last year's level, level − level / (1 + g). A change
/// stated with its level and growth or earlier level in one sentence ("706,000 enterprises …, an increase of
/// 61,000, or 9.5%") is checked against those, whatever is counted.
/// </summary>
public sealed class AbsoluteChangeCheck : ICheck
{
    public string Kind => CheckKinds.AbsoluteChange;

    public IEnumerable<Finding> Run(Rule rule, CheckContext context)
    {
        foreach (var change in context.Claims.Where(c => c.ChangeOf is not null))
        {
            var (level, growth, previous) = change.ChangeOf!;
            var implied = growth is not null ? Derived.AbsoluteChange(level.Interval, growth.SignedInterval) : level.Interval - previous!.Interval;
            if (implied.Magnitude.Overlaps(change.Claim.Interval))
            {
                continue;
            }

            var like = change.Claim.Quantity;
            var how = growth is not null
                ? $"{Wording.Cite(level)} with growth of {Wording.Cite(growth)} means a change of {Wording.Value(implied.Magnitude, like)}"
                : $"{Wording.Cite(level)} − {Wording.Cite(previous!)} = {Wording.Value(implied, like)}";
            var message = $"the change is stated as {Wording.Cite(change.Claim)}, but {how} ({Wording.Range(implied.Magnitude, like)})";
            yield return FindingBuilder.Create(rule, message, change, new[] { level, growth ?? previous! }, implied.Magnitude, change.Claim.Interval);
        }

        foreach (var change in context.Claims.Where(c => c.Claim.Role == ClaimRole.AbsoluteChange && c.IsBound && c.ChangeOf is null))
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
