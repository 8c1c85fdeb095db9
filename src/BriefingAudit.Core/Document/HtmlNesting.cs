namespace BriefingAudit.Core.Document;

/// <summary>
/// A linear pre-scan that estimates how deep the elements of an HTML page nest, so that a page AngleSharp would
/// take minutes over is refused before it is parsed (its tree builder walks the open elements for each tag:
/// 20,000 nested divs take seconds, 200,000 would take most of an hour).
/// The estimate errs low, never high, on real pages: end tags close what they enclose, elements whose end tag
/// may be left out (p, li, td …) close the previous one of their kind, void and self-closed elements and the
/// contents of comments, scripts and styles do not count.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Real pages nest a few dozen levels; browsers stop nesting at 512 (Chromium's parser).</summary>
    public const int MaxDepth = 1_000;

    // How far down the open elements an end tag is matched; deeper mismatches are ignored, keeping the scan linear.
    private const int MatchWindow = 64;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    private static readonly HashSet<string> OptionalEnd = new(StringComparer.Ordinal)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rb", "rt", "rtc", "rp", "colgroup", "caption",
    };

    /// <summary>True when the estimated nesting of <paramref name="html"/> goes deeper than <paramref name="limit"/>.</summary>
    public static bool Exceeds(string html, int limit = MaxDepth)
    {
        var open = new List<string>();
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, "-->", i + 4);
                continue;
            }

            if (html[i + 1] is '!' or '?')
            {
                i = SkipPast(html, ">", i + 2);
                continue;
            }

            var closing = html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>'))
            {
                nameEnd++;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var tagEnd = TagEnd(html, nameEnd);
            var selfClosed = tagEnd < html.Length && html[tagEnd - 1] == '/';
            i = Math.Min(tagEnd + 1, html.Length);
            if (closing)
            {
                PopTo(open, name);
            }
            else if (RawText.Contains(name))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
            }
            else if (!Void.Contains(name) && !selfClosed)
            {
                if (OptionalEnd.Contains(name))
                {
                    PopTo(open, name);
                }

                open.Add(name);
                if (open.Count > limit)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int SkipPast(string html, string marker, int from)
    {
        var end = html.IndexOf(marker, from, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + marker.Length;
    }

    /// <summary>The index of the '&gt;' that ends a tag, skipping quoted attribute values.</summary>
    private static int TagEnd(string html, int from)
    {
        var quote = '\0';
        var valueNext = false;
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c == '>')
            {
                return j;
            }
            else if (c == '=')
            {
                valueNext = true;
            }
            else if (valueNext && c is '"' or '\'')
            {
                quote = c;
                valueNext = false;
            }
            else if (!char.IsWhiteSpace(c))
            {
                valueNext = false;
            }
        }

        return html.Length;
    }

    private static void PopTo(List<string> open, string name)
    {
        var stop = Math.Max(0, open.Count - MatchWindow);
        for (var k = open.Count - 1; k >= stop; k--)
        {
            if (open[k] == name)
            {
                open.RemoveRange(k, open.Count - k);
                return;
            }
        }
    }
}
