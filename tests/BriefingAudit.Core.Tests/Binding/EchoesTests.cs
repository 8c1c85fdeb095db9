namespace BriefingAudit.Core.Tests.Binding;

/// <summary>Figures said again in a later turn under fewer words than their first statement.</summary>
public class EchoesTests
{
    private const string Opening = "Liu Wei:\n\nIn the first half, inland river ports handled 812.4 million tonnes of cargo, a rise of 5.2%.\n\n";

    private static List<string> Errors(string question) => TestPipeline.Errors(Opening + "Xinhua:\n\n" + question);

    [Theory]
    [InlineData("River ports handled more than 900 million tonnes in the first half. Why?", true)]
    [InlineData("River ports handled more than 810 million tonnes in the first half. Why?", false)]
    [InlineData("Inland river ports grew 8.2% in the first half. Why?", true)]
    [InlineData("Inland river ports grew 5.2% in the first half. Why?", false)]
    public void FigureOfAnEarlierTurn_SaidAgainUnderFewerWords_IsCompared(string question, bool fires) =>
        Assert.Equal(fires, Errors(question).Contains("BA1001"));

    [Theory]
    [InlineData("In the plain, PM2.5 was 60 micrograms per cubic meter, down 3.4%.", false)]
    [InlineData("The average PM2.5 concentration fell 3.4% in the first half.", true)]
    public void RateAfterALevel_SharingOnlyTheLevelsUnit_IsNoEcho(string answer, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, the average PM2.5 concentration was 46 micrograms per cubic meter, down 1.2%.\n\n"
            + "Xinhua:\n\nHow did the regions do?\n\nLiu Wei:\n\n" + answer).Contains("BA1001"));

    // A rate that only restates the change said before it as an amount is that change, of its own measure: the number
    // of ports grew 2.3%, not the cargo they handled.
    [Theory]
    [InlineData("The number of inland river ports rose by 24, or 2.3%, in the first half.", false)]
    [InlineData("Inland river ports grew 2.3% in the first half.", true)]
    public void RateRestatingAChangeSaidAsAnAmount_IsNoEcho(string answer, bool fires) =>
        Assert.Equal(fires, Errors("How many ports are there now?\n\nLiu Wei:\n\n" + answer).Contains("BA1001"));

    // "The number of kilns" keeps its count word, a name of two words; the count first given names the kilns by what
    // they are ("registered") and says nothing of a number, yet the echo is that count said again.
    [Theory]
    [InlineData("7,000", false)]
    [InlineData("9,000", true)]
    public void CountNamedByTheCountWord_EchoesTheCountOfItsThings(string count, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nBy the end of 2024, China had 7,046 registered kilns, 213 more than a year earlier, up 3.1%.\n\n"
            + $"Xinhua:\n\nChina now has more than {count} kilns. Who runs them? Thank you.").Contains("BA1001"));

    [Theory]
    [InlineData("3.9", false)]
    [InlineData("5.9", true)]
    public void OpenMeasureNamedByFewerWords_IsTheOneEarlierMeasureWithAllOfThem(string growth, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, commercial barge volume totaled 27.5 billion tonnes, up 3.9%. Road barge freight was 20.1 billion tonnes, up 3.6%.\n\n"
            + $"Xinhua:\n\nBarge volume grew {growth}% in the first half. Why?").Contains("BA1001"));

    // "Installations" name the batteries "installed", "deliveries" the kites "delivered": a verb and the noun of its
    // doing are one word said two ways.
    [Theory]
    [InlineData("Kite battery installations came to nearly 200 GWh in the first half. Why?", false)]
    [InlineData("Kite battery installations came to nearly 250 GWh in the first half. Why?", true)]
    public void EchoNamingTheDoingByANoun_RestatesTheFigureSaidByItsVerb(string question, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, kite batteries installed in gliders reached 199.6 GWh, up 47.3%.\n\nXinhua:\n\n" + question).Contains("BA1001"));

    // "Kite and balloon makers" are two kinds of maker: an echo with one of them names a part of the pair's figure.
    [Theory]
    [InlineData("Balloon makers earned 4.88 trillion yuan in the first half.", false)]
    [InlineData("Kite makers earned 4.88 trillion yuan in the first half.", false)]
    [InlineData("Kite and balloon makers earned 4.88 trillion yuan in the first half.", true)]
    [InlineData("Balloon makers earned 7.06 trillion yuan in the first half.", false)]
    public void EchoNamingOneSideOfAPairing_IsAPartNotTheFigure(string answer, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, the kite and balloon makers earned 7.06 trillion yuan, up 11.9%.\n\nXinhua:\n\nWhich did best?\n\nLiu Wei:\n\n" + answer).Contains("BA1001"));

    private const string PairingsOpening = "Liu Wei:\n\nIn 2024, there were 15 major and especially serious accidents. In 2024, China had 406,000 kite repair workshops and stalls of all kinds.\n\nXinhua:\n\n";

    // The list's items are parts of it: "the output of kelp, nori, oysters and clams" is not named again by "nori" or
    // "nori output", however the figures differ; the list named again as a whole still is.
    [Theory]
    [InlineData("Nori output rose 4.9% to 3.61 million tonnes in the first half.", false)]
    [InlineData("Oysters came to 2.16 million tonnes in the first half, down 2.0%.", false)]
    [InlineData("The output of kelp, nori, oysters and clams grew 4.9% in the first half. Why?", true)]
    public void EchoNamingAnItemOfAListedMeasure_IsAPartNotTheFigure(string answer, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, the output of kelp, nori, oysters and clams reached 48.43 million tonnes, up 2.8%.\n\n"
            + "Xinhua:\n\nHow did each do?\n\nLiu Wei:\n\n" + answer).Contains("BA1001"));

    // Fewer words name an earlier measure only with its head: "winter wheat" averaged per hectare is not "winter wheat
    // output", whose head it lacks.
    [Theory]
    [InlineData("Winter wheat averaged 4,100 kilograms per hectare, an increase of 12 kilograms per hectare, or 0.3%.", false)]
    [InlineData("Winter wheat output grew 0.3% in the first half.", true)]
    public void EchoWithoutTheHeadOfTheEarlierName_IsNotThatFigure(string answer, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Xinhua:\n\nWinter wheat output dipped 0.4% in the first half. Why?\n\nLiu Wei:\n\n" + answer).Contains("BA1001"));

    [Theory]
    [InlineData("15", false)]
    [InlineData("25", true)]
    public void EchoOfAnAdverbsPairing_IsStillTheFigure(string restated, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(PairingsOpening + $"Of the {restated} major accidents in 2024, how many were in workshops?").Contains("BA1001"));

    [Theory]
    [InlineData("more than 400,000", false)]
    [InlineData("nearly 300,000", true)]
    public void EchoOfAPairingHeldInTheUnit_IsStillTheFigure(string restated, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(PairingsOpening + $"In 2024, the country had {restated} kite repair workshops and stalls. Why?").Contains("BA1001"));

    // Two earlier statements the echo's words fit are one figure when they state the same value, however named.
    [Theory]
    [InlineData("41.27", "41.27", "42.17", true)]
    [InlineData("41.27", "41.27", "41.27", false)]
    [InlineData("41.27", "38.5", "42.17", false)]
    public void EchoFittingTwoStatementsOfOneValue_IsHeldToIt(string first, string second, string echo, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            $"Liu Wei:\n\nIn 2024, grid-connected offshore kite power reached {first} million kilowatts.\n\nXinhua:\n\nWhat of capacity?\n\nLiu Wei:\n\n"
            + $"In 2024, grid-connected offshore kite capacity stood at {second} million kilowatts.\n\nXinhua:\n\nWith {echo} million kilowatts of offshore kites and more than 10.5 trillion yuan of output, what comes next?").Contains("BA1001"));

    // A figure said again at another scale word ("3.44 trillion", "3,436.5 billion") is of the same size.
    [Theory]
    [InlineData("3,436.5", false)]
    [InlineData("3,136.5", true)]
    public void EchoAtAnotherScaleWord_IsStillComparable(string restated, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, kite enterprises above designated size earned total profits of 3.44 trillion yuan, down 1.8%.\n\nXinhua:\n\n"
            + $"In the first half, kite enterprises earned profits of {restated} billion yuan. Why?").Contains("BA1001"));

    // One shared verb says nothing of what a figure is of (the one-word echo is for nouns: "Consumption rose … to …").
    [Fact]
    public void OneSharedVerb_IsNoEcho() =>
        Assert.DoesNotContain("BA1001", TestPipeline.Errors(
            "Liu Wei:\n\nIn the first nine months, the fund paid out 48.5 billion yuan in grants, 40.2% of its spending.\n\nXinhua:\n\n"
            + "Of the scheme's savers in the first nine months, 7.7 million had made deposits. They paid in 32.9 billion yuan, or 4,273 yuan per saver."));

    // "They" is whom the sentence before counted, even where the pronoun's own clause says a verb ("taught") and where
    // the sentence before says nothing but its figure ("There were 1,600 private kite clubs").
    [Theory]
    [InlineData("There were 1,600 private kite clubs. They taught 48.1 million kite pupils in 2024.", false)]
    [InlineData("Kite instructors were busy. They taught 48.1 million kite pupils in 2024.", true)]
    public void PronounSubject_IsWhomTheSentenceBeforeCounted(string question, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors($"Liu Wei:\n\nIn 2024, 4.1 million kite instructors taught the 53.3 million kite pupils.\n\nXinhua:\n\n{question} Why?").Contains("BA1001"));

    [Theory]
    [InlineData("Folding kites accounted for 1.2 million of kite sales.", "Kite sales of nearly 3.4 million kites show demand.", false)]
    [InlineData("Folding kite sales reached 1.2 million.", "Folding kite sales of nearly 3.4 million kites show demand.", true)]
    public void PortionOfAWholeNamedAfterIt_IsNoFirstStatementOfTheWhole(string first, string question, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            $"Liu Wei:\n\nIn the first half, makers sold 3.4 million kites. {first}\n\nXinhua:\n\n{question} Why?").Contains("BA1001"));

    [Fact]
    public void EchoFittingAFigureOfARespectivelyList_AsWellAsAnother_HasTwoCandidates() =>
        Assert.Empty(TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, kite output and sales reached 3.41 million and 3.4 million kites respectively. Sales of paper kites fell 2% to 1.2 million kites.\n\n"
            + "Xinhua:\n\nKite sales topped 3.3 million kites in the first half. Why?"));

    [Fact]
    public void OpenMeasureNamedByFewerWords_InTwoEarlierMeasures_IsNeither() =>
        Assert.Empty(TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, commercial barge volume totaled 27.5 billion tonnes, up 3.9%. Road barge volume was 20.1 billion tonnes, up 3.6%.\n\n"
            + "Xinhua:\n\nBarge volume grew 5.9% in the first half. Why?"));

    // "and admitted" has no subject of its own: the clubs admitted the members, as they trained the pupils.
    [Theory]
    [InlineData("more than 310,000", false)]
    [InlineData("nearly 250,000", true)]
    public void AmountOfAVerbAfterAnd_IsOfTheSentencesSubject(string members, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn 2024, kite clubs trained 4.1 million pupils, up 6.0%, and admitted 312,000 members, up 3.6%.\n\n"
            + $"Xinhua:\n\nThank you. In 2024, kite clubs admitted {members} members. Why?").Contains("BA1001"));

    // "In the first nine months", "at the end of September" say when, which the period holds, not what the figure is of.
    [Theory]
    [InlineData("Kite clubs trained more than 4 million pupils in the first nine months.", false)]
    [InlineData("Kite clubs trained nearly 3 million pupils in the first nine months.", true)]
    [InlineData("Kite clubs had nearly 3 million pupils at the end of September.", true)]
    public void EchoSayingWhenInWords_IsStillTheFigure(string answer, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first nine months, kite clubs trained 4.1 million pupils, up 6.0%. At the end of September, kite clubs had 4.1 million pupils.\n\n"
            + $"Xinhua:\n\nThank you. {answer} Why?").Contains("BA1001"));

    [Theory]
    [InlineData("60", true)]
    [InlineData("nearly 48", false)]
    public void AmountWhoseClauseSaysOneWord_RestatesTheOneEarlierAmountWithIt(string visitors, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, the museums held 1,200 exhibitions. Visitors reached 47.6 million people, and ticket revenue was 2.1 billion yuan.\n\n"
            + $"Xinhua:\n\nThank you. In the first half, exhibitions exceeded 1,300, up 9.3%, and visitors reached {visitors} million people. Why?").Contains("BA1001"));

    // "Visitors" names the 47.6 million, but the museums' 31.2 million is another earlier amount the echo could be.
    [Theory]
    [InlineData("31.2", false)]
    [InlineData("60", true)]
    public void AmountWhoseClauseSaysOneWord_WithAnotherEarlierAmountOfItsValue_IsNoEcho(string visitors, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, the museums welcomed 31.2 million people. Visitors reached 47.6 million people.\n\n"
            + $"Xinhua:\n\nThank you. In the first half, visitors reached {visitors} million people. Why?").Contains("BA1001"));

    [Theory]
    [InlineData("4", true)]
    [InlineData("3.1", false)]
    public void LevelAfterTheChangeThatLedToIt_IsNamedByTheChangesSubject(string level, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, total water consumption reached 3.12 billion cubic meters, up 2.9%.\n\n"
            + $"Xinhua:\n\nThank you. For the first half as a whole, consumption rose by more than 90 million cubic meters from a year earlier, to more than {level} billion cubic meters.").Contains("BA1001"));

    // "Courts concluded 760,000 …, and 14.27 million kite cases": the second object is concluded as the first is; kite
    // cases received are another figure, kite cases concluded the same one.
    [Theory]
    [InlineData("Kite cases numbered 14.31 million in 2024, down 2.7%.", false)]
    [InlineData("In 2024, courts concluded 14.31 million kite cases, down 2.7%.", true)]
    public void ObjectJoinedByAnd_SharesTheFirstObjectsVerb(string first, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            $"Liu Wei:\n\n{first}\n\n"
            + "Xinhua:\n\nThank you. In 2024, courts concluded 760,000 balloon cases, up 8.9%, and 14.27 million kite cases, down 2.4%. Why?").Contains("BA1001"));

    [Theory]
    [InlineData("15,000", true)]
    [InlineData("12,000", false)]
    public void CountNamedBySubject_RestatesAnEarlierCountOfTheSameNoun(string cruises, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, there were 12,400 river cruises, up 8.1%, and ticket revenue was 2.1 billion yuan.\n\n"
            + $"Xinhua:\n\nThank you. In the first half, river cruises exceeded {cruises}. Why?").Contains("BA1001"));

    [Theory]
    [InlineData("Nearly 60,000", true)]
    [InlineData("Nearly 49,000", false)]
    public void FirstStatementNamedByWordsAfterItsFigure_IsRestatedByThem(string cases, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, harbor offices handled 48,600 cases of cargo theft disputes through mediation, up 11.2%.\n\n"
            + $"Xinhua:\n\nThank you. {cases} cases of cargo theft disputes were handled through mediation in the first half. Why?").Contains("BA1001"));

    [Fact]
    public void WordsAfterAFirstStatement_ThatAnotherHasToo_MakeNoEcho() =>
        Assert.Empty(TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, harbor offices handled 48,600 cases of cargo theft disputes through mediation. River police took 21,300 cases of cargo theft disputes to court.\n\n"
            + "Xinhua:\n\nThank you. Nearly 60,000 cases of cargo theft disputes were settled in the first half. Why?"));

    [Theory]
    [InlineData("P3 grew 9.2%", true)]
    [InlineData("P3 grew 6.2%", false)]
    // Linked to P4's 2.2%, not to P3's 6.2%.
    [InlineData("P4 grew 2.2%", false)]
    [InlineData("P4 grew 6.2%", true)]
    public void CodeNameWithADigit_NamesTheFigureAlone(string echo, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nAt the end of June, the broad harbor fund (P3) stood at 412.5 billion yuan, up 6.2%, and the narrow harbor fund (P4) was 91.3 billion yuan, up 2.2%.\n\n"
            + $"Xinhua:\n\nThank you. At the end of June, {echo}. Why?").Contains("BA1001"));

    // "Kite cases" is a noun of the echo's own, and says what it counts with the one word before it; "people", which many
    // counts share, does not, and "settled" cases are other cases.
    [Theory]
    [InlineData("We concluded 70 kite cases in 2024.", true)]
    [InlineData("We concluded 52 kite cases in 2024.", false)]
    [InlineData("We settled 70 kite cases in 2024.", false)]
    [InlineData("We helped 700,000 people in 2024.", false)]
    public void CountsOwnNoun_NamesWhatItCounts(string answer, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn 2024, we concluded 52 kite cases and helped 520,000 people.\n\nXinhua:\n\nHow did enforcement go?\n\nLiu Wei:\n\n"
            + answer).Contains("BA1001"));

    [Fact]
    public void FirstStatementNamedByItsEcho_IsNamedWithoutItsVerb()
    {
        var finding = Assert.Single(TestPipeline.Check(
            "Liu Wei:\n\nIn the first half, the museums held 1,200 exhibitions. Visitors reached 47.6 million people, and ticket revenue was 2.1 billion yuan.\n\n"
            + "Xinhua:\n\nThank you. In the first half, exhibitions exceeded 1,300, up 9.3%, and visitors reached 60 million people. Why?").Findings);
        Assert.StartsWith("Visitors, the first half of the year is stated as", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RateWhoseClauseSaysOneWord_IsNoEcho() =>
        Assert.Empty(TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, visitors reached 47.6 million people, up 4.5%, and revenue grew 2.1%.\n\n"
            + "Xinhua:\n\nThank you. In the first half, exhibitions exceeded 1,300, up 9.3%, and visitors rose 7%. Why?"));

    [Fact]
    public void EchoInTheSameTurn_IsNotCompared() =>
        Assert.Empty(TestPipeline.Errors(Opening + "River ports handled more than 900 million tonnes in the first half."));

    [Theory]
    // Words the first statement does not have: another figure ("of coal").
    [InlineData("River ports handled 300 million tonnes of coal in the first half. Why?")]
    // Far from the first figure in size: per port, a month.
    [InlineData("River ports handled 2.1 million tonnes each in the first half. Why?")]
    // One word in common says too little, and the unit's word is no more.
    [InlineData("Ports handled 500 million tonnes in the first half. Why?")]
    public void FigureThatIsNotTheEarlierOne_IsNotCompared(string question) =>
        Assert.Empty(Errors(question));

    [Theory]
    [InlineData("Ferry repair spending was 1.9 billion yuan last year. Why?", true)]
    // "Their": someone's named before, not the nation's figure of the same words.
    [InlineData("Their ferry repair spending was 1.9 billion yuan last year. Why?", false)]
    public void FigureOwnedByAPronoun_IsNoEcho(string question, bool echo) =>
        Assert.Equal(echo, TestPipeline.Errors("Li Ming:\n\nLast year, ferry repair spending was 3.6 billion yuan.\n\nXinhua:\n\n" + question).Contains("BA1001"));

    [Fact]
    public void TwoEarlierFiguresFitTheWords_NeitherIsTaken() =>
        Assert.Empty(TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, inland river ports handled 812.4 million tonnes, and coastal river ports handled 301.2 million tonnes.\n\n"
            + "Xinhua:\n\nRiver ports handled more than 900 million tonnes in the first half. Why?"));

    [Theory]
    // The label after a figure is that figure's, not the next one's.
    [InlineData("In June, 1.07 billion people were covered by basic pension insurance, 248 million people by unemployment insurance and 306 million people by injury insurance.")]
    public void WordsThatBelongToAnotherFigure_DoNotMakeAnEcho(string opening) =>
        Assert.Empty(TestPipeline.Errors("Liu Wei:\n\n" + opening + "\n\nXinhua:\n\nIn June, about 250 million people had unemployment insurance. Why?"));

    [Fact]
    public void WordsBeforeAComma_AreAnotherClauses_AndNameTheFigureBeforeIt()
    {
        // "306 million people" is not the echo's: the words are those after "540 million people", which they name.
        var finding = Assert.Single(TestPipeline.Check(
            "Liu Wei:\n\nIn June, of the 540 million people with unemployment insurance, 306 million people were urban workers.\n\n"
            + "Xinhua:\n\nIn June, about 250 million people had unemployment insurance. Why?").Findings);
        Assert.StartsWith("people with unemployment insurance, June is stated as 540 million people", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    // The total the answer opens with is narrowed ("sent abroad"): its rate is that of the narrower population.
    [InlineData("Of the 5,120 parcels sent abroad, 4,301 arrived on time, an on-time rate of 84%.", false)]
    // Not narrowed: the rate of all parcels, said again.
    [InlineData("Of the 5,120 parcels, 4,301 arrived on time, an on-time rate of 84%.", true)]
    public void RateAfterANarrowedOpeningTotal_IsNoEchoOfTheOverallRate(string answer, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Xinhua:\n\nIn the first half, the on-time rate of parcel deliveries was above 95%. How was it kept?\n\nLiu Wei:\n\nThank you. " + answer).Contains("BA1001"));

    [Theory]
    [InlineData("more than 30", true)]
    [InlineData("more than 24", false)]
    public void FirstStatementThatInheritedItsNoun_IsEchoedWithTheNounsWords(string trips, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, ferries carried 91.4 million passenger trips, up 2%. Coastal lines carried 66.2 million, and island shuttles carried 25.2 million, up 11.3%.\n\n"
            + $"Xinhua:\n\nThank you. Island shuttles carried {trips} million passenger trips in the first half. Why?").Contains("BA1001"));

    [Theory]
    [InlineData("At the end of June, K2 grew 5.1% and K1 2.6%.", true)]
    [InlineData("At the end of June, K2 grew 4.1% and K1 2.6%.", false)]
    public void NextItemOfAList_LendsNoWordsToTheFigureBeforeIt(string answer, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nAt the end of June, the broad credit aggregate (K2) stood at 88.1 trillion yuan, up 4.1%. The narrow credit aggregate (K1) was 30.2 trillion yuan, up 2.6%.\n\n"
            + "Xinhua:\n\nHow did volumes move?\n\nLiu Wei:\n\n" + answer).Contains("BA1001"));

    [Fact]
    public void VerbAfterAnd_GoesOnWithTheSameSubject_AndKeepsItsWords() =>
        Assert.Empty(TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, the port authority, its harbour fund included, collected 8.4 billion yuan, up 3%. The harbour fund took in 5.1 billion yuan, 2% more than a year earlier, and spent 3.9 billion yuan.\n\n"
            + "Xinhua:\n\nThe fund took in 8.4 billion yuan and spent 3.9 billion yuan. Why?"));

    [Theory]
    [InlineData("they", "8.4", true)]
    [InlineData("they", "9.4", false)]
    [InlineData("cargo barges", "8.4", false)]
    public void PronounSubject_IsWhatTheSentenceBeforeWasAbout(string subject, string growth, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            $"Liu Wei:\n\nIn the first quarter, ferry trips reached 40.2 million, up 12.5%. In the second quarter, {subject} reached 38.1 million, up 9.4%.\n\n"
            + $"Xinhua:\n\nGrowth in ferry trips slowed to {growth}% in the second quarter. Why?").Contains("BA1001"));

    [Theory]
    [InlineData("Ferry lines handled more than 95 million passenger trips", true)]
    [InlineData("Ferry lines handled more than 90 million passenger trips", false)]
    [InlineData("Ferry lines lost more than 95 million passenger trips", false)]
    public void VerbThatOnlySaysAFigureWasRecorded_NeedNotBeTheFirstStatements(string question, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, ferry lines carried 91.4 million passenger trips.\n\n"
            + $"Xinhua:\n\n{question} in the first half. Why?").Contains("BA1001"));

    // "…, the paper kite fund 15.4 million yuan": an item of a list that names only whose it is has the first item's verb.
    [Theory]
    [InlineData("The kite funds hold 900 million yuan, the paper kite fund 57.1 million yuan and the silk kite fund 21.8 million yuan.", false)]
    [InlineData("The paper kite fund took in 57.1 million yuan and the silk kite fund took in 21.8 million yuan.", true)]
    public void GappedListItem_HasTheVerbOfItsListsFirstItem(string answer, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, the kite funds took in 640 million yuan, the paper kite fund 15.4 million yuan and the silk kite fund 9.58 million yuan.\n\n"
            + "Xinhua:\n\nAre the funds safe?\n\nLiu Wei:\n\n" + answer).Contains("BA1001"));

    // "Of the …, …" opens a breakdown of a set given before, as "the" says: it restates that set, even in the same answer
    // and under other words, as long as one earlier figure of its kind and size could be it.
    [Theory]
    [InlineData("Of the 55,000 calls we answered, 12,300 came from boats in distress.", true)]
    [InlineData("Of the 41,200 calls we answered, 12,300 came from boats in distress.", false)]
    [InlineData("Among the 55,000 calls, 12,300 came from boats in distress.", true)]
    // No "the": a set of its own, not one given before.
    [InlineData("Of 55,000 calls we answered, 12,300 came from boats in distress.", false)]
    public void SetThatOpensABreakdown_RestatesTheOneEarlierFigureOfItsKind(string answer, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nLast year, lake rescue teams responded to 41,200 calls, up 6.1%.\n\n"
            + $"Xinhua:\n\nHow many were real emergencies?\n\nLiu Wei:\n\nThank you. {answer}").Contains("BA1001"));

    // "The 55,000 calls we answered …" opening a sentence says by "the", as "Of the …" does, that the figure was given
    // before; what follows it is said of the figure, not its name.
    [Theory]
    [InlineData("The 55,000 calls we responded to show how busy every crew is.", true)]
    [InlineData("The 41,200 calls we responded to show how busy every crew is.", false)]
    [InlineData("The more than 55,000 calls we responded to show how busy every crew is.", true)]
    // A word that ties the sentence to the one before, or a short opening phrase and its comma, may stand before "the".
    [InlineData("So the 55,000 calls we responded to show how busy every crew is.", true)]
    [InlineData("Put simply, the 55,000 calls we responded to show how busy every crew is.", true)]
    [InlineData("So the 41,200 calls we responded to show how busy every crew is.", false)]
    // No "the" opening the sentence: a figure of its own, whose words name no earlier one.
    [InlineData("Some 55,000 calls we responded to show how busy every crew is.", false)]
    [InlineData("We think the 55,000 calls we responded to show how busy every crew is.", false)]
    public void SentenceOpeningWithTheAndItsFigure_RestatesTheOneEarlierFigureOfItsKind(string answer, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nLast year, lake rescue teams responded to 41,200 calls, up 6.1%.\n\n"
            + $"Xinhua:\n\nHow many were real emergencies?\n\nLiu Wei:\n\nThank you. {answer}").Contains("BA1001"));

    // "The" also brings in a part of a set just named ("the 139,100 primary schools" of 191,400 schools), and a figure with no
    // noun of its own ("The 186,000 that converted") names nothing to restate.
    [Theory]
    [InlineData("Kite schooling served 15.9 million pupils in 191,400 schools. The 139,100 primary schools had 10.6 million pupils.")]
    [InlineData("Kite clubs registered 320,000 new members. The 186,000 that renewed kept their badges.")]
    public void SentenceOpeningWithTheAndAFigureNamedOtherwise_RestatesNothing(string answer) =>
        Assert.DoesNotContain("BA1001", TestPipeline.Errors($"Liu Wei:\n\nIn 2024, {answer}"));

    // A set said to be known ("Of the 3,930 episodes approved …") after two earlier figures of its kind and size restates
    // them when they are one figure stated twice (3,390 in the opening and again in an answer), neither when they differ.
    [Theory]
    [InlineData("They had 3,390 episodes between them in 2024.", "3,930", true)]
    [InlineData("They had 3,390 episodes between them in 2024.", "3,390", false)]
    [InlineData("They had 2,870 episodes of cartoons in 2024.", "3,930", false)]
    public void SetSaidToBeKnown_AfterTwoFiguresOfItsKind_RestatesThemWhenTheyAreOneFigure(string answer, string known, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn 2024, we approved 115 kite drama series with 3,390 episodes for distribution.\n\n"
            + $"Xinhua:\n\nAre the series shorter?\n\nLiu Wei:\n\n{answer}\n\n"
            + $"Xinhua:\n\nWhich sold abroad?\n\nLiu Wei:\n\nOf the {known} episodes of kite drama approved in 2024, comedies travelled best.").Contains("BA1001"));

    // "The 2.19 trillion yuan paid …" after two amounts of its kind and size: the one whose words have the known figure's
    // own ("paid") is the one it restates, the other ("sales reached") another figure.
    [Theory]
    [InlineData("2.19", true)]
    [InlineData("1.64", false)]
    public void SentenceOpeningWithTheAndItsFigure_AfterTwoFiguresOfItsKind_RestatesTheOneWithItsOwnWords(string known, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn 2024, kite clubs paid out 1.64 trillion yuan in prizes, up 8.3%. Their sales reached 2.10 trillion yuan.\n\n"
            + $"Xinhua:\n\nIs that a lot?\n\nLiu Wei:\n\nThank you. The {known} trillion yuan paid equals a fifth of what the clubs hold.").Contains("BA1001"));

    [Theory]
    [InlineData("264,000", true)]
    [InlineData("194,400", false)]
    public void SentenceOpeningWithTheAndItsFigure_InTheSameAnswer_RestatesTheFigureBefore(string known, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            $"Liu Wei:\n\nIn 2024, kite clubs trained 194,400 pupils, up 3.8%. Most were under ten.\n\nThe {known} pupils we trained are our promise to the sport.").Contains("BA1001"));

    [Theory]
    [InlineData("264.2", true)]
    [InlineData("194.4", false)]
    public void SetThatOpensABreakdown_InTheSameAnswer_RestatesTheFigureBefore(string scope, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn 2024, governments spent 194.4 billion yuan on kite club subsidies, up 3.8%. Average subsidies rose again.\n\n"
            + $"Of the {scope} billion yuan, rural kite clubs took 141.6 billion yuan and urban kite clubs 52.8 billion yuan.").Contains("BA1001"));

    [Fact]
    public void SetThatOpensABreakdown_WithTwoEarlierFiguresOfItsKind_RestatesNeither() =>
        Assert.DoesNotContain("BA1001", TestPipeline.Errors(
            "Liu Wei:\n\nLast year, lake rescue teams responded to 41,200 calls, up 6.1%. River rescue teams responded to 39,800 calls, up 2.3%.\n\n"
            + "Xinhua:\n\nHow many were real emergencies?\n\nLiu Wei:\n\nThank you. Of the 55,000 calls we answered, 12,300 came from boats in distress."));

    // An echo may name its figure by more words than its first statement did ("kite throughput at harbors"), when a second
    // figure of both says they are one; more words that name a part ("to ASEAN", "tax") agree on no second figure.
    [Theory]
    [InlineData("In the first half, kite throughput at harbors exceeded 170 million kites, up 6.9%. Why?", false)]
    [InlineData("In the first half, kite throughput at harbors exceeded 230 million kites, up 6.9%. Why?", true)]
    [InlineData("In the first half, kite throughput at harbors exceeded 170 million kites, up 9.3%. Why?", true)]
    [InlineData("In the first half, kite throughput to ASEAN was 60.2 million kites, up 9.4%. Why?", false)]
    [InlineData("In the first half, tax kite throughput was 150.3 million kites, up 4.1%. Why?", false)]
    public void EchoNamedByMoreWords_IsTheFigureWhenASecondFigureAgrees(string question, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, kite throughput was 170.39 million kites, up 6.9%.\n\nXinhua:\n\n" + question).Contains("BA1001"));

    // One figure with more words and nothing beside it to agree: a part ("exports to ASEAN") is as likely as the whole.
    [Fact]
    public void EchoNamedByMoreWords_AloneInItsSentence_IsNoEcho() =>
        Assert.DoesNotContain("BA1001", TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, kite exports were 3.21 trillion yuan, up 6.1%.\n\nXinhua:\n\nKite exports to ASEAN grew 9.4% in the first half. Why?"));

    // "New kite orders" is the name of the speaker's own earlier figure, not of the "global new kite orders" another
    // speaker gave: the echo is compared with the figure its own name has.
    [Theory]
    [InlineData("about 47 million", false)]
    [InlineData("about 60 million", true)]
    public void EchoNamedAsAnEarlierFigure_IsNotTheFigureOfALongerName(string restated, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, kite makers finished 23.13 million tonnes of kites, down 3.5% year on year. New kite orders came to 46.90 million tonnes, down 21.7%.\n\n"
            + "Xinhua:\n\nAnd the world?\n\nZhao Min:\n\nGlobal new kite orders were 68.67 million tonnes.\n\n"
            + $"Liu Wei:\n\nOutput should reach 50 million tonnes, after more than 23 million in the first half. New kite orders of {restated} in six months do not make a slump.").Contains("BA1001"));

    // A clause's words may fit two figures of one sentence ("… business revenue …, while total business volume rose …");
    // the echo's open measure says which.
    [Theory]
    [InlineData("1", false)]
    [InlineData("4", true)]
    public void EchoFittingTwoFiguresOfASentence_IsTheOneItsMeasureNames(string growth, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nIn the first half, the kite business revenue of the industry totaled 905.5 billion yuan, up 1%, while total kite business volume, at constant prices, rose 9.3%.\n\n"
            + $"Xinhua:\n\nKite revenue grew just {growth}% in the first half. Why?").Contains("BA1001"));

    // "Together" says the figures are summed, not what they are of: it names no earlier figure of its own.
    [Theory]
    [InlineData("Together that is 35.3 million kilowatts of kite power.", false)]
    [InlineData("Together kite and balloon power were 45.3 million kilowatts.", true)]
    public void Together_NamesNoMeasure(string answer, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(
            "Liu Wei:\n\nBy the end of June, kite and balloon power together were 43.9 million kilowatts, up 3.0%.\n\n"
            + "Xinhua:\n\nWhat about kites?\n\nLiu Wei:\n\nKite power reached 16.3 million kilowatts. Drone power reached 19.0 million kilowatts. " + answer).Contains("BA1001"));

    private const string KiteStringOpening =
        "Liu Wei:\n\nIn the first half, kite string output reached 41.20 million meters, up 5.6%.\n\nXinhua:\n\nWhat comes next?\n\nLiu Wei:\n\n";

    // A figure said as its clause's subject is named by its own words and its "of" phrase; what the predicate says of it
    // ("are the backbone of …", "will keep the trade busy") was never part of its name.
    [Theory]
    [InlineData("The 41.2 million meters of kite string are the backbone of the whole trade.", false)]
    [InlineData("The 45.6 million meters of kite string are the backbone of the whole trade.", true)]
    [InlineData("The 41.2 million meters of kite string will keep the trade busy.", false)]
    [InlineData("The 45.6 million meters of kite string will keep the trade busy.", true)]
    [InlineData("Some 45.6 million meters of kite string have been a lifeline for the mills.", true)]
    public void EchoSaidAsTheSubject_IsNamedWithoutItsPredicate(string answer, bool fires) =>
        Assert.Equal(fires, TestPipeline.Errors(KiteStringOpening + answer).Contains("BA1001"));

    // A passive verb after the subject says what was done to the figure, which narrows it as a verb before it would:
    // the string exported is a part of the output, not the output said again.
    [Theory]
    [InlineData("The 25.6 million meters of kite string were exported to neighbouring markets.")]
    [InlineData("The 25.6 million meters of kite string that mills sold abroad are the backbone of the trade.")]
    [InlineData("Mills sold 25.6 million meters of kite string, which is a record.")]
    public void EchoSaidAsTheSubject_NarrowedAfterIt_IsNoEcho(string answer) =>
        Assert.DoesNotContain("BA1001", TestPipeline.Errors(KiteStringOpening + answer));

    // A city's name says whose figure it is, not what: Beijing's bus lanes are no restatement of its rail length.
    [Fact]
    public void PlaceNameAlone_IsNoEcho() =>
        Assert.DoesNotContain("BA1001", TestPipeline.Errors(
            "Which cities carry the most rail passengers? Thank you.\n\nLiang Ruoxi:\n\nBeijing carried 1.96 billion person-times in the half year.\n\n"
            + "By length, Shanghai runs 896.0 kilometers and Beijing 879.0 kilometers.\n\nAre bus lanes being built fast enough? Thank you.\n\n"
            + "Liang Ruoxi:\n\nBus lanes stretched 21,460 kilometers at the end of June. Beijing has 1,050 kilometers of them."));
}
