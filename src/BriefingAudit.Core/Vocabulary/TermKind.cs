namespace BriefingAudit.Core.Vocabulary;

public enum TermKind
{
    /// <summary>What is counted: total trade, exports, GDP, tax revenue.</summary>
    Measure,

    /// <summary>Whose figure it is: ASEAN, private enterprises, the central and western regions.</summary>
    Entity,

    /// <summary>When: the first half of the year, June, the second quarter.</summary>
    Period,

    /// <summary>A phrase that names the whole economy ("national average", "China's"): the national entity.</summary>
    National,

    /// <summary>A phrase that names a comparison base, not the claim's own period ("the same period last year").</summary>
    ComparisonBase,
}
