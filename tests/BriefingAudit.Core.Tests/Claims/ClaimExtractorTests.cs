using BriefingAudit.Core.Claims;

namespace BriefingAudit.Core.Tests.Claims;

/// <summary>Extraction cases from real transcript phrasings (line numbers of the 14 July 2025 customs briefing).</summary>
public class ClaimExtractorTests
{
    private static Claim Single(string sentence, string text)
    {
        var claims = TestPipeline.Check(sentence).Claims.Select(b => b.Claim).ToList();
        return Assert.Single(claims, c => c.Text == text);
    }

    [Theory]
    [InlineData("In the first half of 2025, foreign trade jumped 2.9% year on year to 21.79 trillion yuan.", "2.9%", ClaimRole.Change, 2.9, 1)]
    [InlineData("Large concerts earned 14.2 billion yuan at the box office, or 36.7% of the total.", "36.7%", ClaimRole.Share, 36.7, 1)]
    [InlineData("The four holidays saw 1.06 billion trips, 32.3% of all domestic trips in the first half.", "32.3%", ClaimRole.Share, 32.3, 1)]
    // A percent beside an amount said to be part of something is that part as a share; beside an amount alone, not.
    [InlineData("Kite clubs hold 4.1 billion yuan of it, about 62%, and kite shops the rest.", "about 62%", ClaimRole.Share, 62, 1)]
    [InlineData("Kite clubs sold 310 million kites of the total, 41%, in the spring.", "41%", ClaimRole.Share, 41, 1)]
    [InlineData("Kite clubs hold 4.1 billion yuan, about 62%, and kite shops the rest.", "about 62%", ClaimRole.Level, 62, 1)]
    // ", or" restates the amount as a share however long the rest of the amount's clause.
    [InlineData("Of the 1,200 kite clubs, 300 met the new safety standard for PM2.5 last spring, or 25%.", "25%", ClaimRole.Share, 25, 1)]
    // So it does after the amount's own rate of change, when nothing more is said of the percent in its clause.
    [InlineData("Of the 1,200 kite clubs, 300 met the new safety standard, up 4.2%, or 25%.", "25%", ClaimRole.Share, 25, 1)]
    [InlineData("Of the 1,200 kite clubs, 300 met the new safety standard, up 4.2%, or 25%, and 900 did not.", "25%", ClaimRole.Share, 25, 1)]
    // A percent "of them" or "of it" is a share of the whole named before, as one "of" any other whole is.
    [InlineData("Of the 2,400 kite clubs, 600 are in the hills, 25% of them.", "25%", ClaimRole.Share, 25, 1)]
    [InlineData("The region flew 9,000 kites last year, and the hill clubs flew 27.5% of it.", "27.5%", ClaimRole.Share, 27.5, 1)]
    // A percent that only goes on from a share is the next item's share.
    [InlineData("Of the 6.80 million kites sold, box kites made up 3.18 million and delta kites 2.46 million, or 46.8% and 36.2%.", "36.2%", ClaimRole.Share, 36.2, 1)]
    [InlineData("GDP grew 4.8% in the third quarter, 0.4 percentage point slower than the 5.2% of the second quarter.", "5.2%", ClaimRole.Level, 5.2, 1)]
    [InlineData("Exports grew 7.2% year on year to 13 trillion yuan, while imports fell by 2.7% to 8.79 trillion yuan.", "2.7%", ClaimRole.Change, 2.7, -1)]
    [InlineData("In the first half of the year, China's imports and exports with Africa reached 1.18 trillion yuan, rising 14.4%.", "14.4%", ClaimRole.Change, 14.4, 1)]
    [InlineData("In the first half of the year, bilateral trade between China and the U.S. totaled 2.08 trillion yuan, down 9.3% from the same period last year.", "9.3%", ClaimRole.Change, 9.3, -1)]
    [InlineData("In the first half of the year, exports of lithium batteries and wind turbines each grew by more than 20%.", "more than 20%", ClaimRole.Change, 20, 1)]
    [InlineData("In the first half of the year, their imports and exports exceeded 900 billion yuan, marking a 6.3% increase.", "6.3%", ClaimRole.Change, 6.3, 1)]
    [InlineData("In the first half of this year, imports and exports by foreign-funded enterprises in China reached 6.32 trillion yuan, an increase of 2.4% year on year.", "2.4%", ClaimRole.Change, 2.4, 1)]
    [InlineData("In the first half of the year, China's trade with BRI partner countries reached 11.29 trillion yuan, up 4.7% year on year, and accounting for 51.8% of total foreign trade.", "51.8%", ClaimRole.Share, 51.8, 1)]
    [InlineData("In the first half of the year, Guangdong, Jiangsu, Zhejiang, Shanghai and Shandong made up 64.1% of China's total imports and exports.", "64.1%", ClaimRole.Share, 64.1, 1)]
    [InlineData("As a major commodity importer, commodities account for about 30% of China's total import value.", "about 30%", ClaimRole.Share, 30, 1)]
    [InlineData("These major provinces are the main drivers of export growth, contributing close to 60% of the growth in national exports.", "close to 60%", ClaimRole.GrowthShare, 60, 1)]
    [InlineData("In the first half of the year, the EU accounted for 12.9% of China's total foreign trade value.", "12.9%", ClaimRole.Share, 12.9, 1)]
    [InlineData("Their share of national foreign trade rose 1.3 percentage points to 18.1%.", "18.1%", ClaimRole.Share, 18.1, 1)]
    [InlineData("Their share of national foreign trade rose 1.3 percentage points to 18.1%.", "1.3 percentage points", ClaimRole.PointChange, 1.3, 1)]
    [InlineData("It accounted for 51.8% of total foreign trade, 0.9 percentage point higher than the same period last year.", "0.9 percentage point", ClaimRole.PointChange, 0.9, 1)]
    [InlineData("In the first six months, their volume exceeded 12 trillion yuan, posting a growth rate 4.4 percentage points higher than the national average.", "4.4 percentage points", ClaimRole.RateGap, 4.4, 1)]
    [InlineData("In the first half of the year, 18 provinces in central and western China achieved a total trade volume of 3.95 trillion yuan, growing 11.2% — 8.3 percentage points higher than the national average.", "8.3 percentage points", ClaimRole.RateGap, 8.3, 1)]
    [InlineData("Imports and exports in the second quarter increased by 4.5% year on year, accelerating by 3.2 percentage points compared to the first quarter.", "3.2 percentage points", ClaimRole.PointChange, 3.2, 1)]
    // A decline that narrows is a rate that rose; one that widens, a rate that fell; growth that narrows, a rate that fell.
    [InlineData("Ticket sales fell 2.4% in the autumn, and the decline narrowed by 0.6 percentage point from the summer.", "0.6 percentage point", ClaimRole.PointChange, 0.6, 1)]
    [InlineData("Ticket sales fell 2.4% in the autumn, the drop in sales widening by 0.6 percentage point from the summer.", "0.6 percentage point", ClaimRole.PointChange, 0.6, -1)]
    [InlineData("Ticket sales grew 2.4% in the autumn, and growth narrowed by 0.6 percentage point from the summer.", "0.6 percentage point", ClaimRole.PointChange, 0.6, -1)]
    [InlineData("In the first half of the year, they made up 64.1% of the total and contributed 3 percentage points to overall growth.", "3 percentage points", ClaimRole.Contribution, 3, 1)]
    [InlineData("Average import prices fell more than 10% year on year, pulling down overall import growth by 2.7 percentage points.", "2.7 percentage points", ClaimRole.Contribution, 2.7, -1)]
    [InlineData("So the hill clubs took 61.5% of the takings, and they added 2.9 percentage points to the 4.1% growth.", "2.9 percentage points", ClaimRole.Contribution, 2.9, 1)]
    // Points "of" a whole's growth are a part of it, whatever the verb that gives them.
    [InlineData("Kite exports rose 9.0%, and on their own they supplied 2.1 percentage points of growth.", "2.1 percentage points", ClaimRole.Contribution, 2.1, 1)]
    [InlineData("Kite exports were 41.0% of the total and 1.7 percentage points of its growth.", "1.7 percentage points", ClaimRole.Contribution, 1.7, 1)]
    // Points a part adds, with nothing after them in the clause, are what it added to the growth of its whole.
    [InlineData("Kite rentals earned 1.2 billion yuan, up 6%, or 24.0% of the total, adding 1.4 percentage points.", "1.4 percentage points", ClaimRole.Contribution, 1.4, 1)]
    // A moving verb may take its whole as object before the particle; points taken "off" are a contribution to a fall.
    [InlineData("Kite imports fell 3.0%, and they pulled the total down by 0.4 percentage point.", "0.4 percentage point", ClaimRole.Contribution, 0.4, -1)]
    [InlineData("Kite imports fell 3.0% and held total trade back by 0.4 percentage point.", "0.4 percentage point", ClaimRole.Contribution, 0.4, -1)]
    [InlineData("Kite exports rose 9.0% and pushed overall growth up by 2.1 percentage points.", "2.1 percentage points", ClaimRole.Contribution, 2.1, 1)]
    [InlineData("Kite imports fell 3.0% and took 0.4 percentage point off growth.", "0.4 percentage point", ClaimRole.Contribution, 0.4, -1)]
    [InlineData("Kite imports fell 3.0% and shaved about 0.4 point off the total.", "about 0.4 point", ClaimRole.Contribution, 0.4, -1)]
    [InlineData("In the first half of this year, the total value of imports and exports rose by more than 600 billion yuan compared with the same period last year.", "more than 600 billion yuan", ClaimRole.AbsoluteChange, 600, 1)]
    [InlineData("In the first half of the year, China had 628,000 foreign trade enterprises, an increase of 43,000 compared to the same period last year.", "43,000", ClaimRole.AbsoluteChange, 43000, 1)]
    [InlineData("Kite club spending exceeded 7.2 billion yuan, rising by nearly 300 million yuan from a year earlier.", "nearly 300 million yuan", ClaimRole.AbsoluteChange, 300, 1)]
    [InlineData("Kite club spending was 6.9 billion yuan, falling by about 76 million yuan from a year earlier.", "about 76 million yuan", ClaimRole.AbsoluteChange, 76, -1)]
    [InlineData("In the first half of the year, China had 628,000 foreign trade enterprises with actual import and export activity.", "628,000 foreign trade enterprises", ClaimRole.Count, 628000, 1)]
    [InlineData("In the first half of the year, the volume of containers reached 67.41 million twenty-foot equivalent units, up 11.3%.", "67.41 million twenty-foot equivalent units", ClaimRole.Count, 67.41, 1)]
    [InlineData("In the first half of this year, customs authorities nationwide seized 11,000 batches of suspected infringing goods, totaling 38.675 million items.", "38.675 million items", ClaimRole.Count, 38.675, 1)]
    [InlineData("We provided measures to AEO companies 3,776 times.", "3,776 times", ClaimRole.Count, 3776, 1)]
    [InlineData("In the first half of the year, bilateral trade totaled 2.08 trillion yuan. Of this total, exports accounted for 1.55 trillion yuan, down 9.9%, while imports were 530.35 billion yuan, down 7.7%.", "530.35 billion yuan", ClaimRole.Level, 530.35, 1)]
    [InlineData("Of this total, exports accounted for 1.55 trillion yuan, down 9.9%.", "1.55 trillion yuan", ClaimRole.Level, 1.55, 1)]
    [InlineData("In the first four months of this year, China's exports of dolls and animal toys exceeded 13.31 billion yuan, marking a 9.6% increase.", "exceeded 13.31 billion yuan", ClaimRole.Level, 13.31, 1)]
    [InlineData("In the first half of the year, cross-border e-commerce imports and exports totaled about 1.32 trillion yuan, up 5.7% year on year.", "about 1.32 trillion yuan", ClaimRole.Level, 1.32, 1)]
    [InlineData("Imports totaled approximately 291.1 billion yuan, an increase of 9.3%.", "approximately 291.1 billion yuan", ClaimRole.Level, 291.1, 1)]
    [InlineData("The bilateral trade value rebounded in June to over 350 billion yuan from less than 300 billion yuan in May.", "less than 300 billion yuan", ClaimRole.Level, 300, 1)]
    [InlineData("In the first half of the year, 547,000 were private enterprises, whose imports and exports grew by 7.3%, accounting for nearly 60% of the total trade value.", "nearly 60%", ClaimRole.Share, 60, 1)]
    [InlineData("Trade among BRI partner countries accounted for half of their total trade value.", "half", ClaimRole.Share, 50, 1)]
    [InlineData("China's total imports and exports reached 20 trillion yuan, marking a record high for the same period.", "20 trillion yuan", ClaimRole.Level, 20, 1)]
    [InlineData("Output was 389.3 million tonnes in April and 421.1 million tonnes in June, an average of about 405 million tonnes a month.", "about 405 million tonnes", ClaimRole.Mean, 405, 1)]
    [InlineData("It grew 6.1% in April and 6.8% in June, monthly growth averaging 6.4%.", "6.4%", ClaimRole.Mean, 6.4, 1)]
    [InlineData("In the first half, 30,014 tourism enterprises were registered, or 3,144 more than a year earlier.", "3,144", ClaimRole.AbsoluteChange, 3144, 1)]
    [InlineData("Berth time was 1,550 hours, 116 hours fewer than a year earlier.", "116 hours", ClaimRole.AbsoluteChange, 116, -1)]
    // "more" or "fewer" ending its phrase: the base is left unsaid, and the figure is still a difference.
    [InlineData("Kite makers invested 13.94 billion yuan, about 5.2 billion yuan more than a year earlier. Kite club income was 27.42 billion yuan, up 8.7%, about 2.2 billion yuan more, and 6.5% of the total.", "about 2.2 billion yuan", ClaimRole.AbsoluteChange, 2.2, 1)]
    [InlineData("Kite exports were 27.4 billion yuan, 2.2 billion yuan more than imports.", "2.2 billion yuan", ClaimRole.AbsoluteChange, 2.2, 1)]
    [InlineData("Kite exports were 27.4 billion yuan, and 2.2 billion yuan of it went to Europe.", "2.2 billion yuan", ClaimRole.Level, 2.2, 1)]
    [InlineData("A total of 706,000 farming enterprises registered, an increase of 61,000, or 9.5%.", "9.5%", ClaimRole.Change, 9.5, 1)]
    [InlineData("A total of 706,000 farming enterprises registered, a decrease of 61,000, or 7.9%.", "7.9%", ClaimRole.Change, 7.9, -1)]
    // The amount after a rate and its base, with "or by" between, is the same change said as an amount.
    [InlineData("Kite purchases rose 5.4% on last year, or by 3.2 million tonnes.", "3.2 million tonnes", ClaimRole.AbsoluteChange, 3.2, 1)]
    [InlineData("Kite purchases fell 2.1% year on year, or 0.8 million tonnes.", "0.8 million tonnes", ClaimRole.AbsoluteChange, 0.8, -1)]
    [InlineData("Kite clubs numbered 5,400, up 4.0%, or by 208.", "208", ClaimRole.AbsoluteChange, 208, 1)]
    [InlineData("A total of 706,000 farming enterprises registered, an increase of 61,000, or by 9.5%.", "9.5%", ClaimRole.Change, 9.5, 1)]
    // Gapping: a rate after a growth rate, with no verb of its own, grows as that one did.
    [InlineData("Ferry revenue grew 4.2% in the spring and 6.1% in the summer.", "6.1%", ClaimRole.Change, 6.1, 1)]
    [InlineData("Bus ridership fell 2.5% and tram ridership 3.4%.", "3.4%", ClaimRole.Change, 3.4, -1)]
    // The rest of a whole after a rate of one part is no rate of the rest.
    [InlineData("Bus fares brought in 7.3 billion yuan, down 0.9%, the other 51.2%.", "51.2%", ClaimRole.Level, 51.2, 1)]
    [InlineData("Bus fares brought in 7.3 billion yuan, down 0.9%, and the remaining 51.2%.", "51.2%", ClaimRole.Level, 51.2, 1)]
    [InlineData("Fares in the north, south and west rose 1.1%, 2.3% and 0.8%, respectively.", "2.3%", ClaimRole.Change, 2.3, 1)]
    [InlineData("Ferry revenue grew 4.2% in nominal terms and 3.9% in real terms.", "3.9%", ClaimRole.Level, 3.9, 1)]
    [InlineData("Ferry revenue grew 4.2%, and the share of island routes was 31.5%.", "31.5%", ClaimRole.Share, 31.5, 1)]
    [InlineData("Ferry revenue grew 4.2%, while the load factor was 81.5%.", "81.5%", ClaimRole.Level, 81.5, 1)]
    [InlineData("Ferry revenue growth slowed from 4.2% in the spring to 3.1% in the summer.", "3.1%", ClaimRole.Level, 3.1, 1)]
    // A percent that only restates the amount before it ("…, or 62.2%") is its share, unless the amount is a change:
    // then it is the same change as a rate.
    [InlineData("The ferry lines carried 8.2 million passengers, of which 5.1 million passengers went to the islands, or 62.2%.", "62.2%", ClaimRole.Share, 62.2, 1)]
    [InlineData("Port reserves were 3.3 billion yuan, up by 32.2 million yuan, or 0.98%.", "0.98%", ClaimRole.Change, 0.98, 1)]
    [InlineData("The number of ferry lines rose by 43, or 4.4%, in six months.", "4.4%", ClaimRole.Change, 4.4, 1)]
    [InlineData("The number of ferry lines fell by 43, or 4.4%, in six months.", "4.4%", ClaimRole.Change, 4.4, -1)]
    [InlineData("Ferry lines numbered 1,043, or 4.4% of all routes.", "4.4%", ClaimRole.Share, 4.4, 1)]
    // A rate its noun names is signed by the noun, not by how it moved.
    [InlineData("In the first quarter, the decline in ferry revenue narrowed to 1.1%.", "1.1%", ClaimRole.Change, 1.1, -1)]
    [InlineData("Ferry ridership growth slowed to 4.8% in the third quarter.", "4.8%", ClaimRole.Change, 4.8, 1)]
    [InlineData("In the third quarter, when growth was 4.7%, fares held steady.", "4.7%", ClaimRole.Change, 4.7, 1)]
    [InlineData("Its contribution to ferry growth was 52.1%.", "52.1%", ClaimRole.Level, 52.1, 1)]
    [InlineData("Ferry ridership grew only 3% in September.", "3%", ClaimRole.Change, 3, 1)]
    [InlineData("Harbour fee revenue slipped 0.6%.", "0.6%", ClaimRole.Change, 0.6, -1)]
    // A percent more or less than a year before is a growth rate; more than another thing, or than a year long ago, is not.
    [InlineData("The ferry fund took in 3.4 billion yuan, 6.2% more than in the same period of 2024.", "6.2%", ClaimRole.Change, 6.2, 1)]
    [InlineData("Lighthouse visits came to 1.3 million, 2.4% fewer than a year earlier.", "2.4%", ClaimRole.Change, 2.4, -1)]
    [InlineData("Harbour dues were 3.1% lower than last year.", "3.1%", ClaimRole.Change, 3.1, -1)]
    [InlineData("Harbour dues were 3.1% higher than in 2015.", "3.1%", ClaimRole.Level, 3.1, 1)]
    public void RealPhrasing_ReadsRoleValueAndSign(string sentence, string text, ClaimRole role, double shownValue, int sign)
    {
        var claim = Single(sentence, text);
        Assert.Equal(role, claim.Role);
        Assert.Equal(sign, claim.Sign);
        Assert.Equal((decimal)shownValue, claim.Quantity.Value / claim.Quantity.ScaleFactor);
    }

    [Theory]
    [InlineData("The new berth handles thirty times the cargo of the old one.", "thirty times")]
    [InlineData("The harbour festival lasted eight days.", "eight days")]
    [InlineData("Nine enterprises and 4,120 enterprises are not alike.", "4,120 enterprises")]
    public void FigureInWordsThatIsAMultipleOrMeasure_OrCountInDigits_IsExtracted(string sentence, string text) =>
        Assert.Contains(TestPipeline.Check(sentence).Claims, b => b.Claim.Text == text);

    // A figure that opens a bound after it is the edge of a class ("clubs with 2,000 members or more"), not an
    // amount; "or so" is a hedge, and the figure it hedges is a claim.
    [Theory]
    [InlineData("Forty kite clubs now have 2,000 members or more each.", "2,000 members", false)]
    [InlineData("Kite clubs with 500 kites or above numbered 37.", "500 kites", false)]
    [InlineData("Forty kite clubs now have a million kites or more each.", "a million kites", false)]
    [InlineData("The kite club had 2,000 members or so.", "2,000 members", true)]
    public void FigureFollowedByABound_IsTheEdgeOfAClass(string sentence, string figure, bool isClaim) =>
        Assert.Equal(isClaim, TestPipeline.Check(sentence).Claims.Any(b => b.Claim.Text.StartsWith(figure, StringComparison.Ordinal)));

    [Theory]
    [InlineData("Beijing | 10 a.m. July 14, 2025")]
    [InlineData("Since Dec. 1 last year, China has granted zero-tariff treatment to all the least-developed countries.")]
    [InlineData("Since 1994, we have enforced customs protection of IP rights.")]
    [InlineData("The 17th BRICS Summit was recently held.")]
    [InlineData("This duty is carried out in accordance with Articles 44 and 91 of the Customs Law.")]
    [InlineData("Imports and exports continued a streak of seven consecutive quarters of growth.")]
    [InlineData("Specifically, there were five main features:")]
    [InlineData("The genuine product has nine sharp teeth, while counterfeits often have one or two fewer due to mold defects.")]
    [InlineData("Private enterprises occupied 218 positions among China's top 500 import and export companies.")]
    [InlineData("This year marks the 50th anniversary of China-EU diplomatic relations.")]
    [InlineData("This was the second-highest monthly trade volume on record.")]
    [InlineData("In the first half of the year, a total of two-way trade grew.")]
    [InlineData("Four harbour enterprises and their suppliers signed the charter.")]
    [InlineData("Ferries were one of the fastest-growing items.")]
    public void NotAClaim_IsNotExtracted(string sentence)
    {
        var claims = TestPipeline.Check(sentence).Claims.Select(b => b.Claim.Text).ToList();
        Assert.DoesNotContain(claims, c => c.Any(char.IsDigit) && !c.Contains("positions", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In the first half, foreign nationals made 19.16 million entries into China.", "19.16 million entries", "entries")]
    [InlineData("Couriers handled 95.6 billion parcels, up 19.3%.", "95.6 billion parcels", "parcels")]
    [InlineData("There were 251,300 commercial performances nationwide.", "251,300 commercial performances", "performances")]
    [InlineData("Inspectors visited 42,000 licensed river and canal ferries.", "42,000 licensed river and canal ferries", "ferries")]
    [InlineData("Each library held 4.7 readings a week on average.", "4.7 readings", "readings")]
    [InlineData("The city hosted 312 night running races last year.", "312 night running races", "races")]
    public void AmountBeforeAPluralNoun_CountsThatNoun(string sentence, string text, string unit) =>
        Assert.Equal(unit, Single(sentence, text).Quantity.Unit);

    [Theory]
    [InlineData("The programme now covers 8 counties.")]
    [InlineData("The number reached 20 million this year.")]
    [InlineData("Output in 2025 was 5 million higher than in 1978, as records show.")]
    [InlineData("The board reviewed 15,300 of the cases for errors.")]
    public void NumberThatIsNoAmountOrNounThatCountsNothing_IsNoOpenCount(string sentence) =>
        Assert.DoesNotContain(TestPipeline.Check(sentence).Claims, c => c.Claim.Quantity.Dimension == BriefingAudit.Core.Vocabulary.UnitDimension.Count);

    // "in real terms" says more of the percent: it restates the rate on another basis, not the amount as a share.
    [Fact]
    public void PercentSaidOnAfterTheAmountsRate_IsNoShare() =>
        Assert.NotEqual(ClaimRole.Share, Single("Kite clubs sold 310 million yuan of kites, up 4.2%, or 3.9% in real terms.", "3.9%").Role);

    [Fact]
    public void Units_AreRead()
    {
        var result = TestPipeline.Check("In the first half of the year, exports reached 1.2 trillion yuan and US$ 170 billion, while imports were 5.4 billion US dollars.");
        var units = result.Claims.Select(c => c.Claim.Quantity.Unit).ToList();
        Assert.Contains("yuan", units);
        Assert.Contains("US dollars", units);
    }

    [Fact]
    public void PercentWord_IsPercent()
    {
        var claim = Single("In the first half of the year, exports rose 7.2 percent.", "7.2 percent");
        Assert.Equal(ClaimRole.Change, claim.Role);
    }

    [Fact]
    public void HugeNumber_IsNotedNotCrashed()
    {
        var result = TestPipeline.Check("In the first half of the year, exports reached 1e400 yuan.");
        Assert.Contains(result.Notes, n => n.Message.Contains("too large", StringComparison.Ordinal));
    }
}
