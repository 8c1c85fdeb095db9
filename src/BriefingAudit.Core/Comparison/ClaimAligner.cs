using System.Collections.Immutable;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Comparison;

/// <summary>
/// Aligns the figures of a source with those of its translation. Paragraphs first: translators keep paragraph
/// order, so the paragraphs with figures are aligned in order (a paragraph may be dropped or added), scored by how
/// many values they share. Then, within each pair of paragraphs, figures are paired in passes from sure to
/// doubtful: same value, unit and role; same value in another unit (个百分点 as percent); same value in another role;
/// last, same unit and role with another value, near the same place in the paragraph (a mistranslated figure).
/// Within a pass, a shared measure, entity, hedge and sign and a close position decide between candidates. Figures
/// still alone are paired across neighbouring paragraphs by value; what remains is missing or extra, but for a
/// translation's count in words, which pairs only on its value (<see cref="ComparedClaim.PairsOnlyOnValue"/>).
/// Stateless and thread-safe.
/// </summary>
internal static class ClaimAligner
{
    /// <summary>Pairing two paragraphs is worth this much even when they share no value, so that order wins ties.</summary>
    private const double ParagraphBonus = 0.2;

    /// <summary>How far apart (in paragraphs with figures) two figures of the same value may be and still pair.</summary>
    private const int ParagraphReach = 2;

    private static readonly Func<ComparedClaim, ComparedClaim, bool>[] Passes =
    [
        (s, t) => s.SameValue(t) && s.SameUnit(t) && s.Role == t.Role,
        (s, t) => s.SameValue(t) && !s.SameUnit(t) && UnitsComparable(s, t) && !t.PairsOnlyOnValue,
        (s, t) => s.SameValue(t) && s.SameUnit(t),
        (s, t) => !s.SameValue(t) && s.SameUnit(t) && RolesAgree(s, t) && !MeasuresDiffer(s, t) && Math.Abs(s.RelativePosition - t.RelativePosition) <= 0.5 && !t.PairsOnlyOnValue,
    ];

    public static ImmutableArray<ClaimPair> Align(IReadOnlyList<ComparedClaim> source, IReadOnlyList<ComparedClaim> target)
    {
        var sourceParagraphs = Paragraphs(source);
        var targetParagraphs = Paragraphs(target);
        var matches = new Dictionary<ComparedClaim, ComparedClaim>(ReferenceEqualityComparer.Instance);
        var taken = new HashSet<ComparedClaim>(ReferenceEqualityComparer.Instance);
        foreach (var (i, j) in AlignParagraphs(sourceParagraphs, targetParagraphs))
        {
            foreach (var pass in Passes)
            {
                Pair(sourceParagraphs[i], targetParagraphs[j], pass, matches, taken, reach: null);
            }
        }

        KeepRespectiveOrder(source, matches);

        // A paragraph split or merged in translation: its figures pair with a neighbour's, by value only.
        foreach (var pass in Passes.Take(2))
        {
            Pair(source, target, pass, matches, taken, ParagraphReach);
        }

        var pairs = source.Select(s => new ClaimPair(s, matches.GetValueOrDefault(s)))
            .Concat(target.Where(t => !taken.Contains(t) && !t.PairsOnlyOnValue).Select(t => new ClaimPair(null, t)));
        return [.. pairs];
    }

    // reach: null within a pair of aligned paragraphs; else how many paragraphs apart a pair may be.
    private static void Pair(IReadOnlyList<ComparedClaim> source, IReadOnlyList<ComparedClaim> target, Func<ComparedClaim, ComparedClaim, bool> pass, Dictionary<ComparedClaim, ComparedClaim> matches, HashSet<ComparedClaim> taken, int? reach)
    {
        var candidates =
            from s in source
            where !matches.ContainsKey(s)
            from t in target
            let distance = Math.Abs(s.Paragraph - t.Paragraph)
            where !taken.Contains(t) && (reach is null || distance <= reach) && pass(s, t)
            orderby Score(s, t) - (reach is null ? 0 : distance) descending, s.Paragraph, s.Position, t.Position
            select (s, t);
        foreach (var (s, t) in candidates.ToList())
        {
            if (!matches.ContainsKey(s) && !taken.Contains(t))
            {
                matches[s] = t;
                taken.Add(t);
            }
        }
    }

    /// <summary>
    /// 进口4680亿块、出口2765亿块，分别增长7.6%和17.3% as "imported 468 billion and exported 276.5 billion, up 17.3% and
    /// 7.6%, respectively": a list given 分别 goes with the items said before it, in their order. When the items keep
    /// their order in one sentence of the translation and the list's figures, paired by value, do not, the translator
    /// swapped them: each figure is paired with the translation's figure in its place, so both read as other values.
    /// </summary>
    private static void KeepRespectiveOrder(IReadOnlyList<ComparedClaim> source, Dictionary<ComparedClaim, ComparedClaim> matches)
    {
        foreach (var sentence in source.Where(s => s.Bound.Note == ChineseClaimBinder.RespectivelyNote).GroupBy(s => s.Claim.SentenceIndex))
        {
            var list = sentence.OrderBy(s => s.Claim.Span.Start).ToList();
            if (list.Count < 2 || !list.All(matches.ContainsKey))
            {
                continue;
            }

            var targets = list.Select(s => matches[s]).ToList();
            var inPlace = targets.OrderBy(t => t.Claim.Span.Start).ToList();
            var items = source.Where(s => s.Claim.SentenceIndex == sentence.Key && s.Claim.IsAmount && s.Claim.Span.End <= list[0].Claim.Span.Start).TakeLast(list.Count).ToList();
            if (inPlace.SequenceEqual(targets) || items.Count != list.Count || !items.All(matches.ContainsKey))
            {
                continue;
            }

            var itemTargets = items.Select(s => matches[s]).ToList();
            var oneSentence = targets.Concat(itemTargets).Select(t => t.Claim.SentenceIndex).Distinct().Count() == 1;
            if (oneSentence && itemTargets.SequenceEqual(itemTargets.OrderBy(t => t.Claim.Span.Start)))
            {
                for (var i = 0; i < list.Count; i++)
                {
                    matches[list[i]] = inPlace[i];
                }
            }
        }
    }

    /// <summary>How alike two candidates are beyond the pass's test: measure, entity, hedge, sign, place.</summary>
    private static double Score(ComparedClaim s, ComparedClaim t)
    {
        var score = 0.0;
        if (s.Bound.Measure is { } sm && t.Bound.Measure is { } tm)
        {
            score += sm.Id == tm.Id ? 2 : -2;
        }

        if (s.Bound.Measure is not null && t.Bound.Measure is not null && s.Bound.Entity.Id == t.Bound.Entity.Id)
        {
            score += 1;
        }

        score += s.Hedge == t.Hedge ? 0.5 : 0;
        score += s.Claim.Sign == t.Claim.Sign ? 0.5 : 0;
        return score - (2 * Math.Abs(s.RelativePosition - t.RelativePosition));
    }

    /// <summary>
    /// The same role, or a level on one side: in a list ("5.4% in the first quarter, 5.2% in the second and 4.5% in
    /// the third") the verb is said once, so a later item of the list may read as a bare level.
    /// </summary>
    private static bool RolesAgree(ComparedClaim s, ComparedClaim t) => s.Role == t.Role || s.Role == ClaimRole.Level || t.Role == ClaimRole.Level;

    private static bool MeasuresDiffer(ComparedClaim s, ComparedClaim t) =>
        s.Bound.Measure is { } sm && t.Bound.Measure is { } tm && sm.Id != tm.Id;

    /// <summary>Units a translator can confuse: percent and percentage points, one currency and another, one counted noun and another.</summary>
    private static bool UnitsComparable(ComparedClaim s, ComparedClaim t) =>
        s.Dimension == t.Dimension
        || (s.Dimension is UnitDimension.Percent or UnitDimension.PercentagePoints
            && t.Dimension is UnitDimension.Percent or UnitDimension.PercentagePoints);

    private static List<List<ComparedClaim>> Paragraphs(IReadOnlyList<ComparedClaim> claims) =>
        [.. claims.GroupBy(c => c.Paragraph).OrderBy(g => g.Key).Select(g => g.ToList())];

    /// <summary>Needleman–Wunsch over paragraphs: the monotone pairing that shares the most values.</summary>
    private static List<(int Source, int Target)> AlignParagraphs(List<List<ComparedClaim>> source, List<List<ComparedClaim>> target)
    {
        var score = new double[source.Count + 1, target.Count + 1];
        for (var i = 1; i <= source.Count; i++)
        {
            for (var j = 1; j <= target.Count; j++)
            {
                var diagonal = score[i - 1, j - 1] + Similarity(source[i - 1], target[j - 1]) + ParagraphBonus;
                score[i, j] = Math.Max(diagonal, Math.Max(score[i - 1, j], score[i, j - 1]));
            }
        }

        var pairs = new List<(int, int)>();
        for (int i = source.Count, j = target.Count; i > 0 && j > 0;)
        {
            if (score[i, j] == score[i - 1, j])
            {
                i--;
            }
            else if (score[i, j] == score[i, j - 1])
            {
                j--;
            }
            else
            {
                pairs.Add((i - 1, j - 1));
                i--;
                j--;
            }
        }

        pairs.Reverse();
        return pairs;
    }

    /// <summary>The share of figures that find a figure of the same value and unit in the other paragraph.</summary>
    private static double Similarity(List<ComparedClaim> source, List<ComparedClaim> target)
    {
        var free = new List<ComparedClaim>(target);
        var shared = 0;
        foreach (var s in source)
        {
            var match = free.FirstOrDefault(t => s.SameValue(t) && s.SameUnit(t));
            if (match is not null)
            {
                free.Remove(match);
                shared++;
            }
        }

        return (double)shared / Math.Max(source.Count, target.Count);
    }
}
