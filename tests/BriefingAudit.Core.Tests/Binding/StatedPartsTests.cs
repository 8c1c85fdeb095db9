using System.Globalization;
using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>Parts and wholes a sentence states by syntax, on measures the vocabulary has no name for.</summary>
public class StatedPartsTests
{
    private const string MadeUpOf = "This year, new port debt totals {0} billion yuan, made up of 5.6 billion yuan of bank loans, 1.3 billion yuan of bonds and 4.4 billion yuan of grants.";

    private const string OfTheTotal = "Port revenue reached 3.88 billion yuan in the first half, up 8%. Container fees were 1.6 billion yuan. Fees for cold-chain services reached 1.47 billion yuan, making up {0}% of the total.";

    private const string OfANamedWhole = "Profits of ferry operators above designated size totaled more than 3.4 billion yuan in the first half. Profits of island ferry operators rose 7.2% to 1.25 billion yuan, accounting for {0}% of all ferry operators' profits.";

    [Theory]
    [InlineData(OfANamedWhole, "36.3", false)]
    [InlineData(OfANamedWhole, "46.3", true)]
    [InlineData(MadeUpOf, "11.3", false)]
    [InlineData(MadeUpOf, "15.3", true)]
    [InlineData(OfTheTotal, "37.9", false)]
    [InlineData(OfTheTotal, "47.9", true)]
    public void StatedParts_AreCheckedAgainstTheirWhole(string template, string figure, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, template, figure)).Any(id => id is RuleIds.Breakdown or RuleIds.Share));

    // A paragraph that narrows its opening total step by step: audited, then found faulty, then rewritten.
    private const string Narrowing = "Fourth, contract review. Of the 2.4 million port contracts we audited, 5,120 were found to hide fees, such as clauses on berth charges. By the end of the year, 4,880 had been rewritten, {0}% of the total.";

    [Theory]
    // "the total" may be the 5,120 found as well as the 2.4 million audited: checked against neither.
    [InlineData(Narrowing, "95.3")]
    [InlineData(Narrowing, "0.2")]
    // A breakdown into kinds leaves "the total" the paragraph's opening amount.
    [InlineData(OfTheTotal, "37.9")]
    public void ShareOfTheTotal_AfterATotalNarrowedToOnePopulation_IsNotTakenAsOfTheOpeningTotal(string template, string figure) =>
        Assert.Empty(TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, template, figure)));

    // Fares broken into three kinds; then cargo fees, another source beside fares, said as a share of all revenue.
    private const string BesideTheBreakdown = "Ferry fares brought in 6.4 billion yuan in the first half. Within it, island lines took 2.1 billion yuan, coastal lines 1.9 billion yuan and river lines 2.4 billion yuan. Cargo grew faster: container fees reached 1.7 billion yuan and bulk fees 1.1 billion yuan; together they brought in 2.8 billion yuan, {0}% of the total.";

    // A part within one of the kinds: "the total" stays the opening amount.
    private const string WithinTheBreakdown = "Ferry fares brought in 6.4 billion yuan in the first half. Within it, island lines took 2.1 billion yuan, coastal lines 1.9 billion yuan and river lines 2.4 billion yuan. Night sailings took 1.2 billion yuan, {0}% of the total.";

    // Kinds that leave some of the total unsaid: a larger part may gather them with the rest.
    private const string BeyondAPartialBreakdown = "Ferry fares brought in 6.4 billion yuan in the first half. Within it, island lines took 2.1 billion yuan and coastal lines 1.9 billion yuan. Scheduled lines took 4.8 billion yuan, {0}% of the total.";

    [Theory]
    [InlineData(BesideTheBreakdown, "30.4", false)]
    [InlineData(BeyondAPartialBreakdown, "75.0", false)]
    [InlineData(BeyondAPartialBreakdown, "85.0", true)]
    [InlineData(WithinTheBreakdown, "18.8", false)]
    [InlineData(WithinTheBreakdown, "28.8", true)]
    public void ShareOfTheTotal_LargerThanEveryKindOfTheOpeningTotal_IsNotTakenAsOfIt(string template, string figure, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, template, figure)).Contains(RuleIds.Share));

    // "That is 44.1% of revenue" makes the ferry operators' amount a part, no total for the cargo handlers' share.
    [Fact]
    public void AmountGivenAShareOfAnUnsaidWholeInTheNextSentence_IsNoTotalOfALaterShare() =>
        Assert.Empty(TestPipeline.Errors("Port revenue reached 75.2 billion yuan in the first half.\n\nFerry operators earned 33.2 billion yuan, up 12.4%. That is 44.1% of revenue.\n\nCargo handlers earned 24.9 billion yuan, up 9.1%, 33.1% of the total.\n"));

    [Fact]
    public void OfWhichPartsLessThanTheTotal_IsNoError() =>
        Assert.Empty(TestPipeline.Errors("In the first half, the ferry lines carried 8.2 million passengers, of which 5.1 million travelled to the islands."));

    [Theory]
    [InlineData("The ferry lines employ 46,000 people, 9,200 of whom work on the islands.", false)]
    [InlineData("The ferry lines employ 46,000 people, 49,200 of whom work on the islands.", true)]
    public void FirstPartSaidToBeOfWhom_IsAPartOfTheAmountBeforeIt(string text, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors(text).Contains(RuleIds.Breakdown));

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

    [Theory]
    [InlineData("In the first half, dredging was finished on 1,640 berths, {0}% of the annual target of 2,400, clearing 9.2 million cubic meters of silt.", "68.3", false)]
    [InlineData("In the first half, dredging was finished on 1,640 berths, {0}% of the annual target of 2,400, clearing 9.2 million cubic meters of silt.", "78.3", true)]
    [InlineData("The ferry lines earned 1.9 billion yuan at the gates, or {0}% of the total of 5.2 billion yuan.", "36.5", false)]
    [InlineData("The ferry lines earned 1.9 billion yuan at the gates, or {0}% of the total of 5.2 billion yuan.", "46.5", true)]
    // A reference may be exceeded: the part is not listed under it, so a share above 100% is no slip.
    [InlineData("At the end of June, the fleet had 41.2 million tonnes of capacity, {0}% of the normal level of 40 million tonnes.", "103", false)]
    [InlineData("At the end of June, the fleet had 41.2 million tonnes of capacity, {0}% of the normal level of 40 million tonnes.", "113", true)]
    public void ShareOfANamedAmountGivenAfterIt_IsCheckedAgainstIt(string template, string share, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, template, share)).Contains(RuleIds.Share));

    [Theory]
    [InlineData("In 2024 harbour toll receipts were 38.5 billion yuan, up 7.6%. That was {0}% of the 61.8 billion yuan of port fees collected nationwide.", "62.3", false)]
    [InlineData("In 2024 harbour toll receipts were 38.5 billion yuan, up 7.6%. That was {0}% of the 61.8 billion yuan of port fees collected nationwide.", "52.3", true)]
    [InlineData("The ferry fleet carried 10.54 million tonnes of cargo in 2024. It made up {0}% of the country's inland freight of 134.9 million tonnes.", "7.8", false)]
    [InlineData("The ferry fleet carried 10.54 million tonnes of cargo in 2024. It made up {0}% of the country's inland freight of 134.9 million tonnes.", "9.8", true)]
    // What the sentence says of the amount pointed at before its share (a change and the earlier level it is measured
    // from) is no part of it.
    [InlineData("In 2024 harbour toll receipts were 38.5 billion yuan, up 7.5%. That was 2.7 billion yuan more than the 35.8 billion yuan of 2023, and {0}% of the 61.8 billion yuan of port fees collected nationwide.", "62.3", false)]
    [InlineData("In 2024 harbour toll receipts were 38.5 billion yuan, up 7.5%. That was 2.7 billion yuan more than the 35.8 billion yuan of 2023, and {0}% of the 61.8 billion yuan of port fees collected nationwide.", "52.3", true)]
    // Without the pointing word, the sentence before says nothing about the share's part.
    [InlineData("In 2024 harbour toll receipts were 38.5 billion yuan, up 7.6%. Dredging took {0}% of the 61.8 billion yuan of port fees collected nationwide.", "52.3", false)]
    public void ShareOpeningByPointingBack_IsOfTheAmountOfTheSentenceBefore(string template, string share, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, template, share)).Contains(RuleIds.Share));

    [Fact]
    public void PartMeasuredAgainstAReference_StillCountsForAnAverage() =>
        Assert.Contains(RuleIds.Average, TestPipeline.Errors("Renovation began on 17,200 old dockyards, 68.8% of the annual target of 25,000, employing 2.96 million workers, or about 250 workers per dockyard."));

    [Fact]
    public void ParagraphOpeningWithAPart_HasNoTotal() =>
        Assert.Empty(TestPipeline.Errors("Trade with the islands grew 6.4% to 22.07 billion yuan in the first half, accounting for 50.3% of the total. Trade with the coast was 6.98 billion yuan, or 15.9% of the total."));

    [Theory]
    [InlineData("12.75 million seats. Of these, 4.55 million seats were on island routes, accounting for {0}%.", "35.7", false)]
    [InlineData("12.75 million seats. Of these, 4.55 million seats were on island routes, accounting for {0}%.", "45.7", true)]
    [InlineData("8.2 million passengers, of whom 5.1 million passengers went to the islands, or {0}%.", "62.2", false)]
    [InlineData("8.2 million passengers, of whom 5.1 million passengers went to the islands, or {0}%.", "72.2", true)]
    [InlineData("Ticket sales reached 6.4 billion yuan, of which \"sail now, pay later\" sales were 2.3 billion yuan, or {0}% of the total.", "35.9", false)]
    [InlineData("Ticket sales reached 6.4 billion yuan, of which \"sail now, pay later\" sales were 2.3 billion yuan, or {0}% of the total.", "45.9", true)]
    [InlineData("Nearly 8,000 ferry complaints were handled by mediation, 2,300 of which involved ticket refunds, or {0}%.", "29.1", false)]
    [InlineData("Nearly 8,000 ferry complaints were handled by mediation, 2,300 of which involved ticket refunds, or {0}%.", "39.1", true)]
    public void ShareAfterAListedPart_NamingNoWholeOrTheTotal_IsOfTheListsTotal(string template, string share, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors("In the first half, the ferry lines had " + string.Format(CultureInfo.InvariantCulture, template, share)).Contains(RuleIds.Share));

    [Fact]
    public void ParagraphOpeningWithAList_HasNoTotal() =>
        Assert.Empty(TestPipeline.Errors("Freight revenue in the north was 4.1 billion yuan, up 3%; in the south 1.2 billion yuan; and in the west 0.9 billion yuan. The south and the west together earned 2.1 billion yuan, or 21.6% of the total."));

    [Fact]
    public void ParagraphTotalWithOneOtherAmountInItsSentence_IsStillTheTotal() =>
        Assert.Contains(RuleIds.Share, TestPipeline.Errors("Ferry revenue exceeded 6 billion yuan, and revenue exceeded costs by 0.8 billion yuan. Island routes, with revenue of 5.5 billion yuan, made up 99.5% of the total."));

    [Fact]
    public void WholeNamedByMoreThanOneFigure_IsNotGuessed() =>
        Assert.Empty(TestPipeline.Errors("Profits of ferry operators totaled 3.4 billion yuan in the first half. Profits of ferry operators above designated size were 2.9 billion yuan. Profits of island ferry operators rose 7.2% to 1.25 billion yuan, accounting for 46.3% of all ferry operators' profits."));

    private const string Appositive = "In the first half, the harbour fund held 5.4 billion yuan at the end of June {0} 4.1 billion yuan in the port account and {1} billion yuan in the canal account.";

    [Theory]
    [InlineData("—", "1.3", false)]
    [InlineData("—", "0.3", true)]
    [InlineData("—", "2.3", true)]
    [InlineData(":", "1.3", false)]
    [InlineData(":", "0.3", true)]
    public void AmountsRightAfterADashOrColon_AreTheWholeBreakdown(string cue, string part, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, Appositive, cue, part)).Contains(RuleIds.Breakdown));

    // The total names no period (a briefing's figures take its period later); its parts name one each.
    [Theory]
    [InlineData("16.38", false)]
    [InlineData("26.38", true)]
    public void AmountsAfterAColon_ForOnePeriodEach_AreTheBreakdownOfATotalWithNoPeriod(string second, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"Ferry ticket sales came to 28.72 billion yuan: 12.34 billion in the first quarter, up 2.8%, and {second} billion in the second, up 9.1%.").Contains(RuleIds.Breakdown));

    [Theory]
    [InlineData("In the first half, the harbour fund spent 5.4 billion yuan: 4.1 billion yuan on dredging, 0.3 billion yuan on cranes, among other items.")]
    [InlineData("In the first half, the harbour fund spent 5.4 billion yuan: 4.1 billion yuan on dredging, including 0.3 billion yuan on cranes.")]
    public void ColonListSaidToBeSomeOfTheWhole_MayLeaveItemsOut(string text) =>
        Assert.Empty(TestPipeline.Errors(text));

    [Fact]
    public void ShareAfterAPartOfAColonList_IsOfTheTotal() =>
        Assert.Contains(RuleIds.Share, TestPipeline.Errors("In the first half, the canals carried 8.2 billion tonnes: 5.1 billion tonnes on the northern canal, or 72.2%, and 3.1 billion tonnes on the southern canal."));

    [Theory]
    [InlineData("In the first half, the harbour fund collected 5.4 billion yuan, up 4%, and paid out 4.1 billion yuan, up 3%, leaving {0} billion yuan unspent.", "1.3", false)]
    [InlineData("In the first half, the harbour fund collected 5.4 billion yuan, up 4%, and paid out 4.1 billion yuan, up 3%, leaving {0} billion yuan unspent.", "2.3", true)]
    [InlineData("In the first half, ferry fares brought in 2.2 billion yuan and upkeep cost 3.1 billion yuan, a deficit of {0} million yuan.", "900", false)]
    [InlineData("In the first half, ferry fares brought in 2.2 billion yuan and upkeep cost 3.1 billion yuan, a deficit of {0} million yuan.", "600", true)]
    public void AmountLeftOfTwoAmounts_IsTheirDifference(string template, string left, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, template, left)).Contains(RuleIds.Breakdown));

    private const string CountedFunds = "In the first half, the three harbour funds had total revenue of 5.4 billion yuan, of which the port fund took in 4.1 billion yuan, the canal fund {0} billion yuan and the ferry fund 0.2 billion yuan.";

    [Theory]
    [InlineData("1.1", false)]
    [InlineData("0.3", true)]
    public void ListUnderATotalOfCountedThings_WithAsManyItems_IsTheWholeBreakdown(string canal, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, CountedFunds, canal)).Contains(RuleIds.Breakdown));

    [Fact]
    public void ListUnderATotalOfCountedThings_WithFewerItems_MayLeaveSomeOut() =>
        Assert.Empty(TestPipeline.Errors("In the first half, the three harbour funds had total revenue of 5.4 billion yuan, of which the port fund took in 4.1 billion yuan and the canal fund 0.3 billion yuan."));

    private const string CommaList = "The canal scheme now covers 3,726 lock stations, 2,257 in the north and {0} in the south, with about 8 billion tonnes of cargo a year.";

    [Theory]
    [InlineData("1,469", false)]
    [InlineData("2,469", true)]
    [InlineData("469", true)]
    public void BareNumbersRightAfterATotalsComma_AreItsWholeBreakdown(string south, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, CommaList, south)).Contains(RuleIds.Breakdown));

    [Theory]
    [InlineData("The canal scheme now covers 3,726 lock stations, 2,257 more than in 2015, and 469 were added this year.")]
    [InlineData("The canal scheme now covers 3,726 lock stations, 2,257 in the north among others.")]
    [InlineData("The canal scheme now covers 3,726 lock stations, 1,257 in the north, including 469 in the far north.")]
    public void NumbersAfterATotalsComma_ThatAreNoJoinedList_AreNoWholeBreakdown(string text) =>
        Assert.DoesNotContain(RuleIds.Breakdown, TestPipeline.Errors(text));

    private const string SummedUp = "The north kite club held 340 contests and the south kite club 215 contests, {0}.";

    [Theory]
    [InlineData("555 contests in all", false)]
    [InlineData("655 contests in all", true)]
    [InlineData("655 contests for the two", true)]
    [InlineData("655 such contests altogether", true)]
    public void TotalFollowedByWordsSayingItIsAll_SumsUpTheClauseBefore(string total, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, SummedUp, total)).Contains(RuleIds.Breakdown));

    [Fact]
    public void TotalSummingUpThingsItsOwnClauseNames_IsNoTotalOfTheAmountsBefore() =>
        Assert.DoesNotContain(RuleIds.Breakdown, TestPipeline.Errors("The north sold 340 kites and the south 215 kites, while box kites, delta kites and the other kinds, 655 kites in all, sold well abroad."));

    private const string WholeOfAnEarlierParagraph = "Waterway freight reached 8.40 billion tonnes last year, up 3.1%.\n\nLast year, the Pearl River system carried 1.26 billion tonnes, or {0}% of the country's waterway freight.";

    [Theory]
    [InlineData("15.0", false)]
    [InlineData("25.0", true)]
    public void ShareNamingAWholeOfAnEarlierParagraph_IsCheckedAgainstIt(string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, WholeOfAnEarlierParagraph, share)).Contains(RuleIds.Share));

    // A whole named by one word, said earlier in the paragraph: the one amount of the paragraph that the word names.
    private const string OneWordWhole = "Last year, kite sales reached 8.00 billion yuan, up 6.0%. Box kites brought in 2.00 billion yuan, {0}% of sales.";

    [Theory]
    [InlineData("25.0", false)]
    [InlineData("35.0", true)]
    public void ShareNamingItsWholeByOneWord_IsOfTheOneAmountOfTheParagraphTheWordNames(string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, OneWordWhole, share)).Contains(RuleIds.Share));

    [Fact]
    public void ShareNamingItsWholeByOneWord_ThatNamesTwoAmountsOfTheParagraph_IsLeftAlone() =>
        Assert.DoesNotContain(RuleIds.Share, TestPipeline.Errors("Last year, kite sales reached 8.00 billion yuan. Box kite sales were 3.00 billion yuan. Delta kites brought in 2.00 billion yuan, 35.0% of sales."));

    // A whole named by one word in an earlier paragraph: the one amount said before that the word names.
    private const string OneWordWholeOfAnEarlierParagraph = "Kite sales reached 8.00 billion yuan last year, up 6.0%.\n\nLast year, box kites took 2.00 billion yuan, {0}% of sales.";

    [Theory]
    [InlineData("25.0", false)]
    [InlineData("35.0", true)]
    public void ShareNamingItsWholeByOneWord_IsOfTheOneAmountSaidBeforeTheWordNames(string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, OneWordWholeOfAnEarlierParagraph, share)).Contains(RuleIds.Share));

    [Theory]
    // Another speaker's amount is named by the word too: "sales" may be either.
    [InlineData("Li Ming:\n\nLast year, kite sales reached 8.00 billion yuan.\n\nWang Fang:\n\nLast year, box kite sales were 3.00 billion yuan.\n\nLast year, one workshop took 1.20 billion yuan, 35.0% of sales.")]
    // "Completed" names the yards' completions as "completions" does the world's: the word may be of either.
    [InlineData("Last year, our yards completed 8.00 million tonnes of ships.\n\nLast year, global completions were 40.00 million tonnes.\n\nLast year, the eastern yards delivered 2.00 million tonnes, 35.0% of completions.")]
    public void ShareNamingItsWholeByOneWord_ThatNamesTwoAmountsSaidBefore_IsLeftAlone(string text) =>
        Assert.DoesNotContain(RuleIds.Share, TestPipeline.Errors(text));

    [Fact]
    public void ShareNamingAWholeAnotherSpeakerGave_IsLeftAlone() =>
        Assert.Empty(TestPipeline.Errors("Li Ming:\n\nLast year, concert ticket sales reached 28.7 billion yuan.\n\nWang Fang:\n\nLast year, one film took 15.4 billion yuan, 52.8% of all ticket sales."));

    private const string WholeNamedByItsClause = "Last year, there were 4.20 million registered kite fliers.\n\nLast year, junior kite fliers numbered 1.05 million fliers, or {0}% of all registered kite fliers.";

    [Theory]
    [InlineData("25.0", false)]
    [InlineData("40.0", true)]
    public void ShareNamingAWholeByTheWordsOfItsClause_IsCheckedAgainstIt(string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, WholeNamedByItsClause, share)).Contains(RuleIds.Share));

    // An opening statement gives the total; an answer later gives a part, its growth and its share of "the total".
    private const string TotalOfTheBriefing = "Li Ming:\n\nLast year, the kite industry earned revenue of 8.00 billion yuan, up 6.0%, and profits of 0.90 billion yuan.\n\nReporter:\n\nWhich kites sold best?\n\nWang Fang:\n\nThank you. Last year, box kites earned 2.00 billion yuan, up 9.0%, {0}% of {1}.";

    [Theory]
    [InlineData("25.0", "the total", false)]
    [InlineData("35.0", "the total", true)]
    [InlineData("25.0", "the national total", false)]
    [InlineData("35.0", "the national figure", true)]
    public void ShareOfTheTotalInALaterAnswer_IsOfTheBriefingsFirstAmountThePartsWordsName(string share, string whole, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, TotalOfTheBriefing, share, whole)).Contains(RuleIds.Share));

    [Fact]
    public void ShareOfTheTotal_WhoseFirstAmountNamesNothingOfThePart_IsLeftAlone() =>
        Assert.DoesNotContain(RuleIds.Share, TestPipeline.Errors("Last year, riverside mills ground 8.00 million tonnes of wheat.\n\nWang Fang:\n\nThank you. Last year, the northern port shipped 2.00 million tonnes, 35.0% of the total."));

    // The briefing's first amount (summer grain) shares no word with the part; a later one (wheat) names what it is of.
    private const string TotalNamedAfterTheFirst = "Li Ming:\n\nLast year, summer grain output was 10.00 million tonnes.\n\nWheat output was 8.00 million tonnes.\n\nWang Fang:\n\nThank you. Last year, Henan harvested 2.00 million tonnes of wheat, {0}% of the national total.";

    [Theory]
    [InlineData("25.0", false)]
    [InlineData("20.0", true)]
    public void ShareOfTheNationalTotal_WhoseFirstAmountNamesNothingOfThePart_IsOfTheLaterAmountItNames(string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, TotalNamedAfterTheFirst, share)).Contains(RuleIds.Share));

    // An amount given its own share in the paragraph is one more item of the list, not the nation's total.
    private const string NationalTotalAfterAnItem = "Li Ming:\n\nLast year, kite makers earned revenue of 8.00 billion yuan.\n\nWang Fang:\n\nThank you. Last year, Guangdong earned revenue of 3.00 billion yuan, 37.5% of it. Fujian earned revenue of 2.00 billion yuan, {0}% of the {1}.";

    [Theory]
    [InlineData("25.0", "national total", false)]
    [InlineData("35.0", "national total", true)]
    // "The total" alone may be of an amount the paragraph gave: it is not guessed at.
    [InlineData("35.0", "total", false)]
    public void ShareOfTheNationalTotal_AfterAnItemGivenItsOwnShare_IsOfTheBriefingsTotal(string share, string whole, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, NationalTotalAfterAnItem, share, whole)).Contains(RuleIds.Share));

    // The part's clause names nothing ("It sold"); the question the answer takes up names what the nation's total is of.
    private const string TotalTheQuestionNames = "Li Ming:\n\nLast year, the kite industry earned revenue of 8.00 billion yuan, up 6.0%.\n\nReporter:\n\n{0}\n\nWang Fang:\n\nThank you. Guangdong, by a nose. It sold 2.00 billion yuan, {1}% of the {2}.";

    [Theory]
    [InlineData("Which provinces earn the most kite revenue?", "25.0", "national total", false)]
    [InlineData("Which provinces earn the most kite revenue?", "35.0", "national total", true)]
    [InlineData("Which provinces earn the most kite revenue?", "35.0", "country's figure", true)]
    [InlineData("Which provinces ship the most wheat?", "35.0", "national total", false)]
    // "The total" alone may be of a narrower total than the briefing's first, which the question's words may also name.
    [InlineData("Which provinces earn the most kite revenue?", "35.0", "total", false)]
    public void ShareOfTheNationalTotalInAnAnswer_IsOfTheBriefingsFirstAmountTheQuestionNames(string question, string share, string whole, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, TotalTheQuestionNames, question, share, whole)).Contains(RuleIds.Share));

    // "The total" said again in the paragraph is the whole the share before was of, while no other total has come up.
    private const string TheTotalSaidAgain = "Li Ming:\n\nLast year, the kite industry earned revenue of 8.00 billion yuan, up 6.0%.\n\nReporter:\n\nWhich kites sold best?\n\nWang Fang:\n\nThank you. Last year, box kites earned 2.00 billion yuan, up 9.0%, 25.0% of the total. {0} earned 3.00 billion yuan, up 4.0%, {1}% of the total.";

    [Theory]
    [InlineData("Delta kites", "37.5", false)]
    [InlineData("Delta kites", "47.5", true)]
    [InlineData("Paper dragons", "47.5", true)]
    public void ShareOfTheTotalSaidAgain_IsOfTheWholeOfTheShareBefore(string part, string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, TheTotalSaidAgain, part, share)).Contains(RuleIds.Share));

    // A share that names no whole, after its amount, goes on with the list of the turn's last share tied to a whole.
    private const string ListGoneOn = "Li Ming:\n\nLast year, the kite industry earned revenue of 8.00 billion yuan, up 6.0%.\n\nReporter:\n\nWhich kites sold best?\n\nWang Fang:\n\nThank you. Last year, box kites earned revenue of 2.00 billion yuan, 25.0% of the national total.\n\n{0}";

    [Theory]
    [InlineData("Delta kites came next with 1.60 billion yuan, and paper dragons with 1.20 billion yuan, or 15.0%.", false)]
    [InlineData("Delta kites came next with 1.60 billion yuan, and paper dragons with 1.20 billion yuan, or 25.0%.", true)]
    [InlineData("Delta kites came next with 1.20 billion yuan, up 3.0%, a share of 25.0%.", true)]
    // "Of them" names the whole: the kites sold abroad are a share of the delta kites, not of the industry.
    [InlineData("Delta kites earned 1.60 billion yuan. Of them, the kites sold abroad brought in 1.20 billion yuan, or 75.0%.", false)]
    // A larger amount said since is no item of the list: "or 6.0%" may be of it.
    [InlineData("The toy trade as a whole sold 20.00 billion yuan, and paper dragons 1.20 billion yuan, or 6.0%.", false)]
    public void ShareNamingNoWhole_AfterAShareOfATotalInTheTurn_IsOfThatTotal(string answer, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, ListGoneOn, answer)).Contains(RuleIds.Share));

    // A share opening its sentence with words that point back is the share of the amount the sentence before ends on.
    private const string PointedBackAtInALaterAnswer = "Li Ming:\n\nLast year, the kite industry earned revenue of 8.00 billion yuan, up 6.0%.\n\nReporter:\n\nWhich kites sold best?\n\nWang Fang:\n\nThank you. Last year, box kites earned revenue of 2.00 billion yuan, up 9.0%. {0} {1}% of the total.";

    [Theory]
    [InlineData("That is", "25.0", false)]
    [InlineData("That is", "35.0", true)]
    [InlineData("That was equal to", "35.0", true)]
    [InlineData("They still made up", "35.0", true)]
    public void ShareOfTheTotalPointingBackAtTheSentenceBefore_IsOfItsLastAmount(string opening, string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, PointedBackAtInALaterAnswer, opening, share)).Contains(RuleIds.Share));

    private const string PointedBackAtWithItsWholeNamed = "Waterway freight reached 8.40 billion tonnes last year, up 3.1%.\n\nLast year, the Pearl River system carried 1.26 billion tonnes, up 2.0%. {0} {1}% of the country's waterway freight.";

    [Theory]
    [InlineData("It was", "15.0", false)]
    [InlineData("It was", "25.0", true)]
    [InlineData("They are already", "25.0", true)]
    public void ShareNamingItsWholePointingBackAtTheSentenceBefore_IsOfItsLastAmount(string opening, string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, PointedBackAtWithItsWholeNamed, opening, share)).Contains(RuleIds.Share));

    [Theory]
    [InlineData("Last year, the Pearl River system carried the most. It was 25.0% of the country's waterway freight.")]
    [InlineData("Last year, the Pearl River system carried 1.26 billion tonnes. Its busiest port was 25.0% of the country's waterway freight.")]
    public void ShareOpeningItsSentence_WithoutPointingBackAtAnAmountJustBefore_IsLeftAlone(string answer) =>
        Assert.DoesNotContain(RuleIds.Share, TestPipeline.Errors("Waterway freight reached 8.40 billion tonnes last year, up 3.1%.\n\n" + answer));

    // "…, of which …": a list whose last item is joined by "and", none said to be among others, is all of its total.
    [Theory]
    [InlineData("900", "of which 500 million yuan was in bonds and 400 million yuan in deposits", false)]
    [InlineData("1,200", "of which 500 million yuan was in bonds and 400 million yuan in deposits", true)]
    [InlineData("1,200", "of which bonds were 500 million yuan and deposits 400 million yuan", true)]
    [InlineData("1,200", "of which 500 million yuan was in bonds, up 4%, and deposits took 400 million yuan", true)]
    [InlineData("1,200", "of which 500 million yuan was in bonds and 400 million yuan in deposits and other assets", false)]
    [InlineData("1,200", "of which 500 million yuan was in bonds, while 400 million yuan was in deposits", false)]
    public void ListAfterOfWhich_JoinedByAnd_IsTheWholeOfItsTotal(string total, string list, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"In the first half, the kite fund held {total} million yuan, {list}.").Contains(RuleIds.Breakdown));

    // A colon list after a total and its share of a larger whole: the share does not stand between the total and its list.
    [Theory]
    [InlineData("2,500", false)]
    [InlineData("2,800", true)]
    public void ColonListAfterATotalAndItsShare_IsTheWholeBreakdownOfTheTotal(string total, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"The kite survey covered 2024. Graded kite clubs number {total}, 38.2% of the total: 310 of the first grade, 1,070 of the second and 1,120 of the third.").Contains(RuleIds.Breakdown));

    // Nor does the total's growth: "62.00 million tonnes, up 6.8%: 15.90 million tonnes of … and 48.10 million …".
    [Theory]
    [InlineData("up 6.8%", "14.10", false)]
    [InlineData("up 6.8%", "16.10", true)]
    [InlineData("down by 2.1%", "16.10", true)]
    public void ColonListAfterATotalAndItsGrowth_IsTheWholeBreakdownOfTheTotal(string growth, string second, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"In the first half, kite paper output reached 62.00 million tonnes, {growth}: 47.90 million tonnes of white paper and {second} million tonnes of red paper.").Contains(RuleIds.Breakdown));

    // The question asked of rail passengers: of the opening's totals, the rail trips say more of its words than all
    // trips, which share only "carried" with the part.
    [Theory]
    [InlineData("50.9", false)]
    [InlineData("30.9", true)]
    public void ShareOfTheNationalFigure_IsOfTheOpeningTotalThatSaysMostOfTheQuestion(string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Li Ming:\n\nIn the first half, urban kite transport carried 50.46 billion person-times, up 1.6%. Kite rail carried 16.05 billion person-times, up 4.6%.\n\n"
            + $"Xinhua:\n\nWhich cities carry the most kite rail passengers?\n\nLi Ming:\n\nThose five cities carried 8.17 billion person-times, {share}% of the national figure.").Contains(RuleIds.Share));

    // "We prosecuted 78,600 … We prosecuted 62,300 … They are now 3.8% of the total": an earlier amount said in the part's
    // own words and no others is a sibling of the part, not the total it is a share of.
    [Fact]
    public void ShareOfTheTotal_IsNotOfASiblingSaidInTheSameWords() =>
        Assert.Empty(TestPipeline.Errors("Kite Office:\n\nIn 2024 we prosecuted 78,600 for kite fraud, up 53.2%.\n\nKite theft went the other way. In 2024 we prosecuted 62,300, down 11.5%. They are now 3.8% of the total.\n"));

    // An answer lists regions; a smaller sibling said before the part is no whole it could be of, so "the total" stays
    // the briefing's opening amount.
    private const string TheTotalAfterASibling = "Li Ming:\n\nLast year, the kite industry earned revenue of 8.00 billion yuan, up 6.0%.\n\nReporter:\n\nWhere are kites made?\n\nWang Fang:\n\nThank you. The eastern region earned 4.00 billion yuan.\n\n{0} The western region earned 2.00 billion yuan, up 9.0%, {1}% of the total.";

    [Theory]
    [InlineData("The central region earned 1.00 billion yuan, up 3.0%.", "25.0", false)]
    [InlineData("The central region earned 1.00 billion yuan, up 3.0%.", "35.0", true)]
    // The answer's earlier paragraph is more of the list, not the total.
    [InlineData("The central region earned 1.00 billion yuan, up 3.0%.", "50.0", true)]
    // A figure said otherwise, here per kite, may stand for the total meant: nothing is guessed at.
    [InlineData("Prices averaged 1.00 yuan a kite.", "35.0", false)]
    public void ShareOfTheTotal_AfterASmallerSiblingInItsParagraph_IsOfTheBriefingsFirstAmountThePartsWordsName(string sibling, string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(CultureInfo.InvariantCulture, TheTotalAfterASibling, sibling, share)).Contains(RuleIds.Share));
}
