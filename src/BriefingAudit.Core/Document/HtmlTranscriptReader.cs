using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BriefingAudit.Core.Document;

/// <summary>
/// Reads the article text of an HTML page with AngleSharp: paragraph breaks kept; script, style, nav, header
/// and footer dropped; entities decoded. Each text node is anchored to its position in the file.
/// The only AngleSharp user.
/// </summary>
internal static class HtmlTranscriptReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "header", "footer", "noscript", "template", "head", "svg", "iframe", "button", "form", "aside",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr",
        "blockquote", "pre", "dd", "dt", "figure", "figcaption", "hr", "body",
    };

    public static TranscriptDocument Read(string path, string html)
    {
        html = TextDecoding.NormalizeLineEndings(html);
        if (HtmlNesting.Exceeds(html))
        {
            throw new DocumentLoadException(path, string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.HtmlTooDeep, HtmlNesting.MaxDepth));
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var dom = parser.ParseDocument(html);
        var root = (INode?)dom.QuerySelector("article") ?? dom.QuerySelector("main") ?? (INode?)dom.Body ?? dom;
        var lineStarts = LineStarts(html);
        var builder = new TextAssembler(html, lineStarts);

        // Iterative walk: deeply nested input must not exhaust the stack.
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IElement element)
            {
                if (Skipped.Contains(element.LocalName))
                {
                    continue;
                }

                var isBlock = Blocks.Contains(element.LocalName);
                if (closing)
                {
                    if (isBlock)
                    {
                        builder.BreakParagraph();
                    }

                    continue;
                }

                if (element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    builder.BreakLine();
                    continue;
                }

                if (isBlock)
                {
                    builder.BreakParagraph();
                }

                stack.Push((node, true));
                PushChildren(stack, node);
            }
            else if (node is IText text)
            {
                builder.Append(text.Data, ParentPosition(text));
            }
            else if (!closing)
            {
                PushChildren(stack, node);
            }
        }

        var (content, anchors) = builder.Build();
        return new TranscriptDocument(path, content, LineMap.FromAnchors(content, anchors), DocumentFormat.Html, html);
    }

    private static void PushChildren(Stack<(INode, bool)> stack, INode node)
    {
        for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
        {
            stack.Push((node.ChildNodes[i], false));
        }
    }

    private static SourceLocation? ParentPosition(IText text)
    {
        var reference = text.ParentElement?.SourceReference;
        return reference is null ? null : new SourceLocation(reference.Position.Line, reference.Position.Column);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    /// <summary>Collects text with collapsed white space and remembers where each run came from.</summary>
    private sealed class TextAssembler(string source, int[] lineStarts)
    {
        private readonly StringBuilder _text = new();
        private readonly List<(int Offset, SourceLocation Location)> _anchors = [];
        private int _pendingBreaks;

        public void BreakParagraph() => _pendingBreaks = Math.Max(_pendingBreaks, 2);

        public void BreakLine() => _pendingBreaks = Math.Max(_pendingBreaks, 1);

        public void Append(string data, SourceLocation? parent)
        {
            var collapsed = CollapseWhitespace(data);
            if (collapsed.Trim().Length == 0)
            {
                if (collapsed.Length > 0 && _text.Length > 0 && _pendingBreaks == 0 && _text[^1] != ' ')
                {
                    _text.Append(' ');
                }

                return;
            }

            if (_text.Length > 0 && _pendingBreaks > 0)
            {
                while (_text.Length > 0 && _text[^1] == ' ')
                {
                    _text.Length--;
                }

                _text.Append('\n', _pendingBreaks);
                collapsed = collapsed.TrimStart();
            }
            else if (_text.Length == 0)
            {
                collapsed = collapsed.TrimStart();
            }

            _pendingBreaks = 0;
            var leading = collapsed.Length - collapsed.TrimStart().Length;
            _anchors.Add((_text.Length + leading, Find(collapsed.TrimStart(), parent)));
            _text.Append(collapsed);
        }

        public (string Text, List<(int, SourceLocation)> Anchors) Build() => (_text.ToString().TrimEnd() + "\n", _anchors);

        private SourceLocation Find(string run, SourceLocation? parent)
        {
            var from = parent is { } p ? OffsetOf(p) : _lastFound;
            var probe = FirstWord(run);
            var found = probe.Length == 0 ? -1 : source.IndexOf(probe, Math.Max(from, _lastFound), StringComparison.Ordinal);
            if (found < 0 && probe.Length > 0)
            {
                found = source.IndexOf(probe, from, StringComparison.Ordinal);
            }

            var offset = found >= 0 ? found : from;
            _lastFound = Math.Max(_lastFound, offset);
            return LocationOf(offset);
        }

        private int _lastFound;

        private int OffsetOf(SourceLocation location) =>
            Math.Min(source.Length, lineStarts[Math.Clamp(location.Line - 1, 0, lineStarts.Length - 1)] + Math.Max(0, location.Column - 1));

        private SourceLocation LocationOf(int offset)
        {
            var line = Array.BinarySearch(lineStarts, offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return new SourceLocation(line + 1, offset - lineStarts[line] + 1);
        }

        private static string FirstWord(string run)
        {
            var end = 0;
            while (end < run.Length && end < 24 && (char.IsLetterOrDigit(run[end]) || run[end] == ' ' && end > 0 && char.IsLetterOrDigit(run[end - 1])))
            {
                end++;
            }

            return run[..end].TrimEnd();
        }

        private static string CollapseWhitespace(string data)
        {
            var builder = new StringBuilder(data.Length);
            var space = false;
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(c);
            }

            if (space)
            {
                builder.Append(' ');
            }

            return builder.ToString();
        }
    }
}
