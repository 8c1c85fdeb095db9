namespace BriefingAudit.Web;

/// <summary>A request the page will not check; <see cref="Status"/> is the 4xx status to answer with.</summary>
internal sealed class UploadRefusedException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
