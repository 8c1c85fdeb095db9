using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Vocabulary;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace BriefingAudit.Core.Rules;

/// <summary>
/// Reads rule files (YAML) into a <see cref="RuleSet"/>. Every mistake is a <see cref="RuleSetException"/>
/// with the file, line and column. The only YamlDotNet user.
/// </summary>
public static partial class RuleSetLoader
{
    /// <summary>Rule files larger than this are refused (a rule file is a few kilobytes).</summary>
    public const int MaxRuleFileBytes = 1024 * 1024;

    /// <summary>
    /// Rule files nest five levels (rules → rule → relations …). Deeper input is refused before it is loaded:
    /// YamlDotNet builds its nodes recursively, and 40,000 nested brackets overflow the stack, which ends the process.
    /// </summary>
    public const int MaxYamlDepth = 32;

    private static readonly string[] TopKeys = ["version", "vocabulary", "rules"];
    private static readonly string[] VocabularyKeys = ["measures", "entities", "periods", "national", "comparison-bases", "units", "qualifiers", "partitions"];
    private static readonly string[] TermKeys = ["id", "name", "aliases", "unit", "days"];
    private static readonly string[] UnitKeys = ["id", "name", "dimension", "aliases", "measure"];
    private static readonly string[] QualifierKeys = ["id", "effect", "slack", "words"];
    private static readonly string[] PartitionKeys = ["id", "members"];
    private static readonly string[] RuleKeys = ["id", "kind", "title", "severity", "description", "relations"];

    /// <summary>Loads and merges rule files in order; later files add vocabulary and add or override rules.</summary>
    public static RuleSet Load(IEnumerable<(string Path, string Yaml)> files)
    {
        var merger = new Merger();
        foreach (var (path, yaml) in files)
        {
            new FileReader(path, merger).Read(yaml);
        }

        return merger.Build();
    }

    /// <summary>A file, or every *.yaml / *.yml file of a folder in name order.</summary>
    public static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)
            : [path];

    /// <summary>Reads a rule file with the size limit; failures are <see cref="RuleSetException"/>s.</summary>
    public static string ReadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new RuleSetException(path, 0, 0, Messages.FileNotFound);
            }

            if (info.Length > MaxRuleFileBytes)
            {
                throw new RuleSetException(path, 0, 0, string.Format(CultureInfo.InvariantCulture, Messages.TooLarge, info.Length, MaxRuleFileBytes));
            }

            // Decoded as transcripts are: BOMs honoured, invalid UTF-8 and binary refused with the byte offset.
            return TextDecoding.Decode(path, File.ReadAllBytes(path));
        }
        catch (DocumentLoadException ex)
        {
            throw new RuleSetException(path, 0, 0, ex.Reason, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RuleSetException(path, 0, 0, ex.Message, ex);
        }
    }

    /// <summary>Suggests the nearest known word for a misspelt key or value.</summary>
    public static string? DidYouMean(string word, IEnumerable<string> known) =>
        known.Select(k => (k, d: Distance(word.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(x => x.d <= Math.Max(2, x.k.Length / 3))
            .OrderBy(x => x.d)
            .Select(x => x.k)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"^[A-Z]{2}\d{4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RuleIdPattern();

    [GeneratedRegex(@"^\s*([a-z0-9][a-z0-9-]*(?:@[a-z0-9][a-z0-9-]*)?)\s*(>=|=)\s*([a-z0-9][a-z0-9-]*(?:@[a-z0-9][a-z0-9-]*)?(?:\s*\+\s*[a-z0-9][a-z0-9-]*(?:@[a-z0-9][a-z0-9-]*)?)+)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SumPattern();

    private sealed class Merger
    {
        private readonly Dictionary<string, (Term Term, string Path, Mark Mark)> _terms = [];
        private readonly List<string> _termOrder = [];
        private readonly Dictionary<string, UnitTerm> _units = [];
        private readonly Dictionary<string, QualifierTerm> _qualifiers = [];
        private readonly Dictionary<string, Partition> _partitions = [];
        private readonly Dictionary<string, Rule> _rules = [];
        private readonly List<string> _ruleOrder = [];
        private readonly List<(string Path, Mark Mark, RelationTerm Term)> _relationReferences = [];
        private readonly Dictionary<SumRelation, (string Path, Mark Mark)> _relationPlaces = new(ReferenceEqualityComparer.Instance);

        public void AddTerm(Term term, string path, Mark mark)
        {
            if (_terms.TryGetValue(term.Id, out var existing))
            {
                if (existing.Term.Kind != term.Kind)
                {
                    throw new RuleSetException(path, (int)mark.Line, (int)mark.Column, $"'{term.Id}' is already defined as a {existing.Term.Kind.ToString().ToLowerInvariant()} ({existing.Path}:{existing.Mark.Line})");
                }

                _terms[term.Id] = (existing.Term with { Aliases = existing.Term.Aliases.AddRange(term.Aliases.Except(existing.Term.Aliases)) }, existing.Path, existing.Mark);
                return;
            }

            _terms[term.Id] = (term, path, mark);
            _termOrder.Add(term.Id);
        }

        public void AddUnit(UnitTerm unit) => _units[unit.Id] = _units.TryGetValue(unit.Id, out var existing)
            ? existing with { Aliases = existing.Aliases.AddRange(unit.Aliases.Except(existing.Aliases)) }
            : unit;

        public void AddQualifier(QualifierTerm qualifier) => _qualifiers[qualifier.Id] = qualifier;

        public void AddPartition(Partition partition) => _partitions[partition.Id] = partition;

        public void AddRule(Rule rule)
        {
            if (!_rules.ContainsKey(rule.Id))
            {
                _ruleOrder.Add(rule.Id);
            }

            _rules[rule.Id] = rule;
        }

        public void Reference(string path, Mark mark, RelationTerm term) => _relationReferences.Add((path, mark, term));

        public void Place(SumRelation relation, string path, Mark mark) => _relationPlaces[relation] = (path, mark);

        private static void Require(string path, Mark mark, string id, List<string> known, string what)
        {
            if (!known.Contains(id))
            {
                var hint = DidYouMean(id, known) is { } near ? $"; did you mean '{near}'?" : string.Empty;
                throw new RuleSetException(path, (int)mark.Line, (int)mark.Column, $"the relation names '{id}', which is not {(what == "entity" ? "an" : "a")} {what} of the vocabulary{hint}");
            }
        }

        public RuleSet Build()
        {
            var measures = _terms.Values.Where(t => t.Term.Kind == TermKind.Measure).Select(t => t.Term.Id).ToList();
            var entities = _terms.Values.Where(t => t.Term.Kind == TermKind.Entity).Select(t => t.Term.Id).ToList();
            foreach (var (path, mark, term) in _relationReferences)
            {
                Require(path, mark, term.Measure, measures, "measure");
                if (term.Entity is { } entity)
                {
                    Require(path, mark, entity, entities, "entity");
                }
            }

            var rules = _ruleOrder.Select(id => _rules[id]).ToList();
            RefuseCycles(rules.SelectMany(r => r.Relations).ToList());
            var lexicon = new Lexicon(_termOrder.Select(id => _terms[id].Term), _units.Values, _qualifiers.Values, _partitions.Values);
            return new RuleSet(lexicon, [.. rules]);
        }

        /// <summary>
        /// Refuses relations that define a figure through itself across several relations (a = b + c, b = a + d).
        /// Figures are a measure of an entity: a relation without entities holds for each entity alike ("*").
        /// </summary>
        private void RefuseCycles(List<SumRelation> relations)
        {
            var entities = relations.SelectMany(r => r.Parts.Append(r.Total).Select(t => t.Entity).Append(r.TotalEntity))
                .OfType<string>().Prepend("*").Distinct().ToList();
            var edges = new Dictionary<string, List<(string To, SumRelation By)>>();
            foreach (var relation in relations)
            {
                foreach (var entity in relation.TotalEntity is { } fixedEntity ? [fixedEntity] : entities)
                {
                    var total = Node(relation.Total.Measure, entity);
                    var parts = relation.Parts.Select(p => Node(p.Measure, p.Entity ?? entity)).ToList();
                    if (parts.Contains(total))
                    {
                        continue; // the sum check skips such an instance too ("total" as one of its own parts)
                    }

                    foreach (var part in parts)
                    {
                        (edges.TryGetValue(total, out var list) ? list : edges[total] = []).Add((part, relation));
                    }
                }
            }

            if (Cycle(edges) is { } cycle)
            {
                var (path, mark) = _relationPlaces.GetValueOrDefault(cycle[^1].By);
                var through = string.Join(", ", cycle.Select(e => e.By).Distinct().Select(r => _relationPlaces.TryGetValue(r, out var at) ? $"'{r.Text}' ({at.Path}:{at.Mark.Line}:{at.Mark.Column})" : $"'{r.Text}'"));
                throw new RuleSetException(path ?? "(rules)", (int)mark.Line, (int)mark.Column, string.Format(CultureInfo.InvariantCulture, Messages.CyclicRelations, cycle[0].From, through));
            }
        }

        private static string Node(string measure, string entity) => entity == "*" ? measure : $"{measure}@{entity}";

        /// <summary>The edges of the first cycle found (depth-first, iterative), in order around it; null if none.</summary>
        private static List<(string From, SumRelation By)>? Cycle(Dictionary<string, List<(string To, SumRelation By)>> edges)
        {
            var state = new Dictionary<string, int>(); // absent: unseen, 1: on the current path, 2: done
            foreach (var start in edges.Keys)
            {
                if (state.ContainsKey(start))
                {
                    continue;
                }

                var path = new List<(string Node, int Next, SumRelation? By)> { (start, 0, null) };
                state[start] = 1;
                while (path.Count > 0)
                {
                    var (node, next, by) = path[^1];
                    var outgoing = edges.GetValueOrDefault(node) ?? [];
                    if (next == outgoing.Count)
                    {
                        state[node] = 2;
                        path.RemoveAt(path.Count - 1);
                        continue;
                    }

                    path[^1] = (node, next + 1, by);
                    var (to, relation) = outgoing[next];
                    if (state.GetValueOrDefault(to) == 1)
                    {
                        var from = path.FindIndex(p => p.Node == to);
                        return [.. path.Skip(from).Select((p, i) => (p.Node, from + i + 1 < path.Count ? path[from + i + 1].By! : relation))];
                    }

                    if (!state.ContainsKey(to))
                    {
                        state[to] = 1;
                        path.Add((to, 0, relation));
                    }
                }
            }

            return null;
        }
    }

    private sealed class FileReader(string path, Merger merger)
    {
        public void Read(string yaml)
        {
            RefuseControlCharacters(yaml);
            var stream = new YamlStream();
            try
            {
                RefuseAliases(yaml);
                stream.Load(new StringReader(yaml));
            }
            catch (YamlException ex)
            {
                throw new RuleSetException(path, (int)ex.Start.Line, (int)ex.Start.Column, OneLine(ex.Message), ex);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
            {
                // YamlDotNet 18 lets these out on some malformed input (found by fuzzing); they are the file's fault.
                throw new RuleSetException(path, 0, 0, string.Format(CultureInfo.InvariantCulture, Messages.YamlUnreadable, ex.Message), ex);
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                throw new RuleSetException(path, 1, 1, "a rule file is a YAML mapping with 'version', 'vocabulary' and 'rules'");
            }

            CheckKeys(root, TopKeys, "rule file");
            var version = Scalar(root, "version", required: true);
            if (version != "1")
            {
                throw Error(Node(root, "version")!, $"unsupported version '{version}'; this tool reads version 1");
            }

            if (Node(root, "vocabulary") is { } vocabulary)
            {
                ReadVocabulary(AsMapping(vocabulary, "vocabulary"));
            }

            if (Node(root, "rules") is { } rules)
            {
                foreach (var rule in AsSequence(rules, "rules"))
                {
                    ReadRule(AsMapping(rule, "a rule"));
                }
            }
        }

        /// <summary>YAML allows tab, line breaks and printable characters only; YamlDotNet trips over the rest (NUL).</summary>
        private void RefuseControlCharacters(string yaml)
        {
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < yaml.Length; i++)
            {
                var c = yaml[i];
                if (c == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
                else if ((char.IsControl(c) && c is not ('\t' or '\r' or '\u0085')) || c is '\uFFFE' or '\uFFFF')
                {
                    throw new RuleSetException(path, line, i - lineStart + 1, string.Format(CultureInfo.InvariantCulture, Messages.YamlControlCharacter, (int)c));
                }
            }
        }

        private static void RefuseAliases(string yaml)
        {
            // Aliases let a few lines expand into millions of nodes; rule files have no need of them.
            // Deep nesting would overflow the stack of YamlDotNet's recursive loader: stop at the limit.
            var parser = new Parser(new StringReader(yaml));
            var depth = 0;
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        throw new YamlException(alias.Start, alias.End, "YAML aliases (*name) are not allowed in rule files");
                    case SequenceStart or MappingStart when ++depth > MaxYamlDepth:
                        throw new YamlException(parser.Current.Start, parser.Current.End, string.Format(CultureInfo.InvariantCulture, Messages.YamlTooDeep, MaxYamlDepth));
                    case SequenceEnd or MappingEnd:
                        depth--;
                        break;
                }
            }
        }

        private void ReadVocabulary(YamlMappingNode vocabulary)
        {
            CheckKeys(vocabulary, VocabularyKeys, "vocabulary");
            ReadTerms(vocabulary, "measures", TermKind.Measure);
            ReadTerms(vocabulary, "entities", TermKind.Entity);
            ReadTerms(vocabulary, "periods", TermKind.Period);
            ReadPhraseList(vocabulary, "national", TermKind.National);
            ReadPhraseList(vocabulary, "comparison-bases", TermKind.ComparisonBase);

            foreach (var node in Items(vocabulary, "units"))
            {
                var unit = AsMapping(node, "a unit");
                CheckKeys(unit, UnitKeys, "unit");
                var dimension = Scalar(unit, "dimension", required: true)!;
                var parsed = dimension switch
                {
                    "currency" => UnitDimension.Currency,
                    "count" => UnitDimension.Count,
                    _ => throw Error(Node(unit, "dimension")!, $"unknown unit dimension '{dimension}'; expected currency or count"),
                };
                var measure = Scalar(unit, "measure") switch
                {
                    null or "false" => false,
                    "true" => true,
                    var other => throw Error(Node(unit, "measure")!, $"unit measure must be true or false, not '{other}'"),
                };
                merger.AddUnit(new UnitTerm(Scalar(unit, "id", required: true)!, Scalar(unit, "name") ?? Scalar(unit, "id")!, parsed, Strings(unit, "aliases"), measure));
            }

            foreach (var node in Items(vocabulary, "qualifiers"))
            {
                var qualifier = AsMapping(node, "a qualifier");
                CheckKeys(qualifier, QualifierKeys, "qualifier");
                var effectText = Scalar(qualifier, "effect", required: true)!;
                var effects = Enum.GetNames<QualifierEffect>().Select(n => n.ToLowerInvariant()).ToArray();
                if (!effects.Contains(effectText))
                {
                    var hint = DidYouMean(effectText, effects) is { } near ? $"; did you mean '{near}'?" : $"; expected one of {string.Join(", ", effects)}";
                    throw Error(Node(qualifier, "effect")!, $"unknown qualifier effect '{effectText}'{hint}");
                }

                var slackText = Scalar(qualifier, "slack") ?? "0";
                if (!decimal.TryParse(slackText, NumberStyles.Float, CultureInfo.InvariantCulture, out var slack) || slack < 0 || slack >= 1)
                {
                    throw Error(Node(qualifier, "slack")!, $"slack must be a fraction between 0 and 1, not '{slackText}'");
                }

                merger.AddQualifier(new QualifierTerm(Scalar(qualifier, "id", required: true)!, Enum.Parse<QualifierEffect>(effectText, ignoreCase: true), slack, Strings(qualifier, "words")));
            }

            foreach (var node in Items(vocabulary, "partitions"))
            {
                var partition = AsMapping(node, "a partition");
                CheckKeys(partition, PartitionKeys, "partition");
                var members = Strings(partition, "members");
                if (members.Length < 2)
                {
                    throw Error(Node(partition, "members") ?? partition, "a partition needs at least two members");
                }

                merger.AddPartition(new Partition(Scalar(partition, "id", required: true)!, members));
            }
        }

        private void ReadTerms(YamlMappingNode vocabulary, string key, TermKind kind)
        {
            foreach (var node in Items(vocabulary, key))
            {
                var term = AsMapping(node, $"an entry of {key}");
                CheckKeys(term, TermKeys, key[..^1]);
                var id = Scalar(term, "id", required: true)!;
                var aliases = Strings(term, "aliases");
                var name = Scalar(term, "name") ?? id;
                var unit = Scalar(term, "unit") switch
                {
                    null or "currency" => UnitDimension.Currency,
                    "count" => UnitDimension.Count,
                    "percent" => UnitDimension.Percent,
                    var other => throw Error(Node(term, "unit")!, $"unknown measure unit '{other}'; expected currency, count or percent"),
                };
                int? days = null;
                if (Scalar(term, "days") is { } daysText)
                {
                    days = int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is > 0 and <= 3660
                        ? parsed
                        : throw Error(Node(term, "days")!, $"days must be a whole number of days from 1 to 3660, not '{daysText}'");
                }

                merger.AddTerm(new Term(id, name, kind, aliases.Contains(name) ? aliases : aliases.Insert(0, name), unit, days), path, term.Start);
            }
        }

        private void ReadPhraseList(YamlMappingNode vocabulary, string key, TermKind kind)
        {
            if (Node(vocabulary, key) is { } node)
            {
                merger.AddTerm(new Term(key, key, kind, Strings(vocabulary, key)), path, node.Start);
            }
        }

        private void ReadRule(YamlMappingNode rule)
        {
            CheckKeys(rule, RuleKeys, "rule");
            var id = Scalar(rule, "id", required: true)!;
            if (!RuleIdPattern().IsMatch(id))
            {
                throw Error(Node(rule, "id")!, $"rule ID '{id}' must be two capital letters and four digits, like BA2001");
            }

            var kind = Scalar(rule, "kind", required: true)!;
            if (!CheckKinds.All.Contains(kind))
            {
                var hint = DidYouMean(kind, CheckKinds.All) is { } near ? $"did you mean '{near}'?" : $"expected one of {string.Join(", ", CheckKinds.All)}";
                throw Error(Node(rule, "kind")!, $"unknown check kind '{kind}'; {hint}");
            }

            var severityText = Scalar(rule, "severity") ?? "error";
            if (!Enum.TryParse<Severity>(severityText, ignoreCase: true, out var severity) || !Enum.GetNames<Severity>().Contains(severityText, StringComparer.OrdinalIgnoreCase))
            {
                throw Error(Node(rule, "severity")!, $"unknown severity '{severityText}'; expected error, warning or info");
            }

            var relations = ImmutableArray.CreateBuilder<SumRelation>();
            foreach (var node in Items(rule, "relations"))
            {
                relations.Add(ParseRelation(node));
            }

            if (kind == CheckKinds.Sum && relations.Count == 0)
            {
                throw Error(rule, $"sum rule {id} needs 'relations', e.g. \"total-trade = exports + imports\"");
            }

            merger.AddRule(new Rule(id, kind, Scalar(rule, "title", required: true)!, severity, Scalar(rule, "description") ?? string.Empty, relations.ToImmutable(), path));
        }

        private SumRelation ParseRelation(YamlNode node)
        {
            if (node is not YamlScalarNode { Value: { } text })
            {
                throw Error(node, "a relation is a string such as \"total-trade = exports + imports\"");
            }

            var match = SumPattern().Match(text);
            if (!match.Success)
            {
                throw Error(node, $"cannot read relation '{text}'; write it as \"total = part + part\" (or >= when the parts may not be all of it) with measure IDs, each optionally @entity");
            }

            var total = RelationTerm.Parse(match.Groups[1].Value);
            var parts = match.Groups[3].Value.Split('+', StringSplitOptions.TrimEntries).Select(RelationTerm.Parse).ToList();
            if (parts.Contains(total) || (total.Entity is null && parts.Any(p => p.Measure == total.Measure && p.Entity is null)))
            {
                throw Error(node, $"relation '{text}' is cyclic: '{total}' is defined in terms of itself");
            }

            foreach (var term in parts.Prepend(total))
            {
                merger.Reference(path, node.Start, term);
            }

            var relation = new SumRelation(total, [.. parts], match.Groups[2].Value == ">=", text.Trim());
            merger.Place(relation, path, node.Start);
            return relation;
        }

        private void CheckKeys(YamlMappingNode mapping, string[] known, string what)
        {
            foreach (var key in mapping.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (!known.Contains(name))
                {
                    var hint = DidYouMean(name, known) is { } near ? $"; did you mean '{near}'?" : $"; expected {string.Join(", ", known)}";
                    throw Error(key, $"unknown key '{name}' in {what}{hint}");
                }
            }
        }

        private static YamlNode? Node(YamlMappingNode mapping, string key) =>
            mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

        private string? Scalar(YamlMappingNode mapping, string key, bool required = false)
        {
            var node = Node(mapping, key);
            if (node is null)
            {
                return required ? throw Error(mapping, $"missing '{key}'") : null;
            }

            return node is YamlScalarNode scalar ? scalar.Value : throw Error(node, $"'{key}' must be a single value");
        }

        private YamlSequenceNode Items(YamlMappingNode mapping, string key) =>
            Node(mapping, key) is { } node ? AsSequence(node, key) : [];

        private ImmutableArray<string> Strings(YamlMappingNode mapping, string key) =>
            [.. Items(mapping, key).Select(n => n is YamlScalarNode { Value: { Length: > 0 } value } ? value : throw Error(n, $"each of '{key}' must be a non-empty string"))];

        private YamlMappingNode AsMapping(YamlNode node, string what) =>
            node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping (key: value)");

        private YamlSequenceNode AsSequence(YamlNode node, string what) =>
            node as YamlSequenceNode ?? throw Error(node, $"'{what}' must be a list");

        private RuleSetException Error(YamlNode node, string reason) =>
            new(path, (int)node.Start.Line, (int)node.Start.Column, reason);

        private static string OneLine(string message)
        {
            var cut = message.IndexOf('\n', StringComparison.Ordinal);
            var line = cut < 0 ? message : message[..cut];
            // YamlDotNet prefixes "(Line: x, Col: y, Idx: z) - (...): "; the position is already in front.
            var marker = line.LastIndexOf("): ", StringComparison.Ordinal);
            return marker >= 0 && line.StartsWith('(') ? line[(marker + 3)..] : line;
        }
    }
}
