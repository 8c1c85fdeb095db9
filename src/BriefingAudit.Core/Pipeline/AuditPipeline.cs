using System.Text.RegularExpressions;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Rules;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Pipeline;

/// <summary>
/// The stages wired once: document → segments → claims → bound claims → findings.
/// Immutable and thread-safe: build one and reuse it for many files.
/// </summary>
public sealed class AuditPipeline
{
    private readonly ClaimExtractor _extractor;
    private readonly ClaimBinder _binder;
    private readonly ChineseClaimExtractor _chineseExtractor;
    private readonly ChineseClaimBinder _chineseBinder;

    public AuditPipeline(RuleSet rules, INumberFinder? numbers = null)
    {
        Rules = rules;
        _extractor = new ClaimExtractor(rules.Lexicon, numbers ?? WindowedNumberFinder.English);
        _chineseExtractor = new ChineseClaimExtractor(rules.Lexicon);
        _chineseBinder = new ChineseClaimBinder(rules.Lexicon);
        var totals = rules.Rules.Where(r => r.Kind == CheckKinds.Sum).SelectMany(r => r.Relations)
            .SelectMany(r => r.Parts.Where(p => p.Entity is null).Select(p => (Part: p.Measure, Total: r.Total.Measure)))
            .GroupBy(x => x.Part).ToDictionary(g => g.Key, g => g.First().Total);
        _binder = new ClaimBinder(rules.Lexicon, totals);
    }

    public RuleSet Rules { get; }

    /// <summary>
    /// Checks a document in the language its text is written in. <paramref name="cancellation"/> is looked at
    /// between stages and before each sentence, so a file stops within one sentence's work (sentences are bounded
    /// in length) of being cancelled.
    /// </summary>
    public AuditResult Run(TranscriptDocument document, CancellationToken cancellation = default) =>
        Run(document, LanguageDetector.Detect(document.Text), cancellation);

    public AuditResult Run(TranscriptDocument document, Language language, CancellationToken cancellation = default)
    {
        var reading = Read(document, language, cancellation);
        cancellation.ThrowIfCancellationRequested();
        var findings = Suppressions.Apply(document, Checker.Run(Rules, CheckContext.Create(reading.Claims, Rules)));
        return new AuditResult(document, reading.Claims, findings, reading.Notes);
    }

    /// <summary>
    /// Reads and binds the claims of a document without checking them; Chinese has its own extractor and binder.
    /// A pattern's time limit is of wall-clock time, so on a machine loaded far beyond its cores (a batch run beside
    /// builds and test runs) a pattern that needs milliseconds was seen to pass its second; the document is read once
    /// more, and a pattern that truly runs away does so again and throws.
    /// </summary>
    public DocumentReading Read(TranscriptDocument document, Language language, CancellationToken cancellation = default)
    {
        try
        {
            return ReadOnce(document, language, cancellation);
        }
        catch (RegexMatchTimeoutException)
        {
            return ReadOnce(document, language, cancellation);
        }
    }

    private DocumentReading ReadOnce(TranscriptDocument document, Language language, CancellationToken cancellation)
    {
        var segmented = Segmenter.Segment(document);
        cancellation.ThrowIfCancellationRequested();
        if (language == Language.Chinese)
        {
            var chinese = _chineseExtractor.Extract(segmented, cancellation);
            cancellation.ThrowIfCancellationRequested();
            return new DocumentReading(language, segmented, _chineseBinder.Bind(segmented, chinese.Claims), chinese.Notes);
        }

        // The vocabulary of each sentence is matched once, for both the extractor and the binder.
        var scan = DocumentScan.Of(segmented, Rules.Lexicon, cancellation);
        var extraction = _extractor.Extract(segmented, scan, cancellation);
        cancellation.ThrowIfCancellationRequested();
        return new DocumentReading(language, segmented, _binder.Bind(segmented, scan, extraction.Claims), extraction.Notes);
    }

    /// <summary>Checks a text as if it were a file at <paramref name="path"/> (tests, standard input, the web page).</summary>
    public AuditResult RunText(string text, string path = "input.txt") => Run(DocumentLoader.FromText(path, text));
}
