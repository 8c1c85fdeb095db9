using System.Collections.Immutable;
using System.Globalization;

namespace BriefingAudit.Core.Evaluation;

/// <summary>
/// The accuracy of the checker on one set of corpus transcripts: recall per relation kind on planted and mutated
/// errors, false errors on the transcripts as written, and claim-extraction precision and recall (with each truth claim
/// not read and each claim read that the truth does not list, so that an extraction miss can be found), and how many
/// of the claims read were bound, and how the checker had read each figure whose error it missed
/// (<see cref="MissedByReading"/>, indexed by <see cref="FigureReading"/>), and every transcript or mutant that could
/// not be checked, with the reason (<see cref="Failures"/>; <see cref="Transcripts"/> counts the measured ones). Immutable.
/// </summary>
public sealed record EvaluationReport(
    string Name,
    int Transcripts,
    ImmutableArray<KindScore> Kinds,
    int FalseErrors,
    ImmutableArray<string> FalseErrorExamples,
    int TruthClaims,
    int ExtractedClaims,
    int MatchedTruthClaims,
    int MatchedExtractedClaims,
    int BoundClaims,
    ImmutableArray<string> Missed,
    ImmutableArray<int> MissedByReading,
    ImmutableArray<string> ClaimMistakes,
    ImmutableArray<string> Failures)
{
    public double FalseErrorsPerTranscript => Transcripts == 0 ? 0 : (double)FalseErrors / Transcripts;

    public double ExtractionPrecision => ExtractedClaims == 0 ? 0 : (double)MatchedExtractedClaims / ExtractedClaims;

    public double ExtractionRecall => TruthClaims == 0 ? 0 : (double)MatchedTruthClaims / TruthClaims;

    /// <summary>
    /// The share of the claims read that were bound to a measure and a period, so could take part in a relation: on
    /// text the vocabulary was not written for, the first thing to fall.
    /// </summary>
    public double BoundShare => ExtractedClaims == 0 ? 0 : (double)BoundClaims / ExtractedClaims;

    /// <summary>A Markdown table, as the README shows it; with <paramref name="verbose"/>, every miss and false error.</summary>
    public void Write(TextWriter output, bool verbose = false)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"### {Name}: {Transcripts} transcripts");
        output.WriteLine();
        output.WriteLine("| relation kind | mutants found | planted found | recall |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var kind in Kinds)
        {
            output.WriteLine(string.Format(c, "| {0} | {1}/{2} | {3}/{4} | {5} |", kind.Kind, kind.MutantsFound, kind.Mutants, kind.PlantedFound, kind.Planted, double.IsNaN(kind.Recall) ? "–" : kind.Recall.ToString("0.00", c)));
        }

        output.WriteLine();
        output.WriteLine(string.Format(c, "- false errors: {0} in {1} transcripts = {2:0.00} per transcript", FalseErrors, Transcripts, FalseErrorsPerTranscript));
        output.WriteLine(string.Format(c, "- claim extraction: precision {0:0.000} ({1}/{2}), recall {3:0.000} ({4}/{5})", ExtractionPrecision, MatchedExtractedClaims, ExtractedClaims, ExtractionRecall, MatchedTruthClaims, TruthClaims));
        output.WriteLine(string.Format(c, "- claims bound to a measure and a period: {0:0.00} ({1}/{2})", BoundShare, BoundClaims, ExtractedClaims));
        if (Missed.Length > 0)
        {
            var readings = Enum.GetValues<FigureReading>().Where(r => MissedByReading[(int)r] > 0).Select(r => $"{MissedByReading[(int)r]} {Evaluator.Describe(r)}");
            output.WriteLine($"- missed figures, as the checker read them: {string.Join(", ", readings)}");
        }

        foreach (var failure in Failures)
        {
            output.WriteLine($"  - not measured: {failure}");
        }

        foreach (var example in FalseErrorExamples.Take(verbose ? int.MaxValue : 5))
        {
            output.WriteLine($"  - false error: {example}");
        }

        foreach (var mistake in verbose ? ClaimMistakes : [])
        {
            output.WriteLine($"  - claim {mistake}");
        }

        foreach (var miss in verbose ? Missed : [])
        {
            output.WriteLine($"  - missed: {miss}");
        }

        output.WriteLine();
    }
}
