namespace BriefingAudit.Core.Tests.Binding;

/// <summary>A figure said with no one's name in a briefing on one entity, which the transcript gave it for before.</summary>
public class TopicEntityTests
{
    private static List<string> Errors(string title, string answer) => TestPipeline.Errors(
        title + "\n\nLiu Wei:\n\nIn the first half, toy exports came to 41.6 billion US dollars, up 6.1%.\n\n"
        + "Xinhua:\n\nWhy is demand abroad weak?\n\nLiu Wei:\n\n" + answer);

    [Theory]
    [InlineData("Exports grew 9.8% in the first half.", true)]
    [InlineData("Exports grew 6.1% in the first half.", false)]
    [InlineData("Exports were 52.3 billion US dollars in the first half.", true)]
    public void BareFigureInABriefingOnTheEntity_IsTheEntitys(string answer, bool fires) =>
        Assert.Equal(fires, Errors("Press conference on the toy industry in H1 2025", answer).Contains("BA1001"));

    [Fact]
    public void BareFigureInABriefingOnSomethingElse_StaysTheNations() =>
        Assert.DoesNotContain("BA1001", Errors("Press conference on foreign trade in H1 2025", "Exports grew 9.8% in the first half."));
}
