TEXT = """
CNIA and MIIT press conference on the performance of the nonferrous metals industry in H1 2025

Beijing | 3 p.m. July 29, 2025

The China Nonferrous Metals Industry Association (CNIA) and the Ministry of Industry and Information Technology (MIIT) held a press conference Tuesday in Beijing on how the nonferrous metals industry performed in the first half of 2025.

Speakers

Sun Haoyu, deputy director general of the Department of Raw Materials Industry of the Ministry of Industry and Information Technology (MIIT)

Qian Lifang, vice president of the China Nonferrous Metals Industry Association (CNIA)

Du Kaiming, director of the Department of Statistics of the China Nonferrous Metals Industry Association (CNIA)

Chairperson

Tang Yiwen, deputy director of the Press Office of the CNIA

Read in Chinese

Speakers:

Mr. Sun Haoyu, deputy director general of the Department of Raw Materials Industry of the Ministry of Industry and Information Technology (MIIT)

Ms. Qian Lifang, vice president of the China Nonferrous Metals Industry Association (CNIA)

Mr. Du Kaiming, director of the Department of Statistics of the China Nonferrous Metals Industry Association (CNIA)

Chairperson:

Ms. Tang Yiwen, deputy director of the Press Office of the CNIA

Date:

July 29, 2025


Tang Yiwen:

Good afternoon, friends from the press. Copper wires, aluminium frames and zinc coatings sit quietly inside almost everything that was built or sold this half year, so today we look at the metals themselves. Mr. Sun Haoyu of the MIIT will give an overview first. Then he, Ms. Qian Lifang and Mr. Du Kaiming will take your questions.

Mr. Sun, please.

Sun Haoyu:

Thank you, Ms. Tang. Overall, the industry ran steadily, and in some respects better than we had expected at the start of the year.

In the first half of 2025, output of the ten major nonferrous metals reached {39.86|tonnes|TEN} million tonnes, up {2.9|p|TENg}% year on year, or roughly {1.12|tonnes|TEN_ch} million tonnes more than a year earlier. Spread across the {181|days|D181} days of the half, that is about {220,000|tonnes|TEN_day} tonnes a day.

Refined copper output was {7.44|tonnes|CU} million tonnes, up {9.5|p|CUg}%. Primary aluminium came to {22.60|tonnes|AL} million tonnes, up {3.2|p|ALg}%, and alumina, its raw material, to {45.70|tonnes|ALU} million tonnes, up {8.6|p|ALUg}%. Lead output slipped to {3.72|tonnes|PB} million tonnes, down {1.5|p|PBg}%, while zinc rose {2.8|p|ZNg}% to {3.41|tonnes|ZN} million tonnes.

Prices held up. The spot price of copper averaged {77,820|y|CUP} yuan per tonne, up {4.6|p|CUPg}%, and aluminium {20,180|y|ALP} yuan per tonne, up {2.7|p|ALPg}%.

Enterprises above designated size in the industry earned operating revenue of {4.52|y|REV} trillion yuan, up {11.3|p|REVg}%, with total profits of {213.6|y|PRO} billion yuan, up {23.4|p|PROg}%.

It should be noted that the industry still faces tight raw material supply and high energy costs. My colleagues will go into the detail. Thank you.

Tang Yiwen:

Thank you, Mr. Sun. Now the floor is open. Please name your news outlet before asking.

_ueditor_page_break_tag_

Xinhua News Agency:

Output of the ten metals grew {2.9|p|TENg_q}%. Which metals did the work? Thank you.

Du Kaiming:

To be exact, copper and aluminium, and almost nothing else. Refined copper made up {18.7|p|CU_sh}% of the ten metals and primary aluminium {56.7|p|AL_sh}%. Lead and zinc together came to {7.13|tonnes|PBZN} million tonnes, up {0.5|p|PBZNg}%.

The other six metals, from nickel and tin to magnesium and titanium, produced {2.69|tonnes|OTH6} million tonnes between them, down {8.8|p|OTH6g}%, mostly because magnesium smelters in Shaanxi cut back.

So the arithmetic is straightforward. Copper added {1.7|pp|CU_c} percentage points to the growth of the ten metals, and aluminium {1.8|pp|AL_c} percentage points. Copper's weight in the total rose by {1.1|pp|CU_shch} percentage points in a single year.

_ueditor_page_break_tag_

Jiangxi Daily:

Where is China's copper smelted, province by province? Thank you.

Qian Lifang:

Copper goes where the furnaces are, and the furnaces have moved to the coast and the river. Jiangxi smelted {1.21|tonnes|JX} million tonnes of refined copper, up {7.8|p|JXg}%, or {16.3|p|JX_sh}% of the national figure.

Shandong was close behind with {1.05|tonnes|SD} million tonnes, {14.1|p|SD_sh}% of the total. Its output grew {12.6|p|SDg}%, which was {4.8|pp|SD_gap} percentage points faster than Jiangxi. Anhui produced {0.92|tonnes|AH} million tonnes, up {10.1|p|AHg}%.

All the other provinces together gave {4.26|tonnes|CUR} million tonnes, up {9.1|p|CURg}%. A furnace is only as good as the ore you feed it, and the coastal furnaces are fed by ships.

_ueditor_page_break_tag_

Yunnan Daily:

And aluminium? Yunnan has been adding capacity. Thank you.

Qian Lifang:

Aluminium is electricity in solid form, so it follows cheap and clean power. Shandong remained the largest producer at {4.31|tonnes|ASD} million tonnes, up {0.9|p|ASDg}%. Xinjiang made {3.28|tonnes|AXJ} million tonnes, up {2.1|p|AXJg}%, and Inner Mongolia {3.06|tonnes|AIM} million tonnes, up {4.5|p|AIMg}%.

Yunnan produced {2.95|tonnes|AYN} million tonnes, up {11.2|p|AYNg}%, which was {8.0|pp|AYN_gap} percentage points above the national rate. It now has {13.1|p|AYN_sh}% of the country's primary aluminium and added {1.4|pp|AYN_c} percentage points to national growth on its own, because the rivers were full this spring.

The four provinces together made {13.60|tonnes|FOUR} million tonnes, {60.2|p|FOUR_sh}% of the {22.6|tonnes|AL_r} million tonnes produced nationwide. The rest of the country made {9.00|tonnes|ALR} million tonnes, up {1.9|p|ALRg}%.

_ueditor_page_break_tag_

Reuters:

How much copper concentrate did China import, and from where? Thank you.

Du Kaiming:

Copper concentrate imports were {14.73|tonnes|CC} million tonnes in physical weight, up {6.4|p|CCg}%, about {0.89|tonnes|CC_ch} million tonnes more than a year earlier.

Chile supplied {5.32|tonnes|CL} million tonnes, up {4.0|p|CLg}%, which is {39.1|p|CL_sh}% of the total. Peru sent {3.21|tonnes|PE} million tonnes, up {9.7|p|PEg}%, a share of {21.8|p|PE_sh}%, {0.7|pp|PE_shch} percentage point higher than a year earlier.

Mongolia supplied {0.74|tonnes|MG} million tonnes, or {5.0|p|MG_sh}%. The remaining {5.46|tonnes|CCR} million tonnes came from a dozen other suppliers, Kazakhstan and the DRC among them.

_ueditor_page_break_tag_

Bloomberg:

Bauxite imports have soared. Is the industry too dependent on Guinea? Thank you.

Qian Lifang:

It is a fair question, and we ask it ourselves. Bauxite imports reached {104.6|tonnes|BX} million tonnes, up {35.8|p|BXg}%, or {27.6|tonnes|BX_ch} million tonnes more than in the first half of last year.

Guinea shipped {78.9|tonnes|GN} million tonnes of it, up {44.2|p|GNg}%. That is {75.4|p|GN_sh}% of bauxite imports, {4.4|pp|GN_shch} percentage points more than a year ago, and of the {35.8|p|BXg_r}% growth, Guinea alone contributed {31.4|pp|GN_c} percentage points.

Australia sent {19.7|tonnes|AU} million tonnes, up {8.3|p|AUg}%, {18.8|p|AU_sh}% of the total. The rest, {6.0|tonnes|BXR} million tonnes, came mainly from Brazil and Indonesia. A smelter that eats from one bowl should keep a second bowl ready, and that is what we are telling our members.

_ueditor_page_break_tag_

Shanghai Securities News:

Copper prices were volatile. Could you give the monthly path? Thank you.

Du Kaiming:

Certainly. The spot price of copper was {77,180|y|M1} yuan per tonne in January, {76,840|y|M2} yuan in February, {79,950|y|M3} yuan in March, {76,430|y|M4} yuan in April, {77,820|y|M5} yuan in May and {78,700|y|M6} yuan in June.

The six months together average out at about {77,800|y|CUP_r} yuan, roughly {3,420|y|CUP_ch} yuan higher per tonne than a year before.

_ueditor_page_break_tag_

Economic Daily:

Where is the investment going? Thank you.

Sun Haoyu:

From the ministry's side, I can say the money is going where the bottleneck is, which is ore. Investment in nonferrous mining grew {12.4|p|FM_r}% in the first half, up from {8.9|p|FMq1}% in the first quarter, {3.5|pp|FM_acc} percentage points faster.

Investment in smelting and rolling grew {15.1|p|FS_r}%, still {2.7|pp|FS_gap} percentage points ahead of mining. Most of it goes into energy saving and recycling lines rather than new capacity.

_ueditor_page_break_tag_

Caixin:

Profits rose faster than revenue. Who made the money? Thank you.

Du Kaiming:

Smelters, mostly. The profit margin of the industry was {4.73|p|MARGIN}%, {0.46|pp|MARGIN_ch} percentage point higher than a year earlier. Profits rose by {40.5|y|PRO_ch} billion yuan, while revenue grew by about {459|y|REV_ch} billion yuan.

Mining enterprises earned {48.3|y|MIN} billion yuan, up {14.2|p|MINg}%. Smelting enterprises earned {106.9|y|SML} billion yuan, up {38.6|p|SMLg}%, which is {50.0|p|SML_sh}% of the industry's profits, and they contributed {17.2|pp|SML_c} percentage points of its growth. Processing enterprises earned {58.4|y|PRC} billion yuan, up {8.8|p|PRCg}%.

_ueditor_page_break_tag_

Workers' Daily:

How many enterprises are in the industry, and how many are losing money? Thank you.

Du Kaiming:

There were {11,236|enterprises|ENT} enterprises above designated size at the end of June, {418|enterprises|ENT_ch} more than a year earlier, up {3.9|p|ENTg}%. On average each earned about {402|y|REV_avg} million yuan of revenue in the half.

Of them, {2,548|enterprises|LOSS} were losing money, {197|enterprises|LOSS_ch} fewer than a year earlier, down {7.2|p|LOSSg}%. That is {22.7|p|LOSS_sh}% of all enterprises.

The industry employed {2.06|people|EMP} million people, {31,000|people|EMP_ch} fewer than a year earlier, a decline of {1.5|p|EMPg}%, as automation spread in processing plants.

_ueditor_page_break_tag_

China Daily:

What about recycled metals? Thank you.

Qian Lifang:

Scrap is the mine above the ground. Recycled nonferrous metals came to {9.12|tonnes|REC} million tonnes. Of this, recycled aluminium was {5.10|tonnes|RA} million tonnes, {55.9|p|RA_sh}% of the total.

Recycled copper came to {2.05|tonnes|RC} million tonnes, a volume equal to {27.6|p|RC_sh}% of refined copper output. Recycled lead added {1.52|tonnes|RL} million tonnes and recycled zinc {0.45|tonnes|RZ} million tonnes. A can that is melted again needs about a twentieth of the power that new metal needs. That is why we keep saying the best furnace is the one you do not have to build.

_ueditor_page_break_tag_

CCTV:

What is your outlook for the full year? Thank you.

Qian Lifang:

Steady, with some heat in copper. With nearly {40|tonnes|TEN_rr} million tonnes of the ten metals in six months, and copper above {7.4|tonnes|CU_r} million tonnes, the year should end close to last year's pace.

The worry is ore. The {106.4|tonnes|BX_bad} million tonnes of bauxite we brought in this half year show how much of our alumina is now cooked from foreign ore.

Tang Yiwen:

Thank you, Mr. Sun, Ms. Qian and Mr. Du, and thank you all. This concludes today's press conference.

Translated and edited by Zhou Lanxin, He Jiawei and Simon Barker. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Tang Yiwen

/4\u00a0\u00a0\u00a0\u00a0Sun Haoyu

/4\u00a0\u00a0\u00a0\u00a0Qian Lifang

/4\u00a0\u00a0\u00a0\u00a0Du Kaiming
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
    total("TEN", "CU", "AL", "PBZN", "OTH6"),
    total("PBZN", "PB", "ZN"),
    total("CU", "JX", "SD", "AH", "CUR"),
    total("FOUR", "ASD", "AXJ", "AIM", "AYN"),
    total("AL", "FOUR", "ALR"),
    total("CC", "CL", "PE", "MG", "CCR"),
    total("BX", "GN", "AU", "BXR"),
    total("PRO", "MIN", "SML", "PRC"),
    total("REC", "RA", "RC", "RL", "RZ"),
    share("CU_sh", "CU", "TEN"),
    share("AL_sh", "AL", "TEN"),
    share("JX_sh", "JX", "CU"),
    share("SD_sh", "SD", "CU"),
    share("AYN_sh", "AYN", "AL"),
    share("FOUR_sh", "FOUR", "AL_r"),
    share("PE_sh", "PE", "CC"),
    share("MG_sh", "MG", "CC"),
    share("GN_sh", "GN", "BX"),
    share("AU_sh", "AU", "BX"),
    share("MARGIN", "PRO", "REV"),
    share("SML_sh", "SML", "PRO"),
    share("LOSS_sh", "LOSS", "ENT"),
    share("RA_sh", "RA", "REC"),
    share("RC_sh", "RC", "CU"),
    gap("SD_gap", "SDg", "JXg"),
    gap("AYN_gap", "AYNg", "ALg"),
    gap("FS_gap", "FS_r", "FM_r"),
    same("TENg", "TENg_q"),
    same("TEN", "TEN_rr"),
    same("CU", "CU_r"),
    same("AL", "AL_r"),
    same("CUP", "CUP_r"),
    same("BXg", "BXg_r"),
    growth("TENg", "CU", "CUg", "AL", "ALg", "PBZN", "PBZNg", "OTH6", "OTH6g"),
    growth("PBZNg", "PB", "PBg", "ZN", "ZNg"),
    growth("CUg", "JX", "JXg", "SD", "SDg", "AH", "AHg", "CUR", "CURg"),
    growth("ALg", "ASD", "ASDg", "AXJ", "AXJg", "AIM", "AIMg", "AYN", "AYNg", "ALR", "ALRg"),
    growth("PROg", "MIN", "MINg", "SML", "SMLg", "PRC", "PRCg"),
    shch_pw("CU_shch", "CU", "TEN", "CUg", "TENg"),
    shch("PE_shch", "PE_sh", "PEg", "CCg"),
    shch_pw("GN_shch", "GN", "BX", "GNg", "BXg"),
    shch_pw("MARGIN_ch", "PRO", "REV", "PROg", "REVg"),
    accel("FM_acc", "FM_r", "FMq1"),
    contrib_pw("CU_c", "CU", "TEN", "CUg", "TENg"),
    contrib_pw("AL_c", "AL", "TEN", "ALg", "TENg"),
    contrib_pw("AYN_c", "AYN", "AL", "AYNg", "ALg"),
    contrib_pw("GN_c", "GN", "BX", "GNg", "BXg_r"),
    contrib_pw("SML_c", "SML", "PRO", "SMLg", "PROg"),
    absch("TEN_ch", "TEN", "TENg"),
    absch("CC_ch", "CC", "CCg"),
    absch("BX_ch", "BX", "BXg"),
    absch("CUP_ch", "CUP", "CUPg"),
    absch("PRO_ch", "PRO", "PROg"),
    absch("REV_ch", "REV", "REVg"),
    avg_tc("TEN_day", "TEN", "D181"),
    avg_items("CUP", "M1", "M2", "M3", "M4", "M5", "M6"),
    avg_tc("REV_avg", "REV", "ENT"),
    cc_g("ENT", "ENT_ch", "ENTg"),
    cc_g("LOSS", "LOSS_ch", "LOSSg"),
    cc_g("EMP", "EMP_ch", "EMPg"),
]
PLANTED = [
    ("share", "CL_sh", ["CL", "CC"]),
    ("restatement", "BX_bad", ["BX"]),
]
