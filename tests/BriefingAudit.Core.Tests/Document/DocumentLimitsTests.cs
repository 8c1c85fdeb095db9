using System.Diagnostics;
using System.Globalization;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Tests.Document;

/// <summary>Inputs that must be refused cheaply: too large, too deep, not files at all.</summary>
public class DocumentLimitsTests
{
    private static string TempFolder() => TestTemp.Folder("limits-");

    [Fact]
    public void FileOverTheLimit_RefusedFromItsLength()
    {
        var path = Path.Combine(TempFolder(), "big.txt");
        File.WriteAllText(path, new string('7', 2000));
        var ex = Assert.Throws<DocumentLoadException>(() => DocumentLoader.Load(path, maxBytes: 1000));
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, Messages.TooLarge, 2000, 1000), ex.Reason);
    }

    [Fact]
    public void EndlessStream_ReadOnlyToTheLimit()
    {
        using var stream = new EndlessStream();
        var ex = Assert.Throws<DocumentLoadException>(() => DocumentLoader.ReadAll(stream, "-", maxBytes: 100_000));
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, Messages.TooLargeStream, 100_000), ex.Reason);
        Assert.InRange(stream.Served, 100_001, 2 * 100_001);
    }

    [Fact]
    public void StreamWithinTheLimit_ReadWhole()
    {
        using var stream = new MemoryStream("Exports grew 7.2%."u8.ToArray());
        Assert.Equal(18, DocumentLoader.ReadAll(stream, "-", maxBytes: 18).Length);
    }

    [Fact]
    public void Folder_RefusedAsAFolder() =>
        Assert.Equal(Messages.IsAFolder, Assert.Throws<DocumentLoadException>(() => DocumentLoader.Load(TempFolder())).Reason);

    [Fact]
    public void Html200000LevelsDeep_RefusedInLinearTime()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 200_000)) + "7.2%" + string.Concat(Enumerable.Repeat("</div>", 200_000));
        var clock = Stopwatch.StartNew();
        var ex = Assert.Throws<DocumentLoadException>(() => DocumentLoader.FromText("deep.html", html));
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, Messages.HtmlTooDeep, HtmlNesting.MaxDepth), ex.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    /// <summary>A stream with no end (like /dev/zero or a pipe that never closes) that counts what it served.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'7', offset, count);
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
