using System.Text;
using Microsoft.AspNetCore.Http;

namespace BriefingAudit.Web;

/// <summary>An HTML page with its status and content security policy.</summary>
internal sealed class HtmlResult(int status, string html, string contentSecurityPolicy) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        response.Headers.CacheControl = "no-store";
        var bytes = Encoding.UTF8.GetBytes(html);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
