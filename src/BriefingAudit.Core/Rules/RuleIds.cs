namespace BriefingAudit.Core.Rules;

/// <summary>
/// The stable IDs of the default rules, mirrored from rules/briefing.default.yaml for code and tests.
/// BA1xxx: mentions that disagree; BA2xxx: arithmetic; BA3xxx: a translation against its source. An ID is never reused.
/// </summary>
public static class RuleIds
{
    public const string Restatement = "BA1001";
    public const string Sum = "BA2001";
    public const string Share = "BA2002";
    public const string RateGap = "BA2003";
    public const string Growth = "BA2004";
    public const string ShareChange = "BA2005";
    public const string Acceleration = "BA2006";
    public const string Contribution = "BA2007";
    public const string AbsoluteChange = "BA2008";
    public const string Average = "BA2009";
    public const string Breakdown = "BA2010";
    public const string ValueMismatch = "BA3001";
    public const string UnitMismatch = "BA3002";
    public const string QualifierMismatch = "BA3003";
    public const string SignMismatch = "BA3004";
    public const string MissingFigure = "BA3005";
    public const string ExtraFigure = "BA3006";
}
