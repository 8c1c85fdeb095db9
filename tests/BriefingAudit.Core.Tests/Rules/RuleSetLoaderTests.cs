using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Rules;

public class RuleSetLoaderTests
{
    private static RuleSetException Fails(string yaml) =>
        Assert.Throws<RuleSetException>(() => RuleSetLoader.Load([("my.yaml", yaml)]));

    [Fact]
    public void DefaultRules_Load() => Assert.Equal(CheckKinds.All.Count, DefaultRules.Load().Rules.Select(r => r.Kind).Distinct().Count());

    [Fact]
    public void MalformedYaml_GivesFileLineColumn()
    {
        var ex = Fails("version: 1\nrules:\n  - id: BA9001\n    kind: [sum\n");
        Assert.Equal("my.yaml", ex.Path);
        Assert.True(ex.Line >= 4);
        Assert.StartsWith("my.yaml:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKey_SuggestsTheNearest()
    {
        var ex = Fails("version: 1\nvocabulary:\n  measurs: []\n");
        Assert.Contains("did you mean 'measures'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void UnknownKind_SuggestsTheNearest()
    {
        var ex = Fails("version: 1\nrules:\n  - {id: BA9001, kind: summ, title: t}\n");
        Assert.Contains("did you mean 'sum'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RelationNamingUndefinedMeasure_Fails()
    {
        var ex = Fails("version: 1\nvocabulary:\n  measures:\n    - {id: exports, aliases: [exports]}\n    - {id: imports, aliases: [imports]}\nrules:\n  - id: BA9001\n    kind: sum\n    title: t\n    relations: [\"total = exprts + imports\"]\n");
        Assert.Contains("'total'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(10, ex.Line);
    }

    [Fact]
    public void CyclicRelation_Fails()
    {
        var ex = Fails("version: 1\nrules:\n  - id: BA9001\n    kind: sum\n    title: t\n    relations: [\"a = a + b\"]\n");
        Assert.Contains("cyclic", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void YamlAliases_AreRefused()
    {
        var ex = Fails("version: 1\nvocabulary:\n  national: &a [x, y]\n  comparison-bases: *a\n");
        Assert.Contains("aliases", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, ex.Line);
    }

    [Fact]
    public void BadRuleId_Fails() => Assert.Contains("four digits", Fails("version: 1\nrules:\n  - {id: X1, kind: sum, title: t}\n").Message, StringComparison.Ordinal);

    [Fact]
    public void WrongVersion_Fails() => Assert.Contains("version", Fails("version: 2\n").Message, StringComparison.Ordinal);

    [Fact]
    public void UserFile_AddsAliasesAndOverridesSeverity()
    {
        var rules = RuleSetLoader.Load([
            ("(default rules)", DefaultRules.Yaml),
            ("my.yaml", "version: 1\nvocabulary:\n  entities:\n    - {id: asean, aliases: [Southeast Asia]}\nrules:\n  - {id: BA1001, kind: restatement, title: Same figure, severity: warning}\n"),
        ]);
        Assert.Equal(Severity.Warning, rules.Find(RuleIds.Restatement)!.Severity);
        Assert.Contains("Southeast Asia", rules.Lexicon.Find("asean")!.Aliases);
    }

    [Fact]
    public void DidYouMean_FindsCloseWords()
    {
        Assert.Equal("relations", RuleSetLoader.DidYouMean("relation", ["id", "relations"]));
        Assert.Null(RuleSetLoader.DidYouMean("zzzzzz", ["id", "kind"]));
    }
}
