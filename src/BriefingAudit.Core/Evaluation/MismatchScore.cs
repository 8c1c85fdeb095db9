namespace BriefingAudit.Core.Evaluation;

/// <summary>
/// How compare did on one kind of mismatch: how many were written in, how many of those it reported, how many
/// findings of the kind it made, and how many of those were right.
/// </summary>
public sealed record MismatchScore(string Kind, int Expected, int Found, int Reported, int Correct)
{
    public double Precision => Reported == 0 ? double.NaN : (double)Correct / Reported;

    public double Recall => Expected == 0 ? double.NaN : (double)Found / Expected;
}
