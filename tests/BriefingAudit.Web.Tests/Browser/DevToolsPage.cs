using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;

namespace BriefingAudit.Web.Tests.Browser;

/// <summary>
/// One browser tab over the Chrome DevTools protocol (JSON over a WebSocket): navigate, evaluate script, and send
/// real mouse and key events. Every wait is bounded so a broken page fails a test instead of hanging it.
/// </summary>
public sealed class DevToolsPage : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private int _lastId;

    public static async Task<DevToolsPage> ConnectAsync(Uri webSocket)
    {
        var page = new DevToolsPage();
        await page._socket.ConnectAsync(webSocket, CancellationToken.None).WaitAsync(Timeout);
        page._receiving = Task.Run(page.ReceiveAsync);
        await page.SendAsync("Page.enable");
        return page;
    }

    public async Task<JsonElement> SendAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref _lastId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object> { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new { } });
        await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
        return await reply.Task.WaitAsync(Timeout);
    }

    /// <summary>Loads a page and waits for its load event.</summary>
    public Task NavigateAsync(Uri url) => AndWaitForLoadAsync(() => SendAsync("Page.navigate", new { url = url.AbsoluteUri }));

    /// <summary>Runs an action that loads a page (a navigation, a form submit) and waits for the load event.</summary>
    public async Task AndWaitForLoadAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        while (_events.Reader.TryRead(out _))
        {
        }

        await action();
        using var timeout = new CancellationTokenSource(Timeout);
        while (await _events.Reader.ReadAsync(timeout.Token) != "Page.loadEventFired")
        {
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its value (JSON-converted).</summary>
    public async Task<T> EvaluateAsync<T>(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true });
        if (result.TryGetProperty("exceptionDetails", out var error))
        {
            throw new InvalidOperationException($"script failed: {error.GetRawText()}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Deserialize<T>()! : default!;
    }

    /// <summary>Scrolls the element into view and clicks its centre with the mouse, as a person would.</summary>
    public async Task ClickAsync(string selector)
    {
        var point = await EvaluateAsync<double[]>($$"""
            (() => {
              const e = document.querySelector({{JsonSerializer.Serialize(selector)}});
              e.scrollIntoView({ block: 'center' });
              const r = e.getBoundingClientRect();
              return [r.left + r.width / 2, r.top + r.height / 2];
            })()
            """);
        foreach (var type in new[] { "mouseMoved", "mousePressed", "mouseReleased" })
        {
            await SendAsync("Input.dispatchMouseEvent", new { type, x = point[0], y = point[1], button = "left", clickCount = 1 });
        }
    }

    /// <summary>Presses and releases a key: "Enter", "Escape", "Tab" or " ".</summary>
    public async Task PressAsync(string key)
    {
        var (code, keyCode, text) = key switch
        {
            "Enter" => ("Enter", 13, "\r"),
            "Escape" => ("Escape", 27, string.Empty),
            "Tab" => ("Tab", 9, string.Empty),
            " " => ("Space", 32, " "),
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a key this helper knows"),
        };
        await SendAsync("Input.dispatchKeyEvent", new { type = text.Length > 0 ? "keyDown" : "rawKeyDown", key, code, windowsVirtualKeyCode = keyCode, text });
        await SendAsync("Input.dispatchKeyEvent", new { type = "keyUp", key, code, windowsVirtualKeyCode = keyCode });
    }

    /// <summary>Types text into the focused field, as an input method would.</summary>
    public Task TypeAsync(string text) => SendAsync("Input.insertText", new { text });

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _receiving;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The browser is being closed: the socket ends either way.
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
        {
            var received = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            Dispatch(message.ToArray());
            message.SetLength(0);
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new WebSocketException("the browser closed the connection"));
        }
    }

    private void Dispatch(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var reply))
        {
            if (root.TryGetProperty("error", out var error))
            {
                reply.TrySetException(new InvalidOperationException($"DevTools error: {error.GetRawText()}"));
            }
            else
            {
                reply.TrySetResult(root.GetProperty("result").Clone());
            }
        }
        else if (root.TryGetProperty("method", out var method))
        {
            _events.Writer.TryWrite(method.GetString()!);
        }
    }
}
