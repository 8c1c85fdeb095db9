using System.Globalization;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// A stated figure: <see cref="Value"/> in base units (yuan, not trillion yuan; 7.2 for 7.2%), its unit and the
/// scale word it was said with, kept so that messages can speak as the transcript did.
/// </summary>
public sealed record Quantity(decimal Value, string Unit, UnitDimension Dimension, string? ScaleWord)
{
    public decimal ScaleFactor => ScaleFactorOf(ScaleWord);

    public static decimal ScaleFactorOf(string? scaleWord) => scaleWord?.ToLowerInvariant() switch
    {
        "thousand" => 1_000m,
        "million" => 1_000_000m,
        "billion" => 1_000_000_000m,
        "trillion" => 1_000_000_000_000m,
        "万" => 10_000m,
        "亿" => 100_000_000m,
        "万亿" => 1_000_000_000_000m,
        _ => 1m,
    };

    /// <summary>"21.79 trillion yuan", "7.2%", "4.4 percentage points", "628,000 enterprises".</summary>
    public string Describe(decimal value) => Dimension switch
    {
        UnitDimension.Percent => $"{Format(value)}%",
        UnitDimension.PercentagePoints => $"{Format(value)} percentage points",
        _ => $"{Format(value / ScaleFactor)}{(ScaleWord is null ? string.Empty : " " + ScaleWord)} {Unit}",
    };

    public override string ToString() => Describe(Value);

    private static string Format(decimal value) =>
        Math.Round(value, 6, MidpointRounding.AwayFromZero).ToString(value >= 10_000 ? "#,0.######" : "0.######", CultureInfo.InvariantCulture);
}
