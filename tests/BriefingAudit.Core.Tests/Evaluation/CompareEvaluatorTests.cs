using BriefingAudit.Core.Evaluation;

namespace BriefingAudit.Core.Tests.Evaluation;

/// <summary>compare on the labelled pairs of corpus/compare: every kind of mismatch, precision and recall at least 0.9.</summary>
public class CompareEvaluatorTests
{
    private static string Corpus => Path.Combine(AppContext.BaseDirectory, "Corpus", "compare");

    private static readonly Lazy<CompareEvaluationReport> Written = new(() => new CompareEvaluator(TestPipeline.Default).Run(Corpus, "compare"));

    [Fact]
    public void Corpus_HasTwelvePairsOrMore() => Assert.True(Written.Value.Pairs >= 12, $"{Written.Value.Pairs} pairs");

    [Fact]
    public void EveryKindOfMismatch_IsWrittenIn() => Assert.All(Written.Value.Kinds, k => Assert.True(k.Expected > 0, $"no {k.Kind} in the corpus"));

    [Fact]
    public void PrecisionAndRecall_AtLeast09()
    {
        var total = Written.Value.Total;
        Assert.True(total.Precision >= 0.9, $"precision {total.Precision:0.00}: {string.Join("; ", Written.Value.FalseFindings)}");
        Assert.True(total.Recall >= 0.9, $"recall {total.Recall:0.00}: {string.Join("; ", Written.Value.Missed)}");
    }

    [Fact]
    public void UnseenPairs_PrecisionAndRecall_AtLeast09()
    {
        var unseen = new CompareEvaluator(TestPipeline.Default).Run(Path.Combine(Corpus, "unseen"), "unseen").Total;
        Assert.True(unseen.Precision >= 0.9 && unseen.Recall >= 0.9, $"precision {unseen.Precision:0.00}, recall {unseen.Recall:0.00}");
    }

    [Fact]
    public void FolderOfPairs_IsRecognised()
    {
        Assert.True(CompareEvaluator.IsPairCorpus(Corpus));
        Assert.False(CompareEvaluator.IsPairCorpus(Path.Combine(Corpus, "01-foreign-trade-q1")));
    }
}
