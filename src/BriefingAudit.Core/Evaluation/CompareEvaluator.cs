using System.Collections.Immutable;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Comparison;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Evaluation;

/// <summary>
/// Measures compare on a corpus of pairs: each subfolder with a <c>truth.yaml</c> holds <c>source.*.txt</c> (the
/// original), <c>target.*.txt</c> (its translation) and the mismatches written into the translation. A finding is
/// correct when its rule's kind is a listed mismatch's and it cites that mismatch's figures (line and number, in
/// the right file); every other finding is false, at any severity.
/// </summary>
public sealed class CompareEvaluator(AuditPipeline pipeline)
{
    /// <summary>True for a folder with at least one pair folder (one holding a truth.yaml).</summary>
    public static bool IsPairCorpus(string folder) =>
        Directory.Exists(folder) && Directory.EnumerateDirectories(folder).Any(d => File.Exists(Path.Combine(d, "truth.yaml")));

    public CompareEvaluationReport Run(string folder, string name)
    {
        var comparer = new TranslationComparer(pipeline);
        var pairs = Directory.EnumerateDirectories(folder).Where(d => File.Exists(Path.Combine(d, "truth.yaml"))).Order(StringComparer.Ordinal).ToList();
        var scores = CheckKinds.Compare.ToDictionary(k => k, k => new MismatchScore(k, 0, 0, 0, 0));
        var falseFindings = new List<string>();
        var missed = new List<string>();
        var failures = new List<string>();
        foreach (var pair in pairs)
        {
            string source, target;
            ImmutableArray<ExpectedMismatch> expected;
            List<Finding> findings;
            try
            {
                source = Single(pair, "source.*");
                target = Single(pair, "target.*");
                expected = TruthLoader.LoadMismatches(Path.Combine(pair, "truth.yaml"));
                findings = [.. comparer.Compare(DocumentLoader.Load(source), DocumentLoader.Load(target)).Findings];
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // One pair that cannot be measured must not lose the rest of the corpus.
                failures.Add(MeasureFailure.Describe(pair, ex));
                continue;
            }

            var label = Path.GetFileName(pair);
            foreach (var mismatch in expected)
            {
                var found = findings.Any(f => Matches(f, mismatch, source, target));
                Count(scores, mismatch.Kind, s => s with { Expected = s.Expected + 1, Found = s.Found + (found ? 1 : 0) });
                if (!found)
                {
                    missed.Add($"{label}: {mismatch.Kind} {Describe(mismatch.Source)} → {Describe(mismatch.Target)}");
                }
            }

            foreach (var finding in findings)
            {
                var kind = pipeline.Rules.Find(finding.RuleId)?.Kind ?? finding.RuleId;
                var correct = expected.Any(m => Matches(finding, m, source, target));
                Count(scores, kind, s => s with { Reported = s.Reported + 1, Correct = s.Correct + (correct ? 1 : 0) });
                if (!correct)
                {
                    falseFindings.Add($"{label}: {finding.RuleId} {finding.Message}");
                }
            }
        }

        return new CompareEvaluationReport(name, pairs.Count - failures.Count, [.. scores.Values], [.. falseFindings], [.. missed], [.. failures]);
    }

    private bool Matches(Finding finding, ExpectedMismatch mismatch, string source, string target) =>
        pipeline.Rules.Find(finding.RuleId)?.Kind == mismatch.Kind
        && (mismatch.Source is not { } s || finding.Claims.Any(c => Cites(c, source, s)))
        && (mismatch.Target is not { } t || finding.Claims.Any(c => Cites(c, target, t)));

    private static bool Cites(Claim claim, string path, TruthFigure figure) =>
        claim.Path == path && claim.Span.Line == figure.Line && FigureText.Holds(claim.Text, figure.Number);

    private static void Count(Dictionary<string, MismatchScore> scores, string kind, Func<MismatchScore, MismatchScore> update) =>
        scores[kind] = update(scores.GetValueOrDefault(kind) ?? new MismatchScore(kind, 0, 0, 0, 0));

    private static string Describe(TruthFigure? figure) => figure is null ? "(none)" : $"line {figure.Line} \"{figure.Number}\"";

    private static string Single(string folder, string pattern)
    {
        var files = Directory.EnumerateFiles(folder, pattern).Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)).ToList();
        return files.Count == 1 ? files[0] : throw new InvalidDataException($"{folder}: a compare pair has exactly one {pattern}.txt, found {files.Count}");
    }
}
