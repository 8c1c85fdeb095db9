using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Comparison;

/// <summary>Reads a claim's qualifier as a <see cref="HedgeKind"/> and names it for messages.</summary>
internal static class Hedges
{
    public static HedgeKind Of(QualifierTerm? qualifier) => qualifier?.Effect switch
    {
        null => HedgeKind.None,
        QualifierEffect.Above or QualifierEffect.AtLeast => HedgeKind.MoreThan,
        QualifierEffect.Below or QualifierEffect.AtMost => HedgeKind.LessThan,
        QualifierEffect.Nearly => HedgeKind.Nearly,
        _ => HedgeKind.About,
    };

    public static string Name(HedgeKind hedge) => hedge switch
    {
        HedgeKind.MoreThan => "more than",
        HedgeKind.LessThan => "less than",
        HedgeKind.Nearly => "nearly",
        HedgeKind.About => "about",
        _ => "none",
    };
}
