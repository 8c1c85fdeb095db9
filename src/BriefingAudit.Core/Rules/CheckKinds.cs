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

    public static readonly IReadOnlyList<string> All = [Restatement, Sum, Share, RateGap, Growth, ShareChange, Acceleration, Contribution, AbsoluteChange, Average, Breakdown];
}
