namespace BriefingAudit.Core.Binding;

/// <summary>
/// Whose figure a claim is: the national one, an entity of the vocabulary, or a phrase the vocabulary does not
/// know ("mechanical and electrical products"), kept apart from all others so it is never taken for the nation.
/// </summary>
public sealed record EntityRef(string Id, string Name, EntitySource Source)
{
    public static EntityRef National { get; } = new("national", "China (national)", EntitySource.National);

    public bool IsNational => Source == EntitySource.National;

    public static EntityRef Phrase(string text)
    {
        var name = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', '.', '"');
        return new EntityRef("phrase:" + name.ToLowerInvariant(), name, EntitySource.Phrase);
    }
}
