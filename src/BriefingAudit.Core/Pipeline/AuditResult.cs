using System.Collections.Immutable;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Pipeline;

/// <summary>What checking one document found: its claims, the findings and notes on unusable figures. Immutable.</summary>
public sealed record AuditResult(TranscriptDocument Document, ImmutableArray<BoundClaim> Claims, ImmutableArray<Finding> Findings, ImmutableArray<ExtractionNote> Notes)
{
    private readonly int? _claimCount;

    /// <summary>How many claims were read; still known after <see cref="Slim"/> has dropped them.</summary>
    public int ClaimCount
    {
        get => _claimCount ?? Claims.Length;
        private init => _claimCount = value;
    }

    /// <summary>
    /// The findings and notes with just the source lines they cite: what reporters other than the whole-text ones
    /// need, without the document's text and claims, so a run over thousands of files holds little per file.
    /// </summary>
    public AuditResult Slim() => this with
    {
        Document = Document.Excerpt(Findings.SelectMany(f => f.Claims.Select(c => c.Span.Line)).Concat(Notes.Select(n => n.Span.Line))),
        Claims = [],
        ClaimCount = ClaimCount,
    };
}
