using System.Collections.Immutable;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Pipeline;

/// <summary>What checking one document found: its claims, the findings and notes on unusable figures. Immutable.</summary>
public sealed record AuditResult(TranscriptDocument Document, ImmutableArray<BoundClaim> Claims, ImmutableArray<Finding> Findings, ImmutableArray<ExtractionNote> Notes);
