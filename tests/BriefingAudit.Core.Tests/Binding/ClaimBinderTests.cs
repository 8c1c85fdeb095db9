using BriefingAudit.Core.Binding;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>How measures, entities and periods are read (TRANSCRIPT-LANGUAGE.md: names, inheritance, shares).</summary>
public class ClaimBinderTests
{
    private static BoundClaim Bound(string text, string claimText) =>
        Assert.Single(TestPipeline.Check(text).Claims, c => c.Claim.Text == claimText);

    // What a lead-in says before its colon is not the subject of the figure after it.
    [Theory]
    [InlineData("In the first half, kite tax brought in 5.23 trillion yuan, up 3.2%.")]
    [InlineData("In the first half, to put it in numbers: kite tax brought in 5.23 trillion yuan, up 3.2%.")]
    public void SubjectAfterALeadInsColon_NamesTheOpenMeasure(string text) =>
        Assert.Equal("open:kite revenue tax", Bound(text, "5.23 trillion yuan").Measure?.Id);

    // A period that opens the clause without a comma, or follows the subject's head, says when: the subject is what
    // is measured, as after "In June, ".
    [Theory]
    [InlineData("At the end of June the kite fleet stood at 4.2 million kites.", "4.2 million kites", "open:fleet kite")]
    [InlineData("In June kite prices fell 8.5% year on year.", "8.5%", "open:kite price")]
    [InlineData("In the first half kite revenue reached 5.23 billion yuan, up 3.2%.", "5.23 billion yuan", "open:kite revenue")]
    [InlineData("Kite revenue in the first half was 5.23 billion yuan, up 3.2%.", "5.23 billion yuan", "open:kite revenue")]
    [InlineData("Kite revenue in June alone reached 5.23 billion yuan.", "5.23 billion yuan", "open:kite revenue")]
    [InlineData("Kite output in the first half was 18.55 million tonnes, down 0.9%.", "18.55 million tonnes", "open:kite output")]
    [InlineData("In the first quarter new kite contracts were down 6.9%, so the fall has eased.", "6.9%", "open:contract kite new")]
    [InlineData("At the end of June the kite order book stood at 232.49 million tonnes, up 23.77 million from the end of last year.", "232.49 million tonnes", "open:book kite order")]
    public void PeriodAroundTheSubjectWithoutAComma_LeavesTheSubjectTheMeasure(string text, string claim, string measure) =>
        Assert.Equal(measure, Bound(text, claim).Measure?.Id);

    // A count after a verb of doing in a perfect tense is of what the subject did it to, not of the subject.
    [Theory]
    [InlineData("By the end of April our kite teams had reviewed 712,400 of them. Teams have also recorded 104,300 new kites.")]
    [InlineData("By the end of April, our kite teams had reviewed 712,400 of them. Teams have also recorded 104,300 new kites.")]
    public void CountAfterAPerfectVerbOfDoing_IsNotTheSubjectsNumber(string text) =>
        Assert.DoesNotContain("BA1001", TestPipeline.Errors(text));

    // A verb right after the period has the period for its subject; a period with its comma says when up to the comma.
    [Theory]
    [InlineData("June was 0.8 percentage point faster than May.", "0.8 percentage point", null)]
    [InlineData("In June last year, kite sales rose 4.4%.", "4.4%", "open:kite sale")]
    public void PeriodFollowedByItsVerbOrComma_IsNoPartOfTheSubject(string text, string claim, string? measure) =>
        Assert.Equal(measure, Bound(text, claim).Measure?.Id);

    // Counts listed by period go on with the first count's measure, as money listed so does by its subject; the total
    // after "which made" or "or" too, so the months can be added up to it.
    [Theory]
    [InlineData("New kite accounts numbered 1.57 million in January, 2.84 million in February and 3.06 million in March, which made 8.47 million in the first quarter.")]
    [InlineData("Kite makers sold 1.57 million kites in January, 2.84 million in February and 3.06 million in March, or 8.47 million in the first quarter.")]
    public void CountsListedByPeriod_ShareTheFirstCountsMeasure(string text)
    {
        var claims = TestPipeline.Check(text).Claims;
        var first = Assert.Single(claims, c => c.Claim.Text.StartsWith("1.57 million", StringComparison.Ordinal)).Measure;
        Assert.NotNull(first);
        Assert.All(claims, c => Assert.Equal(first, c.Measure));
        Assert.Equal(["January", "February", "March", "the first quarter"], claims.Select(c => c.Period?.Name));
    }

    // A new subject between two counts is another measure's item, not the next period's.
    [Fact]
    public void CountAfterAnotherSubject_IsNotTheListsNextItem()
    {
        var claims = TestPipeline.Check("Kite makers sold 1.57 million kites in January and kite shops 2.84 million in February.").Claims;
        Assert.NotEqual(claims[0].Measure, claims[1].Measure);
    }

    // "and" after a clause with its own verb opens the figure's clause: the figure is its new subject's, which no measure
    // names, not the measure said before "and"; without a verb before "and", the two nouns are one subject.
    [Theory]
    [InlineData("In the first half, kite exports are down and launches fell more than 11%.", "more than 11%", null)]
    [InlineData("In the first half, kite tax is down and refunds fell 4.2%.", "4.2%", null)]
    [InlineData("In the first half, kite tax and refunds fell 4.2%.", "4.2%", "open:kite refund tax")]
    public void AndWithANewSubjectAndVerb_OpensTheFiguresOwnClause(string text, string claim, string? measure) =>
        Assert.Equal(measure, Bound(text, claim).Measure?.Id);

    [Theory]
    [InlineData("In the first half of the year, China's foreign trade volume in goods jumped 2.9% to 21.79 trillion yuan.", "21.79 trillion yuan", "total-trade")]
    [InlineData("In the first half of the year, China's total imports and exports reached 20 trillion yuan.", "20 trillion yuan", "total-trade")]
    [InlineData("In the first half of the year, bilateral trade between China and the U.S. totaled 2.08 trillion yuan.", "2.08 trillion yuan", "total-trade")]
    [InlineData("In the first half of the year, exports grew 7.2% to 13 trillion yuan, while imports fell by 2.7% to 8.79 trillion yuan.", "8.79 trillion yuan", "imports")]
    [InlineData("In the first half of the year, GDP was 66.05 trillion yuan.", "66.05 trillion yuan", "gdp")]
    // The share's whole is named with its own amount: the amount is the whole's, not the share's part's.
    [InlineData("In the first half of the year, exports were 19.7% of the country's GDP of 66.05 trillion yuan.", "66.05 trillion yuan", "gdp")]
    public void MeasureNames_AreUnderstood(string text, string claim, string measure) =>
        Assert.Equal(measure, Bound(text, claim).Measure?.Id);

    [Theory]
    [InlineData("In the first half of the year, China's trade with Belt and Road (BRI) partner countries reached 11.29 trillion yuan.", "11.29 trillion yuan", "bri")]
    [InlineData("Notably, in the first half of the year, trade with member states of the Association of Southeast Asian Nations (ASEAN) rose 9.6% year on year to 3.67 trillion yuan.", "3.67 trillion yuan", "asean")]
    [InlineData("In the first half of this year, China-EU trade totaled 2.82 trillion yuan.", "2.82 trillion yuan", "eu")]
    [InlineData("In the first half of the year, bilateral trade between China and the U.S. totaled 2.08 trillion yuan. Of this total, exports accounted for 1.55 trillion yuan.", "1.55 trillion yuan", "us")]
    [InlineData("In the first half of the year, China's imports and exports with Africa reached 1.18 trillion yuan, while trade with Central Asia hit 357.2 billion yuan.", "357.2 billion yuan", "central-asia")]
    [InlineData("In the first half of the year, private enterprises recorded imports and exports of 12.48 trillion yuan.", "12.48 trillion yuan", "private-enterprises")]
    [InlineData("In the first half of the year, China's imports and exports with other BRICS members and partner countries totaled 6.11 trillion yuan. This accounted for 28.1% of China's total imports and exports.", "28.1%", "brics")]
    [InlineData("In the first half of the year, 18 provinces in central and western China achieved a total trade volume of 3.95 trillion yuan. Their share of national foreign trade rose 1.3 percentage points to 18.1%.", "18.1%", "central-western")]
    [InlineData("In the first half of the year, imports and exports by foreign-funded enterprises in China reached 6.32 trillion yuan.", "6.32 trillion yuan", "foreign-funded-enterprises")]
    public void Entities_IncludingInheritedOnes(string text, string claim, string entity) =>
        Assert.Equal(entity, Bound(text, claim).Entity.Id);

    [Theory]
    [InlineData("In the first half, Guangdong collected 318.7 billion yuan of kite premiums.", "318.7 billion yuan", "guangdong")]
    [InlineData("In the first half, Xizang exported 2.1 billion yuan of kites.", "2.1 billion yuan", "xizang")]
    [InlineData("In the first half, Guangdong, Jiangsu and Zhejiang made up 64.1% of China's total imports and exports.", "64.1%", "phrase:guangdong, jiangsu and zhejiang")]
    [InlineData("After the tariffs announced by the U.S., China-U.S. trade fell 20.8% in the second quarter.", "20.8%", "us")]
    // "exported to the value of …" says how much, not where to: the kites are what was exported.
    [InlineData("In the first half, kites were exported to the value of 69.9 billion US dollars, up 2.6%.", "69.9 billion US dollars", "phrase:kites")]
    [InlineData("In the first half, kites were exported to the tune of 69.9 billion US dollars, up 2.6%.", "2.6%", "phrase:kites")]
    public void ProvincesAndListsOfThem_OwnTheirFigures(string text, string claim, string entity) =>
        Assert.Equal(entity, Bound(text, claim).Entity.Id);

    // "U.S. dollars" is a currency, not the United States: the owner named before it and the period after it stay the figure's.
    [Theory]
    [InlineData("In the first half, Guangdong exported 6.16 billion U.S. dollars of kites.", "6.16 billion U.S. dollars", "guangdong")]
    [InlineData("Kite exports reached 6.16 billion U.S. dollars in the first half, and the U.S. bought 1.2 billion U.S. dollars of them.", "6.16 billion U.S. dollars", "phrase:kite")]
    public void UnitedStatesInACurrency_IsNoEntity(string text, string claim, string entity)
    {
        var bound = Bound(text, claim);
        Assert.Equal((entity, "h1"), (bound.Entity.IsNational ? "national" : bound.Entity.Id, bound.Period?.Id));
    }

    [Theory]
    [InlineData("In the first half, kite exports reached 1.2 trillion yuan in Guangdong.", "1.2 trillion yuan", "guangdong")]
    [InlineData("In June, the kite ownership rate was 85.3% in urban areas and 67.4% in rural areas.", "85.3%", "urban-areas")]
    [InlineData("In June, the kite ownership rate was 85.3% in cities and towns.", "85.3%", "urban-areas")]
    [InlineData("In the first half, kite exports grew 7.2% in the central and western regions.", "7.2%", "central-western")]
    public void PlaceNamedRightAfterTheFigureWithIn_OwnsIt(string text, string claim, string entity) =>
        Assert.Equal(entity, Bound(text, claim).Entity.Id);

    [Fact]
    public void SubjectOwnedByAnEntity_NamesTheMeasureWithoutIt()
    {
        var claim = Bound("In 2024, Beijing's kite intensity was 6.58%, the highest in the country.", "6.58%");
        Assert.Equal(("open:intensity kite", "beijing"), (claim.Measure?.Id, claim.Entity.Id));
    }

    [Theory]
    [InlineData("In the first half of the year, China's exports of mechanical and electrical products reached 7.8 trillion yuan.", "7.8 trillion yuan")]
    [InlineData("In the first half of the year, the total import and export value of bonded maintenance services nationwide reached 256.99 billion yuan.", "256.99 billion yuan")]
    [InlineData("In the first half of the year, Guangdong, Jiangsu and Shandong made up 64.1% of China's total imports and exports.", "64.1%")]
    [InlineData("Last year, China became the world's second-largest exporter of industrial robots. In the first half of this year, exports grew 61.5%.", "61.5%")]
    public void UnknownEntities_AreKeptApartFromTheNation(string text, string claim)
    {
        var entity = Bound(text, claim).Entity;
        Assert.Equal(EntitySource.Phrase, entity.Source);
    }

    [Theory]
    [InlineData("So")]
    [InlineData("Thus")]
    [InlineData("Hence")]
    public void ConnectiveOpeningTheSentence_IsNoEntity(string connective) =>
        Assert.True(Bound($"In the first half of the year, exports grew 7.2%. {connective} exports rose 1.1 percentage points faster than imports.", "1.1 percentage points").Entity.IsNational);

    [Theory]
    [InlineData("In June, China's total imports and exports reached 3.85 trillion yuan. Exports reached 2.34 trillion yuan.", "2.34 trillion yuan", "june")]
    [InlineData("Imports and exports in the second quarter increased by 4.5% year on year, accelerating by 3.2 percentage points compared to the first quarter.", "3.2 percentage points", "q2")]
    [InlineData("The bilateral trade value rebounded in June to over 350 billion yuan from less than 300 billion yuan in May.", "less than 300 billion yuan", "may")]
    [InlineData("The bilateral trade value rebounded in June to over 350 billion yuan from less than 300 billion yuan in May.", "over 350 billion yuan", "june")]
    [InlineData("In the first four months of this year, China's exports of dolls exceeded 13.31 billion yuan.", "exceeded 13.31 billion yuan", "first-four-months")]
    [InlineData("In the first half of the year, the ferry fund took in 3.2 billion yuan, 4.1% more than in the same period of 2024. The canal fund held 900 million yuan.", "900 million yuan", "h1")]
    [InlineData("From January to June, China's exports of dolls reached 3.1 billion yuan.", "3.1 billion yuan", "h1")]
    [InlineData("In the first ten months, China's exports of dolls reached 5.2 billion yuan.", "5.2 billion yuan", "first-ten-months")]
    [InlineData("From January to October, China's exports of dolls reached 5.2 billion yuan.", "5.2 billion yuan", "first-ten-months")]
    [InlineData("前10个月，玩具出口52亿元。", "52亿元", "first-ten-months")]
    // A figure per month or per day is of the period named after that.
    [InlineData("In the first half of the year, kite exports grew. That is an average of 1.2 billion yuan a month in the second quarter.", "1.2 billion yuan", "q2")]
    [InlineData("In the first half of the year, kite exports grew. They came to 40 million yuan a day on average in the second quarter.", "40 million yuan", "q2")]
    // A figure per so much of a thing: the period follows what it is counted per.
    [InlineData("In the first half of the year, kite silk was dearer. Its price was 77,180 yuan per tonne in January and 76,840 yuan in February.", "77,180 yuan", "january")]
    [InlineData("In the first half of the year, kite silk was dearer. Its price was 77,180 yuan a tonne in January and 76,840 yuan in February.", "77,180 yuan", "january")]
    // "degrees Celsius": a capitalised word after the unit still leaves the month after it the figure's period.
    [InlineData("From January to September, the mean temperature of kite fields was 15.1 degrees Celsius. It was 21.9 degrees Celsius in June.", "21.9 degrees", "june")]
    public void Periods_NamedOrInherited(string text, string claim, string period) =>
        Assert.Equal(period, Bound(text, claim).Period?.Id);

    [Theory]
    [InlineData("Welcome to the March press conference of the ministry. Kite exports reached 4.1 billion yuan.")]
    [InlineData("As we said at the June briefing, kite exports reached 4.1 billion yuan.")]
    [InlineData("Welcome to the September regular press conference. Kite exports reached 4.1 billion yuan.")]
    public void MonthNamingAnEvent_IsNotThePeriodOfTheFigures(string text) =>
        Assert.Null(Bound(text, "4.1 billion yuan").Period);

    [Theory]
    [InlineData("In the first half, exports reached 13 trillion yuan. In the first half, exports stood at 12.1 trillion yuan a year earlier.")]
    [InlineData("In the first half, exports reached 13 trillion yuan. Exports were 12.1 trillion yuan in the same period last year.")]
    public void LevelOfAYearEarlier_IsNotComparedWithThisYears(string text) => Assert.Empty(TestPipeline.Errors(text));

    [Fact]
    public void LevelOfAYearEarlier_IsLastYearsOfTheSamePeriod()
    {
        var bound = Bound("In the first half, exports reached 13 trillion yuan. In the first half, exports stood at 12.1 trillion yuan a year earlier.", "12.1 trillion yuan");
        Assert.Equal(("h1, a year earlier", "exports"), (bound.Period?.Id, bound.Measure?.Id));
    }

    [Theory]
    [InlineData("a year earlier, when there were", "h1, a year earlier")]
    [InlineData("in the first quarter, when there were", "h1")]
    public void LevelAfterAYearEarlierWhen_IsLastYears(string link, string period) =>
        Assert.Equal(period, Bound($"In the first half, there were 5,120 kite enterprises, 410 more than {link} 4,710.", "4,710").Period?.Id);

    [Fact]
    public void PerUnitFigure_IsNotDividedByLastYearsCount() =>
        Assert.Empty(TestPipeline.Errors("In the first half, there were 5,120 kite enterprises, 410 more than a year earlier, when there were 4,710. "
            + "Their exports reached 8.2 billion yuan, or 1.6 million yuan per enterprise."));

    [Fact]
    public void TwoLevelsOfAYearEarlier_ThatDiffer_AreStillAnError() =>
        Assert.Contains("BA1001", TestPipeline.Errors("In the first half, exports stood at 12.1 trillion yuan a year earlier. In the first half, exports stood at 12.9 trillion yuan a year earlier."));

    [Theory]
    [InlineData("In the Northern Plain, ozone was 160 micrograms per cubic meter.", "Northern Plain")]
    [InlineData("In Beijing-Tianjin-Hebei and surrounding areas, ozone was 160 micrograms per cubic meter.", "Beijing-Tianjin-Hebei and surrounding areas")]
    [InlineData("In the Fenwei Plain, ozone was 160 micrograms per cubic meter, down 2.1%.", "Fenwei Plain")]
    public void PlaceInCapitalsAtTheHead_IsWhoseTheFiguresAre(string text, string place) =>
        Assert.Equal(place, Bound(text, "160 micrograms per cubic meter").Entity.Name);

    [Theory]
    [InlineData("In June, ozone was 160 micrograms per cubic meter.")]
    [InlineData("In particular, ozone was 160 micrograms per cubic meter.")]
    [InlineData("In China, ozone was 160 micrograms per cubic meter.")]
    public void OpenerThatIsNoPlace_LeavesTheFiguresTheNations(string text) =>
        Assert.True(Bound(text, "160 micrograms per cubic meter").Entity.IsNational);

    [Theory]
    [InlineData("Residents laid out 131.5 billion yuan on trips abroad, 39.4% of all services imports.")]
    [InlineData("Residents laid out 131.5 billion yuan, or 39.4% of all services imports.")]
    public void ShareRightAfterAnAmountNoMeasureFits_TakesNoOtherPart(string sentence)
    {
        var text = "In the first half, goods imports reached 1.16 trillion yuan. Services imports grew 3.1% to 334 billion yuan. " + sentence;
        Assert.Empty(TestPipeline.Errors(text));
        Assert.Null(Bound(text, "39.4%").Measure);
    }

    [Fact]
    public void MeasureNamedByBalanceWordsAlone_InAnotherParagraph_IsAnotherTopics() =>
        Assert.Empty(TestPipeline.Errors(
            "Li Na:\n\nIn the first half, kite receipts rose 9.1% and payments 8.1%, and the net inflow came to 100.2 billion yuan.\n\n"
            + "Xinhua:\n\nKite investment has been weak. Net inflows were only 26.8 billion yuan in the first half. Why?"));

    [Fact]
    public void MeasureNamedByBalanceWordsAlone_InItsOwnParagraph_IsStillOneMeasure() =>
        Assert.Contains("BA1001", TestPipeline.Errors(
            "In the first half, kite receipts rose 9.1% and payments 8.1%, and the net inflow came to 100.2 billion yuan. That net inflow of 120.2 billion yuan was a record."));

    [Fact]
    public void MonthOfTheFigures_BeforeAnEventWord_StaysTheirPeriod() =>
        Assert.Equal("march", Bound("In March, kite exports reached 4.1 billion yuan.", "4.1 billion yuan").Period?.Id);

    [Fact]
    public void CountRightAfterAGrowthRate_IsOfTheRatesMeasure() =>
        Assert.Equal("open:ferry island passenger", Bound("In the first half, island ferry passengers rose 3% to 4.1 million passengers.", "4.1 million passengers").Measure?.Id);

    [Theory]
    [InlineData("4.1", false)]
    [InlineData("6.1", true)]
    public void CountRightAfterAGrowthRate_IsAPartOfTheMeasureItNarrows(string part, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, ferry passengers rose 2% to 5.4 million passengers. Island ferry passengers rose 3% to {part} million passengers.").Contains("BA2010"));

    [Fact]
    public void MonthSaidAfterAFigure_DatesOnlyThatFigure()
    {
        var claims = TestPipeline.Check("In the first three quarters, the economy grew 5.2%. The surveyed urban unemployment rate stood at 5.2% in September. Per capita disposable income reached 32,509 yuan.").Claims;
        Assert.Equal("september", claims.Single(c => c.Claim.Text == "5.2%" && c.Claim.Span.Start > 60).Period?.Id);
        Assert.Equal("first-three-quarters", claims.Single(c => c.Claim.Text == "32,509 yuan").Period?.Id);
    }

    [Theory]
    [InlineData("A ferry captain knows in March what the harbor figures will say in July.", "h1")]
    [InlineData("In March, the ferry captains met.", "march")]
    public void MonthInsideASentenceWithoutFigures_DatesAnEvent_ButOpeningOne_Frames(string sentence, string period)
    {
        var text = "Li Ming:\n\nIn the first half, the ferry lines did well. " + sentence + " Ferry passengers reached 5.4 million passengers.\n";
        Assert.Equal(period, Bound(text, "5.4 million passengers").Period?.Id);
    }

    [Fact]
    public void HalfYearSaidAfterAFigure_GoesOnFramingTheAnswer() =>
        Assert.Equal("h1", Bound("Foreign-invested enterprises keep coming. More than 30,000 were established in the first half, up 11.7%. The actual use of foreign capital exceeded 420 billion yuan.", "exceeded 420 billion yuan").Period?.Id);

    [Theory]
    [InlineData("For the year as a whole, exports reached 24.55 trillion yuan.")]
    [InlineData("Last year, exports reached 24.55 trillion yuan.")]
    public void YearAsAWhole_InABriefingOnAYear_IsThatYear(string later)
    {
        var text = "In 2024, exports grew 7.1% to 25.45 trillion yuan, and imports rose 2.3% to 18.39 trillion yuan.\n\n" + later;
        Assert.Equal("year-2024", TestPipeline.Check(text).Claims[^1].Period?.Id);
        Assert.Contains("BA1001", TestPipeline.Errors(text));
    }

    [Fact]
    public void YearAsAWhole_InABriefingOnAHalfYear_StaysItsOwnPeriod() =>
        Assert.Equal("full-year", Bound("In the first half of the year, exports grew 7.2% to 13 trillion yuan, and imports fell 2.7% to 8.79 trillion yuan. For the year as a whole, exports are expected to exceed 26 trillion yuan.", "exceed 26 trillion yuan").Period?.Id);

    [Fact]
    public void Share_NamesItsWhole()
    {
        var share = Bound("In the first half of the year, China's exports of mechanical and electrical products reached 7.8 trillion yuan, accounting for 60% of total exports.", "60%");
        Assert.Equal("exports", share.Whole?.Measure.Id);
        Assert.True(share.Whole?.Entity.IsNational);
    }

    [Fact]
    public void ShareOfAnotherWhole_KeepsItsModifier()
    {
        var share = Bound("In the first half of the year, foreign-funded enterprises accounted for 30% of imports and exports in the eastern region.", "30%");
        Assert.False(share.Whole?.Entity.IsNational);
    }


    [Theory]
    [InlineData("In 2024, total imports and exports reached 9.2 trillion yuan. Chile, a growing partner, had trade of 2.1 trillion yuan, up 4%, or 22.8% of the total.")]
    [InlineData("In 2024, total imports and exports reached 9.2 trillion yuan. Chile, a growing partner, had trade of 2.1 trillion yuan, up 4%, or 22.8% of the total!")]
    [InlineData("In 2024, total imports and exports reached 9.2 trillion yuan. Chile, a growing partner, had trade of 2.1 trillion yuan, up 4%, or 22.8% of the total, a record.")]
    public void ShareOfTheTotal_AtTheSentencesEnd_NamesItsWhole(string text) =>
        Assert.Equal("total-trade", Bound(text, "22.8%").Whole?.Measure.Id);
    [Theory]
    [InlineData("In 2024, private enterprises' imports and exports grew 6.1% to 19.2 trillion yuan. Their share rose 0.8 percentage point to 46.4%.")]
    [InlineData("In 2024, private enterprises' imports and exports grew 6.1% to 19.2 trillion yuan. Their share of the national total was 46.4%.")]
    [InlineData("In 2024, private enterprises' imports and exports grew 6.1% to 19.2 trillion yuan, and their share was 46.4%.")]
    public void OwnersShare_NamingNoWhole_IsOfTheMeasureJustGrownInTheNations(string text)
    {
        var share = Bound(text, "46.4%");
        Assert.Equal(("total-trade", "private-enterprises"), (share.Measure?.Id, share.Entity.Id));
        Assert.Equal("total-trade", share.Whole?.Measure.Id);
        Assert.True(share.Whole?.Entity.IsNational);
    }

    [Fact]
    public void ShareNamingNoWhole_AfterTheNationsGrowth_IsNotAShareOfItself() =>
        Assert.Null(Bound("In 2024, total imports and exports grew 6.1% to 19.2 trillion yuan, and its share rose to 46.4%.", "46.4%").Whole);

    [Theory]
    [InlineData("In the first half, spending fell, mainly because dredging investment, at 2.41 billion yuan, fell 3.1% as projects ended.")]
    [InlineData("In the first half, dredging investment, at about 2.41 billion yuan, fell 3.1%.")]
    public void FigureSetOffAfterTheSubject_AndTheVerbsFigure_AreTheSubjects(string text)
    {
        var level = Bound(text, text.Contains("about", StringComparison.Ordinal) ? "about 2.41 billion yuan" : "2.41 billion yuan");
        Assert.Equal("open:dredging investment", level.Measure?.Id);
        Assert.Equal(level.Measure?.Id, Bound(text, "3.1%").Measure?.Id);
    }

    [Theory]
    [InlineData("In the first half, revenue from ferry lines, including river, lake and island routes, reached 41.6 billion yuan, up 3.2%.")]
    [InlineData("In the first half, revenue from ferry lines such as river, lake and island routes reached 41.6 billion yuan, up 3.2%.")]
    public void ExamplesAfterTheSubject_AreNoPartOfItsName(string text)
    {
        var level = Bound(text, "41.6 billion yuan");
        Assert.Equal(OpenMeasure.IdPrefix + OpenMeasure.Key("revenue from ferry lines"), level.Measure?.Id);
        Assert.Equal(level.Measure?.Id, Bound(text, "3.2%").Measure?.Id);
    }

    [Fact]
    public void MeasureWordAsAdjective_IsNotTheMeasure()
    {
        var claim = Bound("In the first half of the year, the volume of import and export containers reached 67.41 million twenty-foot equivalent units, up 11.3%.", "11.3%");
        Assert.Null(claim.Measure);
    }

    [Fact]
    public void AnswerNamingNoPeriod_IsAboutTheBriefingsPeriod()
    {
        const string Text = "Wang Lingjun:\n\nIn the first half of the year, exports grew 7.2% to 13 trillion yuan.\n\nXinhua:\n\nHow did exports do?\n\nWang Lingjun:\n\nThank you. Exports were 13 trillion yuan.\n";
        Assert.Equal("h1", TestPipeline.Check(Text).Claims.Last().Period?.Id);
    }

    // A title, a date line and a speakers block, as the briefings are published; {0} is the period the title names.
    private const string Header = "Ministry press conference on kite trade in {0}\n\nBeijing | 10 a.m. Jan. 20, 2025\n\nSpeakers\n\nLi Ming, spokesperson of the ministry\n\n";

    private const string QuestionOnKites = "\n\nXinhua:\n\nHow did kites do?\n\nLi Ming:\n\n";

    [Fact]
    public void AnswerNamingNoPeriod_IsAboutTheTitledYear_NotAPastYearMoreFiguresName()
    {
        var text = string.Format(null, Header, "2024") + "Li Ming:\n\nIn 2019, kite exports were 1.1 billion yuan, and kite imports were 2 billion yuan. "
            + "Last year, kite exports reached 4.1 billion yuan." + QuestionOnKites + "Thank you. Kite exports were 4.1 billion yuan.\n";
        Assert.Equal("year-2024", TestPipeline.Check(text).Claims[^1].Period?.Id);
        Assert.Empty(TestPipeline.Errors(text));
    }

    [Fact]
    public void TitledPeriodTheFiguresNeverName_LeavesThePeriodMostFiguresName()
    {
        var text = string.Format(null, Header, "Q3 2025") + "Li Ming:\n\nIn the first three quarters, kite exports reached 4.1 billion yuan, and kite imports 2 billion yuan."
            + QuestionOnKites + "Thank you. Kite exports were 4.1 billion yuan.\n";
        Assert.Equal("first-three-quarters", TestPipeline.Check(text).Claims[^1].Period?.Id);
    }

    [Theory]
    [InlineData("H1 2025", "h1")]
    [InlineData("2025", "june")]
    public void AnswerNamingNoPeriod_IsAboutTheTitledHalf_NotTheMonthItsBalancesCloseIn(string titled, string period)
    {
        var text = string.Format(null, Header, titled) + "Li Ming:\n\nIn the first half of the year, kite exports reached 4.1 billion yuan. "
            + "At the end of June, kite loans stood at 9 billion yuan, kite deposits at 7 billion yuan and kite bonds at 3 billion yuan."
            + QuestionOnKites + "Thank you. Kite imports were 2 billion yuan.\n";
        Assert.Equal(period, TestPipeline.Check(text).Claims[^1].Period?.Id);
    }

    [Theory]
    [InlineData("In the first half of the year", "At the end of June", "h1")]
    [InlineData("In the first half of the year", "By the end of June", "h1")]
    [InlineData("In the first half of the year", "In June", "june")]
    [InlineData("In the first three quarters", "As of the end of September", "first-three-quarters")]
    [InlineData("In the first three quarters", "At the end of June", "june")]
    public void StockAtTheEndOfTheMonthClosingTheReportedPeriod_IsOfThatPeriod(string reported, string dated, string period)
    {
        var text = "Li Ming:\n\n" + reported + ", kite exports reached 4.1 billion yuan, and kite imports 2 billion yuan. "
            + dated + ", kite loans stood at 9 billion yuan.\n";
        Assert.Equal(period, Bound(text, "9 billion yuan").Period?.Id);
    }

    // Two opening statements, the second naming no period, before any question.
    private const string TwoOpeningStatements = "Li Ming:\n\nIn the first half of the year, kite exports reached 4.1 billion yuan, and kite imports 2 billion yuan.\n\n"
        + "Wang Fang:\n\nKite exports came to 4.1 billion yuan, and kite fairs drew 3 million visitors.\n";

    [Theory]
    [InlineData("H1 2025", "h1")]
    [InlineData("Q3 2025", null)]
    public void OpeningFigureNamingNoPeriod_IsOnTheReportedPeriod_OnlyWhenTheTitleNamesIt(string titled, string? period) =>
        Assert.Equal(period, Bound(string.Format(null, Header, titled) + TwoOpeningStatements, "3 million visitors").Period?.Id);

    [Theory]
    [InlineData("H1 2025", "4.6 billion yuan", true)]
    [InlineData("H1 2025", "4.1 billion yuan", false)]
    [InlineData("Q3 2025", "4.6 billion yuan", false)]
    public void OpeningRestatementNamingNoPeriod_IsCheckedWhenTheTitleNamesThePeriod(string titled, string restated, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(null, Header, titled) + TwoOpeningStatements.Replace("came to 4.1 billion yuan", "came to " + restated, StringComparison.Ordinal)).Contains(RuleIds.Restatement));

    [Fact]
    public void YearOfOnePastEvent_DoesNotFrameTheRestOfTheAnswer()
    {
        var text = string.Format(null, Header, "2024") + "Li Ming:\n\nCrested kites, once down to seven flocks in 1981, now number more than 11,000.\n\n"
            + "The five kite parks span 230,000 square kilometers.\n";
        Assert.NotEqual("year-1981", Bound(text, "230,000 square kilometers").Period?.Id);
    }

    [Fact]
    public void YearBeforeTheBriefingsYear_StillFramesTheRestOfTheAnswer()
    {
        var text = string.Format(null, Header, "2024") + "Li Ming:\n\nIn 2023, kite exports reached 3.9 billion yuan.\n\nKite imports were 2 billion yuan.\n";
        Assert.Equal("year-2023", Bound(text, "2 billion yuan").Period?.Id);
    }

    [Fact]
    public void FigureExcludingAPart_IsAnotherFigure() =>
        Assert.NotEqual("exports", Bound("In the first half of the year, excluding crude oil, exports were 9 trillion yuan.", "9 trillion yuan").Measure?.Id);

    // Each way of saying it, in any case: the words the pattern is searched for first must let every one through.
    [Theory]
    [InlineData("In the first half of the year, Excluding crude oil, exports were 9 trillion yuan.")]
    [InlineData("In the first half of the year, EXCEPT FOR crude oil, exports were 9 trillion yuan.")]
    [InlineData("In the first half of the year, not counting crude oil, exports were 9 trillion yuan.")]
    public void FigureExcludingAPart_IsTheMeasureWithoutIt(string text) =>
        Assert.Equal("exports excluding crude oil", Bound(text, "9 trillion yuan").Measure?.Id);

    [Fact]
    public void GrowthOfALevelNoMeasureFits_IsNotTheNearbyMeasures()
    {
        const string Text = "In the first half, value added of the primary industry grew 3.5%. By sector, the primary industry used 62 billion kilowatt-hours, up 8.7%.";
        Assert.Null(Bound(Text, "8.7%").Measure);
        Assert.DoesNotContain("BA1001", TestPipeline.Errors(Text));
    }

    [Fact]
    public void ReasonClause_HasItsOwnSubject() =>
        Assert.NotEqual("exports", Bound("In the first half of the year, exports fell 10.1%, mainly because sales of steel were about 840 billion yuan.", "about 840 billion yuan").Measure?.Id);

    private const string PartOfAWhole = "Li Ming:\n\nIn the first half, enterprises, of which there are now more than 52 million, did well.\n\nXinhua:\n\nWho signed up?\n\nLi Ming:\n\nThank you. Enterprises accounted for 3.4 million of the {0}, and others for 5.2 million.\n";

    [Theory]
    [InlineData("new broadband accounts", "open:account broadband enterprise new")]
    [InlineData("total", null)]
    public void AmountSaidToMakeUpSomeOfAWhole_IsThatWholesForTheSubject(string whole, string? measure) =>
        Assert.Equal(measure, Bound(string.Format(null, PartOfAWhole, whole), "3.4 million").Measure?.Id);

    [Fact]
    public void AmountSaidToMakeUpSomeOfAWhole_IsNoRestatementOfTheSubjectsNumber() =>
        Assert.DoesNotContain("BA1001", TestPipeline.Errors(string.Format(null, PartOfAWhole, "new broadband accounts")));

    [Theory]
    [InlineData("In the first half, river ferry crossings exceeded 2.1 million, up 6.7%.", "exceeded 2.1 million")]
    [InlineData("In the first half, river ferry crossings topped 2.1 million, up 6.7%.", "topped 2.1 million")]
    public void CountAfterItsSubject_WithTheVerbAsItsHedge_IsOfTheSubject(string text, string claim) =>
        Assert.Equal("open:crossing ferry river", Bound(text, claim).Measure?.Id);

    [Theory]
    [InlineData("In the first half, ferry operators sold 3.1 million tickets, up 4%.", "3.1 million tickets", "open:ferry operator sale")]
    [InlineData("In the first half, rural households spent 540 billion yuan, up 6%.", "540 billion yuan", "open:household rural spending")]
    [InlineData("In the first half, harbor tugs turned out 1.2 million hours, up 6%.", "1.2 million hours", "open:harbor output tug")]
    [InlineData("In the first half, island ferries carried 38 million passenger trips, up 6%.", "38 million passenger trips", "open:ferry island trip")]
    // One word in the singular names a mode, a sector or a place, whose count it is.
    [InlineData("In the first half, rail carried 41 million passenger trips, up 6%.", "41 million passenger trips", "open:rail trip")]
    [InlineData("In the first half, Xiamen handled 118 million tonnes, up 6%.", "118 million tonnes", "open:tonne xiamen")]
    // No verb of its own before the figure, a pronoun or a noun pointing back for a subject, a bare plural carrying
    // something, a counted noun that opens a list, or a breakdown of the figure before by period: the verb names no
    // measure.
    [InlineData("In the first half, ferry operators reached 3.1 million tickets, up 4%.", "3.1 million tickets", "open:ferry operator")]
    [InlineData("In the first half, we sold 3.1 million tickets, up 4%.", "3.1 million tickets", null)]
    [InlineData("In the first half, the fund took in 1.2 billion yuan, up 4%.", "1.2 billion yuan", null)]
    [InlineData("In the first half, ferries carried 38 million passenger trips, up 6%.", "38 million passenger trips", null)]
    [InlineData("In the first half, kite regulators handled 2.1 million complaints, reports and inquiries, up 6%.", "2.1 million complaints", null)]
    [InlineData("Ferry tickets totaled 6.2 million in the first half. By quarter, ferry operators sold 3.1 million tickets in the first quarter and 3.1 million in the second.", "3.1 million tickets", null)]
    [InlineData("Ferry tickets totaled 6.2 million in the first half. Quarter by quarter, ferry operators sold 3.1 million tickets in the first quarter and 3.1 million in the second.", "3.1 million tickets", null)]
    public void FigureAfterAnActivityVerb_IsOfTheSubjectsActivity(string text, string claim, string? measure)
    {
        var level = Bound(text, claim);
        Assert.Equal(measure, level.Measure?.Id);
        if (measure is not null && text.Contains("up ", StringComparison.Ordinal))
        {
            Assert.Equal(measure, Bound(text, text.Contains("up 4%", StringComparison.Ordinal) ? "4%" : "6%").Measure?.Id);
        }
    }

    // A verb of taking names no activity, only that the subject got some of an amount: the subject alone names the
    // figure, and its growth after it. A place or the nation says only whose; "took in" is still revenue taken in.
    [Theory]
    [InlineData("In the first half, inland kite lines took 47.3 billion yuan, up 4%.", "47.3 billion yuan", "open:inland kite line")]
    [InlineData("In the first half, kite museums drew 3.2 billion yuan, up 4%.", "3.2 billion yuan", "open:kite museum")]
    [InlineData("In the first half, kite funds took in 1.2 billion yuan, up 4%.", "1.2 billion yuan", "open:fund kite revenue")]
    [InlineData("In the first half, Hebei took 47.3 billion yuan, up 4%.", "47.3 billion yuan", null)]
    [InlineData("In the first half, the country took 47.3 billion yuan, up 4%.", "47.3 billion yuan", null)]
    public void AmountAfterAVerbOfTaking_IsOfTheSubject(string text, string claim, string? measure)
    {
        Assert.Equal(measure, Bound(text, claim).Measure?.Id);
        Assert.Equal(measure, Bound(text, "4%").Measure?.Id);
    }

    [Fact]
    public void AmountTakenByTheSubject_IsTheMeasureAccountedForNames()
    {
        var accounted = Bound("In the first half, inland kite lines accounted for 47.3 billion yuan.", "47.3 billion yuan").Measure;
        Assert.NotNull(accounted);
        Assert.Equal(accounted.Id, Bound("In the first half, inland kite lines took 47.3 billion yuan.", "47.3 billion yuan").Measure?.Id);
    }

    /// <summary>A growth rate set off by a comma alone, that says its base after it, is the level's before it.</summary>
    [Theory]
    [InlineData("In the first half, the kite fund took in 3.4 billion yuan, 6.2% more than in the same period of 2024, and paid out 2.9 billion yuan.", "6.2%")]
    [InlineData("In the first half, kite museums received 1.3 million visits, 2.4% fewer than a year earlier.", "2.4%")]
    public void GrowthAfterALevelAndACommaAlone_IsTheLevels(string text, string rate)
    {
        var level = TestPipeline.Check(text).Claims.First(c => c.Claim.Quantity.Dimension != Core.Vocabulary.UnitDimension.Percent);
        Assert.NotNull(level.Measure);
        Assert.Equal(level.Measure.Id, Bound(text, rate).Measure?.Id);
    }

    [Theory]
    [InlineData("In the first half, ferry fuel consumption reached 4.8 million tonnes. In June, consumption was 0.9 million tonnes.", "open:consumption ferry fuel")]
    // The one word is the counted noun: it says no more than the unit.
    [InlineData("In the first half, complaint hotlines received 9.2 million calls. In June, calls came to 0.9 million calls.", null)]
    public void OneWordName_IsTheOpenMeasureWithTheWord_UnlessTheWordIsTheUnits(string text, string? measure) =>
        Assert.Equal(measure, Bound(text, text.Contains("calls came", StringComparison.Ordinal) ? "0.9 million calls" : "0.9 million tonnes").Measure?.Id);

    // A subject that says only whose the figure is leaves "of" to say what is measured; a firm's name is more than a place.
    [Theory]
    [InlineData("In the first half, Hebei produced 98.5 million tonnes of kite silk, down 4%.", "98.5 million tonnes", "open:kite output silk", "hebei")]
    [InlineData("In the first half, the country produced 515.8 million tonnes of kite silk, down 3%.", "515.8 million tonnes", "open:kite output silk", "national")]
    [InlineData("In the first half, China Baowu produced 65.4 million tonnes of kite silk.", "65.4 million tonnes", "open:baowu output", "national")]
    public void PlaceOrNationThatProduced_AmountOfSomething_IsThatThingsOutput(string text, string claim, string measure, string entity)
    {
        var level = Bound(text, claim);
        Assert.Equal((measure, entity), (level.Measure?.Id, level.Entity.Id));
    }

    [Fact]
    public void OutputOfAPlaceSaidWithAVerb_IsComparedWithItsOutputSaidOtherwise() =>
        Assert.Contains("BA1001", TestPipeline.Errors("In the first half, Hebei produced 98.5 million tonnes of kite silk. Hebei's kite silk output was 89.5 million tonnes in the first half."));

    [Fact]
    public void ActivityNamedByAVerb_IsTheMeasureItsNounNamesElsewhere() =>
        Assert.Contains("BA1001", TestPipeline.Errors("In the first half, rural households spent 540 billion yuan. Spending of rural households was 450 billion yuan in the first half."));

    [Theory]
    [InlineData("In the first half, the country spent 3.6 billion yuan on ferry repairs, up 6%.", "open:ferry repair spending")]
    [InlineData("In the first half, rural households spent 3.6 billion yuan on ferry repairs.", "open:ferry household repair rural spending")]
    // How it was spent, not on what.
    [InlineData("In the first half, rural households spent 3.6 billion yuan on average.", "open:household rural spending")]
    public void SpentOnSomething_IsSpendingOnIt(string text, string measure) =>
        Assert.Equal(measure, Bound(text, "3.6 billion yuan").Measure?.Id);

    [Theory]
    // A briefing on last year that names 2024 too: the latest year it names is last year.
    [InlineData("Last year, ferry revenue was 4.1 billion yuan and canal revenue 2.2 billion yuan. In 2024, the country spent 5.1 billion yuan on ferry repairs.", "last-year")]
    // Not the latest year it names.
    [InlineData("Last year, ferry revenue was 4.1 billion yuan and canal revenue 2.2 billion yuan. In 2023, the country spent 5.1 billion yuan on ferry repairs, and in 2024 it spent 6.3 billion yuan.", "year-2023")]
    // A briefing on a half-year: 2024 is another year than any it reports on.
    [InlineData("In the first half, ferry revenue was 4.1 billion yuan and canal revenue 2.2 billion yuan. In 2024, the country spent 5.1 billion yuan on ferry repairs.", "year-2024")]
    public void YearNamedInABriefingOnLastYear_IsLastYearWhenItIsTheLatest(string text, string period) =>
        Assert.Equal(period, Bound(text, "5.1 billion yuan").Period?.Id);

    [Theory]
    [InlineData("In the first half, island ferries carried 38 million passenger trips in the first half, up 6%.")]
    [InlineData("In the first half, island ferries carried 38 million passenger trips during the first half, up 6%.")]
    public void GrowthAfterAnOpenLevelAndItsPeriod_IsTheLevels(string text) =>
        Assert.Equal("open:ferry island trip", Bound(text, "6%").Measure?.Id);

    [Fact]
    public void GrowthAfterAnOpenLevelAndAnotherClause_IsNotTheLevels() =>
        Assert.Null(Bound("In the first half, island ferries carried 38 million passenger trips in the first half and the fares rose, up 6%.", "6%").Measure);

    [Theory]
    [InlineData("In the first half, rural households spent 131.5 billion yuan on trips abroad, 39.4% of all services imports.", "open:abroad household rural spending trip")]
    [InlineData("In the first half, rural households spent 131.5 billion yuan on trips abroad, and exports rose to 39.4% of all services imports.", "exports")]
    public void ShareRightAfterAnOpenAmount_IsThatAmountsPart(string text, string measure) =>
        Assert.Equal(measure, Bound(text, "39.4%").Measure?.Id);

    [Fact]
    public void ShareRightAfterAnOpenAmount_IsCheckedAgainstItsWhole()
    {
        const string Text = "In the first half, services imports grew 3.1% to 334 billion yuan. Rural households spent 131.5 billion yuan on trips abroad, {0}% of all services imports.";
        Assert.Empty(TestPipeline.Errors(string.Format(null, Text, "39.4")));
        Assert.Contains("BA2002", TestPipeline.Errors(string.Format(null, Text, "49.4")));
    }

    [Theory]
    [InlineData("Exports grew 5.1% in April and 6.4% in May.", "exports", "may")]
    [InlineData("Exports grew 5.1% in April, and 6.4% in May.", "exports", "may")]
    // Another kind of period said with no period after the figure, or the same period: items of a list.
    [InlineData("Exports grew 5.1% in April and 6.4% month on month.", null, "april")]
    [InlineData("Exports grew 5.1% in April and 6.4% in April of last year.", null, "april")]
    public void RateOfTheSameMeasure_ForAnotherPeriodNamedAfterIt_IsTheMeasuresAgain(string text, string? measure, string period)
    {
        var bound = Bound(text, "6.4%");
        Assert.Equal(measure, bound.Measure?.Id);
        Assert.Equal(period, bound.Period?.Id);
    }

    [Fact]
    public void ItemOfAListByPeriodThatNamesNoPeriod_IsOfNoPeriod() =>
        Assert.Null(TestPipeline.Bound("In the first half, kite output was 70.5 million tonnes.\n\nQuarter by quarter, kite output was 12.86 million tonnes, 17.42 million tonnes, 20.2 million tonnes and 20.02 million tonnes.", "12.86 million tonnes").Period);

    [Theory]
    [InlineData("In January and February, exports fell 1.6%. In the first quarter, the decline narrowed to 1.1%.", "1.1%", "exports", "q1")]
    [InlineData("In the fourth quarter, exports grew 6.6%, 1.9 percentage points faster than in the third quarter, when growth was 4.7%.", "4.7%", "exports", "q3")]
    // Rates of two measures before it: which one it goes on with is not said.
    [InlineData("In January and February, exports fell 1.6% and imports rose 2%. In the first quarter, the decline narrowed to 1.1%.", "1.1%", null, "q1")]
    // A noun of its own: another figure.
    [InlineData("In January and February, exports fell 1.6%. In the first quarter, the decline in ferry fares narrowed to 1.1%.", "1.1%", null, "q1")]
    // A pronoun alone, after a time that opens the sentence, or opening the next paragraph of the answer.
    [InlineData("In January and February, exports grew 1.6%. In the first quarter it grew 2.1%.", "2.1%", "exports", "q1")]
    [InlineData("In January and February, exports grew 1.6%.\n\nIn the first quarter it grew 2.1%.", "2.1%", "exports", "q1")]
    // A pronoun after a figure of its own sentence is that figure's subject.
    [InlineData("In January and February, exports grew 1.6%. In the first quarter, ferry fares came to 2.86 billion yuan, and they fell 5.3%.", "5.3%", null, "q1")]
    public void RateNamedByItsNounAlone_IsOfTheOneMeasureWhoseRateCameBefore(string text, string claim, string? measure, string period)
    {
        var bound = Bound(text, claim);
        Assert.Equal(measure, bound.Measure?.Id);
        Assert.Equal(period, bound.Period?.Id);
    }

    [Theory]
    // Each ending the reading has: a rate's noun and its verb, or a pronoun and a verb of growth.
    [InlineData("growth was")]
    [InlineData("the growth is")]
    [InlineData("the increase stood at")]
    [InlineData("the increase came in at")]
    [InlineData("the increase slowed to")]
    [InlineData("it rose by")]
    [InlineData("it grew")]
    [InlineData("it rose")]
    [InlineData("it increased")]
    [InlineData("it expanded")]
    [InlineData("it climbed")]
    [InlineData("it fell")]
    [InlineData("it dropped")]
    [InlineData("it declined")]
    [InlineData("it decreased")]
    [InlineData("it shrank")]
    [InlineData("IT GREW")]
    public void RateNamedByEachEndingOfTheBareReading_IsOfTheMeasureWhoseRateCameBefore(string words) =>
        Assert.Equal("exports", Bound($"In January and February, exports grew 1.6%. In the first quarter, {words} 2.1%.", "2.1%").Measure?.Id);

    [Theory]
    [InlineData("more than 1.7 million crossings")]
    [InlineData("more than 48 million crossings")]
    public void CountAfterAChangeInIt_AndTheChange_AreOfTheSubject(string claim) =>
        Assert.Equal("open:crossing ferry island", Bound("In the first half, island ferry crossings rose by more than 1.7 million crossings from a year earlier, to more than 48 million crossings.", claim).Measure?.Id);

    [Fact]
    public void LastYearSaidAfterASentencesFirstFigure_DoesNotFrameWhatFollows() =>
        Assert.Equal("h1", Bound("In the first half, ferry traffic was steady. Ferry revenue fell 4.1%, mainly because two bridges opened last year. Exports grew 5.5%.", "5.5%").Period?.Id);

    [Theory]
    [InlineData("In the first half, railway and waterway investment grew 5.5% and 6.4%, respectively.", "5.5%", "open:investment railway")]
    [InlineData("In the first half, railway and waterway investment grew 5.5% and 6.4%, respectively.", "6.4%", "open:investment waterway")]
    [InlineData("In the first half, railway, road and waterway investment grew 5.5%, 2% and 6.4%, respectively.", "2%", "open:investment road")]
    // As many items as figures, and a noun they share, or the figures stay unbound.
    [InlineData("In the first half, railway and waterway investment grew 5.5%, 2% and 6.4%, respectively.", "2%", null)]
    [InlineData("In the first half, exports and imports grew 5.5% and 6.4%, respectively.", "6.4%", null)]
    public void ListGivenRespectively_IsOfTheItemInItsPlace(string text, string claim, string? measure) =>
        Assert.Equal(measure, Bound(text, claim).Measure?.Id);

    // "…, and was down 2.8% in the first half": a clause with only "and" and a verb of change goes on with the rate
    // before it, for the period it names; of the same period it is another basis.
    [Theory]
    [InlineData("and was down 2.8% in the first half", "3.5", true)]
    [InlineData("and was down 2.8% in the first half", "2.8", false)]
    [InlineData("and was down 2.8% month on month", "3.5", false)]
    public void SubjectlessClauseOfChange_GoesOnWithTheRateBefore(string clause, string restated, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"The kite price index fell 3.6% year on year in June, {clause}.\n\nIn the first half, the kite price index fell {restated}%.").Contains("BA1001"));

    [Theory]
    [InlineData("If I may add the kites.")]
    [InlineData("They may.")]
    public void MonthNameInLowerCase_IsAnotherWord(string aside) =>
        Assert.Equal("h1", Bound($"Kite briefing on the first half of 2025\n\nIn the first half, kite output was 2.9 million tonnes.\n\n{aside} Kite output was 3.1 million tonnes.", "3.1 million tonnes").Period?.Id);

    [Theory]
    [InlineData("about 21,700 yuan per case", false)]
    [InlineData("about 21.7 billion yuan", true)]
    public void FigurePerAThing_IsNotTheTotalItsSubjectNames(string restated, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In 2024, kite regulators handled 812,000 cases. Kite fines totaled 17.6 billion yuan, up 5.4%.\n\nIn 2024, kite fines came to {restated}.").Contains("BA1001"));

    // A price is so much per a unit by its nature: "per tonne" says its unit, and names no other measure than the
    // price said without it.
    [Theory]
    [InlineData("77,820", false)]
    [InlineData("97,820", true)]
    public void PricePerAUnit_IsThePriceSaidWithoutIt(string restated, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, the spot price of kite silk was 77,820 yuan per tonne, up 4.6%.\n\nIn the first half, the spot price of kite silk was {restated} yuan.").Contains("BA1001"));

    // "the deficit in services trade": a measure after another and "in"/"of" says what the first is of; the first is
    // what the figure measures (a deficit is not the trade it is a deficit of).
    [Theory]
    [InlineData("In the first half, the deficit in services trade came down to 425 billion yuan.", "425 billion yuan", "trade-deficit")]
    [InlineData("In the first half, the surplus of goods trade came to 600 billion yuan.", "600 billion yuan", "trade-surplus")]
    [InlineData("In the first half, services trade came to 3.89 trillion yuan.", "3.89 trillion yuan", "total-trade")]
    public void MeasureAfterAnotherMeasureAndOf_SaysWhatTheFirstIsOf(string text, string claim, string measure) =>
        Assert.Equal(measure, Bound(text, claim).Measure?.Id);

    [Fact]
    public void DeficitOfServicesTrade_IsNoTotalOfItsExportsAndImports() =>
        Assert.Empty(TestPipeline.Errors("In the first half, exports of services reached 1.73 trillion yuan and imports 2.16 trillion yuan, and the deficit in services trade came down to 425 billion yuan.\n\nKite services made up 37.6% of all trade in services, with imports and exports of 1.46 trillion yuan.\n"));

    // A pronoun opening a paragraph points back at whom the speaker's paragraph before ended on, not at the nation.
    [Fact]
    public void PronounOpeningAParagraph_PointsAtThePreviousParagraphsEntity() =>
        Assert.Equal("the EU", Bound("In the first half, trade with the EU reached 1.2 trillion yuan, up 10.6%.\n\nIts share of the country's total trade was 30.9%.", "30.9%").Entity.Name);

    // "Their" after a sentence without figures whose subject is a plural noun phrase is that subject's, not the nation's.
    [Theory]
    [InlineData("Knowledge-intensive kite services, the fast lane, grew steadily. Their imports and exports totalled 1.46 trillion yuan, up 6.3%.", "Knowledge-intensive kite services")]
    [InlineData("Knowledge-intensive kite services, the fast lane, grew steadily. Its imports and exports totalled 1.46 trillion yuan, up 6.3%.", "China (national)")]
    public void PluralPronoun_AfterASentenceWithoutFigures_IsItsPluralSubjects(string text, string entity) =>
        Assert.Equal(entity, Bound("In the first half of 2025, kite trade grew.\n\n" + text, "1.46 trillion yuan").Entity.Name);

    // A share of no measure of its own is not the whole's share of itself.
    [Fact]
    public void ShareNamingOnlyItsWhole_IsNotTheWholesShareOfItself() =>
        Assert.Empty(TestPipeline.Errors("In the first half, total imports and exports came to 3.89 trillion yuan, up 8%.\n\nExports now make up 44.5% of the total, 2.7 percentage points more than a year earlier.\n"));

    // A rate from the month or quarter before is on another basis than the year-on-year rate of the same month; from
    // May of a year before, or over a period from January to May, it is the same basis.
    [Theory]
    [InlineData("In June kite exports fell 0.4% from May.", false)]
    [InlineData("In June, kite exports fell 0.4% from a month earlier.", false)]
    [InlineData("In June, kite exports were down 0.4% month on month.", false)]
    [InlineData("In June, kite exports fell 0.4% over the previous month.", false)]
    [InlineData("In June, kite exports fell 0.4% from June 2024.", true)]
    [InlineData("In June, kite exports fell 0.4% year on year.", true)]
    public void RateFromTheMonthBefore_IsNoRestatementOfTheYearOnYearRate(string second, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Li Ming:\n\nIn June, kite exports grew 5.8% year on year.\n\nXinhua:\n\nWhy?\n\nWang Fang:\n\n{second}").Contains(RuleIds.Restatement));

    [Fact]
    public void RateOverMonthsFromJanuary_KeepsItsMeasure() =>
        Assert.NotNull(TestPipeline.Bound("Kite exports grew 3.7% from January to May.", "3.7%").Measure);

    // An entity after a possessive only says which of the owner's figures it is.
    [Fact]
    public void EntityAfterAPossessive_IsTheOwnersFigure() =>
        Assert.Equal("guangdong", Bound("Guangdong is still well ahead. Its cross-border e-commerce trade was 735.4 billion yuan in the first half.", "735.4 billion yuan").Entity.Id);

    [Fact]
    public void BA1001_OwnersFigure_IsNoRestatementOfTheNationsOrTheKinds() =>
        Assert.DoesNotContain(RuleIds.Restatement, TestPipeline.Errors("In the first half, cross-border e-commerce trade reached 2.06 trillion yuan. Guangdong is still well ahead. Its cross-border e-commerce trade was 735.4 billion yuan in the first half."));

    // "The surplus on this trade": the figure is the surplus's, not the trade's.
    [Fact]
    public void MeasureNamedAfterOnThis_OnlySaysWhatTheFirstIsOf() =>
        Assert.Equal("trade-surplus", Bound("In the first half, exports were 1.58 trillion yuan and imports 478.3 billion yuan. The surplus on this trade came to 1.1 trillion yuan.", "1.1 trillion yuan").Measure?.Id);

    // "Exports through overseas warehouses" are some of the exports, named by how they went, as "exports of X" by what.
    [Theory]
    [InlineData("through")]
    [InlineData("via")]
    public void MeasureNamedWithThrough_IsNarrowedByWhatItWentThrough(string preposition)
    {
        var claim = Bound($"In the first half, exports were 1.58 trillion yuan. Exports {preposition} overseas warehouses were 541.2 billion yuan.", "541.2 billion yuan");
        Assert.Equal("exports", claim.Measure?.Id);
        Assert.False(claim.Entity.IsNational);
    }

    // A clause opened by "and" and a measure of its own speaks of that measure, not of the earlier clause's subject.
    [Fact]
    public void ClauseWithItsOwnMeasure_IsNotTheEarlierUnknownSubjects() =>
        Assert.True(Bound("In the first half, exports were 1.58 trillion yuan. But growth for the nine months is about 5%, and exports, at 1.85 trillion yuan, are more than three quarters of the trade.", "1.85 trillion yuan").Entity.IsNational);

    // "…, with imports and exports of …" goes on about the earlier subject.
    [Fact]
    public void WithPhrase_GoesOnAboutTheEarlierUnknownSubject() =>
        Assert.False(Bound("In the first half, travel services recovered strongly as more foreign visitors came, with imports and exports of 1.08 trillion yuan, up 14.7%.", "1.08 trillion yuan").Entity.IsNational);

    // "It", "they" or "that is" opening a sentence is what the sentence before was about, when that one's figures were of one
    // measure: its share, contribution, gap or change in points is of that measure.
    [Theory]
    [InlineData("In 2024, kite output reached 30.20 million tonnes, up 1.3%. It is 60.9% of all toys.", "60.9%")]
    [InlineData("In 2024, kite output reached 30.20 million tonnes, up 1.3%. That is 60.9% of all toys.", "60.9%")]
    [InlineData("In 2024, kite output reached 30.20 million tonnes, up 1.3%. It contributed 0.8 percentage point to the growth of toys.", "0.8 percentage point")]
    [InlineData("In 2024, kite sales were 412.6 billion yuan, up 5.1%. They grew 2.3 percentage points faster than the national average.", "2.3 percentage points")]
    [InlineData("In 2024, kite sales were 412.6 billion yuan, up 5.1%. They were about 20.1 billion yuan more than in 2023.", "about 20.1 billion yuan")]
    [InlineData("In 2024, kite sales rose 19.3% to 226.9 billion yuan. That is 36.7 billion yuan more, and a contribution of 2.5 percentage points.", "36.7 billion yuan")]
    [InlineData("In 2024, kite sales rose 19.3% to 226.9 billion yuan. That is 36.7 billion yuan more, and a contribution of 2.5 percentage points.", "2.5 percentage points")]
    [InlineData("In 2024, kite output reached 30.20 million tonnes, up 1.3%. That is 48.7% of all toys, 8.5 percentage points less than a year before, and it contributed 0.8 percentage point to their growth.", "0.8 percentage point")]
    [InlineData("In 2024, kite output reached 30.20 million tonnes, up 1.3%. Its share rose to 60.9%, and it contributed 0.8 percentage point to the growth of toys.", "60.9%")]
    [InlineData("In 2024, kite output reached 30.20 million tonnes, up 1.3%. Their share slipped 0.4 percentage point, and they took 0.2 percentage point off the growth of toys.", "0.2 percentage point")]
    public void PronounOpeningTheSentence_IsTheSentenceBeforesMeasure(string text, string claim)
    {
        var first = TestPipeline.Check(text).Claims[0];
        Assert.NotNull(first.Measure);
        var pronouns = Bound(text, claim);
        Assert.Equal(first.Measure, pronouns.Measure);
        Assert.Equal(first.Entity, pronouns.Entity);
    }

    // A sentence before of two measures, a first figure without one, or a level or count said of "they" (what they did,
    // not what they are) leave the figure open.
    [Theory]
    [InlineData("In 2024, the kite industry's value added was 1.20% of GDP of 134.91 trillion yuan. It grew 4.4 percentage points faster than nominal GDP.", "4.4 percentage points")]
    [InlineData("In 2024, kite teams handled 908,000 kites. They killed 2,001 people.", "2,001 people")]
    [InlineData("In 2024, kite output reached 30.20 million tonnes, up 1.3%. They killed 2,001 people, 12.0% of all deaths.", "12.0%")]
    [InlineData("In 2024, kite output reached 30.20 million tonnes, up 1.3%. Its value was 41.2 billion yuan, and it contributed 0.8 percentage point to the growth of toys.", "0.8 percentage point")]
    [InlineData("In 2024, kite output reached 30.20 million tonnes, up 1.3%. It is true that toys grew faster: the gap was 9.2 percentage points.", "9.2 percentage points")]
    public void PronounWithoutOneMeasureBefore_LeavesTheFigureOpen(string text, string claim) =>
        Assert.Null(Bound(text, claim).Measure);

    // "national" before a subject the vocabulary does not know says whose, as the nation is the owner anyway; the rest
    // still names the measure, the same as without the word.
    [Theory]
    [InlineData("In 2024, national kite procurement came to 3.31 trillion yuan, down 2.3% from 2023.", "3.31 trillion yuan")]
    [InlineData("In 2024, national kite procurement came to 3.31 trillion yuan, down 2.3% from 2023.", "2.3%")]
    public void NationalBeforeAnUnknownSubject_NamesTheSameMeasure(string text, string claim)
    {
        var national = Bound(text, claim);
        Assert.NotNull(national.Measure);
        Assert.Equal(Bound(text.Replace("national ", "", StringComparison.Ordinal), claim).Measure, national.Measure);
        Assert.True(national.Entity.IsNational);
    }
    // The growth of what a counted thing earned is another figure than the growth of its number, though the sentence's
    // subject names the thing; said of the number again, the rate must agree.
    [Theory]
    [InlineData("kite parcels, 1.91 billion of them, earned the clubs 61.7 billion yuan, up 12.6%", false)]
    [InlineData("kite parcels, 1.91 billion of them, rose 12.6%, and the clubs earned 61.7 billion yuan", true)]
    public void GrowthOfMoneyACountedThingEarned_IsNoRestatementOfItsNumbersGrowth(string second, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, kite parcels reached 1.91 billion, up 18.4%.\n\nIn the first half, {second}.").Contains("BA1001"));
}
