using System.Globalization;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Evaluation;

/// <summary>
/// Why a transcript, a mutant or a pair could not be measured, in one line: a malformed truth file and a transcript
/// that is no text say so themselves (their messages name the file), a file that cannot be read says why, and
/// anything else is the checker's own failure, in the words <c>check</c> uses for it.
/// </summary>
public static class MeasureFailure
{
    public static string Describe(string what, Exception exception) => exception switch
    {
        InvalidDataException or DocumentLoadException => exception.Message,
        IOException or UnauthorizedAccessException => $"{what}: {string.Format(CultureInfo.InvariantCulture, Messages.CannotRead, exception.Message)}",
        _ => $"{what}: {Messages.Unexpected(exception)}",
    };
}
