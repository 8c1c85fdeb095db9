using System.Collections.Immutable;
using BriefingAudit.Core.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefingAudit.Core.Configuration;

/// <summary>
/// Finds and reads <c>.briefing-audit.yaml</c> (the only YamlDotNet user for configuration). Mistakes are
/// <see cref="ConfigurationException"/>s with <c>path:line:col</c> and, for misspelt keys, "did you mean".
/// </summary>
public static class ConfigurationLoader
{
    public const string FileName = ".briefing-audit.yaml";

    /// <summary>The keys a configuration may hold, in the order <c>init</c> writes them.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["rules", "severities", "include", "exclude", "baseline", "fail-on", "format"];

    private static readonly string[] SeverityWords = ["error", "warning", "info", "off"];

    /// <summary>The nearest <see cref="FileName"/> in <paramref name="folder"/> or a folder above it.</summary>
    public static string? Find(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var candidate = System.IO.Path.Combine(current.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static AuditConfiguration Load(string path)
    {
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(path, 1, 1, ex.Message, ex);
        }

        return Parse(path, yaml);
    }

    public static AuditConfiguration Parse(string path, string yaml)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new ConfigurationException(path, (int)ex.Start.Line, (int)ex.Start.Column, ex.Message.ReplaceLineEndings(" "), ex);
        }

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        var config = AuditConfiguration.Empty with { Path = path };
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return config;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error(path, stream.Documents[0].RootNode, Messages.ConfigNotMapping);
        }

        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            config = key switch
            {
                "rules" => config with { Rules = [.. Strings(path, value).Select(p => System.IO.Path.GetFullPath(p, folder))] },
                "severities" => config with { Severities = Severities(path, value) },
                "include" => config with { Include = Strings(path, value) },
                "exclude" => config with { Exclude = Strings(path, value) },
                "baseline" => config with { Baseline = System.IO.Path.GetFullPath(Scalar(path, value), folder) },
                "fail-on" => config with { FailOn = OneOf(path, value, ["error", "warning", "info", "never"]) },
                "format" => config with { Format = Scalar(path, value) },
                _ => throw Error(path, keyNode, UnknownKey(key, Keys)),
            };
        }

        return config;
    }

    /// <summary>The rule set with the configured severities; an unknown rule ID is an error at its key.</summary>
    public static RuleSet ApplySeverities(RuleSet rules, AuditConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(config);
        var result = rules.Rules;
        foreach (var setting in config.Severities)
        {
            if (rules.Find(setting.RuleId) is null)
            {
                var hint = RuleSetLoader.DidYouMean(setting.RuleId, rules.Rules.Select(r => r.Id)) is { } near ? $"; did you mean '{near}'?" : string.Empty;
                throw new ConfigurationException(config.Path ?? FileName, setting.Line, setting.Column, string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.ConfigUnknownRule, setting.RuleId) + hint);
            }

            result = setting.Severity is { } severity
                ? [.. result.Select(r => r.Id == setting.RuleId ? r with { Severity = severity } : r)]
                : result.RemoveAll(r => r.Id == setting.RuleId);
        }

        return rules with { Rules = result };
    }

    private static ImmutableArray<SeverityOverride> Severities(string path, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(path, node, Messages.ConfigSeveritiesNotMapping);
        }

        return [.. map.Children.Select(pair => new SeverityOverride(
            Scalar(path, pair.Key),
            OneOf(path, pair.Value, SeverityWords) switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "info" => Severity.Info,
                _ => null,
            },
            (int)pair.Key.Start.Line,
            (int)pair.Key.Start.Column))];
    }

    private static string OneOf(string path, YamlNode node, string[] allowed)
    {
        var value = Scalar(path, node);
        if (allowed.Contains(value, StringComparer.Ordinal))
        {
            return value;
        }

        var hint = RuleSetLoader.DidYouMean(value, allowed) is { } near ? $"did you mean '{near}'?" : $"expected one of {string.Join(", ", allowed)}";
        throw Error(path, node, $"'{value}' is not allowed here; {hint}");
    }

    private static ImmutableArray<string> Strings(string path, YamlNode node) => node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children.Select(c => Scalar(path, c))],
        _ => [Scalar(path, node)],
    };

    private static string Scalar(string path, YamlNode node) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? value : throw Error(path, node, Messages.ConfigExpectedText);

    private static string UnknownKey(string key, IEnumerable<string> known) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.ConfigUnknownKey, key)
        + (RuleSetLoader.DidYouMean(key, known) is { } near ? $"; did you mean '{near}'?" : $"; expected one of {string.Join(", ", known)}");

    private static ConfigurationException Error(string path, YamlNode node, string reason) =>
        new(path, (int)node.Start.Line, (int)node.Start.Column, reason);
}
