using System.Collections.Immutable;
using BriefingAudit.Core.Checking;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Comparison;

/// <summary>
/// Turns an alignment into findings of the compare rules: for a pair, another unit (BA3002) or else another value
/// (BA3001), the opposite sign (BA3004), another hedge (BA3003); a source figure alone is missing (BA3005), a
/// translation figure alone is extra (BA3006). A finding stands at the translation's figure (the source's when
/// missing) and cites both, each with its file. Stateless and thread-safe.
/// </summary>
internal static class MismatchFinder
{
    /// <summary>The findings that stand in the source (figures missing in the translation) and those in the translation.</summary>
    public static (ImmutableArray<Finding> InSource, ImmutableArray<Finding> InTarget) Find(RuleSet rules, IEnumerable<ClaimPair> pairs, string sourcePath, string targetPath)
    {
        var inSource = ImmutableArray.CreateBuilder<Finding>();
        var inTarget = ImmutableArray.CreateBuilder<Finding>();
        foreach (var pair in pairs)
        {
            foreach (var (kind, message) in Mismatches(pair, sourcePath, targetPath))
            {
                foreach (var rule in rules.Rules.Where(r => r.Kind == kind))
                {
                    (pair.Target is null ? inSource : inTarget).Add(Create(rule, message, pair, sourcePath, targetPath));
                }
            }
        }

        return (inSource.ToImmutable(), inTarget.ToImmutable());
    }

    private static IEnumerable<(string Kind, string Message)> Mismatches(ClaimPair pair, string sourcePath, string targetPath)
    {
        if (pair is { Source: { } only, Target: null })
        {
            yield return (CheckKinds.MissingFigure, $"{Cite(only, sourcePath)}, {Describe(only)}, has no counterpart in the translation");
            yield break;
        }

        if (pair is { Source: null, Target: { } extra })
        {
            yield return (CheckKinds.ExtraFigure, $"{Cite(extra, targetPath)}, {Describe(extra)}, has no counterpart in the source");
            yield break;
        }

        var (s, t) = (pair.Source!, pair.Target!);
        var translated = $"{Cite(t, targetPath)} translates {Cite(s, sourcePath)}";
        if (!s.SameUnit(t))
        {
            yield return (CheckKinds.UnitMismatch, $"{translated} in {t.UnitName}, but the source is in {s.UnitName}");
        }
        else if (!s.SameValue(t))
        {
            // A multiple against a rate is said as the rate is (see ComparedClaim.RiseInPercent).
            var like = InEnglish((t.RiseInPercent is null ? t : s).Claim.Quantity);
            yield return (CheckKinds.ValueMismatch, $"{translated} with another value: the source says {Wording.Range(s.StatedAgainst(t), like)}, the translation {Wording.Range(t.StatedAgainst(s), like)}");
        }

        if (s.HasDirection && t.HasDirection && s.Claim.Sign != t.Claim.Sign)
        {
            yield return (CheckKinds.SignMismatch, $"{translated} as a {Direction(t)}, but the source says a {Direction(s)}");
        }

        if (s.Hedge != t.Hedge && !IsAnnouncedRounding(s, t))
        {
            var like = InEnglish(t.Claim.Quantity);
            var how = (s.Hedge, t.Hedge) switch
            {
                (_, HedgeKind.None) => $"without its qualifier ({Hedges.Name(s.Hedge)})",
                (HedgeKind.None, _) => $"adding the qualifier '{Hedges.Name(t.Hedge)}', which the source does not have",
                _ => $"with '{Hedges.Name(t.Hedge)}' for the source's '{Hedges.Name(s.Hedge)}'",
            };
            yield return (CheckKinds.QualifierMismatch, $"{translated} {how}: the source says {Wording.Range(s.Claim.Interval, like)}, the translation {Wording.Range(t.Claim.Interval, like)}");
        }
    }

    /// <summary>
    /// "nearly 13.5 billion tonnes" for 134.6亿吨: a translator who rounds says so with a hedge, and the hedged figure
    /// holds the exact one. A hedge added to a figure kept as precise ("about 1.32 trillion" for 1.32万亿) is a slip.
    /// </summary>
    private static bool IsAnnouncedRounding(ComparedClaim s, ComparedClaim t) =>
        s.Hedge == HedgeKind.None && t.Hedge != HedgeKind.None
        && t.Claim.Stated.Width > s.Claim.Stated.Width
        && s.Claim.Stated.Lower is { } low && s.Claim.Stated.Upper is { } high && t.Claim.Interval.Contains(low) && t.Claim.Interval.Contains(high);

    private static Finding Create(Rule rule, string message, ClaimPair pair, string sourcePath, string targetPath)
    {
        var source = pair.Source is { } s ? s.Claim with { Path = sourcePath } : null;
        var target = pair.Target is { } t ? t.Claim with { Path = targetPath } : null;
        var at = target ?? source!;
        ImmutableArray<Claim> claims = [.. new[] { source, target }.OfType<Claim>()];
        return new Finding(rule.Id, rule.Severity, rule.Title, message, at.Span, claims, source?.SignedInterval, target?.SignedInterval, rule.HelpPath);
    }

    /// <summary>"超过20万亿元 (opening.zh.txt:9)".</summary>
    private static string Cite(ComparedClaim claim, string path) => $"{claim.Claim.Text.Trim()} ({System.IO.Path.GetFileName(path)}:{claim.Claim.Span.Line})";

    /// <summary>"a change of exports", "a level" — what the figure is, for a figure with no counterpart.</summary>
    private static string Describe(ComparedClaim claim)
    {
        // "AbsoluteChange" → "absolute change".
        var role = string.Concat(claim.Role.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        var of = claim.Bound.Measure is null ? string.Empty : $" of {Wording.Short(claim.Bound)}";
        return $"{(role[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {role}{of} ({Wording.Range(claim.Claim.SignedInterval, InEnglish(claim.Claim.Quantity))})";
    }

    private static string Direction(ComparedClaim claim) => claim.Role switch
    {
        ClaimRole.Change or ClaimRole.AbsoluteChange => claim.Claim.Sign < 0 ? "fall" : "rise",
        _ => claim.Claim.Sign < 0 ? "lower figure" : "higher figure",
    };

    /// <summary>A Chinese scale (万, 亿, 万亿) as the English one of the same size, so both figures speak alike.</summary>
    private static Quantity InEnglish(Quantity quantity) => quantity.ScaleWord is "万" or "亿" or "万亿"
        ? quantity with
        {
            ScaleWord = Math.Abs(quantity.Value) switch
            {
                >= 1_000_000_000_000m => "trillion",
                >= 1_000_000_000m => "billion",
                >= 1_000_000m => "million",
                _ => null,
            },
        }
        : quantity;
}
