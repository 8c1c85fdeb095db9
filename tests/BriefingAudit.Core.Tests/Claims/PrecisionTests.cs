using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Tests.Claims;

public class PrecisionTests
{
    private static Quantity Yuan(decimal value, string? scale) => new(value, "yuan", UnitDimension.Currency, scale);

    [Theory]
    [InlineData("21.79 trillion", 21.79, "trillion", 21.785, 21.795)]
    [InlineData("13 trillion", 13, "trillion", 12.5, 13.5)]
    [InlineData("530.35 billion", 530.35, "billion", 530.345, 530.355)]
    [InlineData("20 trillion", 20, "trillion", 19.5, 20.5)]
    public void ScaledFigure_StandsForItsRoundingInterval(string text, double value, string scale, double lower, double upper)
    {
        var factor = Quantity.ScaleFactorOf(scale);
        var interval = Precision.RoundingInterval(text, Yuan((decimal)value * factor, scale));
        Assert.Equal(Interval.Closed((decimal)lower * factor, (decimal)upper * factor), interval);
    }

    [Theory]
    [InlineData("628,000", 628000, 627500, 628500)]
    [InlineData("3,776", 3776, 3775.5, 3776.5)]
    [InlineData("43,000", 43000, 42500, 43500)]
    public void ThousandsGroupsOfZeros_AreRounding(string text, double value, double lower, double upper)
    {
        var quantity = new Quantity((decimal)value, "enterprises", UnitDimension.Count, null);
        Assert.Equal(Interval.Closed((decimal)lower, (decimal)upper), Precision.RoundingInterval(text, quantity));
    }

    [Fact]
    public void NumberInWords_IsExact()
    {
        Assert.Equal(Interval.Exactly(7m), Precision.RoundingInterval("seven", new Quantity(7m, "x", UnitDimension.Count, null)));
    }

    [Fact]
    public void Nearly_BoundsFromBelowBySlack()
    {
        var nearly = new QualifierTerm("nearly", QualifierEffect.Nearly, 0.1m, ["nearly"]);
        var hedged = Precision.Hedge(Interval.Closed(59.5m, 60.5m), 60m, nearly);
        Assert.True(hedged.Contains(57.27m));
        Assert.False(hedged.Contains(53.9m));
    }

    [Fact]
    public void MoreThan_IsStrictlyAbove()
    {
        var above = new QualifierTerm("more-than", QualifierEffect.Above, 0, ["more than"]);
        var hedged = Precision.Hedge(Interval.Closed(595m, 605m), 600m, above);
        Assert.False(hedged.Contains(600m));
        Assert.True(hedged.Contains(5000m));
    }

    [Fact]
    public void About_WidensBothSides()
    {
        var about = new QualifierTerm("about", QualifierEffect.About, 0.05m, ["about"]);
        var hedged = Precision.Hedge(Interval.Closed(1.315m, 1.325m), 1.32m, about);
        Assert.True(hedged.Contains(1.3211m));
        Assert.True(hedged.Contains(1.38m));
        Assert.False(hedged.Contains(1.4m));
    }
}
