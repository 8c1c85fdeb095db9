using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Checking;

namespace BriefingAudit.Core.Reporting;

/// <summary>What the tool understood of one claim, as name/value rows for the report's tooltip.</summary>
internal static class HtmlClaimFacts
{
    public static IEnumerable<(string Name, string Value)> Of(BoundClaim bound)
    {
        var claim = bound.Claim;
        var quantity = claim.Quantity;
        yield return ("value", quantity.Describe(claim.SignedValue));
        yield return ("unit", quantity.Unit);
        yield return ("role", JsonReporter.Role(claim.Role));
        yield return ("measure", bound.Measure?.Name ?? "not tied to a measure" + (bound.Note is null ? string.Empty : ": " + bound.Note));
        yield return ("entity", bound.Entity.Name);
        yield return ("period", bound.Period?.Name ?? "unknown");
        if (bound.Whole is { } whole)
        {
            yield return ("share of", $"{whole.Measure.Name}{(whole.Entity.IsNational ? string.Empty : " of " + whole.Entity.Name)}");
        }

        if (bound.ComparedTo is { } basis)
        {
            yield return ("compared to", basis.Name);
        }

        yield return ("qualifier", claim.Qualifier is { } q ? $"{q.Id} ({q.Effect.ToString().ToLowerInvariant()})" : "none");
        yield return ("interval", Wording.Range(claim.SignedInterval, quantity));
    }
}
