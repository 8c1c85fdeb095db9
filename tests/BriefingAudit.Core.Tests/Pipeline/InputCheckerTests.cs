using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Pipeline;

namespace BriefingAudit.Core.Tests.Pipeline;

/// <summary>One input, end to end: every failure is an outcome with a reason, and no file can hold up the run.</summary>
[Collection(TimedTests.Name)]
public class InputCheckerTests
{
    private static readonly string Text = string.Concat(Enumerable.Range(1, 100).Select(i => $"Exports grew {i}.5% to {i} trillion yuan.\n"));

    private static FileOutcome Check(INumberFinder numbers, TimeSpan timeout, string text = "Exports grew 7.2%.") =>
        InputChecker.Check(new AuditPipeline(TestPipeline.Default.Rules, numbers), "-", new InputLimits(1024 * 1024, timeout), () => new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private static string TimedOut(double seconds, string stage) =>
        string.Format(CultureInfo.InvariantCulture, Messages.TimedOut, seconds, stage);

    // The first check in a process compiles the pipeline's code; on a loaded 2-core machine that alone took most of
    // a second, which the timed checks below would count against the limit they test.
    private static void WarmUp() => Check(new SlowFinder(TimeSpan.Zero), Timeout.InfiniteTimeSpan, Text);

    [Fact]
    public void SlowFile_StopsAtTheNextSentence_AfterTheLimit()
    {
        WarmUp();
        var clock = Stopwatch.StartNew();
        var outcome = Check(new SlowFinder(TimeSpan.FromMilliseconds(20)), TimeSpan.FromMilliseconds(200), Text);
        Assert.Equal(TimedOut(0.2, Messages.StageChecking), outcome.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void StageThatIgnoresCancellation_IsGivenUpOn_AtTheLimit()
    {
        using var release = new ManualResetEventSlim();
        WarmUp();
        var clock = Stopwatch.StartNew();
        var outcome = Check(new StuckFinder(release), TimeSpan.FromMilliseconds(200));
        Assert.Equal(TimedOut(0.2, Messages.StageChecking), outcome.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        release.Set();
    }

    [Fact]
    public void Bug_IsThatFilesFailure_WithTheStackOnlyInTheDetail()
    {
        var outcome = Check(new ThrowingFinder(), Timeout.InfiniteTimeSpan);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, Messages.InternalError, nameof(InvalidOperationException)), outcome.Error);
        Assert.StartsWith("System.InvalidOperationException: boom\n", outcome.Detail, StringComparison.Ordinal);
        Assert.Contains("   at ", outcome.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", outcome.Error!, StringComparison.Ordinal);
    }

    // A pattern's limit is of wall-clock time, which a starved thread can pass: the file gets one more run.
    [Fact]
    public void PatternThatTimesOutOnce_IsRunAgain_AndTheFileChecked()
    {
        var outcome = Check(new TimingOutFinder(times: 1), Timeout.InfiniteTimeSpan);
        Assert.False(outcome.Failed, outcome.Error);
    }

    [Fact]
    public void PatternThatTimesOutAgain_IsThatFilesFailure_WithoutAStack()
    {
        var outcome = Check(new TimingOutFinder(times: int.MaxValue), Timeout.InfiniteTimeSpan);
        Assert.Equal(Messages.PatternTimedOut, outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void StandardInput_IsReadAndChecked()
    {
        var outcome = Check(RecognizerNumberFinder.English, TimeSpan.FromSeconds(30));
        Assert.False(outcome.Failed);
        Assert.Single(outcome.Result!.Claims);
    }

    [Fact]
    public void StandardInputOverTheLimit_IsRefused()
    {
        var outcome = InputChecker.Check(TestPipeline.Default, "-", new InputLimits(10, TimeSpan.FromSeconds(30)), () => new MemoryStream(new byte[11]));
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, Messages.TooLargeStream, 10), outcome.Error);
    }

    [Fact]
    public void MissingFile_IsAFailure_WithTheFileSystemsWordsInTheDetail()
    {
        var outcome = InputChecker.Check(TestPipeline.Default, "/no/such/file.txt", InputLimits.Default);
        Assert.Equal(Messages.FileNotFound, outcome.Error);
        Assert.Null(outcome.Result);
    }

    private sealed class SlowFinder(TimeSpan perSentence) : INumberFinder
    {
        public ImmutableArray<FoundNumber> Find(string sentence)
        {
            Thread.Sleep(perSentence);
            return [];
        }
    }

    private sealed class StuckFinder(ManualResetEventSlim release) : INumberFinder
    {
        public ImmutableArray<FoundNumber> Find(string sentence)
        {
            release.Wait();
            return [];
        }
    }

    private sealed class TimingOutFinder(int times) : INumberFinder
    {
        private int _calls;

        public ImmutableArray<FoundNumber> Find(string sentence) =>
            ++_calls <= times ? throw new RegexMatchTimeoutException(sentence, "a pattern", TimeSpan.FromSeconds(1)) : [];
    }

    private sealed class ThrowingFinder : INumberFinder
    {
        public ImmutableArray<FoundNumber> Find(string sentence) => throw new InvalidOperationException("boom");
    }
}
