using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Tests.Claims;

/// <summary>"5G", "4K", "3D": digits written into a name are no figure, and do not hide the figure beside them.</summary>
public class NamesWithDigitsTests
{
    [Fact]
    public void FigureBeforeAName_IsReadAndTheNameIsNot()
    {
        var claims = TestPipeline.Check("By the end of June, the ports had 4.55 million 5G base stations.").Claims;
        Assert.Equal("4.55 million 5G base stations", Assert.Single(claims).Claim.Text);
    }

    [Theory]
    [InlineData("3D printers and 4K screens", "   printers and 4K screens")]
    [InlineData("sales of $5M and 12G", "sales of $5M and    ")]
    [InlineData("Route G15 and 25.5G", "Route G15 and 25.5G")]
    public void NamesAreBlanked_OffsetsKept(string text, string blanked) =>
        Assert.Equal(blanked, NamesWithDigits.Blank(text));
}
