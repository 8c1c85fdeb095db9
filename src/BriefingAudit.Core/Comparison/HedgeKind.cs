namespace BriefingAudit.Core.Comparison;

/// <summary>
/// A hedge as a translation must keep it: 超过, 突破, 以上 and "more than", "surpassing" are all <see cref="MoreThan"/>;
/// the exact words may differ between languages, the kind may not.
/// </summary>
public enum HedgeKind
{
    None,
    MoreThan,
    LessThan,
    Nearly,
    About,
}
