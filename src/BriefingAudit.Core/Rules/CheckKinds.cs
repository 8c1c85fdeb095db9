namespace BriefingAudit.Core.Rules;

/// <summary>The values a rule's <c>kind:</c> may take; each names one check class.</summary>
public static class CheckKinds
{
    public const string Restatement = "restatement";
    public const string Sum = "sum";
    public const string Share = "share";
    public const string RateGap = "rate-gap";

    public static readonly IReadOnlyList<string> All = [Restatement, Sum, Share, RateGap];
}
