namespace BriefingAudit.Core.Vocabulary;

/// <summary>
/// One node of <see cref="PhraseMatcher{T}"/>'s trie: lower-case characters lead on, a space stands for any run
/// of whitespace in the text, and <see cref="Value"/> is set where a phrase ends. Built once, then only read.
/// </summary>
internal sealed class PhraseTrieNode<T>
    where T : class
{
    private readonly Dictionary<char, PhraseTrieNode<T>> _children = [];

    public T? Value { get; private set; }

    public PhraseTrieNode<T>? Space { get; private set; }

    public PhraseTrieNode<T>? Next(char c) => _children.GetValueOrDefault(char.ToLowerInvariant(c));

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
}
