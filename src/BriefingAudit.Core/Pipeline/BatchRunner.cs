namespace BriefingAudit.Core.Pipeline;

/// <summary>
/// Checks many files on all cores and hands back their outcomes in input order, as each is ready. At most
/// <see cref="Window"/> files are loaded or held at once, so an archive of any size runs in bounded memory; a
/// slow file holds back only the output, not the workers' next files. A file that fails becomes a failed
/// outcome with the reason and never stops the others (see <see cref="InputChecker"/>, which also holds each file
/// to the <see cref="InputLimits"/>). Thread-safe; one run per enumeration.
/// </summary>
public sealed class BatchRunner
{
    private readonly AuditPipeline _pipeline;
    private readonly InputLimits _limits;
    private readonly Func<Stream>? _standardInput;

    public BatchRunner(AuditPipeline pipeline, InputLimits? limits = null, Func<Stream>? standardInput = null, int parallelism = 0)
    {
        _pipeline = pipeline;
        _limits = limits ?? InputLimits.Default;
        _standardInput = standardInput;
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
                        return await InputChecker.CheckAsync(_pipeline, path, _limits, _standardInput).ConfigureAwait(false);
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
    public FileOutcome Check(string path) => InputChecker.Check(_pipeline, path, _limits, _standardInput);
}
