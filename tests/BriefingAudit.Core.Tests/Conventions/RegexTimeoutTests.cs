using System.Reflection;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Tests.Conventions;

/// <summary>
/// No pattern of the tool can backtrack without end: every regular expression carries a match timeout. (Vocabulary
/// phrases are found by a character trie, Vocabulary/PhraseMatcher, which is linear by construction.)
/// </summary>
public class RegexTimeoutTests
{
    public static TheoryData<string> GeneratedPatterns =>
    [
        .. typeof(AuditPipeline).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.ContainsGenericParameters)
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}"),
    ];

    [Theory]
    [MemberData(nameof(GeneratedPatterns))]
    public void GeneratedRegex_HasAMatchTimeout(string name)
    {
        var split = name.LastIndexOf('.');
        var method = typeof(AuditPipeline).Assembly.GetType(name[..split])!.GetMethod(name[(split + 1)..], BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)!;
        var regex = (Regex)method.Invoke(null, null)!;
        Assert.NotEqual(Regex.InfiniteMatchTimeout, regex.MatchTimeout);
    }

    [Fact]
    public void EveryPatternIsFound() => Assert.True(GeneratedPatterns.Count >= 20, $"found {GeneratedPatterns.Count}");
}
