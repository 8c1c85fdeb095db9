using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Pipeline;

/// <summary>
/// Checks one input end to end and never throws: every failure, a time-out included, becomes a
/// <see cref="FileOutcome"/> with a one-line reason and the detail behind it. Thread-safe.
/// The work runs on a pool thread, watched from the caller: a file that overruns its time limit is given up on even
/// where the stage it is stuck in cannot be cancelled (opening a pipe that has no writer), so the run goes on.
/// </summary>
public static class InputChecker
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInput = "-";

    // Time for the pipeline to notice cancellation (it looks once per sentence) before the file is given up on.
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(500);

    public static FileOutcome Check(AuditPipeline pipeline, string path, InputLimits limits, Func<Stream>? standardInput = null)
    {
        var (work, started, stage) = Start(pipeline, path, limits, standardInput);
        // A blocking wait, not a timer: a caller outside the thread pool is woken on time however busy the pool is.
        started.Wait();
        var finished = limits.Timeout == Timeout.InfiniteTimeSpan ? work.Wait(Timeout.Infinite) : work.Wait(limits.Timeout + Grace);
        return finished ? work.Result : TimedOut(path, limits, stage.Current);
    }

    /// <summary>
    /// As <see cref="Check"/>, for callers on the thread pool (<see cref="BatchRunner"/>): the wait holds no thread,
    /// so a batch keeps one pool thread per file at work and none blocked watching it.
    /// </summary>
    public static async Task<FileOutcome> CheckAsync(AuditPipeline pipeline, string path, InputLimits limits, Func<Stream>? standardInput = null)
    {
        var (work, started, stage) = Start(pipeline, path, limits, standardInput);
        await started.ConfigureAwait(false);
        if (limits.Timeout == Timeout.InfiniteTimeSpan)
        {
            return await work.ConfigureAwait(false);
        }

        try
        {
            return await work.WaitAsync(limits.Timeout + Grace).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return TimedOut(path, limits, stage.Current);
        }
    }

    // The work runs on a pool thread, not a thread of its own: a new thread per file cost about a tenth of a batch
    // run's CPU (README, Speed). A file stuck where cancellation cannot reach keeps its pool thread, as it kept its
    // own thread before, and the pool adds threads when it runs short.
    // The time limit counts from when the file's work starts, not from when it was queued: on a busy pool a file must
    // not be given up on ("while opening it") before it ran at all. Started completes as the work begins.
    private static (Task<FileOutcome> Work, Task Started, Stage Stage) Start(AuditPipeline pipeline, string path, InputLimits limits, Func<Stream>? standardInput)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(limits);
        var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stage = new Stage();
        var work = Task.Run(
            () =>
            {
                if (limits.Timeout != Timeout.InfiniteTimeSpan)
                {
                    cancellation.CancelAfter(limits.Timeout);
                }

                started.SetResult();
                return Run(pipeline, path, limits, standardInput, stage, cancellation.Token);
            },
            CancellationToken.None);
        _ = work.ContinueWith(_ => cancellation.Dispose(), TaskScheduler.Default);
        return (work, started.Task, stage);
    }

    private static FileOutcome Run(AuditPipeline pipeline, string path, InputLimits limits, Func<Stream>? standardInput, Stage stage, CancellationToken cancellation)
    {
        try
        {
            byte[] bytes;
            if (path == StandardInput)
            {
                stage.Current = Messages.StageReading;
                bytes = DocumentLoader.ReadAll(standardInput?.Invoke() ?? Stream.Null, path, limits.MaxFileBytes);
            }
            else
            {
                using var stream = DocumentLoader.Open(path, limits.MaxFileBytes);
                stage.Current = Messages.StageReading;
                bytes = DocumentLoader.ReadAll(stream, path, limits.MaxFileBytes);
            }

            cancellation.ThrowIfCancellationRequested();
            var document = DocumentLoader.FromBytes(path, bytes);
            stage.Current = Messages.StageChecking;
            return FileOutcome.Checked(path, pipeline.Run(document, cancellation));
        }
        catch (DocumentLoadException ex)
        {
            return FileOutcome.Failure(path, ex.Reason, Describe(ex, withStack: false));
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return TimedOut(path, limits, stage.Current);
        }
        catch (Exception ex)
        {
            // A runaway pattern or a bug met by one file must not lose the others: it is reported as that file's failure.
            return FileOutcome.Failure(path, Messages.Unexpected(ex), Describe(ex, withStack: ex is not RegexMatchTimeoutException));
        }
    }

    private static FileOutcome TimedOut(string path, InputLimits limits, string stage) =>
        FileOutcome.Failure(path, string.Format(CultureInfo.InvariantCulture, Messages.TimedOut, limits.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture), stage));

    /// <summary>Each exception of the chain as "Type: message"; the stack trace only for what is a bug.</summary>
    private static string Describe(Exception exception, bool withStack)
    {
        var text = new StringBuilder();
        var first = exception is DocumentLoadException { InnerException: { } inner } ? inner : exception;
        for (var ex = first; ex is not null; ex = ex.InnerException)
        {
            text.Append(text.Length == 0 ? string.Empty : "\n").Append(ex.GetType().FullName).Append(": ").Append(ex.Message);
        }

        if (withStack && exception.StackTrace is { } stack)
        {
            text.Append('\n').Append(stack);
        }

        return text.ToString();
    }

    /// <summary>What the work is doing, for the time-out message; written by the work, read by the watcher.</summary>
    private sealed class Stage
    {
        private string _current = Messages.StageOpening;

        public string Current
        {
            get => Volatile.Read(ref _current);
            set => Volatile.Write(ref _current, value);
        }
    }
}
