using System.Globalization;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Pipeline;

/// <summary>
/// Checks many files on all cores and hands back their outcomes in input order, as each is ready. At most
/// <see cref="Window"/> files are loaded or held at once, so an archive of any size runs in bounded memory; a
/// slow file holds back only the output, not the workers' next files. A file that fails becomes a failed
/// outcome with the reason and never stops the others. Thread-safe; one run per enumeration.
/// </summary>
public sealed class BatchRunner
{
    private readonly AuditPipeline _pipeline;
    private readonly Func<string, TranscriptDocument> _load;

    public BatchRunner(AuditPipeline pipeline, Func<string, TranscriptDocument>? load = null, int parallelism = 0)
    {
        _pipeline = pipeline;
        _load = load ?? (path => DocumentLoader.Load(path));
        Parallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount;
    }

    public int Parallelism { get; }

    /// <summary>Files in flight: enough to keep every core busy while the oldest one finishes.</summary>
    public int Window => Parallelism * 4;

    public IEnumerable<FileOutcome> Run(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var inFlight = new Queue<Task<FileOutcome>>();
        using var gate = new SemaphoreSlim(Parallelism);
        using var next = paths.GetEnumerator();
        while (true)
        {
            while (inFlight.Count < Window && next.MoveNext())
            {
                var path = next.Current;
                inFlight.Enqueue(Task.Run(async () =>
                {
                    await gate.WaitAsync().ConfigureAwait(false);
                    try
                    {
                        return Check(path);
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
            }

            if (inFlight.Count == 0)
            {
                yield break;
            }

            yield return inFlight.Dequeue().GetAwaiter().GetResult();
        }
    }

    /// <summary>One file, start to finish; every failure becomes the outcome's reason.</summary>
    public FileOutcome Check(string path)
    {
        try
        {
            return FileOutcome.Checked(path, _pipeline.Run(_load(path)));
        }
        catch (DocumentLoadException ex)
        {
            return FileOutcome.Failure(path, ex.Reason);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FileOutcome.Failure(path, ex.Message);
        }
        catch (RegexMatchTimeoutException)
        {
            return FileOutcome.Failure(path, string.Format(CultureInfo.InvariantCulture, Messages.TimedOut, 1));
        }
#pragma warning disable CA1031 // A bug met by one file of an archive is that file's failure, not the run's end.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return FileOutcome.Failure(path, string.Format(CultureInfo.InvariantCulture, Messages.InternalError, ex.GetType().Name, ex.Message));
        }
    }
}
