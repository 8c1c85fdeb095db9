using System.Net;
using BriefingAudit.Core.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingAudit.Web;

/// <summary>
/// The local web page: <c>GET /</c> is the form, <c>POST /check</c> returns the same HTML report as
/// <c>check --format html</c>. Thin on purpose: it wires the pipeline and the reporter, and keeps uploads in memory.
/// </summary>
public static class ReportServer
{
    /// <summary>Room for multipart boundaries and headers on top of the upload itself.</summary>
    internal const long FormOverhead = 64 * 1024;

    public static WebApplication Create(AuditPipeline pipeline, ServeOptions options)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes + FormOverhead;
            if (options.Host == "localhost")
            {
                kestrel.ListenLocalhost(options.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
            }
        });

        // Form files above MemoryBufferThreshold would be buffered to a temporary file; keep everything in memory.
        builder.Services.Configure<FormOptions>(form =>
        {
            form.BufferBody = false;
            form.MultipartBodyLengthLimit = options.MaxUploadBytes + FormOverhead;
            form.ValueLengthLimit = checked((int)(options.MaxUploadBytes + FormOverhead));
            form.MemoryBufferThreshold = checked((int)(options.MaxUploadBytes + FormOverhead));
        });

        var app = builder.Build();
        var check = new CheckEndpoint(pipeline, options);
        app.Use(async (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next(context).ConfigureAwait(false);
        });
        // Both handlers are RequestDelegates: a handler whose parameters are bound by reflection cannot be compiled
        // natively (the batch build, README Speed).
        app.MapGet("/", context => Html(StatusCodes.Status200OK, Pages.Form(options.MaxUploadBytes), Pages.ContentSecurityPolicy).ExecuteAsync(context));
        app.MapPost("/check", check.HandleAsync);
        return app;
    }

    /// <summary>The address actually bound, once started (the port is chosen by the system when 0 was asked for).</summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal) + "/");
    }

    internal static IResult Html(int status, string html, string contentSecurityPolicy) => new HtmlResult(status, html, contentSecurityPolicy);
}
