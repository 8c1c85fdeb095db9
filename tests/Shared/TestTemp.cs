namespace BriefingAudit.Tests;

/// <summary>
/// Folders for the files a test writes, all under one folder of this test run that is deleted when the run ends, so
/// that a machine running the tests again and again (a CI runner, a developer's) does not collect them in its temp
/// folder.
/// </summary>
internal static class TestTemp
{
    private static readonly string Root = CreateRoot();

    /// <summary>A new empty folder whose name starts with <paramref name="prefix"/>.</summary>
    public static string Folder(string prefix) => Directory.CreateDirectory(Path.Combine(Root, prefix + Guid.NewGuid().ToString("N"))).FullName;

    private static string CreateRoot()
    {
        var root = Directory.CreateTempSubdirectory("ba-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file some test left locked or unreadable stays; the rest is gone.
            }
        };
        return root;
    }
}
