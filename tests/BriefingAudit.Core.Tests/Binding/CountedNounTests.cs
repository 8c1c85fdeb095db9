using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>
/// A count whose clause says only when, whose and that the things are there, or only that they numbered so many, is the
/// number of what its counted noun names; a clause that says more about them names a narrower population, which keeps
/// no such measure, and what they have is a count of other things.
/// </summary>
public class CountedNounTests
{
    [Theory]
    [InlineData("By the end of June, the country had 16,800 public libraries, up 2.1%.", "16,800 public libraries", "open:library public")]
    // The change right after the count is of the same things.
    [InlineData("By the end of June, the country had 16,800 public libraries, up 2.1%.", "2.1%", "open:library public")]
    // Words after the noun name the things further; "in China" and the period do not.
    [InlineData("In 2024, there were 52,300 tea farms above county level in China.", "52,300 tea farms", "open:above county farm level tea")]
    // "of all kinds" narrows nothing.
    [InlineData("In 2024, China had 9,870 museums of all kinds.", "9,870 museums", "open:museum number")]
    // A clause that is only its figure says what the clause before it said.
    [InlineData("There were 4,100 river ferries, up 3%, and 2,200 canal barges, down 1.8%.", "2,200 canal barges", "open:barge canal")]
    // The subject names the things and the verb gives their number; an aside after the subject only describes them,
    // and "businesses" is a name of the figure's unit (enterprises).
    [InlineData("In 2024, family businesses, the small stalls that line every street, numbered 5.6 million, up 2%.", "5.6 million", "open:business family")]
    [InlineData("In 2024, family businesses, the small stalls that line every street, numbered 5.6 million, up 2%.", "2%", "open:business family")]
    [InlineData("In 2024, tea farms came to 5.6 million.", "5.6 million", "open:farm tea")]
    // Things the vocabulary counts are its measure.
    [InlineData("In 2024, foreign trade enterprises numbered 1.2 million, up 3%.", "1.2 million", "trading-enterprises")]
    // A count the clause opens with as all of them, saying what they have.
    [InlineData("In 2024, the 5,600 tea farms had 90,000 pickers, and the 2,100 orchards had 30,000 pickers.", "5,600 tea farms", "open:farm tea")]
    [InlineData("In 2024, the 5,600 tea farms had 90,000 pickers, and the 2,100 orchards had 30,000 pickers.", "2,100 orchards", "open:number orchard")]
    // The level of the year before is of what the count it is the base of counts.
    [InlineData("At the end of 2024, there were 5,600 tea farms, 300 more than the year before, when there were 5,300.", "5,300", "open:farm tea")]
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
        Assert.Equal("open:farm tea", TestPipeline.Bound(text, "5,600 tea farms").Measure?.Id);
        Assert.NotEqual("open:farm tea", TestPipeline.Bound(text, narrower).Measure?.Id);
    }

    // "such" farms are of the kind just named (organic ones), which the noun alone would take for all farms; "such" is no
    // word of a measure either, so the count keeps none.
    [Fact]
    public void CountOfSuchThings_KeepsNoMeasure() =>
        Assert.Null(TestPipeline.Bound("In 2024, there were 5,600 tea farms. Organic farming grew fastest. In 2024, there were 1,200 such tea farms.", "1,200 such tea farms").Measure);

    [Theory]
    // Each verb that gives the subject's number, in any case, and with white space other than one space before the figure.
    [InlineData("In 2024, tea farms numbered 5.6 million.")]
    [InlineData("In 2024, tea farms NUMBERED 5.6 million.")]
    [InlineData("In 2024, tea farms came to  5.6 million.")]
    [InlineData("In 2024, tea farms totaled 5.6 million.")]
    [InlineData("In 2024, tea farms totalled 5.6 million.")]
    [InlineData("In 2024, tea farms stood at\t5.6 million.")]
    [InlineData("In 2024, tea farms now numbered 5.6 million.")]
    public void SubjectNumberedByEachVerb_IsTheNumberOfTheThings(string text) =>
        Assert.Equal("open:farm tea", TestPipeline.Bound(text, "5.6 million").Measure?.Id);

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

    [Fact]
    public void BaseCount_IsOfTheYearBefore() =>
        Assert.Contains("a year earlier", TestPipeline.Bound("At the end of 2024, there were 5,600 tea farms, 300 more than the year before, when there were 5,300.", "5,300").Period?.Name);

    [Fact]
    public void SubjectCountRestatedAsThereWere_IsChecked() =>
        Assert.Contains(RuleIds.Restatement, TestPipeline.Errors("In 2024, family businesses, the small stalls that line every street, numbered 5.6 million, up 2%. In 2024, there were 4.9 million family businesses."));

    [Theory]
    // "exports" are not the farms the figure counts.
    [InlineData("In 2024, there were 5.6 million tea farms, and tea exports came to 1.2 million.", "1.2 million")]
    // "Of these" narrows the definite count to a part of the first.
    [InlineData("In 2024, there were 5.6 million tea farms. Of these, the 1,200 tea farms had 9,000 pickers.", "1,200 tea farms")]
    // "of them" points back and names no things ("million" is the figure's, not a noun).
    [InlineData("In 2024, there were 5.6 million tea farms. In 2024, there were 1.2 million of them.", "1.2 million")]
    public void CountOfOtherThingsOrAPart_IsNotTheNumberOfTheFarms(string text, string other)
    {
        Assert.Equal("open:farm tea", TestPipeline.Bound(text, "5.6 million tea farms").Measure?.Id);
        Assert.Null(TestPipeline.Bound(text, other).Measure);
    }

    [Fact]
    public void SubjectWithAnAsideThatAddsOtherThings_IsNotTheirNumber()
    {
        const string text = "In 2024, there were 5.6 million family businesses. In 2024, family businesses, together with the firms that supply them, numbered 9.6 million.";
        Assert.Equal("open:business family", TestPipeline.Bound(text, "5.6 million family businesses").Measure?.Id);
        Assert.NotEqual("open:business family", TestPipeline.Bound(text, "9.6 million").Measure?.Id);
    }

    [Theory]
    // What the subject has is not the subject, however many of it there are.
    [InlineData("In 2024, rural clinics had 1.1 million doctors.", "1.1 million doctors")]
    [InlineData("In 2024, the 5,600 tea farms had 90,000 pickers.", "90,000 pickers")]
    // "of whom" points back: the part is no item of a list named by "whom".
    [InlineData("In 2024, tea pickers numbered 1.8 million, of whom 200,000 were seasonal.", "200,000")]
    public void ObjectCount_IsNotTheSubjects(string text, string claim) =>
        Assert.Null(TestPipeline.Bound(text, claim).Measure);

    [Fact]
    public void HadBeforeAnotherVerb_KeepsTheCountTheSubjects() =>
        Assert.Equal("open:capacity solar", TestPipeline.Bound("With new panels added in the first half, solar capacity has exceeded 1 billion kilowatts.", "exceeded 1 billion kilowatts").Measure?.Id);
}
