using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// Ties the claims of a Chinese transcript to measures, entities and periods. Chinese puts what a figure is about
/// before it, so each clause (split at ，；：。) is read leftwards from the figure: the nearest measure, entity and
/// period named before it in its sentence. A share's whole is what 占 names ("占进出口总值的51.8%"); an unknown noun
/// after the measure is its object ("出口机电产品7.8万亿元" is exports of 机电产品, not all exports); a period holds
/// for the speaker's answer; "其中" (of which) keeps the previous sentence's entity. Immutable and thread-safe.
/// </summary>
public sealed partial class ChineseClaimBinder(Lexicon lexicon)
{
    /// <summary>The note of a figure of a list given 分别, which is of the items said before it, in their order.</summary>
    public const string RespectivelyNote = "one of a list given '分别' (respectively)";

    public ImmutableArray<BoundClaim> Bind(SegmentedDocument document, ImmutableArray<Claim> claims)
    {
        var bySentence = claims.GroupBy(c => c.SentenceIndex).ToDictionary(g => g.Key, g => g.ToList());
        var result = ImmutableArray.CreateBuilder<BoundClaim>(claims.Length);
        Term? period = null;
        var turn = -1;
        foreach (var paragraph in document.ContentParagraphs)
        {
            period = paragraph.Turn == turn ? period : null;
            turn = paragraph.Turn;
            var entity = EntityRef.National;
            var breakdowns = new ChineseBreakdowns();
            foreach (var sentence in paragraph.Sentences)
            {
                var text = ChineseText.ToHalfWidth(sentence.Text);
                var mentions = Mentions(text);
                var inherited = OfWhich().IsMatch(text) ? entity : EntityRef.National;
                var sentenceClaims = bySentence.GetValueOrDefault(sentence.Index) ?? [];
                var bound = breakdowns.Mark(text, sentence, [.. sentenceClaims.Select(c => BindClaim(c, sentence, text, mentions, sentenceClaims, inherited, period))]);
                result.AddRange(bound);
                period = mentions.LastOrDefault(m => m.Kind == MentionKind.Period && !m.Comparison)?.Term ?? period;
                // A phrase entity ("机电产品") was an item of the sentence; "其中" after it is about the sentence's subject.
                entity = bound.LastOrDefault(b => b.IsBound && b.Entity.Source != EntitySource.Phrase)?.Entity ?? EntityRef.National;
            }
        }

        return result.ToImmutable();
    }

    private static BoundClaim BindClaim(Claim claim, Sentence sentence, string text, List<Mention> mentions, List<Claim> sentenceClaims, EntityRef inherited, Term? contextPeriod)
    {
        var start = claim.Span.Start - sentence.Start;
        var clauseStart = ChineseClauses.Start(text, start);
        var clauseEnd = ChineseClauses.End(text, start);
        if (Respectively().IsMatch(text.AsSpan()[clauseStart..clauseEnd]) && sentenceClaims.Count(c => c.Span.Start - sentence.Start >= clauseStart && c.Span.Start - sentence.Start < clauseEnd) > 1)
        {
            return new BoundClaim(claim, null, inherited, null, null, RespectivelyNote);
        }

        if (Target().IsMatch(text.AsSpan()[clauseStart..start]))
        {
            return new BoundClaim(claim, null, inherited, null, null, "a target or quota, not a result");
        }

        var whole = claim.Role is ClaimRole.Share or ClaimRole.GrowthShare ? FindWhole(text, mentions, clauseStart, start).Whole : null;

        // What a share is a share of (占出口总值的60%) is never what this or a later figure is about.
        var wholes = sentenceClaims.Where(c => c.Role is ClaimRole.Share or ClaimRole.GrowthShare)
            .Select(c => c.Span.Start - sentence.Start)
            .Select(s => FindWhole(text, mentions, ChineseClauses.Start(text, s), s))
            .ToList();
        var usable = mentions.Where(m => m.End <= start && !wholes.Any(w => m.Start >= w.Start && m.End <= w.End)).ToList();
        var period = usable.LastOrDefault(m => m.Kind == MentionKind.Period && !m.Comparison)?.Term ?? contextPeriod;
        var measureMention = UnknownSubject(text, usable, clauseStart, start) ? null : usable.LastOrDefault(m => m.Kind == MentionKind.Measure && Fits(claim, m.Term!));
        var measure = measureMention?.Term ?? (whole is not null && claim.Role is ClaimRole.Share or ClaimRole.GrowthShare ? whole.Measure : null);
        var entity = usable.LastOrDefault(m => m.Kind == MentionKind.Entity && !m.Comparison)?.Entity ?? inherited;
        var claimStarts = sentenceClaims.Select(c => c.Span.Start - sentence.Start).ToList();
        if (measureMention is not null && ObjectOf(text, mentions, measureMention, claimStarts) is { } phrase)
        {
            entity = entity.IsNational ? EntityRef.Phrase(phrase) : EntityRef.Phrase(entity.Name + " / " + phrase);
        }

        var comparedTo = claim.Role == ClaimRole.PointChange
            ? mentions.LastOrDefault(m => m.Kind == MentionKind.Period && m.Comparison && m.Start >= clauseStart && m.End <= start)?.Term
            : null;
        var note = measure is null ? BoundClaim.NoMeasureNote
            : period is null ? "no period is named for this figure"
            : null;
        return new BoundClaim(claim, measure, entity, period, whole, note, comparedTo);
    }

    /// <summary>Measures, entities and periods the sentence names; those after 较/比/高于 are comparison bases.</summary>
    private List<Mention> Mentions(string text)
    {
        var mentions = new List<Mention>();
        foreach (var match in lexicon.TermMatcher.Matches(text))
        {
            var comparison = ComparisonBefore().IsMatch(text.AsSpan()[..match.Start]);
            Mention? mention = match.Value.Kind switch
            {
                TermKind.Measure => new Mention(match.Start, match.End, MentionKind.Measure, match.Value),
                TermKind.Entity => new Mention(match.Start, match.End, MentionKind.Entity, match.Value, new EntityRef(match.Value.Id, match.Value.Name, EntitySource.Vocabulary)) { Comparison = comparison },
                TermKind.National => new Mention(match.Start, match.End, MentionKind.Entity, match.Value, EntityRef.National) { Comparison = comparison },
                TermKind.Period => new Mention(match.Start, match.End, MentionKind.Period, match.Value) { Comparison = comparison },
                _ => null,
            };
            if (mention is not null)
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    /// <summary>"占进出口总值的51.8%": the whole is the measure (and entity) named between 占 and the figure.</summary>
    private static (Whole? Whole, int Start, int End) FindWhole(string text, List<Mention> mentions, int clauseStart, int start)
    {
        var share = text.LastIndexOf('占', Math.Max(0, start - 1), Math.Max(0, start - clauseStart));
        if (share < 0)
        {
            return (null, start, start);
        }

        var inside = mentions.Where(m => m.Start > share && m.End <= start).ToList();
        var measure = inside.FirstOrDefault(m => m.Kind == MentionKind.Measure)?.Term;
        var entity = inside.FirstOrDefault(m => m.Kind == MentionKind.Entity && !m.Entity!.IsNational)?.Entity ?? EntityRef.National;
        return (measure is null ? null : new Whole(measure, entity), share, start);
    }

    /// <summary>
    /// "高端装备增长超过两成": a clause whose subject is a noun the vocabulary does not know speaks of that, not of the
    /// measure named earlier in the sentence.
    /// </summary>
    private static bool UnknownSubject(string text, List<Mention> usable, int clauseStart, int start)
    {
        if (usable.Any(m => m.Start >= clauseStart && m.Kind is MentionKind.Measure or MentionKind.Entity))
        {
            return false;
        }

        var verb = SubjectVerb().Match(text, clauseStart, start - clauseStart);
        if (!verb.Success)
        {
            return false;
        }

        var subject = Strip(text[clauseStart..verb.Index], usable.Where(m => m.Start >= clauseStart), clauseStart);
        return subject.Count(ChineseText.IsIdeograph) >= 2;
    }

    /// <summary>
    /// What a measure is of, when an unknown noun stands between it and its first figure ("出口机电产品7.8万亿元")
    /// or just before it in its clause ("机械设备进口"); null when only verbs and hedges are there. Read from the
    /// measure, not the figure, so every figure of "出口机电产品7.8万亿元，增长9.5%" is of 机电产品.
    /// </summary>
    private static string? ObjectOf(string text, List<Mention> mentions, Mention measure, List<int> claimStarts)
    {
        var others = mentions.Where(m => m != measure).ToList();
        var clauseStart = ChineseClauses.Start(text, measure.Start);
        var from = others.Where(m => m.End <= measure.Start && m.Start >= clauseStart).Select(m => m.End).DefaultIfEmpty(clauseStart).Max();
        var prenominal = Strip(text[from..measure.Start], [], from);
        if (prenominal.Count(ChineseText.IsIdeograph) >= 2)
        {
            return Squeeze(prenominal);
        }

        var end = claimStarts.Where(s => s >= measure.End).DefaultIfEmpty(text.Length).Min();
        end = Math.Min(end, ChineseClauses.End(text, measure.End));
        var whole = text.IndexOf('占', measure.End, end - measure.End);
        var between = Strip(text[measure.End..(whole < 0 ? end : whole)], others.Where(m => m.Start >= measure.End), measure.End);
        return between.Count(ChineseText.IsIdeograph) >= 2 ? Squeeze(between) : null;
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The text with vocabulary mentions, function words, verbs and hedges removed.</summary>
    private static string Strip(string text, IEnumerable<Mention> mentions, int offset)
    {
        var chars = text.ToCharArray();
        foreach (var m in mentions)
        {
            for (var i = Math.Max(0, m.Start - offset); i < Math.Min(chars.Length, m.End - offset); i++)
            {
                chars[i] = ' ';
            }
        }

        return Filler().Replace(new string(chars), " ");
    }

    /// <summary>The measure must be able to have a figure of this kind: a count measure for 62.8万家, a rate for 5.2%.</summary>
    private static bool Fits(Claim claim, Term term)
    {
        var dimension = claim.Quantity.Dimension;
        return claim.Role switch
        {
            ClaimRole.Count => term.Dimension == UnitDimension.Count,
            ClaimRole.Level when dimension == UnitDimension.Percent => term.Dimension == UnitDimension.Percent,
            ClaimRole.Level or ClaimRole.AbsoluteChange or ClaimRole.Average => term.Dimension == dimension,
            ClaimRole.Share or ClaimRole.GrowthShare => term.Dimension != UnitDimension.Percent,
            _ => term.Dimension != UnitDimension.Percent || dimension == UnitDimension.PercentagePoints,
        };
    }

    // "较一季度", "比去年同期", "高于全国": what a figure is compared with, not whose or when it is. Not 与/同 ("与东盟贸易").
    [GeneratedRegex(@"(?:较|比|相比|高于|低于|快于|慢于)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ComparisonBefore();

    [GeneratedRegex(@"^\s*其中", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfWhich();

    [GeneratedRegex(@"分别", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Respectively();

    [GeneratedRegex(@"(?:目标|预期目标|计划|任务|额度)(?:为|是|定为|设定为)?[^，；。]{0,4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Target();

    [GeneratedRegex(@"(?:同比)?(?:增长|下降|增加|减少|上升|回落|提升|提高|下滑|上涨|下跌|达到|达|为|实现|超过|突破|接近)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectVerb();

    // Words that say what happened, not what of: verbs, hedges, particles, "total value", "of which".
    [GeneratedRegex(@"其中|今年|去年|同期|全年|累计|分别|均|也|还|都|总值|总额|总量|规模|数量|金额|额|达到|达|为|是|约|共计|合计|实现|增长|下降|增加|减少|上升|提升|提高|回落|下滑|上涨|下跌|超过|突破|接近|近|逾|超|以上|左右|到|至|的|了|对|与|同|和|及|在|据|海关|统计|看|分季度|具体|有|保持|继续|占|比重|比例|首次|再次|持续|稳步|明显|大幅|较快|快速|进一步|已经|已|再|又|共|[\s“”""‘’、（）()]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Filler();
}
