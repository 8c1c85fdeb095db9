namespace BriefingAudit.Core.Document;

public enum DocumentFormat
{
    PlainText,
    Html,

    /// <summary>A Word document; its "lines" are paragraph numbers.</summary>
    Docx,
}
