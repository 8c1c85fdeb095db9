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

    public AuditPipeline(RuleSet rules, INumberFinder? numbers = null)
    {
        Rules = rules;
        _extractor = new ClaimExtractor(rules.Lexicon, numbers ?? RecognizerNumberFinder.English);
        _binder = new ClaimBinder(rules.Lexicon);
    }

    public RuleSet Rules { get; }

    /// <summary>
    /// Checks one document. <paramref name="cancellation"/> is looked at between stages and before each sentence,
    /// so a file stops within one sentence's work (sentences are bounded in length) of being cancelled.
    /// </summary>
    public AuditResult Run(TranscriptDocument document, CancellationToken cancellation = default)
    {
        var segmented = Segmenter.Segment(document);
        cancellation.ThrowIfCancellationRequested();
        var extraction = _extractor.Extract(segmented, cancellation);
        cancellation.ThrowIfCancellationRequested();
        var bound = _binder.Bind(segmented, extraction.Claims);
        cancellation.ThrowIfCancellationRequested();
        var findings = Checker.Run(Rules, CheckContext.Create(bound, Rules.Lexicon));
        return new AuditResult(document, bound, findings, extraction.Notes);
    }

    /// <summary>Checks a text as if it were a file at <paramref name="path"/> (tests, standard input, the web page).</summary>
    public AuditResult RunText(string text, string path = "input.txt") => Run(DocumentLoader.FromText(path, text));
}
