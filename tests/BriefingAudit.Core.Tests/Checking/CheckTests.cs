using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking;

/// <summary>One case per check kind in both directions, written as a transcript would say it.</summary>
public class CheckTests
{
    private static IEnumerable<string> Errors(string text) =>
        TestPipeline.Check(text).Findings.Where(f => f.Severity == Severity.Error).Select(f => f.RuleId);

    private const string Totals = "In the first half of the year, China's total imports and exports rose 2.9% to 21.79 trillion yuan. Exports grew 7.2% to 13 trillion yuan, while imports fell by 2.7% to 8.79 trillion yuan. ";

    [Fact]
    public void BA2001_PartsAddUpWithinRounding_NoFinding() => Assert.Empty(Errors(Totals));

    [Fact]
    public void BA2001_PartsDoNotAddUp_Fires()
    {
        var text = "In the first half of the year, China's total imports and exports reached 23.5 trillion yuan. Exports were 13 trillion yuan, while imports were 8.79 trillion yuan.";
        Assert.Contains(RuleIds.Sum, Errors(text));
    }

    [Fact]
    public void BA2001_Message_NamesTheSharedPeriodOnce_ForTheTotal()
    {
        var text = "In the first half of the year, China's total imports and exports reached 23.5 trillion yuan. Exports were 13 trillion yuan, while imports were 8.79 trillion yuan.";
        var message = Assert.Single(TestPipeline.Check(text).Findings, f => f.RuleId == RuleIds.Sum).Message;
        Assert.Equal(1, message.Split("the first half of the year").Length - 1);
        Assert.Contains("exports 13 trillion yuan (line 1) + imports 8.79 trillion yuan (line 1)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void BA2001_ThreeParts_GdpByIndustry()
    {
        const string text = "In the first half of the year, GDP was 66.05 trillion yuan. The value added of the primary industry was 3.17 trillion yuan; the value added of the secondary industry was 23.91 trillion yuan; the value added of the tertiary industry was {0} trillion yuan.";
        Assert.Empty(Errors(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, "38.97")));
        Assert.Contains(RuleIds.Sum, Errors(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, "40.97")));
    }

    [Fact]
    public void BA2002_ShareMatchesRatio_NoFinding() =>
        Assert.Empty(Errors(Totals + "In the first half of the year, trade with ASEAN reached 3.67 trillion yuan, accounting for 16.8% of total foreign trade."));

    [Fact]
    public void BA2002_ShareDiffers_Fires() =>
        Assert.Contains(RuleIds.Share, Errors(Totals + "In the first half of the year, trade with ASEAN reached 3.67 trillion yuan, accounting for 19.5% of total foreign trade."));

    [Fact]
    public void BA2002_ShareOfADifferentWhole_NotCompared() =>
        Assert.Empty(Errors(Totals + "In the first half of the year, private enterprises' imports and exports reached 12.48 trillion yuan. Private enterprises accounted for 30% of imports and exports in the eastern region."));

    [Fact]
    public void BA2003_GapMatches_NoFinding() =>
        Assert.Empty(Errors(Totals + "In the first half of the year, private enterprises' imports and exports grew 7.3%, 4.4 percentage points higher than the national average."));

    [Fact]
    public void BA2003_GapDiffers_Fires() =>
        Assert.Contains(RuleIds.RateGap, Errors(Totals + "In the first half of the year, private enterprises' imports and exports grew 7.3%, 5.8 percentage points higher than the national average."));

    [Fact]
    public void BA1001_LostHedge_Fires() =>
        Assert.Contains(RuleIds.Restatement, Errors(Totals + "In the first half of the year, China's total imports and exports reached 20 trillion yuan."));

    [Fact]
    public void BA1001_KeptHedge_NoFinding() =>
        Assert.Empty(Errors(Totals + "In the first half of the year, China's total imports and exports reached more than 20 trillion yuan."));

    [Fact]
    public void BA1001_DifferentPeriods_NotCompared() =>
        Assert.Empty(Errors(Totals + "In June, China's total imports and exports reached 3.85 trillion yuan."));

    [Fact]
    public void BA1001_DifferentEntities_NotCompared() =>
        Assert.Empty(Errors(Totals + "In the first half of the year, China's exports of mechanical and electrical products reached 7.8 trillion yuan."));

    [Fact]
    public void BA1001_ListGivenRespectively_NotCompared() =>
        Assert.Empty(Errors("In the first half of the year, China's imports and exports via waterways, aviation and highways increased 4.3%, 9% and 16.4%, respectively."));

    [Fact]
    public void BA1001_ThresholdWithIndefiniteArticle_NotAFigure() =>
        Assert.Empty(Errors(Totals + "In the first half of the year, the number of partners with a trade volume exceeding 50 billion yuan reached 61."));

    [Fact]
    public void BA1001_PeriodNamedOnceHoldsForTheAnswer() =>
        Assert.Contains(RuleIds.Restatement, Errors(Totals + "Exports were 15 trillion yuan."));

    [Fact]
    public void BA1001_ContextDroppedAtNextSpeaker()
    {
        var text = "Wang Lingjun:\n\n" + Totals + "\n\nLyu Daliang:\n\nExports were 15 trillion yuan.\n";
        Assert.DoesNotContain(RuleIds.Restatement, Errors(text));
    }

    [Fact]
    public void Findings_AreSortedByLine()
    {
        var text = Totals + "\n\nIn the first half of the year, exports were 15 trillion yuan.\n\nIn the first half of the year, imports were 1 trillion yuan.\n";
        var lines = TestPipeline.Check(text).Findings.Select(f => f.Location.Line).ToList();
        Assert.Equal(lines.Order(), lines);
    }

    [Fact]
    public void Fingerprint_IgnoresLineMoves()
    {
        var text = Totals + "In the first half of the year, China's total imports and exports reached 20 trillion yuan.";
        var a = TestPipeline.Check(text).Findings.Single().Fingerprint;
        var b = TestPipeline.Check("\n\n\n" + text).Findings.Single().Fingerprint;
        Assert.Equal(a, b);
    }
}
