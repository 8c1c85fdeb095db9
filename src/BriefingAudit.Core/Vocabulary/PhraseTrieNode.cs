namespace BriefingAudit.Core.Vocabulary;

/// <summary>
/// One node of <see cref="PhraseMatcher{T}"/>'s trie: lower-case characters lead on, a space stands for any run
/// of whitespace in the text, and <see cref="Value"/> is set where a phrase ends. Built once, then only read.
/// </summary>
internal sealed class PhraseTrieNode<T>
    where T : class
{
    // Characters that lower-case to another one, by what they lower-case to: computed once, not per matcher.
    private static readonly ILookup<char, char> UpperCases = AllCharacters().Where(c => char.ToLowerInvariant(c) != c).ToLookup(char.ToLowerInvariant);

    private static readonly Lazy<char[]> Whitespace = new(() => [.. AllCharacters().Where(char.IsWhiteSpace)]);

    private readonly Dictionary<char, PhraseTrieNode<T>> _children = [];

    public T? Value { get; private set; }

    public PhraseTrieNode<T>? Space { get; private set; }

    public PhraseTrieNode<T>? Next(char c) => _children.GetValueOrDefault(char.ToLowerInvariant(c));

    /// <summary>
    /// Every character at which a walk from this node can take a step: those that lower-case to a child (both
    /// cases, and any other character that folds to it), and whitespace when a phrase goes on with a space.
    /// </summary>
    public char[] StartCharacters()
    {
        var result = new HashSet<char>();
        foreach (var key in _children.Keys)
        {
            if (char.ToLowerInvariant(key) == key)
            {
                result.Add(key);
            }

            result.UnionWith(UpperCases[key]);
        }

        if (Space is not null)
        {
            result.UnionWith(Whitespace.Value);
        }

        return [.. result];
    }

    public void Add(string phrase, T value)
    {
        var node = this;
        foreach (var c in phrase)
        {
            if (c == ' ')
            {
                node = node.Space ??= new PhraseTrieNode<T>();
                continue;
            }

            var key = char.ToLowerInvariant(c);
            if (!node._children.TryGetValue(key, out var child))
            {
                child = new PhraseTrieNode<T>();
                node._children.Add(key, child);
            }

            node = child;
        }

        node.Value ??= value;
    }

    private static IEnumerable<char> AllCharacters() => Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(i => (char)i);
}
