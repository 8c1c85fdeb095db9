using BriefingAudit.Core.Binding;
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
            // "58 accidents, 9 fewer than the 67 of a year earlier, a decline of 13.4%": with both, the change must fit
            // each; the earlier level is the plainer sum, so a slip there is reported as that sum.
            var finding = (previous is null ? null : FromPrevious(rule, change, level, previous)) ?? (growth is null ? null : FromGrowth(rule, change, level, growth));
            if (finding is not null)
            {
                yield return finding;
            }
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

    private static Finding? FromPrevious(Rule rule, BoundClaim change, Claim level, Claim previous)
    {
        var implied = level.Interval - previous.Interval;
        return implied.Magnitude.Overlaps(change.Claim.Interval) ? null
            : Report(rule, change, level, previous, implied.Magnitude, $"{Wording.Cite(level)} − {Wording.Cite(previous)} = {Wording.Value(implied, change.Claim.Quantity)}");
    }

    private static Finding? FromGrowth(Rule rule, BoundClaim change, Claim level, Claim growth)
    {
        var implied = Derived.AbsoluteChange(level.Interval, growth.SignedInterval).Magnitude;
        return implied.Overlaps(change.Claim.Interval) ? null
            : Report(rule, change, level, growth, implied, $"{Wording.Cite(level)} with growth of {Wording.Cite(growth)} means a change of {Wording.Value(implied, change.Claim.Quantity)}");
    }

    private static Finding Report(Rule rule, BoundClaim change, Claim level, Claim other, Interval implied, string how)
    {
        var message = $"the change is stated as {Wording.Cite(change.Claim)}, but {how} ({Wording.Range(implied, change.Claim.Quantity)})";
        return FindingBuilder.Create(rule, message, change, new[] { level, other }, implied, change.Claim.Interval);
    }
}
