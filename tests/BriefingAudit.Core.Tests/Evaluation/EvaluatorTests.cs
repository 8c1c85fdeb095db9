using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Evaluation;
using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Tests.Evaluation;

public class EvaluatorTests
{
    private const string Transcript = """
        In the first half of the year, China's total imports and exports rose 2.9% to 21.79 trillion yuan. Exports grew 7.2% to 13 trillion yuan, while imports fell by 2.7% to 8.79 trillion yuan.

        In the first half of the year, China's total imports and exports reached 20 trillion yuan.
        """;

    private const string Truth = """
        claims:
          - {line: 1, number: "2.9", unit: percent}
          - {line: 1, number: "21.79", unit: yuan}
          - {line: 1, number: "7.2", unit: percent}
          - {line: 1, number: "13", unit: yuan}
          - {line: 1, number: "2.7", unit: percent}
          - {line: 1, number: "8.79", unit: yuan}
          - {line: 3, number: "20", unit: yuan}
        relations:
          - kind: sum
            figures:
              - {line: 1, number: "21.79", role: total}
              - {line: 1, number: "13", role: part}
              - {line: 1, number: "8.79", role: part}
        planted:
          - kind: restatement
            line: 3
            number: "20"
            cites: [{line: 1, number: "21.79"}]
        """;

    private static EvaluationReport Evaluate(string transcript, string truth) => new Evaluator(TestPipeline.Default).Run(Folder(transcript, truth), "test");

    [Fact]
    public void PlantedAndMutatedErrors_AreCounted()
    {
        var report = Evaluate(Transcript, Truth);
        Assert.Equal(new KindScore("restatement", 0, 0, 1, 1), report.Kinds.Single(k => k.Kind == "restatement"));
        var sum = report.Kinds.Single(k => k.Kind == "sum");
        Assert.Equal(3, sum.Mutants);
        Assert.Equal(3, sum.MutantsFound);
        Assert.Equal(0, report.FalseErrors);
    }

    [Fact]
    public void UnplantedError_IsAFalseError()
    {
        var report = Evaluate(Transcript, Truth.Replace("planted:\n  - kind: restatement\n    line: 3\n    number: \"20\"\n    cites: [{line: 1, number: \"21.79\"}]", "planted: []", StringComparison.Ordinal));
        Assert.Equal(1, report.FalseErrors);
    }

    [Fact]
    public void Extraction_IsScoredAgainstTruthClaims()
    {
        var report = Evaluate(Transcript, Truth);
        Assert.Equal(7, report.TruthClaims);
        Assert.Equal(7, report.MatchedTruthClaims);
        Assert.Equal(1.0, report.ExtractionPrecision);
    }

    [Fact]
    public void BoundClaims_AreCounted()
    {
        // Every figure of the trade sentences names its measure; "It was 4.1%" in a paragraph of its own names none.
        var report = Evaluate(Transcript + "\nThank you. It was 4.1%, I think.\n", Truth.Replace("relations:", "  - {line: 5, number: \"4.1\", unit: percent}\nrelations:", StringComparison.Ordinal));
        Assert.Equal(8, report.ExtractedClaims);
        Assert.Equal(7, report.BoundClaims);
        Assert.Contains("- claims bound to a measure and a period: 0.88 (7/8)", Write(report, verbose: false), StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractionMistakes_AreListedInTheVerboseReport()
    {
        // The truth lists a claim the text does not hold on that line, and leaves out one the checker reads.
        var truth = Truth.Replace("  - {line: 3, number: \"20\", unit: yuan}", "  - {line: 3, number: \"19\", unit: yuan}", StringComparison.Ordinal)
            .Replace("planted:\n  - kind: restatement\n    line: 3\n    number: \"20\"\n    cites: [{line: 1, number: \"21.79\"}]", "planted: []", StringComparison.Ordinal);
        var report = Evaluate(Transcript, truth);
        var output = Write(report, verbose: true);

        Assert.Equal(6, report.MatchedTruthClaims);
        Assert.Contains("  - claim not read: t.txt:3: \"19\" (yuan)", output, StringComparison.Ordinal);
        Assert.Contains("  - claim read but not in the truth: t.txt:3: \"20 trillion yuan\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("claim not read", Write(Evaluate(Transcript, Truth), verbose: false), StringComparison.Ordinal);
    }

    [Fact]
    public void MissedFigures_AreToldByHowTheyWereRead()
    {
        // "It was 9.9 percentage points" names no measure, so no check can see a change of the gap; the mutants of the
        // growth rates it compares are found through the total's growth.
        var truth = Truth.Replace("relations:", "  - {line: 5, number: \"9.9\", unit: percentage point}\nrelations:\n  - kind: gap\n    figures:\n      - {line: 1, number: \"7.2\", role: minuend}\n      - {line: 1, number: \"2.7\", role: subtrahend}\n      - {line: 5, number: \"9.9\", role: gap}", StringComparison.Ordinal);
        var report = Evaluate(Transcript + "\n\nThank you. It was 9.9 percentage points, I think.\n", truth);
        var output = Write(report, verbose: true);

        Assert.Equal(1, report.MissedByReading[(int)FigureReading.NoMeasure]);
        Assert.Equal(report.Missed.Length, report.MissedByReading.Sum());
        Assert.Contains("t.txt:5: gap (gap) \"9.9\" — without a measure", output, StringComparison.Ordinal);
        Assert.Contains("- missed figures, as the checker read them: ", output, StringComparison.Ordinal);
        Assert.Contains("1 without a measure", output, StringComparison.Ordinal);
    }

    // A runaway pattern (or a bug) met by one transcript must not lose the rest of the corpus: under load, one
    // regex time-out once stopped a whole `eval corpus` run.
    [Fact]
    public void TranscriptThatCannotBeChecked_IsListedAsNotMeasured_AndTheOthersAreMeasured()
    {
        var folder = TestTemp.Folder("eval-");
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Exports grew 7.2% to 13 trillion yuan in the runaway sentence.\n");
        File.WriteAllText(Path.Combine(folder, "a.truth.yaml"), "claims:\n  - {line: 1, number: \"7.2\", unit: percent}\nrelations: []\nplanted: []\n");
        File.WriteAllText(Path.Combine(folder, "b.txt"), Transcript);
        File.WriteAllText(Path.Combine(folder, "b.truth.yaml"), Truth);

        var report = new Evaluator(PipelineTimingOutOn("runaway", times: int.MaxValue)).Run(folder, "test");

        Assert.Equal($"{Path.Combine(folder, "a.txt")}: {Messages.PatternTimedOut}", Assert.Single(report.Failures));
        Assert.Equal(1, report.Transcripts);
        Assert.Equal(3, report.Kinds.Single(k => k.Kind == "sum").MutantsFound);
        Assert.Contains($"  - not measured: {report.Failures[0]}", Write(report, verbose: false), StringComparison.Ordinal);
    }

    [Fact]
    public void MutantThatCannotBeChecked_IsMissed_AndListedAsNotMeasured()
    {
        var mutated = FigureText.Mutate(Transcript, new TruthFigure(1, "8.79", null, null))!.Value.Number;

        var report = new Evaluator(PipelineTimingOutOn(mutated, times: int.MaxValue)).Run(Folder(Transcript, Truth), "test");

        var sum = report.Kinds.Single(k => k.Kind == "sum");
        Assert.Equal((3, 2), (sum.Mutants, sum.MutantsFound));
        Assert.Equal(1, report.Transcripts);
        Assert.Equal($"t.txt:1: the mutant of \"8.79\": {Messages.PatternTimedOut}", Path.GetFileName(Assert.Single(report.Failures)));
    }

    // A pattern's time limit is of wall-clock time, which a starved thread can pass: the text is read once more.
    [Fact]
    public void PatternThatTimesOutOnce_IsRunAgain_AndTheTranscriptMeasured()
    {
        var report = new Evaluator(PipelineTimingOutOn("21.79", times: 1)).Run(Folder(Transcript, Truth), "test");
        Assert.Empty(report.Failures);
        Assert.Equal(1, report.Transcripts);
    }

    private static string Folder(string transcript, string truth)
    {
        var folder = TestTemp.Folder("eval-");
        File.WriteAllText(Path.Combine(folder, "t.txt"), transcript);
        File.WriteAllText(Path.Combine(folder, "t.truth.yaml"), truth);
        return folder;
    }

    private static AuditPipeline PipelineTimingOutOn(string words, int times) =>
        new(TestPipeline.Default.Rules, new TimingOutFinder(words, times, WindowedNumberFinder.English));

    /// <summary>Reads numbers as the default finder does, but runs out of time on the first <c>times</c> sentences holding <c>words</c>.</summary>
    private sealed class TimingOutFinder(string words, int times, INumberFinder numbers) : INumberFinder
    {
        private int _timeOuts;

        public ImmutableArray<FoundNumber> Find(string sentence) =>
            sentence.Contains(words, StringComparison.Ordinal) && Interlocked.Increment(ref _timeOuts) <= times
                ? throw new RegexMatchTimeoutException(sentence, "a pattern", TimeSpan.FromSeconds(1))
                : numbers.Find(sentence);
    }

    private static string Write(EvaluationReport report, bool verbose)
    {
        var output = new StringWriter();
        report.Write(output, verbose);
        return output.ToString();
    }

    [Theory]
    [InlineData("rose 2.9% to", "2.9", "4.9")]
    [InlineData("reached 628,000 firms", "628,000", "847,800")]
    [InlineData("less than 300 billion", "300", "180")]
    public void Mutation_ChangesOnlyThatFigure_BeyondRounding(string line, string number, string expected)
    {
        var mutant = FigureText.Mutate("x\n" + line, new TruthFigure(2, number, null, null));
        Assert.Equal(expected, mutant?.Number);
        Assert.Equal("x\n" + line.Replace(number, expected, StringComparison.Ordinal), mutant?.Text);
    }

    [Fact]
    public void Corpus_StaysUnderTheFalseErrorTarget()
    {
        var report = new Evaluator(TestPipeline.Default).Run(Path.Combine(AppContext.BaseDirectory, "Corpus"), "corpus", mutate: false);
        Assert.Equal(8, report.Transcripts);
        Assert.True(report.FalseErrorsPerTranscript <= 0.1, string.Join("\n", report.FalseErrorExamples));
        Assert.True(report.ExtractionPrecision >= 0.97);
    }
}
