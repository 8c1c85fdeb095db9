using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Tests.Pipeline;

/// <summary>Folders expand to their transcripts in a fixed order, filtered by include and exclude globs.</summary>
public class InputExpanderTests
{
    private static string Tree(params string[] files)
    {
        var root = TestTemp.Folder("inputs-");
        foreach (var file in files)
        {
            var path = Path.Combine(root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "text");
        }

        return root;
    }

    private static List<string> Names(string root, InputFilter? filter = null) =>
        [.. InputExpander.Expand([root], filter).Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))];

    [Fact]
    public void Folder_DefaultExtensions_InOrdinalOrder() =>
        Assert.Equal(["a.md", "b/c.html", "b/d.txt", "e.htm"], Names(Tree("e.htm", "b/d.txt", "a.md", "b/c.html", "x.pdf", "y.json")));

    [Fact]
    public void Include_ReplacesTheDefault() =>
        Assert.Equal(["notes.rst"], Names(Tree("a.txt", "notes.rst"), new InputFilter(["**/*.rst"])));

    [Fact]
    public void Exclude_LeavesFilesOut() =>
        Assert.Equal(["final/a.txt"], Names(Tree("final/a.txt", "drafts/b.txt"), new InputFilter(exclude: ["drafts/**"])));

    [Fact]
    public void NamedFiles_AlwaysKept_EachOnce()
    {
        var root = Tree("a.txt");
        var file = Path.Combine(root, "a.txt");
        Assert.Equal([file, "-"], InputExpander.Expand([file, root, "-"], new InputFilter(exclude: ["**/*"])));
        Assert.Equal([file], InputExpander.Expand([file, root]));
    }
}
