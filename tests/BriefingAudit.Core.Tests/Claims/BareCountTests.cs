using BriefingAudit.Core.Claims;
using BriefingAudit.Core.Vocabulary;

namespace BriefingAudit.Core.Tests.Claims;

/// <summary>
/// Bare whole numbers (no unit or counted noun after them) that count what their clause's subject names or what they
/// point back to, and the bare numbers that must stay unread.
/// </summary>
public class BareCountTests
{
    private static List<Claim> Claims(string text) => [.. TestPipeline.Check(text).Claims.Select(b => b.Claim)];

    private static string? UnitOf(string text, string claimText) => Claims(text).SingleOrDefault(c => c.Text == claimText)?.Quantity.Unit;

    [Theory]
    // The head noun of the subject, not the last noun before the verb ("plants", "ferries").
    [InlineData("Injuries in chemical plants fell to 214 from 302, 88 fewer, a decline of 29.1%.", "214", "injuries")]
    [InlineData("Injuries in chemical plants fell to 214 from 302, 88 fewer, a decline of 29.1%.", "302", "injuries")]
    [InlineData("Injuries in chemical plants fell to 214 from 302, 88 fewer, a decline of 29.1%.", "88", "injuries")]
    [InlineData("Complaints about island ferries came to 2.41 million, up 8.0%.", "2.41 million", "complaints")]
    [InlineData("Last year, injuries on small farms, such as orchards and vineyards, rose to 523.", "523", "injuries")]
    [InlineData("Injuries were 64 fewer than in 2023, down 4.2%.", "64", "injuries")]
    [InlineData("The number of injured was 417.", "417", "people")]
    [InlineData("The number of passengers hurt on ferries was 58.", "58", "people")]
    [InlineData("The number of kite licences issued reached 312.", "312", "licences")]
    // "was"/"were" then when: the subject's number at that time.
    [InlineData("The number of injured was 417 at the end of 2024.", "417", "people")]
    [InlineData("Injuries were 640 in 2023, down 4.2%.", "640", "injuries")]
    [InlineData("The island population was 2.31 million at the end of June.", "2.31 million", "people")]
    [InlineData("Those aged 70 and over numbered 4.6 million.", "4.6 million", "people")]
    // A relative clause or a phrase of place after the head noun still leaves it the subject.
    [InlineData("Fires that destroyed two or more homes numbered 74, 19 fewer than in 2023.", "74", "fires")]
    [InlineData("Fires that destroyed two or more homes numbered 74, 19 fewer than in 2023.", "19", "fires")]
    [InlineData("Fires that destroyed two or more homes fell to 74.", "74", "fires")]
    [InlineData("In the first half, guided tours across the province numbered 31,400, up 6.2%.", "31,400", "tours")]
    // Three modifiers, and an adverb of time before the verb.
    [InlineData("The national demonstration kite parks now number 189, up from 169.", "189", "parks")]
    [InlineData("The national demonstration kite parks now number 189, up from 169.", "169", "parks")]
    public void BareNumberAfterACountingVerb_CountsTheClauseSubject(string sentence, string number, string unit) =>
        Assert.Equal(unit, UnitOf(sentence, number));

    [Theory]
    // After a rate of change and "or", an amount in the unit of what changed is the change as an amount.
    [InlineData("Dairy cows numbered 6.1 million, down 0.5%, or some 30,000.", "some 30,000", ClaimRole.AbsoluteChange, -1)]
    [InlineData("The island population increased by 1.2%, or 10,830.", "10,830", ClaimRole.AbsoluteChange, 1)]
    // In another unit, or with a rate of its own, it is the amount converted.
    [InlineData("Outbound investment was 514 billion yuan, up 2.2%, or 71 billion US dollars, up 1.8%.", "71 billion US dollars", ClaimRole.Level, 1)]
    public void AmountAfterARateOfChangeAndOr_IsThatChangeAsAnAmount(string sentence, string number, ClaimRole role, int sign)
    {
        var claim = Assert.Single(Claims(sentence), c => c.Text == number);
        Assert.Equal((role, sign), (claim.Role, claim.Sign));
    }

    [Fact]
    public void ChangeAfterACountedSubject_IsAnAbsoluteChange() =>
        Assert.Equal(ClaimRole.AbsoluteChange, Assert.Single(Claims("Injuries were 64 fewer than in 2023."), c => c.Text == "64").Role);

    [Theory]
    [InlineData("Harbour inspectors logged 530 incidents last year.\n\nOf them, 318 happened at night.")]
    [InlineData("Harbour inspectors logged 530 incidents last year. Of these, 318 happened at night.")]
    public void FigureAfterAScopeThatPointsBack_CountsWhatWasCountedBefore(string text) =>
        Assert.Equal("incidents", UnitOf(text, "318"));

    [Fact]
    public void SubjectWithTwoModifiersJoined_IsTheClauseSubject() =>
        Assert.Equal("appeals", UnitOf("Civil and criminal appeals, which include those of the maritime courts, numbered 48,300, up 2.4%.", "48,300"));

    // "of them" points back to the plural noun an earlier sentence of the paragraph is about, when nothing was counted.
    [Theory]
    [InlineData("Harbour ferries went the other way: demand has fallen. The yards still hold more than 40 of them.", "more than 40", "ferries")]
    [InlineData("Strictly speaking, night pilots are those who sail after dark. There were 1.42 million of them, 12.5% of the total.", "1.42 million", "pilots")]
    [InlineData("Thank you. Complaints grew faster than before, so their share rose to 56.1%. Ferry tickets gave rise to 2.16 million of them, or 31.4%.", "2.16 million", "complaints")]
    public void FigureOfThem_CountsWhatAnEarlierSentenceIsAbout(string text, string number, string unit) =>
        Assert.Equal(unit, UnitOf(text, number));

    // An amount set off after a plural noun and pointing back to it counts that noun, not the sentence's money before.
    [Theory]
    [InlineData("Kite revenue was more than 880 billion yuan. Rural kites, more than 26 billion of them, now fly far.", "more than 26 billion", "kites")]
    [InlineData("Kite revenue was 880 billion yuan, and rural kites, 26 billion of them, now fly far.", "26 billion", "kites")]
    public void AmountInApposition_CountsTheNounBeforeIt(string text, string number, string unit) =>
        Assert.Equal(unit, UnitOf(text, number));

    [Theory]
    [InlineData("The ferries went the other way. Demand for them rose 12 percent.", "12")]
    [InlineData("The ferries went the other way. Only 7 of them remain.", "7")]
    [InlineData("The ferry went the other way. The yards hold 40 of them.", "40")]
    public void OfThemWithNothingToPointTo_OrOneDigit_StaysUnread(string text, string number) =>
        Assert.DoesNotContain(Claims(text), c => c.Text.EndsWith(number, StringComparison.Ordinal) && c.Quantity.Dimension == UnitDimension.Count);

    [Fact]
    public void FigureAfterAFigureOnlyScope_CountsWhatTheParagraphBeforeCounted() =>
        Assert.Equal(["batches", "batches"], Claims("Inspectors sampled 4.2 million batches of feed.\n\nOf the 96,000 that failed, 41,200 came from markets.")
            .Where(c => c.Text is "96,000" or "41,200").Select(c => c.Quantity.Unit));

    [Fact]
    public void FigureAfterADemonstrative_RestatesTheEarlierCountOfThatValue() =>
        Assert.Equal("incidents", UnitOf("Harbour inspectors logged 530 incidents last year.\n\nEach of those 530 was investigated.", "530"));

    // "Of the 530, …": a bare figure after "the" restates the count of that value said before, and the scope it opens
    // is that count's, as "Of them" would be.
    [Theory]
    [InlineData("530")]
    [InlineData("412")]
    public void FigureAfterAScopeOfTheFigure_CountsWhatThatFigureCounted(string number) =>
        Assert.Equal("incidents", UnitOf("Harbour inspectors logged 530 incidents last year.\n\nOf the 530, 412 were closed by June.", number));

    [Fact]
    public void FigureOpeningASizedScope_CountsTheScopeNoun() =>
        Assert.Equal("inspections", UnitOf("Of the 42 harbour inspections last year, 30 found faults.", "42 harbour inspections"));

    [Fact]
    public void LastItemOfAListAfterCommaAnd_ContinuesTheListCount() =>
        Assert.Equal("people", UnitOf("The ferries carried 640 people, 212 in the north, and 85 in the south.", "85"));

    [Fact]
    public void ItemAfterAColon_ContinuesTheCountBeforeIt() =>
        Assert.Equal("harbours", UnitOf("Graded harbours number 2,695, 38.2% of the total: 327 of the first grade and 1,071 of the second.", "327"));

    [Fact]
    public void AnotherAmount_AddsToWhatTheParagraphBeforeCountedLast() =>
        Assert.Equal("complaints", UnitOf("Complaints about island ferries came to 1.12 million.\n\nCanal tours drew another 0.64 million.", "0.64 million"));

    // An opening "month by month," leaves the clause's subject what its figures count, and a list of them goes on with it.
    [Theory]
    [InlineData("41,000")]
    [InlineData("43,500")]
    [InlineData("46,200")]
    [InlineData("43,567")]
    public void ListAfterAnOpeningWordByWordPhrase_CountsTheClauseSubject(string number) =>
        Assert.Equal("crossings", UnitOf("Month by month, the ferry crossings were 41,000, 43,500 and 46,200, an average of 43,567 a month.", number));

    // "Another 27" are more of what the paragraph just counted, and the figures that go on from it count the same.
    [Theory]
    [InlineData("27")]
    [InlineData("6")]
    [InlineData("33")]
    public void AnotherWholeNumber_CountsWhatTheParagraphCountedLast(string number) =>
        Assert.Equal("ferries", UnitOf("The yard launched 18 ferries, 4 more than last year. Another 27 were ordered, 6 fewer than the 33 of a year before.", number));

    // "That is 268 more.", "127 fewer than a year earlier": a bare figure that says by how many a count moved counts
    // what its sentence, or else the sentence before, counted.
    [Theory]
    [InlineData("Harbour inspectors logged 530 incidents last year, when 482 were logged in 2023. That is 48 more.", "48", "incidents")]
    [InlineData("The total of 8,180 ferries is 127 fewer than a year earlier.", "127", "ferries")]
    [InlineData("The yard delivered 38 ferries. That was 12 fewer than in 2023.", "12", "ferries")]
    public void DifferenceOfACount_CountsWhatWasCountedBefore(string text, string number, string unit) =>
        Assert.Equal(unit, UnitOf(text, number));

    [Theory]
    [InlineData("In 2024 the harbour police prosecuted 78,600, up 53.2%.", "78,600")]
    [InlineData("Ferry operators employed 408,600 and harbour authorities 68,300.", "408,600")]
    [InlineData("In 2020, 1,549,000 were prosecuted for harbour crimes.", "1,549,000")]
    [InlineData("In 2024 the coast guard rescued 312 off the islands.", "312")]
    public void FigureOfAVerbOnlyPeopleUndergo_CountsPeople(string text, string number) =>
        Assert.Equal("people", UnitOf(text, number));

    [Theory]
    [InlineData("At the end of June there were 562 ferry terminals.\n\nGuangdong leads with 68. Shandong has 54 and Hebei 47; those three have 169 between them.", "68")]
    [InlineData("At the end of June there were 562 ferry terminals.\n\nGuangdong leads with 68. Shandong has 54 and Hebei 47; those three have 169 between them.", "54")]
    [InlineData("At the end of June there were 562 ferry terminals.\n\nGuangdong leads with 68. Shandong has 54 and Hebei 47; those three have 169 between them.", "169")]
    [InlineData("At the end of June there were 562 ferry terminals.\n\nThe six provinces together have 232, 41.3% of the national total.", "232")]
    public void FigureAPlaceOrGroupHolds_CountsWhatWasCountedBefore(string text, string number) =>
        Assert.Equal("terminals", UnitOf(text, number));

    [Theory]
    [InlineData("Registered kite clubs numbered 2,486, up 318, or 14.7%.", "318", "clubs")]
    [InlineData("There are 55.9 kites for every club, against 53.9 a year earlier.", "53.9", "kites")]
    public void FigureAfterUpOrAgainst_GoesOnWithTheFigureBefore(string text, string number, string unit) =>
        Assert.Equal(unit, UnitOf(text, number));

    // After the same verb (or the "for" a gapped clause keeps), a bare figure counts what the figure after that verb
    // counted before, in its paragraph or the one before.
    [Theory]
    [InlineData("Harbour inspectors opened 618 cases.\n\nCanal inspectors opened 503.", "503", "cases")]
    [InlineData("Ferries accounted for 835 trips, up 14.6%. Canal boats accounted for 402, down 5.2%, and rafts for 587.", "402", "trips")]
    [InlineData("Ferries accounted for 835 trips, up 14.6%. Canal boats accounted for 402, down 5.2%, and rafts for 587.", "587", "trips")]
    public void FigureAfterTheSameVerb_CountsWhatTheFigureAfterItCounted(string text, string number, string unit) =>
        Assert.Equal(unit, UnitOf(text, number));

    // Another verb, or a verb with no count after it before, leaves the figure unread.
    [Theory]
    [InlineData("Harbour inspectors opened 618 cases.\n\nCanal inspectors closed 503.", "503")]
    [InlineData("Harbour inspectors opened 618 cases.\n\nThe canal office employed 40 inspectors. The canal office opened in 1998 and moved 120 metres.", "120")]
    public void FigureAfterAnotherVerb_StaysUnread(string text, string number) =>
        Assert.DoesNotContain(Claims(text), c => c.Text == number);

    // A ranking's next ("followed with 547", "followed by Zhejiang with 462"), and the items of a list that leaves out
    // its verb after a name ("Nanning opened 503, Kunming 389 and Shanghai 286"), count what the ranking's first did.
    [Theory]
    [InlineData("Guangzhou harbour opened 618 cases, the most of any. Shenzhen harbour followed with 547.", "547", "cases")]
    [InlineData("Guangzhou harbour opened 618 cases, followed by Shenzhen with 547 and Xiamen with 412.", "412", "cases")]
    [InlineData("Harbours in the south opened 618 cases.\n\nNanning Harbour opened 503, Kunming Harbour 389 and Shanghai Harbour 286.", "389", "cases")]
    [InlineData("Harbours in the south opened 618 cases.\n\nNanning Harbour opened 503, Kunming Harbour 389 and Shanghai Harbour 286.", "286", "cases")]
    public void NextOfARankingOrAGappedList_CountsWhatTheFirstCounted(string text, string number, string unit) =>
        Assert.Equal(unit, UnitOf(text, number));

    [Fact]
    public void CountOfPartOfACountedWhole_CountsWhatTheWholeCounts() =>
        Assert.Equal("divisions", UnitOf("In the countryside, 2,755 of the 2,844 county-level divisions now have ferry piers.", "2,755"));

    [Fact]
    public void DurationAfterACountedSubject_StaysADuration() =>
        Assert.Equal("days", UnitOf("Complaints about ferries came to 210 in 15 days.", "15 days"));

    [Theory]
    [InlineData("Kite makers in the top 15 rose to first place.", "15")]
    [InlineData("Complaints under Article 12 rose to a new high.", "12")]
    [InlineData("Injuries fell for the 13th year in a row.", "13th")]
    [InlineData("The delegation signed four deals.", "four")]
    [InlineData("Passengers aged 60 and over rose 4.1%.", "60")]
    [InlineData("Each of those 75 was investigated.", "75")]
    [InlineData("Of these, 7 were closed.", "7")]
    [InlineData("Prices in the harbour were 102 in May.", "102")]
    [InlineData("The harbour index in June was 51.", "51")]
    [InlineData("Injuries fell to 12 in 2024 from the 19 of 2023.", "19")]
    [InlineData("Members of the ferry board were 60 on average.", "60")]
    [InlineData("Their ages were 60 and 70.", "60")]
    [InlineData("Clinics in the harbour district were 15 minutes away.", "15")]
    [InlineData("Scores in the pilots' exam rose to 85 from 79.", "85")]
    public void BareNumberThatCountsNothing_StaysUnread(string sentence, string number) =>
        Assert.DoesNotContain(Claims(sentence), c => c.Text.Contains(number, StringComparison.Ordinal) && c.Quantity.Unit != "percent");

    [Theory]
    [InlineData("Of the 412 kite clubs, 305 passed the inspection, while 107 failed it.", "107")]
    [InlineData("Of the 412 kite clubs, 305 passed the inspection, and the other 107 failed it.", "107")]
    [InlineData("Of the 412 kite clubs, 305 passed the inspection, and the remaining 107 failed it.", "107")]
    public void BareFigureEndingAListAfterWhileOrTheOther_CountsWhatTheListCounts(string text, string claimText) =>
        Assert.Equal("clubs", UnitOf(text, claimText));
    // "and" after a figure ends its item: the noun after it names the next item, not what the figure counts.
    [Theory]
    [InlineData("Kite sales went mostly abroad: Japan took 4.2 million kites, Korea 2.1 million and all other countries 1.3 million.", "2.1 million")]
    [InlineData("Of the 12,300 kite clubs, village clubs numbered 2,400, town clubs 9,600 and private training units 300.", "9,600")]
    public void FigureBeforeAndTheNextItemsLabel_DoesNotCountTheLabelsNoun(string sentence, string number) =>
        Assert.DoesNotContain(Claims(sentence), c => c.Text.StartsWith(number + " and", StringComparison.Ordinal));
}
