using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Binding;

/// <summary>
/// What a figure "per" something is the quotient of: "subsidies totaling 16.5 billion yuan, or about 2,000 yuan per
/// person" is the total over the count of people stated with it. Immutable.
/// </summary>
public sealed record Quotient(Claim Total, Claim Count);
