using BriefingAudit.Core.Comparison;
using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Tests;

/// <summary>One pipeline with the default rules for all tests (it is immutable and thread-safe).</summary>
internal static class TestPipeline
{
    public static AuditPipeline Default { get; } = new(DefaultRules.Load());

    public static TranslationComparer Comparer { get; } = new(Default);

    public static AuditResult Check(string text) => Default.RunText(text);

    /// <summary>Compares a Chinese source with its English translation, as <c>compare</c> does with two files.</summary>
    public static ComparisonResult Compare(string source, string target) => Comparer.CompareText(source, target, "source.zh.txt", "target.en.txt");

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Fixture(string name) => File.ReadAllText(FixturePath(name));
}
