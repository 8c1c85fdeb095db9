namespace BriefingAudit.Core.Tests.Pipeline;

/// <summary>
/// Tests that hold a check to a time limit run alone, after the others: the checker's work runs on a pool thread
/// while the caller waits, and with the whole assembly's test classes blocking pool threads beside it, a fresh clone's
/// first run once spent 2.7 s of a 1.5 s bound waiting for a thread, not checking.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedTests
{
    public const string Name = "Timed tests";
}
