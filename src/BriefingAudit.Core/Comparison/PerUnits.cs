using System.Collections.Frozen;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Comparison;

/// <summary>
/// What a figure is counted per, in either language, so that "399.6 kilograms per hectare" for 每亩399.6公斤 is
/// another unit, not the same figure: a yield per mu is a fifteenth of one per hectare. Only the units a release
/// divides by are known here (area, people, households, time, energy, weight: tonnes and kilograms); a figure with none, or one not on
/// the list, is compared by its own unit alone.
/// </summary>
internal static partial class PerUnits
{
    private static readonly FrozenDictionary<string, string> Canonical = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["亩"] = "mu", ["mu"] = "mu",
        ["公顷"] = "hectare", ["hectare"] = "hectare",
        ["人"] = "person", ["person"] = "person", ["capita"] = "person", ["head"] = "person",
        ["户"] = "household", ["household"] = "household",
        ["吨"] = "tonne", ["tonne"] = "tonne", ["ton"] = "tonne",
        ["公斤"] = "kilogram", ["千克"] = "kilogram", ["kilogram"] = "kilogram",
        ["平方米"] = "square meter", ["square meter"] = "square meter", ["square metre"] = "square meter",
        ["千瓦时"] = "kilowatt-hour", ["度"] = "kilowatt-hour", ["kilowatt-hour"] = "kilowatt-hour",
        ["公里"] = "kilometer", ["kilometer"] = "kilometer", ["kilometre"] = "kilometer",
        ["天"] = "day", ["日"] = "day", ["day"] = "day",
        ["月"] = "month", ["month"] = "month",
        ["年"] = "year", ["year"] = "year",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The unit <paramref name="claim"/> is counted per ("hectare", "person"), or null when none is said.</summary>
    public static string? Of(Claim claim, string text)
    {
        var start = Math.Max(0, claim.Span.Start - 40);
        var before = text[start..claim.Span.Start];
        var after = text[claim.Span.End..Math.Min(text.Length, claim.Span.End + 40)];
        foreach (var match in new[] { EnglishAfter().Match(after), ChineseBefore().Match(before), ChineseAfter().Match(after) })
        {
            if (match.Success && Canonical.TryGetValue(string.Join(' ', match.Groups["unit"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), out var unit))
            {
                return unit;
            }
        }

        return null;
    }

    // "399.6 kilograms per hectare", "2,000 yuan a person", "15 kilowatt-hours per capita".
    [GeneratedRegex(@"^\s*(?:per|a|an|each|for\s+each|for\s+every)\s+(?<unit>hectare|mu|person|capita|head|household|tonne|ton|kilogram|square\s+met(?:er|re)|kilowatt-hour|kilomet(?:er|re)|day|month|year)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EnglishAfter();

    // 每亩399.6公斤, 人均可支配收入21840元, 亩均产值5000元: the unit named right before the figure, or by 均 in its clause.
    [GeneratedRegex(@"(?:每(?<unit>亩|公顷|人|户|吨|公斤|千克|平方米|千瓦时|度|公里|天|日|月|年)\s*|(?<unit>人|亩|户)均[^，。；,;]{0,12})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChineseBefore();

    // 399.6公斤/亩.
    [GeneratedRegex(@"^\s*/\s*(?<unit>亩|公顷|人|户|吨|公斤|千克|平方米|千瓦时|度|公里|天|日|月|年)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChineseAfter();
}
