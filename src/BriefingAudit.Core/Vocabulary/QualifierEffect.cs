namespace BriefingAudit.Core.Vocabulary;

/// <summary>How a hedge word changes the interval a stated figure stands for.</summary>
public enum QualifierEffect
{
    /// <summary>"more than", "exceeded": the true value is above the figure.</summary>
    Above,

    /// <summary>"at least": the true value is the figure or above.</summary>
    AtLeast,

    /// <summary>"less than", "below": the true value is under the figure.</summary>
    Below,

    /// <summary>"up to", "at most".</summary>
    AtMost,

    /// <summary>"nearly", "close to": just under the figure, by at most the slack.</summary>
    Nearly,

    /// <summary>"about", "approximately": within the slack either side.</summary>
    About,
}
