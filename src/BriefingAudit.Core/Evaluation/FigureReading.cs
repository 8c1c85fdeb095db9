namespace BriefingAudit.Core.Evaluation;

/// <summary>
/// How the checker read a truth figure in the transcript as written: the first step at which a missed error was
/// lost. A figure without a measure or a period takes part in no relation, so no check can cite it; a bound figure
/// was missed by the relations themselves.
/// </summary>
public enum FigureReading
{
    Bound,
    NoPeriod,
    NoMeasure,
    NotRead,
}
