namespace BriefingAudit.Web.Tests.Browser;

/// <summary>Finds Debian's chromium (or $CHROMIUM). Tests never let a tool download a browser of its own.</summary>
internal static class Chromium
{
    public const string Missing = "chromium is not installed (apt-get install -y chromium; .ci/run installs it when it can): browser tests skipped";

    private static readonly string[] Names = ["chromium", "chromium-browser"];

    public static string? Executable { get; } = Find();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Prepend("/usr/bin")
            .SelectMany(folder => Names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
    }
}
