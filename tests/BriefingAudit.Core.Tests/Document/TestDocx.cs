using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingAudit.Core.Tests.Document;

/// <summary>Builds a .docx in memory, one Word paragraph per string; "\n" inside a string is a line break (Shift+Enter).</summary>
internal static class TestDocx
{
    public static byte[] Create(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            foreach (var paragraph in paragraphs)
            {
                var run = new Run();
                var lines = paragraph.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    if (i > 0)
                    {
                        run.Append(new Break());
                    }

                    run.Append(new Text(lines[i]) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
                }

                body.Append(new Paragraph(run));
            }

            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        }

        return stream.ToArray();
    }
}
