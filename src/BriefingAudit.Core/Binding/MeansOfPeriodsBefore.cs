using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "In the second quarter, April gave 4.1 million tonnes, May 4.4 million and June 4.2 million. That is an average of
/// 4.23 million tonnes a month in the second quarter.": an amount said to be so much a month (or a quarter) on average,
/// with no list of its own in its sentence, is the mean of the amounts of its unit the speaker gave just before for
/// the months (or quarters) that together make up its period. Marked as a <see cref="ClaimRole.Mean"/> with its
/// <see cref="BoundClaim.Items"/>, for the average check.
/// </summary>
internal static partial class MeansOfPeriodsBefore
{
    // A month is 28 to 31 days long, a quarter 90 to 92 (SentenceAnalysis gives the vocabulary's periods their days).
    private static readonly (int Fewest, int Most) MonthDays = (28, SentenceAnalysis.MonthDays);
    private static readonly (int Fewest, int Most) QuarterDays = (90, 92);

    // The vocabulary gives its periods the days of one year; in a leap year, the months of a period may have one more.
    private const int LeapDay = 1;

    /// <summary>Marks the means of <paramref name="sentence"/> (the last of <paramref name="claims"/>) over the periods listed before it since <paramref name="turnStart"/>.</summary>
    public static void Mark(Sentence sentence, ImmutableArray<BoundClaim>.Builder claims, int paragraphStart, int turnStart)
    {
        // Both stretches name themselves; most sentences say neither, and are done with here.
        if (!sentence.Text.Contains("month", StringComparison.OrdinalIgnoreCase) && !sentence.Text.Contains("quarter", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        for (var m = Breakdowns.FirstOfSentence(sentence, claims, paragraphStart); m < claims.Count; m++)
        {
            var mean = claims[m];
            if (mean.Items.Length > 0 || mean.PerUnit is not null || mean.Claim.Role is not (ClaimRole.Level or ClaimRole.Count or ClaimRole.Mean)
                || mean.Claim.Quantity.Dimension == UnitDimension.Percent || mean.Period?.Days is not { } days || Stretch(sentence, mean.Claim) is not { } stretch
                || (stretch.Count is null && days <= stretch.Days.Most))
            {
                continue;
            }

            var items = ItemsBefore(claims, m, turnStart, stretch, days);
            if (items.Length >= 2)
            {
                claims[m] = mean with { Claim = mean.Claim with { Role = ClaimRole.Mean }, Items = items };
            }
        }
    }

    /// <summary>
    /// The days a month or a quarter may have, when the figure is said to be so much "a month" ("a quarter") on average
    /// ("averag…" in its clause before it, or "on average" after), with how many of them when it is what a number of
    /// months (quarters) are said to average ("The six months together averaged 77,800 yuan"); null otherwise.
    /// </summary>
    private static AveragedStretches? Stretch(Sentence sentence, Claim mean)
    {
        var text = sentence.Text;
        var start = mean.Span.Start - sentence.Start;
        var clauseStart = text.AsSpan(0, start).LastIndexOfAny(',', ';') + 1;
        if (PerStretch().Match(text, mean.Span.End - sentence.Start) is { Success: true } per)
        {
            var averaged = per.Groups["average"].Success || text.AsSpan(clauseStart, start - clauseStart).Contains("averag", StringComparison.OrdinalIgnoreCase);
            return averaged ? new(DaysOf(per.Groups["stretch"].Value), null) : null;
        }

        return CountedStretchesAveraging().Match(text, clauseStart, start - clauseStart) is { Success: true } counted
            ? new(DaysOf(counted.Groups["stretch"].Value), CountedWhole.Number(counted.Groups["count"].Value))
            : null;
    }

    private static (int Fewest, int Most) DaysOf(string stretch) =>
        stretch.Equals("month", StringComparison.OrdinalIgnoreCase) ? MonthDays : QuarterDays;

    /// <summary>
    /// Going back from the mean: the amounts of its unit and entity (of its measure, where both name one) for periods of
    /// the stretch's length, each period once, until there are as many as the stretches counted, or else their days
    /// make up the mean's period (give or take a leap day); empty when they never do. A change ("111.7 billion more
    /// than May") or an amount of the mean's own sentence is passed over; an amount of another period ends the list.
    /// </summary>
    private static ImmutableArray<Claim> ItemsBefore(ImmutableArray<BoundClaim>.Builder claims, int m, int turnStart, AveragedStretches stretch, int days)
    {
        var mean = claims[m];
        var (fewest, most) = stretch.Days;
        var items = new List<BoundClaim>();
        var covered = 0;
        for (var i = m - 1; i >= turnStart && (stretch.Count is { } count ? items.Count < count : covered < days - LeapDay); i--)
        {
            var item = claims[i];
            if (item.Claim.Quantity.Unit != mean.Claim.Quantity.Unit || item.Claim.SentenceIndex == mean.Claim.SentenceIndex
                || item.Claim.Role is not (ClaimRole.Level or ClaimRole.Count) || item.Claim.Sign < 0)
            {
                continue;
            }

            if (item.Period?.Days is not { } itemDays || itemDays < fewest || itemDays > most || items.Exists(b => b.Period!.Id == item.Period.Id)
                || item.Entity.Id != mean.Entity.Id || (item.Measure is { } measure && mean.Measure is { } meanMeasure && !OpenMeasure.MayBeSame(measure, meanMeasure) && !OpenMeasure.MayBeSame(meanMeasure, measure)))
            {
                break;
            }

            items.Add(item);
            covered += itemDays;
        }

        var complete = stretch.Count is { } counted ? items.Count == counted : Math.Abs(covered - days) <= LeapDay;
        return complete && items.Count >= 2 ? [.. items.Select(b => b.Claim).Reverse()] : [];
    }

    /// <summary>The length of the stretches a mean is of, and how many when the sentence counts them.</summary>
    private readonly record struct AveragedStretches((int Fewest, int Most) Days, int? Count);

    // "a month", "per quarter", "each month on average", right after the figure's unit words.
    [GeneratedRegex(@"\G(?:\s+[\p{L}-]+){0,2}?\s+(?:a|per|each)\s+(?<stretch>month|quarter)\b(?:\s+(?<average>on\s+average)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PerStretch();

    // "The six months together average out at …", "the three quarters averaged …": the counted stretches are the subject.
    [GeneratedRegex(@"\b(?:the|these|those)\s+" + CountedWhole.CountWord + @"\s+(?<stretch>month|quarter)s\b(?:\s+[\p{L}-]+){0,2}?\s+averag", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountedStretchesAveraging();
}
