namespace BriefingAudit.Core.Document;

/// <summary>The language a transcript is written in; it chooses how claims are read and bound.</summary>
public enum Language
{
    English,
    Chinese,
}
