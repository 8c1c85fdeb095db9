TEXT = """
SCIO press conference on China's population development in 2024

Beijing | 10 a.m. Aug 20, 2025

The State Council Information Office (SCIO) held a press conference Wednesday in Beijing on China's population in 2024 and on the policies that support childbirth and respond to population aging.

Speakers

Lian Zhiqiang, deputy commissioner of the National Bureau of Statistics (NBS)

Wei Shuhan, director general of the Department of Population and Employment Statistics of the NBS

Tang Meiling, director general of the Department of Population Monitoring and Family Development of the National Health Commission (NHC)

Fu Guodong, director general of the Department of Elderly Care Services of the Ministry of Civil Affairs (MCA)

Chairperson

Xing Huining, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese

Speakers:

Mr. Lian Zhiqiang, deputy commissioner of the National Bureau of Statistics (NBS)

Ms. Wei Shuhan, director general of the Department of Population and Employment Statistics of the NBS

Ms. Tang Meiling, director general of the Department of Population Monitoring and Family Development of the National Health Commission (NHC)

Mr. Fu Guodong, director general of the Department of Elderly Care Services of the Ministry of Civil Affairs (MCA)

Chairperson:

Ms. Xing Huining, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Date:

Aug 20, 2025


Xing Huining:

Ladies and gentlemen, good morning. Welcome to this press conference of the State Council Information Office. Today we have invited Mr. Lian Zhiqiang, deputy commissioner of the National Bureau of Statistics, to brief you on the country's population in 2024 and to take your questions. With him are Ms. Wei Shuhan of the NBS, Ms. Tang Meiling of the National Health Commission and Mr. Fu Guodong of the Ministry of Civil Affairs.

Mr. Lian, please.

Lian Zhiqiang:

Thank you, Ms. Xing. Friends from the media, good morning. The figures I will give come from the annual sample survey on population changes, which reaches roughly one person in every thousand, checked against registration and administrative records. Let me draw the picture in four strokes: how many we are, how we are born and die, where we live, and how old we are.

How many we are. At the end of 2024 the national population was {1,408.28|people|POP} million, a decrease of {1.39|people|POP_ch} million from the {1,409.67|people|POP0} million at the end of 2023, or a decline of {0.10|p|POP_gr}%.

Births and deaths. There were {9.54|births|BIR} million births in the year and a birth rate of {6.77|per thousand|BR} per thousand. There were {10.93|deaths|DEA} million deaths, and the death rate was {7.76|per thousand|DR} per thousand. The natural growth rate therefore stood at minus {0.99|per thousand|NGR} per thousand.

Men and women. The population included {719.09|men|MEN} million men and {689.19|women|WOM} million women, which gives a sex ratio of {104.34|men|SEXR} men for every 100 women.

Where we live. Cities and towns were home to {943.50|people|URB} million people, the countryside to {464.78|people|RUR} million. The urbanization rate of the resident population reached {67.00|p|UR}%, {0.84|pp|UR_ch} percentage point higher than a year before.

How old we are. People aged 16 to 59 numbered {857.98|people|A16} million, or {60.9|p|A16_sh}% of the population. Those aged 60 and over numbered {310.31|people|A60} million, {22.0|p|A60_sh}%, and among them {220.23|people|A65} million were aged 65 and over, making up {15.6|p|A65_sh}%. Children under 16 made up the remaining {17.0|p|A0_sh}%.

Put in one sentence: fewer babies than deaths, more people in towns, and a population that is getting older faster than it is shrinking. The policies to support childbirth announced this summer and the work on an aging society are both answers to that sentence. Thank you.

Xing Huining:

Thank you, Mr. Lian. Now the floor is open. Please state your news organization before asking questions.

_ueditor_page_break_tag_

Xinhua News Agency:

The population fell for the third year in a row, yet births went up. How should we read the two together? Thank you.

Wei Shuhan:

Thank you. Both are true, and they are not in conflict. Births rose by {520,000|births|BIR_ch} from the {9.02|births|BIR0} million of 2023, an increase of {5.8|p|BIR_gr}%, the first rise since 2016. The birth rate rose from {6.39|per thousand|BR0} per thousand to {6.77|per thousand|BR_r}, up {0.38|per thousand|BR_ch}.

Deaths fell by {170,000|deaths|DEA_ch} to {10.93|deaths|DEA_r} million. Even so, deaths exceeded births by {1.39|people|NATDEC} million, and that natural decrease accounts for the whole of the year's decline, since migration across our borders is small at this scale.

Strictly speaking, I should add a caution about the rise in births. Part of it is the calendar. Many couples wanted a child in the Year of the Dragon, and some births postponed during the pandemic years were made up. Of the babies born in 2024, {4.11|children|B1} million were first children. Second children numbered {3.86|children|B2} million, and third or later children {1.57|children|B3} million, or {16.5|p|B3_sh}% of the total.

Put another way, the country welcomed some {26,000|babies|BIR_day} babies a day over the {366|days|DAYS} days of a leap year.

Tang Meiling:

I would add one figure that worries us more than the births. Marriage registrations fell to {6.106|couples|MAR} million couples in 2024, down {20.5|p|MAR_gr}% from {7.68|couples|MAR0} million the year before. That is about {1.57|weddings|MAR_ch} million fewer weddings, and in China most births still follow a marriage by one or two years.

_ueditor_page_break_tag_

CCTV:

Aging seems to be accelerating. How fast is the older population growing, and what is being done for them? Thank you.

Wei Shuhan:

The number of people aged 60 and over rose by {13.34|people|A60_ch} million in one year, to {310.31|people|A60_r} million from {296.97|people|A600} million, a growth rate of {4.5|p|A60_gr}%. Their share went up from {21.1|p|A60_sh0}% to {22.0|p|A60_sh_r}%, a rise of {0.9|pp|A60_shch} percentage point.

People aged 65 and over grew more slowly, by {3.47|people|A65_ch} million or {1.6|p|A65_gr}%, which is {2.9|pp|A65_gap} percentage points slower than the whole group over 60. Their share rose {0.2|pp|A65_shch} percentage point, from {15.4|p|A65_sh0}%.

The reason is the baby boom of the early 1960s. Those born then are now in their early sixties, and people aged 60 to 64 numbered {90.08|people|A6064} million in 2024. About {71|p|A65_in_60}% of the over-60s are aged 65 and over. In a few years the big cohorts will cross 65 as well, and the second number will climb faster.

Fu Guodong:

Let me talk about the doorstep, because that is where aging is felt. By the end of 2024 the elderly care institutions and facilities of the country offered {7.99|beds|BEDS} million beds. Community canteens for older people now serve tens of thousands of neighborhoods, and we want one within a short walk of every home.

More than one in five people are now 60 or older. By around 2035 the number is expected to pass {400|people|PROJ} million, close to a third of the population. Older people who need help, or families who see a problem, can call the 12349 elderly service hotline in most cities.

_ueditor_page_break_tag_

China Daily:

Does the shrinking working-age population mean labor shortages? Thank you.

Wei Shuhan:

The working-age population, those aged 16 to 59, fell by {6.83|people|A16_ch} million to {857.98|people|A16_r} million, down {0.8|p|A16_gr}%. Its share slipped {0.4|pp|A16_shch} percentage point, from {61.3|p|A16_sh0}% to {60.9|p|A16_sh_r}%. Children under 16 numbered {239.99|people|A0} million, down {3.2|p|A0_gr}%, or {7.90|people|A0_ch} million fewer.

Taken together, the under-60s shrank by {14.73|people|U60_ch} million while the over-60s grew by {13.34|people|A60_ch_r} million. Measured against the population of a year earlier, the fall in children alone took {0.56|pp|A0_c} percentage point off the total, and the older group added about {0.9|pp|A60_c} point.

But a labor force is not only a head count. At the end of 2024 there were {734.39|people|EMP} million employed people, of whom {473.45|people|EMPU} million worked in cities and towns. That is {64.5|p|EMPU_sh}% of the employed. The other {260.94|people|EMPR} million worked in rural areas.

Lian Zhiqiang:

If I may add, the gradual reform of the retirement age, which began on Jan 1, 2025, raises the statutory age for men from 60 to 63, and for women from 50 to 55 or from 55 to 58, over fifteen years. Together with more years of schooling, it means the quality of our workforce keeps rising even as its size falls.

_ueditor_page_break_tag_

The Paper:

Urbanization passed two-thirds. Is it slowing down, and what about people who live away from their registered home? Thank you.

Wei Shuhan:

It is slowing a little, but it is still moving. The urban population increased by {1.2|p|URB_gr}%, or {10.83|people|URB_ch} million, and the rural population decreased by {2.6|p|RUR_gr}%, or {12.22|people|RUR_ch} million. A year earlier the towns had {932.67|people|URB0} million people and the villages {477.00|people|RUR0} million. The rural loss is larger than the urban gain by exactly the national decline of {1.39|people|POP_ch_r} million.

The rate of {67.00|p|UR_r}% compares with {66.16|p|UR0}% at the end of 2023. The urbanization rate of the registered population, counted by household registration, was {49.9|p|HUK}%, so the gap with the resident rate is still {18.1|pp|HUK_gap} percentage points. Closing that gap is the point of the reform of household registration.

As for people who live away from their registered home, there were {505.6|people|SEP} million of them. Within that, {118.4|people|WITHIN} million simply moved between districts of the same city. The migrant population proper was {387.2|people|MIG} million, of whom {128.6|people|INTER} million had crossed a provincial border, {33.2|p|INTER_sh}% of migrants, and {258.6|people|INTRA} million moved within their own province.

Compared with the {375.82|people|MIG20} million recorded by the seventh national census in 2020, migrants have grown by {11.38|people|MIG_ch} million, or {3.0|p|MIG_gr}%.

_ueditor_page_break_tag_

Economic Daily:

Families seem to be getting smaller. What does the data show? Thank you.

Wei Shuhan:

They are. The survey counts {507.5|households|HH} million family households, with {1,294.2|people|FAMPOP} million people living in them, an average of {2.55|persons|HHS} persons per household. The census of 2020 found {2.62|persons|HHS0} persons, so the typical household has lost {0.07|person|HHS_ch} person in four years.

One-person households numbered {128.9|households|HH1} million, {25.4|p|HH1_sh}% of all family households. Many of them are young people working in big cities, and many are older people living alone. The remaining {114|people|COLL} million or so live in collective households such as student dormitories, barracks and work sites.

Tang Meiling:

The smaller family is exactly why care has to come from outside it. A young couple with one child and four parents over 60 cannot do everything alone.

_ueditor_page_break_tag_

Reuters:

The central government announced a national childcare subsidy in July. How big is it, and will it change the birth trend? Thank you.

Tang Meiling:

Thank you. From this year, every child under three receives {3,600|y|SUB} yuan a year until the third birthday. It applies to children born on or after Jan 1, 2025, and partly to younger children born before that date. More than {20|families|SUB_fam} million families will benefit each year. The central budget has set aside about {90|y|SUB_budget} billion yuan for it this year.

Money is only one part. Childcare places are close to the target we set for the end of this year, but too many of them are too expensive or too far from home.

Young couples tell us that time, housing and a job they will not lose matter as much as cash. So we are extending maternity leave in many provinces, and making assisted reproduction available under medical insurance.

Wei Shuhan:

Let me add the demographic base. Women aged 15 to 49 numbered about {308.5|women|WCB} million in 2024, about {4.6|women|WCB_ch} million fewer than a year before, a fall of {1.5|p|WCB_gr}%. Even with a higher birth rate per woman, fewer women in those ages will mean fewer births, so we read a single year's rise with care.

_ueditor_page_break_tag_

Phoenix TV:

How does the picture differ from region to region? Thank you.

Wei Shuhan:

The east has {566.92|people|EAST} million people, the most of the four regions. The central region has {362.04|people|CEN} million and the west {384.22|people|WEST} million. The northeast has {95.10|people|NE} million, {6.8|p|NE_sh}%, and it is the one region still losing people to the others.

Guangdong remains the most populous province. Its resident population rose by {740,000|people|GD_ch} to {127.80|people|GD} million, up {0.58|p|GD_gr}%, and it holds {9.1|p|GD_sh}% of the national total. Zhejiang added {430,000|people|ZJ_ch} to reach {66.70|people|ZJ} million. Between them the two provinces gained {1.17|people|GDZJ_ch} million people.

Heilongjiang, by contrast, lost {330,000|people|HLJ_ch}, ending the year with {30.29|people|HLJ} million people, a fall of {1.1|p|HLJ_gr}%.

Lian Zhiqiang:

To sum up: more than {1.4|people|q_POP} billion people, about {67|p|q_UR}% of them in towns; {9.45|babies|q_BIR} million babies born in 2024; more than {310|people|q_A60} million people aged 60 and over, or {22|p|q_A60_sh}%, a share that rose nearly {1|pp|q_A60_shch} point in a year. These are the facts that the population work of the 15th Five-Year Plan has to start from. Thank you.

Xing Huining:

Thank you, Mr. Lian, Ms. Wei, Ms. Tang and Mr. Fu. Thank you, friends from the media. Today's press conference is concluded. Goodbye.

Translated and edited by Zhou Xin, Li Qianwen and David Ashworth. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Xing Huining

/4\u00a0\u00a0\u00a0\u00a0Lian Zhiqiang

/4\u00a0\u00a0\u00a0\u00a0Wei Shuhan

/4\u00a0\u00a0\u00a0\u00a0Tang Meiling

/4\u00a0\u00a0\u00a0\u00a0Fu Guodong
"""

def total(t, *parts): return ("sum", [(t, "total")] + [(x, "part") for x in parts])
def share(s, part, whole): return ("share", [(s, "share"), (part, "part"), (whole, "whole")])
def same(a, b): return ("restatement", [(a, "first"), (b, "restated")])
def gap(g, r, b): return ("gap", [(g, "gap"), (r, "rate"), (b, "base-rate")])
def accel(c, later, earlier): return ("acceleration", [(c, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def growth(t, *pairs):
    figs = [(t, "total-growth")]
    for part, g in zip(pairs[::2], pairs[1::2]):
        figs += [(part, "part"), (g, "part-growth")]
    return ("growth", figs)
def shchange(c, s, pg, wg): return ("share-change", [(c, "change"), (s, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def contrib(c, part, pg, whole, wg): return ("contribution", [(c, "contribution"), (part, "part"), (pg, "part-growth"), (whole, "whole"), (wg, "whole-growth")])
def abs_g(c, lvl, g): return ("absolute-change", [(c, "change"), (lvl, "level"), (g, "growth")])
def avg_tc(a, t, n): return ("average", [(a, "average"), (t, "total"), (n, "count")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def cc_p(n, ch, p): return ("count-change", [(n, "count"), (ch, "change"), (p, "previous")])

RELATIONS = [
    # sums
    total("POP", "MEN", "WOM"),
    total("POP", "URB", "RUR"),
    total("DEA_r", "BIR", "NATDEC"),
    total("A60_r", "A65", "A6064"),
    total("U60_ch", "A0_ch", "A16_ch"),
    total("EMP", "EMPU", "EMPR"),
    total("SEP", "MIG", "WITHIN"),
    total("MIG", "INTER", "INTRA"),
    total("BIR", "B1", "B2", "B3"),
    total("POP", "FAMPOP", "COLL"),
    total("RUR_ch", "URB_ch", "POP_ch_r"),
    total("POP", "EAST", "CEN", "WEST", "NE"),
    total("GDZJ_ch", "GD_ch", "ZJ_ch"),
    # shares
    share("SEXR", "MEN", "WOM"),
    share("UR", "URB", "POP"),
    share("A16_sh", "A16", "POP"),
    share("A60_sh", "A60", "POP"),
    share("A0_sh", "A0", "POP"),
    share("A65_in_60", "A65", "A60_r"),
    share("EMPU_sh", "EMPU", "EMP"),
    share("NE_sh", "NE", "POP"),
    share("INTER_sh", "INTER", "MIG"),
    share("B3_sh", "B3", "BIR"),
    share("HH1_sh", "HH1", "HH"),
    share("GD_sh", "GD", "POP"),
    # gaps
    gap("NGR", "BR", "DR"),
    gap("A65_gap", "A60_gr", "A65_gr"),
    # accelerations (change in the level of a rate)
    accel("UR_ch", "UR", "UR0"),
    accel("BR_ch", "BR_r", "BR0"),
    accel("A60_shch", "A60_sh_r", "A60_sh0"),
    accel("A16_shch", "A16_sh_r", "A16_sh0"),
    accel("A65_shch", "A65_sh", "A65_sh0"),
    # restatements
    same("POP", "q_POP"), same("UR", "q_UR"), same("A60", "A60_r"),
    same("A60", "q_A60"), same("A60_sh", "A60_sh_r"), same("A60_sh", "q_A60_sh"),
    same("A60_shch", "q_A60_shch"), same("DEA", "DEA_r"),
    same("POP_ch", "NATDEC"), same("A60_ch", "A60_ch_r"),
    # growth of a total from its parts
    growth("POP_gr", "URB", "URB_gr", "RUR", "RUR_gr"),
    growth("POP_gr", "A0", "A0_gr", "A16_r", "A16_gr", "A60_r", "A60_gr"),
    # share changes
    shchange("UR_ch", "UR", "URB_gr", "POP_gr"),
    shchange("q_A60_shch", "A60_sh", "A60_gr", "POP_gr"),
    shchange("A16_shch", "A16_sh_r", "A16_gr", "POP_gr"),
    # contributions
    contrib("A0_c", "A0", "A0_gr", "POP", "POP_gr"),
    contrib("A60_c", "A60_r", "A60_gr", "POP", "POP_gr"),
    # absolute changes
    abs_g("A60_ch", "A60_r", "A60_gr"),
    abs_g("MAR_ch", "MAR", "MAR_gr"),
    abs_g("GD_ch", "GD", "GD_gr"),
    # averages
    avg_tc("HHS", "FAMPOP", "HH"),
    avg_tc("BIR_day", "BIR", "DAYS"),
    # count changes
    cc_p("POP", "POP_ch", "POP0"),
    cc_g("POP", "POP_ch", "POP_gr"),
    cc_p("BIR", "BIR_ch", "BIR0"),
    cc_g("BIR", "BIR_ch", "BIR_gr"),
    cc_p("A60_r", "A60_ch", "A600"),
    cc_g("A16_r", "A16_ch", "A16_gr"),
    cc_g("A65", "A65_ch", "A65_gr"),
    cc_g("MIG", "MIG_ch", "MIG_gr"),
    cc_p("HHS", "HHS_ch", "HHS0"),
    cc_g("WCB", "WCB_ch", "WCB_gr"),
    cc_g("HLJ", "HLJ_ch", "HLJ_gr"),
]
PLANTED = [
    ("gap", "HUK_gap", ["UR_r", "HUK"]),
    ("restatement", "q_BIR", ["BIR"]),
]
