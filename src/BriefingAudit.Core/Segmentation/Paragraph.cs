using System.Collections.Immutable;

namespace BriefingAudit.Core.Segmentation;

/// <summary>
/// A paragraph with its speaker and turn. <see cref="Turn"/> counts speaker changes, so context
/// (the period or entity being talked about) can be kept within one answer and dropped at the next.
/// </summary>
public sealed record Paragraph(int Index, int Start, int Length, ParagraphKind Kind, string? Speaker, int Turn, ImmutableArray<Sentence> Sentences);
