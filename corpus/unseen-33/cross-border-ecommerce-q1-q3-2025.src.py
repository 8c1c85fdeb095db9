TEXT = """
SCIO briefing on cross-border e-commerce in the first three quarters of 2025

Beijing | 10 a.m. Oct. 24, 2025

The State Council Information Office (SCIO) held a press conference Friday in Beijing, at which the General Administration of Customs of China (GACC) and the Ministry of Commerce (MOFCOM) reported on cross-border e-commerce in the first three quarters of 2025.

Speakers

Zhao Yiming, vice minister of the General Administration of Customs of China (GACC)

Lin Haotian, spokesperson of the GACC and director general of the Department of Statistics and Analysis of the GACC

Meng Shuhua, director general of the Department of E-commerce and Informatization of the Ministry of Commerce (MOFCOM)

Chairperson

Xu Peiran, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese

Speakers:

Mr. Zhao Yiming, vice minister of the General Administration of Customs of China (GACC)

Mr. Lin Haotian, spokesperson of the GACC and director general of the Department of Statistics and Analysis of the GACC

Ms. Meng Shuhua, director general of the Department of E-commerce and Informatization of the Ministry of Commerce (MOFCOM)

Chairperson:

Mr. Xu Peiran, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Date:

Oct. 24, 2025


Xu Peiran:

Ladies and gentlemen, good morning. Welcome to this press conference held by the State Council Information Office. Today we have invited Mr. Zhao Yiming, vice minister of the General Administration of Customs, to brief you on cross-border e-commerce in the first three quarters of this year and to take your questions. Also with us are Mr. Lin Haotian, spokesperson of the GACC, and Ms. Meng Shuhua, director general of the Department of E-commerce and Informatization of the Ministry of Commerce.

Now I will give the floor to Mr. Zhao.

Zhao Yiming:

Friends from the media, good morning. Cross-border e-commerce has grown from a supplement to foreign trade into one of its engines, and the figures for the first three quarters confirm it.

First, scale kept expanding. Cross-border e-commerce imports and exports reached {2.06|y|T} trillion yuan, up {5.1|p|gT}% year on year. Exports were {1.58|y|E} trillion yuan, an increase of {7.2|p|gE}%, while imports were {478.3|y|I} billion yuan, down {1.4|p|gI}%. The surplus on this trade came to {1.1|y|SUR} trillion yuan. Against the {1.96|y|T_prev} trillion yuan of the same period last year, the trade grew by {99.5|y|T_rise} billion yuan.

Second, its weight in foreign trade rose. Our total foreign trade in goods came to {33.61|y|FT} trillion yuan, growing {4|p|gFT}%. Cross-border e-commerce made up {6.1|p|T_shFT}% of it, {0.1|pp|T_shch} percentage point higher than in the same period last year, and it contributed {0.3|pp|T_c} percentage point to the growth of foreign trade.

Third, the players multiplied. At the end of September, {136,800|entities|EN} cross-border e-commerce entities were registered with customs, {14,000|entities|EN_ch} more than a year earlier, an increase of {11.4|p|gEN}%. Chinese firms now run more than {2,700|overseas warehouses|WH_o} overseas warehouses.

Fourth, the pilot zones led. The {165|pilot zones|ZN} comprehensive pilot zones handled {1.39|y|ZN_v} trillion yuan, {67.4|p|ZN_sh}% of the national figure.

Thank you. My colleagues and I are ready to take your questions.

Xu Peiran:

Thank you, Mr. Zhao. The floor is now open. Please identify your news outlet before asking.

_ueditor_page_break_tag_

Xinhua News Agency:

Growth was only {4.1|p|gQ1_q}% in the first quarter. Has it picked up since then? Thank you.

Lin Haotian:

Thank you for the question. It has, and I will give you the quarters one by one.

In the first quarter, cross-border e-commerce trade was {641.5|y|Q1} billion yuan, up {4.1|p|gQ1}%. In the second it was {688.2|y|Q2} billion yuan, and growth quickened to {5.6|p|gQ2}%, {1.5|pp|ACC21} percentage points faster.

The third quarter reached {731.2|y|Q3} billion yuan, a new high for a single quarter. Growth was {5.4|p|gQ3}%, {0.2|pp|ACC32} percentage point below the second quarter, mainly because of a high base in September last year. On average the three quarters came to {687|y|QAVG} billion yuan each.

_ueditor_page_break_tag_

China Daily:

People talk a lot about overseas warehouses. How are exports split between the different ways of doing business? Thank you.

Meng Shuhua:

Thank you. I will answer from the side of the enterprises, because the split tells you how they are changing.

Of the {1.58|y|E_r} trillion yuan of exports, business-to-business direct exports, what we call the 9710 model, came to {634.8|y|B2B} billion yuan, up {4.9|p|gB}%. That is {40.1|p|B2B_sh}% of the total, and it added {2.0|pp|B2B_c} percentage points to export growth.

Exports through overseas warehouses, the 9810 model, were {541.2|y|OW} billion yuan. They grew {13.6|p|gO}%, {6.4|pp|OW_gap} percentage points faster than exports as a whole, and they now account for {34.2|p|OW_sh}% of exports, {1.9|pp|OW_shch} percentage points more than a year ago. This one model supplied {4.4|pp|OW_c} percentage points of the growth, or about {64.8|y|OW_rise} billion yuan.

The rest went out as retail parcels sent straight to buyers: {406.6|y|RP} billion yuan, up {3.0|p|gR}%.

A seller in Yiwu told me last month that she used to post every order from China. Now she keeps her best sellers in a warehouse near Warsaw and delivers in two days.

_ueditor_page_break_tag_

Economic Daily:

How many parcels is that? And are they getting cheaper? Thank you.

Lin Haotian:

Customs declared {5.82|parcels|PC} billion parcels for export in the three quarters, up {12.6|p|gPC}%, or {650|parcels|PC_ch} million more than in the same period last year.

Parcels grew faster than their value. The average parcel was worth about {70|y|PP} yuan. Buyers are ordering smaller things more often, and the platforms are splitting orders.

_ueditor_page_break_tag_

Bloomberg:

Exports to the United States fell {4.6|p|gUS_q}% according to the figures you released. Which markets made up for it? Thank you.

Lin Haotian:

Thank you. The United States is still the largest market. Cross-border e-commerce exports to it were {498.7|y|US} billion yuan, down {4.6|p|gUS}%, or {24.0|y|US_fall} billion yuan less. Its share of these exports was {31.5|p|US_sh}%, {3.9|pp|US_shch} percentage points lower than a year earlier, and it took {1.6|pp|US_c} percentage points off export growth.

Exports to the European Union were {301.4|y|EU} billion yuan, up {8.7|p|gEU}%, or {19.0|p|EU_sh}% of the total.

ASEAN did most of the making up. Exports to it rose {19.3|p|gAS}% to {226.9|y|AS} billion yuan, {12.1|pp|AS_gap} percentage points faster than exports as a whole. That is {36.7|y|AS_rise} billion yuan more, and a contribution of {2.5|pp|AS_c} percentage points.

Latin America grew fastest of all, by {22.5|p|gLA}%, to {141.8|y|LA} billion yuan. That was {3.2|pp|LA_gap} percentage points above ASEAN. Exports to Russia came to {72.6|y|RU} billion yuan, a fall of {9.8|p|gRU}%.

Taken together, these five markets bought {1.24|y|M5} trillion yuan of our cross-border e-commerce exports, {78.4|p|M5_sh}% of them.

_ueditor_page_break_tag_

Southern Daily:

Guangdong has long led the country. Is the lead narrowing? Thank you.

Zhao Yiming:

Guangdong is still well ahead. Its cross-border e-commerce trade was {735.4|y|GD} billion yuan, {35.7|p|GD_sh}% of the national figure. Its growth was {3.9|p|gGD}%, {1.2|pp|GD_gap} percentage points below the national rate. Zhejiang followed with {402.6|y|ZJ} billion yuan, {19.5|p|ZJ_sh}%, up {7.3|p|gZJ}%. The two provinces together handled {1.14|y|GDZJ} trillion yuan.

Fujian had {158.3|y|FJ} billion yuan, Shandong {119.7|y|SD} billion yuan and Henan {96.8|y|HN} billion yuan. Henan grew {14.8|p|gHN}%, {9.7|pp|HN_gap} percentage points faster than the country as a whole. It is an inland province, and it got there through the 1210 bonded import model that Zhengzhou pioneered.

The five provinces accounted for {1.51|y|P5} trillion yuan, or {73.4|p|P5_sh}% of the total. That is {302.6|y|P5_avg} billion yuan per province on average.

_ueditor_page_break_tag_

China National Radio:

Imports have been falling. What are Chinese consumers buying less of? Thank you.

Lin Haotian:

Imports came to {478.3|y|I_r} billion yuan, {6.8|y|I_fall} billion yuan less than a year earlier. The decline was {1.4|p|gI_r}%, against a decline of {3.7|p|gIH1}% in the first half, so it has narrowed by {2.3|pp|ACC_I} percentage points in three months.

Cosmetics were the main drag. Imports of them were {98.6|y|COS} billion yuan, {20.6|p|COS_sh}% of cross-border e-commerce imports, falling {7.9|p|gCOS}%, which is {8.5|y|COS_fall} billion yuan less. Food and health products went the other way: {112.4|y|FOOD} billion yuan, up {6.2|p|gFOOD}%, {7.6|pp|FOOD_gap} percentage points better than imports overall, and {23.5|p|FOOD_sh}% of them.

People still buy imported milk powder and vitamins. They buy fewer foreign lipsticks, because Chinese brands have become good.

_ueditor_page_break_tag_

CGTN:

How many overseas warehouses do Chinese firms have now, and how big are they? Thank you.

Meng Shuhua:

At the end of September, Chinese enterprises ran {2,730|overseas warehouses|WH} overseas warehouses, {230|warehouses|WH_ch} more than the {2,500|warehouses|WH_prev} at the end of last year, an increase of {12.3|p|gWH}%. Europe has {1,040|warehouses|WH_EU} of them, {38.1|p|WH_EU_sh}% of the total.

Their floor space adds up to {30.4|square meters|AREA} million square meters, about {11,100|square meters|AREA_avg} square meters per warehouse. Overseas warehouses carried about {540|y|OW_r} billion yuan of our exports.

Under the "Silk Road E-commerce" initiative we have signed cooperation documents with more countries, and we help small firms share space rather than each renting its own.

_ueditor_page_break_tag_

Zhejiang Daily:

Cross-border e-commerce has exceeded {2|y|T_q} trillion yuan in nine months. Will it pass last year's level for the whole year? Thank you.

Zhao Yiming:

We do not make forecasts here. But growth for the nine months is about {5|p|gT_r}%, and exports, at {1.85|y|E_bad} trillion yuan, are more than three quarters of the trade.

The fourth quarter brings the "Double 11" and "Black Friday" seasons. Customs will keep clearance open around the clock in the {165|pilot zones|ZN_r} pilot zones.

Xu Peiran:

Thank you, Mr. Zhao, Mr. Lin and Ms. Meng. Thank you all. Today's press conference is hereby concluded.

Translated and edited by Wang Yiran, Sun Meiqi and David Alderton. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Xu Peiran

/4\u00a0\u00a0\u00a0\u00a0Zhao Yiming

/4\u00a0\u00a0\u00a0\u00a0Lin Haotian

/4\u00a0\u00a0\u00a0\u00a0Meng Shuhua
"""

# ---- relation builders written for set 33 (ids refer to the inline marks in TEXT) ----
def adds_up(tot, *bits):
    return ("sum", [(tot, "total")] + [(b, "part") for b in bits])
def portion(pc, bit, tot):
    return ("share", [(pc, "share"), (bit, "part"), (tot, "whole")])
def echo(first, again):
    return ("restatement", [(first, "first"), (again, "restated")])
def margin(pp, rate, base):
    return ("gap", [(pp, "gap"), (rate, "rate"), (base, "base-rate")])
def pace_turn(pp, later, earlier):
    return ("acceleration", [(pp, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def pooled_rate(tg, *pairs):
    figs = [(tg, "total-growth")]
    for k in range(0, len(pairs), 2):
        figs += [(pairs[k], "part"), (pairs[k + 1], "part-growth")]
    return ("growth", figs)
def weight_shift(pp, bit, tot, bg, tg):
    return ("share-change", [(pp, "change"), (bit, "part"), (tot, "whole"), (bg, "part-growth"), (tg, "whole-growth")])
def weight_shift_pc(pp, pc, bg, tg):
    return ("share-change", [(pp, "change"), (pc, "share"), (bg, "part-growth"), (tg, "whole-growth")])
def pull(pp, bit, tot, bg, tg):
    return ("contribution", [(pp, "contribution"), (bit, "part"), (tot, "whole"), (bg, "part-growth"), (tg, "whole-growth")])
def pull_pc(pp, pc, bg, tg):
    return ("contribution", [(pp, "contribution"), (pc, "share"), (bg, "part-growth"), (tg, "whole-growth")])
def moved_by_rate(amt, lvl, g):
    return ("absolute-change", [(amt, "change"), (lvl, "level"), (g, "growth")])
def moved_from(amt, lvl, before):
    return ("absolute-change", [(amt, "change"), (lvl, "level"), (before, "previous")])
def mean_of(avg, *xs):
    return ("average", [(avg, "average")] + [(x, "item") for x in xs])
def per_unit(avg, tot, n):
    return ("average", [(avg, "average"), (tot, "total"), (n, "count")])
def headcount_rate(n, d, g):
    return ("count-change", [(n, "count"), (d, "change"), (g, "growth")])
def headcount_from(n, d, before):
    return ("count-change", [(n, "count"), (d, "change"), (before, "previous")])
RELATIONS = [
    # sums
    adds_up("T", "E", "I"),
    adds_up("E", "I", "SUR"),
    adds_up("T", "Q1", "Q2", "Q3"),
    adds_up("E_r", "B2B", "OW", "RP"),
    adds_up("GDZJ", "GD", "ZJ"),
    adds_up("P5", "GDZJ", "FJ", "SD", "HN"),
    adds_up("M5", "US", "EU", "AS", "LA", "RU"),
    adds_up("T", "E_r", "I_r"),
    # shares
    portion("T_shFT", "T", "FT"),
    portion("ZN_sh", "ZN_v", "T"),
    portion("B2B_sh", "B2B", "E_r"),
    portion("OW_sh", "OW", "E_r"),
    portion("US_sh", "US", "E"),
    portion("EU_sh", "EU", "E"),
    portion("M5_sh", "M5", "E"),
    portion("GD_sh", "GD", "T"),
    portion("ZJ_sh", "ZJ", "T"),
    portion("P5_sh", "P5", "T"),
    portion("COS_sh", "COS", "I_r"),
    portion("FOOD_sh", "FOOD", "I_r"),
    portion("WH_EU_sh", "WH_EU", "WH"),
    # gaps
    margin("OW_gap", "gO", "gE"),
    margin("AS_gap", "gAS", "gE"),
    margin("LA_gap", "gLA", "gAS"),
    margin("FOOD_gap", "gFOOD", "gI_r"),
    margin("GD_gap", "gGD", "gT"),
    margin("HN_gap", "gHN", "gT"),
    # growth of totals from parts
    pooled_rate("gT", "E", "gE", "I", "gI"),
    pooled_rate("gT", "Q1", "gQ1", "Q2", "gQ2", "Q3", "gQ3"),
    pooled_rate("gE", "B2B", "gB", "OW", "gO", "RP", "gR"),
    # share changes
    weight_shift("T_shch", "T", "FT", "gT", "gFT"),
    weight_shift_pc("OW_shch", "OW_sh", "gO", "gE"),
    weight_shift("US_shch", "US", "E", "gUS", "gE"),
    # accelerations
    pace_turn("ACC21", "gQ2", "gQ1"),
    pace_turn("ACC32", "gQ3", "gQ2"),
    pace_turn("ACC_I", "gI_r", "gIH1"),
    # contributions
    pull("T_c", "T", "FT", "gT", "gFT"),
    pull("B2B_c", "B2B", "E_r", "gB", "gE"),
    pull("OW_c", "OW", "E_r", "gO", "gE"),
    pull_pc("US_c", "US_sh", "gUS", "gE"),
    pull("AS_c", "AS", "E", "gAS", "gE"),
    # absolute changes
    moved_by_rate("T_rise", "T", "gT"),
    moved_from("T_rise", "T", "T_prev"),
    moved_by_rate("OW_rise", "OW", "gO"),
    moved_by_rate("US_fall", "US", "gUS"),
    moved_by_rate("AS_rise", "AS", "gAS"),
    moved_by_rate("I_fall", "I_r", "gI"),
    moved_by_rate("COS_fall", "COS", "gCOS"),
    # averages
    mean_of("QAVG", "Q1", "Q2", "Q3"),
    mean_of("P5_avg", "GD", "ZJ", "FJ", "SD", "HN"),
    per_unit("PP", "RP", "PC"),
    per_unit("AREA_avg", "AREA", "WH"),
    # count changes
    headcount_rate("EN", "EN_ch", "gEN"),
    headcount_rate("PC", "PC_ch", "gPC"),
    headcount_from("WH", "WH_ch", "WH_prev"),
    # restatements
    echo("gQ1_q", "gQ1"),
    echo("E", "E_r"),
    echo("I", "I_r"),
    echo("gI", "gI_r"),
    echo("gUS_q", "gUS"),
    echo("WH_o", "WH"),
    echo("OW", "OW_r"),
    echo("T", "T_q"),
    echo("gT", "gT_r"),
    echo("ZN", "ZN_r"),
]
PLANTED = [
    ("restatement", "E_bad", ["E"]),
    ("count-change", "gWH", ["WH", "WH_ch"]),
]
