using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Tests.Claims;

/// <summary>Bare figures written as amounts count what their sentence or paragraph counted.</summary>
public class InheritedCountTests
{
    private static List<Claim> Claims(string text) => [.. TestPipeline.Check(text).Claims.Select(b => b.Claim)];

    [Fact]
    public void BareAmountAfterACountedNoun_CountsIt() =>
        Assert.Equal("people", Assert.Single(Claims("In the first half, the number of seasonal workers in the ports was 3.14 million, up 2%."), c => c.Text == "3.14 million").Quantity.Unit);

    [Fact]
    public void ItemsOfAList_CountWhatTheFirstItemCounted()
    {
        var claims = Claims("In the first half, 8.2 million passengers crossed by ferry, of which 5.1 million travelled to the islands and 3.1 million travelled to the coast.");
        Assert.All(claims.Where(c => c.Text is "5.1 million" or "3.1 million"), c => Assert.Equal("people", c.Quantity.Unit));
    }

    [Fact]
    public void BareListInTheNextSentence_CountsWhatTheParagraphCounted()
    {
        var claims = Claims("More than 30,000 new ports enterprises opened in the first half. In April, May and June, the numbers were 4,862, 5,210 and 5,647, averaging 5,240 a month.");
        Assert.Equal(["enterprises", "enterprises", "enterprises", "enterprises"], claims.Where(c => c.Text is "4,862" or "5,210" or "5,647" or "5,240").Select(c => c.Quantity.Unit));
    }

    // "Of them" in the next paragraph points back at the things counted, not at the days they were counted over.
    [Fact]
    public void BareFigureOfThem_CountsThingsNotTheLengthOfTimeSaidAfterThem() =>
        Assert.Equal("accidents", Assert.Single(Claims("There were 4,210 kite accidents last year. Over the 366 days of a leap year that is 11.5 a day.\n\nCollisions made up 2,380 of them, or 56.5%.\n"), c => c.Text == "2,380").Quantity.Unit);

    // "The three provinces" numbers the provinces: the amount they handled counts what the paragraph counted.
    [Theory]
    [InlineData("The three provinces together handled 45.09 billion, 45.9% of the national total.", "45.09 billion")]
    [InlineData("Between them, the two ferry provinces carried 37.78 billion.", "37.78 billion")]
    public void BareAmountOfASetCountedInWords_CountsWhatTheParagraphCountedNotTheSet(string total, string figure) =>
        Assert.Equal("parcels", Assert.Single(Claims("Guangdong handled 19.86 billion parcels, Zhejiang 17.92 billion and Jiangsu 7.31 billion. " + total), c => c.Text == figure).Quantity.Unit);

    [Fact]
    public void BareAmountInTheNextSentence_CountsWhatTheLastCountCounted() =>
        Assert.Equal("passes", Assert.Single(Claims("At the end of June, the three ferry enterprises had 1.2 million season passes. Among them, electronic passes reached 800 thousand."), c => c.Text == "800 thousand").Quantity.Unit);

    // The paragraph counted something else before it; "a population of" still says what the figure counts.
    [Theory]
    [InlineData("The island had 2.1 million kite fliers, 140,000 more than a year before. Out of a population of 3.4 million, that is 61.8%.", "3.4 million")]
    [InlineData("The island had 2.1 million kite fliers. Its population of about 3.4 million is ageing.", "about 3.4 million")]
    public void AmountAfterPopulationOf_CountsPeopleNotWhatTheParagraphCountedBefore(string text, string figure) =>
        Assert.Equal("people", Assert.Single(Claims(text), c => c.Text == figure).Quantity.Unit);

    // A list whose unit comes after its last item: every item said with the same scale word is in that unit.
    [Theory]
    [InlineData("Quarter by quarter, kite output was 12.86 million, 17.42 million, 22.95 million and 20.97 million tonnes.", "12.86 million", "tonnes")]
    [InlineData("Quarter by quarter, kite output was 12.86 million, 17.42 million, 22.95 million and 20.97 million tonnes.", "17.42 million", "tonnes")]
    [InlineData("Kite exports were 12.86 billion, 17.42 billion and 20.97 billion yuan.", "12.86 billion", "yuan")]
    public void ItemOfAListWithItsUnitAtTheEnd_IsInThatUnit(string sentence, string text, string unit) =>
        Assert.Equal(unit, Assert.Single(Claims(sentence), c => c.Text == text).Quantity.Unit);

    [Theory]
    [InlineData("The urban population increased by 1.2%, or 10.83 million.", "10.83 million")]
    [InlineData("In 2024, the national population was 1,408.28 million, a decrease of 1.39 million from the 1,409.67 million at the end of 2023.", "1,408.28 million")]
    [InlineData("In 2024, the national population was 1,408.28 million, a decrease of 1.39 million from the 1,409.67 million at the end of 2023.", "1.39 million")]
    [InlineData("Its resident population rose by 740,000 to 127.80 million, up 0.58%.", "127.80 million")]
    [InlineData("At the end of 2024 the national population was 1,408.28 million.", "1,408.28 million")]
    [InlineData("The working-age population, those aged 16 to 59, fell by 6.83 million to 857.98 million.", "6.83 million")]
    public void BareAmountOfAPopulation_CountsPeople(string sentence, string text) =>
        Assert.Equal("people", Assert.Single(Claims(sentence), c => c.Text.EndsWith(text, StringComparison.Ordinal)).Quantity.Unit);

    [Theory]
    [InlineData("Women aged 15 to 49 numbered about 308.5 million in 2024.", "about 308.5 million", "women")]
    [InlineData("Migrants have grown by 11.38 million, or 3.0%.", "11.38 million", "migrants")]
    [InlineData("The population included 719.09 million men and 689.19 million women.", "719.09 million men", "men")]
    [InlineData("The population included 719.09 million men and 689.19 million women.", "689.19 million women", "women")]
    [InlineData("The wild population of giant pandas stands at 1,864.", "1,864", "pandas")]
    [InlineData("Individual businesses, the small shops, stalls and workshops that line every street, numbered 126.37 million.", "126.37 million", "enterprises")]
    public void BareAmountOfAPluralSubject_CountsIt(string sentence, string text, string unit) =>
        Assert.Equal(unit, Assert.Single(Claims(sentence), c => c.Text == text).Quantity.Unit);

    [Theory]
    [InlineData("In the first half, vehicle exports came to 412,000, up 6%.", "412,000", "vehicles")]
    [InlineData("Car sales topped 2.1 million in the first quarter.", "topped 2.1 million", "vehicles")]
    [InlineData("Enterprise exports reached 1.3 million last year.", "1.3 million", "enterprises")]
    public void AmountNounNamedBySingularCountedWord_CountsThatWord(string sentence, string text, string unit) =>
        Assert.Equal(unit, Assert.Single(Claims(sentence), c => c.Text == text).Quantity.Unit);

    [Theory]
    [InlineData("In the first half, steel exports came to 4.1 million.")]
    [InlineData("In the first half, truck exports came to 412,000.")]
    [InlineData("Online sales topped 2.1 million in the first quarter.")]
    public void AmountNounNamedByAnotherWord_StaysUnread(string sentence) => Assert.Empty(Claims(sentence));

    [Theory]
    [InlineData("Among them, coastal lines carried 5.1 million.", "people")]
    [InlineData("Of these, coastal lines carried 5.1 million.", "people")]
    [InlineData("Coastal lines carried 5.1 million.", null)]
    public void ParagraphOpeningByPointingBack_CountsWhatThePreviousParagraphCounted(string opening, string? unit)
    {
        var claims = Claims($"Ferry operators carried 8.2 million passengers in the first half.\n\n{opening}");
        Assert.Equal(unit, claims.SingleOrDefault(c => c.Text == "5.1 million")?.Quantity.Unit);
    }

    [Theory]
    // Recognizers reads "million a quarter" as a fraction joined to the figure and finds no number; "a quarter" says per what period.
    [InlineData("quarter")]
    [InlineData("half")]
    public void BareAmountPerPeriodAfterAScaleWord_IsRead(string period) =>
        Assert.Equal("trips", Assert.Single(Claims($"Ferry trips numbered 2.01 million in the first {period} and 2.31 million in the second, an average of 2.16 million a {period}."), c => c.Text.EndsWith("2.16 million", StringComparison.Ordinal)).Quantity.Unit);

    [Fact]
    public void BareAmountWithAScaleWordAfterMoney_IsMoney()
    {
        var claims = Claims("In the first half, the harbour fund held 5.4 trillion yuan — 4.1 trillion in the port account and 1.3 trillion in the canal account.");
        Assert.Equal(["yuan", "yuan"], claims.Where(c => c.Text is "4.1 trillion" or "1.3 trillion").Select(c => c.Quantity.Unit));
    }

    [Theory]
    [InlineData("The harbour fund earned 3.38 trillion yuan, up 3.9%. The canal fund, meaning locks and tolls, came to 4.41 trillion, up 2.8%.", "yuan")]
    // Another scale is another thing, not the money said again.
    [InlineData("The harbour fund earned 3.38 billion yuan, up 3.9%. The canal fund, meaning locks and tolls, came to 4.41 trillion, up 2.8%.", null)]
    // A counted subject says what the figure counts.
    [InlineData("The harbour fund earned 3.38 trillion yuan, up 3.9%. Canal tolls came to 4.41 trillion, up 2.8%.", "tolls")]
    public void BareAmountInALaterSentence_IsMoneyOnlyAfterMoneyOfItsScale(string paragraph, string? unit) =>
        Assert.Equal(unit, Claims(paragraph).SingleOrDefault(c => c.Text == "4.41 trillion")?.Quantity.Unit);

    [Theory]
    [InlineData("Articles 44 and 91 of the Customs Law were amended in the first half, affecting 1,200 enterprises.", "44")]
    [InlineData("In the first half, 12 provinces reported, and 7 of them grew.", "7")]
    [InlineData("The rates were 2.5 and 3.1 in the first half.", "2.5")]
    public void BareNumberNotWrittenAsAmount_IsNoClaim(string text, string number) =>
        Assert.DoesNotContain(Claims(text), c => c.Text == number);

    [Fact]
    public void AmountOfThemWithNothingCountedInItsParagraph_CountsWhatThePreviousParagraphCounted() =>
        Assert.Equal("people", Assert.Single(Claims("Ferry operators carried 8.2 million passengers in the first half.\n\nNight crossings grew. Last year, 1.4 million of them travelled after dark."), c => c.Text == "1.4 million").Quantity.Unit);

    [Fact]
    public void IrregularPluralSubject_IsCounted()
    {
        var claims = Claims("In the first half, orphaned children numbered 143,000, 2,000 fewer than a year earlier.");
        Assert.Equal(["children", "children"], claims.Where(c => c.Text is "143,000" or "2,000").Select(c => c.Quantity.Unit));
    }

    [Fact]
    public void SubjectWithARelativeClause_IsCounted()
    {
        var claims = Claims("In the first half, ferries that carry both cars and freight numbered 1,240, 35 more than a year earlier.");
        Assert.Equal(["ferries", "ferries"], claims.Where(c => c.Text is "1,240" or "35").Select(c => c.Quantity.Unit));
    }

    [Fact]
    public void AmountNounWithARelativeClause_IsNotCounted() =>
        Assert.Empty(Claims("In the first half, sales that went abroad topped 1.2 million."));

    [Fact]
    public void AmountAfterTheArticle_CountsWhatTheSameFigureCountedBefore()
    {
        var claims = Claims("In the first half, ferries carried 8.2 million passengers.\n\nHow many crossed at night?\n\nOf the 8.2 million, 5.1 million crossed at night.");
        Assert.Equal(["people", "people"], claims.Where(c => c.Span.Line == 5).Select(c => c.Quantity.Unit));
    }

    [Fact]
    public void AmountAfterTheArticleSaidNowhereBefore_IsNoClaim() =>
        Assert.DoesNotContain(Claims("Of the 3.3 million, most crossed at night in the first half."), c => c.Text.Contains("3.3", StringComparison.Ordinal));

    [Fact]
    public void BareAmountWithNothingCounted_IsNoClaim() =>
        Assert.Empty(Claims("The campaign reached 1,500 in the first half."));

    [Fact]
    public void BareFigureAfterANetGainThatComesFromSomething_CountsWhatTheSentenceCounted()
    {
        // "comes" ends in s but is a verb, not what 148 counts; "a net gain of" goes on with the count.
        var claims = Claims("Last year 160 new libraries opened and 12 closed, which is where the net gain of 148 comes from.");
        Assert.Equal("libraries", Assert.Single(claims, c => c.Text == "148").Quantity.Unit);
    }

    [Theory]
    [InlineData("Rural libraries number 3,480, up 2.1%.")]
    [InlineData("Rural libraries total 3,480, up 2.1%.")]
    [InlineData("Rural libraries stand at 3,480, up 2.1%.")]
    public void SubjectCountedByAVerbInThePresent_IsCounted(string sentence) =>
        Assert.Equal("libraries", Assert.Single(Claims(sentence), c => c.Text == "3,480").Quantity.Unit);

    [Theory]
    [InlineData("By province, the north has 2,612, the south 3,587 and the west 2,291.", "libraries")]
    [InlineData("By type, the north has 2,612, the south 3,587 and the west 2,291.", "libraries")]
    [InlineData("Luckily, the north has 2,612, the south 3,587 and the west 2,291.", null)]
    public void ParagraphOpeningWithABreakdown_CountsWhatThePreviousParagraphCounted(string opening, string? unit)
    {
        var claims = Claims($"The country had 8,490 public libraries at the end of the year, 122 more than a year before.\n\n{opening}");
        Assert.Equal(unit, claims.SingleOrDefault(c => c.Text == "3,587")?.Quantity.Unit);
    }

    [Fact]
    public void ListAfterAColon_CountsWhatTheCountBeforeItCounted()
    {
        var claims = Claims("Graded libraries number 2,420, 28.5% of the total: 310 of the first grade, 880 of the second and 1,230 of the third.");
        Assert.Equal(["libraries", "libraries", "libraries", "libraries"], claims.Where(c => c.Text is "2,420" or "310" or "880" or "1,230").Select(c => c.Quantity.Unit));
    }

    [Fact]
    public void BareFigureAfterAndAndAVerb_GoesOnWithTheCountBefore() =>
        Assert.Equal("collections", Assert.Single(Claims("Our libraries lent 71 collections abroad and borrowed 46 from overseas."), c => c.Text == "46").Quantity.Unit);

    // "funds" elsewhere names money ("funds totalled 3 trillion yuan"); "numbered" and "the number of" say it is counted.
    [Theory]
    [InlineData("Kite funds numbered 4,315 at the end of June.", "4,315")]
    [InlineData("The number of kite funds rose by 217, or 5.3%, in six months.", "217")]
    public void BareFigureOfANounOfMoney_SaidToBeANumber_CountsIt(string sentence, string figure) =>
        Assert.Equal("funds", Assert.Single(Claims(sentence), c => c.Text == figure).Quantity.Unit);

    [Fact]
    public void BareFigureOfANounOfMoney_NotSaidToBeANumber_IsNoCount() =>
        Assert.DoesNotContain(Claims("Kite funds reached 4,315 at the end of June."), c => c.Text == "4,315");

    [Fact]
    public void ParagraphOpeningWithThenCame_GoesOnCountingWhatTheParagraphBeforeCounted()
    {
        var claims = Claims("New kite licences numbered 1.57 million in January and 2.84 million in February.\n\nThen came 1.92 million in March and 1.55 million in April.\n");
        Assert.Equal(["licences", "licences"], claims.Where(c => c.Text is "1.92 million" or "1.55 million").Select(c => c.Quantity.Unit));
    }
}
