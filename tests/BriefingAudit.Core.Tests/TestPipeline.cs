using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Tests;

/// <summary>One pipeline with the default rules for all tests (it is immutable and thread-safe).</summary>
internal static class TestPipeline
{
    public static AuditPipeline Default { get; } = new(DefaultRules.Load());

    public static AuditResult Check(string text) => Default.RunText(text);

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string Fixture(string name) => File.ReadAllText(FixturePath(name));
}
