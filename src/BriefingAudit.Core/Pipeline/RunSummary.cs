using System.Globalization;
using BriefingAudit.Core.Configuration;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Pipeline;

/// <summary>
/// The closing summary of a run, gathered file by file as outcomes arrive: every file (checked, or failed and
/// why), then the totals: files, claims, findings by rule, baseline, time and files per second. Not thread-safe.
/// </summary>
public sealed class RunSummary
{
    private readonly List<string> _files = [];
    private readonly SortedDictionary<string, int> _byRule = new(StringComparer.Ordinal);
    private readonly int[] _bySeverity = new int[3];
    private int _checked;
    private int _claims;
    private long _bytes;

    public int Known { get; private set; }

    public List<BaselineEntry> Gone { get; } = [];

    /// <summary>The files that could not be checked, in input order, with the reason.</summary>
    public List<(string Path, string Reason, string? Detail)> Failures { get; } = [];

    public int Failed => Failures.Count;

    public int Files => _checked + Failed;

    /// <summary>True when a finding is at or above <paramref name="level"/> (null: the gate never fails).</summary>
    public bool FailsGate(Severity? level) => level is { } lowest && _bySeverity.Skip((int)lowest).Any(n => n > 0);

    public void Add(FileOutcome outcome, string displayPath, int known = 0, IEnumerable<BaselineEntry>? gone = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Known += known;
        Gone.AddRange(gone ?? []);
        if (outcome.Failed)
        {
            Failures.Add((outcome.Path, outcome.Error!, outcome.Detail));
            _files.Add(string.Create(CultureInfo.InvariantCulture, $"  {displayPath}: failed: {outcome.Error}"));
            return;
        }

        var result = outcome.Result!;
        _checked++;
        _claims += result.ClaimCount;
        _bytes += result.Document.SourceText.Length;
        foreach (var finding in result.Findings)
        {
            _byRule[finding.RuleId] = _byRule.GetValueOrDefault(finding.RuleId) + 1;
            _bySeverity[(int)finding.Severity]++;
        }

        _files.Add(string.Create(CultureInfo.InvariantCulture, $"  {displayPath}: checked, {result.ClaimCount} claim(s), {result.Findings.Length} finding(s)"));
    }

    public void Write(TextWriter output, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("Summary:");
        foreach (var line in _files)
        {
            output.WriteLine(line);
        }

        var findings = _byRule.Values.Sum();
        var byRule = findings == 0 ? string.Empty : " (" + string.Join(", ", _byRule.Select(r => $"{r.Key}: {r.Value}")) + ")";
        var baseline = Known > 0 || Gone.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"; baseline: {Known} known, {Gone.Count} gone") : string.Empty;
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Files} file(s): {_checked} checked, {Failed} failed; {_claims} claim(s); {findings} finding(s){byRule}{baseline}; {elapsed.TotalSeconds:0.00} s, {Files / seconds:0.0} files/s, {_bytes / 1e6 / seconds:0.00} MB/s"));
    }
}
