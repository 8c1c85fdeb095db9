namespace BriefingAudit.Core.Rules;

/// <summary>One side of a relation: a measure, and the entity it is of when the relation names one.</summary>
public sealed record RelationTerm(string Measure, string? Entity)
{
    public static RelationTerm Parse(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? new RelationTerm(text.Trim(), null) : new RelationTerm(text[..at].Trim(), text[(at + 1)..].Trim());
    }

    public override string ToString() => Entity is null ? Measure : $"{Measure}@{Entity}";
}
