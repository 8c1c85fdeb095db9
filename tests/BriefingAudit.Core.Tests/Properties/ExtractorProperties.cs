using System.Globalization;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Pipeline;
using CsCheck;

namespace BriefingAudit.Core.Tests.Properties;

/// <summary>
/// Any text in, no exception out: the whole pipeline (load, segment, extract, bind, check) on random text, and
/// every claim it reports lies inside the text, its span the very text it quotes.
/// </summary>
public class ExtractorProperties
{
    // Recognizers costs milliseconds per sentence; a few hundred texts keep each property to seconds.
    private const int Iterations = 500;

    private static readonly string[] Words =
    [
        "In the first half of the year,", "exports", "imports", "total imports and exports", "trade with ASEAN", "grew", "rose",
        "fell by", "reached", "accounting for", "of total foreign trade", "more than", "nearly", "about", "percent", "percentage points",
        "trillion", "billion", "million", "yuan", "%", "year on year", "respectively", "the same period last year", ".", ",", ";", "\n",
        "\n\nSpeaker:\n", "Q:", "?", "GDP", "zero", "half", "seven", "1e400", "99999999999999999999", "—", "(", ")", "“", "”",
    ];

    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Int[0, 1_000_000].Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Int[0, 1_000_000].Select(i => i.ToString("N0", CultureInfo.InvariantCulture)),
        Gen.Decimal[0m, 100_000m].Select(d => d.ToString(CultureInfo.InvariantCulture)),
        Gen.Decimal[0m, 100m].Select(d => Math.Round(d, 1).ToString(CultureInfo.InvariantCulture) + "%"),
        Gen.OneOf("79,228,162,514,264,337,593,543,950,335", "3.14159265358979323846264338327950288", "0", "0.0", "-5", "1e-400"));

    private static readonly Gen<string> AnyUnicode = Gen.Char.Array[0, 300].Select(c => new string(c));

    private static readonly Gen<string> DigitsAndPunctuation = Gen.Char["0123456789.,%-+ eE$¥()\n;:/"].Array[0, 300].Select(c => new string(c));

    private static readonly Gen<string> TranscriptLike = Gen.OneOf(Gen.OneOf(Words), Number).Array[0, 80].Select(t => string.Join(' ', t));

    private static readonly Gen<string> HtmlLike = Gen.OneOf(
        Gen.OneOf("<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<!--", "-->", "&amp;", "&#65;", "<b>", "<td>", "<", ">", "\"", "<p class=\"x>\">"),
        Gen.OneOf(Words),
        Number).Array[0, 80].Select(t => string.Join(string.Empty, t));

    private static void HoldsForAnyText(string text, string path = "input.txt")
    {
        AuditResult result;
        try
        {
            result = TestPipeline.Default.RunText(text, path);
        }
        catch (DocumentLoadException ex) when (ex.Reason is Messages.EmptyFile)
        {
            return;
        }

        var document = result.Document.Text;
        foreach (var claim in result.Claims.Select(c => c.Claim))
        {
            Assert.InRange(claim.Span.Start, 0, document.Length);
            Assert.InRange(claim.Span.End, claim.Span.Start, document.Length);
            Assert.Equal(claim.Text, document.Substring(claim.Span.Start, claim.Span.Length));
            Assert.True(claim.Span.Line >= 1 && claim.Span.Column >= 1, $"{claim.Span}");
        }

        Assert.All(result.Notes, n => Assert.InRange(n.Span.Start, 0, document.Length));
        Assert.All(result.Findings, f => Assert.InRange(f.Location.Start, 0, document.Length));
    }

    // Found by TranscriptWordsAndNumbers (seed 5XyVMIAczUy4): a number inside the claim before it made a window that ends before it starts.
    [Fact]
    public void NumberInsideThePreviousClaim_NoException() => HoldsForAnyText(
        "accounting for 0.6% 978362 79,228,162,514,264,337,593,543,950,335 trillion GDP zero percentage points -5 37.366666666666666666666666667 -5 — . % . "
        + "3.14159265358979323846264338327950288 55915.647148489000000 860875 imports ” 1e400 \n\nSpeaker:\n 0.00002586 respectively more than percent 375,848 "
        + "total imports and exports 32.5% ; 972156 rose");

    [Fact]
    public void AnyUnicode_NoException_ClaimsInsideTheText() => AnyUnicode.Sample(t => HoldsForAnyText(t), iter: Iterations);

    [Fact]
    public void DigitsAndPunctuation_NoException_ClaimsInsideTheText() => DigitsAndPunctuation.Sample(t => HoldsForAnyText(t), iter: Iterations);

    [Fact]
    public void TranscriptWordsAndNumbers_NoException_ClaimsInsideTheText() => TranscriptLike.Sample(t => HoldsForAnyText(t), iter: Iterations);

    [Fact]
    public void HtmlOfWordsAndNumbers_NoException_ClaimsInsideTheText() => HtmlLike.Sample(t => HoldsForAnyText(t, "page.html"), iter: Iterations);

    [Fact]
    public void LineMap_AgreesWithCountingLines() =>
        Gen.Char["ab\n"].Array[0, 200].Select(c => new string(c)).SelectMany(t => Gen.Int[0, t.Length].Select(o => (t, o))).Sample((text, offset) =>
        {
            var location = LineMap.Identity(text).Locate(offset);
            var before = text[..offset];
            Assert.Equal(new SourceLocation(before.Count(c => c == '\n') + 1, offset - before.LastIndexOf('\n')), location);
        }, iter: 5_000);
}
