namespace BriefingAudit.Core.Reporting;

/// <summary>
/// Writes HTML elements to a text writer. Every text and attribute value goes through <see cref="Escape"/>,
/// so transcript text can never become markup; only <see cref="Raw"/> writes unescaped, for the built-in
/// style sheet and script.
/// </summary>
internal sealed class HtmlWriter(TextWriter output)
{
    private readonly Stack<string> _open = new();

    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        WriteStartTag(tag, attributes);
        _open.Push(tag);
        return this;
    }

    public HtmlWriter Close()
    {
        output.Write("</");
        output.Write(_open.Pop());
        output.Write('>');
        return this;
    }

    /// <summary>An element holding only text: <c>&lt;tag attrs&gt;text&lt;/tag&gt;</c>.</summary>
    public HtmlWriter Element(string tag, string text, params (string Name, string? Value)[] attributes)
    {
        WriteStartTag(tag, attributes);
        Text(text);
        output.Write("</");
        output.Write(tag);
        output.Write('>');
        return this;
    }

    /// <summary>An element with no content and no end tag (<c>meta</c>, <c>input</c>).</summary>
    public HtmlWriter Void(string tag, params (string Name, string? Value)[] attributes)
    {
        WriteStartTag(tag, attributes);
        return this;
    }

    public HtmlWriter Text(string text)
    {
        output.Write(Escape(text));
        return this;
    }

    public HtmlWriter Raw(string html)
    {
        output.Write(html);
        return this;
    }

    public HtmlWriter Line()
    {
        output.Write('\n');
        return this;
    }

    /// <summary>Escapes the five characters that can end text or an attribute value.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    private void WriteStartTag(string tag, (string Name, string? Value)[] attributes)
    {
        output.Write('<');
        output.Write(tag);
        foreach (var (name, value) in attributes)
        {
            // A null value leaves the attribute out, so callers can write optional attributes inline.
            if (value is null)
            {
                continue;
            }

            output.Write(' ');
            output.Write(name);
            if (value.Length > 0)
            {
                output.Write("=\"");
                output.Write(Escape(value));
                output.Write('"');
            }
        }

        output.Write('>');
    }
}
