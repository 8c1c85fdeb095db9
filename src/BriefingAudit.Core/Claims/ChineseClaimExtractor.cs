using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// Reads the numeric claims of a Chinese transcript. Numbers come from Recognizers' Chinese model; the units and
/// the forms it does not resolve are read here: 万/亿/万亿 and their mixes, % and 百分之, 个百分点, 成 as tenths
/// (两成 = 20%), 两位数 as "double-digit" (at least 10%), hedges before (超过, 接近, 约) and after (以上, 多, 左右) the
/// figure, full-width digits. A number is a claim only with a unit: 五个特点, 7个季度 and 2025年 are not; a count in
/// digits whose 个 ends the clause (涉及项目1459个), or with another measure word (41项, 92起, 1050万架次), counts
/// the noun said with it; a multiple (30倍, 增长1.5倍 = 2.5
/// times) is a figure in times, as the English says it.
/// Immutable and thread-safe.
/// </summary>
public sealed partial class ChineseClaimExtractor(Lexicon lexicon, INumberFinder numbers)
{
    public ChineseClaimExtractor(Lexicon lexicon)
        : this(lexicon, RecognizerNumberFinder.Chinese)
    {
    }

    /// <summary>
    /// Claims of every content sentence, with notes on figures that could not be used. As in English, a sentence over
    /// <see cref="ClaimExtractor.MaxSentenceLength"/> is a note, and <paramref name="cancellation"/> is looked at before
    /// each sentence, so a Chinese file is held to the same per-file limits.
    /// </summary>
    public ExtractionResult Extract(SegmentedDocument document, CancellationToken cancellation = default)
    {
        var sentences = new List<ExtractionResult>();
        foreach (var sentence in document.ContentParagraphs.SelectMany(p => p.Sentences))
        {
            cancellation.ThrowIfCancellationRequested();
            sentences.Add(ClaimExtractor.TooLong(document, sentence) is { } tooLong ? new ExtractionResult([], [tooLong]) : ExtractSentence(document, sentence));
        }

        return new ExtractionResult([.. sentences.SelectMany(r => r.Claims)], [.. sentences.SelectMany(r => r.Notes)]);
    }

    private ExtractionResult ExtractSentence(SegmentedDocument document, Sentence sentence)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var notes = ImmutableArray.CreateBuilder<ExtractionNote>();
        var text = ChineseText.ToHalfWidth(sentence.Text);
        // Recognizers' Chinese model reads the G of 21.35GB as giga and drops 21.35 GB; Latin letters are blanked for
        // it alone (offsets kept), and the unit is then read from the text itself.
        var found = numbers.Find(LatinLettersBlanked(text)).Select(WithoutTrailingSpace);

        // Numbers inside a name, a period or a measure ("上半年", "一季度", "第三产业", "1—5月") are part of it.
        var reserved = lexicon.TermMatcher.Matches(text).Select(m => (m.Start, m.End)).ToList();
        var previousEnd = 0;
        foreach (var number in found)
        {
            // Ordinals are not amounts: 第17届, 第2名.
            if (number.Start < previousEnd || reserved.Any(r => number.Start >= r.Start && number.Start < r.End) || (number.Start > 0 && text[number.Start - 1] == '第'))
            {
                continue;
            }

            if (ReadFigure(text, number) is not { } figure)
            {
                continue;
            }

            var (numberStart, unitEnd, quantity, stated, innerHedge) = figure;
            if (quantity is null)
            {
                notes.Add(new ExtractionNote(document.Document.Map.Span(sentence.Start + number.Start, number.Length), string.Format(CultureInfo.InvariantCulture, Messages.NumberOutOfRange, number.Text)));
                previousEnd = unitEnd;
                continue;
            }

            var clauseStart = ChineseClauses.Start(text, numberStart);
            var windowStart = Math.Max(previousEnd, clauseStart);
            var (qualifier, claimStart) = QualifierBefore(text, numberStart, windowStart);
            // 约为2020年底的30倍: the hedge of a multiple stands before what it is a multiple of.
            if (qualifier is null && quantity.Unit == MultipleUnit && MultipleOf().Match(text, windowStart, numberStart - windowStart) is { Success: true } of)
            {
                qualifier = lexicon.QualifierMatcher.Matches(text[windowStart..of.Index]).LastOrDefault(m => windowStart + m.End == of.Index)?.Value;
            }

            var (postQualifier, claimEnd) = QualifierAfter(text, unitEnd);
            qualifier ??= innerHedge ?? postQualifier;
            var before = text[windowStart..claimStart];
            var after = text[claimEnd..Math.Min(text.Length, claimEnd + 40)];
            var (role, sign) = quantity.Unit == DigitCountUnit
                ? (ClaimRole.Change, ChineseRoles.DigitCountSign(before, after))
                : ChineseRoles.Classify(quantity.Dimension, before, text[clauseStart..claimStart], after);
            if (quantity.Unit == DigitCountUnit)
            {
                quantity = quantity with { Unit = "percent" };
            }

            if (role == ClaimRole.Level && quantity.Dimension == UnitDimension.Count)
            {
                role = ClaimRole.Count;
            }

            if (quantity.Unit == MultipleUnit)
            {
                // 增长1.5倍 was read as 2.5 times the base: a level against it, however it was reached.
                (role, sign) = (ClaimRole.Count, 1);
            }

            if (quantity.Value < 0)
            {
                // "-2.7%": the sign is written, not said.
                (quantity, stated, sign) = (quantity with { Value = -quantity.Value }, -stated, -sign);
            }

            var interval = Precision.Hedge(stated, quantity.Value, qualifier);
            var span = document.Document.Map.Span(sentence.Start + claimStart, claimEnd - claimStart);
            claims.Add(new Claim(span, sentence.Text[claimStart..claimEnd], quantity, stated, interval, qualifier, role, sign, sentence.Index));
            previousEnd = claimEnd;
        }

        return new ExtractionResult(claims.ToImmutable(), notes.ToImmutable());
    }

    /// <summary>
    /// The figure a number starts: where it starts (百分之 included), where its unit ends, its quantity and rounding
    /// interval, and a hedge written inside it (3000多亿, 4.3万余家). Null when the number has no unit; a null
    /// quantity when it is too large to compute with.
    /// </summary>
    private (int Start, int End, Quantity? Quantity, Interval Stated, QualifierTerm? Hedge)? ReadFigure(string text, FoundNumber number)
    {
        var start = number.Start;
        var end = number.End;
        var numberText = number.Text;
        if (!ChineseNumbers.TryParse(numberText, out var value, out var place))
        {
            if (number.Value is not { } recognised)
            {
                return null;
            }

            (value, place) = (recognised, 1m);
        }

        var hedge = numberText.Contains('多', StringComparison.Ordinal) || numberText.Contains('余', StringComparison.Ordinal) ? MoreThan() : null;
        var tail = Tail().Match(text, end);
        if (tail.Groups["hedge"].Success || tail.Groups["hedge2"].Success)
        {
            hedge = MoreThan();
        }

        var scale = tail.Groups["scale"].Success ? tail.Groups["scale"].Value : ChineseNumbers.ScaleWord(numberText);
        end += tail.Length;
        var rest = text[end..];
        try
        {
            if (tail.Groups["scale"].Success)
            {
                // "20 万亿元" with the scale apart from the digits.
                var factor = Quantity.ScaleFactorOf(scale);
                (value, place) = (value * factor, place * factor);
            }

            if (PercentBefore().IsMatch(text.AsSpan()[..start]))
            {
                // 百分之三点五: the percent is said before the number.
                return (start - 3, end, new Quantity(value, "percent", UnitDimension.Percent, null), Rounded(value, place), hedge);
            }

            if (PercentAfter().Match(rest) is { Success: true } percent)
            {
                var points = percent.Groups["points"].Success;
                var quantity = new Quantity(value, points ? "percentage points" : "percent", points ? UnitDimension.PercentagePoints : UnitDimension.Percent, null);
                return (start, end + percent.Length, quantity, Rounded(value, place), hedge);
            }

            if (PointsSaidOnce().Match(rest) is { Success: true } pointsSaidOnce)
            {
                // 分别下降4.1个和2.2个百分点: the unit is said once, after the last of the figures it belongs to.
                var quantity = new Quantity(value, "percentage points", UnitDimension.PercentagePoints, null);
                return (start, end + pointsSaidOnce.Length, quantity, Rounded(value, place), hedge);
            }

            if (Tenths().Match(rest) is { Success: true } tenths)
            {
                // 两成 = 20%, 一成半 = 15%: 成 counts tenths.
                var percentValue = (value * 10) + (tenths.Groups["half"].Success ? 5 : 0);
                var percentPlace = tenths.Groups["half"].Success ? 5 : place * 10;
                return (start, end + tenths.Length, new Quantity(percentValue, "percent", UnitDimension.Percent, null), Rounded(percentValue, percentPlace), hedge);
            }

            if (DigitCount().Match(rest) is { Success: true } digits && value is >= 2 and <= 4)
            {
                // 两位数增长: a growth of at least 10% ("double-digit"); 三位数: at least 100%.
                var least = value == 2 ? 10m : value == 3 ? 100m : 1000m;
                return (start, end + digits.Length, new Quantity(least, DigitCountUnit, UnitDimension.Percent, null), Interval.Exactly(least), AtLeast());
            }

            var units = lexicon.UnitMatcher.Matches(rest.Length > 12 ? rest[..12] : rest);
            // 三家企业, 五个城市: a count said in numerals is a list count, as "three operators" is in English (numbers in
            // words are not claims there either); counts are figures in digits (1.2万家). Units of measure (三千吨) stay.
            if (units.Length > 0 && units[0].Start == 0 && (IsWrittenInDigits(numberText) || units[0].Value.IsMeasure || units[0].Value.Dimension != UnitDimension.Count))
            {
                var unit = units[0];
                var quantity = new Quantity(value, unit.Value.Name, unit.Value.Dimension, scale);
                return (start, end + unit.End, quantity, Rounded(value, place), hedge);
            }
        }
        catch (OverflowException)
        {
            return (start, end, null, Interval.All, null);
        }

        if (rest.StartsWith('倍'))
        {
            // 约为2020年底的30倍 is 30 times; 增长1.5倍 grew by one and a half times the base, to 2.5 times it.
            var grownBy = GrewBy().IsMatch(text.AsSpan()[..start]) ? 1m : 0m;
            return (start, end + 1, new Quantity(value + grownBy, MultipleUnit, UnitDimension.Count, null), Rounded(value, place) + Interval.Exactly(grownBy), hedge);
        }

        if (BareClassifier().Match(rest) is { Success: true } classifier && IsWrittenInDigits(numberText))
        {
            // 涉及项目1459个, 收购存量商品房项目超过800个: the noun is named before the number and 个 ends the clause, so
            // this is a count of it, whatever the translation calls the things counted. 新开工重大水利工程41项, 集成电路产量
            // 3892.6亿块, 森林火灾92起, 飞机起降1050万架次: a measure word right after the digits counts whatever it
            // is said of. These are not words of the vocabulary, which is matched anywhere in Chinese text (种 in 种植,
            // 起 in 一起) and would give a scaled number ending its clause their unit.
            var counted = classifier.Groups["flights"].Success ? "flights" : "items";
            return (start, end + classifier.Length, new Quantity(value, counted, UnitDimension.Count, scale), Rounded(value, place), hedge);
        }

        if (scale is not null)
        {
            // 国内出游人次49.98亿，比上年同期增加7.61亿: the unit is named before the figures, which end their clauses.
            if (ClauseEnd().IsMatch(rest) && lexicon.LastCountUnit(text[..start]) is { } named)
            {
                return (start, end, new Quantity(value, named.Name, named.Dimension, scale), Rounded(value, place), hedge);
            }

            // 覆盖12.2亿城乡居民, 惠及1.8亿城乡老年居民: a scaled number right before a noun for people counts them, with no
            // measure word between.
            if (PeopleAfter().IsMatch(rest) && lexicon.UnitMatcher.Exact("人") is { } people)
            {
                return (start, end, new Quantity(value, people.Name, people.Dimension, scale), Rounded(value, place), hedge);
            }
        }

        if (FractionShare().IsMatch(numberText) && (numberText.Contains("分之", StringComparison.Ordinal) || ShareBefore().IsMatch(text.AsSpan()[..start])))
        {
            // 占…的一半, 约三分之一来自…: a share said as a fraction (一半 only after 占: 减少一半 is a change).
            return (start, end, new Quantity(value * 100, "percent", UnitDimension.Percent, null), Interval.Exactly(value * 100), hedge);
        }

        return null;
    }

    /// <summary>Digits, with a scale word or a hedge at most (1459, 2.1万, 3000多): not 三, 两千.</summary>
    private static bool IsWrittenInDigits(string numberText) =>
        numberText.Any(char.IsAsciiDigit) && numberText.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '万' or '亿' or '多' or '余');

    // "2656亿  " from "2656亿GB" blanked: the blanks are not the number's.
    private static FoundNumber WithoutTrailingSpace(FoundNumber number)
    {
        var text = number.Text.TrimEnd();
        return text.Length == number.Length ? number : number with { Length = text.Length, Text = text };
    }

    private static string LatinLettersBlanked(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('A', 'z'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = char.IsAsciiLetter(source[i]) ? ' ' : source[i];
            }
        });
    }

    private static Interval Rounded(decimal value, decimal place) => Interval.Closed(value - (place / 2), value + (place / 2));

    /// <summary>A hedge just before the number: "超过20万亿元", "接近六成", with at most 了/为/于 between ("超过了", "约为").</summary>
    private (QualifierTerm? Qualifier, int ClaimStart) QualifierBefore(string text, int numberStart, int windowStart)
    {
        var window = text[windowStart..numberStart];
        foreach (var match in lexicon.QualifierMatcher.Matches(window).Reverse())
        {
            if (HedgeLink().IsMatch(window.AsSpan()[match.End..]))
            {
                return (match.Value, windowStart + match.Start);
            }
        }

        return (null, numberStart);
    }

    /// <summary>A hedge right after the figure: "2万亿元以上", "4.5万亿元左右".</summary>
    private (QualifierTerm? Qualifier, int ClaimEnd) QualifierAfter(string text, int unitEnd)
    {
        var rest = text[unitEnd..Math.Min(text.Length, unitEnd + 4)];
        var match = lexicon.QualifierMatcher.Matches(rest).FirstOrDefault(m => m.Start == 0 && PostHedge().IsMatch(m.Text));
        return match is null ? (null, unitEnd) : (match.Value, unitEnd + match.End);
    }

    private QualifierTerm MoreThan() =>
        lexicon.Qualifiers.FirstOrDefault(q => q.Effect == QualifierEffect.Above) ?? new QualifierTerm("more-than", QualifierEffect.Above, 0, ["多", "余"]);

    private QualifierTerm AtLeast() =>
        lexicon.Qualifiers.FirstOrDefault(q => q.Effect == QualifierEffect.AtLeast) ?? new QualifierTerm("at-least", QualifierEffect.AtLeast, 0, ["位数"]);

    /// <summary>The unit of a multiple, as English gives it ("30 times").</summary>
    private const string MultipleUnit = "times";

    /// <summary>The unit given to a digit-count growth until its role is read; it is then reported in percent.</summary>
    private const string DigitCountUnit = "位数";

    [GeneratedRegex(@"\G(?<hedge>多|余)?(?<scale>万亿|亿|万)?(?<hedge2>多|余)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tail();

    [GeneratedRegex(@"百分之$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PercentBefore();

    // "为2020年底的" in 约为2020年底的30倍: what a multiple is of; a hedge of the vocabulary right before it is the multiple's.
    [GeneratedRegex(@"(?:为|是|相当于)[^，。；,;]{0,12}的$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MultipleOf();

    [GeneratedRegex(@"(?:增长|增加|提高|提升|扩大)了?(?:约|近|超过)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GrewBy();

    // 个 only where the clause ends (个 before a noun is read by the vocabulary: 个城市, 个国家); the others wherever
    // they follow the digits: they are measure words and nothing else there.
    [GeneratedRegex(@"^(?:个(?=$|[。，；、！？）,;!?)])|(?<flights>架次|班次|班)|项|块|种|只|头|起|艘|条|张|座|笔|宗)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareClassifier();

    [GeneratedRegex(@"^\s*(?:$|[。，；、！？）,;!?)])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClauseEnd();

    // Up to four words of a noun phrase (城乡, 老年), then what names people; "人" alone only as the phrase's end (人，),
    // not as the start of another word (人民币, 人均).
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{0,4}?(?:居民|人口|农民工|农民|职工|员工|学生|劳动者|老年人|老人|儿童|游客|旅客|人(?![\p{IsCJKUnifiedIdeographs}]))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PeopleAfter();

    [GeneratedRegex(@"^个(?=[和、与及][\d.]+个百分点)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PointsSaidOnce();

    [GeneratedRegex(@"^\s*(?:%|(?<points>个百分点|百分点|个点))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PercentAfter();

    // 成 as tenths, not 成为 (become), 成本 (cost), 成交 (deal) ….
    [GeneratedRegex(@"^成(?<half>半)?(?![为本交果功立效绩长员就熟型品都])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tenths();

    [GeneratedRegex(@"^位数", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DigitCount();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十\d]+分之[一二三四五六七八九十\d]+|一半|半数)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FractionShare();

    [GeneratedRegex(@"占[^，；。,;]*?的?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShareBefore();

    // Not 达: "多达5万家" (as many as) is emphasis, not a hedge.
    [GeneratedRegex(@"^(?:了|为|于|\s)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HedgeLink();

    [GeneratedRegex(@"^(?:以上|以下|左右|上下|有余)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PostHedge();
}
