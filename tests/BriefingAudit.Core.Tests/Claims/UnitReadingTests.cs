using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Tests.Claims;

/// <summary>
/// What a figure is counted in when the unit is not right after it: units of measure, a unit shared with the next
/// figure, the unit of the sentence's last amount, the plural noun the clause is about, a noun after modifiers.
/// </summary>
public class UnitReadingTests
{
    private static List<Claim> Claims(string text) => [.. TestPipeline.Check(text).Claims.Select(b => b.Claim)];

    private static Claim Figure(string text, string number) => Assert.Single(Claims(text), c => c.Text.Contains(number, StringComparison.Ordinal));

    [Theory]
    [InlineData("In the first half, reservoirs released 12.4 billion cubic meters of water.", "12.4", "cubic meters")]
    [InlineData("In the first half, rainfall in the north averaged 512.7 millimeters.", "512.7", "millimeters")]
    [InlineData("In the first half, farmers sowed 3.6 million mu of soybeans.", "3.6", "mu")]
    [InlineData("In the first half, data traffic on the backbone reached 76.2 billion GB.", "76.2", "GB")]
    [InlineData("In the first half, the loan prime rate was cut by 25 basis points.", "25", "basis points")]
    [InlineData("The wetland reserves span 0.8 million square kilometers.", "0.8", "square kilometers")]
    [InlineData("In the first half, PM10 in the valley cities averaged 48.2 micrograms per cubic meter.", "48.2", "micrograms per cubic meter")]
    public void UnitOfMeasure_IsRead(string text, string number, string unit) =>
        Assert.Equal(unit, Figure(text, number).Quantity.Unit);

    [Theory]
    [InlineData("Exports added 1.9 percentage points to the growth of trade, and imports took away 0.8 point.", "0.8")]
    [InlineData("The secondary industry's share rose by as much as services lost, 0.2 point, to 35.6%.", "0.2")]
    [InlineData("Services contributed 8.6 percentage points of the growth. Software products contributed 2.4 points.", "2.4")]
    public void PointsAmongRates_ArePercentagePoints(string text, string number) =>
        Assert.Equal("percentage points", Figure(text, number).Quantity.Unit);

    [Theory]
    [InlineData("In the first half, the kite index rose 2.4 points.")]
    [InlineData("In the first half, the kite index rose 3.2%, or 240 points.")]
    [InlineData("Exports grew 7.2% in the first half. Let me add one point.")]
    [InlineData("Exports grew 7.2% in the first half.\n\nThe kite index rose 2.4 points in 2023. It fell 1.2 points in 2024.")]
    public void PointsWithNoRateAround_OrOfAnIndexsSize_OrInWords_AreNoClaim(string text) =>
        Assert.DoesNotContain(Claims(text), c => c.Quantity.Dimension == UnitDimension.PercentagePoints);

    [Theory]
    [InlineData("Of the 120 listed airlines, 47 reported profits in the first half.", "47", "airlines")]
    [InlineData("Among the 2,600 samples tested in the first half, 2,410 passed.", "2,410", "samples")]
    [InlineData("Turning to patents, 1.2 million were granted in the first half.", "1.2 million", "patents")]
    [InlineData("Of the 120 airlines, 47 freighters were idle in the first half.", "47", "freighters")]
    public void FigureOpeningTheClauseAfterAScope_CountsWhatTheScopeNames(string text, string number, string unit) =>
        Assert.Equal(unit, Figure(text, number).Quantity.Unit);

    [Theory]
    [InlineData("Of the 64.2 million kite flyers, 21.5 million flew in coastal cities and 42.7 million in inland provinces.", "21.5", "flyers")]
    [InlineData("Of the 64.2 million kite flyers, 21.5 million flew in coastal cities and 42.7 million in inland provinces.", "42.7", "flyers")]
    [InlineData("Of the 8.1 million kite flyers, 5.2 million worked at private enterprises.", "5.2", "flyers")]
    public void NounAfterAPreposition_IsNotWhatTheFigureCounts(string text, string number, string unit) =>
        Assert.Equal(unit, Figure(text, number).Quantity.Unit);

    [Fact]
    public void FigureAfterAScopeNamedByAUnitsAlias_CountsInTheUnitTheScopesFigureIsCountedIn() =>
        // A sentence before, so that the scope opens the figures' sentence: "6.2 million units" are sets, and so are its parts.
        Assert.Equal("sets", Figure("Next, kite recalls. Of the 6.2 million units recalled in the first half, 1.4 million were toys.", "1.4").Quantity.Unit);

    [Fact]
    public void ScopeOfMoney_GivesNoCount() =>
        Assert.DoesNotContain(Claims("Of the exports to Europe, 47 went by rail in the first half."), c => c.Text.StartsWith("47", StringComparison.Ordinal));

    [Theory]
    [InlineData("In the first half, a customs clearance took 3.4 months on average.", "3.4")]
    [InlineData("In the first half, the review time was kept at 6 months, 0.5 months less than last year's 6.5 months.", "0.5 months")]
    [InlineData("In the first half, reserves covered more than 14 months of imports.", "14")]
    public void LengthOfTimeInMonths_IsAFigure(string text, string number) =>
        Assert.Equal("months", Figure(text, number).Quantity.Unit);

    [Theory]
    [InlineData("In the first half, a port inspection took 2.5 weeks on average.", "2.5 weeks", "weeks")]
    [InlineData("A tug now reaches a stranded ship in 42.5 minutes on average.", "42.5 minutes", "minutes")]
    [InlineData("Average schooling in the islands reached 11.2 years.", "11.2 years", "years")]
    [InlineData("The average working life of a ferry is now 38 years.", "38 years", "years")]
    [InlineData("Average schooling rose by 0.3 years from 10.9 in 2023.", "10.9", "years")]
    public void MeasuredLengthOfTime_IsAFigure(string text, string claim, string unit) =>
        Assert.Equal(unit, Assert.Single(Claims(text), c => c.Text == claim).Quantity.Unit);

    [Theory]
    [InlineData("Repairs took 42.5 minutes on average, and each must now be done within 30 minutes.")]
    [InlineData("Repairs took 42.5 minutes on average; crews older than 18 years may apply, for 3 years, as they did 12 years ago.")]
    public void LengthOfTimeAsADeadlineAgeOrPeriod_IsNoFigure(string text) =>
        Assert.Equal(["42.5 minutes"], Claims(text).Select(c => c.Text));

    [Theory]
    [InlineData("In the first half, 2.1 million people received the allowance, people who are disabled or under 16.", "2.1 million people")]
    [InlineData("In the first half, 3,400 ferry passes were issued to residents aged 70 and over or under 12.", "3,400 ferry passes")]
    public void AgeThresholdAfterACount_IsNoFigure(string text, string claim) =>
        Assert.Equal([claim], Claims(text).Select(c => c.Text));

    [Fact]
    public void NumberBeforeAnAdverbAndAVerb_IsNoCount() =>
        Assert.Empty(Claims("On the islands, a boat called through 118 now arrives sooner."));

    [Theory]
    [InlineData("In the past 12 months, prices rose steadily.")]
    [InlineData("Prices rose for 6 consecutive months in the first half.")]
    [InlineData("In the first half, refunds were paid within 3 months.")]
    [InlineData("In the first half, the plan ran for more than 18 months.")]
    [InlineData("Over the six months, exports were stable.")]
    [InlineData("In the first half, kites 3 months old were sold at half price.")]
    [InlineData("The kite fair opened 3 months ago in the first half.")]
    public void MonthsAsAPeriodDeadlineOrStreak_IsNoFigure(string text) =>
        Assert.DoesNotContain(Claims(text), c => c.Quantity.Unit == "months");

    [Theory]
    [InlineData("In the first half, hospital beds reached 7.1 per 1,000 residents.", "1,000")]
    [InlineData("In the first half, there were 43.4 enterprises for every 1,000 people.", "1,000")]
    public void DenominatorOfARate_IsNoFigure(string text, string denominator) =>
        Assert.DoesNotContain(Claims(text), c => c.Text.Contains(denominator, StringComparison.Ordinal));

    [Theory]
    [InlineData("In the first half, hospital beds reached 7.1 per 1,000 residents.", "7.1", "beds per 1,000 residents")]
    [InlineData("In the first half, charging piles reached 31.6 for every 10,000 vehicles, compared with 28 a year earlier.", "28", "piles per 10,000 vehicles")]
    public void BareFigurePerSoManyOfSomething_CountsTheSubjectPerThatMany(string text, string number, string unit) =>
        Assert.Equal(unit, Figure(text, number).Quantity.Unit);

    [Theory]
    [InlineData("The district had 5.8 pharmacies for every 10,000 residents.", "5.8 pharmacies", "pharmacies per 10,000 residents")]
    [InlineData("The county has 2.1 dentists and 0.9 midwives per 1,000 people.", "2.1 dentists", "dentists per 1,000 people")]
    [InlineData("The county has 2.1 dentists and 0.9 midwives per 1,000 people.", "0.9 midwives", "midwives per 1,000 people")]
    [InlineData("Neonatal deaths were 1.6 per 1,000 live births.", "1.6", "per 1,000 live births")]
    [InlineData("Road deaths fell to 3.2 per 100,000 last year from 3.6.", "3.2", "deaths per 100,000")]
    [InlineData("Road deaths fell to 3.2 per 100,000 last year from 3.6.", "3.6", "deaths per 100,000")]
    [InlineData("The province has 61 libraries per 1,000,000 inhabitants.", "61 libraries", "libraries per 1,000,000 inhabitants")]
    [InlineData("In the valley, the number of pharmacists per 10,000 people is 3.7.", "3.7", "pharmacists per 10,000 people")]
    [InlineData("Ferry berths per 1,000 residents rose to 2.4 in the first half.", "2.4", "berths per 1,000 residents")]
    public void FigurePerSoMany_IsARateOfWhatItOrItsSubjectNames(string text, string claim, string unit) =>
        Assert.Equal(unit, Assert.Single(Claims(text), c => c.Text == claim).Quantity.Unit);

    [Theory]
    [InlineData("There were 9.54 million births in the year and a birth rate of 6.77 per thousand.", "6.77", "per 1,000")]
    [InlineData("The birth rate rose from 6.39 per thousand to 6.77, up 0.38.", "6.77", "per 1,000")]
    [InlineData("The natural growth rate stood at minus 0.99 per thousand.", "0.99", "per 1,000")]
    [InlineData("The county counts 3.1 clinics per ten thousand residents.", "3.1 clinics", "clinics per 10,000 residents")]
    [InlineData("The county counts 0.4 courts per ten million residents.", "0.4 courts", "courts per 10,000,000 residents")]
    [InlineData("The county counts 3.1 clinics per 10,000 residents.", "3.1 clinics", "clinics per 10,000 residents")]
    public void RatePerABaseInWords_IsTheRatePerThatBaseInDigits(string text, string claim, string unit) =>
        Assert.Equal(unit, Assert.Single(Claims(text), c => c.Text.EndsWith(claim, StringComparison.Ordinal)).Quantity.Unit);

    [Theory]
    [InlineData("The islands had 1.2 million boats, or 3.4 boats per 100 people, and fishing crews owned 800,000 of them.")]
    [InlineData("The islands had 1.2 million boats, or 3.4 boats per 100 people. Fishing crews owned 800,000.")]
    public void AmountAfterARate_CountsWhatTheAmountBeforeCounted(string text) =>
        Assert.Equal("boats", Assert.Single(Claims(text), c => c.Text.StartsWith("800,000", StringComparison.Ordinal)).Quantity.Unit);

    [Fact]
    public void EarlierValueAfterWhen_ContinuesTheCount()
    {
        var claims = Claims("In the first half, 52 airlines made a profit, 18 more than in the first quarter, when 34 did.");
        Assert.Equal("airlines", Assert.Single(claims, c => c.Text == "34").Quantity.Unit);
        claims = Claims("In the first half, ferries ran on 47 routes, 5 more than in 2024, when the figure was 42.");
        Assert.Equal("routes", Assert.Single(claims, c => c.Text == "42").Quantity.Unit);
    }

    [Fact]
    public void FigureJoinedToTheNext_TakesItsUnit()
    {
        var claims = Claims("In the first half, the shares of the two ports rose 0.4 and 0.7 percentage points respectively.");
        Assert.Equal(UnitDimension.PercentagePoints, Assert.Single(claims, c => c.Text == "0.4").Quantity.Dimension);
    }

    [Fact]
    public void RangeWithTheUnitAtItsEnd_ReadsBothEnds()
    {
        var low = Figure("For the year as a whole, port investment is expected to be between 2.1 trillion and 2.3 trillion yuan.", "2.1 trillion");
        Assert.Equal(("yuan", 2.1e12m), (low.Quantity.Unit, low.Quantity.Value));
    }

    [Fact]
    public void FigureWithoutTheScaleWordOfTheNext_IsNotGivenItsUnit() =>
        Assert.DoesNotContain(Claims("In the first half, the two mills produced 3 and 4 million tonnes of steel."), c => c.Text == "3");

    [Fact]
    public void BareAmountAfterACurrencyAmount_IsInThatCurrency()
    {
        var part = Figure("At the end of June, rural deposits stood at 6.5 trillion yuan — 4.1 trillion in the east and 2.4 trillion in the west.", "4.1 trillion");
        Assert.Equal((UnitDimension.Currency, "yuan"), (part.Quantity.Dimension, part.Quantity.Unit));
    }

    [Theory]
    [InlineData("In the first half, cross-border parcels totaled 1.46 billion, up 12%.", "1.46 billion", "parcels")]
    // The vocabulary counts passengers as people, as it reads "3.2 million passengers".
    [InlineData("In the first half, registered ferry passengers topped 3.2 million.", "3.2 million", "people")]
    [InlineData("In the first half, the number of vessels inspected fell 4.1% to 12,600.", "12,600", "vessels")]
    [InlineData("In the first half, ferry crossings averaged about 21,000 a month.", "21,000", "crossings")]
    public void BareAmountAfterItsSubjectAndVerb_CountsTheSubject(string text, string number, string unit) =>
        Assert.Equal(unit, Figure(text, number).Quantity.Unit);

    [Fact]
    public void SubjectThatNamesAnAmountOfMoney_IsNotCounted() =>
        Assert.DoesNotContain(Claims("In the first half, the province's exports reached 3.2 trillion, up 4%."), c => c.Text.Contains("3.2 trillion", StringComparison.Ordinal) && c.Quantity.Unit == "exports");

    [Theory]
    [InlineData("At the end of June, the port had 146 berths in service, 12 more than a year earlier.", "146", "berths")]
    [InlineData("At the end of June, 2,480 licensed deep-sea fishing vessels were registered.", "2,480", "vessels")]
    [InlineData("Inspectors visited 3,650 small and medium-sized dairy farms in the first half.", "3,650", "farms")]
    public void WholeNumberBeforeAPluralNoun_CountsIt(string text, string number, string unit) =>
        Assert.Equal(unit, Figure(text, number).Quantity.Unit);

    // A noun whose plural is its singular is counted as any plural is; a preposition is no modifier, so the noun after
    // it ("rivers") is not what the figure counts.
    [Theory]
    [InlineData("We released 46.8 billion fry into rivers, lakes and coastal waters.", "46.8 billion", "fry")]
    [InlineData("We released 46.8 billion fish fry into rivers.", "46.8 billion", "fry")]
    [InlineData("Herders kept 3.12 million cattle on the summer pastures.", "3.12 million", "cattle")]
    [InlineData("The kite parks employed 1.18 million staff at the end of June.", "1.18 million", "staff")]
    public void AmountBeforeAPluralWithoutS_CountsIt(string text, string number, string unit) =>
        Assert.Equal(unit, Figure(text, number).Quantity.Unit);

    [Theory]
    [InlineData("We released 46.8 billion young into rivers, lakes and coastal waters.", "rivers")]
    [InlineData("We used 678 million doses against peste des petits ruminants.", "des")]
    public void NounAfterAPrepositionAfterTheFigure_IsNotItsCountedNoun(string text, string notTheUnit) =>
        Assert.DoesNotContain(Claims(text), c => c.Quantity.Unit == notTheUnit);

    // The noun is never a word that ends the phrase ("this"), and a modifier may be an acronym's compound.
    [Theory]
    [InlineData("The coast guard issued more than 3,400 mooring permits this year.", "3,400", "permits")]
    [InlineData("The 240 berths now serve more than 600 LPG-fuelled barges.", "600", "barges")]
    public void PluralNounAfterModifiers_IsCountedPastAWordThatEndsThePhrase(string text, string number, string unit) =>
        Assert.Equal(unit, Figure(text, number).Quantity.Unit);

    [Theory]
    [InlineData("12.4")]
    [InlineData("11.9")]
    [InlineData("10.7")]
    public void DecimalFigureGoingOnFromAnAmountOfMoney_IsInThatCurrency(string number)
    {
        var figure = Figure("Berth fees stood at 13.2 euros a metre in April, 12.4 in May, 11.9 in June and 10.7 in July.", number);
        Assert.Equal((UnitDimension.Currency, "euros"), (figure.Quantity.Dimension, figure.Quantity.Unit));
    }

    [Theory]
    [InlineData("Port fees came to 13.2 billion yuan, 15 ports in all.", "15 ports")]
    [InlineData("Port fees came to 13.2 billion yuan, and 15 of the berths were new.", "15")]
    public void WholeNumberAfterAnAmountOfMoney_IsNotMoney(string text, string number) =>
        Assert.DoesNotContain(Claims(text), c => c.Text == number && c.Quantity.Dimension == UnitDimension.Currency);

    [Fact]
    public void WholeNumberAfterAPreposition_CountsTheNounToo() =>
        Assert.Equal("harbours", Figure("In the first half, storms closed the ferries on 214 harbours.", "214").Quantity.Unit);

    [Theory]
    [InlineData("In the first half, storms hit 214 harbours, 37 of them in the south.", "37")]
    [InlineData("In the first half, storms hit 214 harbours, 16 fewer than last year's 230.", "230")]
    [InlineData("At the end of June, there were 214 harbours, 4 more than the 210 a year earlier.", "210")]
    public void BareFigureContinuingTheCount_CountsTheSameThing(string text, string number) =>
        Assert.Equal("harbours", Figure(text, number).Quantity.Unit);

    [Fact]
    public void AmountAfterAMonthsName_IsAClaimAndADayIsNot()
    {
        var claims = Claims("Port revenue was 18.2 billion yuan in April, May 21.6 billion yuan and June 24.1 billion yuan; the new berth opened on June 14.");
        Assert.Contains(claims, c => c.Text == "21.6 billion yuan");
        Assert.DoesNotContain(claims, c => c.Text.StartsWith("14", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The 297 cases we handled were 19 fewer than a year earlier.", "297", "cases")]
    [InlineData("The 43 innovative ferries we launched were 12 more than in the same period last year.", "43", "ferries")]
    [InlineData("Customs will keep clearance open around the clock in the 165 pilot zones.", "165", "zones")]
    [InlineData("These 214 new warehouses add about 46,000 tonnes each.", "214", "warehouses")]
    public void WholeNumberAfterTheArticle_CountsTheNounAfterIt(string text, string number, string unit) =>
        Assert.Equal(unit, Figure(text, number).Quantity.Unit);

    [Theory]
    [InlineData("In the first half, the 16 guidelines on port safety took effect.", "16")]
    [InlineData("These 20 guidelines on port safety took effect in June.", "20")]
    [InlineData("The ministry set out the 12 principles of port safety.", "12")]
    [InlineData("The 12318 hotline takes complaints about port fees.", "12318")]
    [InlineData("Port throughput grew for 6 consecutive quarters in the first half.", "6")]
    [InlineData("In the first half, the port added 9 tugboats.", "9")]
    public void LabelScopeStreakOrSingleDigit_IsNoClaim(string text, string number) =>
        Assert.DoesNotContain(Claims(text), c => c.Text.StartsWith(number, StringComparison.Ordinal));
}
