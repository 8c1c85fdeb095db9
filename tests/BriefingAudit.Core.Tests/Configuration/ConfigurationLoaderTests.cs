using BriefingAudit.Core.Configuration;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Configuration;

/// <summary>.briefing-audit.yaml: every key read, mistakes reported at their position with "did you mean".</summary>
public class ConfigurationLoaderTests
{
    [Fact]
    public void MisspeltKey_ErrorAtKey_WithDidYouMean()
    {
        var ex = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse("c.yaml", "format: json\nfail_on: warning\n"));
        Assert.Equal((2, 1), (ex.Line, ex.Column));
        Assert.StartsWith("c.yaml:2:1: unknown key 'fail_on'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'fail-on'?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadSeverity_ErrorAtValue_WithDidYouMean()
    {
        var ex = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse("c.yaml", "severities:\n  BA2003: warnign\n"));
        Assert.Equal((2, 11), (ex.Line, ex.Column));
        Assert.Contains("did you mean 'warning'?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Severities_OverrideAndTurnOff()
    {
        var config = ConfigurationLoader.Parse("c.yaml", "severities:\n  BA2003: warning\n  BA1001: off\n");
        var rules = ConfigurationLoader.ApplySeverities(DefaultRules.Load(), config);
        Assert.Equal(Severity.Warning, rules.Find(RuleIds.RateGap)!.Severity);
        Assert.Null(rules.Find(RuleIds.Restatement));
    }

    [Fact]
    public void UnknownRuleId_ErrorAtItsKey()
    {
        var config = ConfigurationLoader.Parse("c.yaml", "severities:\n  ba1001: warning\n");
        var ex = Assert.Throws<ConfigurationException>(() => ConfigurationLoader.ApplySeverities(DefaultRules.Load(), config));
        Assert.Equal((2, 3), (ex.Line, ex.Column));
        Assert.Contains("did you mean 'BA1001'?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_ResolvedAgainstTheFilesFolder()
    {
        var config = ConfigurationLoader.Parse("/repo/.briefing-audit.yaml", "rules: team.yaml\nbaseline: b.json\ninclude: ['**/*.md']\n");
        Assert.Equal(Path.GetFullPath("/repo/team.yaml"), Assert.Single(config.Rules));
        Assert.Equal(Path.GetFullPath("/repo/b.json"), config.Baseline);
        Assert.Equal("**/*.md", Assert.Single(config.Include));
    }

    [Fact]
    public void InitTemplate_LoadsWithoutError()
    {
        var config = ConfigurationLoader.Parse("c.yaml", ConfigurationTemplate.Text);
        Assert.Equal(("error", "text"), (config.FailOn, config.Format));
        Assert.All(ConfigurationLoader.Keys, key => Assert.Contains(key + ":", ConfigurationTemplate.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_LooksInFoldersAbove()
    {
        var root = TestTemp.Folder("config-");
        var nested = Directory.CreateDirectory(Path.Combine(root, "a", "b")).FullName;
        File.WriteAllText(Path.Combine(root, ConfigurationLoader.FileName), "format: json\n");
        Assert.Equal(Path.Combine(root, ConfigurationLoader.FileName), ConfigurationLoader.Find(nested));
    }
}
