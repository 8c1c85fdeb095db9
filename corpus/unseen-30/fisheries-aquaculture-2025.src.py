TEXT = """
Press conference on fisheries and aquaculture in 2025

Beijing | 10 a.m. January 22, 2026

The Ministry of Agriculture and Rural Affairs (MARA) held a press conference on Thursday in Beijing, at which its Bureau of Fisheries reported on aquatic output, fishermen's income, the fishing fleet, resource conservation and aquatic trade in 2025.

Speakers

Lu Haichao, director general of the Bureau of Fisheries of the Ministry of Agriculture and Rural Affairs (MARA)

Tang Xiuyun, deputy director general of the Bureau of Fisheries of MARA

Ke Mingyuan, director of the Division of Fishery Resources and Environmental Protection of the Bureau of Fisheries of MARA

Chairperson

Wei Shuning, deputy director general of the General Office of MARA and spokesperson of MARA

Read in Chinese

Speakers:

Mr. Lu Haichao, director general of the Bureau of Fisheries of the Ministry of Agriculture and Rural Affairs (MARA)

Ms. Tang Xiuyun, deputy director general of the Bureau of Fisheries of MARA

Mr. Ke Mingyuan, director of the Division of Fishery Resources and Environmental Protection of the Bureau of Fisheries of MARA

Chairperson:

Ms. Wei Shuning, deputy director general of the General Office of MARA and spokesperson of MARA

Date:

January 22, 2026


Wei Shuning:

Good morning, friends from the press. Today's briefing is about the water: what we farmed in it, what we caught in it and what we put back. Director General Lu Haichao will give an overview of fisheries in 2025, and then he, Deputy Director General Tang Xiuyun and Mr. Ke Mingyuan will take your questions.

Director General Lu, please.

Lu Haichao:

Thank you. A fisherman reads the sky before he reads the price board. Last year both were kind to him.

Aquatic output reached {74.20|tonnes|T} million tonnes, {2.7|p|gT}% more than in 2024. Farms supplied {60.35|tonnes|A} million tonnes of it and the wild catch {13.85|tonnes|C} million tonnes.

The output value of fisheries came to {1.63|y|V} trillion yuan, up {4.6|p|gV}%.

Fishermen earned {25,860|y|INC} yuan per person, a rise of {5.7|p|gINC}%.

We released {46.8|fry|FRY} billion fry of fish, shrimp and shellfish into rivers, lakes and coastal waters, and approved {20|marine ranches|RCH_ch} new national demonstration marine ranches, which brings them to {189|marine ranches|RCH}.

Aquatic exports were worth {20.46|usd|EX} billion US dollars and imports {24.83|usd|IM} billion US dollars.

The fleet keeps shrinking on purpose. At the end of the year, {496,800|vessels|VES} fishing vessels were on the register.

The net comes up fuller when you leave the small fish in the water. That was the lesson of the year.

Wei Shuning:

Thank you, Director General Lu. The floor is open. Please say which outlet you are from.

_ueditor_page_break_tag_

Xinhua News Agency:

Output grew {2.7|p|gT_q}% last year. Did the fish farms do all of the work? Thank you.

Tang Xiuyun:

Very nearly all of it. Let me put the figures in order.

Aquaculture output was {60.35|tonnes|A_r} million tonnes, up {3.6|p|gA}%. It is now {81.3|p|A_sh}% of everything we produce, a share {0.7|pp|A_shch} percentage point larger than a year earlier. Farming grew {0.9|pp|A_gap} percentage point faster than output as a whole and supplied {2.9|pp|A_c} percentage points of the growth.

In tonnes, farmed output rose by about {2.1|tonnes|A_rise} million.

Capture output was {13.85|tonnes|C_r} million tonnes, down {0.8|p|gC}%, because the catch quotas were tightened. Its weight slipped to {18.7|p|C_sh}%, which is {0.7|pp|C_shch} percentage point lower. The wild catch ran {3.5|pp|C_gap} percentage points behind the total and took {0.15|pp|C_c} percentage point off its growth.

That means {112,000|tonnes|C_fall} tonnes less fish from the wild, set against about {2.0|tonnes|T_rise} million tonnes more in all.

_ueditor_page_break_tag_

CCTV:

What kinds of farmed products grew the fastest? Thank you.

Tang Xiuyun:

Fish are still half of the farm. Farmed fish came to {30.48|tonnes|FISH} million tonnes, {50.5|p|FISH_sh}% of aquaculture output.

Shellfish were {16.92|tonnes|SHELL} million tonnes, or {28.0|p|SHELL_sh}%. They grew {3.1|p|gSH}%, which is {0.5|pp|SH_gap} percentage point behind farming as a whole.

Crustaceans, mostly shrimp and crayfish, grew fastest. Farms produced {7.86|tonnes|CRU} million tonnes, up {8.4|p|gCRU}%, {4.8|pp|CRU_gap} percentage points ahead of aquaculture.

They made up {13.0|p|CRU_sh}% of farmed output and added {1.0|pp|CRU_c} percentage point to its growth. That is about {610,000|tonnes|CRU_rise} tonnes more crustaceans than in 2024.

The rest, {5.09|tonnes|REST} million tonnes, was {2.95|tonnes|ALG} million tonnes of seaweed and other algae and {2.14|tonnes|OTH} million tonnes of sea cucumbers, turtles, frogs and the like.

Lu Haichao:

If I may add one thing. A rice paddy with crayfish in it earns twice what a paddy with only rice earns. Farmers in Hubei and Anhui have worked that out for themselves.

_ueditor_page_break_tag_

Farmers' Daily:

How much of the output comes from the sea, and how much from fresh water? Thank you.

Tang Xiuyun:

The sea gave us {39.75|tonnes|MR} million tonnes, {53.6|p|MR_sh}% of the total: {26.95|tonnes|MRA} million tonnes were farmed along the coast and {12.80|tonnes|MRC} million tonnes were caught.

Fresh water gave {34.45|tonnes|FW} million tonnes. Of that, {33.40|tonnes|FWA} million tonnes came from ponds, reservoirs and paddies and only {1.05|tonnes|FWC} million tonnes from the catch in rivers and lakes. The catch is small because of the 10-year fishing ban on the Yangtze River, now in its fifth year.

Distant-water fleets landed {2.36|tonnes|DW} million tonnes, {18.4|p|DW_sh}% of the marine catch.

_ueditor_page_break_tag_

Economic Daily:

Which provinces produce the most aquatic products? Thank you.

Lu Haichao:

Guangdong, by a nose. It produced {9.14|tonnes|GD} million tonnes, {12.3|p|GD_sh}% of the national total, up {4.2|p|gGD}%, or about {370,000|tonnes|GD_rise} tonnes more than in 2024.

Shandong came next with {8.96|tonnes|SD} million tonnes, {12.1|p|SD_sh}%, and Fujian with {8.87|tonnes|FJ} million tonnes, or {13.9|p|FJ_sh}%.

Zhejiang produced {6.42|tonnes|ZJ} million tonnes and Jiangsu {4.91|tonnes|JS} million.

These five coastal provinces together produced {38.30|tonnes|P5} million tonnes. A little over half of the country's fish, {51.6|p|P5_sh}% to be exact, comes from those five coastlines.

_ueditor_page_break_tag_

People's Daily:

Per capita disposable income of rural residents rose {6.3|p|RUR_q}% last year. Did fishermen keep up? Thank you.

Lu Haichao:

Almost. The per capita income of fishermen reached {25,860|y|INC_r} yuan, about {1,390|y|INC_rise} yuan more than the year before, an increase of {5.7|p|gINC_r}%. That is {0.6|pp|INC_gap} percentage point short of rural residents as a whole.

A boat is a hard living. A fisherman aged 50 to 60 who gives up his boat needs a second trade on land, and we are helping him find one.

_ueditor_page_break_tag_

China Daily:

How many fishing vessels were taken out of service? Thank you.

Ke Mingyuan:

Fewer boats, more fish. That is the bargain.

At the end of 2025 there were {496,800|vessels|VES_r} fishing vessels, {7,350|vessels|VES_ch} fewer than a year earlier, a decline of {1.5|p|VES_g}%.

In the year we bought back and scrapped {3,120|vessels|RET} marine fishing vessels. The central budget paid {4.68|y|BUY} billion yuan for them, an average of {1.8|y|BUY_avg} million yuan per vessel.

The retired boats had fished for {23|years|AGE} years on average. Old hulls, old engines. They burned diesel and caught juveniles.

_ueditor_page_break_tag_

CGTN:

How strict was the summer fishing moratorium, and what was done to restock? Thank you.

Ke Mingyuan:

Strict. The moratorium ran from May 1 to September 16 in the Bohai Sea and the Yellow Sea and from May 1 to August 16 in the South China Sea. Boats in port, fish in the water.

During the moratorium {101,900|vessels|MOR} vessels stayed tied up, {20.5|p|MOR_sh}% of all registered fishing vessels. Patrol ships checked every harbour. No exceptions.

We also put fish back. The {46.8|fry|FRY_r} billion fry released were {5.2|p|gFRY}% more than in 2024, or {2.3|fry|FRY_rise} billion more fry.

The national demonstration marine ranches now number {189|marine ranches|RCH_r}, up from {169|marine ranches|RCH_prev}, an increase of {11.8|p|RCH_g}%.

_ueditor_page_break_tag_

Global Times:

Aquatic imports again exceeded exports. Why? Thank you.

Tang Xiuyun:

Imports grew faster. Exports were {20.46|usd|EX_r} billion US dollars, up {2.1|p|gEX}%, and imports {24.83|usd|IM_r} billion US dollars, up {3.4|p|gIM}%, which is {1.3|pp|TR_gap} percentage points faster.

The deficit in aquatic trade was {4.37|usd|DEF} billion US dollars. Trade in both directions reached {45.29|usd|TR} billion US dollars, up {2.8|p|gTR}%.

By weight, we exported {3.72|tonnes|EXt} million tonnes and imported {6.15|tonnes|IMt} million tonnes. Exported tonnage rose by {90,000|tonnes|EXt_ch} tonnes, or {2.5|p|gEXt}%.

A tonne of exports fetched about {5,500|usd|EX_pt} US dollars, a tonne of imports about {4,040|usd|IM_pt} US dollars. We sell processed fillets and buy whole frozen fish.

_ueditor_page_break_tag_

Economic Information Daily:

How did output move through the year, and what was it worth? Thank you.

Tang Xiuyun:

Quarter by quarter, output was {12.86|tonnes|Q1} million, {17.42|tonnes|Q2} million, {22.95|tonnes|Q3} million and {20.97|tonnes|Q4} million tonnes.

Growth was {2.0|p|Q1g}% in the first quarter and {2.6|p|Q2g}% in the second, {0.6|pp|Q2acc} percentage point faster.

In the third quarter, when the moratorium ended, it rose to {3.3|p|Q3g}%, a pick-up of {0.7|pp|Q3acc} percentage point.

Month by month, July grew {3.0|p|JUL}%, August {3.7|p|AUG}% and September {3.2|p|SEP}%, an average of {3.3|p|M_avg}%.

The fourth quarter eased to {2.7|p|Q4g}%, {0.6|pp|Q4acc} percentage point below the third.

In value terms, output reached {1,630.4|y|V_r} billion yuan. Aquaculture brought in {1,312.6|y|VA} billion yuan, up {5.3|p|gVA}%, which is {80.5|p|VA_sh}% of the value, and capture {317.8|y|VC} billion yuan, up {1.9|p|gVC}%.

Farming added {4.2|pp|VA_c} percentage points to the growth of value. The value rose by about {72|y|V_rise} billion yuan.

Fish farms used {7.12|hectares|AREA} million hectares of water and land, so each hectare yielded about {8.5|tonnes|HA_avg} tonnes.

_ueditor_page_break_tag_

Hong Kong Commercial Daily:

What are the priorities for 2026? Thank you.

Lu Haichao:

Keep the water clean and the boats honest. Last year we took more than {74|tonnes|T_r2} million tonnes from the water, fishermen earned more than {25,000|y|INC_r2} yuan each, and close to {500,000|vessels|VES_r2} vessels were still on the register. This year we will farm smarter, fish less and sell better.

The sea keeps its own books. If you take more than it gives, it tells you, sooner or later.

Wei Shuning:

Thank you, Director General Lu, Ms. Tang and Mr. Ke, and thank you all. This concludes today's press conference.

Translated and edited by Zhou Yiran, Liu Chang and Mark Henderson. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Wei Shuning

/4\u00a0\u00a0\u00a0\u00a0Lu Haichao

/4\u00a0\u00a0\u00a0\u00a0Tang Xiuyun

/4\u00a0\u00a0\u00a0\u00a0Ke Mingyuan
"""

# ---- relation builders for this set (ids refer to the inline marks in TEXT) ----
def total_of(total, *parts):
    return ("sum", [(total, "total")] + [(p, "part") for p in parts])
def slice_of(share, part, whole):
    return ("share", [(share, "share"), (part, "part"), (whole, "whole")])
def same_as(first, restated):
    return ("restatement", [(first, "first"), (restated, "restated")])
def spread(gap, rate, base):
    return ("gap", [(gap, "gap"), (rate, "rate"), (base, "base-rate")])
def pace_shift(change, later, earlier):
    return ("acceleration", [(change, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def joint_growth(total_growth, *pairs):
    out = [(total_growth, "total-growth")]
    for i in range(0, len(pairs), 2):
        out += [(pairs[i], "part"), (pairs[i + 1], "part-growth")]
    return ("growth", out)
def weight_shift(change, part, whole, pg, wg):
    return ("share-change", [(change, "change"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def weight_shift_pct(change, share, pg, wg):
    return ("share-change", [(change, "change"), (share, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def lift(c, part, whole, pg, wg):
    return ("contribution", [(c, "contribution"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def lift_pct(c, share, pg, wg):
    return ("contribution", [(c, "contribution"), (share, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def delta_rate(change, level, growth):
    return ("absolute-change", [(change, "change"), (level, "level"), (growth, "growth")])
def delta_prev(change, level, previous):
    return ("absolute-change", [(change, "change"), (level, "level"), (previous, "previous")])
def mean_items(avg, *items):
    return ("average", [(avg, "average")] + [(i, "item") for i in items])
def ratio_avg(avg, total, count):
    return ("average", [(avg, "average"), (total, "total"), (count, "count")])
def tally_rate(count, change, growth):
    return ("count-change", [(count, "count"), (change, "change"), (growth, "growth")])
def tally_prev(count, change, previous):
    return ("count-change", [(count, "count"), (change, "change"), (previous, "previous")])
RELATIONS = [
    # sums
    total_of("T", "A", "C"),
    total_of("T", "MR", "FW"),
    total_of("MR", "MRA", "MRC"),
    total_of("FW", "FWA", "FWC"),
    total_of("A_r", "FWA", "MRA"),
    total_of("A_r", "FISH", "SHELL", "CRU", "REST"),
    total_of("REST", "ALG", "OTH"),
    total_of("P5", "GD", "SD", "FJ", "ZJ", "JS"),
    total_of("V_r", "VA", "VC"),
    total_of("TR", "EX_r", "IM_r"),
    total_of("IM_r", "EX_r", "DEF"),
    total_of("T", "Q1", "Q2", "Q3", "Q4"),
    # shares
    slice_of("A_sh", "A_r", "T"),
    slice_of("C_sh", "C_r", "T"),
    slice_of("FISH_sh", "FISH", "A_r"),
    slice_of("SHELL_sh", "SHELL", "A_r"),
    slice_of("CRU_sh", "CRU", "A_r"),
    slice_of("MR_sh", "MR", "T"),
    slice_of("DW_sh", "DW", "MRC"),
    slice_of("GD_sh", "GD", "T"),
    slice_of("P5_sh", "P5", "T"),
    slice_of("VA_sh", "VA", "V_r"),
    slice_of("MOR_sh", "MOR", "VES_r"),
    # gaps
    spread("A_gap", "gA", "gT"),
    spread("C_gap", "gC", "gT"),
    spread("SH_gap", "gSH", "gA"),
    spread("CRU_gap", "gCRU", "gA"),
    spread("INC_gap", "gINC_r", "RUR_q"),
    spread("TR_gap", "gIM", "gEX"),
    # growth of totals
    joint_growth("gT", "A_r", "gA", "C_r", "gC"),
    joint_growth("gV", "VA", "gVA", "VC", "gVC"),
    joint_growth("gTR", "EX_r", "gEX", "IM_r", "gIM"),
    joint_growth("gT_q", "Q1", "Q1g", "Q2", "Q2g", "Q3", "Q3g", "Q4", "Q4g"),
    # share changes
    weight_shift_pct("A_shch", "A_sh", "gA", "gT"),
    weight_shift("C_shch", "C_r", "T", "gC", "gT"),
    # accelerations
    pace_shift("Q2acc", "Q2g", "Q1g"),
    pace_shift("Q3acc", "Q3g", "Q2g"),
    pace_shift("Q4acc", "Q4g", "Q3g"),
    # contributions
    lift_pct("A_c", "A_sh", "gA", "gT"),
    lift("C_c", "C_r", "T", "gC", "gT"),
    lift("CRU_c", "CRU", "A_r", "gCRU", "gA"),
    lift("VA_c", "VA", "V_r", "gVA", "gV"),
    # absolute changes
    delta_rate("A_rise", "A_r", "gA"),
    delta_rate("C_fall", "C_r", "gC"),
    delta_rate("T_rise", "T", "gT"),
    delta_rate("CRU_rise", "CRU", "gCRU"),
    delta_rate("GD_rise", "GD", "gGD"),
    delta_rate("INC_rise", "INC_r", "gINC_r"),
    delta_rate("V_rise", "V_r", "gV"),
    # averages
    ratio_avg("EX_pt", "EX_r", "EXt"),
    ratio_avg("IM_pt", "IM_r", "IMt"),
    ratio_avg("HA_avg", "A_r", "AREA"),
    mean_items("M_avg", "JUL", "AUG", "SEP"),
    # count changes
    tally_rate("VES_r", "VES_ch", "VES_g"),
    tally_prev("RCH_r", "RCH_ch", "RCH_prev"),
    tally_rate("EXt", "EXt_ch", "gEXt"),
    tally_rate("FRY_r", "FRY_rise", "gFRY"),
    # restatements
    same_as("gT", "gT_q"),
    same_as("A", "A_r"),
    same_as("C", "C_r"),
    same_as("V", "V_r"),
    same_as("INC", "INC_r"),
    same_as("gINC", "gINC_r"),
    same_as("VES", "VES_r"),
    same_as("FRY", "FRY_r"),
    same_as("EX", "EX_r"),
    same_as("IM", "IM_r"),
    same_as("T", "T_r2"),
    same_as("INC", "INC_r2"),
    same_as("VES", "VES_r2"),
]
PLANTED = [
    ("share", "FJ_sh", ["FJ", "T"]),
    ("average", "BUY_avg", ["BUY", "RET"]),
]
