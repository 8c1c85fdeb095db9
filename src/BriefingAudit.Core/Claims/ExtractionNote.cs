using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Claims;

/// <summary>A figure the extractor saw but could not use, and why (for example, too large for a decimal).</summary>
public sealed record ExtractionNote(SourceSpan Span, string Message);
