using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// "Of the 3,412 parcels sent abroad, 2,948 arrived on time, an on-time rate of 86.4%": a sentence that opens with a
/// total and words that narrow it ("sent abroad") gives its later figures for that narrower population, though a
/// comma stands between them: the rate is not the on-time rate of all parcels, said elsewhere.
/// </summary>
internal static class SubPopulation
{
    /// <summary>
    /// Where the opening clause ends and the words that narrow its total; (int.MaxValue, "") when the sentence does
    /// not open with a total (<see cref="Breakdowns"/> reads the same opening as the total its list is of).
    /// </summary>
    public static (int End, string Words) Of(Sentence sentence, IReadOnlyList<Claim> ordered)
    {
        var none = (int.MaxValue, string.Empty);
        if (ordered.Count < 2 || ordered[0].Role is not (ClaimRole.Level or ClaimRole.Count))
        {
            return none;
        }

        var text = sentence.Text;
        var totalStart = ordered[0].Span.Start - sentence.Start;
        var totalEnd = ordered[0].Span.End - sentence.Start;
        var comma = text.IndexOf(',', totalEnd);
        return comma < 0 || !Breakdowns.OfTheFigure().IsMatch(text.AsSpan(0, totalStart)) ? none : (comma + 1, text[totalEnd..comma]);
    }
}
