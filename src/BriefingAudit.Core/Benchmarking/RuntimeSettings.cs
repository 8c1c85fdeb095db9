using System.Runtime.InteropServices;

namespace BriefingAudit.Core.Benchmarking;

/// <summary>
/// How the process running a benchmark was built and configured, printed beside its figures: the same code runs at
/// different speeds framework-dependent or self-contained, with tiered compilation or without (README, Speed).
/// </summary>
public sealed record RuntimeSettings(string Version, bool SelfContained, bool TieredCompilation)
{
    /// <summary>The settings of this process.</summary>
    public static RuntimeSettings Current() => From(
        Environment.Version.ToString(),
        RuntimeEnvironment.GetRuntimeDirectory(),
        AppContext.BaseDirectory,
        Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") ?? Environment.GetEnvironmentVariable("COMPlus_TieredCompilation"),
        AppContext.GetData("System.Runtime.TieredCompilation") as string);

    /// <summary>
    /// The settings from where the runtime and the app are (one folder when self-contained) and from the tiered
    /// compilation switch of the environment (which wins, as in the runtime) or of runtimeconfig.json.
    /// </summary>
    public static RuntimeSettings From(string version, string runtimeDirectory, string appDirectory, string? environmentSwitch, string? configSwitch)
    {
        var tiered = environmentSwitch is { } variable ? variable.Trim() != "0"
            : configSwitch is not { } configured || !configured.Trim().Equals("false", StringComparison.OrdinalIgnoreCase);
        return new RuntimeSettings(version, SameFolder(runtimeDirectory, appDirectory), tiered);
    }

    public override string ToString() =>
        $".NET {Version}, {(SelfContained ? "self-contained" : "framework-dependent")}, tiered compilation {(TieredCompilation ? "on" : "off")}";

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);
}
