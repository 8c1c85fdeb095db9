using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Tests.Claims;

public class IntervalTests
{
    [Fact]
    public void Addition_AddsBounds()
    {
        var sum = Interval.Closed(12.5m, 13.5m) + Interval.Closed(8.785m, 8.795m);
        Assert.Equal(Interval.Closed(21.285m, 22.295m), sum);
    }

    [Fact]
    public void Division_OfPositiveIntervals_IsOutward()
    {
        var ratio = Interval.Closed(6.105m, 6.115m) / Interval.Closed(21.785m, 21.795m);
        Assert.True(ratio.Contains(6.11m / 21.79m));
        Assert.InRange(ratio.Lower!.Value, (6.105m / 21.795m) - 1e-20m, (6.105m / 21.795m) + 1e-20m);
        Assert.InRange(ratio.Upper!.Value, (6.115m / 21.785m) - 1e-20m, (6.115m / 21.785m) + 1e-20m);
    }

    [Theory]
    [InlineData(0.35, 0.45, 0.35, 0.45)]
    [InlineData(-0.45, -0.35, 0.35, 0.45)]
    [InlineData(-0.5, 0.2, 0, 0.5)]
    [InlineData(-0.1, 0.3, 0, 0.3)]
    public void Magnitude_IsTheSizeOfEachMember(double lower, double upper, double sizeLower, double sizeUpper) =>
        Assert.Equal(Interval.Closed((decimal)sizeLower, (decimal)sizeUpper), Interval.Closed((decimal)lower, (decimal)upper).Magnitude);

    [Fact]
    public void Division_ByIntervalContainingZero_IsUnbounded()
    {
        Assert.Equal(Interval.All, Interval.Closed(1, 2) / Interval.Closed(-1, 1));
    }

    [Fact]
    public void OpenBound_ExcludesItsValue()
    {
        var moreThan = new Interval(600m, false, null, false);
        Assert.False(moreThan.Contains(600m));
        Assert.True(moreThan.Contains(600.01m));
        Assert.False(moreThan.Overlaps(Interval.Closed(500m, 600m)));
    }

    [Fact]
    public void Intersection_OfDisjointIntervals_IsEmpty()
    {
        Assert.True(Interval.Closed(19.5m, 20.5m).Intersect(Interval.Closed(21.785m, 21.795m)).IsEmpty);
    }

    [Fact]
    public void Negation_SwapsBounds()
    {
        Assert.Equal(Interval.Closed(-2.75m, -2.65m), -Interval.Closed(2.65m, 2.75m));
    }

    [Fact]
    public void Multiplication_WithUnboundedSide_StaysUnbounded()
    {
        var product = new Interval(2m, true, null, false) * Interval.Closed(3m, 4m);
        Assert.Equal(6m, product.Lower);
        Assert.Null(product.Upper);
    }

    [Fact]
    public void Overflow_GivesUnboundedSide_NotWrongValue()
    {
        var huge = Interval.Closed(decimal.MaxValue / 2, decimal.MaxValue / 2);
        var sum = huge + huge + huge;
        Assert.Null(sum.Upper);
    }

    [Fact]
    public void DistanceTo_MeasuresTheGap()
    {
        Assert.Equal(1.285m, Interval.Closed(19.5m, 20.5m).DistanceTo(Interval.Closed(21.785m, 21.795m)));
    }

    [Fact]
    public void Format_UsesScale()
    {
        Assert.Equal("[19.5, 20.5]", Interval.Closed(19.5e12m, 20.5e12m).Format(1e12m, 4));
    }
}
