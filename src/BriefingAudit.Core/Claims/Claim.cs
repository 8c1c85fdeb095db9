using BriefingAudit.Core.Document;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Claims;

/// <summary>
/// A numeric claim as read from one sentence: where it is, what was said, and the interval of values it stands
/// for once rounding and any hedge are taken into account. Binding to measures comes later. Immutable.
/// </summary>
/// <param name="Span">The figure with its unit, as in the text ("21.79 trillion yuan").</param>
/// <param name="Text">The text of <paramref name="Span"/>, with any hedge ("more than 600 billion yuan").</param>
/// <param name="Quantity">Value, unit and scale word.</param>
/// <param name="Stated">The rounding interval of the digits, before the hedge.</param>
/// <param name="Interval">The values the claim allows: <see cref="Stated"/> widened or bounded by the hedge.</param>
/// <param name="Qualifier">The hedge, if any ("more than", "nearly").</param>
/// <param name="Role">What the figure says: a level, a change, a share ….</param>
/// <param name="Sign">+1 or −1 for changes and gaps ("fell", "lower than"); +1 otherwise.</param>
/// <param name="SentenceIndex">The sentence the claim was read from.</param>
public sealed record Claim(
    SourceSpan Span,
    string Text,
    Quantity Quantity,
    Interval Stated,
    Interval Interval,
    QualifierTerm? Qualifier,
    ClaimRole Role,
    int Sign,
    int SentenceIndex)
{
    /// <summary>
    /// The file the claim was read from, set when a finding cites claims of two files (<c>compare</c>); null when
    /// the claim is of the file its finding is reported in.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>Whether the figure says how much there is (a level or a count), not how it changed or what share it is.</summary>
    public bool IsAmount => Role is ClaimRole.Level or ClaimRole.Count;

    /// <summary>The signed value: −2.7 for "fell by 2.7%".</summary>
    public decimal SignedValue => Quantity.Value * Sign;

    /// <summary>The signed interval of values the claim allows.</summary>
    public Interval SignedInterval => Sign < 0 ? -Interval : Interval;

    public string DescribeInterval() => SignedInterval.Format(Quantity.ScaleFactor, 6);
}
