using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Checking.Checks;

/// <summary>The same figure (measure, entity, period, role) stated twice must allow a common value.</summary>
public sealed class RestatementCheck : ICheck
{
    public string Kind => CheckKinds.Restatement;

    public IEnumerable<Finding> Run(Rule rule, CheckContext context)
    {
        // Gaps, contributions and changes in points are relative to something the key does not hold (which
        // base, which other rate); their own checks judge them.
        foreach (var figure in context.Figures.All.Where(f => f.Key.Role is not (ClaimRole.RateGap or ClaimRole.PointChange or ClaimRole.Contribution)))
        {
            // Two values in one sentence are items of a list ("cars 736.8 billion yuan, … 518.5 billion yuan"),
            // not one figure stated twice.
            foreach (var conflict in figure.Conflicting.Where(c => figure.Agreeing.Any(a => a.Claim.SentenceIndex != c.Claim.SentenceIndex)))
            {
                // "Agricultural imports fell by 5%", with no amount to say in which currency: the dollar rate it fits.
                if (context.CurrencyOpen(conflict.Claim) && context.Figures.ChangesInAnyCurrency(figure.Key.Measure, figure.Key.Entity, figure.Key.Period)
                        .Any(other => other != figure && other.Interval.Overlaps(conflict.Claim.SignedInterval)))
                {
                    continue;
                }

                // An open measure is known only by its words: "scratch cards 26.98 billion yuan" in the welfare lottery's
                // own list and "Scratch cards sold 102.46 billion yuan" of all lotteries share them. Amounts more than
                // three times apart under the same words are two things (a part, another's), as no echo takes them for
                // one figure said again.
                if (figure.Key.Measure.StartsWith(OpenMeasure.IdPrefix, StringComparison.Ordinal) && !Echoes.SameOrder(figure.First.Claim.Quantity, conflict.Claim.Quantity))
                {
                    continue;
                }

                // "Criminal cases were 1.32 million, down 4.6%" and, of intellectual property cases, "Criminal cases came
                // to 7,900, down 6.0%": a rate goes with the level its own sentence gives under the same words, and levels
                // too far apart to be one figure (above) make their rates two figures' too.
                if (OfLevelsApart(figure, conflict, context.Figures))
                {
                    continue;
                }

                var reference = figure.First;
                var like = reference.Claim.Quantity;
                var message =
                    $"{Wording.Subject(reference)} is stated as {Wording.Cite(reference.Claim)} and as {Wording.Cite(conflict.Claim)}: "
                    + $"{conflict.Claim.Text.Trim()} stands for {Wording.Range(conflict.Claim.SignedInterval, like)}, "
                    + $"which excludes {Wording.Range(figure.Interval, like)}"
                    + (figure.Agreeing.Length > 1 ? $" (what {string.Join(" and ", figure.Agreeing.Select(a => Wording.Cite(a.Claim)))} allow together)" : string.Empty);
                yield return FindingBuilder.Create(rule, message, conflict, figure.Agreeing, figure.Interval, conflict.Claim.SignedInterval);
            }
        }
    }

    /// <summary>
    /// Whether a growth rate of an open measure and the figure's first statement each sit in a sentence that gives the
    /// measure's level under the same key, and the two levels are not of one order (<see cref="Echoes.SameOrder"/>).
    /// </summary>
    private static bool OfLevelsApart(Figure figure, BoundClaim conflict, FigureTable figures)
    {
        var key = figure.Key;
        if (key.Role != ClaimRole.Change || !key.Measure.StartsWith(OpenMeasure.IdPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var levels = figures.Levels(key.Measure, key.Entity, key.Period).SelectMany(f => f.Agreeing.AddRange(f.Conflicting)).ToList();
        var own = levels.Find(l => l.Claim.SentenceIndex == conflict.Claim.SentenceIndex);
        var first = levels.Find(l => l.Claim.SentenceIndex == figure.First.Claim.SentenceIndex);
        return own is not null && first is not null && !Echoes.SameOrder(own.Claim.Quantity, first.Claim.Quantity);
    }
}
