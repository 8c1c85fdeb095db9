namespace BriefingAudit.Core.Tests.Binding;

/// <summary>A period left out after an ordinal ("… in the first quarter and 4.9 billion yuan in the second").</summary>
public class ElidedPeriodsTests
{
    [Fact]
    public void OrdinalAlone_NamesThePeriodOfTheFirstCountedOn() =>
        Assert.Equal("q2", TestPipeline.Bound("Tram revenue was 4.7 billion yuan in the first quarter, up 1.5%, and 4.9 billion yuan in the second, up 2.5%.", "4.9 billion yuan").Period?.Id);

    [Fact]
    public void FirstAlone_AfterALaterPeriod_NamesTheFirstOfIt() =>
        Assert.Equal("q1", TestPipeline.Bound("Tram revenue reached 4.9 billion yuan in the second quarter, against 4.7 billion yuan in the first.", "4.7 billion yuan").Period?.Id);

    [Theory]
    [InlineData("2.2", true)]
    [InlineData("1.2", false)]
    public void OrdinalAloneAfterThan_IsThePeriodComparedWith(string points, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Tram revenue grew 10.6% in the first quarter and 11.2% in the second. In the third quarter, tram revenue grew 12.4%, {points} percentage points faster than in the second.").Contains(BriefingAudit.Core.Rules.RuleIds.Acceleration));

    [Fact]
    public void OrdinalAloneRightBeforeItsFigure_NamesThePeriod() =>
        Assert.Equal("q2", TestPipeline.Bound("In the first quarter kiln works sold 8,600 tonnes, up 24.1%, and in the second 10,300 tonnes, up 32.2%.", "10,300 tonnes").Period?.Id);

    [Fact]
    public void OrdinalBeforeANumberOfDays_IsNotElided() =>
        Assert.NotEqual("q2", TestPipeline.Bound("Kiln works sold 8,600 tonnes in the first quarter, and 10,300 tonnes in the second 10 days of April.", "10,300 tonnes").Period?.Id);

    // "than the third" compares with the period as "than in the third" does; "the fourth quarter" names the kind too.
    [Theory]
    [InlineData("0.5", false)]
    [InlineData("1.5", true)]
    public void OrdinalAloneAfterThanThe_IsThePeriodComparedWith(string points, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Tram revenue grew 5.5% in the first quarter, 5.7% in the second, 5.9% in the third and 6.4% in the fourth. The fourth quarter was {points} percentage points faster than the third.").Contains(BriefingAudit.Core.Rules.RuleIds.RateGap));

    [Fact]
    public void OrdinalBeforeItsNoun_IsNotElided() =>
        Assert.NotEqual("q2", TestPipeline.Bound("Tram revenue was 4.7 billion yuan in the first quarter and 4.9 billion yuan in the second month of spring.", "4.9 billion yuan").Period?.Id);

    [Fact]
    public void SubjectGoesOnAcrossPeriods_SecondFigureIsTheSameMeasure()
    {
        var text = "Bus ridership grew 3.1% in the first quarter and 4.4% in the second.";
        var first = TestPipeline.Bound(text, "3.1%");
        var second = TestPipeline.Bound(text, "4.4%");
        Assert.NotNull(first.Measure);
        Assert.Equal(first.Measure?.Id, second.Measure?.Id);
        Assert.Equal("q2", second.Period?.Id);
    }

    [Fact]
    public void OrdinalAloneBeforeAFigure_IsTheSubjectOfAClauseWithItsVerbLeftOut() =>
        Assert.Equal("q2", TestPipeline.Bound("The first quarter added 3.4 million kilowatts of kiln capacity and the second 5.2 million.", "5.2 million").Period?.Id);

    [Fact]
    public void OrdinalAloneBeforeAFigure_CountsOnFromAnyOrdinalBefore() =>
        Assert.Equal("q3", TestPipeline.Bound("The second quarter gave 7.1 billion yuan of kiln revenue, up 1.2%, and the third 7.5 billion yuan, up 2.1%.", "7.5 billion yuan").Period?.Id);

    [Theory]
    [InlineData("Kiln revenue was 4.1 billion yuan in the first quarter, and 8.3 billion yuan in the half.")]
    [InlineData("Kiln revenue was 4.1 billion yuan in the first quarter, and 8.3 billion yuan in the half-year.")]
    [InlineData("Kiln revenue was 4.1 billion yuan in the first quarter, and 8.3 billion yuan in the half year.")]
    [InlineData("Kiln revenue was 4.1 billion yuan in the first quarter, and 8.3 billion yuan for the six months.")]
    public void HalfNamedWithTheAlone_IsTheFirstHalf(string text) =>
        Assert.Equal("h1", TestPipeline.Bound(text, "8.3 billion yuan").Period?.Id);

    [Fact]
    public void HalfNamedWithTheAlone_AfterAPeriodOfTheSecondHalf_IsTheSecondHalf() =>
        Assert.Equal("h2", TestPipeline.Bound("Kiln revenue was 4.1 billion yuan in the third quarter, and 8.3 billion yuan in the half.", "8.3 billion yuan").Period?.Id);

    [Fact]
    public void NineMonthsNamedWithTheAlone_AreTheFirstNine() =>
        Assert.Equal("first-three-quarters", TestPipeline.Bound("Kiln revenue was 4.1 billion yuan in the third quarter, and 12.6 billion yuan in the nine months.", "12.6 billion yuan").Period?.Id);

    [Fact]
    public void HalfOfSomething_IsNoPeriod() =>
        Assert.NotEqual("h1", TestPipeline.Bound("Kiln revenue was 4.1 billion yuan in the first quarter, and the half of it came from exports, 2.0 billion yuan.", "2.0 billion yuan").Period?.Id);

    // The sentence before named the first of its kind; the next opens with the second alone.
    [Theory]
    [InlineData("In the second it was 4.9 billion yuan, up 2.5%.")]
    [InlineData("In the second, tram revenue was 4.9 billion yuan, up 2.5%.")]
    public void OrdinalAloneOpeningTheSentence_CountsOnFromTheSentenceBefore(string second) =>
        Assert.Equal("q2", TestPipeline.Bound("In the first quarter, tram revenue was 4.7 billion yuan, up 1.5%. " + second, "2.5%").Period?.Id);

    [Fact]
    public void BA1001_RateOfTheSecondAlone_IsNoRestatementOfTheFirst() =>
        Assert.DoesNotContain(BriefingAudit.Core.Rules.RuleIds.Restatement, TestPipeline.Errors("In the first quarter, tram revenue was 4.7 billion yuan, up 1.5%. In the second it was 4.9 billion yuan, and growth quickened to 2.5%."));

    // "In the second round" names its own noun: nothing is left out.
    [Fact]
    public void OrdinalWithItsNoun_OpeningTheSentence_IsNotElided() =>
        Assert.NotEqual("q2", TestPipeline.Bound("In the first quarter, tram revenue was 4.7 billion yuan, up 1.5%. In the second round of bidding, revenue grew 2.5%.", "2.5%").Period?.Id);
}
