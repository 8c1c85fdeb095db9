TEXT = """
NEA and CNCA press conference on the performance of the coal industry in H1 2025

Beijing | 3 p.m. July 30, 2025

The National Energy Administration (NEA) and the China National Coal Association (CNCA) held a press conference Wednesday in Beijing on the performance of the coal industry in the first half of 2025.

Speakers

Gao Shuming, deputy director of the Department of Coal of the National Energy Administration (NEA)

Zhao Peilin, vice president of the China National Coal Association (CNCA)

Ma Qiuyan, deputy director of the Department of Safety Supervision of the National Mine Safety Administration

Chairperson

Zhang Xingyu, deputy director of the Department of General Affairs of the NEA

Read in Chinese

Speakers:

Mr. Gao Shuming, deputy director of the Department of Coal of the National Energy Administration (NEA)

Mr. Zhao Peilin, vice president of the China National Coal Association (CNCA)

Ms. Ma Qiuyan, deputy director of the Department of Safety Supervision of the National Mine Safety Administration

Chairperson:

Mr. Zhang Xingyu, deputy director of the Department of General Affairs of the NEA

Date:

July 30, 2025


Zhang Xingyu:

Good afternoon, friends from the media. Coal still carries much of the country's energy on its back, and today we look at how it did in the first six months. Mr. Gao Shuming will brief you first, and then he, Mr. Zhao Peilin and Ms. Ma Qiuyan will answer your questions.

Mr. Gao, please.

Gao Shuming:

Thank you. I will give the figures first and the explanations after.

In the first half of 2025, industrial enterprises above designated size produced {2.46|tonnes|OUT} billion tonnes of raw coal, up {5.4|p|OUTg}% year on year, or about {126|tonnes|OUT_ch} million tonnes more. The first quarter contributed {1,184.6|tonnes|Q1} million tonnes, up {8.1|p|Q1g}%, which was {2.7|pp|Q1_gap} percentage points faster than the half as a whole.

Coal imports came to {221.7|tonnes|IMP} million tonnes, down {11.1|p|IMPg}%, some {27.7|tonnes|IMP_ch} million tonnes less. Put together with domestic output, supply reached {2,681.7|tonnes|SUP} million tonnes, up {3.8|p|SUPg}%.

Prices came down. The spot price of thermal coal with 5,500 kilocalories at Qinhuangdao port averaged {683|y|P} yuan per tonne, down {21.1|p|Pg}%.

Power plants were well stocked. Stockpiles at plants in the national grid stood at {215.0|tonnes|STK} million tonnes at the end of June, enough for {31|days|DAYS} days of supply.

Safety held steady, and Ms. Ma will speak to that. That is my opening. Thank you.

Zhang Xingyu:

Thank you, Mr. Gao. The floor is now open. Please state your outlet before your question.

_ueditor_page_break_tag_

Xinhua News Agency:

Output grew fast in the first quarter. Did it keep that pace? Thank you.

Gao Shuming:

Let me give the figure first. Second-quarter output was {1,275.4|tonnes|Q2} million tonnes, up {3.0|p|Q2g}%. So growth slowed by {5.1|pp|Q2_acc} percentage points from the first quarter.

By month, mines produced {420.1|tonnes|APR} million tonnes in April, {426.5|tonnes|MAY} million in May and {428.8|tonnes|JUN} million in June, or {425.1|tonnes|Q2_avg} million tonnes a month on average.

June output grew {3.0|p|JUNg}%, which was {2.8|pp|JUN_acc} percentage points slower than the {4.2|p|MAYg}% of May. The explanation is simple: we asked mines not to run above their approved capacity.

_ueditor_page_break_tag_

China Energy News:

Where did the coal come from, province by province? Thank you.

Zhao Peilin:

Coal follows the seams, and the seams are in the north and west. Shanxi dug {650.4|tonnes|SX} million tonnes, up {4.0|p|SXg}%, or {26.4|p|SX_sh}% of the national total. Inner Mongolia was close behind with {630.9|tonnes|IM} million tonnes, up {3.2|p|IMg}%, a share of {25.6|p|IM_sh}%.

Shaanxi produced {390.6|tonnes|SN} million tonnes, up {6.5|p|SNg}%, {2.5|pp|SN_gap} percentage points faster than Shanxi. Every other province together came to {788.1|tonnes|REST} million tonnes, up {7.9|p|RESTg}%.

Within that, Xinjiang is where the new seams are opening. It produced {283.5|tonnes|XJ} million tonnes, up {15.8|p|XJg}%, {10.4|pp|XJ_gap} percentage points above the national pace. The remaining provinces gave {504.6|tonnes|OTH} million tonnes, up {3.9|p|OTHg}%.

_ueditor_page_break_tag_

Economic Daily:

So Xinjiang matters more each year? Thank you.

Zhao Peilin:

It does. Xinjiang now supplies {11.5|p|XJ_sh}% of the country's coal, {1.0|pp|XJ_shch} percentage point more than a year ago. Of the {5.4|p|OUTg_r}% national growth, Xinjiang alone added {1.7|pp|XJ_c} percentage points, more than Shanxi, which added {1.1|pp|SX_c} percentage points.

A seam that was too far from the market ten years ago is now on the railway. That is the whole story of Xinjiang: about {280|tonnes|XJ_r} million tonnes in half a year.

_ueditor_page_break_tag_

21st Century Business Herald:

How much of this comes from the largest enterprises? Thank you.

Zhao Peilin:

A large share. CHN Energy produced {310.5|tonnes|CHN} million tonnes, {12.6|p|CHN_sh}% of national output on its own. Jinneng Holding produced {208.0|tonnes|JN} million, China Coal Energy {171.8|tonnes|CC} million and Shandong Energy {143.9|tonnes|SD} million.

The four of them dug {834.2|tonnes|BIG4} million tonnes between them. That is {33.9|p|BIG4_sh}% of the {2,460|tonnes|OUT_r} million tonnes the country produced.

_ueditor_page_break_tag_

Caixin:

Imports fell. Which suppliers lost ground? Thank you.

Gao Shuming:

Let me give the figures country by country. Indonesia remained the largest source with {94.3|tonnes|ID} million tonnes, or {42.5|p|ID_sh}% of imports, down {16.0|p|IDg}%, about {18|tonnes|ID_ch} million tonnes less.

Mongolia supplied {40.6|tonnes|MN} million tonnes, {18.3|p|MN_sh}% of the total. The rest came to {86.8|tonnes|IREST} million tonnes. Of them, Australia sent {48.8|tonnes|AU} million tonnes, a share of {22.0|p|AU_sh}%, Russia {22.6|tonnes|RU} million and all other countries {15.4|tonnes|IOTH} million.

The decline narrowed over the half: imports were down {12.7|p|IMPg5}% in the first five months, so the fall was {1.6|pp|IMP_acc} percentage points smaller by June.

Imports now make up {8.3|p|IMP_sh}% of supply, {1.4|pp|IMP_shch} percentage points less than a year earlier. Domestic mines carry the load.

_ueditor_page_break_tag_

Reuters:

Why did imports fall so much? Thank you.

Gao Shuming:

Let me be precise. Domestic coal became cheaper than seaborne coal for most of the half, and freight costs rose. Coastal plants bought at home. Our import total of {212.7|tonnes|IMP_bad} million tonnes reflects that choice by buyers, not any restriction.

_ueditor_page_break_tag_

China Daily:

How low have prices gone, and will they recover? Thank you.

Zhao Peilin:

Down in the pit we say a price is like water in a shaft: it finds its own level. The Qinhuangdao price was {763|y|PJAN} yuan per tonne in January, {727|y|PFEB} yuan in February, {690|y|PMAR} yuan in March, {662|y|PAPR} yuan in April, {618|y|PMAY} yuan in May and {638|y|PJUN} yuan in June.

Averaged over the six months that is about {680|y|P_r} yuan, roughly {183|y|P_ch} yuan lower per tonne than a year before. June's small rise tells me the water has found its level.

_ueditor_page_break_tag_

Securities Times:

Are the power plants buying enough coal for the summer peak? Thank you.

Gao Shuming:

They are. Let me give the numbers in order. The {215.0|tonnes|STK_r} million tonnes in the plants' yards were {9.5|tonnes|STK_ch} million tonnes more than the {205.5|tonnes|STK_prev} million at the end of last year. At the current burn of about {6.9|tonnes|BURN} million tonnes a day, that lasts a month.

Coal consumption nationwide was {2.23|tonnes|CONS} billion tonnes in the half. The power sector burned {1.27|tonnes|PWR} billion tonnes of it, {57.0|p|PWR_sh}% of consumption, and other users {960|tonnes|CONS_oth} million tonnes. Across the {181|days|D181} days of the half, plants used {7.0|tonnes|PWR_avg} million tonnes a day on average.

_ueditor_page_break_tag_

National Business Daily:

Coal-fired power fell while consumption rose. Why? Thank you.

Gao Shuming:

Precisely because of wind, solar and water. Coal-fired plants generated {2.66|kilowatt-hours|CG} trillion kilowatt-hours, down {2.4|p|CGg}%, about {65|kilowatt-hours|CG_ch} billion kilowatt-hours less. Total generation was {4.54|kilowatt-hours|TG} trillion kilowatt-hours, up {0.8|p|TGg}%.

So coal's share of generation came to {58.6|p|CG_sh}%, {1.9|pp|CG_shch} percentage points lower than a year earlier. Coal is becoming the reserve that holds the grid steady, rather than the only source.

_ueditor_page_break_tag_

Economic Information Daily:

How are the coal companies doing financially? Thank you.

Zhao Peilin:

Not easily. Large coal enterprises had sales revenue of {1.21|y|REV} trillion yuan, down {16.8|p|REVg}%, about {244|y|REV_ch} billion yuan less than a year earlier. Their profits were {151.2|y|PRO} billion yuan, down {41.6|p|PROg}%, a fall of {107.7|y|PRO_ch} billion yuan.

That is a profit margin of {12.5|p|MARGIN}%, {5.3|pp|MARGIN_ch} percentage points lower than last year. A miner knows that a thinner seam still pays if you cut it well, and that is what we have to learn now.

_ueditor_page_break_tag_

CCTV:

What about the safety of the miners? Thank you.

Ma Qiuyan:

Every number I give you here is a family. There were {58|accidents|ACC} coal mine accidents in the half, {9|accidents|ACC_ch} fewer than the {67|accidents|ACC_prev} of a year earlier, a decline of {13.4|p|ACCg}%.

Those accidents took the lives of {86|people|DEA} people. That is {17|people|DEA_ch} people fewer than a year before, down {16.5|p|DEAg}%, but each of them was someone who did not come home.

The {86|people|DEA_r} people we lost correspond to a death rate of {0.035|deaths|RATE} deaths per million tonnes of coal, {0.009|deaths|RATE_ch} lower than the {0.044|deaths|RATE_prev} of a year earlier. I would rather talk about each mine than about the rate.

_ueditor_page_break_tag_

Workers' Daily:

Can machines take miners out of the most dangerous places? Thank you.

Ma Qiuyan:

They are starting to. The country had {790|mines|INT} intelligent coal mines by June, {112|mines|INT_ch} more than a year ago, up {16.5|p|INTg}%. That is {18.4|p|INT_sh}% of the {4,300|mines|MINES} coal mines in production.

Behind each of those mines are workers who now watch a screen instead of standing at the face. For a mother, that is the only figure that counts.

_ueditor_page_break_tag_

Beijing Youth Daily:

What do you expect for the full year? Thank you.

Zhao Peilin:

Output will stay high. We dug nearly {2.5|tonnes|OUT_rr} billion tonnes in six months, and imports of more than {220|tonnes|IMP_r} million tonnes will keep coastal plants supplied. The second half should bring roughly {1.28|tonnes|Q2_r} billion tonnes a quarter, like the second quarter.

Profits will not come back soon with revenue at about {1.2|y|REV_r} trillion yuan for half a year. But a seam does not run out because the price falls.

Zhang Xingyu:

Thank you, Mr. Gao, Mr. Zhao and Ms. Ma, and thank you all. Today's press conference is concluded.

Translated and edited by Wang Ruoxi, Liu Chang and David Ferguson. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Zhang Xingyu

/4\u00a0\u00a0\u00a0\u00a0Gao Shuming

/4\u00a0\u00a0\u00a0\u00a0Zhao Peilin

/4\u00a0\u00a0\u00a0\u00a0Ma Qiuyan
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
    total("OUT", "Q1", "Q2"),
    total("Q2", "APR", "MAY", "JUN"),
    total("OUT", "SX", "IM", "SN", "REST"),
    total("REST", "XJ", "OTH"),
    total("SUP", "OUT", "IMP"),
    total("IMP", "ID", "MN", "IREST"),
    total("IREST", "AU", "RU", "IOTH"),
    total("BIG4", "CHN", "JN", "CC", "SD"),
    total("CONS", "PWR", "CONS_oth"),
    share("SX_sh", "SX", "OUT"),
    share("IM_sh", "IM", "OUT"),
    share("XJ_sh", "XJ", "OUT"),
    share("CHN_sh", "CHN", "OUT"),
    share("BIG4_sh", "BIG4", "OUT_r"),
    share("ID_sh", "ID", "IMP"),
    share("MN_sh", "MN", "IMP"),
    share("AU_sh", "AU", "IMP"),
    share("IMP_sh", "IMP", "SUP"),
    share("PWR_sh", "PWR", "CONS"),
    share("CG_sh", "CG", "TG"),
    share("MARGIN", "PRO", "REV"),
    share("INT_sh", "INT", "MINES"),
    gap("Q1_gap", "Q1g", "OUTg"),
    gap("SN_gap", "SNg", "SXg"),
    gap("XJ_gap", "XJg", "OUTg"),
    same("OUT", "OUT_r"),
    same("OUT", "OUT_rr"),
    same("OUTg", "OUTg_r"),
    same("XJ", "XJ_r"),
    same("Q2", "Q2_r"),
    same("STK", "STK_r"),
    same("DEA", "DEA_r"),
    same("P", "P_r"),
    same("IMP", "IMP_r"),
    same("REV", "REV_r"),
    growth("OUTg", "Q1", "Q1g", "Q2", "Q2g"),
    growth("OUTg", "SX", "SXg", "IM", "IMg", "SN", "SNg", "REST", "RESTg"),
    growth("RESTg", "XJ", "XJg", "OTH", "OTHg"),
    growth("SUPg", "OUT", "OUTg", "IMP", "IMPg"),
    shch_pw("XJ_shch", "XJ", "OUT", "XJg", "OUTg"),
    shch("IMP_shch", "IMP_sh", "IMPg", "SUPg"),
    shch_pw("CG_shch", "CG", "TG", "CGg", "TGg"),
    shch_pw("MARGIN_ch", "PRO", "REV", "PROg", "REVg"),
    accel("Q2_acc", "Q2g", "Q1g"),
    accel("IMP_acc", "IMPg", "IMPg5"),
    contrib_pw("XJ_c", "XJ", "OUT", "XJg", "OUTg"),
    contrib_pw("SX_c", "SX", "OUT", "SXg", "OUTg"),
    absch("OUT_ch", "OUT", "OUTg"),
    absch("IMP_ch", "IMP", "IMPg"),
    absch("ID_ch", "ID", "IDg"),
    absch("P_ch", "P", "Pg"),
    absch("CG_ch", "CG", "CGg"),
    absch("REV_ch", "REV", "REVg"),
    absch("PRO_ch", "PRO", "PROg"),
    avg_items("Q2_avg", "APR", "MAY", "JUN"),
    avg_items("P", "PJAN", "PFEB", "PMAR", "PAPR", "PMAY", "PJUN"),
    avg_tc("BURN", "STK", "DAYS"),
    avg_tc("PWR_avg", "PWR", "D181"),
    cc_p("STK", "STK_ch", "STK_prev"),
    cc_p("ACC", "ACC_ch", "ACC_prev"),
    cc_g("ACC", "ACC_ch", "ACCg"),
    cc_g("DEA", "DEA_ch", "DEAg"),
    cc_p("RATE", "RATE_ch", "RATE_prev"),
    cc_g("INT", "INT_ch", "INTg"),
]
PLANTED = [
    ("restatement", "IMP_bad", ["IMP"]),
    ("acceleration", "JUN_acc", ["JUNg", "MAYg"]),
]
