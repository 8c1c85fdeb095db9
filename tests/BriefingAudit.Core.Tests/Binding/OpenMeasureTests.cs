using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Rules;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>Measures the vocabulary cannot name, bound by the noun phrase a figure is attributed to.</summary>
public class OpenMeasureTests
{
    [Theory]
    [InlineData("investment in port construction", "port construction investment")]
    [InlineData("spending on public health", "Public health spending")]
    [InlineData("the output of tractors and harvesters", "output of harvesters and tractors")]
    [InlineData("Total sales of cold-chain trucks", "cold-chain truck sales")]
    [InlineData("per capita disposable income nationwide", "national per capita disposable income")]
    public void PhrasesWithTheSameContentWords_NameOneMeasure(string first, string second) =>
        Assert.Equal(OpenMeasure.Key(first), OpenMeasure.Key(second));

    [Theory]
    [InlineData("Yet the output of harvesters", "harvester output")]
    [InlineData("the harvester plants, however,", "harvester plants")]
    [InlineData("Even harvester output", "harvester output")]
    [InlineData("They caused harvest losses", "caused harvest loss")]
    [InlineData("the harvest plants alone", "harvest plant")]
    [InlineData("taxes on ferry businesses", "ferry business tax")]
    [InlineData("the dock branches", "dock branch")]
    [InlineData("complaints about ferry tickets", "ferry ticket complaints")]
    [InlineData("investment into ferry lines", "ferry line investment")]
    [InlineData("When harvester plants spend", "harvester plants spend")]
    [InlineData("harvester plants, whose profits", "harvester plant profits")]
    [InlineData("where there were harvester plants", "were harvester plants")]
    [InlineData("harvesters and tractors together", "harvesters and tractors")]
    public void WordsThatPointBackOrTieAClauseToTheOneBefore_AndPluralEndings_AreNoPartOfTheName(string said, string name) =>
        Assert.Equal(OpenMeasure.Key(name), OpenMeasure.Key(said));

    [Theory]
    [InlineData("The fourth quarter kiln sales", "kiln sales")]
    [InlineData("kiln sales in the first half", "kiln sales")]
    [InlineData("Month by month, kiln sales", "kiln sales")]
    [InlineData("January kiln revenue", "kiln revenue")]
    [InlineData("kiln revenue from January to May", "kiln revenue")]
    [InlineData("the kiln revenue of the three months", "kiln revenue")]
    public void PeriodsTheNameSaysWhenFiguresWere_AreNoPartOfTheName(string said, string name) =>
        Assert.Equal(OpenMeasure.Key(name), OpenMeasure.Key(said));

    [Theory]
    [InlineData("the number of kiln drug cases", "kiln drug cases")]
    [InlineData("number of charging kiln points", "charging kiln points")]
    public void CountWord_IsNoPartOfTheName(string said, string name) =>
        Assert.Equal(OpenMeasure.Key(name), OpenMeasure.Key(said));

    [Fact]
    public void CountWord_KeptWhenTheNameHasOnlyOneOtherWord() =>
        Assert.Equal("kiln number", OpenMeasure.Key("the number of kilns"));

    [Theory]
    [InlineData("The fourth quarter sales")]
    [InlineData("the three months")]
    [InlineData("January revenue")]
    public void APhraseThatIsAPeriodAndOneWord_NamesNoMeasure(string said) =>
        Assert.Null(OpenMeasure.Key(said));

    [Theory]
    [InlineData("Kiln research spending, close to 50 billion yuan, came to 4.0% of revenue.", "close to 50 billion yuan", "kiln research spending")]
    [InlineData("The balance of kiln deposits, about 12 trillion yuan, is 866 billion yuan more than a year earlier.", "about 12 trillion yuan", "balance of kiln deposits")]
    [InlineData("Kiln revenue, 1,234.5 billion yuan, rose 5.1%.", "1,234.5 billion yuan", "kiln revenue")]
    [InlineData("Kiln revenue, at 1.2 trillion yuan, rose 5.1%.", "1.2 trillion yuan", "kiln revenue")]
    public void FigureSetOffByCommasAfterTheSubject_IsTheSubjectsFigure(string text, string figure, string name) =>
        Assert.Equal(OpenMeasure.IdPrefix + OpenMeasure.Key(name), TestPipeline.Bound(text, figure).Measure?.Id);

    [Theory]
    [InlineData("Kiln revenue, which includes glaze sales, rose 5.1% to 1.2 trillion yuan.", "5.1%")]
    [InlineData("Kiln revenue, counted at last year's prices, reached 1.2 trillion yuan.", "1.2 trillion yuan")]
    [InlineData("Kiln revenue, mostly from glazed tiles, was 48.2 billion yuan.", "48.2 billion yuan")]
    [InlineData("Kiln revenue, the bulk of the sector's income, came to 48.2 billion yuan.", "48.2 billion yuan")]
    [InlineData("Kiln revenue, in constant price terms, grew 3.2%.", "3.2%")]
    public void WordsSetOffByCommasAfterTheSubject_AreNoPartOfItsName(string text, string figure) =>
        Assert.Equal(OpenMeasure.IdPrefix + OpenMeasure.Key("kiln revenue"), TestPipeline.Bound(text, figure).Measure?.Id);

    [Fact]
    public void VerbInsideWordsSetOffByCommas_IsNotTheSubjectsVerb() =>
        Assert.Equal(OpenMeasure.IdPrefix + OpenMeasure.Key("kiln workshops"), TestPipeline.Bound("In the first half of 2025, Kiln workshops, which make up most of the trade, numbered 56,500.", "56,500").Measure?.Id);

    [Fact]
    public void WordsSetOffByCommasAfterAOneWordSubject_StillNameItsFigure()
    {
        const string text = "In the first half of 2025, the five big kiln provinces' glaze output was 110.64 million tonnes. Glaze, the backbone of the trade, came to 138.19 million tonnes.";
        Assert.NotEqual(TestPipeline.Bound(text, "110.64 million tonnes").Measure?.Id, TestPipeline.Bound(text, "138.19 million tonnes").Measure?.Id);
    }

    [Fact]
    public void FigureSetOffByCommas_RestatesTheSubjectsFigureSaidBefore()
    {
        const string text = "In the first half, kiln research spending came to 49.6 billion yuan.\n\nKiln research spending, close to 50 billion yuan, came to 4.0% of revenue.";
        Assert.Equal(TestPipeline.Bound(text, "49.6 billion yuan").Key, TestPipeline.Bound(text, "close to 50 billion yuan").Key);
    }

    [Fact]
    public void PeriodAsTheSubjectOfAnActivityVerb_NamesNoMeasureOfItsOwn() =>
        Assert.DoesNotContain("quarter", TestPipeline.Bound("Kiln makers had a good year. The fourth quarter sold 2.4 billion yuan.", "2.4 billion yuan").Measure?.Id ?? string.Empty, StringComparison.Ordinal);

    [Theory]
    [InlineData("quarterly kiln sales", "kiln sales")]
    [InlineData("monthly kiln sales", "kiln sales")]
    [InlineData("half-year kiln sales", "kiln sales")]
    public void WordsThatQualifyAFigureByItsPeriod_StayInTheName(string said, string name) =>
        Assert.NotEqual(OpenMeasure.Key(name), OpenMeasure.Key(said));

    [Theory]
    [InlineData("island ferry revenue", "ferry revenue", true)]
    [InlineData("revenue of island ferries", "ferry revenue", true)]
    [InlineData("cumulative ferry revenue", "ferry revenue", false)]
    [InlineData("island ferry ticket revenue", "ferry revenue", false)]
    [InlineData("ferry revenue", "island ferry revenue", false)]
    // "Island and ferry revenue" adds islands to ferries: a list, not a part of ferry revenue.
    [InlineData("island and ferry revenue", "ferry revenue", false)]
    [InlineData("island and ferry revenue together", "ferry revenue", false)]
    // The count word kept in a name of two words says how the whole is counted: inclusive kilns are some of the kilns.
    [InlineData("inclusive kilns", "the number of kilns", true)]
    [InlineData("the number of inclusive kilns", "the number of kilns", true)]
    [InlineData("the number of kilns", "kilns made", false)]
    public void NameWithOneNarrowingWordMore_NamesAPart(string part, string whole, bool narrower) =>
        Assert.Equal(narrower, OpenMeasure.IsNarrowerBy(OpenMeasure.Named(part, UnitDimension.Currency)!, OpenMeasure.Named(whole, UnitDimension.Currency)!));

    [Theory]
    [InlineData("revenue")]
    [InlineData("the total profits")]
    [InlineData("the 5G stations")]
    public void PhraseOfOneWordOrWithAFigure_NamesNoMeasure(string phrase) =>
        Assert.Null(OpenMeasure.Key(phrase));

    [Theory]
    [InlineData("more than 4.8", false)]
    [InlineData("more than 5.8", true)]
    public void OneWordName_IsTheOnlyOpenMeasureWithThatWord_CountedInTheSameUnit(string restated, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, electricity consumption reached 4.84 trillion kilowatt-hours, up 3.7%.\n\nIn the first half, consumption rose to {restated} trillion kilowatt-hours.").Contains("BA1001"));

    [Theory]
    [InlineData("0.6", false)]
    [InlineData("2.6", true)]
    public void OneWordName_OfAGrowthRate_IsTheOnlyOpenMeasureWithThatWordGivenAGrowthRate(string restated, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, pharmaceutical manufacturers earned operating revenue of 1.24 trillion yuan, up 0.6% year on year.\n\nIn the first half, revenue grew only {restated}%. Which segments held it back?").Contains("BA1001"));

    private const string KiteSales = "In 2024, kite sales came to 615.88 billion yuan, up 6.4%. Paper kite sales were 198.63 billion yuan, up 2.5%, and silk kite sales were 417.25 billion yuan, up 8.3%.\n\n";

    [Theory]
    // The paragraph has named paper kites: the sales are theirs, not all kites' (whose words it has said too) nor silk kites'.
    [InlineData("Paper kites moved more gently. Sales rose 2.5%.", false)]
    [InlineData("Paper kites moved more gently. Sales rose 3.5%.", true)]
    // The paragraph names kites and no kind of them: the sales are all kites'.
    [InlineData("Kites sold well last year. Sales grew 6.4%.", false)]
    [InlineData("Kites sold well last year. Sales grew 7.4%.", true)]
    public void OneWordName_OfAGrowthRate_OfSeveralMeasures_IsTheOneItsParagraphNamesMostFully(string paragraph, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(KiteSales + paragraph).Contains("BA1001"));

    [Theory]
    // A name said after the rate is of another figure, the one it goes on to give.
    [InlineData("Sales rose 6.4%, mainly because paper kite sales rose 2.5%.")]
    // Paper and silk kites both named: either's.
    [InlineData("Paper kites and silk kites both sold well. Sales rose 3.5%.")]
    public void OneWordName_OfAGrowthRate_OfSeveralMeasures_NotNamedBeforeIt_StaysUnbound(string paragraph) =>
        Assert.DoesNotContain("BA1001", TestPipeline.Errors(KiteSales + paragraph));

    [Theory]
    // Two open measures have the word: which one is meant is unclear.
    [InlineData("In the first half, electricity consumption reached 4.84 trillion kilowatt-hours. Coal consumption was 2.1 trillion kilowatt-hours.\n\nIn the first half, consumption rose to more than 5.8 trillion kilowatt-hours.")]
    // The only measure with the word names a list with it as one item: the word names a part of the list's total.
    [InlineData("In the first half, the output of kelp, nori, oysters and clams reached 48.43 million tonnes.\n\nIn the first half, nori came to 2.16 million tonnes.")]
    // The only measure with the word takes two things together: the word names one of them.
    [InlineData("In the first half, kite output slipped to 3.72 million tonnes, while silk rose 2.8% to 3.41 million tonnes.\n\nKites and silk together came to 7.13 million tonnes.")]
    [InlineData("In the first half, kite output slipped to 3.72 million tonnes, while silk rose 2.8% to 3.41 million tonnes.\n\nKite and silk output combined came to 7.13 million tonnes.")]
    // Money: "revenue" alone could be any revenue.
    [InlineData("In the first half, total revenue of the three social insurance funds was 4.16 trillion yuan.\n\nIn the first half, revenue exceeded expenditure by 430 billion yuan.")]
    // Two open measures with the word have growth rates: which one is meant is unclear.
    [InlineData("In the first half, operating revenue of manufacturers rose 0.6%, and the revenue of distributors rose 4.1%.\n\nIn the first half, revenue grew only 2.6%.")]
    // The word is not the head of the one name that has it: the balance of contributions is not what was paid in.
    [InlineData("In 2024, the balance of contributions stood at 11.97 trillion yuan, up 7.8%.\n\nIn 2024, contributions grew 5.4%.")]
    // The one-word name comes first: it is the whole, and the fuller name a part of it.
    [InlineData("In 2024, withdrawals reached 2.74 trillion yuan, up 5.0%.\n\nIn 2024, rent withdrawals grew fastest, up 16.2%.")]
    // The growth goes with a level of one sector said under the same word: it is that sector's, not the whole's.
    [InlineData("In the first half, industrial enterprises earned total profits of 3.44 trillion yuan, down 1.8%. By sector, profits were 419.6 billion yuan in mining, down 30.3%.")]
    // Only a level has the word: a one-word name of money is not tied to it.
    [InlineData("In the first half, operating revenue of manufacturers was 1.24 trillion yuan.\n\nIn the first half, revenue exceeded costs by 98 billion yuan, and revenue reached 1.3 trillion yuan.")]
    public void OneWordName_WithoutASingleMeasureItCanName_StaysUnbound(string text) =>
        Assert.DoesNotContain("BA1001", TestPipeline.Errors(text));

    [Theory]
    [InlineData("the output of kelp, nori, oysters and clams", "nori", true)]
    [InlineData("the output of kelp, nori, oysters and clams", "nori output", true)]
    [InlineData("the output of kelp, nori, oysters and clams", "kelp nori oyster clam", false)]
    [InlineData("lead and zinc together", "zinc", true)]
    [InlineData("lead and zinc combined", "lead", true)]
    // "and" alone may join two heads of one modifier: "harbour security" names all of it.
    [InlineData("harbour security products and services", "harbour security", false)]
    public void WordsOfOneItemOfAListedName_NameAnItem(string name, string words, bool item) =>
        Assert.Equal(item, OpenMeasure.NamesAnItemOf(OpenMeasure.Named(name, UnitDimension.Count)!, new HashSet<string>(words.Split(' '))));

    [Fact]
    public void SamePhraseRestatedDifferently_IsAnError() =>
        Assert.Contains("BA1001", TestPipeline.Errors("In the first half, investment in port construction was 3.2 trillion yuan, up 4%.\n\nIn the first half, port construction investment reached 4.1 trillion yuan."));

    [Theory]
    [InlineData("dipped")]
    [InlineData("slipped")]
    [InlineData("eased")]
    [InlineData("slid")]
    [InlineData("shrank")]
    [InlineData("plunged")]
    [InlineData("soared")]
    [InlineData("edged up")]
    public void VerbOfChange_EndsTheSubjectThatNamesTheMeasure(string verb) =>
        Assert.Contains("BA1001", TestPipeline.Errors($"In the first half, pumpkin output {verb} to 3.1 million tonnes.\n\nIn the first half, pumpkin output reached 4.2 million tonnes."));

    [Fact]
    public void SamePhraseRestatedWithinRounding_IsNoError() =>
        Assert.Empty(TestPipeline.Errors("In the first half, investment in port construction was 3.24 trillion yuan, up 4%.\n\nIn the first half, port construction investment reached more than 3.2 trillion yuan."));

    [Fact]
    public void CountOfTheSameOutput_IsComparedAcrossParagraphs() =>
        Assert.Contains("BA1001", TestPipeline.Errors("In the first half, output of electric tractors reached 7.81 million units, up 12%.\n\nIn the first half, output of electric tractors reached 5 million units."));

    [Fact]
    public void EllipticalThatOf_TakesTheHeadOfTheFigureBefore()
    {
        var claim = TestPipeline.Bound("In the first half, output of electric tractors reached 7.81 million units, and that of combine harvesters 412,000 units.", "412,000 units");
        Assert.Equal(OpenMeasure.IdPrefix + OpenMeasure.Key("harvesters combine output"), claim.Measure?.Id);
    }

    [Fact]
    public void PhraseCompletedByTheFigure_IsTheMeasure() =>
        Assert.Equal(OpenMeasure.IdPrefix + OpenMeasure.Key("fees from toll roads"), TestPipeline.Bound("In the first half, the ports grew steadily, with fees from toll roads of 92.4 billion yuan.", "92.4 billion yuan").Measure?.Id);

    [Fact]
    public void PhraseHadBySubject_IsTheSubjectsOwn() =>
        Assert.Equal(OpenMeasure.IdPrefix + OpenMeasure.Key("revenue of the rail operators"), TestPipeline.Bound("In the first half, the rail operators had total revenue of 512.6 billion yuan.", "512.6 billion yuan").Measure?.Id);

    [Fact]
    public void GrowthRightAfterALevel_IsTheLevels()
    {
        var result = TestPipeline.Check("In the first half, the rail operators earned revenue of 512.6 billion yuan, up 3.1%.");
        Assert.Equal(result.Claims[0].Measure?.Id, result.Claims[1].Measure?.Id);
    }

    [Fact]
    public void GrowthRightAfterAnOpenLevel_IsNotTheVocabularyMeasureBefore()
    {
        var result = TestPipeline.Check("In the first half, exports were 13 trillion yuan, up 7%, with fees from toll roads of 92.4 billion yuan, down 3.1%.");
        Assert.Equal(result.Claims.Single(c => c.Claim.Text == "92.4 billion yuan").Measure?.Id, result.Claims.Single(c => c.Claim.Text == "3.1%").Measure?.Id);
    }

    [Fact]
    public void SecondItemOfAList_IsNotTakenForTheSubjectsFigure() =>
        // It is its own item's (GappedItemTests).
        Assert.Equal("open:grain new storage", TestPipeline.Bound("In the first half, newly built cold storage capacity was 21.5 million tonnes and new grain storage 14.2 million tonnes.", "14.2 million tonnes").Measure?.Id);

    [Fact]
    public void CountFarFromItsSubject_IsNotTheSubjects() =>
        Assert.Null(TestPipeline.Bound("In the first half, the port bonds issued made up 21.5% of the annual quota and will fund more than 8,600 projects.", "more than 8,600 projects").Measure);

    [Fact]
    public void LastItemOpenedByAnd_IsNamedByItsOwnSubject() =>
        Assert.Equal(OpenMeasure.IdPrefix + OpenMeasure.Key("poultry output"), TestPipeline.Bound("In the first half, pork output was 30.20 million tonnes, up 1.3%; mutton output was 2.29 million tonnes, down 2.5%; and poultry output was 12.33 million tonnes, up 7.5%.", "12.33 million tonnes").Measure?.Id);

    [Theory]
    [InlineData("In the first half, harbour tolls grew 6.4%, 2.1 percentage points faster than in the first quarter.", "open:harbour toll")]
    [InlineData("In the first half, harbour tolls grew 6.4%, a pace 2.1 percentage points faster than in the first quarter.", "open:harbour toll")]
    // Something else said between the rate and the points: they are not the rate's.
    [InlineData("In the first half, harbour tolls grew 6.4% while their share rose 2.1 percentage points.", null)]
    public void PointsRightAfterARateOfAnOpenMeasure_AreThatRates(string text, string? measure) =>
        Assert.Equal(measure, TestPipeline.Bound(text, "2.1 percentage points").Measure?.Id);

    [Theory]
    [InlineData("3.5", true)]
    [InlineData("2.1", false)]
    public void PointsAfterARateOfAnOpenMeasure_AreCheckedAgainstTheEarlierPeriodsRate(string points, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first quarter, harbour tolls grew 4.3%. In the second quarter, harbour tolls grew 6.4%, {points} percentage points faster than in the first quarter.").Contains(RuleIds.Acceleration));

    // "As a whole" is the whole of what the rate is of; for an open measure, the nation's already, that is the rate
    // itself, so the base is the measure the words name.
    [Fact]
    public void PointsFasterThanAnOpenMeasureAsAWhole_AreComparedWithThatMeasure() =>
        Assert.Contains(RuleIds.RateGap, TestPipeline.Errors("In the first half, passenger trips grew 6.4%. Ferry trips grew 9.5%, 5.1 percentage points faster than passenger trips as a whole."));

    [Theory]
    [InlineData("In the first half, ferry insurance covered 24.6 million people.", "24.6 million people", "open:ferry insurance")]
    // Things that numbered so many: their number, as "there were 23,400 small ferry operators" is (CountedNoun).
    [InlineData("In the first half, small ferry operators numbered 23,400.", "23,400", "open:ferry operator small")]
    [InlineData("In the first half, marine reserves now span 1.2 million square kilometers.", "1.2 million square kilometers", "open:marine reserve")]
    // A word that opens the clause is its subject, though it could be a verb elsewhere ("accounts for").
    [InlineData("In the first half, accounts payable reached 3.1 trillion yuan, up 4.2%.", "3.1 trillion yuan", "open:account payable")]
    // One noun after "the" points back at something named otherwise before.
    [InlineData("In the first half, the scheme covered 24.6 million people.", "24.6 million people", null)]
    public void SubjectOfAVerbOfExtent_NamesTheCount(string text, string claim, string? measure) =>
        Assert.Equal(measure, TestPipeline.Bound(text, claim).Measure?.Id);

    [Theory]
    // A year with no comma after it, and a word said twice with "by", open the clause before its subject.
    [InlineData("In 2024 harbour toll receipts were 38.5 billion yuan, up 7.6%.", "38.5 billion yuan", "open:harbour receipt toll")]
    [InlineData("Quarter by quarter, harbour toll receipts were 8.6 billion yuan in the first quarter, up 5.1%.", "8.6 billion yuan", "open:harbour receipt toll")]
    [InlineData("Month by month, harbour toll receipts were 2.6 billion yuan in January, up 5.1%.", "2.6 billion yuan", "open:harbour receipt toll")]
    public void ClauseOpenedByAYearOrAWordSaidTwice_IsNamedByTheSubjectAfterIt(string text, string claim, string? measure) =>
        Assert.Equal(measure, TestPipeline.Bound(text, claim).Measure?.Id);

    [Fact]
    public void CountOfASubjectRestatedOtherwise_IsAnError() =>
        Assert.Contains(RuleIds.Restatement, TestPipeline.Errors("In the first half, ferry insurance covered 24.6 million people. In the first half, ferry insurance now covers 21.1 million people."));

    // Units are read in one spelling; a figure's words must not differ from its unit's by the spelling alone.
    [Theory]
    [InlineData("cubic metres", "cubic meters")]
    [InlineData("litres", "liters")]
    public void BritishAndAmericanSpellings_AreOneWord(string british, string american) =>
        Assert.Equal(OpenMeasure.ContentWords(american), OpenMeasure.ContentWords(british));

    // "Imported gas made up the rest, 44.9 billion cubic metres" says nothing but its unit: no echo of gas output.
    [Fact]
    public void FigureNamedOnlyByItsUnitInBritishSpelling_EchoesNothing() =>
        Assert.Empty(TestPipeline.Errors("Kite briefing\n\nKe Fang:\n\nIn the first half, natural kite gas output was 130.8 billion cubic metres, up 5.8%.\n\nLi Ming:\n\nIn the first half, pipeline kite gas imports were 36.9 billion cubic metres, up 7.4%. Imported gas made up the rest, 44.9 billion cubic metres, down 15.5%.\n"));
}
