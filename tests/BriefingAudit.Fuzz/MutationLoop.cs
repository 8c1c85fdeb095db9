using System.Diagnostics;
using System.Text;

namespace BriefingAudit.Fuzz;

/// <summary>
/// The fallback when afl-fuzz is not to be had: random mutations of the seed inputs, run in-process for a bounded
/// time. Not coverage-guided, but the same target and the same definition of a crash.
/// </summary>
internal static class MutationLoop
{
    private static readonly byte[][] Tokens = [.. new[]
    {
        "<div>", "</p>", "<script>", "<!--", "&#", "&amp;", "1e400", "99999999999999999999", "trillion", "billion", "%", " percent",
        "percentage points", "more than ", "nearly ", "accounting for ", ".", ",", "\n", "\n\nSpeaker:\n", "*a", "&a ", "[", "{", ": ",
        "- ", "79,228,162,514,264,337,593,543,950,335", "0 yuan", "\u00a0", "\u2028",
    }.Select(Encoding.UTF8.GetBytes)];

    /// <summary>Runs until <paramref name="duration"/> is over; returns the crashing input's path, or null.</summary>
    public static string? Run(TimeSpan duration, IReadOnlyList<byte[]> seeds, string crashFolder, int randomSeed)
    {
        var random = new Random(randomSeed);
        var clock = Stopwatch.StartNew();
        var runs = 0;
        while (clock.Elapsed < duration)
        {
            var input = Mutate(random, seeds);
            try
            {
                FuzzTarget.Run(input);
                runs++;
            }
            catch (Exception ex)
            {
                // Any exception the target lets out is the finding: it is saved and reported.
                Directory.CreateDirectory(crashFolder);
                var path = Path.Combine(crashFolder, $"crash-{randomSeed}-{runs}");
                File.WriteAllBytes(path, input);
                Console.Error.WriteLine($"fuzz: crash after {runs} runs: {ex.GetType().FullName}: {ex.Message}; input saved to {path}");
                Console.Error.WriteLine(ex.StackTrace);
                return path;
            }
        }

        Console.WriteLine($"fuzz: {runs} random inputs in {clock.Elapsed.TotalSeconds:0} s (seed {randomSeed}), no crash");
        return null;
    }

    private static byte[] Mutate(Random random, IReadOnlyList<byte[]> seeds)
    {
        var data = new List<byte>(seeds[random.Next(seeds.Count)]);
        for (var i = random.Next(1, 9); i > 0; i--)
        {
            var at = random.Next(data.Count + 1);
            switch (random.Next(6))
            {
                case 0 when data.Count > 1:
                    data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 2 when data.Count > 1:
                    data.RemoveRange(Math.Min(at, data.Count - 1), Math.Min(random.Next(1, 64), data.Count - Math.Min(at, data.Count - 1)));
                    break;
                case 3 when data.Count > 1:
                    var from = random.Next(data.Count);
                    data.InsertRange(at, data.GetRange(from, Math.Min(random.Next(1, 256), data.Count - from)));
                    break;
                case 4:
                    var other = seeds[random.Next(seeds.Count)];
                    var start = random.Next(other.Length);
                    data.InsertRange(at, other.Skip(start).Take(random.Next(1, 512)));
                    break;
                default:
                    data.Insert(at, (byte)random.Next(256));
                    break;
            }
        }

        return [.. data];
    }
}
