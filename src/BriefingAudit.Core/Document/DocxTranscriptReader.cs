using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingAudit.Core.Document;

/// <summary>
/// Reads the body text of a Word document (.docx) with the Open XML SDK: paragraphs in order, tables' paragraphs
/// where they stand, deleted revisions left out. A Word file has no lines, so a finding's "line" is the paragraph
/// number (every paragraph of the body counts, empty ones too) and its column the character within the paragraph.
/// The only DocumentFormat.OpenXml user.
/// </summary>
internal static class DocxTranscriptReader
{
    // A .docx is a zip: a few megabytes can inflate to gigabytes of XML. Parts beyond this many characters are refused.
    private const long MaxCharactersInPart = 32L * 1024 * 1024;

    public static TranscriptDocument Read(string path, ReadOnlySpan<byte> bytes)
    {
        List<string> paragraphs;
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            using var word = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var body = word.MainDocumentPart?.Document?.Body
                ?? throw new DocumentLoadException(path, string.Format(CultureInfo.InvariantCulture, Messages.InvalidDocx, "it has no document body"));
            paragraphs = [.. body.Descendants<Paragraph>().Select(ParagraphText)];
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException or InvalidOperationException)
        {
            throw new DocumentLoadException(path, string.Format(CultureInfo.InvariantCulture, Messages.InvalidDocx, ex.Message), ex);
        }

        return Assemble(path, paragraphs);
    }

    /// <summary>
    /// One paragraph per line of the text, a blank line between them so each is a paragraph to the segmenter too.
    /// A line break inside a paragraph (Shift+Enter) becomes a new line of the text that keeps its paragraph number.
    /// </summary>
    private static TranscriptDocument Assemble(string path, List<string> paragraphs)
    {
        var text = new StringBuilder();
        var anchors = new List<(int Offset, SourceLocation Location)>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var parts = paragraphs[i].Split('\n');
            var column = 1;
            foreach (var part in parts)
            {
                anchors.Add((text.Length, new SourceLocation(i + 1, column)));
                text.Append(part).Append('\n');
                column += part.Length + 1;
            }

            text.Append('\n');
        }

        var content = text.ToString();
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new DocumentLoadException(path, Messages.EmptyFile);
        }

        // The "source" shows paragraph n as line n, so excerpts in the text report come out right.
        var source = string.Join('\n', paragraphs.Select(p => p.Replace('\n', ' ')));
        return new TranscriptDocument(path, content, LineMap.FromAnchors(content, anchors), DocumentFormat.Docx, source);
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    builder.Append('\t');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('\u2011');
                    break;
            }
        }

        return builder.ToString();
    }
}
