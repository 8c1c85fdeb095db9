TEXT = """
Press conference on customs anti-smuggling work in 2024

Beijing | 10 a.m. Jan. 16, 2025

The General Administration of Customs of China (GACC) held a press conference on Thursday in Beijing, at which its Anti-Smuggling Bureau reported on the fight against smuggling in 2024.

Speakers

Jiang Haocheng, deputy head of the General Administration of Customs of China (GACC) and director of the Anti-Smuggling Bureau of the GACC

Pei Xiaodong, deputy director of the Anti-Smuggling Bureau of the GACC

Wen Lijuan, director general of the Port Control Department of the GACC

Chairperson

Tan Meiling, deputy director general of the General Office of the GACC and spokesperson of the GACC

Read in Chinese

Speakers:

Mr. Jiang Haocheng, deputy head of the General Administration of Customs of China (GACC) and director of the Anti-Smuggling Bureau of the GACC

Mr. Pei Xiaodong, deputy director of the Anti-Smuggling Bureau of the GACC

Ms. Wen Lijuan, director general of the Port Control Department of the GACC

Chairperson:

Ms. Tan Meiling, deputy director general of the General Office of the GACC and spokesperson of the GACC

Date:

Jan. 16, 2025


Tan Meiling:

Good morning, ladies and gentlemen. Welcome to the press conference of the General Administration of Customs. Every year we are asked what customs stops at the border, and today we will answer with figures. Deputy Head Jiang Haocheng will give an overview of anti-smuggling work in 2024, and Deputy Director Pei Xiaodong and Director General Wen Lijuan will answer your questions.

Mr. Jiang, please.

Jiang Haocheng:

Thank you. Good morning.

Smugglers follow the money. So do we.

In 2024, customs anti-smuggling police opened {4,512|cases|TOT} smuggling criminal cases, up {6.3|p|gTOT}% from 2023, when {4,244|cases|TOT_y} were opened. That is {268|cases|TOT_ch} more.

The goods involved were worth {96.8|y|V} billion yuan, up {9.5|p|gV}%. Police detained {9,870|suspects|SUS} criminal suspects, up {4.1|p|gSUS}%.

By type, {612|cases|DR} cases involved drugs, {148|cases|FA} firearms and ammunition, and {3,752|cases|GEN} general goods. Drug cases fell {8.4|p|gDR}%, firearms cases rose {12.1|p|gFA}% and general goods cases rose {8.9|p|gGEN}%.

We seized {9.26|tonnes|DRT} tonnes of drugs, {1.18|tonnes|OT} million tonnes of refined oil, {63,400|tonnes|MT} tonnes of frozen meat, {284|cigarettes|CG} million cigarettes and {1,042|firearms|GUN} firearms.

The "Guomen Liren 2024" campaign ran all year. It will run again in 2025.

Tan Meiling:

Thank you, Mr. Jiang. The floor is now open. Please say which outlet you are from.

_ueditor_page_break_tag_

Xinhua News Agency:

The number of cases rose more than {6|p|gTOT_q}%. Which kinds of smuggling grew fastest? Thank you.

Pei Xiaodong:

Thank you. I will go through them in order.

General goods make up most of the work. There were {3,752|cases|GEN_r} such cases, {83.2|p|GEN_sh}% of the total, {2.0|pp|GEN_shch} percentage points more than in 2023. Of the overall growth of {6.3|p|gTOT_r}%, general goods contributed {7.3|pp|GEN_c} percentage points; without them the number of cases would have fallen.

Agricultural products accounted for {835|cases|AG} cases, up {14.6|p|gAG}%. Of them, {318|cases|MEAT} involved frozen meat, {38.1|p|MEAT_sh}% of the agricultural cases. Refined oil accounted for {402|cases|OIL}, down {5.2|p|gOIL}%, and cigarettes for {587|cases|CIG}, up {18.3|p|gCIG}%. Cigarette cases grew {12.0|pp|CIG_gap} percentage points faster than cases as a whole. Cigarette seizures reached {284|cigarettes|CG_r} million, up {23.5|p|gCG}%, or {54|cigarettes|CG_rise} million more.

The other {1,928|cases|OTH} general goods cases rose {7.4|p|gOTH}%. They range from second-hand electronics to endangered species; {296|cases|ES} cases involved endangered wild animals and plants, {15.4|p|ES_sh}% of them.

_ueditor_page_break_tag_

CCTV:

Drug cases fell. Is drug smuggling easing? Thank you.

Jiang Haocheng:

No. It is changing shape.

There were {612|cases|DR_r} drug cases, a decline of {8.4|p|gDR_r}%, {14.7|pp|DR_gap} percentage points below the growth of all cases. Seizures of drugs dropped {15.3|p|gDRT}% to {9.26|tonnes|DRT_r} tonnes, {1.67|tonnes|DRT_ch} tonnes less than the {10.93|tonnes|DRT_y} tonnes of 2023.

Drug cases are now {13.6|p|DR_sh}% of the total, {2.2|pp|DR_shch} percentage points less than a year earlier, and they took {1.3|pp|DR_c} percentage points off the growth in cases. Smaller parcels, more of them by post, fewer big loads in containers. That is harder work, not easier.

Firearms cases rose {12.1|p|gFA_r}% to {148|cases|FA_r}, or {16|cases|FA_ch} more. They are {3.3|p|FA_sh}% of all cases, but each one matters. We seized {1,042|firearms|GUN_r} firearms and {126,000|rounds|AMMO} rounds of ammunition. Drug and firearms cases together came to {760|cases|DRFA}.

_ueditor_page_break_tag_

Economic Daily:

The value of the goods rose faster than the number of cases. Are cases getting bigger? Thank you.

Pei Xiaodong:

They are. The goods in cases were worth {96.8|y|V_r} billion yuan, {8.4|y|V_rise} billion yuan more than the {88.4|y|V_y} billion yuan of 2023. Value grew {9.5|p|gV_r}% after {5.3|p|gV23}% in 2023, {4.2|pp|V_acc} percentage points faster, and {3.2|pp|VC_gap} percentage points faster than the number of cases.

On average a case involved about {21.5|y|V_avg} million yuan, and each case led to {2.2|suspects|SUS_avg} suspects being detained.

Agricultural products made up {27.5|y|VAG} billion yuan of the value, or {28.4|p|VAG_sh}% of it. Their value rose {12.4|p|gVAG}%, or {3.03|y|VAG_rise} billion yuan, which is {2.9|pp|VAG_gap} percentage points faster than the total value. They added {3.4|pp|VAG_c} percentage points to the growth in value. Refined oil cases were worth {14.3|y|VOIL} billion yuan, cigarettes {11.2|y|VCIG} billion yuan, and everything else {43.8|y|VOTH} billion yuan.

_ueditor_page_break_tag_

China Business Network:

Fuel smuggling by sea is said to be rising again. What did customs do about it? Thank you.

Pei Xiaodong:

Thank you. Refined oil is the hardest cargo to catch. It moves at night, from ship to ship, and it leaves no trace once it is in a tank.

In the 100-day campaign against refined oil smuggling, launched in June, and through the rest of the year, we seized {1.18|tonnes|OT_r} million tonnes of refined oil, up {16.4|p|gOT}%, or {166,000|tonnes|OT_rise} tonnes more than in 2023. Operation Coastal Shield 3, with the coast guard, took {212|vessels|SHIP} smuggling vessels out of service.

The refined oil cases were worth {14.3|y|VOIL_r} billion yuan, {53.6|y|OIL_avg} million yuan a case on average. These are big operations, not small traders.

Frozen meat is the opposite story. Seizures fell {21.7|p|gMT}% to {63,400|tonnes|MT_r} tonnes, {27,600|tonnes|MT_ch} tonnes less than in 2023, because the price gap between imported and smuggled meat has narrowed.

_ueditor_page_break_tag_

Southern Daily:

Guangdong is always at the top of the list, and Guangzhou alone is said to have had more than {600|cases|GZ_q} cases. How do the customs districts compare? Thank you.

Wen Lijuan:

Guangzhou Customs opened {618|cases|GZ} cases, the most of any district, {13.7|p|GZ_sh}% of the national total. Shenzhen Customs followed with {547|cases|SZ}. The two Guangdong districts together opened {1,165|cases|GZSZ} cases.

Nanning Customs opened {503|cases|NN}, Kunming Customs {389|cases|KM} and Shanghai Customs {286|cases|SH}. Nanning's cases rose {17.3|p|gNN}%, {11.0|pp|NN_gap} percentage points faster than the national figure, as more goods cross the land border with Vietnam. Kunming's fell {2.6|p|gKM}%, {8.9|pp|KM_gap} percentage points below the national rate.

The five districts handled {2,343|cases|FIVE} cases, {51.9|p|FIVE_sh}% of the total, an average of {468.6|cases|FIVE_avg} each.

At the ports themselves, our X-ray machines and dogs still find more than people would think. Anyone can report smuggling on the 12360 hotline.

_ueditor_page_break_tag_

Legal Daily:

How many people were caught, and who are they? Thank you.

Jiang Haocheng:

We detained {9,870|suspects|SUS_r} suspects, up {4.1|p|gSUS_r}%, {389|suspects|SUS_ch} more than the {9,481|suspects|SUS_y} of 2023. We broke up {41|gangs|GANG} smuggling gangs and caught {1,236|suspects|SUS_org} of their organizers and backers.

We go after the people who pay, not only the people who carry. A carrier is replaced in a week. A backer takes years.

_ueditor_page_break_tag_

Phoenix TV:

Was there a difference between the first and the second half of the year? Thank you.

Pei Xiaodong:

There was. In the first half, {2,094|cases|H1} cases were opened, up {3.9|p|gH1}%. In the second half there were {2,418|cases|H2}, up {8.5|p|gH2}%, {4.6|pp|H_acc} percentage points faster, after the 100-day campaign began.

_ueditor_page_break_tag_

China Daily:

Cases rose {6.3|p|gTOT_q2}% and the value of goods close to {10|p|gV_q}%. Will the numbers keep rising in 2025? Thank you.

Jiang Haocheng:

I do not forecast crime. More cases can mean more smuggling, or better policing. This year it is mostly the second.

Tan Meiling:

Thank you, Mr. Jiang, Mr. Pei and Ms. Wen, and thank you all. This concludes today's press conference.

Translated and edited by Zhang Yiran, Guo Peiling and Daniel Forster. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Tan Meiling

/4\u00a0\u00a0\u00a0\u00a0Jiang Haocheng

/4\u00a0\u00a0\u00a0\u00a0Pei Xiaodong

/4\u00a0\u00a0\u00a0\u00a0Wen Lijuan
"""

# ---- relation builders written for set 34 (ids refer to the inline marks in TEXT) ----
def whole_of(total, *pieces):
    return ("sum", [(total, "total")] + [(p, "part") for p in pieces])
def slice_of(pct, piece, whole):
    return ("share", [(pct, "share"), (piece, "part"), (whole, "whole")])
def said_again(first, later):
    return ("restatement", [(first, "first"), (later, "restated")])
def spread(pp, rate, base):
    return ("gap", [(pp, "gap"), (rate, "rate"), (base, "base-rate")])
def gear_change(pp, later, earlier):
    return ("acceleration", [(pp, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def blended(tg, *pairs):
    figs = [(tg, "total-growth")]
    for i in range(0, len(pairs), 2):
        figs += [(pairs[i], "part"), (pairs[i + 1], "part-growth")]
    return ("growth", figs)
def tilt(pp, piece, whole, pg, wg):
    return ("share-change", [(pp, "change"), (piece, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def tilt_pc(pp, pct, pg, wg):
    return ("share-change", [(pp, "change"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def lift(pp, piece, whole, pg, wg):
    return ("contribution", [(pp, "contribution"), (piece, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def lift_pc(pp, pct, pg, wg):
    return ("contribution", [(pp, "contribution"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def delta_rate(amt, level, rate):
    return ("absolute-change", [(amt, "change"), (level, "level"), (rate, "growth")])
def delta_base(amt, level, before):
    return ("absolute-change", [(amt, "change"), (level, "level"), (before, "previous")])
def plain_mean(avg, *items):
    return ("average", [(avg, "average")] + [(x, "item") for x in items])
def ratio_mean(avg, total, count):
    return ("average", [(avg, "average"), (total, "total"), (count, "count")])
def tally_rate(n, d, rate):
    return ("count-change", [(n, "count"), (d, "change"), (rate, "growth")])
def tally_base(n, d, before):
    return ("count-change", [(n, "count"), (d, "change"), (before, "previous")])
RELATIONS = [
    # sums
    whole_of("TOT", "DR", "FA", "GEN"),
    whole_of("GEN_r", "AG", "OIL", "CIG", "OTH"),
    whole_of("TOT", "H1", "H2"),
    whole_of("V_r", "VAG", "VOIL", "VCIG", "VOTH"),
    whole_of("GZSZ", "GZ", "SZ"),
    whole_of("DRFA", "DR_r", "FA_r"),
    whole_of("FIVE", "GZSZ", "NN", "KM", "SH"),
    # shares
    slice_of("GEN_sh", "GEN_r", "TOT"),
    slice_of("MEAT_sh", "MEAT", "AG"),
    slice_of("DR_sh", "DR_r", "TOT"),
    slice_of("FA_sh", "FA_r", "TOT"),
    slice_of("VAG_sh", "VAG", "V_r"),
    slice_of("GZ_sh", "GZ", "TOT"),
    slice_of("FIVE_sh", "FIVE", "TOT"),
    slice_of("ES_sh", "ES", "OTH"),
    # gaps
    spread("CIG_gap", "gCIG", "gTOT_r"),
    spread("DR_gap", "gDR_r", "gTOT"),
    spread("VC_gap", "gV_r", "gTOT"),
    spread("VAG_gap", "gVAG", "gV_r"),
    spread("NN_gap", "gNN", "gTOT"),
    spread("KM_gap", "gKM", "gTOT"),
    # growth of totals from parts
    blended("gTOT", "DR", "gDR", "FA", "gFA", "GEN", "gGEN"),
    blended("gGEN", "AG", "gAG", "OIL", "gOIL", "CIG", "gCIG", "OTH", "gOTH"),
    blended("gTOT_r", "H1", "gH1", "H2", "gH2"),
    # share changes
    tilt_pc("GEN_shch", "GEN_sh", "gGEN", "gTOT_r"),
    tilt_pc("DR_shch", "DR_sh", "gDR_r", "gTOT"),
    # accelerations
    gear_change("V_acc", "gV_r", "gV23"),
    gear_change("H_acc", "gH2", "gH1"),
    # contributions
    lift("GEN_c", "GEN_r", "TOT", "gGEN", "gTOT_r"),
    lift("DR_c", "DR_r", "TOT", "gDR_r", "gTOT"),
    lift("VAG_c", "VAG", "V_r", "gVAG", "gV_r"),
    # absolute changes
    delta_rate("DRT_ch", "DRT_r", "gDRT"),
    delta_rate("V_rise", "V_r", "gV"),
    delta_base("V_rise", "V_r", "V_y"),
    delta_rate("OT_rise", "OT_r", "gOT"),
    delta_rate("VAG_rise", "VAG", "gVAG"),
    delta_rate("CG_rise", "CG_r", "gCG"),
    delta_base("DRT_ch", "DRT_r", "DRT_y"),
    # averages
    ratio_mean("V_avg", "V_r", "TOT"),
    ratio_mean("SUS_avg", "SUS", "TOT"),
    plain_mean("FIVE_avg", "GZ", "SZ", "NN", "KM", "SH"),
    # count changes
    tally_base("TOT", "TOT_ch", "TOT_y"),
    tally_rate("TOT", "TOT_ch", "gTOT"),
    tally_base("SUS_r", "SUS_ch", "SUS_y"),
    tally_rate("SUS_r", "SUS_ch", "gSUS"),
    tally_rate("FA_r", "FA_ch", "gFA_r"),
    # restatements
    said_again("gTOT", "gTOT_q"),
    said_again("gTOT", "gTOT_r"),
    said_again("gTOT", "gTOT_q2"),
    said_again("gV", "gV_q"),
    said_again("GEN", "GEN_r"),
    said_again("DR", "DR_r"),
    said_again("gDR", "gDR_r"),
    said_again("DRT", "DRT_r"),
    said_again("FA", "FA_r"),
    said_again("GUN", "GUN_r"),
    said_again("V", "V_r"),
    said_again("gV", "gV_r"),
    said_again("VOIL", "VOIL_r"),
    said_again("OT", "OT_r"),
    said_again("MT", "MT_r"),
    said_again("SUS", "SUS_r"),
    said_again("gSUS", "gSUS_r"),
    said_again("gFA", "gFA_r"),
    said_again("CG", "CG_r"),
    said_again("GZ_q", "GZ"),
]
PLANTED = [
    ("average", "OIL_avg", ["VOIL_r", "OIL"]),
    ("absolute-change", "MT_ch", ["MT_r", "gMT"]),
]
