using System.Globalization;

namespace BriefingAudit.Core.Document;

/// <summary>
/// Loads a transcript from a file, a stream or text, choosing the reader by extension. Never reads more than
/// the size limit: a larger file is refused from its length, a stream of unknown length once the limit is passed.
/// </summary>
public static class DocumentLoader
{
    /// <summary>
    /// 16 MiB: far above any briefing page (the real transcript is 50 KB), small enough to hold in memory.
    /// Larger files are refused rather than read.
    /// </summary>
    public const long DefaultMaxFileBytes = 16L * 1024 * 1024;

    public static TranscriptDocument Load(string path, long maxBytes = DefaultMaxFileBytes)
    {
        using var stream = Open(path, maxBytes);
        return FromBytes(path, ReadAll(stream, path, maxBytes));
    }

    /// <summary>Opens a file for reading after checking that it exists, is a file and is within the limit.</summary>
    public static Stream Open(string path, long maxBytes = DefaultMaxFileBytes) => Guard(path, () =>
    {
        if (Directory.Exists(path))
        {
            throw new DocumentLoadException(path, Messages.IsAFolder);
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new DocumentLoadException(path, Messages.FileNotFound);
        }

        // A symbolic link's own length says nothing; the target's is checked once open.
        if (info.LinkTarget is null && info.Length > maxBytes)
        {
            throw TooLarge(path, info.Length, maxBytes);
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            var length = stream.Length;
            stream.Dispose();
            throw TooLarge(path, length, maxBytes);
        }

        return stream;
    });

    /// <summary>Reads a stream to its end, or fails as soon as it passes <paramref name="maxBytes"/>.</summary>
    public static byte[] ReadAll(Stream stream, string path, long maxBytes = DefaultMaxFileBytes) => Guard(path, () =>
    {
        ArgumentNullException.ThrowIfNull(stream);
        var capacity = stream.CanSeek ? Math.Min(stream.Length, maxBytes) + 1 : Math.Min(maxBytes + 1, 64 * 1024);
        var buffer = new byte[capacity];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > maxBytes)
                {
                    throw new DocumentLoadException(path, string.Format(CultureInfo.InvariantCulture, Messages.TooLargeStream, maxBytes));
                }

                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total > maxBytes)
        {
            throw new DocumentLoadException(path, string.Format(CultureInfo.InvariantCulture, Messages.TooLargeStream, maxBytes));
        }

        Array.Resize(ref buffer, total);
        return buffer;
    });

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

    private static DocumentLoadException TooLarge(string path, long length, long maxBytes) =>
        new(path, string.Format(CultureInfo.InvariantCulture, Messages.TooLarge, length, maxBytes));

    /// <summary>Turns the file system's exceptions into one-line reasons; the exception is kept for --verbose.</summary>
    private static T Guard<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentLoadException(path, Messages.FileNotFound, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new DocumentLoadException(path, Directory.Exists(path) ? Messages.IsAFolder : Messages.AccessDenied, ex);
        }
        catch (IOException ex)
        {
            throw new DocumentLoadException(path, string.Format(CultureInfo.InvariantCulture, Messages.CannotRead, OsReason(ex.Message)), ex);
        }
    }

    /// <summary>"Too many levels of symbolic links : '/x/a.txt'" → "too many levels of symbolic links": the path is already in front.</summary>
    private static string OsReason(string message)
    {
        var cut = message.IndexOf(" : '", StringComparison.Ordinal);
        var reason = (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
        return reason.Length > 1 && char.IsUpper(reason[0]) && !char.IsUpper(reason[1]) ? char.ToLowerInvariant(reason[0]) + reason[1..] : reason;
    }

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
