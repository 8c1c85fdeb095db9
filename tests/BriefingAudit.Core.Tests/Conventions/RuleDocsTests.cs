using System.Text.RegularExpressions;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Conventions;

/// <summary>
/// Every rule has a doc page, every page a rule, and each page's examples behave as the page says. A compare rule's
/// example is a source and its translation separated by a line <c>---</c>, and runs through compare.
/// </summary>
public partial class RuleDocsTests
{
    private static string DocsFolder => Path.Combine(AppContext.BaseDirectory, "RuleDocs");

    public static TheoryData<string> RuleIds => [.. DefaultRules.Load().Rules.Select(r => r.Id)];

    [Fact]
    public void EveryPage_HasARule()
    {
        var ids = DefaultRules.Load().Rules.Select(r => r.Id).ToHashSet();
        foreach (var page in Directory.EnumerateFiles(DocsFolder, "BA*.md"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(page), ids);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void FiringExample_Fires(string id)
    {
        foreach (var text in Examples(id, "Fires"))
        {
            Assert.Contains(Findings(id, text), f => f.RuleId == id);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void PassingExample_DoesNotFire(string id)
    {
        foreach (var text in Examples(id, "Does not fire"))
        {
            Assert.Empty(Findings(id, text));
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Page_TitleMatchesRule(string id)
    {
        var rule = DefaultRules.Load().Find(id)!;
        var firstLine = File.ReadLines(Path.Combine(DocsFolder, id + ".md")).First();
        Assert.Equal($"# {id} – {rule.Title}", firstLine);
    }

    private static IEnumerable<Finding> Findings(string id, string text)
    {
        if (!CheckKinds.Compare.Contains(DefaultRules.Load().Find(id)!.Kind))
        {
            return TestPipeline.Check(text).Findings;
        }

        var sides = new Regex(@"^---[ \t]*\n", RegexOptions.Multiline, TimeSpan.FromSeconds(1)).Split(text);
        Assert.True(sides.Length == 2, $"{id}.md: a compare example is a source, a line '---' and a translation");
        return TestPipeline.Compare(sides[0], sides[1]).Findings;
    }

    // Every text block of the section counts: a page may show the same rule in English and in Chinese.
    private static List<string> Examples(string id, string heading)
    {
        var page = File.ReadAllText(Path.Combine(DocsFolder, id + ".md"));
        var section = new Regex("^## " + heading + @"[ \t]*\n(?<body>.*?)(?=^## |\z)", RegexOptions.Singleline | RegexOptions.Multiline, TimeSpan.FromSeconds(1)).Match(page);
        var examples = new Regex(@"```text\n(?<body>.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Matches(section.Groups["body"].Value).Select(m => m.Groups["body"].Value).ToList();
        Assert.True(examples.Count > 0, $"{id}.md has no '## {heading}' example");
        return examples;
    }
}
