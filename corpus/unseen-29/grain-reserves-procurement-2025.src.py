TEXT = """
Press conference on grain purchases in the 2025 summer and autumn seasons

Beijing | 10 a.m. December 18, 2025

The National Food and Strategic Reserves Administration (NFSRA) held a press conference on Thursday in Beijing on this year's summer and autumn grain purchases, storage and grain saving.

Speakers

Han Qiwen, deputy administrator of the National Food and Strategic Reserves Administration (NFSRA)

Yue Jianbo, director general of the Department of Grain Reserves of the NFSRA

Shi Lanfang, director general of the Department of Security, Warehousing and Science and Technology of the NFSRA

Chairperson

Qin Hao, director general of the General Office of the NFSRA and spokesperson of the NFSRA

Read in Chinese

Speakers:

Mr. Han Qiwen, deputy administrator of the National Food and Strategic Reserves Administration (NFSRA)

Mr. Yue Jianbo, director general of the Department of Grain Reserves of the NFSRA

Ms. Shi Lanfang, director general of the Department of Security, Warehousing and Science and Technology of the NFSRA

Chairperson:

Mr. Qin Hao, director general of the General Office of the NFSRA and spokesperson of the NFSRA

Date:

December 18, 2025


Qin Hao:

Good morning, ladies and gentlemen. The wheat was bought in the summer, and the autumn crop is now mostly in the barns. Deputy Administrator Han Qiwen will first report on this year's purchases, and then he, Mr. Yue Jianbo and Ms. Shi Lanfang will answer your questions.

Deputy Administrator Han, please.

Han Qiwen:

Thank you. Grain in the barn, calm in the heart, as the old farmers say. This year the barns are full.

From the opening of the summer purchase to the middle of this month, enterprises of all kinds bought {359.6|tonnes|T} million tonnes of grain from farmers, {3.7|p|Tg}% more than in the same period last year.

Purchases at the state minimum prices came to {21.8|tonnes|MP} million tonnes. Everything else was bought at market prices, which tells you the market held up on its own.

Our standard warehouses can now hold {712.5|tonnes|CAP} million tonnes, after {9.8|tonnes|NEWCAP} million tonnes of new capacity came into use this year in {214|warehouses|NW} new warehouses.

Subsidies of {13.62|y|SUB} billion yuan were paid out. A total of {21,684|sites|SITES} purchase sites were open, and they served {31.4|farmers|FARM} million farmers.

Qin Hao:

Thank you, Deputy Administrator Han. We now take questions. Please tell us which outlet you are from.

_ueditor_page_break_tag_

Xinhua News Agency:

Purchases grew {3.7|p|Tg_q}%. Which crops drove it? Thank you.

Yue Jianbo:

I will go crop by crop, to the decimal point.

Wheat, the summer crop, came to {68.4|tonnes|W} million tonnes, up {3.2|p|Wg}%. It is {19.0|p|W_sh}% of all purchases, and it grew {0.5|pp|W_gap} percentage point slower than the total while still adding {0.6|pp|W_c} percentage point.

Rice purchases were {92.7|tonnes|RI} million tonnes, down {1.4|p|RIg}%, because the southern early rice was lighter. They make up {25.8|p|RI_sh}%, a share {1.3|pp|RI_shch} percentage points lower than last year. The gap to the national rate is {5.1|pp|RI_gap} percentage points, and rice pulled the total down by {0.4|pp|RI_c} percentage point.

Maize is the heavyweight. Enterprises bought {186.9|tonnes|MA} million tonnes, up {6.1|p|MAg}%, or {52.0|p|MA_sh}% of the total. It grew {2.4|pp|MA_gap} percentage points faster than grain as a whole, gained {1.2|pp|MA_shch} percentage points of share and contributed {3.1|pp|MA_c} percentage points. In tonnes, that is about {10.8|tonnes|MA_ch} million more.

Soybeans came to {11.6|tonnes|SO} million tonnes, up {12.5|p|SOg}%, {8.8|pp|SO_gap} percentage points above the national rate. Their share is small, {3.2|p|SO_sh}%, but it rose {0.3|pp|SO_shch} percentage point, and they added {0.4|pp|SO_c} percentage point.

Add the four crops and you are back at {359.6|tonnes|T_r} million tonnes.

_ueditor_page_break_tag_

CCTV:

Who did the buying? Thank you.

Yue Jianbo:

The minimum-price purchases, {21.8|tonnes|MP_r} million tonnes, were {6.1|p|MP_sh}% of the total. Of them, {12.6|tonnes|MPW} million tonnes were wheat and {9.2|tonnes|MPR} million tonnes were rice.

The wheat bought at the minimum price was {18.4|p|MPW_sh}% of all the wheat purchased, mostly in Henan and Anhui in June.

State-owned enterprises bought {126.4|tonnes|SOE} million tonnes, or {35.2|p|SOE_sh}%. Private enterprises bought {211.4|tonnes|PRI} million tonnes, which is {58.8|p|PRI_sh}%. Market purchases therefore totalled {347.8|tonnes|MKT_bad} million tonnes.

Han Qiwen:

Let me add a word. When private buyers take nearly six tonnes in ten, the farmer has a choice of whom to sell to, and a choice is worth money.

_ueditor_page_break_tag_

Farmers' Daily:

Which provinces sold the most? Thank you.

Han Qiwen:

Heilongjiang, as always. It sold {62.3|tonnes|HLJ} million tonnes, {19.3|p|HLJ_sh}% of the national total. Henan followed with {38.6|tonnes|HN} million tonnes, or {10.7|p|HN_sh}%.

Heilongjiang's purchases rose {5.4|p|HLJg}% on last year, or by {3.2|tonnes|HLJ_ch} million tonnes.

Jilin sold {35.4|tonnes|JL} million tonnes, {9.8|p|JL_sh}% of the total, up {8.9|p|JLg}%, which is {2.9|tonnes|JL_ch} million tonnes more than last year. Shandong sold {31.2|tonnes|SD} million and Anhui {27.9|tonnes|AH} million.

The five provinces together sold {195.4|tonnes|P5} million tonnes, {54.3|p|P5_sh}% of all purchases. The north-east and the central plain feed the country, and that has not changed.

_ueditor_page_break_tag_

Economic Daily:

Were the minimum purchase prices raised this year? Thank you.

Yue Jianbo:

For wheat, yes. The minimum price was {119|y|PW} yuan per 50 kilograms, {1|y|PW_ch} yuan higher than last year's {118|y|PW_prev} yuan, an increase of {0.8|p|PW_g}%.

For rice, the price was {125|y|PEI} yuan for early indica, {129|y|PMI} yuan for mid-season and late indica and {131|y|PJA} yuan for japonica, on the same per-50-kilogram basis. The three average {128.3|y|PR_avg} yuan.

A price floor is not a price target. It is there so that nobody has to sell at a loss in a bad week.

_ueditor_page_break_tag_

People's Daily:

Is there enough room to store all this grain? Thank you.

Shi Lanfang:

There is. A warehouse is a promise with a roof on it, and we keep building roofs.

The {712.5|tonnes|CAP_r} million tonnes of capacity is {1.4|p|CAPg}% more than a year ago. The {214|warehouses|NW_r} new warehouses add about {46,000|tonnes|NW_avg} tonnes each.

Losses in storage at central reserve depots were {0.68|p|LOSS}%, against {0.95|p|LOSS_prev}% last year, a reduction of {0.27|pp|LOSS_acc} percentage point. That is {0.32|pp|LOSS_gap} percentage point inside the ceiling of {1.0|p|LOSS_cap}%.

The grain-saving campaign saved {4.6|tonnes|SAVE} million tonnes after harvest, equal to {1.3|p|SAVE_sh}% of purchases.

Better drying did most of it. Our drying towers can now handle {1.15|tonnes|DRY} million tonnes a day, {80,000|tonnes|DRY_ch} tonnes more than last year, an increase of {7.5|p|DRY_g}%.

_ueditor_page_break_tag_

China Daily:

How does this year compare with the past few years? Thank you.

Yue Jianbo:

Over the last five years we bought {338.2|tonnes|AVG5} million tonnes a year on average. This year's purchases are {21.4|tonnes|T5_ch} million tonnes higher, or {6.3|p|T5_g}%.

Soybeans did best against that yardstick: {11.6|tonnes|SO_r} million tonnes this year against a five-year average of {9.5|tonnes|SO5} million, an extra {2.1|tonnes|SO5_ch} million tonnes.

_ueditor_page_break_tag_

China Economic Net:

Who got the subsidies, and how many purchase sites were there? Thank you.

Shi Lanfang:

Of the {13.62|y|SUB_r} billion yuan, {5.81|y|SUB_MP} billion yuan supported the minimum-price purchases, which is {42.7|p|SUB_MP_sh}%. Storage subsidies for reserves were {4.96|y|SUB_ST} billion yuan and other items {2.85|y|SUB_OT} billion yuan.

Subsidies rose {8.4|p|SUB_g}%, or {1.06|y|SUB_ch} billion yuan.

We opened {21,684|sites|SITES_r} purchase sites, {1,206|sites|SITES_ch} more than the {20,478|sites|SITES_prev} of last year, up {5.9|p|SITES_g}%. Each site took in about {16,600|tonnes|SITE_avg} tonnes.

The {31.4|farmers|FARM_r} million farmers who sold to us delivered about {11.5|tonnes|FARM_avg} tonnes each.

_ueditor_page_break_tag_

Science and Technology Daily:

Has the autumn purchase been faster than last year? Thank you.

Yue Jianbo:

In October enterprises bought {58.7|tonnes|OCT} million tonnes, up {4.1|p|OCTg}%. In November they bought {71.3|tonnes|NOV} million, up {6.8|p|NOVg}%, a speed-up of {2.7|pp|NOV_acc} percentage points.

The two months together brought in {130.0|tonnes|ON} million tonnes, {5.6|p|ONg}% more than a year earlier.

_ueditor_page_break_tag_

Guangming Daily:

What does all this mean for food security? Thank you.

Han Qiwen:

It means the granary is full and the farmer has been paid. Nearly {360|tonnes|T_r2} million tonnes bought, more than {700|tonnes|CAP_r2} million tonnes of room to keep it, over {21,000|sites|SITES_r2} places to sell it and more than {13.6|y|SUB_r2} billion yuan of support.

A full barn is not the end of the work. Next year's seed is already in the ground in the south.

Qin Hao:

Thank you, Deputy Administrator Han, Mr. Yue and Ms. Shi, and thank you all. This concludes today's press conference.

Translated and edited by Chen Xiaomei, Li Qiang and Sarah Collins. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Qin Hao

/4\u00a0\u00a0\u00a0\u00a0Han Qiwen

/4\u00a0\u00a0\u00a0\u00a0Yue Jianbo

/4\u00a0\u00a0\u00a0\u00a0Shi Lanfang
"""

# ---- relation builders (ids refer to the inline marks above) ----
def add(total, *parts):
    return ("sum", [(total, "total")] + [(p, "part") for p in parts])
def portion(share, part, whole):
    return ("share", [(share, "share"), (part, "part"), (whole, "whole")])
def again(first, restated):
    return ("restatement", [(first, "first"), (restated, "restated")])
def apart(gap, rate, base):
    return ("gap", [(gap, "gap"), (rate, "rate"), (base, "base-rate")])
def speedup(change, later, earlier):
    return ("acceleration", [(change, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def growth_of(total_growth, *pairs):
    out = [(total_growth, "total-growth")]
    for i in range(0, len(pairs), 2):
        out += [(pairs[i], "part"), (pairs[i + 1], "part-growth")]
    return ("growth", out)
def share_move(change, part, whole, pg, wg):
    return ("share-change", [(change, "change"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def share_move_s(change, share, pg, wg):
    return ("share-change", [(change, "change"), (share, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def pulls(c, part, whole, pg, wg):
    return ("contribution", [(c, "contribution"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def pulls_s(c, share, pg, wg):
    return ("contribution", [(c, "contribution"), (share, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def moved(change, level, growth):
    return ("absolute-change", [(change, "change"), (level, "level"), (growth, "growth")])
def moved_from(change, level, previous):
    return ("absolute-change", [(change, "change"), (level, "level"), (previous, "previous")])
def mean_of(avg, *items):
    return ("average", [(avg, "average")] + [(i, "item") for i in items])
def per(avg, total, count):
    return ("average", [(avg, "average"), (total, "total"), (count, "count")])
def count_g(count, change, growth):
    return ("count-change", [(count, "count"), (change, "change"), (growth, "growth")])
def count_p(count, change, previous):
    return ("count-change", [(count, "count"), (change, "change"), (previous, "previous")])
RELATIONS = [
    # sums
    add("T_r", "W", "RI", "MA", "SO"),
    add("T", "MP_r", "SOE", "PRI"),
    add("MP_r", "MPW", "MPR"),
    add("P5", "HLJ", "HN", "JL", "SD", "AH"),
    add("SUB_r", "SUB_MP", "SUB_ST", "SUB_OT"),
    add("ON", "OCT", "NOV"),
    # shares
    portion("W_sh", "W", "T_r"),
    portion("RI_sh", "RI", "T_r"),
    portion("MA_sh", "MA", "T_r"),
    portion("SO_sh", "SO", "T_r"),
    portion("MP_sh", "MP_r", "T"),
    portion("SOE_sh", "SOE", "T"),
    portion("PRI_sh", "PRI", "T"),
    portion("MPW_sh", "MPW", "W"),
    portion("HN_sh", "HN", "T"),
    portion("JL_sh", "JL", "T"),
    portion("P5_sh", "P5", "T"),
    portion("SAVE_sh", "SAVE", "T"),
    portion("SUB_MP_sh", "SUB_MP", "SUB_r"),
    # gaps
    apart("W_gap", "Wg", "Tg"),
    apart("RI_gap", "RIg", "Tg"),
    apart("MA_gap", "MAg", "Tg"),
    apart("SO_gap", "SOg", "Tg"),
    apart("LOSS_gap", "LOSS", "LOSS_cap"),
    # growth of totals
    growth_of("Tg", "W", "Wg", "RI", "RIg", "MA", "MAg", "SO", "SOg"),
    growth_of("ONg", "OCT", "OCTg", "NOV", "NOVg"),
    # share changes
    share_move("RI_shch", "RI", "T_r", "RIg", "Tg"),
    share_move_s("MA_shch", "MA_sh", "MAg", "Tg"),
    share_move("SO_shch", "SO", "T_r", "SOg", "Tg"),
    # accelerations
    speedup("NOV_acc", "NOVg", "OCTg"),
    speedup("LOSS_acc", "LOSS", "LOSS_prev"),
    # contributions
    pulls("W_c", "W", "T_r", "Wg", "Tg"),
    pulls("RI_c", "RI", "T_r", "RIg", "Tg"),
    pulls_s("MA_c", "MA_sh", "MAg", "Tg"),
    pulls("SO_c", "SO", "T_r", "SOg", "Tg"),
    # absolute changes
    moved("MA_ch", "MA", "MAg"),
    moved("NEWCAP", "CAP_r", "CAPg"),
    moved_from("T5_ch", "T", "AVG5"),
    moved("SUB_ch", "SUB_r", "SUB_g"),
    moved_from("PW_ch", "PW", "PW_prev"),
    moved("JL_ch", "JL", "JLg"),
    moved("HLJ_ch", "HLJ", "HLJg"),
    # averages
    mean_of("PR_avg", "PEI", "PMI", "PJA"),
    per("NW_avg", "NEWCAP", "NW_r"),
    per("SITE_avg", "T", "SITES_r"),
    per("FARM_avg", "T", "FARM_r"),
    # count changes
    count_g("T", "T5_ch", "T5_g"),
    count_p("SITES_r", "SITES_ch", "SITES_prev"),
    count_g("SITES_r", "SITES_ch", "SITES_g"),
    count_g("PW", "PW_ch", "PW_g"),
    count_p("SO_r", "SO5_ch", "SO5"),
    count_g("JL", "JL_ch", "JLg"),
    count_g("HLJ", "HLJ_ch", "HLJg"),
    count_g("DRY", "DRY_ch", "DRY_g"),
    # restatements
    again("T", "T_r"),
    again("Tg", "Tg_q"),
    again("MP", "MP_r"),
    again("CAP", "CAP_r"),
    again("NW", "NW_r"),
    again("SUB", "SUB_r"),
    again("SITES", "SITES_r"),
    again("FARM", "FARM_r"),
    again("SO", "SO_r"),
    again("T", "T_r2"),
    again("CAP", "CAP_r2"),
    again("SITES", "SITES_r2"),
    again("SUB", "SUB_r2"),
]
PLANTED = [
    ("sum", "MKT_bad", ["SOE", "PRI"]),
    ("share", "HLJ_sh", ["HLJ", "T"]),
]
