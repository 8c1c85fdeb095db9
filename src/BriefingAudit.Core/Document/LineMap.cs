namespace BriefingAudit.Core.Document;

/// <summary>
/// Maps offsets in a document's extracted text back to lines and columns of the source file.
/// Invariant: anchors are sorted by text offset; between two anchors the text and the file advance together
/// (a newline in the text is a new line in the file).
/// </summary>
public sealed class LineMap
{
    private readonly int[] _anchorOffsets;
    private readonly SourceLocation[] _anchorLocations;
    private readonly string _text;

    // Offsets of the text's newlines, so that a lookup costs a binary search, not a scan back to the anchor.
    private readonly int[] _newlines;

    private LineMap(string text, int[] anchorOffsets, SourceLocation[] anchorLocations)
    {
        _text = text;
        _anchorOffsets = anchorOffsets;
        _anchorLocations = anchorLocations;
        var newlines = new List<int>();
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            newlines.Add(i);
        }

        _newlines = [.. newlines];
    }

    /// <summary>The text is the file itself (after decoding and line-ending normalisation).</summary>
    public static LineMap Identity(string text) => new(text, [0], [new SourceLocation(1, 1)]);

    /// <summary>The text was assembled from runs whose file positions are known (HTML text nodes).</summary>
    public static LineMap FromAnchors(string text, IReadOnlyList<(int Offset, SourceLocation Location)> anchors)
    {
        if (anchors.Count == 0)
        {
            return Identity(text);
        }

        return new(text, [.. anchors.Select(a => a.Offset)], [.. anchors.Select(a => a.Location)]);
    }

    public SourceLocation Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var index = Array.BinarySearch(_anchorOffsets, offset);
        if (index < 0)
        {
            index = Math.Max(0, ~index - 1);
        }

        var anchorOffset = _anchorOffsets[index];
        var location = _anchorLocations[index];
        var before = NewlinesBefore(offset);
        var newlines = before - NewlinesBefore(anchorOffset);
        if (newlines == 0)
        {
            return location with { Column = location.Column + (offset - anchorOffset) };
        }

        return new SourceLocation(location.Line + newlines, offset - _newlines[before - 1]);
    }

    /// <summary>How many newlines the text has before <paramref name="offset"/>.</summary>
    private int NewlinesBefore(int offset)
    {
        var index = Array.BinarySearch(_newlines, offset);
        return index < 0 ? ~index : index;
    }

    public SourceSpan Span(int start, int length)
    {
        var location = Locate(start);
        return new SourceSpan(start, length, location.Line, location.Column);
    }
}
