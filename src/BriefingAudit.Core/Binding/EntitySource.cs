namespace BriefingAudit.Core.Binding;

public enum EntitySource
{
    National,
    Vocabulary,
    Phrase,
}
