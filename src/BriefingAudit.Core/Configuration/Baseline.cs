using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;

namespace BriefingAudit.Core.Configuration;

/// <summary>
/// Findings accepted as they are (<c>briefing-audit baseline</c>): with a baseline, a finding whose file and
/// fingerprint are recorded is known and does not fail the gate; a recorded one no longer found is gone.
/// Fingerprints come from the rule and the figures' texts, so they hold when lines above move. Immutable.
/// </summary>
public sealed partial class Baseline
{
    public const string DefaultFileName = ".briefing-audit-baseline.json";

    private readonly ILookup<string, BaselineEntry> _byPath;

    public Baseline(string folder, IEnumerable<BaselineEntry> entries)
    {
        Folder = folder;
        Entries = [.. entries.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal).ThenBy(e => e.Fingerprint, StringComparer.Ordinal)];
        _byPath = Entries.ToLookup(e => e.Path, StringComparer.Ordinal);
    }

    /// <summary>The folder paths are relative to: the baseline file's.</summary>
    public string Folder { get; }

    public ImmutableArray<BaselineEntry> Entries { get; }

    internal static IJsonTypeInfoResolver WireShapes => BaselineShapes.Default;

    /// <summary>Today's findings of a run, to be saved as the baseline.</summary>
    public static Baseline FromOutcomes(string folder, IEnumerable<FileOutcome> outcomes) =>
        new(folder, outcomes.Where(o => !o.Failed).SelectMany(o => o.Result!.Findings.Select(f =>
            new BaselineEntry(Relative(folder, o.Path), f.RuleId, f.Fingerprint, f.Message))));

    public static Baseline Load(string path)
    {
        try
        {
            var file = JsonWire.Deserialize<BaselineFile>(File.ReadAllText(path))
                ?? throw new ConfigurationException(path, 1, 1, Messages.BaselineInvalid);
            return new Baseline(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".", file.Findings ?? []);
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException(path, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, Messages.BaselineInvalid, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(path, 1, 1, ex.Message, ex);
        }
    }

    public void Save(string path) =>
        // The reports' settings: the file is read by people in reviews as much as by the tool.
        File.WriteAllText(path, JsonWire.Serialize(new BaselineFile(1, [.. Entries]), JsonWire.Options) + "\n");

    /// <summary>
    /// The outcome without its known findings, how many were known, and the recorded findings of this file that
    /// were not found (gone). Each recorded entry accounts for one finding, so a second copy of a known finding is new.
    /// </summary>
    public (FileOutcome Outcome, int Known, ImmutableArray<BaselineEntry> Gone) Apply(FileOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Failed)
        {
            return (outcome, 0, []);
        }

        var recorded = _byPath[Relative(Folder, outcome.Path)].ToList();
        var kept = ImmutableArray.CreateBuilder<Checking.Finding>();
        foreach (var finding in outcome.Result!.Findings)
        {
            var index = recorded.FindIndex(e => e.Fingerprint == finding.Fingerprint && e.Rule == finding.RuleId);
            if (index >= 0)
            {
                recorded.RemoveAt(index);
            }
            else
            {
                kept.Add(finding);
            }
        }

        var known = outcome.Result.Findings.Length - kept.Count;
        return (outcome with { Result = outcome.Result with { Findings = kept.ToImmutable() } }, known, [.. recorded]);
    }

    private static string Relative(string folder, string path) =>
        path == "-" ? path : System.IO.Path.GetRelativePath(folder, System.IO.Path.GetFullPath(path)).Replace('\\', '/');

    [JsonSerializable(typeof(BaselineFile))]
    private sealed partial class BaselineShapes : JsonSerializerContext;

    private sealed record BaselineFile(int Version, List<BaselineEntry>? Findings);
}
