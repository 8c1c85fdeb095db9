using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Pipeline;

/// <summary>The rule set shipped with the tool (rules/briefing.default.yaml, embedded), so it works with no flags.</summary>
public static class DefaultRules
{
    public const string ResourceName = "briefing.default.yaml";

    public static string Yaml
    {
        get
        {
            using var stream = typeof(DefaultRules).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException("the default rules are not embedded in this build");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    public static RuleSet Load() => RuleSetLoader.Load([("(default rules)", Yaml)]);

    /// <summary>The defaults (unless left out) followed by the given files or folders.</summary>
    public static RuleSet Load(IEnumerable<string> extraPaths, bool includeDefaults)
    {
        var files = extraPaths.SelectMany(RuleSetLoader.Expand).Select(p => (p, RuleSetLoader.ReadFile(p)));
        return RuleSetLoader.Load(includeDefaults ? files.Prepend(("(default rules)", Yaml)) : files);
    }
}
