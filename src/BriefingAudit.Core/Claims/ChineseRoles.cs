using System.Text.RegularExpressions;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// What a figure of a Chinese sentence says (a level, a change, a share, a gap …) and its sign, from the words
/// just before it in its clause and just after it: 同比增长2.9%, 下降2.7%, 占进出口总值的51.8%, 提升0.9个百分点,
/// 高于全国4.4个百分点, 增加4.3万家. Grammar of briefings, not vocabulary: it names no measure.
/// </summary>
internal static partial class ChineseRoles
{
    /// <param name="dimension">The figure's unit dimension.</param>
    /// <param name="before">The words since the previous figure of the clause (or the clause start), without the hedge.</param>
    /// <param name="clauseBefore">The whole clause up to the figure.</param>
    /// <param name="after">The words after the figure.</param>
    public static (ClaimRole Role, int Sign) Classify(UnitDimension dimension, string before, string clauseBefore, string after) => dimension switch
    {
        UnitDimension.PercentagePoints => Points(before),
        UnitDimension.Percent => Percent(before, after),
        _ => Amount(before, clauseBefore),
    };

    private static (ClaimRole, int) Percent(string before, string after)
    {
        if (GrowthShareCue().IsMatch(before))
        {
            return (ClaimRole.GrowthShare, 1);
        }

        if (ShareCue().IsMatch(before))
        {
            return (ClaimRole.Share, 1);
        }

        if (ChangeCue().Match(before) is { Success: true } cue)
        {
            return (ClaimRole.Change, Negative().IsMatch(cue.Value) ? -1 : 1);
        }

        if (ChangeAfter().Match(after) is { Success: true } noun)
        {
            return (ClaimRole.Change, Negative().IsMatch(noun.Value) ? -1 : 1);
        }

        return (ClaimRole.Level, 1);
    }

    private static (ClaimRole, int) Points(string before)
    {
        if (GapCue().Match(before) is { Success: true } gap)
        {
            return (ClaimRole.RateGap, Slower().IsMatch(gap.Value) ? -1 : 1);
        }

        if (ContributionCue().Match(before) is { Success: true } contribution)
        {
            return (ClaimRole.Contribution, Drag().IsMatch(contribution.Value) ? -1 : 1);
        }

        // 降幅比1—8月份收窄0.3个百分点: a decline that narrows is a rate that rose, one that widens (扩大, 加深) a rate
        // that fell; 增幅收窄 is growth that slowed.
        if (DeclineMoved().Match(before) is { Success: true } decline)
        {
            return (ClaimRole.PointChange, decline.Groups["how"].Value is "扩大" or "加深" or "加大" ? -1 : 1);
        }

        var last = before.Length > 12 ? before[^12..] : before;
        return (ClaimRole.PointChange, PointsDown().IsMatch(last) ? -1 : 1);
    }

    private static (ClaimRole, int) Amount(string before, string clauseBefore)
    {
        if (clauseBefore.Contains("日均", StringComparison.Ordinal) && AverageLink().IsMatch(before))
        {
            return (ClaimRole.Average, 1);
        }

        if (AbsoluteChangeCue().Match(before) is { Success: true } cue)
        {
            return (ClaimRole.AbsoluteChange, Negative().IsMatch(cue.Value) ? -1 : 1);
        }

        return (ClaimRole.Level, 1);
    }

    /// <summary>"两位数增长", "两位数下降": a growth stated only by its number of digits.</summary>
    public static int DigitCountSign(string before, string after) =>
        Negative().IsMatch(after.Length > 6 ? after[..6] : after) || ChangeCue().Match(before) is { Success: true } cue && Negative().IsMatch(cue.Value) ? -1 : 1;

    // 占进出口总值的51.8%, 占我国外贸总值的比重接近六成, 占比达, 比重为.
    [GeneratedRegex(@"(?:占[^，；。,;]*?(?:的|比重|比例|份额)(?:为|是|达|达到)?|占|占比(?:为|是|达|达到)?|比重(?:为|是|达|达到)?|份额(?:为|是|达)?)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShareCue();

    // 对出口增长的贡献率为60%, 占出口增量的近六成: a share of growth, not of a level.
    [GeneratedRegex(@"(?:贡献率(?:为|是|达|达到)?|占[^，；。,;]*?(?:增量|增长)的(?:比重|份额)?(?:为|达)?)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GrowthShareCue();

    [GeneratedRegex(@"(?:同比)?(?:增长|增加|上升|上涨|提高|提升|回升|增速|增幅|涨幅|下降|减少|下跌|回落|降低|下滑|萎缩|降幅|跌幅|增|涨|降|跌|减)(?:了|约|为|是|达|达到)?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChangeCue();

    [GeneratedRegex(@"^\s*的?(?:增长|增幅|增速|涨幅|下降|降幅|跌幅)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChangeAfter();

    [GeneratedRegex(@"下降|减少|下跌|回落|降低|下滑|萎缩|降幅|跌幅|降|跌|减|缩小", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Negative();

    // 高于全国平均水平4.4个百分点, 比全国高4.4个百分点: a gap to the national rate.
    [GeneratedRegex(@"(?:(?:高于|低于|快于|慢于)(?:全国|整体|总体|全省|平均)[^，；。,;]*|比(?:全国|整体|总体|全省)[^，；。,;]*?(?:高|低|快|慢)出?)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GapCue();

    [GeneratedRegex(@"低|慢", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Slower();

    // 拉动进出口增长3个百分点, 贡献了3个百分点, 拉低进口增速2.7个百分点.
    [GeneratedRegex(@"(?:拉动|贡献|带动|拉低|下拉|拖累)[^，；。,;]*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ContributionCue();

    [GeneratedRegex(@"拉低|下拉|拖累", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Drag();

    [GeneratedRegex(@"(?:下降|回落|放缓|收窄|降低|减少|下滑|低|慢|减)了?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PointsDown();

    [GeneratedRegex(@"(?:降幅|跌幅|降速)[^，；。,;]{0,12}?(?<how>收窄|缩小|减小|扩大|加深|加大)了?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeclineMoved();

    [GeneratedRegex(@"(?:日均|平均)[^，；。,;]*?(?:为|是|达|达到)?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AverageLink();

    // 比去年同期增加4.3万家, 减少了1200亿元: an absolute change, not a level ("增长到13万亿元" is a level).
    [GeneratedRegex(@"(?:增加|增长|减少|下降|降低|提高|扩大|缩小|多增|少增)了?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AbsoluteChangeCue();
}
