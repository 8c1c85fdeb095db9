namespace BriefingAudit.Core.Segmentation;

public enum ParagraphKind
{
    /// <summary>What a speaker says: the text whose figures are checked.</summary>
    Speech,

    /// <summary>A question put by a news organisation; its figures are still claims.</summary>
    Question,

    /// <summary>A line naming who speaks next ("Wang Lingjun:").</summary>
    SpeakerLabel,

    /// <summary>Title, date line and speaker list before the first turn.</summary>
    Header,

    /// <summary>Page-break markers, photo captions, translator credits: not content.</summary>
    Furniture,
}
