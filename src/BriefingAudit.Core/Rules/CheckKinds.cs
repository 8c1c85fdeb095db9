namespace BriefingAudit.Core.Rules;

/// <summary>The values a rule's <c>kind:</c> may take; each names one check class.</summary>
public static class CheckKinds
{
    public const string Restatement = "restatement";
    public const string Sum = "sum";
    public const string Share = "share";
    public const string RateGap = "rate-gap";
    public const string Growth = "growth";
    public const string ShareChange = "share-change";
    public const string Acceleration = "acceleration";
    public const string Contribution = "contribution";
    public const string AbsoluteChange = "absolute-change";
    public const string Average = "average";
    public const string Breakdown = "breakdown";

    public const string ValueMismatch = "value-mismatch";
    public const string UnitMismatch = "unit-mismatch";
    public const string QualifierMismatch = "qualifier-mismatch";
    public const string SignMismatch = "sign-mismatch";
    public const string MissingFigure = "missing-figure";
    public const string ExtraFigure = "extra-figure";

    /// <summary>Kinds that compare a source with its translation (<c>compare</c>); <c>check</c> does not run them.</summary>
    public static readonly IReadOnlyList<string> Compare = [ValueMismatch, UnitMismatch, QualifierMismatch, SignMismatch, MissingFigure, ExtraFigure];

    public static readonly IReadOnlyList<string> All = [Restatement, Sum, Share, RateGap, Growth, ShareChange, Acceleration, Contribution, AbsoluteChange, Average, Breakdown, .. Compare];
}
