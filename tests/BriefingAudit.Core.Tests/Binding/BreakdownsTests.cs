using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Binding;

/// <summary>Lists under a total (BA2010): what is, and what is not, a total of the items after it.</summary>
public class BreakdownsTests
{
    private static List<string> Errors(string before) =>
        TestPipeline.Errors($"In the first half, the kite club {before}. Kite club income rose 7.6% to 220 million yuan, and kite club spending grew 3.1% to 260 million yuan.");

    [Theory]
    [InlineData("ran a deficit of 40 million yuan")]
    [InlineData("posted a surplus of 40 million yuan")]
    public void BalanceBeforeItsTwoSides_IsNoTotalOfThem(string balance) => Assert.Empty(Errors(balance));

    // A ranking ties each figure in with "with": the word is no noun that the items say again, and the first place's
    // figure is no total of the places after it.
    [Fact]
    public void RankingTiedInByWith_IsNoBreakdownOfItsFirstPlace() =>
        Assert.DoesNotContain("BA2010", TestPipeline.Errors("The largest kite club is in Weifang, with 6.62 million kites. Then come Tianjin with 6.36 million, Dalian with 6.11 million and Nantong with 5.68 million."));

    // "All other …" said to make up an amount names the rest of the whole that the amount before was given as a share
    // of: it stands beside that amount, so it may be as large. Said "of them", it is within the amount before.
    [Theory]
    [InlineData("All other clubs accounted for 150 million yuan", false)]
    [InlineData("All other clubs accounted for 150 million yuan of it", true)]
    public void TheRest_AfterAnAmountGivenAsAShare_IsTheRestOfItsWhole(string rest, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"By club, kite income in the first half was as follows. The Weifang club took 160 million yuan, 32.6% of all kite income. The Tianjin club took 98 million yuan, or 19.9%. {rest}.").Contains("BA2010"));

    // Amounts said to make up some of a whole are peers in it: the one before is no total of those after, nor is a part
    // said to be among it ("Of them, 318"). Said to be "of them", the amounts after are within the one before.
    [Theory]
    [InlineData(" Canal boats accounted for 402 trips, down 5.2%, and rafts for 587 trips, up 18.3%.", false)]
    [InlineData(" Of them, 318 ran at night. Canal boats accounted for 402 trips, down 5.2%, and rafts for 587 trips, up 18.3%.", false)]
    [InlineData(" Canal boats accounted for 402 of them, and rafts for 587 of them.", true)]
    public void AmountsSaidToMakeUpSome_AreNoPartsOfAPeerBefore(string after, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Kite Office:\n\nFerries accounted for 835 trips, up 14.6%.{after}\n").Contains("BA2010"));

    // A share said after the part's own rate ("…, up 4.2%, or 25%") is the part's share of the list's total.
    [Theory]
    [InlineData("25%", false)]
    [InlineData("35%", true)]
    public void ShareAfterThePartsOwnRate_IsCheckedAgainstTheTotal(string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Of the 1,200 kite clubs, 300 met the new safety standard, up 4.2%, or {share}, and 900 did not, down 1.1%.").Contains(RuleIds.Share));

    // Shares said back to back after as many parts: the k-th share is the k-th part's.
    [Theory]
    [InlineData("46.8% and 36.2%", false)]
    [InlineData("46.8% and 30.2%", true)]
    [InlineData("40.8% and 36.2%", true)]
    public void SharesAfterAsManyParts_AreEachPartsShare(string shares, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, of the 6.80 million kites sold, box kites made up 3.18 million and delta kites 2.46 million, or {shares}.").Contains("BA2002"));

    // A share after a figure that was not read (one digit is left to lists) may be that figure's, not the part's before it.
    [Fact]
    public void ShareAfterAFigureNotRead_IsTiedToNoPart() =>
        Assert.DoesNotContain("BA2002", TestPipeline.Errors("In the first half, of the 24 kite festivals, 15 were held in the hills, while 9 were held by the sea, 37.5% of those held."));

    // Two shares after three parts: which is whose is not said.
    [Fact]
    public void SharesFewerThanTheParts_AreTiedToNoPart() =>
        Assert.DoesNotContain("BA2002", TestPipeline.Errors("In the first half, of the 6.80 million kites sold, box kites made up 3.18 million, delta kites 2.46 million and paper kites 1.16 million, or 46.8% and 17.1%."));

    // After "Of these", a count of other things (days, people) says something else of the items, not another item:
    // the list ends before it, and the share said after the item is still the item's share of the total.
    [Theory]
    [InlineData("75.0", false)]
    [InlineData("65.0", true)]
    public void CountOfOtherThingsAfterACountedPart_EndsTheListAndKeepsItsShare(string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, the kite league heard 400 disputes. Of these, 300 were settled, or {share}%, and we settled them in 12 days on average.").Contains("BA2002"));

    // The list ended at such a count leaves out what follows it, so it is no whole breakdown of its total.
    [Fact]
    public void ListEndedByACountOfOtherThings_IsNoWholeBreakdown() =>
        Assert.DoesNotContain("BA2010", TestPipeline.Errors("In the first half, the kite league heard 400 disputes. Of these, 300 were settled and 20 went to court, and we settled them in 12 days on average, while the remaining 80 are still open."));

    // "The rest" is itself a part: a share that names no whole after one of its parts is of the larger whole.
    [Theory]
    [InlineData("The rest came to 400 tonnes")]
    [InlineData("The remaining kites weighed 400 tonnes")]
    public void ShareNamingNoWhole_AfterAPartOfTheRest_IsNotOfTheRest(string rest) =>
        Assert.DoesNotContain("BA2002", TestPipeline.Errors($"In the first half, kite paper imports were 1,000 tonnes. Weifang sent 600 tonnes, 60.0% of the total. {rest}. Of them, Tianjin sent 200 tonnes, a share of 20.0%, Dalian 120 tonnes and all other ports 80 tonnes."));

    // An item restated in a second currency ("…, which was …") keeps the list unread, as before: the item stays listed
    // under nothing and can be the whole a later share names.
    [Theory]
    [InlineData("20.0", false)]
    [InlineData("30.0", true)]
    public void ItemRestatedInASecondCurrency_StaysTheWholeOfALaterShare(string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Thank you. In the first half, kite club takings came to 600 million yuan. Of this, paper kite takings were 500 million yuan, up 3.0%, which was 70 million US dollars.\n\nBox kites brought in 100 million yuan, {share}% of paper kite takings.").Contains("BA2002"));

    [Fact]
    public void TotalBeforeItsParts_ThatTheyExceed_IsStillASlip() => Assert.Contains("BA2010", Errors("had a turnover of 400 million yuan"));

    [Theory]
    [InlineData("the two kite clubs had income of 700 million yuan", "300", false)]
    [InlineData("the two kite clubs had income of 700 million yuan", "200", true)]
    [InlineData("the kite clubs had income of 700 million yuan", "200", false)]
    [InlineData("the three kite clubs had income of 700 million yuan", "200", false)]
    public void ListAfterOfThis_UnderATotalOfAsManyCountedThings_IsTheWholeBreakdown(string total, string west, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"In the first half, {total}. Of this, the east club took in 400 million yuan and the west club {west} million yuan.").Contains("BA2010"));

    [Theory]
    [InlineData("Of the 250 kite clubs", "84.0", false)]
    [InlineData("Of the 250 kite clubs", "64.0", true)]
    [InlineData("Among 250 kite clubs", "84.0", false)]
    [InlineData("Among 250 kite clubs", "64.0", true)]
    [InlineData("Among the 250 kite clubs", "64.0", true)]
    public void SentenceOpeningWithTheSetItDivides_IsTheWholeOfTheShareOfItsPart(string scope, string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"The kite survey covered the first half. {scope}, 210 made a profit, a share of {share}%.").Contains("BA2002"));

    [Theory]
    [InlineData("ferry receipts were 500 million yuan and ferry payments {0} million yuan", "400", false)]
    [InlineData("ferry receipts were 500 million yuan and ferry payments {0} million yuan", "200", true)]
    [InlineData("ferry receipts in the north were 500 million yuan and ferry receipts in the south {0} million yuan", "200", false)]
    public void ListNamingEveryPartOfCrossBorderFlows_IsTheirWholeBreakdown(string list, string second, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"In the first half, cross-border ferry flows came to 900 million yuan. Of this, {string.Format(System.Globalization.CultureInfo.InvariantCulture, list, second)}.").Contains("BA2010"));

    [Theory]
    [InlineData("400", false)]
    [InlineData("200", true)]
    public void ListNamingLandAndSea_IsTheWholeBreakdown(string sea, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"The kite reserves now cover 900 square kilometers. Of this, land reserves cover 500 square kilometers and sea reserves {sea} square kilometers.").Contains("BA2010"));

    [Theory]
    [InlineData("2.8", false)]
    [InlineData("1.8", true)]
    public void ListNamingEachThingTheTotalsNounListed_IsItsWholeBreakdown(string inquiries, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"In the first half, the kite club handled 9.2 million complaints, reports and inquiries, up 8%. Complaints came to 5.1 million, reports to 1.3 million and inquiries to {inquiries} million.").Contains("BA2010"));

    // "Of them" and "Of those" point back at the count before as "Of these" does: its items cannot add up to more.
    [Theory]
    [InlineData("Of them", "300", false)]
    [InlineData("Of them", "600", true)]
    [InlineData("Of those", "600", true)]
    public void ListAfterOfThem_IsABreakdownOfTheCountBefore(string cue, string villages, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"In the first half, the kite league licensed 1,600 kite clubs. {cue}, 1,200 were in cities and {villages} in villages.").Contains("BA2010"));

    // "Of the clubs" names back the things a count before counted, with the words after its number: its items are parts
    // of that count, not of another amount the sentence before gave in the same unit without those words.
    [Theory]
    [InlineData("In the first half, the kite league licensed 1,600 kite clubs. Of the clubs, 1,200 were in cities and {0} in villages.", "300", false)]
    [InlineData("In the first half, the kite league licensed 1,600 kite clubs. Of the clubs, 1,200 were in cities and {0} in villages.", "600", true)]
    [InlineData("In the first half, the kite league licensed 1,600 kite clubs. Of the kite clubs, 1,200 were in cities, or {0}%.", "95", true)]
    [InlineData("In the first half, the kite league licensed 1,600 kite clubs. Of the kite clubs, 1,200 were in cities, or {0}%.", "75", false)]
    [InlineData("In the first half, kite clubs in the league exceeded 1,600. Of the city clubs, 1,200 were new and {0} old.", "600", false)]
    public void ListAfterOfTheThings_IsABreakdownOfTheirCount(string text, string figure, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, figure)).Any(e => e is "BA2010" or "BA2002"));

    [Theory]
    [InlineData("210", false)]
    [InlineData("310", true)]
    public void RateSaidOfAnItem_IsNoItemOfTheList(string first, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"Of the 250 kite clubs, {first} met the safety standard for PM2.5, or 84.0%, and 25 did not.").Contains("BA2010"));

    [Theory]
    [InlineData("12.6", false)]
    [InlineData("17.6", true)]
    public void ListEndingWithTheRemainingItem_LeavesNothingOut(string rest, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"Of the 40.5 million kite flyers, 20.3 million flew in parks and 7.6 million on beaches, with the remaining {rest} million in schoolyards.").Contains("BA2010"));

    [Theory]
    [InlineData("1.7", false)]
    [InlineData("0.7", true)]
    public void SentenceOpeningWithTheRemainingAmount_ClosesTheListBeforeIt(string rest, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"Of the 6.87 million kites sold, 3.12 million went to parks and 2.05 million to beaches. The remaining {rest} million were sold online.").Contains("BA2010"));

    [Fact]
    public void RemainingAmount_AfterAnAmountOutsideTheList_IsTheRestOfBoth() =>
        Assert.Empty(TestPipeline.Errors("Of the 6.87 million kites sold, 3.12 million went to parks. Beaches took 1.0 million. The other 0.7 million were sold online."));

    [Theory]
    [InlineData("1.1", false)]
    [InlineData("0.6", true)]
    [InlineData("2.1", true)]
    public void SentenceOfItemsEndingInTheRemainingAmount_GoesOnWithTheListBeforeIt(string rest, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"Of the 8.4 million kites sold, parks took 5.1 million, or 60.7%. Beaches took 2.2 million, and schoolyards the remaining {rest} million.").Contains("BA2010"));

    [Theory]
    [InlineData("0.9", false)]
    [InlineData("0.4", true)]
    public void SentenceOpeningWithTheRestAndAComma_ClosesTheListBeforeIt(string rest, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"Of the 6.1 million kites sold, 3.2 million went to parks and 2.0 million to beaches. The rest, {rest} million kites, were sold online.").Contains("BA2010"));

    [Fact]
    public void ItemsEndingInTheRemainingAmount_AfterAnAmountOutsideTheList_AreTheRestOfBoth() =>
        Assert.Empty(TestPipeline.Errors("Of the 8.4 million kites sold, parks took 5.1 million. Beaches took 1.0 million. Shops took 1.2 million, and schoolyards the remaining 1.1 million."));

    [Theory]
    [InlineData("9.4", false)]
    [InlineData("6.4", true)]
    public void SentenceOpeningWithOfThatAmount_ListsItsParts(string total, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"The kite club spent {total} billion yuan. Of that {total} billion yuan, the city gave 2.1 billion yuan, the county 3.3 billion yuan and members 4.0 billion yuan.").Contains("BA2010"));

    [Fact]
    public void ThingsListedAfterTheTotalsClause_AreNotWhatItIsMadeOf() =>
        Assert.Empty(TestPipeline.Errors("In the first half, the kite club handled 9.2 million complaints, up 8%, and kept its reports and inquiries short. Complaints came to 5.1 million, reports to 1.3 million and inquiries to 1.8 million."));

    [Theory]
    [InlineData("Wooden kite making made profits of 1.26 billion yuan, up 7.2%. Solar kite making earned 598 million yuan, up 9.7%.", false)]
    [InlineData("Wooden kite making made profits of 1.26 billion yuan, up 7.2%. Total kite making earned 598 million yuan, up 9.7%.", true)]
    [InlineData("Solar kite making earned 598 million yuan, up 9.7%.", true)]
    [InlineData("Kite making earned 598 million yuan, up 9.7%.", true)]
    [InlineData("Wooden kite making made profits of 1.26 billion yuan, up 7.2%. In the first half, RMB kite making earned 598 million yuan.", true)]
    public void ItemsNamingTheTotalsNoun_EachWithAModifierOfItsOwn_ArePeersOfATotalInASeriesOfKinds(string total, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"{total} Paper kite making made 412 million yuan, up 1.9%, and silk kite making 602 million yuan, up 2.1%.").Contains("BA2010"));

    // "The total" after "Within them" may be the whole that "them" was a share of; "of them" cannot.
    [Theory]
    [InlineData(", 32.6% of all members", "15.4% of the total", false)]
    [InlineData(", 32.6% of all members", "15.4% of them", true)]
    [InlineData(", 32.6% of all members", "47.2% of them", false)]
    [InlineData("", "15.4% of the total", true)]
    public void ShareOfTheTotal_UnderATotalThatIsItselfAShare_IsOfNeither(string totalsShare, string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In June, kite clubs had 1.123 billion members. Members aged 50 and over numbered 366.5 million{totalsShare}.\n\nWithin them, members aged 60 and over came to 173.0 million, {share}.").Contains("BA2002"));

    [Theory]
    [InlineData("90", false)]
    [InlineData("300", true)]
    public void ListAfterAPartOfABalance_IsABreakdownOfTheBalance_ItsShareLeftOut(string south, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, the kite funds kept a balance of 900 million yuan. The east fund holds 500 million yuan of it, about 55%, the west fund 300 million yuan and the south fund {south} million yuan.").Contains("BA2010"));

    // A clause with a subject and a verb of its own after a part "of it" says something else, though its figure
    // inherits the unit; the list ends before it. Items said the partitive's way stay in the list.
    [Fact]
    public void ClauseOfItsOwnAfterAPartOfIt_IsNoFurtherPart() =>
        Assert.DoesNotContain("BA2010", TestPipeline.Errors("In the first half, the kite farms produced nearly 50 million tonnes of paper, more than 30 million tonnes of it white paper, and the kite herd is about 40.4 million."));

    [Theory]
    [InlineData("10", false)]
    [InlineData("30", true)]
    public void PartsSaidThePartitivesWay_StayInTheList(string last, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, the kite funds kept a balance of 900 million yuan. The east fund holds 500 million yuan of it, the west fund 390 million yuan and the south fund {last} million yuan.").Contains("BA2010"));

    private const string FerryTotal = "Ferry revenue reached 5.4 billion yuan in the first half. ";

    [Theory]
    [InlineData("Island ferry revenue rose 3% to 2.1 billion yuan, coastal ferries 2.9 billion yuan and river ferries {0} billion yuan.", "0.3", false)]
    [InlineData("Island ferry revenue rose 3% to 2.1 billion yuan, coastal ferries 2.9 billion yuan and river ferries {0} billion yuan.", "1.3", true)]
    [InlineData("Ferry revenue from schools was 2.1 billion yuan, from clubs 2.9 billion yuan and from shops {0} billion yuan.", "0.3", false)]
    [InlineData("Ferry revenue from schools was 2.1 billion yuan, from clubs 2.9 billion yuan and from shops {0} billion yuan.", "1.3", true)]
    public void GappedItemsAfterAPartOfTheTotal_ArePartsOfItToo(string list, string last, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(FerryTotal + string.Format(System.Globalization.CultureInfo.InvariantCulture, list, last)).Contains("BA2010"));

    [Theory]
    [InlineData("Island ferry revenue rose 3% to 2.1 billion yuan, against 4.3 billion yuan for coastal ferries.")]
    [InlineData("Island ferry revenue rose 3% to 2.1 billion yuan, compared with 4.3 billion yuan a year earlier.")]
    [InlineData("Island ferry revenue rose 3% to 2.1 billion yuan, and the bus fleet 4.3 billion yuan.")]
    [InlineData("Island ferry revenue rose 3% to 2.1 billion yuan, and ferry spending 4.3 billion yuan.")]
    [InlineData("Ferry revenue from schools was 2.1 billion yuan, from clubs 4.3 billion yuan a year earlier.")]
    public void AmountsAfterAPart_ThatCompareOrNameAnotherThing_AreNoGappedItems(string list) =>
        Assert.DoesNotContain("BA2010", TestPipeline.Errors(FerryTotal + list));

    // Items that each say the total's name again are its parts only when what they say again is the name's head:
    // "kite spending" says "kite" again after "kite revenue", but is another measure.
    [Theory]
    [InlineData("Kite revenue from clubs was 2.1 billion yuan, and kite revenue from shops 4.3 billion yuan.", true)]
    [InlineData("Kite revenue from clubs was 2.1 billion yuan, and kite spending 4.3 billion yuan.", false)]
    public void ItemsNamingTheTotalAgain_MustSayItsHead(string items, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, kite revenue totaled 5.2 billion yuan, up 3%. {items}").Contains("BA2010"));

    // A paragraph that opens with words pointing back goes on with the total the speaker's paragraph before ended on;
    // "By region" points at no total, and another speaker's paragraph is not the one meant.
    [Theory]
    [InlineData("", "Of this amount", "300", false)]
    [InlineData("", "Of this amount", "200", true)]
    [InlineData("", "Among them", "200", true)]
    [InlineData("", "By region", "200", false)]
    [InlineData("Xinhua:\n\n", "Of this amount", "200", false)]
    public void ParagraphOpeningWithWordsThatPointBack_BreaksDownTheTotalOfTheParagraphBefore(string speaker, string cue, string rest, bool fails) =>
        Assert.Equal(fails, TestPipeline.Errors($"Li Ming:\n\nLast year the kite clubs took in 700 million yuan in fees.\n\n{speaker}{cue}, the east club took in 400 million yuan, and the other clubs {rest} million yuan.").Contains("BA2010"));

    private const string Harbours = "The north harbour handled 412 million tonnes, up 2.1%, and the east harbour 318 million tonnes, up 4.6%. ";

    // The total read as the harbours' sum: right at 730, wrong at 630.
    private static void AssertSumOfTheHarbours(string total)
    {
        Assert.DoesNotContain("BA2010", TestPipeline.Errors(Harbours + string.Format(System.Globalization.CultureInfo.InvariantCulture, total, "730")));
        Assert.Contains("BA2010", TestPipeline.Errors(Harbours + string.Format(System.Globalization.CultureInfo.InvariantCulture, total, "630")));
    }

    // A total that says how many things it takes together sums as many amounts before it, whether the words that take
    // them together follow the count or follow the total.
    [Theory]
    [InlineData("The two harbours moved {0} million tonnes between them.")]
    [InlineData("The two together moved {0} million tonnes.")]
    [InlineData("The two of them account for {0} million tonnes.")]
    public void TotalTakingACountedSetTogether_IsTheSumOfAsManyAmountsBefore(string total) =>
        AssertSumOfTheHarbours(total);

    // A counted set not said to be taken together may be each of them ("The two harbours each moved …"), and a count
    // that the amounts before do not reach names others too.
    [Theory]
    [InlineData("The two harbours moved 630 million tonnes each.")]
    [InlineData("The three harbours moved 630 million tonnes between them.")]
    // What a counted set is said to average is no sum of it.
    [InlineData("The two together averaged 630 million tonnes.")]
    [InlineData("The two harbours together average out at about 630 million tonnes.")]
    public void CountedSetNotTakenTogetherOrNotAllSaid_IsNoSumOfTheAmountsBefore(string total) =>
        Assert.DoesNotContain("BA2010", TestPipeline.Errors(Harbours + total));

    // A counted set that does one thing with one amount does it with all of theirs, taken together or not.
    [Theory]
    [InlineData("The two harbours moved {0} million tonnes.")]
    [InlineData("Those two harbours handled {0} million tonnes, 41.0% of the national figure, or 365 million tonnes each on average.")]
    [InlineData("The two harbours I have named accounted for {0} million tonnes.")]
    public void CountedSetDoingOneThing_IsTheSumOfAsManyAmountsBefore(string total) =>
        AssertSumOfTheHarbours(total);

    // Not when the words make the amount each one's, or when it is no larger than an amount before: it is then of
    // something else.
    [Theory]
    [InlineData("The two harbours each moved 630 million tonnes.")]
    [InlineData("The two harbours moved 630 million tonnes apiece.")]
    [InlineData("The two harbours dredged 300 million tonnes of silt.")]
    // Nor when one of the amounts before sums others without being read as their total: the set's parts are unknown.
    [InlineData("The west harbour and the south harbour, at 120 and 80 million tonnes, add 200 million tonnes. The three harbours moved 630 million tonnes.")]
    public void CountedSetWhoseAmountIsEachOnesOrSmallerThanAPart_IsNoSum(string total) =>
        Assert.DoesNotContain("BA2010", TestPipeline.Errors(Harbours + total));

    // A smaller total of some of the set said before stands for its own parts.
    [Theory]
    [InlineData("930", false)]
    [InlineData("830", true)]
    public void CountedSetAfterASubtotalOfSomeOfIt_SumsTheSubtotalAndTheRest(string total, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(Harbours + $"The two of them moved 730 million tonnes between them.\n\nThe west harbour handled 200 million tonnes. The three harbours together moved {total} million tonnes.").Contains("BA2010"));

    // "added" before a part is value added, not a sum of others: the set after it is still summed.
    [Theory]
    [InlineData("541.6", true)]
    [InlineData("521.6", false)]
    public void PartSaidToBeValueAdded_StaysAPartOfACountedSet(string total, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Guangdong first. Its kite industry added 213.4 billion yuan, 13.2% of the national figure of 1.62 trillion yuan. Jiangsu followed with 176.8 billion yuan and Zhejiang with 131.4 billion yuan.\n\nTogether those three provinces added {total} billion yuan.").Contains("BA2010"));

    // "Together" without a count takes together the amounts of its kind just said: in its paragraph, or in the one
    // before when it opens its own.
    [Theory]
    [InlineData("Together that is {0} million tonnes.")]
    [InlineData("\n\nTogether they moved {0} million tonnes, up 3%.")]
    [InlineData("\n\nAltogether, the two moved {0} million tonnes.")]
    public void TogetherWithoutACount_IsTheSumOfTheAmountsJustSaid(string total) =>
        AssertSumOfTheHarbours(total);

    // Not "together with" one more thing, nor an amount no larger than one said before.
    [Theory]
    [InlineData("Together with the west harbour, they moved 630 million tonnes.")]
    [InlineData("Together they dredged 300 million tonnes of silt.")]
    public void TogetherWithAnotherThingOrBelowAPart_IsNoSumOfTheAmountsJustSaid(string total) =>
        Assert.DoesNotContain("BA2010", TestPipeline.Errors(Harbours + total));

    // "accounted for N of imports" after exports: a part that names its whole after it is a part of that.
    [Fact]
    public void PartNamingItsOwnWhole_IsNoPartOfAnAmountOfAnotherMeasureBefore() =>
        Assert.Empty(TestPipeline.Errors("In the first half, kite exports rose 1.4% to 151.2 billion US dollars, and kite imports fell 9.4% to 320.1 billion US dollars.\n\nChemical kites exported 98.6 billion US dollars, 65.2% of the industry's exports. Crude kites accounted for 143.2 billion US dollars of imports, or 44.7%.\n"));

    // The period follows the amount's object, where it is not read as the amount's own; "Of that" still points at it.
    [Theory]
    [InlineData("9.4", false)]
    [InlineData("12.7", true)]
    public void OfThat_AfterAnAmountWhosePeriodFollowsItsObject_ListsItsParts(string total, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"The kite club put {total} billion yuan into new workshops in the first half. Of that, the city gave 2.1 billion yuan, the county 3.3 billion yuan and members the remaining 4.0 billion yuan.").Contains("BA2010"));
    // A share that names no whole, after an item of a list under a rest, is of the whole the rest is of.
    [Fact]
    public void ShareNamingNoWhole_InAListUnderTheRest_IsNotOfTheRest() =>
        Assert.Empty(TestPipeline.Errors("Japan took 40.6 million kites, 18.3% of the total. The rest came to 86.8 million kites. Of them, Korea took 48.8 million kites, a share of 22.0%, Vietnam 22.6 million and all other countries 15.4 million."));

    // Items whose noun the paragraph before gave ("Guangdong leads with 68. Shandong has 54 …") make up a counted total,
    // and a total of some of them said in its own sentence ("Those three have 169 between them") stands for them.
    [Theory]
    [InlineData("68", false)]
    [InlineData("78", true)]
    public void CountedTotal_OfItemsHeldByPlaces_AddsUp(string first, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"At the end of June there were 562 kite clubs.\n\nGuangdong leads with {first}. Shandong has 54 and Hebei 47. Those three have 169 between them. Inner Mongolia has 26, Shanghai 23 and Jilin 14.\n\nThe six provinces together have 232, 41.3% of the national total.\n").Contains(RuleIds.Breakdown));

    // "31,200 of them …, and about 3% of those later rejoined": a share that is the subject of its own clause is a share
    // of the figure before, whose part is not given, not a share of that figure's whole.
    [Fact]
    public void ShareThatIsTheSubjectOfItsClause_IsNoShareOfTheWholeBefore() =>
        Assert.Empty(TestPipeline.Errors("In 2024 the kite clubs expelled 61,400 members, up 7.5%.\n\nFor juniors we favour warnings: 31,200 of them received warnings, and about 3% of those later rejoined.\n"));
    // The level a change was measured from is the earlier time's: a list said "of it" or "Of them" after it is of the
    // level the change led to.
    [Theory]
    [InlineData("At the end of the year, kite clubs held 410.1 million kites, up 3.1% from 397.8 million kites at the start of the year. Large clubs held {0} million kites of it, and small ones 41.7 million.", "368.4", false)]
    [InlineData("At the end of the year, kite clubs held 410.1 million kites, up 3.1% from 397.8 million kites at the start of the year. Large clubs held {0} million kites of it, and small ones 41.7 million.", "388.4", true)]
    [InlineData("At the end of the year, kite clubs held 410.1 million kites, up 3.1% from 397.8 million kites at the start of the year, an increase of 12.3 million kites.\n\nLarge clubs held {0} million kites of it, or 89.8%, and small ones 41.7 million.", "368.4", false)]
    [InlineData("The league licensed 3,641 kite clubs, 235 more than in 2020, when there were 3,406. Of them, 3,292 flew in cities, or {0}%.", "90.4", false)]
    [InlineData("The league licensed 3,641 kite clubs, 235 more than in 2020, when there were 3,406. Of them, 3,292 flew in cities, or {0}%.", "96.7", true)]
    [InlineData("The league licensed 3,641 kite clubs, 235 more than in 2020, when there were 3,406. That is 6.9% more. Of them, 3,292 flew in cities, or {0}%.", "90.4", false)]
    [InlineData("The league licensed 3,641 kite clubs, 235 more than in 2020, when there were 3,406. That is 6.9% more. Of them, 3,292 flew in cities, or {0}%.", "96.7", true)]
    public void LevelAChangeWasMeasuredFrom_IsNoWholeOfTheListAfterIt(string text, string figure, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, figure)).Any(e => e is "BA2010" or "BA2002"));

    // A figure per something is a quotient, which no list after it is of.
    [Theory]
    [InlineData("for each of them", false)]
    [InlineData("in all", true)]
    public void FigurePerSomething_IsNoWholeOfTheListAfterIt(string per, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"About 4.37 million kite fliers fly in the league. That is about 22,500 kites {per} in six months. Of them, 3.86 million are insured.").Contains("BA2010"));
}
