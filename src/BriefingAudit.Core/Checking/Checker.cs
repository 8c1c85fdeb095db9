using System.Collections.Immutable;
using BriefingAudit.Core.Checking.Checks;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking;

/// <summary>
/// Runs every rule of a rule set with the check its kind names. The checks are registered here, in one place.
/// Immutable and thread-safe.
/// </summary>
public sealed class Checker
{
    private static readonly ImmutableDictionary<string, ICheck> Checks = new ICheck[]
    {
        new RestatementCheck(),
        new SumCheck(),
        new ShareCheck(),
        new RateGapCheck(),
        new GrowthCheck(),
        new ShareChangeCheck(),
        new AccelerationCheck(),
        new ContributionCheck(),
        new AbsoluteChangeCheck(),
        new AverageCheck(),
        new BreakdownCheck(),
    }.ToImmutableDictionary(c => c.Kind);

    /// <summary>
    /// Findings sorted by line, column and rule, so every reporter's output is deterministic. A slip that two rules
    /// see over the same figures (a sum of the vocabulary that is also a complete list in the text) is reported
    /// once, by the rule listed first.
    /// </summary>
    public static ImmutableArray<Finding> Run(RuleSet rules, CheckContext context) =>
        [.. rules.Rules
            .Where(rule => Checks.ContainsKey(rule.Kind)) // compare rules need two documents: Comparison runs them
            .SelectMany(rule => Checks[rule.Kind].Run(rule, context))
            .DistinctBy(f => string.Join(',', f.Claims.Select(c => c.Span.Start)))
            .OrderBy(f => f.Location.Line)
            .ThenBy(f => f.Location.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)];
}
