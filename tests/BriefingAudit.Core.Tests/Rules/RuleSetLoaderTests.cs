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
    public void PartitionOfOneMember_Fails() =>
        Assert.Contains("at least two members", Fails("version: 1\nvocabulary:\n  partitions:\n    - {id: p, members: [urban]}\n").Message, StringComparison.Ordinal);

    [Fact]
    public void PartitionWithUnknownKey_SuggestsTheNearest() =>
        Assert.Contains("did you mean 'members'", Fails("version: 1\nvocabulary:\n  partitions:\n    - {id: p, member: [urban, rural]}\n").Message, StringComparison.Ordinal);

    [Fact]
    public void UnitMeasureThatIsNoBoolean_Fails() =>
        Assert.Contains("must be true or false", Fails("version: 1\nvocabulary:\n  units:\n    - {id: bales, dimension: count, aliases: [bales], measure: maybe}\n").Message, StringComparison.Ordinal);

    [Fact]
    public void UnitMeasure_IsReadAndDefaultsToACountedNoun()
    {
        var units = DefaultRules.Load().Lexicon.Units;
        Assert.True(units.Single(u => u.Id == "tonnes").IsMeasure);
        Assert.False(units.Single(u => u.Id == "enterprises").IsMeasure);
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

    private const string FourMeasures = "version: 1\nvocabulary:\n  measures:\n    - {id: a, aliases: [aa]}\n    - {id: b, aliases: [bb]}\n    - {id: c, aliases: [cc]}\n    - {id: d, aliases: [dd]}\n  entities:\n    - {id: x, aliases: [xx]}\nrules:\n";

    [Fact]
    public void CycleAcrossTwoRelations_FailsWithThePlaceOfEach()
    {
        var ex = Fails(FourMeasures + "  - id: BA9001\n    kind: sum\n    title: t\n    relations:\n      - a = b + c\n      - b = a + d\n");
        Assert.Equal((16, 9), (ex.Line, ex.Column));
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.CyclicRelations, "a", "'a = b + c' (my.yaml:15:9), 'b = a + d' (my.yaml:16:9)"), ex.Reason);
        Assert.StartsWith("my.yaml:16:9: relations are cyclic", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CycleAcrossRulesAndFiles_Fails()
    {
        var ex = Assert.Throws<RuleSetException>(() => RuleSetLoader.Load([
            ("one.yaml", FourMeasures + "  - {id: BA9001, kind: sum, title: t, relations: [\"a = b + c\"]}\n"),
            ("two.yaml", "version: 1\nrules:\n  - {id: BA9002, kind: sum, title: t, relations: [\"c >= d + a\"]}\n"),
        ]));
        Assert.Equal("two.yaml", ex.Path);
        Assert.Contains("'a = b + c' (one.yaml:11:", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CycleThroughOneEntity_Fails() =>
        Assert.Contains("'a@x'", Fails(FourMeasures + "  - {id: BA9001, kind: sum, title: t, relations: [\"a = b + c\", \"b@x = a@x + d@x\"]}\n").Reason, StringComparison.Ordinal);

    [Fact]
    public void SameMeasureForDifferentEntities_IsNoCycle() =>
        Assert.Single(RuleSetLoader.Load([("my.yaml", FourMeasures + "  - {id: BA9001, kind: sum, title: t, relations: [\"a = b + c\", \"b >= b@x + d\"]}\n")]).Rules);

    [Fact]
    public void YamlAliasBomb_IsRefusedBeforeItExpands()
    {
        var bomb = "version: 1\nvocabulary:\n  national: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + string.Concat(Enumerable.Range(0, 9).Select(i => $"  x{i}: &b{i} [*{(i == 0 ? "a" : $"b{i - 1}")}, *{(i == 0 ? "a" : $"b{i - 1}")}, *{(i == 0 ? "a" : $"b{i - 1}")}]\n"));
        var ex = Fails(bomb);
        Assert.Contains("aliases", ex.Reason, StringComparison.Ordinal);
        Assert.Equal(4, ex.Line);
    }

    [Fact]
    public void DeeplyNestedYaml_IsRefused_NotAStackOverflow()
    {
        var ex = Fails("version: 1\nrules: " + new string('[', 100_000) + new string(']', 100_000) + "\n");
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.YamlTooDeep, RuleSetLoader.MaxYamlDepth), ex.Reason);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void RuleFileOverTheLimit_IsRefused()
    {
        var path = Path.Combine(TestTemp.Folder("rules-"), "rules.yaml");
        File.WriteAllText(path, "# " + new string('x', RuleSetLoader.MaxRuleFileBytes));
        var ex = Assert.Throws<RuleSetException>(() => RuleSetLoader.ReadFile(path));
        Assert.StartsWith("file is ", ex.Reason, StringComparison.Ordinal);
        File.Delete(path);
    }

    [Theory]
    [InlineData("# BrcefingAudiY hat th\u000e     -\0:\0\0ei", 1, 23, 0x0E)] // found by afl: YamlDotNet threw ArgumentException
    [InlineData("version: 1\nrules: [a\0b]\n", 2, 10, 0)] // YamlDotNet's scanner threw InvalidOperationException on NUL
    public void ControlCharacter_IsRefusedWithItsPlace_NotAParserCrash(string yaml, int line, int column, int code)
    {
        var ex = Fails(yaml);
        Assert.Equal((line, column), (ex.Line, ex.Column));
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.YamlControlCharacter, code), ex.Reason);
    }

    [Fact]
    public void RuleFileInLatin1_IsRefusedWithTheByteOffset()
    {
        var path = Path.Combine(TestTemp.Folder("rules-"), "rules.yaml");
        File.WriteAllBytes(path, [.. "version: 1\n# caf"u8, 0xE9, .. "\n"u8]);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.InvalidUtf8, 16), Assert.Throws<RuleSetException>(() => RuleSetLoader.ReadFile(path)).Reason);
        File.Delete(path);
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
