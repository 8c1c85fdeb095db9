using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Reporting;

namespace BriefingAudit.Web.Tests.Browser;

/// <summary>
/// The report and the served page in a real headless chromium, with real mouse and key events: what an editor
/// would see and do. The report under test is the one for samples/fiscal-revenue-h1-2025.txt.
/// </summary>
[Collection(SharedServer.Name)]
public class BrowserTests(Browser browser, ServerFixture server) : IClassFixture<Browser>
{
    private static readonly Lazy<(Uri Url, AuditResult Result)> Sample = new(WriteSampleReport);

    private DevToolsPage Page => browser.Page;

    private static (Uri, AuditResult) WriteSampleReport()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Samples", "fiscal-revenue-h1-2025.txt");
        var result = new AuditPipeline(DefaultRules.Load()).Run(Core.Document.DocumentLoader.Load(path));
        var file = Path.Combine(TestTemp.Folder("report-"), "report.html");
        using (var output = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            new HtmlReporter().Write(new AuditReport([FileOutcome.Checked("fiscal-revenue-h1-2025.txt", result)], DefaultRules.Load()), output, new ReportOptions());
        }

        return (new Uri(file), result);
    }

    private async Task AssertFitsAsync(int width, bool mobile)
    {
        await Page.SendAsync("Emulation.setDeviceMetricsOverride", new { width, height = 800, deviceScaleFactor = 1, mobile });
        try
        {
            await OpenReportAsync();
            Assert.True(await Page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width);
            Assert.True(await Page.EvaluateAsync<double>("parseFloat(getComputedStyle(document.querySelector('.para')).fontSize)") >= 14);
        }
        finally
        {
            await Page.SendAsync("Emulation.clearDeviceMetricsOverride");
        }
    }

    private async Task OpenReportAsync()
    {
        // Records anything the page's own content security policy blocks, which would mean a missing style or script.
        await Page.SendAsync("Page.addScriptToEvaluateOnNewDocument", new
        {
            source = "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));",
        });
        await Page.NavigateAsync(Sample.Value.Url);
    }

    [ChromiumFact]
    public async Task Report_Renders_FindingsAndClaims_NothingBlocked()
    {
        await OpenReportAsync();
        var result = Sample.Value.Result;
        Assert.Equal(result.Findings.Length, await Page.EvaluateAsync<int>("document.querySelectorAll('.summary [data-finding]').length"));
        Assert.Equal(result.Findings.Length, await Page.EvaluateAsync<int>("document.querySelectorAll('.transcript [data-finding]').length"));
        Assert.Equal(result.Claims.Length, await Page.EvaluateAsync<int>("document.querySelectorAll('[data-claim]').length"));
        Assert.True(await Page.EvaluateAsync<bool>("!document.querySelector('.filters').hidden"), "the script did not run");
        Assert.Equal("rgb(255, 243, 191)", await Page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.claim')).backgroundColor"));
        Assert.Empty(await Page.EvaluateAsync<string[]>("window.__violations"));
    }

    [ChromiumFact]
    public async Task ClickingAFinding_MarksAllItsClaims_AndFocusesTheFirst()
    {
        await OpenReportAsync();
        await Page.ClickAsync(".summary [data-finding]");
        var cited = await Page.EvaluateAsync<string[]>("document.querySelector('.summary [data-finding]').dataset.claims.split(' ')");
        Assert.True(cited.Length >= 2);
        Assert.Equal(cited, await Page.EvaluateAsync<string[]>("[...document.querySelectorAll('.claim.marked')].map(c => c.dataset.claim)"));
        Assert.Equal(cited[0], await Page.EvaluateAsync<string>("document.activeElement.dataset.claim"));
        Assert.Equal("true", await Page.EvaluateAsync<string>("document.querySelector('.summary [data-finding]').getAttribute('aria-pressed')"));
    }

    [ChromiumFact]
    public async Task Keyboard_EnterOnAFinding_MarksItsClaims_ShowsWhatWasUnderstood_EscapeReturns()
    {
        await OpenReportAsync();
        await Page.EvaluateAsync<object>("document.activeElement.blur()");
        await Page.PressAsync("Tab");
        Assert.Equal("skip", await Page.EvaluateAsync<string>("document.activeElement.className"));
        await Page.EvaluateAsync<object>("document.querySelector('.summary [data-finding]').focus()");
        await Page.PressAsync("Enter");
        Assert.True(await Page.EvaluateAsync<int>("document.querySelectorAll('.claim.marked').length") >= 2);
        Assert.Equal("claim cited marked", await Page.EvaluateAsync<string>("document.activeElement.className"));
        Assert.Contains("measure", await Page.EvaluateAsync<string>("document.activeElement.nextElementSibling.innerText"), StringComparison.Ordinal);
        Assert.True(await Page.EvaluateAsync<bool>("document.activeElement.nextElementSibling.getBoundingClientRect().right <= innerWidth"));
        await Page.PressAsync("Escape");
        Assert.Equal(0, await Page.EvaluateAsync<int>("document.querySelectorAll('.claim.marked').length"));
        Assert.True(await Page.EvaluateAsync<bool>("document.activeElement === document.querySelector('.summary [data-finding]')"));
    }

    [ChromiumFact]
    public async Task Keyboard_EnterOnAFindingInTheText_ShowsItsMessage()
    {
        await OpenReportAsync();
        await Page.EvaluateAsync<object>("document.querySelector('.transcript [data-finding]').focus()");
        await Page.PressAsync("Enter");
        Assert.Equal("block", await Page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.transcript [data-finding]').nextElementSibling).display"));
        Assert.True(await Page.EvaluateAsync<int>("document.querySelectorAll('.claim.marked').length") >= 2);
    }

    [ChromiumFact]
    public async Task SeverityFilter_HidesFindingsInSummaryAndTranscript()
    {
        await OpenReportAsync();
        await Page.ClickAsync(".filters input[name=severity][value=error]");
        Assert.Equal(0, await Page.EvaluateAsync<int>("[...document.querySelectorAll('[data-finding]')].filter(e => e.offsetParent !== null).length"));
        Assert.StartsWith("0 of ", await Page.EvaluateAsync<string>("document.getElementById('shown').textContent"), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public Task Desktop_NeedsNoSidewaysScrolling() => AssertFitsAsync(1280, mobile: false);

    [ChromiumFact]
    public Task Phone_NeedsNoSidewaysScrolling() => AssertFitsAsync(390, mobile: true);

    [ChromiumFact]
    public async Task Text_HasSufficientContrast()
    {
        await OpenReportAsync();
        await Page.ClickAsync(".summary [data-finding]");
        var ratios = await Page.EvaluateAsync<Dictionary<string, double>>("""
            (() => {
              const rgb = s => s.match(/[\d.]+/g).map(Number);
              const lum = c => c.slice(0, 3).map(v => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
                .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
              const background = e => {
                for (; e; e = e.parentElement) {
                  const c = rgb(getComputedStyle(e).backgroundColor);
                  if (c.length < 4 || c[3] > 0) return c;
                }
                return [255, 255, 255];
              };
              const selectors = ['.totals', '.goto .title', '.goto .where', '.sev', '.message', '.sum .k', '.sum .stated', '.ranges',
                '.para.header', '.para.furniture', '.para.speaker', '.para.speech', '.ln', '.para.question', '.question .ln', '.tag',
                '.claim', '.claim.marked', '.badge', '.note', '.tip .k', '.tip .v', '.filters label'];
              return Object.fromEntries(selectors.map(s => {
                const e = document.querySelector(s);
                const [a, b] = [lum(rgb(getComputedStyle(e).color)), lum(background(e))].sort((x, y) => y - x);
                return [s, (a + 0.05) / (b + 0.05)];
              }));
            })()
            """);
        Assert.Equal(23, ratios.Count);
        Assert.All(ratios, r => Assert.True(r.Value >= 4.5, $"{r.Key}: {r.Value:0.00}:1"));
    }

    [ChromiumFact]
    public async Task Print_HidesControls_AndMakesAPdf()
    {
        await OpenReportAsync();
        await Page.SendAsync("Emulation.setEmulatedMedia", new { media = "print" });
        try
        {
            Assert.Equal("none", await Page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.filters')).display"));
            var pdf = await Page.SendAsync("Page.printToPDF", new { printBackground = true });
            Assert.True(Convert.FromBase64String(pdf.GetProperty("data").GetString()!).Length > 10_000);
        }
        finally
        {
            await Page.SendAsync("Emulation.setEmulatedMedia", new { media = string.Empty });
        }
    }

    [ChromiumFact]
    public async Task ServedPage_RoundTripsAPastedTranscript()
    {
        using (var content = new MultipartFormDataContent { { new StringContent(ServerTests.Slip), "text" } })
        using (var response = await server.Client.PostAsync(new Uri(server.Address, "check"), content))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var returned = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Equal(2, returned.QuerySelectorAll("[data-finding=\"BA1001\"]").Length);
        }

        await Page.NavigateAsync(server.Address);
        await Page.ClickAsync("textarea[name=text]");
        await Page.TypeAsync(ServerTests.Slip);
        await Page.AndWaitForLoadAsync(() => Page.ClickAsync("button[type=submit]"));
        Assert.Equal("/check", await Page.EvaluateAsync<string>("location.pathname"));
        Assert.Equal(2, await Page.EvaluateAsync<int>("document.querySelectorAll('[data-finding=\"BA1001\"]').length"));
        await Page.ClickAsync(".summary [data-finding]");
        Assert.Equal(
            ["21.79 trillion yuan", "20 trillion yuan"],
            await Page.EvaluateAsync<string[]>("[...document.querySelectorAll('.claim.marked')].map(c => c.textContent)"));
    }
}
