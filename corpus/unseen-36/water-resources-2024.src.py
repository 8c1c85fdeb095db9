TEXT = """
Press conference on the 2024 China Water Resources Bulletin

Beijing | 3 p.m. June 19, 2025

The Ministry of Water Resources (MWR) held a press conference on Thursday in Beijing to release the 2024 China Water Resources Bulletin and to answer questions on water resources and water use last year.

Speakers

Tang Zhiyuan, vice minister of Water Resources

Shen Peilin, director general of the Department of Water Resources Management of the MWR

Qiu Hanming, director of the Hydrology and Water Resources Monitoring and Forecasting Center of the MWR

Chairperson

Gao Yuanyuan, director general of the General Office of the MWR and spokesperson of the MWR

Read in Chinese

Speakers:

Mr. Tang Zhiyuan, vice minister of Water Resources

Mr. Shen Peilin, director general of the Department of Water Resources Management of the MWR

Mr. Qiu Hanming, director of the Hydrology and Water Resources Monitoring and Forecasting Center of the MWR

Chairperson:

Ms. Gao Yuanyuan, director general of the General Office of the MWR and spokesperson of the MWR

Date:

June 19, 2025


Gao Yuanyuan:

Good afternoon, friends from the media. Welcome to the press conference of the Ministry of Water Resources. Today we release the 2024 China Water Resources Bulletin. Vice Minister Tang Zhiyuan will introduce it, and Director General Shen Peilin and Director Qiu Hanming will join him in answering your questions.

Mr. Tang, please.

Tang Zhiyuan:

Thank you, Ms. Gao. Good afternoon, everyone.

A country that wants to spend water wisely must first count it. The bulletin is that count, and this year it tells a story of plenty that we should not mistake for abundance.

Last year was a wet year. Average precipitation across the country was {706.5|millimeters|P} millimeters, {9.6|p|gP}% more than the multi-year average of {644.6|millimeters|Pavg} millimeters. That is {61.9|millimeters|P_ch} millimeters of rain and snow beyond a normal year.

Total water resources came to {2,820.9|cubic meters|W} billion cubic meters, up {9.5|p|gW}% on 2023, or {244.7|cubic meters|W_rise} billion cubic meters more. Surface water accounted for {2,702.3|cubic meters|SW} billion cubic meters of it.

Groundwater resources were {822.4|cubic meters|GWT} billion cubic meters, but most of that is the same water counted twice, once in the rivers and once beneath them. Only {118.6|cubic meters|GWN} billion cubic meters of groundwater does not overlap with surface water.

Total water use was {592.6|cubic meters|U} billion cubic meters, up {0.5|p|gU}% year on year. Water use per 10,000 yuan of GDP fell to {43.9|cubic meters|PG} cubic meters, and water use per person was {421|cubic meters|PH} cubic meters for a population of {1.408|people|POP} billion people.

In short: the sky gave more, and we used only a little more. That is the direction the 14th Five-Year Plan asks of us.

Gao Yuanyuan:

Thank you, Mr. Tang. The floor is now open. Please identify your news organization before asking.

_ueditor_page_break_tag_

Xinhua News Agency:

Water resources rose {9.5|p|gW_q}% last year. Where did the extra water go, and where was it needed? Thank you.

Qiu Hanming:

Thank you for the question. Rain does not fall where the maps of demand would like it to.

The Yangtze basin had {1,085.6|cubic meters|YZ} billion cubic meters, up {11.2|p|gYZ}%, or {109.3|cubic meters|YZ_rise} billion cubic meters more than in 2023. On its own it holds {38.5|p|YZ_sh}% of the country's water. The Pearl River basin had {526.3|cubic meters|PR} billion cubic meters. Together the two southern giants came to {1,611.9|cubic meters|YP} billion cubic meters, {57.1|p|YP_sh}% of the total.

The north is thinner. The Yellow River basin had {71.8|cubic meters|YR} billion cubic meters, up {12.6|p|gYR}%. The Huai River basin had {102.4|cubic meters|HU} billion, down {6.3|p|gHU}%, {15.8|pp|HU_gap} percentage points below the national rate. The Hai River basin had {41.5|cubic meters|HA} billion, up {18.4|p|gHA}%, which is {8.9|pp|HA_gap} percentage points faster than the country as a whole.

Those three northern basins came to {215.7|cubic meters|N3} billion cubic meters, up {3.7|p|gN3}%. They hold {7.6|p|N3_sh}% of the nation's water and feed a far larger share of its farms and factories.

_ueditor_page_break_tag_

China Central Television (CCTV):

The Yellow River grew {12.6|p|gYR_q}% this time. Is that a turning point? Thank you.

Qiu Hanming:

I would not call one wet year a turning point. In 2023 the Yellow River basin's resources grew {3.1|p|gYR23}%, so last year's rate was {9.5|pp|YR_acc} percentage points faster. A river has memory; one good year does not refill an aquifer drawn down for decades.

In the Hai River basin, surface water was {32.3|cubic meters|HA_SW} billion cubic meters and groundwater not overlapping with it {19.2|cubic meters|HA_GW} billion cubic meters, and the two together are the basin's water resources. There, groundwater matters more than anywhere else.

_ueditor_page_break_tag_

Economic Daily:

Total water use went up to {592.6|cubic meters|U_q} billion cubic meters. Which sectors are using more? Thank you.

Shen Peilin:

Thank you. Let me do the sum for you, sector by sector.

Agriculture used {364.8|cubic meters|A} billion cubic meters, up {0.4|p|gA}%. It is still {61.6|p|A_sh}% of the total, and it contributed {0.2|pp|A_c} percentage point to growth.

Industry used {96.7|cubic meters|I} billion, down {1.8|p|gI}%. Its share was {16.3|p|I_sh}%, {0.4|pp|I_shch} percentage point lower than in 2023, and it pulled total growth down by {0.3|pp|I_c} percentage point.

Domestic use was {92.3|cubic meters|D} billion cubic meters, up {1.5|p|gD}%, {1.0|pp|D_gap} percentage point above the total. Its share is {15.6|p|D_sh}%, and its growth was {0.6|pp|D_acc} percentage point faster than the {0.9|p|gD23}% of 2023. Cities keep growing, and people in them shower more than their grandparents did.

Ecological replenishment took {38.8|cubic meters|E} billion cubic meters, up {5.2|p|gE}%. That is {6.5|p|E_sh}% of all water use, a share {0.3|pp|E_shch} percentage point higher than a year before. It grew {4.7|pp|E_gap} percentage points faster than the total.

Add them up and you have the {0.5|p|gU_r}% rise in total use, about {3.0|cubic meters|U_rise} billion cubic meters, of which ecological replenishment alone accounted for {0.3|pp|E_c} percentage point. The number I watch most is not the total, but what the total buys.

_ueditor_page_break_tag_

The Paper:

Ecological water use rose {5.2|p|gE_q}%. Is that a policy choice? Thank you.

Shen Peilin:

It is. Ecological replenishment rose {5.2|p|gE_r}%, {3.9|pp|E_acc} percentage points faster than in 2023, when it grew {2.3|p|gE23}%. We sent water back to the North China Plain, to the lower Yongding River and to lakes that had lost their shorelines. Water returned to a river is not water lost.

_ueditor_page_break_tag_

China Daily:

How efficient is water use now, compared with 2020? Thank you.

Tang Zhiyuan:

Efficiency is where the real progress lies. Water use per 10,000 yuan of GDP was {43.9|cubic meters|PG_r} cubic meters, down {4.4|p|gPG}% from {45.9|cubic meters|PG23} cubic meters in 2023. That is {2.0|cubic meters|PG_ch} cubic meters less for the same value of output.

Against 2020 it is down {23.4|p|gPG20}%, or {13.4|cubic meters|PG_ch20} cubic meters per 10,000 yuan. Total water use in 2020 was {581.3|cubic meters|U20} billion cubic meters, so the economy has grown a great deal on only {11.3|cubic meters|U_ch20} billion cubic meters more.

I like to put it simply: we are not drinking less, we are wasting less.

_ueditor_page_break_tag_

Farmers' Daily:

What about irrigation? Agriculture still takes more than {60|p|A_sh_q}% of the water. Thank you.

Shen Peilin:

The effective irrigated area reached {70.85|hectares|IRR} million hectares, or about {1.06|mu|IRR_mu} billion mu, {0.49|hectares|IRR_ch} million hectares more than the {70.36|hectares|IRR23} million hectares of 2023.

Of that, {39.2|hectares|SAVE} million hectares use water-saving irrigation, {55.3|p|SAVE_sh}% of the effective irrigated area. Drip lines are not glamorous, but they are where the savings are.

_ueditor_page_break_tag_

People's Daily:

How much water is held in reservoirs? Thank you.

Qiu Hanming:

The country has {98,398|reservoirs|RES} reservoirs. Of them, {782|reservoirs|RL} are large, {4,196|reservoirs|RM} are medium-sized and {93,420|reservoirs|RS} are small. There are {18|reservoirs|RL_ch} more large reservoirs than the {764|reservoirs|RL23} a year before, an increase of {2.4|p|gRL}%.

The total has come down a little since 2020, when there were {98,566|reservoirs|RES20}. That is {168|reservoirs|RES_ch} fewer, mostly small dams in poor repair that we retired on purpose.

At the end of the year, large and medium-sized reservoirs held {410.1|cubic meters|STO} billion cubic meters, up {3.1|p|gSTO}% from {397.8|cubic meters|STO0} billion cubic meters at the start of the year, an increase of {12.3|cubic meters|STO_ch} billion cubic meters.

Large reservoirs held {368.4|cubic meters|STL} billion cubic meters of it, or {89.8|p|STL_sh}%, and medium-sized ones {41.7|cubic meters|STM} billion. A large reservoir holds on average {471|cubic meters|STL_avg} million cubic meters.

_ueditor_page_break_tag_

Xinhua Daily Telegraph:

Which provinces use the most water, and is river quality improving? Thank you.

Shen Peilin:

Jiangsu used {57.8|cubic meters|JS} billion cubic meters, Xinjiang {56.2|cubic meters|XJ} billion and Guangdong {40.6|cubic meters|GD} billion. The three provinces together used {154.6|cubic meters|PROV3} billion cubic meters, {26.1|p|PROV3_sh}% of the national total, or {51.5|cubic meters|PROV3_avg} billion cubic meters each on average. Xinjiang is the odd one out: in the desert, nearly all of it goes to fields.

Qiu Hanming:

On quality, we monitored {3,641|sections|SEC} river sections, {235|sections|SEC_ch} more than in 2020, when there were {3,406|sections|SEC20}. That is {6.9|p|gSEC}% more eyes on the rivers. Of them, {3,292|sections|GOOD} met Class I to III standards, or {90.4|p|GOOD_sh}%.

Tang Zhiyuan:

If I may add a closing word: the bulletin showed more than {2.8|cubic meters|W_r} trillion cubic meters of water, over {700|millimeters|P_r} millimeters of rain, and a total use of about {590|cubic meters|U_r2} billion cubic meters. With more than {98,000|reservoirs|RES_r} reservoirs and the Yangtze alone holding {1.09|cubic meters|YZ_r} trillion cubic meters, we are not short of places to keep water. We are short of water in the places that need it, and of patience.

Gao Yuanyuan:

Thank you, Mr. Tang, Mr. Shen and Mr. Qiu, and thank you all. Today's press conference is concluded.

Translated and edited by Wang Xiaoyu, Ren Jiawei and Daniel Hughes. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Gao Yuanyuan

/4\u00a0\u00a0\u00a0\u00a0Tang Zhiyuan

/4\u00a0\u00a0\u00a0\u00a0Shen Peilin

/4\u00a0\u00a0\u00a0\u00a0Qiu Hanming
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
    tally("W", "SW", "GWN"),
    tally("U", "A", "I", "D", "E"),
    tally("YP", "YZ", "PR"),
    tally("N3", "YR", "HU", "HA"),
    tally("RES", "RL", "RM", "RS"),
    tally("STO", "STL", "STM"),
    tally("PROV3", "JS", "XJ", "GD"),
    # shares
    fraction("YZ_sh", "YZ", "W"),
    fraction("YP_sh", "YP", "W"),
    fraction("N3_sh", "N3", "W"),
    fraction("A_sh", "A", "U"),
    fraction("I_sh", "I", "U"),
    fraction("D_sh", "D", "U"),
    fraction("E_sh", "E", "U"),
    fraction("SAVE_sh", "SAVE", "IRR"),
    fraction("STL_sh", "STL", "STO"),
    fraction("PROV3_sh", "PROV3", "U"),
    fraction("GOOD_sh", "GOOD", "SEC"),
    # gaps
    spread("HU_gap", "gHU", "gW"),
    spread("HA_gap", "gHA", "gW"),
    spread("D_gap", "gD", "gU"),
    spread("E_gap", "gE", "gU"),
    # growth of totals from parts
    blended("gU", "A", "gA", "I", "gI", "D", "gD", "E", "gE"),
    blended("gN3", "YR", "gYR", "HU", "gHU", "HA", "gHA"),
    # share changes
    tilt("I_shch", "I", "U", "gI", "gU"),
    tilt("E_shch", "E", "U", "gE", "gU"),
    # accelerations
    turn("YR_acc", "gYR", "gYR23"),
    turn("D_acc", "gD", "gD23"),
    # contributions
    lift("A_c", "A", "U", "gA", "gU"),
    lift("I_c", "I", "U", "gI", "gU"),
    lift("E_c", "E", "U", "gE", "gU"),
    # absolute changes
    delta_from("P_ch", "P", "Pavg"),
    delta_rate("P_ch", "P", "gP"),
    delta_rate("W_rise", "W", "gW"),
    delta_rate("YZ_rise", "YZ", "gYZ"),
    delta_rate("U_rise", "U", "gU_r"),
    delta_from("PG_ch", "PG_r", "PG23"),
    delta_rate("PG_ch20", "PG_r", "gPG20"),
    delta_from("U_ch20", "U", "U20"),
    delta_from("IRR_ch", "IRR", "IRR23"),
    delta_from("STO_ch", "STO", "STO0"),
    delta_rate("STO_ch", "STO", "gSTO"),
    # averages
    ratio_avg("PH", "U", "POP"),
    ratio_avg("STL_avg", "STL", "RL"),
    midpoint("PROV3_avg", "JS", "XJ", "GD"),
    # count changes
    units_rate("RL", "RL_ch", "gRL"),
    units_from("RL", "RL_ch", "RL23"),
    units_from("RES", "RES_ch", "RES20"),
    units_rate("SEC", "SEC_ch", "gSEC"),
    units_from("SEC", "SEC_ch", "SEC20"),
    # restatements
    again("gW", "gW_q"),
    again("gYR", "gYR_q"),
    again("U", "U_q"),
    again("gE", "gE_q"),
    again("gE", "gE_r"),
    again("PG", "PG_r"),
    again("W", "W_r"),
    again("P", "P_r"),
    again("U", "U_r2"),
    again("RES", "RES_r"),
    again("YZ", "YZ_r"),
    again("gU", "gU_r"),
    again("A_sh", "A_sh_q"),
]
PLANTED = [
    ("sum", "HA_SW", ["HA", "HA_GW"]),
    ("acceleration", "E_acc", ["gE_r", "gE23"]),
]
