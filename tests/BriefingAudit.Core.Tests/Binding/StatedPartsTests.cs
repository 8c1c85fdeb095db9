using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>Parts and wholes a sentence states by syntax, on measures the vocabulary has no name for.</summary>
public class StatedPartsTests
{
    private const string MadeUpOf = "This year, new port debt totals {0} billion yuan, made up of 5.6 billion yuan of bank loans, 1.3 billion yuan of bonds and 4.4 billion yuan of grants.";

    [Fact]
    public void ListMadeUpOfItsParts_AddingUp_IsNoError() =>
        Assert.Empty(TestPipeline.Errors(string.Format(System.Globalization.CultureInfo.InvariantCulture, MadeUpOf, "11.3")));

    [Fact]
    public void ListMadeUpOfItsParts_NotAddingUp_IsAnError() =>
        Assert.Contains(RuleIds.Breakdown, TestPipeline.Errors(string.Format(System.Globalization.CultureInfo.InvariantCulture, MadeUpOf, "15.3")));

    [Fact]
    public void OfWhichPartsLessThanTheTotal_IsNoError() =>
        Assert.Empty(TestPipeline.Errors("In the first half, the ferry lines carried 8.2 million passengers, of which 5.1 million travelled to the islands."));

    [Fact]
    public void OfWhichPartsMoreThanTheTotal_IsAnError() =>
        Assert.Contains(RuleIds.Breakdown, TestPipeline.Errors("In the first half, the ferry lines carried 8.2 million passengers, of which 5.1 million travelled to the islands and 4.3 million travelled to the coast."));

    [Theory]
    [InlineData("By the end of June, the ports had 4.55 million vehicles, accounting for 35.7% of the 12.75 million vehicles nationwide.")]
    [InlineData("In the first half, port revenue reached 17.3 billion yuan, accounting for 26.2% of transport revenue, which stood at 66.05 billion yuan.")]
    public void ShareOfAWholeStatedAfterIt_Holding_IsNoError(string text) =>
        Assert.Empty(TestPipeline.Errors(text));

    [Theory]
    [InlineData("By the end of June, the ports had 4.55 million vehicles, accounting for 45.7% of the 12.75 million vehicles nationwide.")]
    [InlineData("In the first half, port revenue reached 17.3 billion yuan, accounting for 36.2% of transport revenue, which stood at 66.05 billion yuan.")]
    public void ShareOfAWholeStatedAfterIt_Failing_IsAnError(string text) =>
        Assert.Contains(RuleIds.Share, TestPipeline.Errors(text));
}
