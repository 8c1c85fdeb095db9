TEXT = """
Press conference on the development of the postal and express delivery industry in H1 2025

Beijing | 10 a.m. July 22, 2025

The State Post Bureau (SPB) held a press conference on Tuesday in Beijing on the performance of the postal and express delivery industry in the first half of 2025.

Speakers

Zhao Mingchuan, deputy director of the State Post Bureau (SPB)

Song Lihua, director general of the Department of Development Research of the SPB

Han Bingwen, director general of the Department of Market Supervision of the SPB

Chairperson

Liu Xiaofang, director general of the General Office of the SPB and spokesperson of the SPB

Read in Chinese

Speakers:

Mr. Zhao Mingchuan, deputy director of the State Post Bureau (SPB)

Ms. Song Lihua, director general of the Department of Development Research of the SPB

Mr. Han Bingwen, director general of the Department of Market Supervision of the SPB

Chairperson:

Ms. Liu Xiaofang, director general of the General Office of the SPB and spokesperson of the SPB

Date:

July 22, 2025


Liu Xiaofang:

Good morning, ladies and gentlemen. Welcome to the press conference of the State Post Bureau. Deputy Director Zhao Mingchuan will first brief you on the postal and express delivery industry in the first half of the year. Director General Song Lihua and Director General Han Bingwen will then take your questions together with him.

Mr. Zhao, please.

Zhao Mingchuan:

Thank you, Ms. Liu. Good morning, friends.

Every morning someone in this country opens a door and finds a box. Multiply that door by a few hundred million and you have our industry.

In the first half of the year, express delivery firms handled {98.17|parcels|V} billion parcels, up {19.1|p|gV}% year on year. That is {15.76|pieces|V_rise} billion pieces more than the {82.41|pieces|Vp} billion of the same period last year.

Business revenue of the postal industry reached {880.7|y|REVP} billion yuan, up {8.8|p|gREVP}%. Express firms took in {735.2|y|REVX} billion yuan of it, up {9.1|p|gREVX}%.

Over the {181|days|DAYS} days of the half-year, we handled {542|parcels|DAILY} million parcels a day on average, more than {6,000|parcels|PERSEC} parcels every second. In the whole of 2024 the industry handled {175.08|parcels|V24} billion express parcels; in six months we have already done {56.1|p|V24_sh}% of that.

Express revenue in the whole of 2024 was {1.40|y|REVX24} trillion yuan, and the first half of this year brought in {52.5|p|REVX24_sh}% of that sum.

Liu Xiaofang:

Thank you, Mr. Zhao. Now the floor is open for questions. Please state the news organization you represent.

_ueditor_page_break_tag_

Xinhua News Agency:

Volume grew more than {19|p|gV_q}%, but revenue only {9.1|p|gREVX_q}%. Are firms and couriers working more for less? Thank you.

Song Lihua:

Thank you. The question is a good one, and I will answer it with the numbers rather than with comfort.

Volume grew {10.0|pp|VR_gap} percentage points faster than express revenue. So yes, average revenue per parcel came down. It was {7.49|y|PP} yuan, {0.69|y|PP_ch} yuan less than the {8.18|y|PPp} yuan of a year earlier, when express revenue was {673.9|y|REVXp} billion yuan.

Revenue still rose by {61.3|y|REVX_rise} billion yuan. Express firms now earn {83.5|p|X_sh}% of the postal industry's revenue, {0.2|pp|X_shch} percentage point more than a year ago, and they contributed {7.6|pp|X_c} percentage points of the industry's {8.8|p|gREVP_r}% growth.

Volume is not value. But a parcel that earns a little less is not a parcel that is worth less to the family that receives it.

_ueditor_page_break_tag_

China Central Television (CCTV):

Same-city parcels seem to be stuck at about {6.5|parcels|SC_q} billion. What kinds of parcels are growing? Thank you.

Zhao Mingchuan:

Inter-city parcels were {89.74|parcels|IC} billion, up {20.6|p|gIC}%, {1.5|pp|IC_gap} percentage points faster than the total. They make up {91.4|p|IC_sh}% of all parcels, {1.1|pp|IC_shch} percentage points more than a year ago, and they contributed {18.6|pp|IC_c} percentage points of the growth.

Same-city parcels came to {6.52|parcels|SC} billion, up only {2.1|p|gSC}%, which is {17.0|pp|SC_gap} percentage points slower than the total. Their share slipped to {6.6|p|SC_sh}%, a loss of {1.1|pp|SC_shch} percentage points. Instant delivery apps have taken much of that trade.

International and Hong Kong, Macao and Taiwan parcels reached {1.91|parcels|INT} billion, up {18.4|p|gINT}%. That is {1.9|p|INT_sh}% of the total, and it added {0.4|pp|INT_c} percentage point to growth.

_ueditor_page_break_tag_

Economic Daily:

The west still handles less than {9|parcels|WE_q} billion parcels. Is growth spreading beyond the coast? Thank you.

Song Lihua:

It is, slowly. The eastern region handled {74.12|parcels|EA} billion parcels, up {17.8|p|gEA}%. That is {75.5|p|EA_sh}% of the national total, {0.8|pp|EA_shch} percentage point less than a year earlier. It still contributed {13.6|pp|EA_c} percentage points of growth.

The central region handled {15.36|parcels|CE} billion, up {22.6|p|gCE}%, {3.5|pp|CE_gap} percentage points faster than the national rate.

The western region handled {8.69|parcels|WE} billion, up {24.8|p|gWE}%, {5.7|pp|WE_gap} percentage points faster than the nation. The west's share rose {0.4|pp|WE_shch} percentage point to {8.9|p|WE_sh}%.

Among provinces, Guangdong handled {19.86|parcels|GD} billion parcels, Zhejiang {17.92|parcels|ZJ} billion and Jiangsu {7.31|parcels|JS} billion. The three provinces together handled {45.09|parcels|P3} billion, {45.9|p|P3_sh}% of the national total, an average of {18.03|parcels|P3_avg} billion each.

Guangdong firms earned {152.4|y|GD_REV} billion yuan, or {7.67|y|GD_PP} yuan a parcel, a little above the national figure because more of its parcels cross borders.

_ueditor_page_break_tag_

Farmers' Daily:

What about the countryside? Rural parcels are said to have grown {23.4|p|gRUR_q}%. Thank you.

Han Bingwen:

That is right. Rural areas sent and received {22.6|parcels|RUR} billion parcels, up {23.4|p|gRUR}%, {4.3|pp|RUR_gap} percentage points faster than the total.

That is {23.0|p|RUR_sh}% of all parcels, and {4.29|parcels|RUR_rise} billion more than a year before.

Under the "100 Counties, 1,000 Villages" rural delivery programme, village-level express service stations numbered {310,500|stations|VIL} at the end of June, {21,700|stations|VIL_ch} more than the {288,800|stations|VIL24} at the end of last year, an increase of {7.5|p|gVIL}%. A village that can send its apples out by noon is a village whose young people might stay.

_ueditor_page_break_tag_

The Paper:

Couriers work long hours in all weather. What has been done for them, and for the last hundred meters? Thank you.

Han Bingwen:

No parcel is worth a rider's life. Let me begin there.

About {4.37|couriers|EMP} million couriers and other staff work in express delivery. That is about {22,500|parcels|PERCAP} parcels for each of them in six months. Of them, {3.86|couriers|INS} million are now covered by occupational injury insurance, {88.3|p|INS_sh}% of the workforce. Couriers aged 25 to 40 make up {62.8|p|AGE}% of it.

There are {468,000|lockers|LOCK} intelligent parcel lockers, {32,000|lockers|LOCK_ch} more than the {436,000|lockers|LOCK24} at the end of 2024, up {7.3|p|gLOCK}%. A locker is a courier's friend on a rainy night. Lockers and village stations now take {31.2|p|LOCKSH}% of final deliveries, and complaints about lost or late parcels fell {12.4|p|CMP}%.

Express outlets numbered {231,600|outlets|OUT}, {4,900|outlets|OUT_ch} fewer than a year earlier, when there were {236,500|outlets|OUT23}. Firms are merging outlets in the cities; that is consolidation, not retreat.

_ueditor_page_break_tag_

Yicai:

Growth was above {20|p|gQ1_q}% in the first quarter. When was the peak, and did growth slow in the second quarter? Thank you.

Song Lihua:

In the first quarter firms handled {45.43|parcels|Q1} billion parcels, up {21.6|p|gQ1}%. In the second quarter they handled {52.74|parcels|Q2} billion, up {17.1|p|gQ2}%. Growth was {4.5|pp|Q_acc} percentage points slower in the second quarter, because the base was higher, not because people ordered less.

June was the peak month, at {17.86|parcels|JUN} billion parcels, {18.2|p|JUN_sh}% of the half-year, with the "618" shopping festival in the middle of it. February, with the Spring Festival holiday, was the low point, at {11.29|parcels|FEB} billion. June rose {16.2|p|gJUN}%, {2.4|pp|JUN_acc} percentage points faster than the {13.8|p|gMAY}% of May.

_ueditor_page_break_tag_

China Daily:

How is cross-border delivery doing? Thank you.

Zhao Mingchuan:

International and Hong Kong, Macao and Taiwan parcels, {1.91|parcels|INT_r} billion of them, earned express firms {61.7|y|INT_REV} billion yuan, up {12.6|p|gINT_REV}%. That revenue grew {3.5|pp|INT_gap} percentage points faster than express revenue as a whole and made up {8.4|p|INT_REV_sh}% of it.

Let me close with the big picture. Nearly {100|parcels|V_r} billion parcels in six months, industry revenue of more than {880|y|REVP_r} billion yuan, more than {540|parcels|DAILY_r} million a day, and almost {90|parcels|IC_r} billion of them travelling between cities. Guangdong alone handled nearly {20|parcels|GD_r} billion. Rural parcels, more than {26|parcels|RUR_r} billion of them, now move almost as fast as city ones, and there are more than {460,000|lockers|LOCK_r} lockers waiting for them.

Liu Xiaofang:

Thank you, Mr. Zhao, Ms. Song and Mr. Han, and thank you all. This concludes today's press conference.

Translated and edited by Chen Yixuan, Guo Haoran and Emily Carter. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Liu Xiaofang

/4\u00a0\u00a0\u00a0\u00a0Zhao Mingchuan

/4\u00a0\u00a0\u00a0\u00a0Song Lihua

/4\u00a0\u00a0\u00a0\u00a0Han Bingwen
"""

# ---- relation builders written for set 36 (ids refer to the inline marks in TEXT) ----
def tally(total, *parts):
    return ("sum", [(total, "total")] + [(p, "part") for p in parts])
def fraction(pct, part, whole):
    return ("share", [(pct, "share"), (part, "part"), (whole, "whole")])
def again(first, later):
    return ("restatement", [(first, "first"), (later, "restated")])
def spread(pp, rate, base):
    return ("gap", [(pp, "gap"), (rate, "rate"), (base, "base-rate")])
def turn(pp, later, earlier):
    return ("acceleration", [(pp, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def blended(tg, *pairs):
    figs = [(tg, "total-growth")]
    for i in range(0, len(pairs), 2):
        figs += [(pairs[i], "part"), (pairs[i + 1], "part-growth")]
    return ("growth", figs)
def tilt(pp, part, whole, pg, wg):
    return ("share-change", [(pp, "change"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def tilt_pct(pp, pct, pg, wg):
    return ("share-change", [(pp, "change"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def lift(pp, part, whole, pg, wg):
    return ("contribution", [(pp, "contribution"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def lift_pct(pp, pct, pg, wg):
    return ("contribution", [(pp, "contribution"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def delta_rate(amt, level, rate):
    return ("absolute-change", [(amt, "change"), (level, "level"), (rate, "growth")])
def delta_from(amt, level, before):
    return ("absolute-change", [(amt, "change"), (level, "level"), (before, "previous")])
def midpoint(avg, *items):
    return ("average", [(avg, "average")] + [(x, "item") for x in items])
def ratio_avg(avg, total, count):
    return ("average", [(avg, "average"), (total, "total"), (count, "count")])
def units_rate(n, d, rate):
    return ("count-change", [(n, "count"), (d, "change"), (rate, "growth")])
def units_from(n, d, before):
    return ("count-change", [(n, "count"), (d, "change"), (before, "previous")])
RELATIONS = [
    # sums
    tally("V", "SC", "IC", "INT"),
    tally("V", "EA", "CE", "WE"),
    tally("V", "Q1", "Q2"),
    tally("P3", "GD", "ZJ", "JS"),
    tally("V", "Vp", "V_rise"),
    tally("REVX", "REVXp", "REVX_rise"),
    # shares
    fraction("V24_sh", "V", "V24"),
    fraction("X_sh", "REVX", "REVP"),
    fraction("IC_sh", "IC", "V"),
    fraction("SC_sh", "SC", "V"),
    fraction("INT_sh", "INT", "V"),
    fraction("EA_sh", "EA", "V"),
    fraction("WE_sh", "WE", "V"),
    fraction("P3_sh", "P3", "V"),
    fraction("RUR_sh", "RUR", "V"),
    fraction("INS_sh", "INS", "EMP"),
    fraction("JUN_sh", "JUN", "V"),
    fraction("INT_REV_sh", "INT_REV", "REVX"),
    fraction("REVX24_sh", "REVX", "REVX24"),
    # gaps
    spread("VR_gap", "gV", "gREVX"),
    spread("IC_gap", "gIC", "gV"),
    spread("SC_gap", "gSC", "gV"),
    spread("CE_gap", "gCE", "gV"),
    spread("WE_gap", "gWE", "gV"),
    spread("RUR_gap", "gRUR", "gV"),
    spread("INT_gap", "gINT_REV", "gREVX"),
    # growth of totals from parts
    blended("gV", "SC", "gSC", "IC", "gIC", "INT", "gINT"),
    blended("gV", "EA", "gEA", "CE", "gCE", "WE", "gWE"),
    blended("gV", "Q1", "gQ1", "Q2", "gQ2"),
    # share changes
    tilt("X_shch", "REVX", "REVP", "gREVX", "gREVP"),
    tilt_pct("IC_shch", "IC_sh", "gIC", "gV"),
    tilt("SC_shch", "SC", "V", "gSC", "gV"),
    tilt_pct("EA_shch", "EA_sh", "gEA", "gV"),
    tilt("WE_shch", "WE", "V", "gWE", "gV"),
    # accelerations
    turn("Q_acc", "gQ2", "gQ1"),
    turn("JUN_acc", "gJUN", "gMAY"),
    # contributions
    lift("X_c", "REVX", "REVP", "gREVX", "gREVP_r"),
    lift("IC_c", "IC", "V", "gIC", "gV"),
    lift("INT_c", "INT", "V", "gINT", "gV"),
    lift_pct("EA_c", "EA_sh", "gEA", "gV"),
    # absolute changes
    delta_rate("V_rise", "V", "gV"),
    delta_from("V_rise", "V", "Vp"),
    delta_rate("REVX_rise", "REVX", "gREVX"),
    delta_from("PP_ch", "PP", "PPp"),
    delta_rate("RUR_rise", "RUR", "gRUR"),
    # averages
    ratio_avg("DAILY", "V", "DAYS"),
    ratio_avg("PP", "REVX", "V"),
    ratio_avg("PPp", "REVXp", "Vp"),
    ratio_avg("GD_PP", "GD_REV", "GD"),
    ratio_avg("PERCAP", "V", "EMP"),
    # count changes
    units_rate("VIL", "VIL_ch", "gVIL"),
    units_from("VIL", "VIL_ch", "VIL24"),
    units_rate("LOCK", "LOCK_ch", "gLOCK"),
    units_from("LOCK", "LOCK_ch", "LOCK24"),
    units_from("OUT", "OUT_ch", "OUT23"),
    # restatements
    again("gV", "gV_q"),
    again("gREVX", "gREVX_q"),
    again("gREVP", "gREVP_r"),
    again("gRUR", "gRUR_q"),
    again("INT", "INT_r"),
    again("V", "V_r"),
    again("REVP", "REVP_r"),
    again("DAILY", "DAILY_r"),
    again("IC", "IC_r"),
    again("GD", "GD_r"),
    again("LOCK", "LOCK_r"),
    again("SC", "SC_q"),
    again("WE", "WE_q"),
    again("gQ1", "gQ1_q"),
]
PLANTED = [
    ("average", "P3_avg", ["GD", "ZJ", "JS"]),
    ("restatement", "RUR_r", ["RUR"]),
]
