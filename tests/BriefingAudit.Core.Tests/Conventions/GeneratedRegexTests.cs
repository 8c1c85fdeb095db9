using System.Reflection;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Tests.Conventions;

/// <summary>
/// Conventions every pattern of the tool keeps. (Vocabulary phrases are found by a character trie,
/// Vocabulary/PhraseMatcher, which is linear by construction.)
/// </summary>
public class GeneratedRegexTests
{
    public static TheoryData<string> GeneratedPatterns =>
    [
        .. typeof(AuditPipeline).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.ContainsGenericParameters)
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}"),
    ];

    /// <summary>No pattern can backtrack without end: every one carries a match timeout.</summary>
    [Theory]
    [MemberData(nameof(GeneratedPatterns))]
    public void GeneratedRegex_HasAMatchTimeout(string name) =>
        Assert.NotEqual(Regex.InfiniteMatchTimeout, Pattern(name).MatchTimeout);

    /// <summary>
    /// Every pattern is compiled to code by the source generator. One it cannot build (a case-insensitive
    /// backreference, for one) it leaves to the interpreter without an error, and the batch build, which cannot compile
    /// patterns at run time, then runs it several times slower: the generator's own class derives from Regex, the
    /// fallback is a plain Regex.
    /// </summary>
    [Theory]
    [MemberData(nameof(GeneratedPatterns))]
    public void GeneratedRegex_IsBuiltBySourceGenerator(string name) =>
        Assert.NotEqual(typeof(Regex), Pattern(name).GetType());

    [Fact]
    public void EveryPatternIsFound() => Assert.True(GeneratedPatterns.Count >= 20, $"found {GeneratedPatterns.Count}");

    private static Regex Pattern(string name)
    {
        var split = name.LastIndexOf('.');
        var method = typeof(AuditPipeline).Assembly.GetType(name[..split])!.GetMethod(name[(split + 1)..], BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!;
        return (Regex)method.Invoke(null, null)!;
    }
}
