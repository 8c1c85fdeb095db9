TEXT = """
CPCIF press conference on the performance of the petroleum and chemical industry in H1 2025

Beijing | 10 a.m. July 24, 2025

The China Petroleum and Chemical Industry Federation (CPCIF) held a press conference Thursday in Beijing on the economic performance of the petroleum and chemical industry in the first half of 2025.

Speakers

Fu Xiangdong, vice president of the China Petroleum and Chemical Industry Federation (CPCIF)

Ke Minghui, deputy director general of the Department of Oil and Gas of the National Energy Administration (NEA)

Pan Yuelin, director of the Information and Market Department of the China Petroleum and Chemical Industry Federation (CPCIF)

Chairperson

Song Jiaxin, director of the Press Office of the CPCIF

Read in Chinese

Speakers:

Mr. Fu Xiangdong, vice president of the China Petroleum and Chemical Industry Federation (CPCIF)

Ms. Ke Minghui, deputy director general of the Department of Oil and Gas of the National Energy Administration (NEA)

Mr. Pan Yuelin, director of the Information and Market Department of the China Petroleum and Chemical Industry Federation (CPCIF)

Chairperson:

Ms. Song Jiaxin, director of the Press Office of the CPCIF

Date:

July 24, 2025


Song Jiaxin:

Good morning, everyone. Oil prices went down, volumes went up, and the industry's books felt both. Mr. Fu Xiangdong will first give an overview of the half year, and then he, Ms. Ke Minghui and Mr. Pan Yuelin will take your questions.

Mr. Fu, please.

Fu Xiangdong:

Thank you, Ms. Song. I like to say that a refinery is a big kitchen: crude goes in, a hundred dishes come out. In the first half, the stove burned hot, but the dishes sold cheap.

In the first half of 2025, China produced {108.48|tonnes|CR} million tonnes of crude oil, up {1.3|p|CRg}% year on year, or {1.39|tonnes|CR_ch} million tonnes more. Natural gas output was {130.8|cubic metres|G} billion cubic metres, up {5.8|p|Gg}%, {4.5|pp|G_gap} percentage points faster than crude.

Refineries processed {359.6|tonnes|PROC} million tonnes of crude, up {0.6|p|PROCg}%, some {2.1|tonnes|PROC_ch} million tonnes more than a year ago, or about {1.99|tonnes|PROC_day} million tonnes a day across the {181|days|D181} days of the half.

Enterprises above designated size in the industry had operating revenue of {7.98|y|REV} trillion yuan, down {3.1|p|REVg}%, and total profits of {342.6|y|PRO} billion yuan, down {11.9|p|PROg}%. The profit margin was {4.29|p|MARGIN}%, {0.43|pp|MARGIN_ch} percentage point lower than a year earlier.

So the kitchen was busy and the bill was smaller. My colleagues will tell you where the money went. Thank you.

Song Jiaxin:

Thank you, Mr. Fu. The floor is now open. Please tell us which outlet you are from.

_ueditor_page_break_tag_

Xinhua News Agency:

How dependent is China on imported crude today? Thank you.

Ke Minghui:

Energy security is the floor we stand on, so we watch this number closely. Net imports of crude oil were {278.6|tonnes|NI} million tonnes, up {1.6|p|NIg}%. Apparent consumption, that is output plus net imports, came to {387.1|tonnes|AC} million tonnes, up {1.5|p|ACg}%.

The import dependence of crude oil was therefore {72.0|p|DEP}%. Gross imports were {279.4|tonnes|IMP} million tonnes, and we exported {0.8|tonnes|CEX} million tonnes, mostly to neighbouring refineries under processing trade.

Domestic output is the other leg. We will hold crude output above {200|tonnes|TARGET} million tonnes a year and keep the bottom line.

_ueditor_page_break_tag_

Reuters:

Where did the crude come from? Thank you.

Pan Yuelin:

Let me read the table out. Gross imports grew {1.4|p|IMPg}%. Russia remained the largest supplier with {50.1|tonnes|RU} million tonnes, down {4.1|p|RUg}%, or {21.9|p|RU_sh}% of the total.

Saudi Arabia sent {39.6|tonnes|SA} million tonnes, down {8.0|p|SAg}%. Its share fell to {14.2|p|SA_sh}%, {1.4|pp|SA_shch} percentage points lower, and it pulled import growth down by {1.2|pp|SA_c} percentage points.

Malaysia, mostly blending cargoes, sent {34.2|tonnes|MY} million tonnes, up {12.6|p|MYg}%, adding {1.4|pp|MY_c} percentage points to growth. Iraq sent {31.7|tonnes|IQ} million tonnes, up {3.2|p|IQg}%, a share of {11.3|p|IQ_sh}%.

All the other suppliers together shipped {123.8|tonnes|OTH} million tonnes, up {3.9|p|OTHg}%.

_ueditor_page_break_tag_

Bloomberg:

Gas imports fell this year. Is it demand or price? Thank you.

Ke Minghui:

Mostly price, and a mild winter. Gas output grew {5.8|p|Gg_r}% in the half, after {4.2|p|Gq1}% in the first quarter, {1.6|pp|G_acc} percentage points faster. Imports of natural gas came to {81.8|cubic metres|GI} billion cubic metres, down {6.5|p|GIg}%.

Of them, pipeline gas was {36.9|cubic metres|PIPE} billion cubic metres, up {7.4|p|PIPEg}%. Liquefied natural gas made up the rest, {44.9|cubic metres|LNG} billion cubic metres, down {15.5|p|LNGg}%, and it pulled total gas imports down by {9.4|pp|LNG_c} percentage points.

Apparent consumption of gas was {212.6|cubic metres|GA} billion cubic metres, up {0.7|p|GAg}%. The import dependence of gas fell to {38.5|p|GDEP}%, {3.0|pp|GDEP_ch} percentage points lower than a year before.

_ueditor_page_break_tag_

Shanghai Securities News:

Oil prices fell sharply in the spring. Could you give us the path? Thank you.

Pan Yuelin:

Strictly speaking, we use Brent as the benchmark. It averaged {79.2|US dollars|B1} US dollars a barrel in January, {75.1|US dollars|B2} in February, {73.9|US dollars|B3} in March, {66.5|US dollars|B4} in April, {64.2|US dollars|B5} in May and {72.6|US dollars|B6} in June.

For the half as a whole that is {71.9|US dollars|BR} US dollars a barrel, down {14.6|p|BRg}%, about {12.3|US dollars|BR_ch} US dollars a barrel cheaper than a year earlier. In the first quarter the decline was only {6.8|p|BRq1}%, so it deepened by {7.8|pp|BR_acc} percentage points.

Chemical prices followed. Polyethylene sold for {7,960|y|PE} yuan a tonne on average, down {5.1|p|PEg}%. Fertiliser prices fell further, as the harvest season came with plenty of urea in stock.

_ueditor_page_break_tag_

Caixin:

Profits fell nearly {12|p|PROg_q}%. Which sector was hit hardest? Thank you.

Fu Xiangdong:

In the kitchen, the stove was the problem, not the cooks. Oil and gas extraction earned {158.4|y|EXT} billion yuan, down {13.5|p|EXTg}%, {46.2|p|EXT_sh}% of the industry's profits, and it dragged total profit growth down by {6.4|pp|EXT_c} percentage points.

Refining earned only {21.7|y|REF} billion yuan, down {46.8|p|REFg}%, and took another {4.9|pp|REF_c} percentage points off. On revenue of {2.85|y|REFR} trillion yuan, its margin was less than {1|p|REF_m}%.

Chemicals are where the flavour is. The chemical sector earned {162.5|y|CH} billion yuan, down just {1.5|p|CHg}%, and now has {47.4|p|CH_sh}% of the industry's profits. On revenue of {4.52|y|CHR} trillion yuan, its margin was {3.60|p|CH_m}%. Extraction brought in revenue of {0.61|y|EXTR} trillion yuan.

The decline in profits has narrowed. In the first quarter profits were down {16.4|p|PROq1}%, so the half year is {4.5|pp|PRO_acc} percentage points better.

_ueditor_page_break_tag_

China Chemical Industry News:

Ethylene capacity keeps growing. How much did you make, and is there too much? Thank you.

Pan Yuelin:

In round figures, ethylene output was {24.62|tonnes|ETH} million tonnes, up {9.4|p|ETHg}%, {3.3|pp|ETH_acc} percentage points faster than the {7.1|p|ETHq1}% of the first quarter. Net imports were {1.18|tonnes|ETHNI} million tonnes, so apparent consumption was {25.80|tonnes|ETHAC} million tonnes and self-sufficiency {95.4|p|ETH_ss}%.

Fertiliser output, in pure nutrient terms, was {30.15|tonnes|FERT} million tonnes, up {3.2|p|FERTg}%. Nitrogen fertiliser made up {20.41|tonnes|NF} million tonnes, {67.7|p|NF_sh}% of the total, phosphate fertiliser {7.62|tonnes|PF} million tonnes and potash {2.12|tonnes|KF} million tonnes.

PVC output was {12.03|tonnes|PVC} million tonnes, up {2.1|p|PVCg}%. Whether there is too much depends on the export market, and that is a question for the second half.

_ueditor_page_break_tag_

Economic Daily:

Is investment still going into new capacity? Thank you.

Ke Minghui:

Less than before. Fixed-asset investment in oil and gas extraction grew {4.6|p|FEXT}%, while investment in the chemical sector fell {3.8|p|FCH}%, a gap of {8.4|pp|F_gap} percentage points. Investment in refining rose {1.2|p|FREF}%.

We approve no new stand-alone refineries. Money is going into upgrading, carbon capture and national demonstration projects for green hydrogen.

_ueditor_page_break_tag_

China Daily:

What about foreign trade of the industry? Thank you.

Pan Yuelin:

The industry's imports and exports were {471.3|usd|TR} billion US dollars, down {6.2|p|TRg}%. Exports rose {1.4|p|TXg}% to {151.2|usd|TX} billion US dollars, and imports fell {9.4|p|TMg}% to {320.1|usd|TM} billion US dollars, leaving a deficit of {168.9|usd|TDEF} billion US dollars. Exports grew {10.8|pp|T_gap} percentage points faster than imports.

Chemicals exported {98.6|usd|CHX} billion US dollars, {65.2|p|CHX_sh}% of the industry's exports. Crude oil accounted for {143.2|usd|CRM} billion US dollars of imports, or {44.7|p|CRM_sh}%.

_ueditor_page_break_tag_

Workers' Daily:

How many enterprises are in the industry, and how many are in the red? Thank you.

Fu Xiangdong:

At the end of June there were {33,412|enterprises|ENT} enterprises above designated size, {1,105|enterprises|ENT_ch} more than a year earlier, up {3.4|p|ENTg}%. Each of them earned about {239|y|REV_avg} million yuan of revenue on average.

Of them, {8,968|enterprises|LOSS} were losing money, {320|enterprises|LOSS_ch} more than a year earlier, an increase of {3.7|p|LOSSg}%. That is {26.8|p|LOSS_sh}% of the total. When the dishes sell cheap, the small kitchens feel it first.

The number of chemical parks fell to {616|parks|PARK}, {14|parks|PARK_ch} fewer than the {630|parks|PARK_prev} a year ago, as smaller parks merged.

_ueditor_page_break_tag_

CCTV:

What is your outlook for the full year? Thank you.

Ke Minghui:

On supply, we are confident. With more than {108|tonnes|CR_r} million tonnes of crude and nearly {131|cubic metres|G_r} billion cubic metres of gas in six months, output will hit its annual targets, and crude import dependence will stay around {72|p|DEP_r}%.

Fu Xiangdong:

On money, I am more careful. Revenue of nearly {8|y|REV_r} trillion yuan and profits of over {340|y|PRO_r} billion yuan in the half tell us the kitchen is full. If Brent stays around {72|US dollars|BR_r} US dollars, the second half should be a little better than the first.

Song Jiaxin:

Thank you, Mr. Fu, Ms. Ke and Mr. Pan, and thank you all. This concludes today's press conference.

Translated and edited by Tao Ruoxi, Meng Kai and Laura Fielding. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Song Jiaxin

/4\u00a0\u00a0\u00a0\u00a0Fu Xiangdong

/4\u00a0\u00a0\u00a0\u00a0Ke Minghui

/4\u00a0\u00a0\u00a0\u00a0Pan Yuelin
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
def shch_pw(c, p, w, pg, wg): return ("share-change", [(c, "change"), (p, "part"), (w, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def contrib(c, s, pg, wg): return ("contribution", [(c, "contribution"), (s, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def contrib_pw(c, p, w, pg, wg): return ("contribution", [(c, "contribution"), (p, "part"), (w, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def absch(c, lvl, g): return ("absolute-change", [(c, "change"), (lvl, "level"), (g, "growth")])
def avg_tc(a, t, n): return ("average", [(a, "average"), (t, "total"), (n, "count")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def cc_p(n, ch, p): return ("count-change", [(n, "count"), (ch, "change"), (p, "previous")])

RELATIONS = [
    total("AC", "CR", "NI"),
    total("IMP", "NI", "CEX"),
    total("IMP", "RU", "SA", "MY", "IQ", "OTH"),
    total("GA", "G", "GI"),
    total("GI", "PIPE", "LNG"),
    total("ETHAC", "ETH", "ETHNI"),
    total("FERT", "NF", "PF", "KF"),
    total("PRO", "EXT", "REF", "CH"),
    total("REV", "EXTR", "REFR", "CHR"),
    total("TR", "TX", "TM"),
    total("TM", "TX", "TDEF"),
    share("MARGIN", "PRO", "REV"),
    share("DEP", "NI", "AC"),
    share("SA_sh", "SA", "IMP"),
    share("IQ_sh", "IQ", "IMP"),
    share("GDEP", "GI", "GA"),
    share("EXT_sh", "EXT", "PRO"),
    share("REF_m", "REF", "REFR"),
    share("CH_sh", "CH", "PRO"),
    share("CH_m", "CH", "CHR"),
    share("ETH_ss", "ETH", "ETHAC"),
    share("NF_sh", "NF", "FERT"),
    share("CHX_sh", "CHX", "TX"),
    share("CRM_sh", "CRM", "TM"),
    share("LOSS_sh", "LOSS", "ENT"),
    gap("G_gap", "Gg", "CRg"),
    gap("F_gap", "FEXT", "FCH"),
    gap("T_gap", "TXg", "TMg"),
    same("PROg", "PROg_q"),
    same("Gg", "Gg_r"),
    same("CR", "CR_r"),
    same("G", "G_r"),
    same("DEP", "DEP_r"),
    same("REV", "REV_r"),
    same("PRO", "PRO_r"),
    same("BR", "BR_r"),
    growth("ACg", "CR", "CRg", "NI", "NIg"),
    growth("IMPg", "RU", "RUg", "SA", "SAg", "MY", "MYg", "IQ", "IQg", "OTH", "OTHg"),
    growth("GAg", "G", "Gg", "GI", "GIg"),
    growth("GIg", "PIPE", "PIPEg", "LNG", "LNGg"),
    growth("PROg", "EXT", "EXTg", "REF", "REFg", "CH", "CHg"),
    growth("TRg", "TX", "TXg", "TM", "TMg"),
    shch_pw("MARGIN_ch", "PRO", "REV", "PROg", "REVg"),
    shch("SA_shch", "SA_sh", "SAg", "IMPg"),
    shch_pw("GDEP_ch", "GI", "GA", "GIg", "GAg"),
    accel("G_acc", "Gg_r", "Gq1"),
    accel("BR_acc", "BRg", "BRq1"),
    accel("PRO_acc", "PROg", "PROq1"),
    contrib_pw("SA_c", "SA", "IMP", "SAg", "IMPg"),
    contrib_pw("MY_c", "MY", "IMP", "MYg", "IMPg"),
    contrib_pw("LNG_c", "LNG", "GI", "LNGg", "GIg"),
    contrib_pw("EXT_c", "EXT", "PRO", "EXTg", "PROg"),
    contrib_pw("REF_c", "REF", "PRO", "REFg", "PROg"),
    absch("CR_ch", "CR", "CRg"),
    absch("PROC_ch", "PROC", "PROCg"),
    absch("BR_ch", "BR", "BRg"),
    avg_items("BR", "B1", "B2", "B3", "B4", "B5", "B6"),
    avg_tc("PROC_day", "PROC", "D181"),
    avg_tc("REV_avg", "REV", "ENT"),
    cc_g("ENT", "ENT_ch", "ENTg"),
    cc_g("LOSS", "LOSS_ch", "LOSSg"),
    cc_p("PARK", "PARK_ch", "PARK_prev"),
]
PLANTED = [
    ("share", "RU_sh", ["RU", "IMP"]),
    ("acceleration", "ETH_acc", ["ETHg", "ETHq1"]),
]
