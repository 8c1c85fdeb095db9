namespace BriefingAudit.Core.Binding;

/// <summary>
/// The hedge a speaker may put between a cue and its figure ("leaving nearly 292 billion", "to more than 1.8 billion"),
/// as a regex group to splice into a binder's patterns, so that the patterns that allow it allow the same words.
/// </summary>
internal static class SpokenHedge
{
    public const string Optional = @"(?:(?:more\s+than|nearly|about|around|approximately|close\s+to|over|almost|some)\s+)?";
}
