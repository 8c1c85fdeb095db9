using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BriefingAudit.Web;

/// <summary>
/// <c>POST /check</c>: a form with pasted text or an uploaded file, or a text/plain body, checked in memory and
/// answered with the HTML report; a refused upload gets a 4xx page that says why.
/// </summary>
internal sealed class CheckEndpoint(AuditPipeline pipeline, ServeOptions options)
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm", ".docx"];
    private readonly HtmlReporter _reporter = new();

    public async Task HandleAsync(HttpContext context)
    {
        var result = await CheckAsync(context).ConfigureAwait(false);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private async Task<IResult> CheckAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > options.MaxUploadBytes + ReportServer.FormOverhead)
        {
            await DrainAsync(context).ConfigureAwait(false);
            return Refuse(StatusCodes.Status413PayloadTooLarge, TooLarge());
        }

        (string Name, byte[] Bytes)? upload;
        try
        {
            upload = request.HasFormContentType ? await ReadFormAsync(request, context.RequestAborted).ConfigureAwait(false)
                : IsPlainText(request) ? ("pasted text", await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false))
                : throw new UploadRefusedException(StatusCodes.Status415UnsupportedMediaType, UploadMessages.WrongContentType);
        }
        catch (UploadRefusedException ex)
        {
            return Refuse(ex.Status, ex.Message);
        }
        catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            // Kestrel's body limit or the form reader's length limits: the same answer as a declared length over the limit.
            return Refuse(StatusCodes.Status413PayloadTooLarge, TooLarge());
        }

        if (upload is not { } input || input.Bytes.Length == 0)
        {
            return Refuse(StatusCodes.Status400BadRequest, UploadMessages.Nothing);
        }

        AuditResult result;
        try
        {
            result = pipeline.Run(DocumentLoader.FromBytes(input.Name, input.Bytes));
        }
        catch (DocumentLoadException ex)
        {
            return Refuse(StatusCodes.Status400BadRequest, ex.Reason);
        }
        catch (RegexMatchTimeoutException)
        {
            return Refuse(StatusCodes.Status422UnprocessableEntity, UploadMessages.TimedOut);
        }

        using var html = new StringWriter(CultureInfo.InvariantCulture);
        _reporter.Write(new AuditReport([FileOutcome.Checked(input.Name, result)], pipeline.Rules), html, new ReportOptions());
        return ReportServer.Html(StatusCodes.Status200OK, html.ToString(), HtmlReporter.ContentSecurityPolicy);
    }

    private async Task<(string, byte[])?> ReadFormAsync(HttpRequest request, CancellationToken cancel)
    {
        var form = await request.ReadFormAsync(cancel).ConfigureAwait(false);
        if (form.Files.GetFile("file") is { Length: > 0 } file)
        {
            var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
            var extension = Path.GetExtension(name);
            if (!Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            {
                throw new UploadRefusedException(StatusCodes.Status415UnsupportedMediaType, string.Format(CultureInfo.InvariantCulture, UploadMessages.WrongFileType, extension.Length == 0 ? name : extension));
            }

            if (file.Length > options.MaxUploadBytes)
            {
                throw new UploadRefusedException(StatusCodes.Status413PayloadTooLarge, TooLarge());
            }

            using var memory = new MemoryStream(checked((int)file.Length));
            await file.CopyToAsync(memory, cancel).ConfigureAwait(false);
            return (name, memory.ToArray());
        }

        var text = form["text"].ToString();
        if (text.Length > options.MaxUploadBytes)
        {
            throw new UploadRefusedException(StatusCodes.Status413PayloadTooLarge, TooLarge());
        }

        // No extension: the loader sniffs pasted HTML and reads anything else as plain text.
        return string.IsNullOrWhiteSpace(text) ? null : ("pasted text", Encoding.UTF8.GetBytes(text));
    }

    private async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancel)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancel).ConfigureAwait(false)) > 0)
        {
            if (memory.Length + read > options.MaxUploadBytes)
            {
                throw new UploadRefusedException(StatusCodes.Status413PayloadTooLarge, TooLarge());
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    /// <summary>
    /// Reads and drops a body that is over the limit (up to a bound), since a browser that is still sending would
    /// otherwise see a reset connection instead of the 413 page.
    /// </summary>
    private async Task DrainAsync(HttpContext context)
    {
        var bound = options.MaxUploadBytes * 4;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = bound;
        }

        try
        {
            var buffer = new byte[81920];
            while (await context.Request.Body.ReadAsync(buffer, context.RequestAborted).ConfigureAwait(false) > 0)
            {
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException or OperationCanceledException)
        {
            // Past the bound or gone: answer anyway; Kestrel closes the connection.
        }
    }

    private static bool IsPlainText(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);

    private string TooLarge() =>
        string.Format(CultureInfo.InvariantCulture, UploadMessages.TooLarge, options.MaxUploadBytes, Pages.Megabytes(options.MaxUploadBytes));

    private static IResult Refuse(int status, string message) => ReportServer.Html(status, Pages.Error(message), Pages.ContentSecurityPolicy);
}
