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

    // Children as two parallel arrays, searched with a vectorised IndexOf: most nodes have one to three children,
    // and a dictionary lookup per character of a walk was a tenth of a batch run's CPU (README, Speed).
    private const int SmallNode = 8;

    private char[] _keys = [];
    private PhraseTrieNode<T>[] _nodes = [];

    // A node with many children (the root, which every word of a text asks) finds an ASCII character's child in a
    // table by its code: made by Seal, once every phrase is added.
    private PhraseTrieNode<T>?[]? _ascii;

    public T? Value { get; private set; }

    public PhraseTrieNode<T>? Space { get; private set; }

    public PhraseTrieNode<T>? Next(char c)
    {
        if (_ascii is { } ascii && c < ascii.Length)
        {
            return ascii[c];
        }

        var key = char.ToLowerInvariant(c);
        var keys = _keys;
        // Below a few keys, a plain loop beats the setup of a vectorised search.
        if (keys.Length <= SmallNode)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] == key)
                {
                    return _nodes[i];
                }
            }

            return null;
        }

        var index = keys.AsSpan().IndexOf(key);
        return index < 0 ? null : _nodes[index];
    }

    /// <summary>
    /// Every character at which a walk from this node can take a step: those that lower-case to a child (both
    /// cases, and any other character that folds to it), and whitespace when a phrase goes on with a space.
    /// </summary>
    public char[] StartCharacters()
    {
        var result = new HashSet<char>();
        foreach (var key in _keys)
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
            var index = node._keys.AsSpan().IndexOf(key);
            if (index < 0)
            {
                node._keys = [.. node._keys, key];
                node._nodes = [.. node._nodes, new PhraseTrieNode<T>()];
                index = node._keys.Length - 1;
            }

            node = node._nodes[index];
        }

        node.Value ??= value;
    }

    /// <summary>Makes the ASCII tables of the nodes with many children; the trie is only read after this.</summary>
    public void Seal()
    {
        if (_keys.Length > SmallNode)
        {
            _ascii = new PhraseTrieNode<T>?[128];
            for (var c = '\0'; c < _ascii.Length; c++)
            {
                var index = _keys.AsSpan().IndexOf(char.ToLowerInvariant(c));
                _ascii[c] = index < 0 ? null : _nodes[index];
            }
        }

        foreach (var node in _nodes)
        {
            node.Seal();
        }

        Space?.Seal();
    }

    private static IEnumerable<char> AllCharacters() => Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(i => (char)i);
}
