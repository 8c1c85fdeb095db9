using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking.Checks;

/// <summary>BA2001 on a surplus: exports are imports plus the surplus, in each currency apart.</summary>
public class SumCheckTests
{
    [Theory]
    [InlineData("7.06", false)]
    [InlineData("8.06", true)]
    public void BA2001_SurplusIsWhatExportsExceedImportsBy(string surplus, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"In 2024, exports grew 7.1% to 25.45 trillion yuan, while imports rose 2.3% to 18.39 trillion yuan, leaving a trade surplus of {surplus} trillion yuan. In US dollars, exports were 3.58 trillion US dollars, imports 2.59 trillion US dollars and the surplus 992.2 billion US dollars.").Contains(RuleIds.Sum));
}
