using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>A mean said to be so much "each" after a total of its sentence: the mean of the things the total sums.</summary>
public class MeansOfTotalsPartsTests
{
    private const string Provinces = "Ferry Agency:\n\nAmong provinces, Guangdong carried 19.86 billion tonnes, Zhejiang 17.92 billion tonnes and Jiangsu 7.31 billion tonnes. ";

    [Theory]
    [InlineData("The three provinces together carried 45.09 billion tonnes, an average of 15.03 billion tonnes each.\n", "15.03 billion tonnes")]
    [InlineData("The three provinces together carried 45.09 billion tonnes, 45.9% of the national total, an average of 15.03 billion tonnes apiece.\n", "15.03 billion tonnes")]
    public void MeanEach_AfterATotal_IsTheMeanOfItsParts(string total, string mean) =>
        Assert.Equal(["19.86 billion tonnes", "17.92 billion tonnes", "7.31 billion tonnes"], TestPipeline.Bound(Provinces + total, mean).Items.Select(c => c.Text));

    [Theory]
    [InlineData("15.03", false)]
    [InlineData("18.03", true)]
    public void BA2009_MeanEachAfterATotal_MustBeTheMeanOfItsParts(string mean, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(Provinces + $"The three provinces together carried 45.09 billion tonnes, an average of {mean} billion tonnes each.\n").Contains(RuleIds.Average));

    // A subtotal among the parts stands for the things it sums: five provinces, not four amounts.
    [Theory]
    [InlineData("40.52", false)]
    [InlineData("50.66", true)]
    public void BA2009_MeanEach_CountsTheThingsASubtotalSums(string mean, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors("Ferry Agency:\n\nGuangdong sold 55.84 billion yuan. Jiangsu came next with 41.27 billion yuan. The two of them sold 97.11 billion yuan between them.\n\nShandong sold 38.96 billion yuan, Zhejiang 37.12 billion yuan and Henan 29.43 billion yuan.\n\n"
            + $"The five provinces together came to 202.62 billion yuan, an average of {mean} billion yuan each.\n").Contains(RuleIds.Average));

    // A mean a day is of the days, not of the provinces.
    [Fact]
    public void MeanADay_AfterATotal_IsNoMeanOfItsParts() =>
        Assert.Empty(TestPipeline.Bound(Provinces + "The three provinces together carried 45.09 billion tonnes, an average of 249 million tonnes a day.\n", "249 million tonnes").Items);
}
