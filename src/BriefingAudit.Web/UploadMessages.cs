namespace BriefingAudit.Web;

/// <summary>What the page says about a request it cannot check. Tests assert against these.</summary>
public static class UploadMessages
{
    public const string Nothing = "Nothing to check: paste a transcript or choose a file.";
    public const string TooLarge = "The upload is larger than the limit of {0:N0} bytes ({1} MB). Split the transcript or check it with the command line.";
    public const string WrongFileType = "Unsupported file type '{0}': upload a .txt, .md, .html or .docx file.";
    public const string WrongContentType = "Send the transcript as a form (the page's Check button) or as a text/plain body.";
    public const string TimedOut = "Checking took too long and was stopped; no report for this transcript.";
}
