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
        _extractor = new ClaimExtractor(rules.Lexicon, numbers ?? WindowedNumberFinder.English);
        var totals = rules.Rules.Where(r => r.Kind == CheckKinds.Sum).SelectMany(r => r.Relations)
            .SelectMany(r => r.Parts.Where(p => p.Entity is null).Select(p => (Part: p.Measure, Total: r.Total.Measure)))
            .GroupBy(x => x.Part).ToDictionary(g => g.Key, g => g.First().Total);
        _binder = new ClaimBinder(rules.Lexicon, totals);
    }

    public RuleSet Rules { get; }

    public AuditResult Run(TranscriptDocument document)
    {
        var segmented = Segmenter.Segment(document);
        var extraction = _extractor.Extract(segmented);
        var bound = _binder.Bind(segmented, extraction.Claims);
        var findings = Suppressions.Apply(document, Checker.Run(Rules, CheckContext.Create(bound, Rules)));
        return new AuditResult(document, bound, findings, extraction.Notes);
    }

    /// <summary>Checks a text as if it were a file at <paramref name="path"/> (tests, standard input, the web page).</summary>
    public AuditResult RunText(string text, string path = "input.txt") => Run(DocumentLoader.FromText(path, text));
}
