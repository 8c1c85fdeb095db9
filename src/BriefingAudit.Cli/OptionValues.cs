using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingAudit.Cli;

/// <summary>Reads the values of the options that take a quantity: --timeout and --max-file-size.</summary>
internal static partial class OptionValues
{
    /// <summary>Seconds, fractions allowed; 0 means no limit.</summary>
    public static TimeSpan Timeout(string text)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || seconds > MaxTimeoutSeconds)
        {
            throw new UsageException($"--timeout takes a number of seconds up to {MaxTimeoutSeconds} (0 for no limit), not '{text}'");
        }

        return seconds == 0 ? System.Threading.Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds((double)Math.Max(1, seconds * 1000));
    }

    /// <summary>Bytes, or a number with K, M or G (binary: 1K = 1024 bytes), optionally followed by B or iB.</summary>
    public static long Size(string text)
    {
        var match = SizePattern().Match(text);
        if (!match.Success || !long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new UsageException($"--max-file-size takes a size such as 16M, 512K or 1000000, not '{text}'");
        }

        var unit = match.Groups[2].Value.ToUpperInvariant() switch
        {
            "K" => 1L << 10,
            "M" => 1L << 20,
            "G" => 1L << 30,
            _ => 1L,
        };
        if (number == 0 || number > MaxFileBytes / unit)
        {
            throw new UsageException($"--max-file-size must be between 1 byte and 1G, not '{text}'");
        }

        return number * unit;
    }

    // A file is held in memory whole; a .NET array holds at most 2 GB.
    private const long MaxFileBytes = 1L << 30;

    private const int MaxTimeoutSeconds = 86_400;

    [GeneratedRegex(@"^([0-9]{1,12})\s*([KMG]?)(?:i?B)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SizePattern();
}
