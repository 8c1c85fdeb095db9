using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Document;

namespace BriefingAudit.Core.Segmentation;

/// <summary>
/// Cuts a transcript into paragraphs (one per line or block), recognises speaker lines, questions and page
/// furniture, and splits paragraphs into sentences. Stateless and thread-safe.
/// </summary>
public static partial class Segmenter
{
    private static readonly string[] HeaderLabels = ["speakers", "speaker", "chairperson", "chair", "moderator", "host", "date", "time", "venue", "location"];

    public static SegmentedDocument Segment(TranscriptDocument document)
    {
        var blocks = Blocks(document.Text);
        var hasTurns = blocks.Any(b => IsTurnLabel(b.Text));
        var headerNames = new List<string>();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var seenTurn = false;
        var turn = 0;
        string? speaker = null;
        var sentenceIndex = 0;
        var turnIsQuestion = false;

        for (var i = 0; i < blocks.Count; i++)
        {
            var (start, text) = blocks[i];
            ParagraphKind kind;
            if (IsFurniture(text))
            {
                kind = ParagraphKind.Furniture;
            }
            else if (IsTurnLabel(text))
            {
                kind = ParagraphKind.SpeakerLabel;
                seenTurn = true;
                turn++;
                speaker = text.TrimEnd().TrimEnd(':', '：').Trim();
                turnIsQuestion = !headerNames.Any(n => n.Contains(speaker, StringComparison.OrdinalIgnoreCase))
                    && TurnAsks(blocks, i + 1);
            }
            else if (hasTurns && !seenTurn)
            {
                kind = ParagraphKind.Header;
                headerNames.Add(text);
            }
            else
            {
                kind = turnIsQuestion ? ParagraphKind.Question : ParagraphKind.Speech;
            }

            var sentences = kind is ParagraphKind.Speech or ParagraphKind.Question
                ? SplitSentences(text, start, paragraphs.Count, ref sentenceIndex)
                : [];
            paragraphs.Add(new Paragraph(paragraphs.Count, start, text.Length, kind, speaker, turn, sentences));
        }

        return new SegmentedDocument(document, paragraphs.ToImmutable());
    }

    /// <summary>Splits one paragraph's text into sentences, keeping abbreviations and decimals whole.</summary>
    public static ImmutableArray<Sentence> SplitSentences(string text, int offset, int paragraphIndex, ref int sentenceIndex)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        var start = 0;
        // Only a stop mark can end a sentence: the text is searched for the next one, not asked about at every character.
        for (var i = NextStopMark(text, 0); i >= 0; i = NextStopMark(text, i + 1))
        {
            if (!IsSentenceEnd(text, i))
            {
                continue;
            }

            AddSentence(text, offset, paragraphIndex, ref sentenceIndex, result, start, i + 1);
            start = i + 1;
        }

        AddSentence(text, offset, paragraphIndex, ref sentenceIndex, result, start, text.Length);
        return result.ToImmutable();
    }

    private static readonly SearchValues<char> StopMarks = SearchValues.Create(".?!。？！；");

    private static int NextStopMark(string text, int from)
    {
        var at = text.AsSpan(from).IndexOfAny(StopMarks);
        return at < 0 ? -1 : from + at;
    }

    private static void AddSentence(string text, int offset, int paragraphIndex, ref int sentenceIndex, ImmutableArray<Sentence>.Builder result, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new Sentence(sentenceIndex++, paragraphIndex, offset + start, text[start..end]));
        }
    }

    private static bool IsSentenceEnd(string text, int i)
    {
        var c = text[i];
        if (c is '。' or '？' or '！' or '；')
        {
            return true;
        }

        if (c is not ('.' or '?' or '!'))
        {
            return false;
        }

        // Closing quotes and brackets belong to the sentence they end.
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '”' or '’' or '\'' or ')')
        {
            next++;
        }

        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        var after = next;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        if (after < text.Length && !(char.IsUpper(text[after]) || char.IsDigit(text[after]) || text[after] is '"' or '“' or '('))
        {
            return false;
        }

        return c != '.' || !EndsWithAbbreviation(text, i);
    }

    private static bool EndsWithAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        return Abbreviation().IsMatch(text.AsSpan(wordStart, dot + 1 - wordStart));
    }

    private static List<(int Start, string Text)> Blocks(string text)
    {
        var blocks = new List<(int, string)>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            // Only the trimmed block becomes a string: the rest is read in place.
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                blocks.Add((lineStart + (line.Length - line.TrimStart().Length), trimmed.ToString()));
            }

            lineStart = lineEnd + 1;
        }

        return blocks;
    }

    /// <summary>Whether the turn starting at block <paramref name="from"/> has a question mark (it was joined into one string to ask).</summary>
    private static bool TurnAsks(List<(int Start, string Text)> blocks, int from)
    {
        for (var i = from; i < blocks.Count && !IsTurnLabel(blocks[i].Text); i++)
        {
            if (blocks[i].Text.Contains('?', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTurnLabel(string line)
    {
        if (line.Length > 80 || !(line.EndsWith(':') || line.EndsWith('：')))
        {
            return false;
        }

        var name = line[..^1].Trim();
        if (name.Length == 0 || HeaderLabels.Contains(name.ToLowerInvariant()))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 && !name.Contains(". ", StringComparison.Ordinal) && !name.EndsWith('.');
    }

    private static bool IsFurniture(string line) => Furniture().IsMatch(line);

    [GeneratedRegex(@"^(_ueditor_page_break_tag_|/\d+\s+\S.{0,60}$|Translated and edited by\b|In case of any discrepancy\b|Read in Chinese$|\[?Photo\b|Photo:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^((Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Co|Ltd|Inc|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|e\.g|i\.e|a\.m|p\.m)\.|([A-Z]\.)+)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Abbreviation();
}
