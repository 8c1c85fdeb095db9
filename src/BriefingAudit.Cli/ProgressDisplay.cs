using Spectre.Console;

namespace BriefingAudit.Cli;

/// <summary>
/// A progress bar on standard error (Spectre.Console, used only here), shown only to a person at a terminal:
/// never when output is redirected, when CI=true, or with <c>--no-progress</c>.
/// </summary>
internal static class ProgressDisplay
{
    public static bool Wanted(CommandLine options, bool streamsToStdout) =>
        !options.NoProgress
        && !Console.IsErrorRedirected
        && (options.Output is not null || (!Console.IsOutputRedirected && !streamsToStdout))
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Runs <paramref name="work"/>, which calls the action it is given once per file done.</summary>
    public static void Run(int total, Action<Action> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("checking", maxValue: Math.Max(1, total));
                work(() => task.Increment(1));
            });
    }
}
