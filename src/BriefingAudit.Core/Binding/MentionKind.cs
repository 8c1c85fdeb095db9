namespace BriefingAudit.Core.Binding;

internal enum MentionKind
{
    Measure,
    Entity,
    Pronoun,
    Period,
}
