using BriefingAudit.Core.Claims;
using CsCheck;

namespace BriefingAudit.Core.Tests.Properties;

/// <summary>
/// The laws the checks rely on, over random intervals (closed, open, half-unbounded) and random members of them:
/// an operation on intervals must contain the operation on any of their members, or a finding could be false.
/// </summary>
public class IntervalProperties
{
    // Interval arithmetic is cheap: many cases cost a fraction of a second.
    private const int Iterations = 5_000;

    private static readonly Gen<decimal> Value = Gen.Frequency(
        (4, Gen.Decimal[-1_000_000_000_000m, 1_000_000_000_000m]),
        (2, Gen.Int[-100, 100].Select(i => (decimal)i)),
        (1, Gen.Decimal[-1m, 1m]));

    private static readonly Gen<decimal> Distance = Gen.Frequency(
        (3, Gen.Decimal[0m, 1_000_000_000m]),
        (1, Gen.Decimal[0m, 1m]),
        (1, Gen.Const(0m)));

    // 0: inclusive bound, 1: exclusive (inclusive when the member is the bound), 2: no bound.
    private static readonly Gen<int> Side = Gen.Int[0, 2];

    /// <summary>An interval and a member of it.</summary>
    private static readonly Gen<(Interval I, decimal X)> Member = Gen.Select(Value, Distance, Distance, Side, Side, (x, below, above, lower, upper) =>
        (Around(x, x - below, lower, x + above, upper), x));

    /// <summary>A positive interval (lower bound above zero) and a member of it.</summary>
    private static readonly Gen<(Interval I, decimal X)> PositiveMember = Gen.Select(Gen.Decimal[0.001m, 1_000_000m], Gen.Decimal[0m, 0.999m], Distance, Side, Side, (x, fraction, above, lower, upper) =>
        (Around(x, x - (x * fraction), Math.Min(lower, 1), x + above, upper), x));

    private static readonly Gen<decimal> Extreme = Gen.OneOf(decimal.MaxValue, decimal.MinValue, 0m, 1m, -1m, 0.0000000000000000000000000001m, 79_228_162_514_264m);

    private static readonly Gen<Interval> AnyInterval = Gen.Select(Gen.OneOf<decimal>(Value, Extreme), Gen.OneOf<decimal>(Value, Extreme), Gen.Bool, Gen.Bool, Side, Side, (a, b, li, ui, lower, upper) =>
        new Interval(lower == 2 ? null : Math.Min(a, b), li, upper == 2 ? null : Math.Max(a, b), ui));

    /// <summary>An interval around <paramref name="x"/>; a bound that rounds to x itself is inclusive, so x is a member.</summary>
    private static Interval Around(decimal x, decimal lower, int lowerSide, decimal upper, int upperSide) =>
        new(lowerSide == 2 ? null : lower, lowerSide == 0 || lower == x, upperSide == 2 ? null : upper, upperSide == 0 || upper == x);

    [Fact]
    public void Addition_ContainsEverySumOfMembers() =>
        Gen.Select(Member, Member).Sample((a, b) => (a.I + b.I).Contains(a.X + b.X), iter: Iterations);

    [Fact]
    public void Subtraction_ContainsEveryDifferenceOfMembers() =>
        Gen.Select(Member, Member).Sample((a, b) => (a.I - b.I).Contains(a.X - b.X), iter: Iterations);

    [Fact]
    public void Multiplication_ContainsEveryProductOfMembers() =>
        Gen.Select(Member, Member).Sample((a, b) => (a.I * b.I).Contains(a.X * b.X), iter: Iterations);

    [Fact]
    public void DivisionOfPositiveIntervals_ContainsEveryQuotientOfMembers() =>
        Gen.Select(PositiveMember, PositiveMember).Sample((a, b) => (a.I / b.I).Contains(a.X / b.X), iter: Iterations);

    [Fact]
    public void Intersection_IsContainedInBoth_AndHoldsTheirCommonMembers() =>
        Gen.Select(Member, Member).Sample((a, b) =>
        {
            var both = a.I.Intersect(b.I);
            foreach (var x in new[] { a.X, b.X })
            {
                Assert.Equal(a.I.Contains(x) && b.I.Contains(x), both.Contains(x));
            }

            Assert.Equal(both.IsEmpty, !a.I.Overlaps(b.I));
        }, iter: Iterations);

    [Fact]
    public void AnyOperationOnAnyIntervals_NeverThrows() =>
        Gen.Select(AnyInterval, AnyInterval).Sample((a, b) =>
        {
            _ = (a + b, a - b, a * b, a / b, a.Intersect(b), a.Width, a.Midpoint, a.DistanceTo(b), a.Format(1_000_000_000_000m, 6), a * 100m);
        }, iter: Iterations);
}
