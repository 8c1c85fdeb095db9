using System.Collections.Immutable;

namespace BriefingAudit.Core.Reporting;

/// <summary>Every output format by name, registered in one place.</summary>
public static class Reporters
{
    private static readonly ImmutableDictionary<string, IReporter> ByName = new IReporter[]
    {
        new TextReporter(),
        new JsonReporter(),
        new JsonLinesReporter(),
        new SarifReporter(),
        new JUnitReporter(),
        new GitHubReporter(),
        new HtmlReporter(),
    }.ToImmutableDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Names => [.. ByName.Keys.Order(StringComparer.Ordinal)];

    public static IReporter? Find(string name) => ByName.GetValueOrDefault(name);
}
