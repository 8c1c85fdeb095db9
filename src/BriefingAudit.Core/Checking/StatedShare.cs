using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Checking;

/// <summary>
/// A share with the part and whole the text ties it to, whatever their measure (<see cref="BoundClaim.PartOf"/>): "Of
/// this, road freight was 20.29 billion tonnes, … accounting for 73.6% of the total". Immutable.
/// </summary>
internal sealed record StatedShare(BoundClaim Share, BoundClaim Part, BoundClaim Whole)
{
    /// <summary>The share's part and whole; null when the text ties it to none.</summary>
    public static StatedShare? Of(BoundClaim share, CheckContext context)
    {
        if (share.Claim.Role != ClaimRole.Share || share.PartOf is null)
        {
            return null;
        }

        // The part is named by the share's binding ("Road freight made up 73.6% of the total", a sentence later),
        // else it is the figure of the list just before the share.
        var part = share.Items.Length == 1 ? context.Claims.FirstOrDefault(c => c.Claim == share.Items[0])
            : context.Claims.LastOrDefault(c => c.PartOf == share.PartOf && c.Claim.Role != ClaimRole.Share
                && c.Claim.SentenceIndex == share.Claim.SentenceIndex && c.Claim.Span.Start < share.Claim.Span.Start);
        var whole = context.Claims.FirstOrDefault(c => c.Claim == share.PartOf);
        return part is null || whole is null ? null : new StatedShare(share, part, whole);
    }

    /// <summary>The share the sentence before gave of the subject of a contribution or share change (<see cref="BoundClaim.ShareSaidBefore"/>), with its part and whole; null when none.</summary>
    public static StatedShare? SaidBefore(BoundClaim figure, CheckContext context) =>
        figure.ShareSaidBefore is { } said && context.Claims.FirstOrDefault(c => c.Claim == said) is { } share ? Of(share, context) : null;
}
