using BriefingAudit.Core.Rules;

namespace BriefingAudit.Core.Tests.Checking.Checks;

/// <summary>BA2010: parts listed under a total, and when the list names every part of a whole, it is complete.</summary>
public class BreakdownCheckTests
{
    private static bool Fires(string text) => TestPipeline.Errors(text).Contains(RuleIds.Breakdown);

    [Theory]
    // Urban and rural name the whole: the parts must add up to the total, not merely stay below it.
    [InlineData("2.61", "540 billion", false)]
    [InlineData("2.41", "540 billion", true)]
    [InlineData("2.61", "340 billion", true)]
    public void ListNamingEveryPart_MustAddUpToTheTotal(string urban, string rural, bool fires) =>
        Assert.Equal(fires, Fires($"In the first half, domestic tourists spent 3.15 trillion yuan, up 15.2%. Of this, urban residents spent {urban} trillion yuan, up 16.1%, and rural residents {rural} yuan, up 11%."));

    [Theory]
    // Goods and catering name all of retail sales.
    [InlineData("In the first half, total retail sales of consumer goods reached 8.4 trillion yuan. Retail sales of goods were {0} trillion yuan and catering revenue was 1.1 trillion yuan.", "7.3", "6.3")]
    // Wages, business, property and transfers name all of disposable income.
    [InlineData("The per capita disposable income of island residents was 9,400 yuan. By source, wage income was {0} yuan; net business income was 2,100 yuan; net property income was 300 yuan; and net transfer income was 1,900 yuan.", "5,100", "4,100")]
    public void ListNamingEveryPartOfAWholeTheVocabularyKnows_MustAddUpToTheTotal(string text, string holds, string slips)
    {
        Assert.False(Fires(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, holds)));
        Assert.True(Fires(string.Format(System.Globalization.CultureInfo.InvariantCulture, text, slips)));
    }

    [Theory]
    [InlineData("5.26", false)]
    [InlineData("6.26", true)]
    public void ShareAfterAListedPart_DoesNotEndTheList(string second, bool fires) =>
        Assert.Equal(fires, Fires($"Ferry cargo reached 7.92 billion tonnes, up 4%. Of this, coastal cargo was 2.66 billion tonnes, up 2.9%, making up 33.6% of the total, and other cargo was {second} billion tonnes, up 4.5%."));

    [Theory]
    [InlineData("1.9", false)]
    [InlineData("4.9", true)]
    public void PartLargerThanTheTotalOfTheSentenceBefore_IsASlipAfterACue(string road, bool fires) =>
        Assert.Equal(fires, Fires($"Transport investment totaled 2.62 trillion yuan, down 4.1%. Of this, road investment was {road} trillion yuan, down 7.5%; and ferry investment was 355.9 billion yuan, up 5.5%."));

    [Theory]
    [InlineData("195.4", false)]
    [InlineData("215.4", true)]
    public void ChangeSaidAsAnAmountAfterARate_IsNoItemOfTheList(string together, bool fires) =>
        Assert.Equal(fires, Fires($"Heilongjiang, as always. It sold 62.3 million tonnes, 19.3% of the national total. Henan followed with 38.6 million tonnes, or 10.7%.\n\nHeilongjiang's purchases rose 5.4% on last year, or by 3.2 million tonnes.\n\nJilin sold 35.4 million tonnes, 9.8% of the total. Shandong sold 31.2 million and Anhui 27.9 million.\n\nThe five provinces together sold {together} million tonnes."));

    [Fact]
    public void ListNotNamingEveryPart_MayStayBelowTheTotal() =>
        Assert.False(Fires("In the first half, domestic tourists spent 3.15 trillion yuan, up 15.2%. Of this, urban residents spent 2.41 trillion yuan, up 16.1%, and young people 540 billion yuan, up 11%."));

    [Theory]
    [InlineData("737 million", false)]
    [InlineData("537 million", true)]
    public void ListNamingEveryPart_NeedsNoCue_WhenItFollowsItsTotal(string rural, bool fires) =>
        Assert.Equal(fires, Fires($"In the first half, domestic residents made 3.285 billion domestic trips, up 20.6% year on year. Urban residents made 2.548 billion trips, up 22%, and rural residents {rural}, up 16%."));

    [Fact]
    public void ListWithoutCue_IsNoBreakdownOfAnEarlierSentence() =>
        Assert.False(Fires("In the first half, domestic residents made 3.285 billion domestic trips, up 20.6% year on year. Spending per trip was about 959 yuan. Urban residents made 2.548 billion trips, up 22%, and rural residents 537 million, up 16%."));

    [Theory]
    [InlineData("By mode of transport, ", true)]
    [InlineData("By the end of June, ", false)]
    public void AnyByCue_ButNotATime_StartsAList(string cue, bool fires) =>
        Assert.Equal(fires, Fires($"In the first half, freight volume totaled 27.56 billion tonnes, up 3.9%. {cue}road freight was 20.29 billion tonnes and railway freight 8.57 billion tonnes."));

    [Fact]
    public void SlipInASumTheVocabularyKnows_IsReportedOnce_NotAlsoAsACompleteList()
    {
        var findings = TestPipeline.Check("In the first half, national government-managed fund revenue was 2.15 trillion yuan, down 6.6%. Of this, central government-managed fund revenue was 186.27 billion yuan, up 5.2%, and local government-managed fund revenue was 1.76 trillion yuan, down 7.6%.").Findings;
        Assert.Equal(RuleIds.Sum, Assert.Single(findings).RuleId);
    }

    [Theory]
    [InlineData("3.15", false)]
    [InlineData("3.285", true)]
    public void SentenceOpeningWithItsTotal_ListsItsParts(string total, bool fires) =>
        Assert.Equal(fires, Fires($"Of the {total} trillion yuan that domestic tourists spent in the first half, the eastern region accounted for 1.42 trillion yuan, up 13.8%, the central region 687 billion yuan, the western region 819 billion yuan, and the northeast 224 billion yuan."));

    [Theory]
    [InlineData("11.11", false)]
    [InlineData("13.11", true)]
    public void ItemsNamingTheTotalsNounAgain_AreItsParts(string enterprises, bool fires) =>
        Assert.Equal(fires, Fires($"In the first half, RMB loans increased by 12.92 trillion yuan. Household loans rose by 544.5 billion yuan, loans to enterprises by {enterprises} trillion yuan, and loans to non-banking financial institutions by 1.27 trillion yuan."));

    [Fact]
    public void ItemsNotNamingTheTotalsNoun_AreNoList() =>
        Assert.False(Fires("In the first half, RMB deposits increased by 12.92 trillion yuan. Household loans rose by 544.5 billion yuan, bond issues by 13.11 trillion yuan, and equity financing by 1.27 trillion yuan."));

    [Fact]
    public void PartLargerThanTheTotalJustBefore_IsASlip_NotAnotherTotal() =>
        Assert.True(Fires("In the first half, domestic residents made 3.285 billion domestic trips, up 20.6% year on year. Urban residents made 4.548 billion trips, up 22%, and rural residents 737 million, up 16%."));

    [Theory]
    [InlineData(", together 50.56 billion pieces", false)]
    [InlineData(", together 56.56 billion pieces", true)]
    [InlineData(", adding up to nearly 51 billion pieces", false)]
    [InlineData(", adding up to nearly 59 billion pieces", true)]
    [InlineData("; together they brought in 50.56 billion pieces", false)]
    [InlineData("; together they brought in 56.56 billion pieces", true)]
    public void TotalSaidAfterItsParts_MustBeTheirSum(string total, bool fires) =>
        Assert.Equal(fires, Fires($"In the second quarter, express deliveries totaled 16.33 billion pieces in April, 17.19 billion pieces in May and 17.04 billion pieces in June{total}."));

    [Fact]
    public void TogetherWith_IsNoTotal() =>
        Assert.False(Fires("Exports reached 16.33 billion yuan in April and 17.19 billion yuan in May, together with imports of 57.04 billion yuan in June."));

    [Theory]
    [InlineData("of them", "58.13 million", false)]
    [InlineData("of them", "78.13 million", true)]
    [InlineData("of them", "258.13 million", true)]
    // Without "of them", "other routes" alone does not say that the trips of the sentence before are shared out.
    [InlineData("", "258.13 million", false)]
    public void FigureSaidToBeOfThem_AndTheItemsWithIt_ArePartsOfTheFigureBefore(string ofThem, string others, bool fires) =>
        Assert.Equal(fires, Fires($"In the first half, airlines carried 370.66 million passengers, up 6%. Domestic routes carried 312.53 million {ofThem}, up 3.9%, and other routes {others}, up 28.5%."));

    [Theory]
    [InlineData("accounted for", "150.2 million", false)]
    [InlineData("accounted for", "250.2 million", true)]
    [InlineData("made up", "250.2 million", true)]
    // Without a verb that makes it a part, the second figure is no share of the first.
    [InlineData("had", "250.2 million", false)]
    public void FigureSaidToMakeUpSome_AndTheItemsWithIt_ArePartsOfTheFigureBefore(string verb, string second, bool fires) =>
        Assert.Equal(fires, Fires($"In the first half, ferry passengers made 370.6 million crossings, up 6%. Commuters {verb} 200.4 million crossings, up 3.9%, and tourists for {second}, up 8%."));

    [Theory]
    [InlineData("139.3", "30.1", false)]
    [InlineData("239.3", "30.1", true)]
    [InlineData("139.3", "40.1", true)]
    public void PartOfAnAmountEarlierInItsSentence_IsAPartOfThatAmount(string part, string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, harbour authorities bought 462.8 million yuan worth of cranes on public platforms, and electric cranes accounted for {part} million yuan of it, a share of {share}%.").Any(id => id is RuleIds.Breakdown or RuleIds.Share));

    [Theory]
    [InlineData("Within it", "2.1", false)]
    [InlineData("Within it", "5.1", true)]
    [InlineData("Within this", "5.1", true)]
    public void WithinItCue_ListsParts(string cue, string part, bool fires) =>
        Assert.Equal(fires, Fires($"In the first half, port investment reached 7.5 billion yuan, up 2%. {cue}, the provinces put in 3.2 billion yuan and the cities {part} billion yuan."));

    [Theory]
    [InlineData("55.4", false)]
    [InlineData("75.4", true)]
    public void PartOfAnAmountEarlierInItsSentence_IsOfOneLargeEnough(string part, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"At the end of June, the lakes held 61.8 billion cubic meters of water, 2.1 billion cubic meters above the average; the large lakes held {part} billion cubic meters of it, or 89.6%.").Any(id => id is RuleIds.Breakdown or RuleIds.Share));

    [Theory]
    [InlineData("38.1", false)]
    [InlineData("48.1", true)]
    public void ShareOfThosePointingBack_IsOfTheTotal(string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, we inspected 42,000 licensed ferries and fined 16,000 of them for overloading, or {share}% of those inspected.").Contains(RuleIds.Share));

    private const string NamedParts = "In the first half, ferry revenue reached 5.4 billion yuan, up 4%. Island ferry revenue was {0} billion yuan, up 3%, and coastal ferry revenue rose 2% to 2.3 billion yuan.";

    [Theory]
    [InlineData(NamedParts, "2.1", false)]
    [InlineData(NamedParts, "4.1", true)]
    // Named in sentences of their own, parts may overlap: each may be up to the total, and they are not added up.
    [InlineData("In the first half, ferry revenue reached 5.4 billion yuan, up 4%. Island ferry revenue was {0} billion yuan, up 3%. Coastal ferry revenue rose 2% to 2.3 billion yuan.", "4.1", false)]
    // "Cumulative" speaks of another figure of the same thing, not of a part of it.
    [InlineData("In the first half, ferry revenue reached 5.4 billion yuan, up 4%. Cumulative ferry revenue was {0} billion yuan since the route opened.", "84.1", false)]
    [InlineData("In the first half, ferry revenue reached 5.4 billion yuan, up 4%. Island ferry revenue was {0} billion yuan since the route opened.", "84.1", true)]
    public void AmountNamedByTheTotalsWordsAndOneMore_IsItsPart(string template, string part, bool fires) =>
        Assert.Equal(fires, Fires(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, part)));

    [Theory]
    [InlineData("62.2", false)]
    [InlineData("72.2", true)]
    public void ShareOfTheNounRightAfterAPartOfIt_IsOfThatAmount(string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, island crossings made up 6.1 million crossings, with fares of 8.2 million yuan, some 1.3 yuan a crossing; passengers paid 5.1 million yuan of it, or {share}% of the bill.").Contains(RuleIds.Share));

    [Theory]
    [InlineData("76.9", false)]
    [InlineData("86.9", true)]
    public void PartOfItWithAmountsOfAnotherUnitAfter_IsStillAPart(string share, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"In the first half, the ferry works gave work to 2.6 million people, 2.0 million of them from villages, which is {share}% of the workforce, and paid out 38.7 million yuan in wages.").Contains(RuleIds.Share));

    [Fact]
    public void PercentOfIt_IsNoAmountOfTheRateBefore() =>
        Assert.Empty(TestPipeline.Errors("In the first half, ferry spending per passenger was 1,208 yuan, up 4.2% in nominal terms and 4.5% in real terms. Tickets took 61.3% of it."));

    [Fact]
    public void RatesOfIt_AreNoParts() =>
        Assert.Empty(TestPipeline.Errors("At the end of June, reserve ferries, at about 40.4 thousand seats, were slightly above the usual level but within the band of 92% to 105% of it."));

    [Theory]
    [InlineData("12.33", false)]
    [InlineData("10.33", true)]
    // The total names other things than the list: the list may leave some out.
    [InlineData("10.33", false, "pork, beef, mutton and eggs")]
    public void ListNamingEachThingTheTotalNames_MustAddUpToIt(string poultry, bool fires, string named = "pork, beef, mutton and poultry") =>
        Assert.Equal(fires, Fires($"In the first half, output of {named} totaled 48.43 million tonnes, up 2.8%. By type, pork output was 30.20 million tonnes, up 1.3%; beef output was 3.61 million tonnes; mutton output was 2.29 million tonnes; and poultry output was {poultry} million tonnes, up 7.5%."));

    private const string Holidays = "During the Spring Festival holiday, there were 501 million trips, up 5.9%. During the May Day holiday, there were 314 million trips, up 6.4%. During the Dragon Boat Festival holiday, there were {0} million trips, up 5.7%. ";

    [Theory]
    [InlineData("119", "Taken together, the three holidays saw 934 million trips, up 6.1%.", false)]
    [InlineData("219", "Taken together, the three holidays saw 934 million trips, up 6.1%.", true)]
    [InlineData("19", "The three holidays together saw 934 million trips, up 6.1%.", true)]
    // The count is not that of the sentences before: the total may be of others too.
    [InlineData("19", "Taken together, the four holidays saw 934 million trips, up 6.1%.", false)]
    [InlineData("19", "Holidays saw 934 million trips, up 6.1%.", false)]
    public void TotalSayingHowManyThingsItSums_IsTheSumOfTheSentencesBefore(string third, string total, bool fires) =>
        Assert.Equal(fires, Fires("In the first half, " + string.Format(System.Globalization.CultureInfo.InvariantCulture, Holidays, third) + total));

    private const string Harbours = "In the first half, the north harbour handled 213.4 million tonnes, 13.2% of the national figure of 1.62 billion tonnes. The east harbour followed with 176.8 million tonnes and the south harbour with 131.4 million tonnes.\n\n";

    [Theory]
    [InlineData("Together those three harbours handled 521.6 million tonnes.", false)]
    [InlineData("Together those three harbours handled 541.6 million tonnes.", true)]
    // The national figure is the whole of a share, not a fourth harbour: four are not there to add up.
    [InlineData("Together those four harbours handled 541.6 million tonnes.", false)]
    public void TotalSayingHowManyThingsItSums_IsTheSumOfTheLastAmountsOfTheTurn(string total, bool fires) =>
        Assert.Equal(fires, Fires(Harbours + total));
}
