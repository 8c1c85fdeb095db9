namespace BriefingAudit.Core.Document;

/// <summary>A 1-based line and column in the file the user opened (columns count UTF-16 code units).</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
