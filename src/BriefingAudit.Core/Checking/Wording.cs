using System.Globalization;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Checking;

/// <summary>How findings speak of figures and intervals: as the transcript did, in its own scale.</summary>
internal static class Wording
{
    /// <summary>"20 trillion yuan (line 46)"; a fall keeps its sign: "−9.3% (line 270)".</summary>
    public static string Cite(Claim claim) => $"{Signed(claim)} (line {claim.Span.Line})";

    /// <summary>"7.5 percentage points (line 72)": the claim as written, for a message whose own words say its direction ("below").</summary>
    public static string CiteAsWritten(Claim claim) => $"{claim.Text.Trim()} (line {claim.Span.Line})";

    /// <summary>The claim's text with the sign of a fall: "−9.3%" for "fell by 9.3%".</summary>
    public static string Signed(Claim claim) =>
        $"{(claim.Sign < 0 && !claim.Text.TrimStart().StartsWith('-') ? "−" : string.Empty)}{claim.Text.Trim()}";

    /// <summary>"exports of the U.S.": the measure and entity, without the period; a figure with no measure as written, with its line.</summary>
    public static string Short(BoundClaim claim) =>
        claim.Measure is null ? Cite(claim.Claim) : $"{claim.Measure.Name}{(claim.Entity.IsNational ? string.Empty : " of " + claim.Entity.Name)}";

    /// <summary>"[19.5, 20.5] trillion yuan", "(600, ∞) billion yuan", "[51.75, 51.85]%".</summary>
    public static string Range(Interval interval, Quantity like)
    {
        var digits = like.Dimension is UnitDimension.Percent or UnitDimension.PercentagePoints ? 4 : 6;
        var body = interval.Format(like.ScaleFactor, digits);
        return like.Dimension switch
        {
            UnitDimension.Percent => body + "%",
            UnitDimension.PercentagePoints => body + " percentage points",
            _ => $"{body}{(like.ScaleWord is null ? string.Empty : " " + like.ScaleWord)} {like.Unit}",
        };
    }

    /// <summary>A computed value, rounded for reading: "51.81%", "21.79 trillion yuan".</summary>
    public static string Value(Interval interval, Quantity like)
    {
        var mid = interval.Midpoint ?? 0;
        var scaled = mid / like.ScaleFactor;
        var digits = like.Dimension is UnitDimension.Percent or UnitDimension.PercentagePoints ? 2 : 4;
        var text = Math.Round(scaled, digits, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture).Replace('-', '−');
        return like.Dimension switch
        {
            UnitDimension.Percent => text + "%",
            UnitDimension.PercentagePoints => text + " percentage points",
            _ => $"{text}{(like.ScaleWord is null ? string.Empty : " " + like.ScaleWord)} {like.Unit}",
        };
    }

    /// <summary>"total trade of ASEAN, the first half of the year".</summary>
    public static string Subject(BoundClaim claim) => claim.Describe();

    /// <summary>
    /// A figure named beside <paramref name="context"/>: without the period when it is the context's own, so a sum of
    /// parts says "the first half of the year" once, for the total, not once per part.
    /// </summary>
    public static string SubjectBeside(BoundClaim claim, BoundClaim context) =>
        claim.Period is { } period && period.Id == context.Period?.Id ? Short(claim) : Subject(claim);
}
