namespace BriefingAudit.Core.Document;

/// <summary>Loads a transcript from a file or from text, choosing the reader by extension.</summary>
public static class DocumentLoader
{
    /// <summary>Files larger than this are refused rather than read into memory.</summary>
    public const long DefaultMaxFileBytes = 64L * 1024 * 1024;

    public static TranscriptDocument Load(string path, long maxBytes = DefaultMaxFileBytes)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new DocumentLoadException(path, Messages.FileNotFound);
            }

            if (info.Length > maxBytes)
            {
                throw new DocumentLoadException(path, string.Format(System.Globalization.CultureInfo.InvariantCulture, Messages.TooLarge, info.Length, maxBytes));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DocumentLoadException(path, Messages.AccessDenied, ex);
        }
        catch (IOException ex)
        {
            throw new DocumentLoadException(path, ex.Message, ex);
        }

        return FromBytes(path, bytes);
    }

    public static TranscriptDocument FromBytes(string path, ReadOnlySpan<byte> bytes)
    {
        if (IsDocx(path))
        {
            return DocxTranscriptReader.Read(path, bytes);
        }

        var text = TextDecoding.Decode(path, bytes);
        return FromText(path, text);
    }

    public static TranscriptDocument FromText(string path, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentLoadException(path, Messages.EmptyFile);
        }

        return IsHtml(path, text) ? HtmlTranscriptReader.Read(path, text) : TranscriptDocument.FromText(path, text);
    }

    /// <summary>Word documents are zip packages, so only the extension can tell them apart from text.</summary>
    public static bool IsDocx(string path) => System.IO.Path.GetExtension(path).Equals(".docx", StringComparison.OrdinalIgnoreCase);

    private static bool IsHtml(string path, string text)
    {
        var extension = System.IO.Path.GetExtension(path);
        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Standard input has no extension: sniff.
        return extension.Length == 0 && text.TrimStart().StartsWith('<');
    }
}
