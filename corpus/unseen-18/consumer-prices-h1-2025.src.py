TEXT = """
NBS press conference on consumer and producer prices in H1 2025

Beijing | 3 p.m. July 10, 2025

The National Bureau of Statistics (NBS) held a press conference Thursday in Beijing on the movement of consumer prices and industrial producer prices in June and in the first half of 2025.

Speakers

Qiao Mingyuan, deputy commissioner of the National Bureau of Statistics (NBS)

Duan Lixue, chief statistician of the Department of Urban Surveys of the NBS

Tian Haoran, deputy director general of the Department of Urban Surveys of the NBS

Chairperson

Lu Xiaoting, director general of the Department of Statistical Information and Public Communication of the NBS and spokesperson of the NBS

Read in Chinese

Speakers:

Mr. Qiao Mingyuan, deputy commissioner of the National Bureau of Statistics (NBS)

Ms. Duan Lixue, chief statistician of the Department of Urban Surveys of the NBS

Mr. Tian Haoran, deputy director general of the Department of Urban Surveys of the NBS

Chairperson:

Ms. Lu Xiaoting, director general of the Department of Statistical Information and Public Communication of the NBS and spokesperson of the NBS

Date:

July 10, 2025


Lu Xiaoting:

Good afternoon, friends from the media. Welcome to this press conference of the National Bureau of Statistics. Today we have invited Mr. Qiao Mingyuan, deputy commissioner of the NBS, to introduce the movement of prices in June and in the first half of the year. With him are Ms. Duan Lixue and Mr. Tian Haoran of the Department of Urban Surveys, which compiles both price indexes.

Mr. Qiao, please.

Qiao Mingyuan:

Thank you, Ms. Lu. Good afternoon. Let me put the half year in perspective before my colleagues take you inside the figures. On the consumer side prices have stopped falling; on the factory side they are still falling. The two facts have to be read together.

In June, the consumer price index (CPI) rose {0.1|p|CPI}% year on year, turning positive after four months of small declines. Core CPI, which leaves out food and energy, rose {0.7|p|CORE}%, the highest in 14 months.

For the first half as a whole, consumer prices were down {0.1|p|CPI_h1}% from a year earlier, while core CPI was up {0.4|p|CORE_h1}%, {0.5|pp|CORE_gap} percentage point above the headline.

On the producer side, the producer price index (PPI) for industrial products fell {3.6|p|PPI}% year on year in June, and was down {2.8|p|PPI_h1}% in the first half. Purchaser prices for industrial producers fell {4.3|p|PIR}% in June, and were down {3.0|p|PIR_h1}% in the first half, {0.2|pp|PIR_gap_h1} percentage point more than ex-factory prices.

Cheap global commodities, the seasonal lull in some domestic industries and the base of last year all weighed on the producer index. At the same time, the policies to expand domestic demand are feeding through to prices, and the prices of services and of some goods in the trade-in program are recovering. Thank you.

Lu Xiaoting:

Thank you, Mr. Qiao. The floor is now open. Please state your news organization before asking a question.

_ueditor_page_break_tag_

Xinhua News Agency:

The CPI rose {0.1|p|q_CPI}% in June. Is this the end of falling prices, and what drove the rise? Thank you.

Duan Lixue:

Thank you. I would call it a turn, not yet a trend. Let me take it apart. In May, when the CPI was down {0.1|p|CPI_may}% year on year, the reading was {0.2|pp|CPI_acc} percentage point lower than in June.

Month on month, the CPI fell {0.1|p|CPI_mm}% in June, a smaller drop than the season usually brings. Food led the monthly fall, with the usual summer slide in fresh produce.

Year on year, food prices fell {0.3|p|FOOD}%, which pulled the CPI down by about {0.06|pp|FOOD_c} percentage point. Non-food prices rose {0.2|p|NF}% and pushed it up by about {0.16|pp|NF_c} percentage point. The headline is what is left when the second is set against the first.

There is a second way to read it, through the calendar. Of June's year-on-year change, the carry-over effect of last year's price movements pulled the CPI down by about {0.2|pp|CARRY} percentage point, while the new price effect of this year added about {0.3|pp|NEW} percentage point.

By type, consumer goods prices fell {0.2|p|GOODS}% and services prices rose {0.5|p|SERV}%, so services ran {0.7|pp|SG_gap} percentage point ahead of goods. Core CPI, meanwhile, was {0.6|pp|CORE_CPI_gap} percentage point above the headline.

In cities prices rose {0.1|p|URB}%, while in the countryside they fell {0.2|p|RUR}%, a gap of {0.3|pp|UR_gap} percentage point.

_ueditor_page_break_tag_

CCTV:

Pork has been getting cheaper for months. How much is it weighing on the CPI, and what about vegetables and fruit? Thank you.

Tian Haoran:

Pork first, because everybody asks. In June pork prices fell {8.5|p|PORK}% year on year, against a fall of {3.1|p|PORK_may}% in May, so the decline widened by {5.4|pp|PORK_acc} percentage points. There are simply more hogs than the market wants, and farms are still selling them heavy.

Pork now carries a weight of roughly {1.3|p|PORK_w}% in the basket, so its fall pulled the CPI down by about {0.12|pp|PORK_c} percentage point. Ten years ago one pork cycle could move the whole index. Today it moves a corner of it.

Fresh vegetables fell {7.1|p|VEG}% and eggs were cheaper too, both on good supplies, while fresh fruit rose {1.9|p|FRUIT}%. Beef prices went up {0.9|p|BEEF}%, the first rise in more than two years, as the herd has been cut back.

Duan Lixue:

Let me add the weights, since they explain the arithmetic. Food carries about {19|p|FOOD_w}% of the basket and non-food items the other {81|p|NF_w}%. So a small fall in food weighs less than a small rise in everything else.

_ueditor_page_break_tag_

Economic Daily:

For the first half the CPI was down {0.1|p|q_CPI_h1}%. Which items held it down? Thank you.

Duan Lixue:

Food and energy. In the first half, food prices fell {1.2|p|FOOD_h1}% and took about {0.23|pp|FOOD_h1_c} percentage point off the CPI. Non-food prices rose {0.2|p|NF_h1}%, adding about {0.16|pp|NF_h1_c} percentage point.

Energy prices fell {4.9|p|EN}% year on year in June, though that was {1.2|pp|EN_acc} percentage points narrower than the decline of {6.1|p|EN_may}% in May. Gasoline and diesel were cheaper than a year ago after several price cuts at the pump.

Core inflation tells another story. Core CPI has climbed from {0.6|p|CORE_may}% in May to {0.7|p|CORE_r}% in June, up {0.1|pp|CORE_acc} percentage point. Industrial consumer goods other than energy rose {0.5|p|ICG}%. Part of that is gold: gold jewelry, at around {1,000|y|GOLD} yuan a gram, was up {39.2|p|GOLD_gr}% on a year ago, or about {280|y|GOLD_ch} yuan a gram more.

_ueditor_page_break_tag_

China Daily:

Services prices are often read as a barometer of domestic demand. How did they move? Thank you.

Duan Lixue:

Services prices rose {0.5|p|SERV_r}% in June. Services make up about {40|p|SERV_w}% of the basket, so they added about {0.2|pp|SERV_c} percentage point to the CPI. Consumer goods, the other {60|p|GOODS_w}% or so, took about {0.12|pp|GOODS_c} percentage point off.

Within services, medical services rose {1.9|p|MED}%, {1.4|pp|MED_gap} percentage points faster than services as a whole, while rents for housing fell {0.3|p|RENT}%. Older people over 60 feel the medical figure most.

Qiao Mingyuan:

Behind services prices there is spending. In the first half, per capita consumption expenditure was {14,117|y|PCE} yuan, up {5.2|p|PCE_gr}%. Spending on services came to {6,516|y|PCS} yuan per person, up {6.4|p|PCS_gr}%, or about {390|y|PCS_ch} yuan more, and spending on goods {7,601|y|PCG} yuan. Services were {46.2|p|PCS_sh}% of consumption spending, {0.5|pp|PCS_shch} percentage point more than a year earlier. That shift is slow, but it is the direction we want.

Retail sales of consumer goods reached {24.55|y|RS} trillion yuan in the first half, up {5.0|p|RS_gr}%, or about {1.17|y|RS_ch} trillion yuan more than a year earlier. Retail sales of goods were {21.86|y|RSG} trillion yuan, up {5.1|p|RSG_gr}%, and catering revenue {2.69|y|RSC} trillion yuan, up {4.3|p|RSC_gr}%.

Online retail sales of physical goods reached {6.12|y|ON} trillion yuan, up {6.0|p|ON_gr}%, taking {24.9|p|ON_sh}% of the total, {0.2|pp|ON_shch} percentage point more than a year before.

_ueditor_page_break_tag_

Bloomberg:

The PPI was down {2.8|p|q_PPI_h1}% in the first half and the decline widened in June. What is behind it? Thank you.

Tian Haoran:

Three things: coal, steel and the season. In June the PPI fell {0.4|p|PPI_mm}% from May, and year on year the decline widened by {0.3|pp|PPI_acc} percentage point from a fall of {3.3|p|PPI_may}% in May.

The carry-over effect from last year accounted for about {0.6|pp|PPI_carry} percentage point of June's decline, and new price changes for about {3.0|pp|PPI_new} percentage points.

The quarterly picture is clearer. Ex-factory prices fell {2.7|p|PPI_apr}% in April, and the deeper declines of May and June brought the average decline of the second quarter to {3.2|p|PPI_q2}%, against {2.3|p|PPI_q1}% in the first quarter.

Coal is the story of this year. Coal mining and washing prices fell {20.4|p|COAL}%. At Qinhuangdao port, thermal coal averaged {618|y|COALP} yuan per tonne in June, {233|y|COALP_ch} yuan lower than a year earlier, down {27.4|p|COALP_gr}%.

Ferrous metal smelting and rolling fell {10.8|p|FER}%, with steel demand from construction weak. Oil and gas extraction fell {16.1|p|OIL}% as Brent crude averaged about {70|usd|BRENT} US dollars a barrel, about {12|usd|BRENT_ch} US dollars less than a year earlier, a fall of {14.6|p|BRENT_gr}%.

On the other side, non-ferrous metal smelting and rolling rose {5.9|p|NONF}%, up from {4.2|p|NONF_may}% in May, or {1.7|pp|NONF_acc} percentage points more, on the back of gold and copper.

Of the {40|sectors|SEC} major industrial sectors, prices fell year on year in {29|sectors|SEC_dn} and rose in {11|sectors|SEC_up}. That is {72.5|p|SEC_sh}% of the sectors in decline, and {3|sectors|SEC_ch} sectors more than in May, when there were {26|sectors|SEC_may}.

Duan Lixue:

By broad category, prices of means of production fell {4.4|p|MOP}%, pulling the PPI down by about {3.23|pp|MOP_c} percentage points, and prices of means of subsistence fell {1.4|p|MOS}%, pulling it down by about {0.37|pp|MOS_c} percentage point. The gap between the two was {3.0|pp|MOS_gap} percentage points, and the further up the chain, the sharper the fall.

Tian Haoran:

Purchaser prices fell faster still. In June they were down {4.3|p|PIR_r}% year on year, {1.7|pp|PIR_gap} percentage points more than the PPI. When inputs get cheaper faster than outputs, the squeeze on downstream firms eases a little.

_ueditor_page_break_tag_

Caixin:

Some economists say China is in deflation. Do you agree? Thank you.

Qiao Mingyuan:

I do not, and I will give you three reasons. First, core CPI has been positive all year and reached {0.7|p|q_CORE}% in June.

Second, yes, the GDP deflator is negative. Nominal GDP grew {3.9|p|NOM}% in the first half, {1.4|pp|NOM_gap} percentage points below the real growth of {5.3|p|REAL}%. But that gap comes mostly from the factory side, where capacity is large.

Third, the scissors between the two indexes is wide. In June it was {3.7|pp|SCI} percentage points, and it reflects cheap inputs more than weak households.

Deflation in the textbook sense is a broad and lasting fall in prices together with falling output and money. Output grew, wages grew and money grew. We watch the risk, and we do not dismiss it.

_ueditor_page_break_tag_

The Paper:

Has the trade-in program pushed up the prices of appliances and cars? Thank you.

Tian Haoran:

It has lifted sales more than prices. Household appliance prices were up {1.5|p|APP}%, while carmakers kept cutting the prices of fuel cars. Of the {300|y|TI} billion yuan of ultra-long special treasury bonds set aside for the program this year, {231|y|TI_a} billion yuan has been allocated, or {77|p|TI_sh}%, and the remaining {69|y|TI_b} billion yuan will go out in October.

_ueditor_page_break_tag_

Reuters:

What is your outlook for prices in the second half? Thank you.

Duan Lixue:

The arithmetic will help. The carry-over effect on the CPI will fade in the second half and turn slightly positive toward the end of the year. Most outside forecasts put the full-year CPI between minus {0.3|p|F_lo}% and {0.2|p|F_hi}%, and we see nothing in the data that argues against that.

Tian Haoran:

For producer prices the base will also get easier. After a decline of {3.8|p|q_PPI_h1x}% in the first half, we expect the fall to narrow in the fourth quarter, as the campaign against cut-throat competition in coal, steel, solar panels and cars takes hold.

Qiao Mingyuan:

To sum up: consumer prices positive again in June, core inflation at its highest in 14 months, services up {0.5|p|q_SERV}%, pork close to {9|p|q_PORK}% below last year, and producer prices still down more than {3|p|q_PPI}% year on year. Consumers who meet price gouging can call the 12315 hotline. Thank you.

Lu Xiaoting:

Thank you, Mr. Qiao, Ms. Duan and Mr. Tian. Thank you all. Today's press conference is concluded.

Translated and edited by Sun Jiayi, Meng Tao and Daniel Harcourt. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Lu Xiaoting

/4\u00a0\u00a0\u00a0\u00a0Qiao Mingyuan

/4\u00a0\u00a0\u00a0\u00a0Duan Lixue

/4\u00a0\u00a0\u00a0\u00a0Tian Haoran
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
def contrib_s(c, s, pg, wg): return ("contribution", [(c, "contribution"), (s, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def abs_g(c, lvl, g): return ("absolute-change", [(c, "change"), (lvl, "level"), (g, "growth")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def cc_p(n, ch, p): return ("count-change", [(n, "count"), (ch, "change"), (p, "previous")])

RELATIONS = [
    # sums (a drag in points is a part: push = headline + drag)
    total("NF_c", "CPI", "FOOD_c"),
    total("NEW", "CPI", "CARRY"),
    total("FOOD_h1_c", "CPI_h1", "NF_h1_c"),
    total("SERV_c", "CPI", "GOODS_c"),
    total("PPI", "PPI_carry", "PPI_new"),
    total("PPI", "MOP_c", "MOS_c"),
    total("SEC", "SEC_dn", "SEC_up"),
    total("TI", "TI_a", "TI_b"),
    total("RS", "RSG", "RSC"),
    total("PCE", "PCS", "PCG"),
    # shares
    share("TI_sh", "TI_a", "TI"),
    share("PCS_sh", "PCS", "PCE"),
    share("SEC_sh", "SEC_dn", "SEC"),
    share("ON_sh", "ON", "RS"),
    # gaps
    gap("CORE_gap", "CORE_h1", "CPI_h1"),
    gap("PIR_gap_h1", "PIR_h1", "PPI_h1"),
    gap("SG_gap", "SERV", "GOODS"),
    gap("CORE_CPI_gap", "CORE", "CPI"),
    gap("UR_gap", "URB", "RUR"),
    gap("MOS_gap", "MOS", "MOP"),
    gap("NOM_gap", "REAL", "NOM"),
    gap("SCI", "CPI", "PPI"),
    gap("MED_gap", "MED", "SERV_r"),
    # accelerations
    accel("CPI_acc", "CPI", "CPI_may"),
    accel("PORK_acc", "PORK", "PORK_may"),
    accel("EN_acc", "EN", "EN_may"),
    accel("CORE_acc", "CORE_r", "CORE_may"),
    accel("PPI_acc", "PPI", "PPI_may"),
    accel("NONF_acc", "NONF", "NONF_may"),
    # restatements
    same("CPI", "q_CPI"), same("CPI_h1", "q_CPI_h1"), same("CORE", "CORE_r"), same("CORE", "q_CORE"),
    same("PPI_h1", "q_PPI_h1"), same("PIR", "PIR_r"), same("SERV", "SERV_r"), same("SERV", "q_SERV"),
    same("PPI", "q_PPI"), same("PORK", "q_PORK"),
    # growth of the index from its weighted parts, and of retail sales from its parts
    growth("CPI", "FOOD_w", "FOOD", "NF_w", "NF"),
    growth("CPI_h1", "FOOD_w", "FOOD_h1", "NF_w", "NF_h1"),
    growth("CPI", "GOODS_w", "GOODS", "SERV_w", "SERV_r"),
    growth("RS_gr", "RSG", "RSG_gr", "RSC", "RSC_gr"),
    # share changes
    shchange("PCS_shch", "PCS_sh", "PCS_gr", "PCE_gr"),
    shchange("ON_shch", "ON_sh", "ON_gr", "RS_gr"),
    # contributions (weight as the share)
    contrib_s("FOOD_c", "FOOD_w", "FOOD", "CPI"),
    contrib_s("NF_c", "NF_w", "NF", "CPI"),
    contrib_s("FOOD_h1_c", "FOOD_w", "FOOD_h1", "CPI_h1"),
    contrib_s("NF_h1_c", "NF_w", "NF_h1", "CPI_h1"),
    contrib_s("PORK_c", "PORK_w", "PORK", "CPI"),
    contrib_s("SERV_c", "SERV_w", "SERV_r", "CPI"),
    contrib_s("GOODS_c", "GOODS_w", "GOODS", "CPI"),
    # absolute changes
    abs_g("GOLD_ch", "GOLD", "GOLD_gr"),
    abs_g("RS_ch", "RS", "RS_gr"),
    abs_g("PCS_ch", "PCS", "PCS_gr"),
    # averages
    avg_items("PPI_q2", "PPI_apr", "PPI_may", "PPI"),
    avg_items("PPI_h1", "PPI_q1", "PPI_q2"),
    # count changes
    cc_g("COALP", "COALP_ch", "COALP_gr"),
    cc_g("BRENT", "BRENT_ch", "BRENT_gr"),
    cc_p("SEC_dn", "SEC_ch", "SEC_may"),
]
PLANTED = [
    ("gap", "PIR_gap", ["PIR_r", "PPI"]),
    ("restatement", "q_PPI_h1x", ["PPI_h1"]),
]
