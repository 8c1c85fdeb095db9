using System.Globalization;
using System.Text;

namespace BriefingAudit.Core.Document;

/// <summary>Turns a file's bytes into text: BOM-aware, strict UTF-8 otherwise, and refuses binary data.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(path, bytes[3..], offsetBase: 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new DocumentLoadException(path, string.Format(CultureInfo.InvariantCulture, Messages.BinaryFile, nul));
        }

        return DecodeUtf8(path, bytes, offsetBase: 0);
    }

    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static string DecodeUtf8(string path, ReadOnlySpan<byte> bytes, int offsetBase)
    {
        // Valid text, nearly always, is decoded straight into its string; the copy through a buffer is only needed to
        // find where invalid text goes wrong.
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return StrictUtf8.GetString(bytes);
        }

        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            throw new DocumentLoadException(path, string.Format(CultureInfo.InvariantCulture, Messages.InvalidUtf8, bytesRead + offsetBase));
        }

        return new string(chars, 0, charsWritten);
    }
}
