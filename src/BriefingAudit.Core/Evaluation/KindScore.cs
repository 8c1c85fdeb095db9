namespace BriefingAudit.Core.Evaluation;

/// <summary>How many errors of one kind were there to find, and how many were found.</summary>
public sealed record KindScore(string Kind, int Mutants, int MutantsFound, int Planted, int PlantedFound)
{
    public int Total => Mutants + Planted;

    public int Found => MutantsFound + PlantedFound;

    public double Recall => Total == 0 ? double.NaN : (double)Found / Total;
}
