using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingAudit.Core.Tests.Document;

namespace BriefingAudit.Web.Tests;

/// <summary>The page over HTTP on a loopback port: what a paste or an upload gets back, and every refusal's status and words.</summary>
[Collection(SharedServer.Name)]
public class ServerTests(ServerFixture server)
{
    public const string Slip = """
        Wang Lingjun:

        In the first half of the year, China's total imports and exports rose 2.9% to 21.79 trillion yuan. Exports grew 7.2% to 13 trillion yuan, while imports fell by 2.7% to 8.79 trillion yuan.

        In the first half of the year, China's total imports and exports reached 20 trillion yuan.
        """;

    private async Task<(HttpStatusCode Status, IDocument Page)> PostAsync(HttpContent content)
    {
        using var response = await server.Client.PostAsync(new Uri(server.Address, "check"), content);
        return (response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    private static MultipartFormDataContent Upload(string name, byte[] bytes) => new() { { new ByteArrayContent(bytes), "file", name } };

    private static string Error(IDocument page) => page.QuerySelector(".error")!.TextContent;

    [Fact]
    public void ListensOnLoopback() => Assert.True(IPAddress.IsLoopback(IPAddress.Parse(server.Address.Host)));

    [Fact]
    public async Task Form_IsServed()
    {
        var page = new HtmlParser().ParseDocument(await server.Client.GetStringAsync(server.Address));
        Assert.Equal("/check", page.QuerySelector("form")!.GetAttribute("action"));
        Assert.NotNull(page.QuerySelector("textarea[name=text]"));
        Assert.Contains(".docx", page.QuerySelector("input[type=file][name=file]")!.GetAttribute("accept"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastedText_GetsTheReport()
    {
        var (status, page) = await PostAsync(new MultipartFormDataContent { { new StringContent(Slip), "text" } });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, page.QuerySelectorAll("[data-finding=\"BA1001\"]").Length);
        Assert.Equal("Briefing audit: pasted text", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task PlainTextBody_GetsTheReport()
    {
        var (status, page) = await PostAsync(new StringContent(Slip, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("li.finding[data-rule=\"BA1001\"]"));
    }

    [Fact]
    public async Task WordUpload_PointsToParagraphs()
    {
        var docx = TestDocx.Create(Slip.Split("\n\n"));
        var (status, page) = await PostAsync(Upload("draft.docx", docx));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("paragraph 3", page.QuerySelector("li.finding .where")!.TextContent);
    }

    [Fact]
    public async Task HtmlUpload_GetsTheReport()
    {
        var html = "<html><body><p>" + string.Join("</p><p>", Slip.Split("\n\n")) + "</p></body></html>";
        var (status, page) = await PostAsync(Upload("briefing.html", Encoding.UTF8.GetBytes(html)));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector("li.finding[data-rule=\"BA1001\"]"));
    }

    [Fact]
    public async Task TooLarge_Is413()
    {
        var (status, page) = await PostAsync(Upload("big.txt", new byte[(int)ServeOptions.DefaultMaxUploadBytes + ReportServer.FormOverhead + 1]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.StartsWith(UploadMessages.TooLarge[..20], Error(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileJustOverTheLimit_Is413()
    {
        var (status, _) = await PostAsync(Upload("big.txt", Encoding.ASCII.GetBytes(new string('a', (int)ServeOptions.DefaultMaxUploadBytes + 1))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task WrongFileType_Is415()
    {
        var (status, page) = await PostAsync(Upload("scan.pdf", "%PDF-1.7"u8.ToArray()));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, UploadMessages.WrongFileType, ".pdf"), Error(page));
    }

    [Fact]
    public async Task WrongContentType_Is415()
    {
        var (status, page) = await PostAsync(new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal(UploadMessages.WrongContentType, Error(page));
    }

    [Fact]
    public async Task InvalidUtf8_Is400_NamingTheByte()
    {
        var (status, page) = await PostAsync(Upload("slip.txt", [0x41, 0x42, 0xC3, 0x28]));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, Core.Messages.InvalidUtf8, 2), Error(page));
    }

    [Fact]
    public async Task Empty_Is400()
    {
        var (status, page) = await PostAsync(new MultipartFormDataContent { { new StringContent("  \n"), "text" } });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(UploadMessages.Nothing, Error(page));
    }

    [Fact]
    public async Task BrokenWordFile_Is400()
    {
        var (status, page) = await PostAsync(Upload("draft.docx", "not a zip"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("not a readable Word document", Error(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LargeUpload_WritesNothingToDisk()
    {
        // Far above the form reader's default 64 KB memory threshold; the bad byte at the end keeps the check itself short.
        var bytes = Enumerable.Repeat((byte)'a', 4 * 1024 * 1024).Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var created = new List<string>();
        using var watcher = new FileSystemWatcher(server.SpillFolder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        watcher.Created += (_, e) => { lock (created) { created.Add(e.FullPath); } };
        var (status, _) = await PostAsync(Upload("long.txt", bytes));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        await Task.Delay(200);
        lock (created)
        {
            Assert.Empty(created);
        }
    }

    [Fact]
    public async Task Report_CarriesItsContentSecurityPolicy()
    {
        using var content = new StringContent(Slip, new MediaTypeHeaderValue("text/plain"));
        using var response = await server.Client.PostAsync(new Uri(server.Address, "check"), content);
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
