namespace BriefingAudit.Web;

/// <summary>Where the page listens and how large an upload may be. Loopback unless told otherwise.</summary>
public sealed record ServeOptions(string Host = ServeOptions.DefaultHost, int Port = ServeOptions.DefaultPort, long MaxUploadBytes = ServeOptions.DefaultMaxUploadBytes)
{
    public const string DefaultHost = "127.0.0.1";
    public const int DefaultPort = 5170;
    public const long DefaultMaxUploadBytes = 5L * 1024 * 1024;
}
