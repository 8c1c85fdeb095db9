namespace BriefingAudit.Core.Claims;

/// <summary>
/// A number as a recogniser found it: its text ("21.79 trillion"), where it is in the sentence, and its value.
/// <see cref="Value"/> is null when the number does not fit a decimal (1e400).
/// </summary>
public sealed record FoundNumber(int Start, int Length, string Text, decimal? Value)
{
    public int End => Start + Length;
}
