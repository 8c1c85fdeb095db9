namespace BriefingAudit.Core.Tests.Binding;

/// <summary>A period left out after an ordinal ("… in the first quarter and 4.9 billion yuan in the second").</summary>
public class ElidedPeriodsTests
{
    [Fact]
    public void OrdinalAlone_NamesThePeriodOfTheFirstCountedOn() =>
        Assert.Equal("q2", TestPipeline.Bound("Tram revenue was 4.7 billion yuan in the first quarter, up 1.5%, and 4.9 billion yuan in the second, up 2.5%.", "4.9 billion yuan").Period?.Id);

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
}
