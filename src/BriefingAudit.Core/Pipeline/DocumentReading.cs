using System.Collections.Immutable;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Pipeline;

/// <summary>
/// A document read but not yet checked: its language, paragraphs and sentences, bound claims and notes. What both
/// <c>check</c> and <c>compare</c> start from. Immutable.
/// </summary>
public sealed record DocumentReading(Language Language, SegmentedDocument Segmented, ImmutableArray<BoundClaim> Claims, ImmutableArray<ExtractionNote> Notes)
{
    public TranscriptDocument Document => Segmented.Document;
}
