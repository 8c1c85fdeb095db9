using System.Globalization;
using System.Net;

namespace BriefingAudit.Web;

/// <summary>The form an editor fills in, and the page that says why an upload was refused. Static markup only.</summary>
internal static class Pages
{
    // No transcript text ever reaches these pages, so inline style is safe; scripts and remote loads are not allowed.
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private const string Style = """
        body { margin: 0 auto; max-width: 48rem; padding: 1rem 1.5rem 3rem; color: #1b1b1b; background: #fff;
          font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
        h1 { font-size: 1.5rem; }
        label { display: block; font-weight: 600; margin: 1rem 0 .25rem; }
        textarea { width: 100%; min-height: 16rem; font: .95rem/1.5 ui-monospace, "DejaVu Sans Mono", monospace; padding: .5rem; box-sizing: border-box; }
        button { margin-top: 1rem; font: inherit; font-weight: 600; padding: .5rem 1.5rem; color: #fff; background: #1a5fb4; border: 0; border-radius: 6px; cursor: pointer; }
        :focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
        .hint { color: #555; }
        .error { color: #a4001d; font-weight: 600; }
        """;

    public static string Form(long maxUploadBytes) => Page("Briefing audit", $"""
        <h1>Briefing audit</h1>
        <p>Paste a transcript or choose a file (.txt, .md, .html or .docx, up to {Megabytes(maxUploadBytes)} MB) and get the report:
        the transcript with every figure the tool read and every figure that cannot be true.</p>
        <p class="hint">Nothing is stored: the report is made in memory and sent back to this browser.</p>
        <form method="post" action="/check" enctype="multipart/form-data" accept-charset="utf-8">
        <label for="text">Transcript text</label>
        <textarea id="text" name="text" spellcheck="false"></textarea>
        <label for="file">or a file</label>
        <input id="file" name="file" type="file" accept=".txt,.md,.html,.htm,.docx">
        <div><button type="submit">Check</button></div>
        </form>
        """);

    public static string Error(string message) => Page("Briefing audit: not checked", $"""
        <h1>Not checked</h1>
        <p class="error" role="alert">{WebUtility.HtmlEncode(message)}</p>
        <p><a href="/">Back to the form</a></p>
        """);

    public static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title}</title>
        <style>
        {Style}
        </style>
        </head>
        <body>
        <main>
        {body}
        </main>
        </body>
        </html>

        """;
}
