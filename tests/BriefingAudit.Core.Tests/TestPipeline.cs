using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Comparison;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests;

/// <summary>One pipeline with the default rules for all tests (it is immutable and thread-safe).</summary>
internal static class TestPipeline
{
    public static AuditPipeline Default { get; } = new(DefaultRules.Load());

    public static TranslationComparer Comparer { get; } = new(Default);

    public static AuditResult Check(string text) => Default.RunText(text);

    /// <summary>The one claim of the text whose text is <paramref name="claimText"/>, as bound.</summary>
    public static BoundClaim Bound(string text, string claimText) =>
        Assert.Single(Check(text).Claims, c => c.Claim.Text == claimText);

    /// <summary>The rule IDs of the text's error findings.</summary>
    public static List<string> Errors(string text) =>
        [.. Check(text).Findings.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId)];

    /// <summary>Compares a Chinese source with its English translation, as <c>compare</c> does with two files.</summary>
    public static ComparisonResult Compare(string source, string target) => Comparer.CompareText(source, target, "source.zh.txt", "target.en.txt");

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Fixture(string name) => File.ReadAllText(FixturePath(name));
}
