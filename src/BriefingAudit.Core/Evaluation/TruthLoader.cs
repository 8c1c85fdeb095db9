using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace BriefingAudit.Core.Evaluation;

/// <summary>
/// Reads a corpus truth file (corpus/README.md describes it). Truth files are test data, not configuration, so a
/// malformed one is an <see cref="InvalidDataException"/> naming the file rather than a rule-file error.
/// </summary>
public static class TruthLoader
{
    public static Truth Load(string path)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            return new Truth(
                [.. Items(root, "claims").Select(Figure)],
                [.. Items(root, "relations").Select(r => new TruthRelation(Text(r, "kind")!, [.. Items((YamlMappingNode)r, "figures").Select(Figure)]))],
                [.. Items(root, "planted").Select(p => new PlantedError(Text(p, "kind")!, Figure(p), [.. Items((YamlMappingNode)p, "cites").Select(Figure)]))]);
        }
        catch (Exception ex) when (ex is YamlDotNet.Core.YamlException or InvalidCastException or KeyNotFoundException or FormatException)
        {
            throw new InvalidDataException($"{path}: not a truth file: {ex.Message}", ex);
        }
    }

    /// <summary>The mismatches a compare pair's truth file lists: kind, and the source and translation figures.</summary>
    public static ImmutableArray<ExpectedMismatch> LoadMismatches(string path)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            TruthFigure? Side(YamlNode node, string key) =>
                ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var side) ? Figure(side) : null;
            return [.. Items(root, "mismatches").Select(m => new ExpectedMismatch(Text(m, "kind")!, Side(m, "source"), Side(m, "target")))];
        }
        catch (Exception ex) when (ex is YamlDotNet.Core.YamlException or InvalidCastException or KeyNotFoundException or FormatException or ArgumentNullException)
        {
            throw new InvalidDataException($"{path}: not a compare truth file: {ex.Message}", ex);
        }
    }

    private static YamlSequenceNode Items(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence ? sequence : [];

    private static string? Text(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static TruthFigure Figure(YamlNode node) => new(
        int.Parse(Text(node, "line")!, CultureInfo.InvariantCulture),
        Text(node, "number")!,
        Text(node, "unit"),
        Text(node, "role"));
}
