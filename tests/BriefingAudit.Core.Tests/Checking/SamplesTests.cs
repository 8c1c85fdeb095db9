using BriefingAudit.Core.Rules;
using YamlDotNet.RepresentationModel;

namespace BriefingAudit.Core.Tests.Checking;

/// <summary>
/// Every transcript in samples/ reports at error level exactly the slips its .expected.yaml lists:
/// each planted slip found, citing its figures, and no other error.
/// </summary>
public class SamplesTests
{
    private static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "Samples");

    public static TheoryData<string> Samples => [.. Directory.EnumerateFiles(SamplesFolder, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order()];

    [Theory]
    [MemberData(nameof(Samples))]
    public void PlantedSlips_AreFound_AndNothingElse(string name)
    {
        var result = TestPipeline.Default.RunText(File.ReadAllText(Path.Combine(SamplesFolder, name + ".txt")), name + ".txt");
        var errors = result.Findings.Where(f => f.Severity == Severity.Error).ToList();
        var expected = ExpectedErrors(name);
        foreach (var (line, cites) in expected)
        {
            Assert.True(
                errors.Any(f => f.Claims.Any(c => c.Span.Line == line) && cites.All(cite => f.Claims.Any(c => c.Text.Contains(cite, StringComparison.Ordinal) || cite.Contains(c.Text, StringComparison.Ordinal)))),
                $"{name}: no error at line {line} citing {string.Join(", ", cites)}");
        }

        var unexpected = errors.Where(f => !expected.Any(e => f.Claims.Any(c => c.Span.Line == e.Line))).Select(f => $"{f.Location.Line}: {f.Message}");
        Assert.Empty(unexpected);
    }

    private static List<(int Line, List<string> Cites)> ExpectedErrors(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(SamplesFolder, name + ".expected.yaml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return [.. ((YamlSequenceNode)root["errors"]).Cast<YamlMappingNode>().Select(e => (
            int.Parse(((YamlScalarNode)e["line"]).Value!, System.Globalization.CultureInfo.InvariantCulture),
            ((YamlSequenceNode)e["cites"]).Select(c => ((YamlScalarNode)c).Value!).ToList()))];
    }
}
