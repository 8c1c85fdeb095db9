using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking.Checks;

/// <summary>
/// "daily trade averaging more than 15 billion yuan": the period's level divided by its days. A mean after a list
/// ("…, 11.05 trillion yuan in the third and 11.51 trillion yuan in the fourth, averaging nearly 11 trillion yuan a
/// quarter") is the mean of the listed figures. A figure per a counted thing ("about 2,000 yuan per person") is its
/// total over the count.
/// </summary>
public sealed class AverageCheck : ICheck
{
    public string Kind => CheckKinds.Average;

    public IEnumerable<Finding> Run(Rule rule, CheckContext context)
    {
        foreach (var mean in context.Claims.Where(c => c.Claim.Role == ClaimRole.Mean && c.Items.Length > 0))
        {
            var sum = mean.Items.Aggregate(Interval.Exactly(0), (total, item) => total + item.SignedInterval);
            var implied = sum / Interval.Exactly(mean.Items.Length);
            if (implied.Overlaps(mean.Claim.SignedInterval))
            {
                continue;
            }

            var like = mean.Claim.Quantity;
            var message =
                $"{Wording.Cite(mean.Claim)} is stated as the average of {string.Join(", ", mean.Items.Select(Wording.Cite))}, "
                + $"but their mean is {Wording.Value(implied, like)} ({Wording.Range(implied, like)})";
            yield return FindingBuilder.Create(rule, message, mean, mean.Items, implied, mean.Claim.SignedInterval);
        }

        foreach (var perUnit in context.Claims.Where(c => c.PerUnit is not null))
        {
            var (total, count) = (perUnit.PerUnit!.Total, perUnit.PerUnit.Count);
            var implied = total.Interval / count.Interval;
            if (implied.Overlaps(perUnit.Claim.Interval))
            {
                continue;
            }

            var like = perUnit.Claim.Quantity;
            var message = $"{Wording.Cite(perUnit.Claim)} is given per {count.Quantity.Unit}, but {Wording.Cite(total)} / {Wording.Cite(count)} = "
                + $"{Wording.Value(implied, like)} ({Wording.Range(implied, like)})";
            yield return FindingBuilder.Create(rule, message, perUnit, [.. context.Claims.Where(c => c.Claim == total || c.Claim == count)], implied, perUnit.Claim.Interval);
        }

        foreach (var average in context.Claims.Where(c => c.Claim.Role == ClaimRole.Average && c.IsBound && c.Period!.Days is not null))
        {
            var level = context.Tightened.Levels(average.Measure!.Id, average.Entity.Id, average.Period!.Id).FirstOrDefault(f => f.Key.Unit == average.Claim.Quantity.Unit);
            if (level is null)
            {
                continue;
            }

            var days = average.Period.Days!.Value;
            var implied = level.Interval / Interval.Exactly(days);
            if (implied.Overlaps(average.Claim.Interval))
            {
                continue;
            }

            var like = average.Claim.Quantity;
            var message =
                $"the daily average of {Wording.Subject(average)} is stated as {Wording.Cite(average.Claim)}, but {Wording.Cite(level.First.Claim)} / {days} days = "
                + $"{Wording.Value(implied, like)} a day ({Wording.Range(implied, like)})";
            yield return FindingBuilder.Create(rule, message, average, level.Agreeing, implied, average.Claim.Interval);
        }
    }
}
