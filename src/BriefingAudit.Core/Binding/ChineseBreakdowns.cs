using System.Text.RegularExpressions;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "进出口总值10.3万亿元。其中，出口6.13万亿元；进口4.17万亿元": 其中 ("of which") lists parts of the amount said just
/// before it, in its own sentence or the one before, as "Of this, …" does in English (<see cref="Breakdowns"/>). The
/// parts are the amounts after 其中 in the same unit and period as that total, each no larger than it (a larger one
/// is of something else), on to the end of the sentence and through the sentences joined to it by a semicolon; a
/// list that names the rest ("其他…", "其余…") must add up to the total. One reader per paragraph: a list does not
/// run into the next.
/// </summary>
internal sealed partial class ChineseBreakdowns
{
    private IReadOnlyList<BoundClaim> _before = [];
    private (Claim Total, Term? Period, int Sentence)? _open;

    /// <param name="text">The sentence, in half-width form, as the binder read it.</param>
    /// <param name="sentence">The sentence, for the claims' positions.</param>
    /// <param name="bound">The sentence's claims, bound.</param>
    public List<BoundClaim> Mark(string text, Sentence sentence, List<BoundClaim> bound)
    {
        var from = sentence.Start;
        if (OfWhich().Match(text) is { Success: true } cue)
        {
            from += cue.Index;
            var total = bound.Any(b => b.Claim.Span.Start < from) ? bound.LastOrDefault(b => b.Claim.Span.Start < from && IsAmount(b)) : _before.LastOrDefault(IsAmount);
            _open = total is null ? null : (total.Claim, total.Period, sentence.Index);
        }

        var result = _open is { } list ? Parts(text, sentence, bound, from, list) : bound;
        // "其中，出口6.13万亿元，增长6.9%；进口4.17万亿元": the sentence after a semicolon goes on with the list.
        _open = text.TrimEnd() is [.., ';' or '；'] ? _open : null;
        _before = result;
        return result;
    }

    private List<BoundClaim> Parts(string text, Sentence sentence, List<BoundClaim> bound, int from, (Claim Total, Term? Period, int Sentence) list)
    {
        var parts = bound.Where(b => b.Claim.Span.Start > from && IsAmount(b) && b.Claim.Quantity.Unit == list.Total.Quantity.Unit && b.Period == list.Period).ToList();
        if (parts.Any(p => p.Claim.Interval.Lower is { } low && list.Total.Interval.Upper is { } high && low > high))
        {
            _open = null;
            return bound;
        }

        bool NamesTheRest(BoundClaim part)
        {
            var start = part.Claim.Span.Start - sentence.Start;
            return TheRest().IsMatch(text.AsSpan()[ChineseClauses.Start(text, start)..start]);
        }

        return [.. bound.Select(b => parts.Contains(b) ? b with { PartOf = list.Total, ListSentence = list.Sentence, ClosesList = NamesTheRest(b) } : b)];
    }

    private static bool IsAmount(BoundClaim b) => b.Claim.IsAmount && b.Claim.Sign > 0 && b.PartOf is null;

    [GeneratedRegex(@"其中", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfWhich();

    [GeneratedRegex(@"^\s*(?:和|及|以及)?\s*(?:其他|其它|其余)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TheRest();
}
