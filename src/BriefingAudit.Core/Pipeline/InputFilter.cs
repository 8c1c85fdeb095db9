using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;

namespace BriefingAudit.Core.Pipeline;

/// <summary>
/// Which files of a folder are inputs: <c>--include</c> globs (by default every .txt, .md, .html, .htm and .docx file)
/// less <c>--exclude</c> globs, matched against the path relative to the folder (Microsoft.Extensions.FileSystemGlobbing,
/// used only here). Immutable and thread-safe.
/// </summary>
public sealed class InputFilter
{
    public static readonly ImmutableArray<string> DefaultIncludes = ["**/*.txt", "**/*.md", "**/*.html", "**/*.htm", "**/*.docx"];

    private readonly Matcher _matcher = new(StringComparison.OrdinalIgnoreCase);

    public InputFilter(IEnumerable<string>? include = null, IEnumerable<string>? exclude = null)
    {
        var includes = include?.ToImmutableArray() ?? [];
        Include = includes.IsEmpty ? DefaultIncludes : includes;
        Exclude = exclude?.ToImmutableArray() ?? [];
        _matcher.AddIncludePatterns(Include);
        _matcher.AddExcludePatterns(Exclude);
    }

    public static InputFilter Default { get; } = new();

    public ImmutableArray<string> Include { get; }

    public ImmutableArray<string> Exclude { get; }

    /// <summary>True when <paramref name="relativePath"/> (relative to the folder given) is to be checked.</summary>
    public bool Matches(string relativePath) => _matcher.Match(relativePath.Replace('\\', '/')).HasMatches;
}
