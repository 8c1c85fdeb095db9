TEXT = """
NEA press conference on renewable power development in H1 2025

Beijing | 10 a.m. July 31, 2025

The National Energy Administration (NEA) held a press conference Thursday in Beijing on the installed capacity, generation, utilization and investment of renewable power in the first half of 2025, and on charging infrastructure and energy storage.

Speakers

Zhou Ruhai, deputy administrator of the National Energy Administration (NEA)

Kang Lixia, director general of the Department of New and Renewable Energy of the NEA

Bai Shouyi, director general of the Department of Electric Power of the NEA

Chairperson

Zhang Xinying, deputy director general of the Department of General Affairs of the NEA and spokesperson of the NEA

Read in Chinese

Speakers:

Mr. Zhou Ruhai, deputy administrator of the National Energy Administration (NEA)

Ms. Kang Lixia, director general of the Department of New and Renewable Energy of the NEA

Mr. Bai Shouyi, director general of the Department of Electric Power of the NEA

Chairperson:

Ms. Zhang Xinying, deputy director general of the Department of General Affairs of the NEA and spokesperson of the NEA

Date:

July 31, 2025


Zhang Xinying:

Good morning, everyone. Welcome to the press conference of the National Energy Administration. Summer is the season when the grid is tested hardest, so it is a good moment to look at what the first half of the year has built. Deputy Administrator Zhou Ruhai will begin, and Ms. Kang Lixia and Mr. Bai Shouyi are here to answer your questions.

Deputy Administrator Zhou, please.

Zhou Ruhai:

Thank you, Ms. Zhang. Good morning. The wind does not read our plans, and the sun does not sign contracts. What we can do is build enough, and build it in the right places, so that whatever the weather brings, the lights stay on.

By the end of June, China's installed renewable power capacity reached {2.159|kilowatts|RE} billion kilowatts, up {30.7|p|RE_gr}% year on year. It made up {59.2|p|RE_sh}% of the country's total installed capacity of {3.65|kilowatts|ALL} billion kilowatts, which grew {18.7|p|ALL_gr}%.

In the first half, {268.81|kilowatts|NEW} million kilowatts of new renewable capacity were connected to the grid, {91.7|p|NEW_sh}% of all new capacity, which came to {293.1|kilowatts|NEWALL} million kilowatts.

Renewable power plants generated {1.75|kilowatt-hours|GEN} trillion kilowatt-hours, up {15.1|p|GEN_gr}%, or {38.6|p|GEN_sh}% of all the electricity generated in the country.

Thank you.

Zhang Xinying:

Thank you, Deputy Administrator Zhou. Questions are welcome now. Please name your news organization first.

_ueditor_page_break_tag_

Xinhua News Agency:

How does the capacity break down by source? Thank you.

Kang Lixia:

In engineering terms, four sources. Solar capacity stood at {1,100.4|kilowatts|SO} million kilowatts, up {54.2|p|SO_gr}%, which is {51.0|p|SO_sh}% of renewable capacity and {30.1|p|SO_sha}% of all capacity. Wind capacity was {572.9|kilowatts|WI} million kilowatts, up {22.7|p|WI_gr}%, which is {8.0|pp|WI_gap} percentage points slower than renewables as a whole.

Conventional and pumped hydropower together were {439.1|kilowatts|HY} million kilowatts, up {3.0|p|HY_gr}%, and biomass {46.6|kilowatts|BI} million kilowatts, up {4.1|p|BI_gr}%.

Wind and solar on their own came to {1.673|kilowatts|WS} billion kilowatts, {45.8|p|WS_sh}% of the total.

Over the twelve months to June, the renewable fleet grew by about {507|kilowatts|RE_ch} million kilowatts.

Compared with a year earlier, renewables' share of capacity is {5.4|pp|RE_shch} percentage points higher. Put differently, they added {16.5|pp|RE_c} percentage points to the growth of total capacity, and the remaining sources added only a little over two.

_ueditor_page_break_tag_

CCTV:

Solar additions look enormous. Is this a one-off? Thank you.

Kang Lixia:

Partly, and I will be precise about which part. Solar additions were {212.21|kilowatts|SNEW} million kilowatts, {109.73|kilowatts|SNEW_ch} million more than the {102.48|kilowatts|SNEW_prev} million of the first half of 2024. They were {78.9|p|SNEW_sh}% of new renewable capacity.

The first quarter added {59.71|kilowatts|SQ1} million kilowatts and the second {152.50|kilowatts|SQ2} million. In the second quarter, April gave {45.22|kilowatts|SAPR} million kilowatts, May {92.92|kilowatts|SMAY} million and June {14.36|kilowatts|SJUN} million.

That is an average of {50.83|kilowatts|SQ2_avg} million kilowatts a month in the second quarter. May was the peak, because projects rushed to connect before the new pricing rules took effect on June 1. June shows the other side of that rush.

Wind additions were {51.39|kilowatts|WNEW} million kilowatts, {25.55|kilowatts|WNEW_ch} million more, up {98.9|p|WNEW_gr}%. Hydropower added {4.60|kilowatts|HNEW} million kilowatts and biomass {0.61|kilowatts|BNEW} million.

_ueditor_page_break_tag_

China Electric Power News:

How many projects are behind the wind figure? Thank you.

Kang Lixia:

The {51.39|kilowatts|WNEW_r} million kilowatts came from {1,214|projects|WPRJ} projects, about {42,300|kilowatts|WPRJ_avg} kilowatts each. Offshore wind is growing again after two quiet years.

_ueditor_page_break_tag_

Economic Daily:

Capacity is one thing. How much power did it produce? Thank you.

Bai Shouyi:

I always say a kilowatt built is not a kilowatt-hour delivered. So here are the kilowatt-hours. Wind farms generated {600.8|kilowatt-hours|WGEN} billion kilowatt-hours, up {16.1|p|WGEN_gr}%, or {83.3|kilowatt-hours|WGEN_ch} billion more.

Solar plants generated {522.5|kilowatt-hours|SGEN} billion kilowatt-hours, up {42.8|p|SGEN_gr}%, about {157|kilowatt-hours|SGEN_ch} billion kilowatt-hours more. That growth is {26.7|pp|SGEN_gap} percentage points faster than wind's.

Hydropower generated {526.4|kilowatt-hours|HGEN} billion kilowatt-hours, down {2.9|p|HGEN_gr}%, because the spring was dry in the southwest. It was {30.1|p|HGEN_sh}% of renewable generation. Biomass generated {101.3|kilowatt-hours|BGEN} billion kilowatt-hours, up {5.8|p|BGEN_gr}%.

Wind and solar together produced {1.12|kilowatt-hours|WSGEN} trillion kilowatt-hours, {24.8|p|WSGEN_sh}% of the country's generation, and grew {27.2|p|WSGEN_gr}%. They lifted total generation by {5.3|pp|WSGEN_c} percentage points on their own, while hydropower pulled it down by {0.3|pp|HGEN_c} percentage point.

_ueditor_page_break_tag_

Bloomberg:

Total generation grew slowly. Does that mean coal is shrinking? Thank you.

Bai Shouyi:

It means coal did less of the work. Generation in the country came to {4.54|kilowatt-hours|TG} trillion kilowatt-hours, up {0.8|p|TG_gr}%.

Out of the {4.54|kilowatt-hours|TG_r} trillion, everything else, meaning coal and gas plants and nuclear, generated {2.79|kilowatt-hours|TH} trillion kilowatt-hours, and that part fell {6.5|p|TH_gr}%.

Renewables made about {230|kilowatt-hours|GEN_ch} billion kilowatt-hours more than a year earlier. Their share of generation rose {4.8|pp|GEN_shch} percentage points, and they contributed {5.1|pp|GEN_c} percentage points to the growth of generation, more than the total grew.

In the first quarter renewable generation had grown {12.3|p|GEN_gr_q1}%; for the half it was {4.8|pp|GEN_acc} percentage points faster.

_ueditor_page_break_tag_

People's Daily:

Curtailment worries investors. What were the utilization rates? Thank you.

Bai Shouyi:

Frankly, the rates are lower than last year, and we say so. The utilization rate of wind power was {93.2|p|WU}%, against {96.1|p|WU_prev}% a year earlier, a drop of {2.9|pp|WU_ch} percentage points. Solar reached {94.5|p|SU}%, {1.3|pp|SU_gap} percentage points above wind.

Wind farms ran {1,077|hours|WH} hours on average, {77|hours|WH_ch} hours fewer than the {1,154|hours|WH_prev} hours of the first half of 2024. Solar plants ran {538|hours|SH} hours, {40|hours|SH_ch} fewer than the {578|hours|SH_prev} hours of a year before.

When capacity grows by half in a year, the grid needs time to catch up. Most of the curtailment is in the northwest.

_ueditor_page_break_tag_

Caixin:

Is money still flowing into renewables? Thank you.

Zhou Ruhai:

It is. Investment in renewable power projects came to {401.6|y|INV} billion yuan, up {11.7|p|INV_gr}%, roughly {42|y|INV_ch} billion yuan more. Solar took {185.3|y|SINV} billion yuan, {46.1|p|SINV_sh}% of it, wind {132.9|y|WINV} billion yuan and hydropower {83.4|y|HINV} billion yuan.

Money is like water: it goes where the channel has been dug. We are digging the channels, the grid lines and the market rules.

_ueditor_page_break_tag_

China Daily:

Electric vehicle owners want more chargers. How many are there? Thank you.

Kang Lixia:

By the end of June, the country had {16.10|charging facilities|CHG} million charging facilities, up {99.0|p|CHG_gr}%, or {8.01|charging facilities|CHG_ch} million more than a year earlier. That growth rate is {11.6|pp|CHG_acc} percentage points higher than at the end of March, when it stood at {87.4|p|CHG_gr_q1}%. Public chargers were {4.10|charging facilities|PUB} million, {25.5|p|PUB_sh}% of the total, and private ones {13.00|charging facilities|PRV} million.

In the first half alone {3.28|charging facilities|CHG_new} million were added. Every county now has at least one public station, and more than {16|charging facilities|CHG_r} million chargers is a network, not a pilot.

_ueditor_page_break_tag_

Science and Technology Daily:

What about storage? Thank you.

Kang Lixia:

Pumped storage capacity reached {60.34|kilowatts|PS} million kilowatts. New-type energy storage, mostly lithium batteries, reached {94.91|kilowatts|NS} million kilowatts, {49.71|kilowatts|NS_ch} million more, up {110.0|p|NS_gr}%. Together that is {155.25|kilowatts|STO} million kilowatts of storage.

New-type storage is now {61.1|p|NS_sh}% of the total. Three years ago it was a small part. The batteries charge at noon, when solar is plentiful, and discharge in the evening peak.

_ueditor_page_break_tag_

Reuters:

What does all this mean for emissions? Thank you.

Zhou Ruhai:

The renewable power of the half year saved about {530|tonnes|COAL} million tonnes of standard coal and avoided about {1.41|tonnes|CO2} billion tonnes of carbon dioxide. Those are estimates, and we publish the method.

Let me give the big picture once more. Capacity of more than {2.1|kilowatts|RE_r} billion kilowatts, nearly {60|p|RE_sh_r}% of the total, growing {30.7|p|RE_gr_r}% in a year. Generation of {1.75|kilowatt-hours|GEN_r} trillion kilowatt-hours, up {15.1|p|GEN_gr_r}%. Solar capacity of about {1.1|kilowatts|SO_r} billion kilowatts. And {268.81|kilowatts|NEW_r} million kilowatts added in six months, more than the whole power system of many countries.

Zhang Xinying:

Thank you, Deputy Administrator Zhou, Ms. Kang and Mr. Bai, and thank you all. This concludes today's press conference.

Translated and edited by Zhao Minghui, Sun Yiting and Laura Pemberton. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Zhang Xinying

/4\u00a0\u00a0\u00a0\u00a0Zhou Ruhai

/4\u00a0\u00a0\u00a0\u00a0Kang Lixia

/4\u00a0\u00a0\u00a0\u00a0Bai Shouyi
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
def shch(c, s, pg, wg): return ("share-change", [(c, "change"), (s, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def contrib(c, s, pg, wg): return ("contribution", [(c, "contribution"), (s, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def absch(c, lvl, g): return ("absolute-change", [(c, "change"), (lvl, "level"), (g, "growth")])
def avg_tc(a, t, n): return ("average", [(a, "average"), (t, "total"), (n, "count")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def cc_p(n, ch, p): return ("count-change", [(n, "count"), (ch, "change"), (p, "previous")])

RELATIONS = [
    total("RE", "SO", "WI", "HY", "BI"),
    total("WS", "SO", "WI"),
    total("NEW", "SNEW", "WNEW", "HNEW", "BNEW"),
    total("SNEW", "SQ1", "SQ2"),
    total("SQ2", "SAPR", "SMAY", "SJUN"),
    total("GEN", "WGEN", "SGEN", "HGEN", "BGEN"),
    total("WSGEN", "WGEN", "SGEN"),
    total("TG", "GEN", "TH"),
    total("INV", "SINV", "WINV", "HINV"),
    total("STO", "PS", "NS"),
    share("RE_sh", "RE", "ALL"),
    share("SO_sh", "SO", "RE"),
    share("SO_sha", "SO", "ALL"),
    share("WS_sh", "WS", "ALL"),
    share("NEW_sh", "NEW", "NEWALL"),
    share("SNEW_sh", "SNEW", "NEW"),
    share("GEN_sh", "GEN", "TG"),
    share("WSGEN_sh", "WSGEN", "TG"),
    share("SINV_sh", "SINV", "INV"),
    share("PUB_sh", "PUB", "CHG"),
    share("NS_sh", "NS", "STO"),
    gap("SU_gap", "SU", "WU"),
    same("RE", "RE_r"),
    same("RE_gr", "RE_gr_r"),
    same("CHG", "CHG_r"),
    same("TG", "TG_r"),
    gap("WI_gap", "WI_gr", "RE_gr"),
    gap("SGEN_gap", "SGEN_gr", "WGEN_gr"),
    share("HGEN_sh", "HGEN", "GEN"),
    accel("CHG_acc", "CHG_gr", "CHG_gr_q1"),
    absch("RE_ch", "RE", "RE_gr"),
    absch("WGEN_ch", "WGEN", "WGEN_gr"),
    same("RE_sh", "RE_sh_r"),
    same("GEN", "GEN_r"),
    same("GEN_gr", "GEN_gr_r"),
    same("SO", "SO_r"),
    same("NEW", "NEW_r"),
    same("WNEW", "WNEW_r"),
    growth("RE_gr", "SO", "SO_gr", "WI", "WI_gr", "HY", "HY_gr", "BI", "BI_gr"),
    growth("GEN_gr", "WGEN", "WGEN_gr", "SGEN", "SGEN_gr", "HGEN", "HGEN_gr", "BGEN", "BGEN_gr"),
    growth("WSGEN_gr", "WGEN", "WGEN_gr", "SGEN", "SGEN_gr"),
    growth("TG_gr", "GEN", "GEN_gr", "TH", "TH_gr"),
    shch("RE_shch", "RE_sh", "RE_gr", "ALL_gr"),
    shch("GEN_shch", "GEN_sh", "GEN_gr", "TG_gr"),
    accel("WU_ch", "WU", "WU_prev"),
    contrib("RE_c", "RE_sh", "RE_gr", "ALL_gr"),
    contrib("GEN_c", "GEN_sh", "GEN_gr", "TG_gr"),
    contrib("WSGEN_c", "WSGEN_sh", "WSGEN_gr", "TG_gr"),
    ("contribution", [("HGEN_c", "contribution"), ("HGEN", "part"), ("TG", "whole"), ("HGEN_gr", "part-growth"), ("TG_gr", "whole-growth")]),
    absch("GEN_ch", "GEN", "GEN_gr"),
    absch("SGEN_ch", "SGEN", "SGEN_gr"),
    absch("INV_ch", "INV", "INV_gr"),
    avg_items("SQ2_avg", "SAPR", "SMAY", "SJUN"),
    avg_tc("WPRJ_avg", "WNEW_r", "WPRJ"),
    cc_p("SNEW", "SNEW_ch", "SNEW_prev"),
    cc_g("WNEW", "WNEW_ch", "WNEW_gr"),
    cc_g("CHG", "CHG_ch", "CHG_gr"),
    cc_g("NS", "NS_ch", "NS_gr"),
    cc_p("WH", "WH_ch", "WH_prev"),
    cc_p("SH", "SH_ch", "SH_prev"),
]
PLANTED = [
    ("sum", "PRV", ["CHG", "PUB"]),
    ("acceleration", "GEN_acc", ["GEN_gr", "GEN_gr_q1"]),
]
