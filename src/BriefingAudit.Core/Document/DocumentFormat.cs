namespace BriefingAudit.Core.Document;

public enum DocumentFormat
{
    PlainText,
    Html,
}
