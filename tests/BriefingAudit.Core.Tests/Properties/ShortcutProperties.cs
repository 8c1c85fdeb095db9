using System.Globalization;
using System.Text.RegularExpressions;
using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;
using CsCheck;

namespace BriefingAudit.Core.Tests.Properties;

/// <summary>
/// Shortcuts taken for speed answer as the code they stand in for, on invented inputs: a count on a decimal's
/// coefficient as on its text, a test at a clause's end that lets through every clause the pattern it guards matches,
/// and a word list that finds its words where the pattern it replaced found them.
/// </summary>
public class ShortcutProperties
{
    private const int Iterations = 20_000;

    // Words the guarded patterns are made of, their case variants, and characters that fold to ASCII letters or are
    // whitespace other than a space.
    private static readonly string[] Words =
    [
        "of", "OF", "Of", "than", "more", "nearly", "about", "over", "around", "approximately", "close", "to", "almost",
        "revenue", "with", "had", "total", "sales", "the", "an", "was", "and", "that", "those", "1.5", "rose", "up", "by",
        "ſ", "K", "İ", "ı", "’", "-", ",", "\t", "\u00a0", "\u2003", "\n", "  ",
    ];

    private static readonly Gen<string> Clause = Gen.OneOf(Gen.OneOf(Words), Gen.String[0, 4]).Array[0, 12]
        .Select(Gen.Bool, (words, trailingSpace) => string.Join(' ', words) + (trailingSpace ? " " : string.Empty));

    [Fact]
    public void SignificantDigits_AsCountedOnTheText() =>
        Gen.Decimal[0m, decimal.MaxValue].Select(Gen.Int[0, 28], (value, scale) => Math.Round(value / (decimal)Math.Pow(10, scale % 20), scale))
            .Sample(value => Assert.Equal(SignificantDigitsOfText(value), WindowedNumberFinder.SignificantDigits(value)), iter: Iterations);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("0.0120", 2)]
    [InlineData("12000", 2)]
    [InlineData("21790000000000", 4)]
    [InlineData("79228162514264337593543950335", 29)]
    public void SignificantDigits_Examples(string value, int digits) =>
        Assert.Equal(digits, WindowedNumberFinder.SignificantDigits(decimal.Parse(value, CultureInfo.InvariantCulture)));

    [Fact]
    public void PhraseOfFigure_MatchesOnlyWhereItsEndingTestLetsThrough() =>
        Clause.Sample(clause => Assert.True(!ClaimBinder.PhraseOfFigure().IsMatch(clause) || ClaimBinder.MayEndInPhraseOf(clause), clause), iter: Iterations);

    [Theory]
    [InlineData("with revenue from land-use rights sales of ")]
    [InlineData("the funds had total revenue of more than ")]
    [InlineData("with revenue OF close  to\t")]
    public void PhraseOfFigure_EndingsItMatches_AreLetThrough(string clause)
    {
        Assert.Matches(ClaimBinder.PhraseOfFigure(), clause);
        Assert.True(ClaimBinder.MayEndInPhraseOf(clause));
    }

    private static readonly Gen<string> Before = Gen.OneOf(
        Gen.OneOf("average", "AVERAGE", "averaging", "Averaged", "averages", "an", "of", "at", "about", "monthly", "growth", ",", "  ", "\t", "ſ", "-"),
        Gen.String[0, 3]).Array[0, 8].Select(words => string.Join(' ', words));

    [Fact]
    public void AverageCues_MatchOnlyWhereSaysAverageLetsThrough() =>
        Before.Sample(
            before => Assert.True(!(Roles.MeanCue().IsMatch(before) || Roles.AverageCue().IsMatch(before)) || Roles.SaysAverage(new TextPart(before, 0, before.Length)), before),
            iter: Iterations);

    private static readonly Gen<string> PercentBefore = Gen.OneOf(
        Gen.OneOf("growth", "the", "decline", "was", "WAS", "is", "stood", "at", "narrowed", "to", "rose", "its", "share", "accounting", "for",
            "made", "up", "represented", "contributes", "constituting", "reached", "hit", "of", ",", "  ", "\t", "\u00a0", "ſ", "\u212A", "’"),
        Gen.String[0, 3]).Array[0, 8].Select(words => string.Join(' ', words));

    [Fact]
    public void ShareCueAndNamedRate_MatchOnlyWhereTheirEndingsLetThrough() =>
        PercentBefore.Sample(
            before =>
            {
                var part = new TextPart(before, 0, before.Length);
                Assert.True(!Roles.ShareCue().IsMatch(before) || part.MayEndWith(Roles.ShareCueEnds), before);
                Assert.True(!Roles.NamedRate().IsMatch(before) || part.MayEndWith(Roles.NamedRateEnds), before);
            },
            iter: Iterations);

    // The pattern SentenceAnalysis found a clause's verb with, before its word list.
    private static readonly Regex SubjectVerb = new(@"\b(?:reached|rose|grew|fell|totaled|totalled|hit|stood|was|were|is|are|had|has|have|recorded|registered|posted|achieved|accounted|account|accounts|made|make|makes|increased|decreased|declined|jumped|surged|exceeded|maintained|remained|represented|came|amounted|expanded|dropped|climbed|saw|seized|earned|exported|imported|contributed|shouldered|occupied|engaged|grow|rise|increase|continued|outpaced|led|kept|showed|registering|reaching|totaling|totalling|generated|topped|growing|rising|falling|increasing|declining|averaging|averaged)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly WordList SubjectVerbs = new(SubjectVerb.ToString()[5..^3].Split('|'));

    private static readonly string[] Texts =
    [
        "Exports rose", "ROSE", "rosE2", "_rose", "arose", "rose_", "Guangdong, Jiangsu and Shandong accounted for", "is", "hasn't",
        "ſaw", "Kept", "\u212Aept", "İs", "ıs", "’", "—", "“", "\u200Dwas", "é", "\u00a0", "\t", "grew-", "-grew",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(Gen.OneOf(Texts), Gen.String[0, 3], Gen.Char.Array[0, 3].Select(c => new string(c))).Array[0, 10]
        .Select(parts => string.Join(' ', parts));

    [Fact]
    public void SubjectVerbs_FoundWhereThePatternFoundThem() =>
        Text.SelectMany(text => Gen.Int[0, text.Length].SelectMany(start => Gen.Int[0, text.Length - start].Select(length => (text, start, length))))
            .Sample((text, start, length) => Assert.Equal(SubjectVerb.Match(text, start, length) is { Success: true } m ? m.Index : -1, SubjectVerbs.IndexIn(text, start, length)), iter: Iterations);

    [Theory]
    [InlineData("Guangdong, Jiangsu and Shandong accounted for", 32)]
    [InlineData("Output ROSE", 7)]
    [InlineData("it arose and rose_ then Rose", 24)]
    [InlineData("nothing here", -1)]
    public void SubjectVerbs_Examples(string text, int index) => Assert.Equal(index, SubjectVerbs.IndexIn(text, 0, text.Length));

    // The words of the patterns guarded by a search for their words, pieces of them, case variants, and characters that
    // fold to ASCII letters.
    private static readonly Gen<string> CueText = Gen.OneOf(
        Gen.OneOf("target", "TARGET", "goal", "quota", "plan", "ceiling", "threshold", "cap", "of", "at", "is", "was", "quarter", "month",
            "half", "year", "alone", "ALONE", "alon", "respectively", "Respectively", "respective", ",", ", ", "of which", "of whom",
            "among", "which", "whom", "including", "made up of", "consisting of", "comprising", "comprised of", "nearly", "12.5", "3",
            "million", "ſ", "K", "\u212A", "İ", "ı", "’", "\u00a0", "\t"),
        Gen.String[0, 3]).Array[0, 10].Select(words => string.Join(' ', words));

    [Fact]
    public void CuePatterns_MatchOnlyWhereTheirWordsAre() =>
        CueText.Sample(
            text =>
            {
                Assert.True(!ClaimBinder.Target().IsMatch(text) || text.AsSpan().ContainsAny(ClaimBinder.TargetWords), text);
                Assert.True(!ClaimBinder.SubPeriodAside().IsMatch(text) || text.Contains(ClaimBinder.AloneWord, StringComparison.OrdinalIgnoreCase), text);
                Assert.True(!ClaimBinder.Respectively().IsMatch(text) || text.Contains(ClaimBinder.RespectivelyWord, StringComparison.OrdinalIgnoreCase), text);
                Assert.True(!StatedParts.ListCue().IsMatch(text) || text.AsSpan().ContainsAny(StatedParts.ListCueWords), text);
            },
            iter: Iterations);

    [Theory]
    [InlineData("the annual target of about ")]
    [InlineData("In the second quarter alone, ")]
    [InlineData("grew 5% and 6%, Respectively")]
    [InlineData("3.2 trillion yuan, of which ")]
    [InlineData("1,200 firms, nearly 800 of whom ")]
    public void CuePatterns_EachExampleHasItsWords(string text)
    {
        Assert.True(ClaimBinder.Target().IsMatch(text) || ClaimBinder.SubPeriodAside().IsMatch(text) || ClaimBinder.Respectively().IsMatch(text) || StatedParts.ListCue().IsMatch(text), text);
        Assert.True(text.AsSpan().ContainsAny(ClaimBinder.TargetWords) || text.Contains(ClaimBinder.AloneWord, StringComparison.OrdinalIgnoreCase)
            || text.Contains(ClaimBinder.RespectivelyWord, StringComparison.OrdinalIgnoreCase) || text.AsSpan().ContainsAny(StatedParts.ListCueWords), text);
    }

    private static readonly Gen<string> PerText = Gen.OneOf(
        Gen.OneOf("spending", "Spending", "per", "PER", "Per", "pe", "er", "trip", "capita", "was", "were", "stood", "at", "came", "to", "reached",
            "averaged", "of", "about", "day", "month", "nearly", "close", "ſ", "K", "\u212A", "İ", "ı", "’", "\u00a0", "\t"),
        Gen.String[0, 3]).Array[0, 10].Select(Gen.Bool, (words, trailingSpace) => string.Join(' ', words) + (trailingSpace ? " " : string.Empty));

    [Fact]
    public void PerBefore_MatchesOnlyWhereItsWordIs() =>
        PerText.Sample(
            text => Assert.True(!PerUnitFigures.PerBefore().IsMatch(text) || text.Contains(PerUnitFigures.PerWord, StringComparison.OrdinalIgnoreCase), text),
            iter: Iterations);

    [Theory]
    [InlineData("Spending per trip was about ")]
    [InlineData("Output PER hectare stood at ")]
    public void PerBefore_ExamplesHaveItsWord(string text)
    {
        Assert.Matches(PerUnitFigures.PerBefore(), text);
        Assert.Contains(PerUnitFigures.PerWord, text, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] NamingWords =
    [
        "Vehicles", "INDUSTRIES", "ies", "industries'", "China's", "firms’", "firm’s", "'s", "’", "sales", "business", "bus", "us", "is",
        "the", "Its", "THE", "total.", "revenue;", ":trade:", "what?!", "why?.", "!?", "1.5", "M2", "5G", "٣", "İndustries", "ıes", "ſales",
        "\u212Aites", "Straße", "ΣΑΣ", "𝒜pples", new string('X', 70) + "IES", "tax-free", "(2024)", "“quoted”",
    ];

    private static readonly Gen<string> Phrase = Gen.OneOf(Gen.OneOf(NamingWords), Gen.String[0, 4])
        .Select(Gen.OneOf(" ", "  ", "\t", ",", "\"", "“", "”", "(", ")", "\u00a0", "\n").Array[1, 2], (word, separators) => word + string.Concat(separators))
        .Array[0, 8].Select(string.Concat);

    [Fact]
    public void ContentWords_AsWhenTheTextWasSplit() =>
        Phrase.Sample(phrase => Assert.Equal(ContentWordsBySplit(phrase), OpenMeasure.ContentWords(phrase)), iter: Iterations);

    [Fact]
    public void Key_AsWhenThePhraseWasSplit() =>
        Phrase.Sample(phrase => Assert.Equal(KeyBySplit(phrase), OpenMeasure.Key(phrase)), iter: Iterations);

    [Theory]
    [InlineData("China's new-energy VEHICLES (cars)", "new-energy vehicle car")]
    [InlineData("industries’ “exports”, what?!", "industry export what")]
    [InlineData("the sales of business", "sale business")]
    [InlineData("M2 money supply", "money supply")]
    public void ContentWords_Examples(string text, string words) =>
        Assert.Equal(words, string.Join(' ', OpenMeasure.ContentWords(text)));

    // OpenMeasure's words as they were read before: split at the separators, each word a string at every step.
    private static readonly char[] SplitSeparators = [' ', '\t', ',', '"', '“', '”', '(', ')'];

    private static IEnumerable<string> ContentWordsBySplit(string text) =>
        text.Split(SplitSeparators, StringSplitOptions.RemoveEmptyEntries).Where(raw => !DigitNumber.HasDigit(raw)).Select(raw => NormalBySplit(raw.TrimEnd('?', '!'))).OfType<string>();

    // A name leaves out the periods it says before its words are read (OpenMeasure.WithoutPeriods: "mAY)" is May, a
    // period), so the split is of the phrase without them: what is compared here is the reading of words, not of periods.
    private static string? KeyBySplit(string phrase)
    {
        var raws = OpenMeasure.WithoutPeriods(phrase).Split(SplitSeparators, StringSplitOptions.RemoveEmptyEntries);
        var words = raws.Any(raw => DigitNumber.HasDigit(raw)) ? [] : new SortedSet<string>(raws.Select(NormalBySplit).OfType<string>(), StringComparer.Ordinal);
        return words.Count >= 2 ? string.Join(' ', words) : null;
    }

    private static string? NormalBySplit(string raw)
    {
        var word = raw.ToLowerInvariant().Trim('.', ';', ':');
        word = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2]
            : word.EndsWith('\'') || word.EndsWith('’') ? word[..^1]
            : word;
        word = word.Length <= 3 || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal) ? word
            : word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) ? word[..^2]
            : word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
            : word.EndsWith('s') ? word[..^1]
            : word;
        // "centre" is read as "center", as units are spelled (OpenMeasure.AmericanSpelling).
        word = word.Length > 3 && word.EndsWith("tre", StringComparison.Ordinal) ? word[..^2] + "er" : word;
        return word.Length > 0 && !OpenMeasure.FunctionWords.Contains(word) ? word : null;
    }

    private static readonly Gen<string> RateSentence = Gen.OneOf(
        Gen.OneOf("per", "PER", "Per", "every", "Every", "each", "for", "and", "1,000", "100,000", "7.39", "4.18", "beds", "nurses",
            "people", "residents", "children", "the", "number", "of", "is", "now", "rose", "to", "reached", "more", "than", "percent",
            "operating", ",", "  ", "\t", "\u00a0", "ſ", "\u212A"),
        Gen.String[0, 3]).Array[0, 12].Select(words => string.Join(' ', words));

    [Fact]
    public void RatePatterns_MatchOnlyInSentencesTheirCueFinds() =>
        RateSentence.Sample(
            sentence =>
            {
                for (var at = 0; at <= sentence.Length; at++)
                {
                    var rate = ClaimExtractor.RatePer().Match(sentence, at, sentence.Length - at).Success || ClaimExtractor.RateSubject().Match(sentence, 0, at).Success;
                    Assert.True(!rate || ClaimExtractor.SoManyCue().IsMatch(sentence), sentence);
                }
            },
            iter: Iterations / 10);

    [Theory]
    [InlineData("7.39 beds for every 1,000 residents", 4)]
    [InlineData("the number of nurses per 1,000 people is 4.18", 41)]
    public void RatePatterns_SentencesTheyMatch_AreFoundByTheCue(string sentence, int at)
    {
        Assert.True(ClaimExtractor.RatePer().Match(sentence, at, sentence.Length - at).Success || ClaimExtractor.RateSubject().Match(sentence, 0, at).Success);
        Assert.Matches(ClaimExtractor.SoManyCue(), sentence);
    }

    // The words of a list's later item ("…, and canal revenue 2.2 billion"), separators, digits and case variants.
    private static readonly Gen<string> Gap = Gen.OneOf(
        Gen.OneOf("and", "AND", "aNd", "while", "canal", "revenue", "in", "the", "south", "for", "exports", "by", "to", "of", "more", "than",
            "about", "up", "was", "yuan", "billion", "2.2", "5%", "٣", ",", ";", ", and", "\t", "\n", "\u00a0", "ſ", "\u212A", "’", "-", "(", ")"),
        Gen.String[0, 3]).Array[0, 10].Select(words => string.Join(' ', words) + " ");

    [Fact]
    public void GappedItem_MatchesOnlyGapsItsPrecheckLetsThrough() =>
        Gap.Sample(
            gap =>
            {
                for (var at = 0; at <= gap.Length; at++)
                {
                    Assert.True(!GappedItem.Item().Match(gap, at, gap.Length - at).Success || GappedItem.MayBeItem(gap.AsSpan(at)), gap[at..]);
                }
            },
            iter: Iterations / 10);

    [Theory]
    [InlineData(" and canal revenue ")]
    [InlineData(", May ")]
    [InlineData("; in the south about ")]
    [InlineData(" in the first quarter, AND village households ")]
    public void GappedItem_GapsItMatches_AreLetThrough(string gap)
    {
        Assert.Matches(GappedItem.Item(), gap);
        Assert.True(GappedItem.MayBeItem(gap));
    }

    // The count as it was made before: on the normalised value's text.
    private static int SignificantDigitsOfText(decimal value) =>
        DigitNumber.Normalize(value).ToString(CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0').TrimEnd('0').Length;
}
