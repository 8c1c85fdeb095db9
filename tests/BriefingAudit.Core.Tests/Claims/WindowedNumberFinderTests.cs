using System.Globalization;
using System.Text;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Document;
using BriefingAudit.Core.Pipeline;
using BriefingAudit.Core.Segmentation;

namespace BriefingAudit.Core.Tests.Claims;

/// <summary>
/// The windowed finder loses nothing the whole-sentence design finds: the same numbers in every sentence and the
/// same claims (text, span, value) in every transcript the project has, and the same numbers in tricky phrasings.
/// </summary>
public class WindowedNumberFinderTests
{
    private static readonly AuditPipeline WholeSentence = new(DefaultRules.Load(), RecognizerNumberFinder.English);
    private static readonly AuditPipeline Windowed = new(DefaultRules.Load(), WindowedNumberFinder.English);

    private static readonly string[] Folders = ["Samples", "Corpus", "Fixtures"];

    public static TheoryData<string> Transcripts => [.. Folders
        .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.txt"))
        .Select(path => Path.GetRelativePath(AppContext.BaseDirectory, path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Transcripts))]
    public void Transcript_SameClaimsAsWholeSentences(string path)
    {
        var document = DocumentLoader.Load(Path.Combine(AppContext.BaseDirectory, path));
        Assert.Equal(Claims(WholeSentence, document), Claims(Windowed, document));
    }

    [Theory]
    [MemberData(nameof(Transcripts))]
    public void Transcript_SameNumbersInEverySentence(string path)
    {
        var segmented = Segmenter.Segment(DocumentLoader.Load(Path.Combine(AppContext.BaseDirectory, path)));
        foreach (var sentence in segmented.Paragraphs.SelectMany(p => p.Sentences))
        {
            Assert.Equal<FoundNumber>(RecognizerNumberFinder.English.Find(sentence.Text), WindowedNumberFinder.English.Find(sentence.Text));
        }
    }

    [Theory]
    [InlineData("Exports grew 7.2% to 13 trillion yuan, while imports fell by 2.7% to 8.79 trillion yuan.")]
    [InlineData("It rose by 4 million and 500 thousand, or minus 5, to 1 000 firms in COVID-19 times.")]
    [InlineData("About a fifth of the 5 mln firms, one-third of 5 k and three quarters of the rest, in 2025-26.")]
    [InlineData("Prices were 4.9%-5.1% higher, -2.7% lower, 1/2 of 5.2, 3.1 and 4.0 percent, at 10 a.m. on July 14, 2025.")]
    [InlineData("The one firm and no one else, 5G, G20 and H1 2025; twenty-five, 1.5million and 21.79trillion.")]
    public void TrickyPhrasing_SameNumbers(string sentence) =>
        Assert.Equal<FoundNumber>(RecognizerNumberFinder.English.Find(sentence), WindowedNumberFinder.English.Find(sentence));

    [Fact]
    public void WindowsDifferingOnlyInTheirFigures_AskRecognizersOnce()
    {
        var finder = new WindowedNumberFinder(RecognizerNumberFinder.English);
        string[] sentences =
        [
            "In the first four months, 581,081 enterprises grew 7.2% to 21.79 trillion yuan.",
            "In the first four months, 709,949 enterprises grew 10.4% to 13.04 trillion yuan.",
        ];

        foreach (var sentence in sentences)
        {
            Assert.Equal<FoundNumber>(RecognizerNumberFinder.English.Find(sentence), finder.Find(sentence));
        }

        Assert.Equal(1, finder.CachedWindows);
    }

    [Theory]
    [InlineData("The first four firms grew by four million and 500 thousand, or 7.2%.")]
    [InlineData("The first four firms had 1 000 staff and 3 1/2 floors.")]
    public void MaskedFigureJoinedToWords_ReadAsRecognizersReadsTheSentence(string sentence) =>
        Assert.Equal<FoundNumber>(RecognizerNumberFinder.English.Find(sentence), new WindowedNumberFinder(RecognizerNumberFinder.English).Find(sentence));

    [Fact]
    public void GeneratedSentences_SameNumbers()
    {
        var random = new Random(20250714);
        for (var i = 0; i < 1000; i++)
        {
            var sentence = Generate(random);
            Assert.True(
                RecognizerNumberFinder.English.Find(sentence).SequenceEqual(WindowedNumberFinder.English.Find(sentence)),
                $"differs on: {sentence}");
        }
    }

    private static readonly string[] Pieces =
    [
        "exports", "grew", "to", "the", "first", "half", "of", "and", "a", "an", "one", "seven", "xminus", "oneplus", "twenty-one", "hundred", "dozen",
        "quarter", "third", "fifth", "minus", "point", "per", "cent", "percent", "yuan", "firms", "k", "m", "b", "mln", "bn", "lakh",
        "thousand", "million", "billion", "trillion", "don't", "a.m.", "No.", "US$", "RMB", "(", ")", ",", ";", "-", "—", "/", "%",
    ];

    private static string Generate(Random random)
    {
        var text = new StringBuilder();
        for (var n = random.Next(4, 14); n > 0; n--)
        {
            var piece = random.Next(3) == 0 ? Number(random) : Pieces[random.Next(Pieces.Length)];
            text.Append(piece).Append(random.Next(6) == 0 ? string.Empty : " ");
        }

        return text.ToString().Trim() + ".";
    }

    private static string Number(Random random) => random.Next(8) switch
    {
        0 => random.Next(1, 999).ToString("N0", CultureInfo.InvariantCulture) + "," + random.Next(0, 999).ToString("000", CultureInfo.InvariantCulture),
        1 => "0" + random.Next(1, 99).ToString(CultureInfo.InvariantCulture),
        2 => random.Next(1, 99).ToString(CultureInfo.InvariantCulture) + "." + random.Next(0, 999).ToString(CultureInfo.InvariantCulture),
        3 => random.NextInt64(1, 9_999_999_999_999_999).ToString(CultureInfo.InvariantCulture),
        4 => random.Next(1900, 2100).ToString(CultureInfo.InvariantCulture),
        5 => random.Next(1, 99).ToString(CultureInfo.InvariantCulture) + "." + random.Next(0, 99).ToString("00", CultureInfo.InvariantCulture) + "0",
        6 => "-" + random.Next(1, 99).ToString(CultureInfo.InvariantCulture) + "." + random.Next(1, 9).ToString(CultureInfo.InvariantCulture),
        _ => random.Next(1, 9).ToString(CultureInfo.InvariantCulture) + "." + random.Next(1, 999_999_999).ToString(CultureInfo.InvariantCulture) + "123456",
    };

    private static List<string> Claims(AuditPipeline pipeline, TranscriptDocument document) =>
        [.. pipeline.Run(document).Claims.Select(b => string.Create(CultureInfo.InvariantCulture, $"{b.Claim.Span} {b.Claim.Text} {b.Claim.Quantity.Value}"))];
}
