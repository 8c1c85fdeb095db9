TEXT = """
Press conference on the development of the hydrogen energy industry in H1 2025

Beijing | 10 a.m. July 31, 2025

The National Energy Administration (NEA) held a press conference on Thursday in Beijing on the development of the hydrogen energy industry in the first half of 2025.

Speakers

Meng Qingtao, deputy head of the National Energy Administration (NEA)

Bai Shuhong, director general of the Department of Energy Conservation and Science and Technology Equipment of the NEA

Lin Zhaoyu, deputy director general of the Department of Oil and Gas of the NEA

Chairperson

Chen Ruoxi, deputy director general of the General Affairs Department of the NEA and spokesperson of the NEA

Read in Chinese

Speakers:

Mr. Meng Qingtao, deputy head of the National Energy Administration (NEA)

Ms. Bai Shuhong, director general of the Department of Energy Conservation and Science and Technology Equipment of the NEA

Mr. Lin Zhaoyu, deputy director general of the Department of Oil and Gas of the NEA

Chairperson:

Ms. Chen Ruoxi, deputy director general of the General Affairs Department of the NEA and spokesperson of the NEA

Date:

July 31, 2025


Chen Ruoxi:

Good morning, everyone. Welcome to the press conference of the National Energy Administration. Hydrogen is the lightest of the elements and, some would say, the heaviest of the expectations. Today Deputy Head Meng Qingtao will brief you on the hydrogen industry in the first half of the year, and Director General Bai Shuhong and Deputy Director General Lin Zhaoyu will answer your questions.

Mr. Meng, the floor is yours.

Meng Qingtao:

Thank you, Ms. Chen. Good morning, friends.

China is already the largest producer of hydrogen in the world. The question for us is no longer how much, but how clean.

In the first half of this year, hydrogen output reached {18.2|tonnes|PROD} million tonnes, up {2.2|p|gPROD}% year on year, or {390,000|tonnes|PROD_rise} tonnes more.

Coal gasification still gave the largest part, {10.36|tonnes|COAL} million tonnes, up {1.8|p|gCOAL}%. Natural gas reforming produced {3.47|tonnes|GAS} million tonnes, down {2.4|p|gGAS}%, and by-product hydrogen from the chemical and steel industries {4.08|tonnes|BYP} million tonnes, up {4.6|p|gBYP}%.

Hydrogen made by electrolysis with renewable power came to {290,000|tonnes|ELE} tonnes. It is still small, {1.6|p|ELE_sh}% of all output, but it grew {61.1|p|gELE}%.

By the end of June, installed electrolyser capacity stood at {2.38|GW|EZ} GW. There were {562|stations|ST} hydrogen refuelling stations and {31,420|vehicles|FCV} fuel-cell vehicles in use.

Investment in hydrogen projects came to {21.46|y|INV} billion yuan in the six months, up {18.7|p|gINV}%.

The Medium- and Long-Term Plan for the Development of the Hydrogen Energy Industry (2021-2035) set the direction. The first half of 2025 shows the industry moving along it, if not always at the speed we would like.

Chen Ruoxi:

Thank you, Mr. Meng. Now questions are welcome. Please state your news organization first.

_ueditor_page_break_tag_

Xinhua News Agency:

Output passed {18|tonnes|PROD_q} million tonnes, but most of it still comes from coal. How much of the growth is actually green? Thank you.

Bai Shuhong:

Thank you. A fair question, and the honest answer has two halves.

The green part grew fastest. Renewable electrolysis rose {58.9|pp|ELE_gap} percentage points faster than output as a whole, and its share of output is {0.6|pp|ELE_shch} percentage point higher than a year ago. It contributed {0.62|pp|ELE_c} percentage point of the {2.2|p|gPROD_r}% growth.

Coal, though, still contributed {1.0|pp|COAL_c} percentage point, because it is so large. It makes up {56.9|p|COAL_sh}% of output.

By-product hydrogen is {22.4|p|BYP_sh}% of output and contributed {1.9|pp|BYP_c} percentage points. I would call it the cheapest clean-ish hydrogen we have: it is made anyway, and the question is only whether it is burned or used.

_ueditor_page_break_tag_

CCTV:

What about production capacity? Are the new green projects running? Thank you.

Bai Shuhong:

Total production capacity is {49.6|tonnes|CAP} million tonnes a year. Coal-based plants account for {29.8|tonnes|CAP_COAL} million tonnes, gas {9.4|tonnes|CAP_GAS} million and by-product plants {10.1|tonnes|CAP_BYP} million.

Renewable hydrogen capacity has reached {286,000|tonnes|CAP_ELE} tonnes a year, up {30.0|p|gCAP_ELE}% since the end of 2024, when it was {220,000|tonnes|CAP_ELE24} tonnes. That is {66,000|tonnes|CAP_ELE_rise} tonnes a year added in six months. Even so it is only {0.6|p|CAP_ELE_sh}% of the capacity.

Electrolysers are the heart of it. Capacity installed reached {2.38|GW|EZ_r} GW at the end of June, {0.52|GW|EZ_rise6} GW more than the {1.86|GW|EZ24} GW at the end of last year. Compared with a year earlier it is up {58.7|p|gEZ}%, an addition of {0.88|GW|EZ_rise12} GW.

Of the total, alkaline electrolysers make up {1,970|MW|EZ_ALK} MW, or {82.8|p|EZ_ALK_sh}%, and proton exchange membrane electrolysers {410|MW|EZ_PEM} MW, which together make {2,380|MW|EZ_MW} MW. I have stood in front of the large alkaline stacks in Ordos; they hum like a substation.

_ueditor_page_break_tag_

China Energy News:

How many refuelling stations are there now, and where? Thank you.

Lin Zhaoyu:

Thank you. I spend more time at stations than in the office, so this one is mine.

At the end of June there were {562|stations|ST_r} refuelling stations, {22|stations|ST_ch6} more than the {540|stations|ST24} at the end of last year, and {76|stations|ST_ch12} more than a year earlier, an increase of {15.6|p|gST}%. Of them, {431|stations|ST_OP} were in operation, {76.7|p|ST_OP_sh}% of the total. A station without customers is a monument, not a station.

Guangdong leads with {68|stations|GD}. Shandong has {54|stations|SD} and Hebei {47|stations|HB}; those three have {169|stations|THREE} between them. Inner Mongolia has {26|stations|NM}, Shanghai {23|stations|SH} and Jilin {14|stations|JL}.

The six provinces together have {232|stations|SIX}, {41.3|p|SIX_sh}% of the national total, or {38.7|stations|SIX_avg} stations each. Along the G7 Beijing-Xinjiang Expressway the stations are now close enough for a heavy truck to cross Inner Mongolia without a detour.

_ueditor_page_break_tag_

Economic Daily:

How many fuel-cell vehicles are on the road, and what kind? Thank you.

Meng Qingtao:

There were {31,420|vehicles|FCV_r} fuel-cell vehicles in use at the end of June, up {20.0|p|gFCV}% from a year earlier, or {5,240|vehicles|FCV_ch12} more. Since the end of last year, when there were {29,650|vehicles|FCV24}, we have added {1,770|vehicles|FCV_ch6}.

Trucks are the story. There are {19,640|vehicles|TRUCK} of them, up {29.4|p|gTRUCK}%, which is {9.4|pp|TRUCK_gap} percentage points faster than the fleet as a whole. They make up {62.5|p|TRUCK_sh}% of all fuel-cell vehicles, {4.5|pp|TRUCK_shch} percentage points more than a year ago, and they contributed {17.0|pp|TRUCK_c} percentage points of the growth.

Buses number {9,870|vehicles|BUS}, up only {3.2|p|gBUS}%, {16.8|pp|BUS_gap} percentage points below the fleet. Their share fell {5.1|pp|BUS_shch} percentage points, and they added {1.2|pp|BUS_c} percentage points to growth. Cars remain few: {1,910|vehicles|CAR}, up {32.6|p|gCAR}%.

There are {55.9|vehicles|VPS} vehicles for every station, against {53.9|vehicles|VPS24} a year earlier, when there were {26,180|vehicles|FCV23} vehicles and {486|stations|ST23} stations.

_ueditor_page_break_tag_

21st Century Business Herald:

The fleet grew {20|p|gFCV_q}%, but did the stations sell more hydrogen? And what does a kilogram cost now? Thank you.

Lin Zhaoyu:

They did. Stations sold {18,900|tonnes|SOLD} tonnes of hydrogen in the first half, up {28.4|p|gSOLD}%, or {4,180|tonnes|SOLD_rise} tonnes more. Sales grew {8.4|pp|SOLD_gap} percentage points faster than the fleet, because the trucks drive further.

In the first quarter stations sold {8,600|tonnes|Q1} tonnes, up {24.1|p|gQ1}%, and in the second {10,300|tonnes|Q2} tonnes, up {32.2|p|gQ2}%. The second quarter was {8.1|pp|Q_acc} percentage points faster.

On average an operating station sold {43.9|tonnes|SOLD_avg} tonnes, and a vehicle used about {600|kilograms|KG_VEH} kilograms.

The average pump price was {33.8|y|PRICE} yuan per kilogram in June, down {18.0|p|gPRICE}% from {41.2|y|PRICE24} yuan a year earlier, a fall of {7.4|y|PRICE_ch} yuan.

_ueditor_page_break_tag_

China Daily:

The five demonstration city clusters were launched under the "3+2" arrangement. Have they delivered? Thank you.

Meng Qingtao:

They carry most of the load. The clusters have {21,300|vehicles|CLU} fuel-cell vehicles, {67.8|p|CLU_sh}% of the national fleet of more than {31,000|vehicles|FCV_q2}. The national target for 2025 is about {50,000|vehicles|TARGET} vehicles, and I will not pretend we are there.

Price is the key. With hydrogen at the pump now at about {25|y|PRICE_r} yuan a kilogram, a fuel-cell truck on a fixed route can begin to compete with diesel. Where the price has gone below {35|y|PRICE_q} yuan, fleets follow.

_ueditor_page_break_tag_

Securities Times:

Is money still coming in? Some investors say hydrogen has cooled. Thank you.

Bai Shuhong:

It is coming in, but more carefully. Investment was {21.46|y|INV_r} billion yuan, up {18.7|p|gINV_r}%, {3.38|y|INV_rise} billion yuan more than a year before. Growth was {6.6|pp|INV_acc} percentage points slower than in the first half of 2024, when it was {25.3|p|gINV24}%.

Production projects took {12.82|y|INV_PROD} billion yuan, {59.7|p|INV_PROD_sh}% of the total. Storage and transport took {3.91|y|INV_ST} billion yuan and refuelling and end uses {4.73|y|INV_USE} billion yuan.

Cool is not cold. Investors now ask for offtake contracts before they sign, and that is healthy.

_ueditor_page_break_tag_

Hebei Daily:

Hebei seems to be catching up. How fast is the industry growing there? Thank you.

Lin Zhaoyu:

Hebei has {47|stations|HB_r} stations now, and with Zhangjiakou, host of the 2022 Winter Olympics, it has put hydrogen buses on mountain roads in winter, which is the hardest test there is. Guangdong, with {68|stations|GD_r}, is still ahead, and nationally we have nearly {2.4|GW|EZ_q} GW of electrolysers and more than {560|stations|ST_q} stations to build on.

Chen Ruoxi:

Thank you, Mr. Meng, Ms. Bai and Mr. Lin, and thank you all. This concludes today's press conference.

Translated and edited by Zhou Nan, Li Yuting and Sarah Whitfield. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Chen Ruoxi

/4\u00a0\u00a0\u00a0\u00a0Meng Qingtao

/4\u00a0\u00a0\u00a0\u00a0Bai Shuhong

/4\u00a0\u00a0\u00a0\u00a0Lin Zhaoyu
"""

# ---- relation builders written for set 35 (ids refer to the inline marks in TEXT) ----
def adds_up(total, *parts):
    return ("sum", [(total, "total")] + [(p, "part") for p in parts])
def portion(pct, part, whole):
    return ("share", [(pct, "share"), (part, "part"), (whole, "whole")])
def echo(first, later):
    return ("restatement", [(first, "first"), (later, "restated")])
def margin(pp, rate, base):
    return ("gap", [(pp, "gap"), (rate, "rate"), (base, "base-rate")])
def swing(pp, later, earlier):
    return ("acceleration", [(pp, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def pooled_growth(tg, *pairs):
    figs = [(tg, "total-growth")]
    for i in range(0, len(pairs), 2):
        figs += [(pairs[i], "part"), (pairs[i + 1], "part-growth")]
    return ("growth", figs)
def weight_move(pp, part, whole, pg, wg):
    return ("share-change", [(pp, "change"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def weight_move_pct(pp, pct, pg, wg):
    return ("share-change", [(pp, "change"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def pull(pp, part, whole, pg, wg):
    return ("contribution", [(pp, "contribution"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def pull_pct(pp, pct, pg, wg):
    return ("contribution", [(pp, "contribution"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def moved_by_rate(amt, level, rate):
    return ("absolute-change", [(amt, "change"), (level, "level"), (rate, "growth")])
def moved_from(amt, level, before):
    return ("absolute-change", [(amt, "change"), (level, "level"), (before, "previous")])
def mean_of(avg, *items):
    return ("average", [(avg, "average")] + [(x, "item") for x in items])
def per_unit(avg, total, count):
    return ("average", [(avg, "average"), (total, "total"), (count, "count")])
def headcount_rate(n, d, rate):
    return ("count-change", [(n, "count"), (d, "change"), (rate, "growth")])
def headcount_from(n, d, before):
    return ("count-change", [(n, "count"), (d, "change"), (before, "previous")])
RELATIONS = [
    # sums
    adds_up("PROD", "COAL", "GAS", "BYP", "ELE"),
    adds_up("CAP", "CAP_COAL", "CAP_GAS", "CAP_BYP", "CAP_ELE"),
    adds_up("EZ_MW", "EZ_ALK", "EZ_PEM"),
    adds_up("THREE", "GD", "SD", "HB"),
    adds_up("SIX", "THREE", "NM", "SH", "JL"),
    adds_up("FCV_r", "TRUCK", "BUS", "CAR"),
    adds_up("SOLD", "Q1", "Q2"),
    adds_up("INV_r", "INV_PROD", "INV_ST", "INV_USE"),
    # shares
    portion("ELE_sh", "ELE", "PROD"),
    portion("COAL_sh", "COAL", "PROD"),
    portion("BYP_sh", "BYP", "PROD"),
    portion("CAP_ELE_sh", "CAP_ELE", "CAP"),
    portion("EZ_ALK_sh", "EZ_ALK", "EZ_MW"),
    portion("ST_OP_sh", "ST_OP", "ST_r"),
    portion("SIX_sh", "SIX", "ST_r"),
    portion("TRUCK_sh", "TRUCK", "FCV_r"),
    portion("CLU_sh", "CLU", "FCV_r"),
    portion("INV_PROD_sh", "INV_PROD", "INV_r"),
    # gaps
    margin("ELE_gap", "gELE", "gPROD"),
    margin("TRUCK_gap", "gTRUCK", "gFCV"),
    margin("BUS_gap", "gBUS", "gFCV"),
    margin("SOLD_gap", "gSOLD", "gFCV"),
    # growth of totals from parts
    pooled_growth("gPROD", "COAL", "gCOAL", "GAS", "gGAS", "BYP", "gBYP", "ELE", "gELE"),
    pooled_growth("gFCV", "TRUCK", "gTRUCK", "BUS", "gBUS", "CAR", "gCAR"),
    pooled_growth("gSOLD", "Q1", "gQ1", "Q2", "gQ2"),
    # share changes
    weight_move("ELE_shch", "ELE", "PROD", "gELE", "gPROD"),
    weight_move_pct("TRUCK_shch", "TRUCK_sh", "gTRUCK", "gFCV"),
    weight_move("BUS_shch", "BUS", "FCV_r", "gBUS", "gFCV"),
    # accelerations
    swing("Q_acc", "gQ2", "gQ1"),
    swing("INV_acc", "gINV_r", "gINV24"),
    # contributions
    pull("ELE_c", "ELE", "PROD", "gELE", "gPROD_r"),
    pull_pct("COAL_c", "COAL_sh", "gCOAL", "gPROD"),
    pull_pct("TRUCK_c", "TRUCK_sh", "gTRUCK", "gFCV"),
    pull("BUS_c", "BUS", "FCV_r", "gBUS", "gFCV"),
    # absolute changes
    moved_by_rate("PROD_rise", "PROD", "gPROD"),
    moved_by_rate("CAP_ELE_rise", "CAP_ELE", "gCAP_ELE"),
    moved_from("CAP_ELE_rise", "CAP_ELE", "CAP_ELE24"),
    moved_from("EZ_rise6", "EZ_r", "EZ24"),
    moved_by_rate("EZ_rise12", "EZ_r", "gEZ"),
    moved_by_rate("SOLD_rise", "SOLD", "gSOLD"),
    moved_from("PRICE_ch", "PRICE", "PRICE24"),
    moved_by_rate("PRICE_ch", "PRICE", "gPRICE"),
    moved_by_rate("INV_rise", "INV_r", "gINV_r"),
    # averages
    per_unit("VPS", "FCV_r", "ST_r"),
    per_unit("VPS24", "FCV23", "ST23"),
    per_unit("SOLD_avg", "SOLD", "ST_OP"),
    mean_of("SIX_avg", "GD", "SD", "HB", "NM", "SH", "JL"),
    # count changes
    headcount_rate("ST_r", "ST_ch12", "gST"),
    headcount_from("ST_r", "ST_ch6", "ST24"),
    headcount_rate("FCV_r", "FCV_ch12", "gFCV"),
    headcount_from("FCV_r", "FCV_ch6", "FCV24"),
    # restatements
    echo("PROD", "PROD_q"),
    echo("gPROD", "gPROD_r"),
    echo("EZ", "EZ_r"),
    echo("EZ_r", "EZ_q"),
    echo("ST", "ST_r"),
    echo("ST_r", "ST_q"),
    echo("FCV", "FCV_r"),
    echo("FCV_r", "FCV_q2"),
    echo("gFCV", "gFCV_q"),
    echo("INV", "INV_r"),
    echo("gINV", "gINV_r"),
    echo("PRICE", "PRICE_q"),
    echo("HB", "HB_r"),
    echo("GD", "GD_r"),
]
PLANTED = [
    ("contribution", "BYP_c", ["BYP_sh", "gBYP", "gPROD"]),
    ("restatement", "PRICE_r", ["PRICE"]),
]
