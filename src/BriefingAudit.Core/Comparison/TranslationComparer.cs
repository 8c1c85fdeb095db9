using System.Collections.Frozen;
using System.Collections.Immutable;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Comparison;

/// <summary>
/// <c>compare SOURCE TARGET</c>: reads both documents with the pipeline (each in its own language), normalises
/// their claims, aligns them and reports the compare rules (BA3xxx) of the pipeline's rule set. Only those: the
/// documents' own relations are what <c>check</c> is for. Immutable and thread-safe.
/// </summary>
public sealed class TranslationComparer(AuditPipeline pipeline)
{
    public ComparisonResult Compare(TranscriptDocument source, TranscriptDocument target, Language? sourceLanguage = null, Language? targetLanguage = null)
    {
        var sourceReading = Read(source, sourceLanguage);
        var targetReading = Read(target, targetLanguage);
        var pairs = ClaimAligner.Align(Normalise(sourceReading, pipeline.Rules.Lexicon.UnitsOfMeasure), Normalise(targetReading, pipeline.Rules.Lexicon.UnitsOfMeasure));
        var (inSource, inTarget) = MismatchFinder.Find(pipeline.Rules, pairs, source.Path, target.Path);
        // A count in words no source figure took is no figure of the translation ("the three provinces").
        var paired = pairs.Where(p => p.Target is not null).Select(p => p.Target!.Bound).ToHashSet();
        targetReading = targetReading with { Claims = [.. targetReading.Claims.Where(b => !FiguresInWords.IsCountInWords(b) || paired.Contains(b))] };
        return new ComparisonResult(Result(sourceReading, inSource), Result(targetReading, inTarget), pairs);
    }

    /// <summary>Compares two texts as if they were files (tests, the rule pages' examples).</summary>
    public ComparisonResult CompareText(string source, string target, string sourcePath = "source.txt", string targetPath = "target.txt") =>
        Compare(DocumentLoader.FromText(sourcePath, source), DocumentLoader.FromText(targetPath, target));

    private DocumentReading Read(TranscriptDocument document, Language? language)
    {
        var reading = pipeline.Read(document, language ?? LanguageDetector.Detect(document.Text));
        return reading.Language == Language.English ? reading with { Claims = FiguresInWords.Add(reading, pipeline.Rules.Lexicon) } : reading;
    }

    /// <summary>Every claim with its paragraph (counting only paragraphs with figures) and place in it.</summary>
    private static List<ComparedClaim> Normalise(DocumentReading reading, FrozenSet<string> measures)
    {
        // Each claim's sentence is looked up by its index, not searched for among all the sentences.
        var sentences = reading.Segmented.SentencesByIndex();
        var byParagraph = reading.Claims.GroupBy(b => sentences[b.Claim.SentenceIndex].ParagraphIndex).OrderBy(g => g.Key).ToList();
        var result = new List<ComparedClaim>();
        for (var p = 0; p < byParagraph.Count; p++)
        {
            var claims = byParagraph[p].OrderBy(b => b.Claim.Span.Start).ToList();
            result.AddRange(claims.Select((b, i) => new ComparedClaim(b, p, i, claims.Count)
            {
                // A multiple is a measure of its own: 增长1.8倍 is no count of the drugs said beside it.
                Measured = measures.Contains(b.Claim.Quantity.Unit) || ComparedClaim.RiseOf(b.Claim) is not null,
                RiseInPercent = ComparedClaim.RiseOf(b.Claim),
                PairsOnlyOnValue = FiguresInWords.IsCountInWords(b),
                PerUnit = b.Claim.Quantity.Dimension is UnitDimension.Percent or UnitDimension.PercentagePoints ? null : PerUnits.Of(b.Claim, reading.Document.Text),
            }));
        }

        return result;
    }

    private static AuditResult Result(DocumentReading reading, IEnumerable<Finding> findings) =>
        new(reading.Document, reading.Claims, Sorted(findings), reading.Notes);

    private static ImmutableArray<Finding> Sorted(IEnumerable<Finding> findings) =>
        [.. findings.OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)];
}
