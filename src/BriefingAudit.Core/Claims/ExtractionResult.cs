using System.Collections.Immutable;

namespace BriefingAudit.Core.Claims;

/// <summary>The claims of a document, in text order, and notes on figures that were seen but not used.</summary>
public sealed record ExtractionResult(ImmutableArray<Claim> Claims, ImmutableArray<ExtractionNote> Notes);
