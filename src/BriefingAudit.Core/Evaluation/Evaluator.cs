using System.Collections.Immutable;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Evaluation;

/// <summary>
/// Measures the checker on a labelled corpus: every NAME.txt with a NAME.truth.yaml beside it. For each figure
/// of each consistent relation, a mutant changes only that figure well beyond rounding; the checker must cite
/// the changed figure. Errors on the transcripts as written that the truth does not list are false errors.
/// </summary>
public sealed class Evaluator(AuditPipeline pipeline)
{
    /// <param name="folder">The corpus folder.</param>
    /// <param name="name">What to call it in the report.</param>
    /// <param name="mutate">Whether to run the mutants (the slow part: one run per figure of each relation).</param>
    public EvaluationReport Run(string folder, string name, bool mutate = true)
    {
        var files = Directory.EnumerateFiles(folder, "*.truth.yaml").Order(StringComparer.Ordinal).ToList();
        var scores = new Dictionary<string, (int Mutants, int MutantsFound, int Planted, int PlantedFound)>();
        var falseErrors = new List<string>();
        var missed = new List<string>();
        var missedReadings = new int[Enum.GetValues<FigureReading>().Length];
        var claimMistakes = new List<string>();
        int truthClaims = 0, extracted = 0, matchedTruth = 0, matchedExtracted = 0, bound = 0;
        var failures = new List<string>();
        var measured = 0;
        foreach (var truthPath in files)
        {
            var textPath = truthPath[..^".truth.yaml".Length] + ".txt";
            string text;
            Truth truth;
            AuditResult result;
            try
            {
                text = File.ReadAllText(textPath);
                truth = TruthLoader.Load(truthPath);
                result = pipeline.RunText(text, Path.GetFileName(textPath));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // One transcript that cannot be measured must not lose the rest of the corpus.
                failures.Add(MeasureFailure.Describe(textPath, ex));
                continue;
            }

            measured++;
            void Miss(TruthFigure figure, string what)
            {
                var reading = ReadingOf(result, figure);
                missedReadings[(int)reading]++;
                missed.Add($"{Path.GetFileName(textPath)}:{figure.Line}: {what} \"{figure.Number}\" — {Describe(reading)}");
            }

            var errors = result.Findings.Where(f => f.Severity == Severity.Error).ToList();

            foreach (var planted in truth.Planted)
            {
                var found = errors.Any(f => FigureText.Cites(f, planted.Figure));
                Add(scores, planted.Kind, planted: true, found: found);
                if (!found)
                {
                    Miss(planted.Figure, $"planted {planted.Kind}");
                }
            }

            falseErrors.AddRange(errors
                .Where(f => !truth.Planted.Any(p => FigureText.Cites(f, p.Figure)))
                .Select(f => $"{Path.GetFileName(textPath)}:{f.Location.Line}: {f.RuleId} {f.Message}"));

            var claims = result.Claims.Select(b => b.Claim).ToList();
            truthClaims += truth.Claims.Length;
            extracted += claims.Count;
            bound += result.Claims.Count(b => b.IsBound);
            var unread = truth.Claims.Where(t => !claims.Any(c => c.Span.Line == t.Line && FigureText.Holds(c.Text, t.Number))).ToList();
            var unlisted = claims.Where(c => !truth.Claims.Any(t => c.Span.Line == t.Line && FigureText.Holds(c.Text, t.Number))).ToList();
            matchedTruth += truth.Claims.Length - unread.Count;
            matchedExtracted += claims.Count - unlisted.Count;
            claimMistakes.AddRange(unread.Select(t => $"not read: {Path.GetFileName(textPath)}:{t.Line}: \"{t.Number}\" ({t.Unit})"));
            claimMistakes.AddRange(unlisted.Select(c => $"read but not in the truth: {Path.GetFileName(textPath)}:{c.Span.Line}: \"{c.Text}\""));

            // A mutant that cannot be checked cites nothing, so it counts as missed, and the reason is listed.
            ImmutableArray<Finding> CitingTheMutant((string Text, string Number) mutant, TruthFigure figure)
            {
                try
                {
                    return [.. pipeline.RunText(mutant.Text, Path.GetFileName(textPath)).Findings.Where(f => f.Severity == Severity.Error && FigureText.Cites(f, figure with { Number = mutant.Number }))];
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    failures.Add(MeasureFailure.Describe($"{textPath}:{figure.Line}: the mutant of \"{figure.Number}\"", ex));
                    return [];
                }
            }

            var mutantResults = new Dictionary<(int, string), ImmutableArray<Finding>?>();
            foreach (var relation in mutate ? truth.Relations : [])
            {
                foreach (var figure in relation.Figures)
                {
                    if (!mutantResults.TryGetValue((figure.Line, figure.Number), out var findings))
                    {
                        var mutant = FigureText.Mutate(text, figure);
                        findings = mutant is { } m ? CitingTheMutant(m, figure) : null;
                        mutantResults[(figure.Line, figure.Number)] = findings;
                    }

                    if (findings is { } cited)
                    {
                        Add(scores, relation.Kind, planted: false, found: cited.Length > 0);
                        if (cited.Length == 0)
                        {
                            Miss(figure, $"{relation.Kind} ({figure.Role})");
                        }
                    }
                }
            }
        }

        var kinds = scores.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new KindScore(s.Key, s.Value.Mutants, s.Value.MutantsFound, s.Value.Planted, s.Value.PlantedFound));
        return new EvaluationReport(name, measured, [.. kinds], falseErrors.Count, [.. falseErrors], truthClaims, extracted, matchedTruth, matchedExtracted, bound, [.. missed], [.. missedReadings], [.. claimMistakes], [.. failures]);
    }

    /// <summary>How the figure was read in the transcript as written (the mutant's own reading is of a changed text).</summary>
    private static FigureReading ReadingOf(AuditResult result, TruthFigure figure)
    {
        var claim = result.Claims.FirstOrDefault(b => b.Claim.Span.Line == figure.Line && FigureText.Holds(b.Claim.Text, figure.Number));
        return claim switch
        {
            null => FigureReading.NotRead,
            { Measure: null } => FigureReading.NoMeasure,
            { Period: null } => FigureReading.NoPeriod,
            _ => FigureReading.Bound,
        };
    }

    internal static string Describe(FigureReading reading) => reading switch
    {
        FigureReading.Bound => "bound",
        FigureReading.NoPeriod => "without a period",
        FigureReading.NoMeasure => "without a measure",
        _ => "not read",
    };

    private static void Add(Dictionary<string, (int Mutants, int MutantsFound, int Planted, int PlantedFound)> scores, string kind, bool planted, bool found)
    {
        var s = scores.GetValueOrDefault(kind);
        scores[kind] = planted
            ? s with { Planted = s.Planted + 1, PlantedFound = s.PlantedFound + (found ? 1 : 0) }
            : s with { Mutants = s.Mutants + 1, MutantsFound = s.MutantsFound + (found ? 1 : 0) };
    }
}
