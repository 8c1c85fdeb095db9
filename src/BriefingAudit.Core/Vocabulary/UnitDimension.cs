namespace BriefingAudit.Core.Vocabulary;

public enum UnitDimension
{
    Currency,
    Count,
    Percent,
    PercentagePoints,
}
