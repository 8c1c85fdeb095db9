using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>
/// A count whose clause says only when, whose and that the things are there is the number of what its counted noun
/// names; a clause that says more about them names a narrower population, which keeps no such measure.
/// </summary>
public class CountedNounTests
{
    [Theory]
    [InlineData("By the end of June, the country had 16,800 public libraries, up 2.1%.", "16,800 public libraries", "open:library number public")]
    // The change right after the count is of the same things.
    [InlineData("By the end of June, the country had 16,800 public libraries, up 2.1%.", "2.1%", "open:library number public")]
    // Words after the noun name the things further; "in China" and the period do not.
    [InlineData("In 2024, there were 52,300 tea farms above county level in China.", "52,300 tea farms", "open:above county farm level number tea")]
    // "of all kinds" narrows nothing.
    [InlineData("In 2024, China had 9,870 museums of all kinds.", "9,870 museums", "open:museum number")]
    // A clause that is only its figure says what the clause before it said.
    [InlineData("There were 4,100 river ferries, up 3%, and 2,200 canal barges, down 1.8%.", "2,200 canal barges", "open:barge canal number")]
    public void CountOfThingsThatAreThere_IsTheNumberOfWhatItsNounNames(string text, string claim, string measure) =>
        Assert.Equal(measure, TestPipeline.Bound(text, claim).Measure?.Id);

    [Theory]
    // The enterprises that exported are some of them, not all.
    [InlineData("In 2024, there were 5,600 tea farms. In 2024, 1,200 tea farms exported their leaves.", "1,200 tea farms")]
    // A time the vocabulary cannot place may be any stretch of the year.
    [InlineData("In 2024, there were 5,600 tea farms. During the harvest festival, there were 1,200 tea farms.", "1,200 tea farms")]
    // "Of these" narrows what follows to a part of the first count.
    [InlineData("In 2024, there were 5,600 tea farms. Of these, there were 1,200 tea farms.", "1,200 tea farms")]
    // The farms are the subject of a verb after them: "were certified" counts those certified.
    [InlineData("In 2024, there were 5,600 tea farms, and 1,200 tea farms were certified organic.", "1,200 tea farms")]
    // Whose they are is a subject the vocabulary does not know, not the nation.
    [InlineData("In 2024, there were 5,600 tea farms. In 2024, rural cooperatives had 1,200 tea farms.", "1,200 tea farms")]
    // A list of counts joined by "and" is no count said alone.
    [InlineData("In 2024, there were 5,600 tea farms. In 2024, there were 1,200 tea farms and 300 orchards.", "1,200 tea farms")]
    public void CountOfANarrowerPopulation_IsNotTheNumberOfAllOfThem(string text, string narrower)
    {
        // The whole population is bound; the narrower count must not be taken for it.
        Assert.Equal("open:farm number tea", TestPipeline.Bound(text, "5,600 tea farms").Measure?.Id);
        Assert.NotEqual("open:farm number tea", TestPipeline.Bound(text, narrower).Measure?.Id);
    }

    [Fact]
    public void CountRestatedAsTheNumberOfTheThings_IsChecked() =>
        Assert.Contains(RuleIds.Restatement, TestPipeline.Errors("By the end of June, there were 16,800 public libraries. At the end of June, the number of public libraries reached 17,900."));

    [Theory]
    // Students there are, and students admitted in the year: two populations under one noun.
    [InlineData("In 2024, there were 290 million students. In 2024, the schools admitted 35 million students.")]
    // Students of one province are not the nation's.
    [InlineData("In 2024, there were 290 million students. In 2024, there were 35 million students in Zhejiang.")]
    public void TwoPopulationsUnderOneNoun_AreNoRestatement(string text)
    {
        Assert.Equal("open:number student", TestPipeline.Bound(text, "290 million students").Measure?.Id);
        Assert.DoesNotContain(RuleIds.Restatement, TestPipeline.Errors(text));
    }
}
