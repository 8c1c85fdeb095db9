TEXT = """
CISA and MIIT press conference on the steel industry in H1 2025

Beijing | 10 a.m. July 25, 2025

The China Iron and Steel Association (CISA) and the Ministry of Industry and Information Technology (MIIT) held a joint press conference Friday in Beijing on the performance of the steel industry in the first half of 2025.

Speakers

Xue Jianping, vice president of the China Iron and Steel Association (CISA)

Dong Haiyan, deputy director general of the Department of Raw Materials Industry of the MIIT

Kang Liwei, director of the Market Research Department of the CISA

Chairperson

Meng Qiufang, spokesperson of the CISA

Read in Chinese

Speakers:

Mr. Xue Jianping, vice president of the China Iron and Steel Association (CISA)

Ms. Dong Haiyan, deputy director general of the Department of Raw Materials Industry of the MIIT

Mr. Kang Liwei, director of the Market Research Department of the CISA

Chairperson:

Ms. Meng Qiufang, spokesperson of the CISA

Date:

July 25, 2025


Meng Qiufang:

Good morning, friends from the press. Welcome to this joint press conference. The mills have closed their books on the first half, and we have brought the people who can read them. Vice President Xue Jianping will speak first, and then he, Ms. Dong Haiyan and Mr. Kang Liwei will answer your questions.

Vice President Xue, the floor is yours.

Xue Jianping:

Thank you, Ms. Meng. Good morning. A blast furnace does not cool overnight, and an industry of our size does not turn overnight either. But in the first half it did turn, and in the right direction.

The country produced {515.83|tonnes|CS} million tonnes of crude steel, down {3.0|p|CS_g}% year on year. Pig iron output was {435.48|tonnes|PI} million tonnes, down {0.8|p|PI_g}%, while output of finished steel products rose {4.6|p|FS_g}% to {734.39|tonnes|FS} million tonnes.

We made less steel and earned more from it. The key member enterprises of the association had sales revenue of {3.12|y|REV} trillion yuan, down {4.6|p|REV_g}%, yet their total profit climbed {63.3|p|PR_g}% to {59.2|y|PR} billion yuan.

Exports of steel products reached {58.15|tonnes|EX} million tonnes, up {9.2|p|EX_g}%. The fire is lower, but it burns cleaner. Thank you.

Meng Qiufang:

Thank you, Vice President Xue. Now the floor is open. Please name your news outlet before you ask.

_ueditor_page_break_tag_

Xinhua News Agency:

Output fell in the first half. Was the fall even through the six months? Thank you.

Kang Liwei:

Put simply, no. The first quarter still grew: {261.40|tonnes|Q1} million tonnes of crude steel, up {0.6|p|Q1_g}%. The second quarter gave {254.43|tonnes|Q2} million tonnes, and it fell {6.4|p|Q2_g}%.

So between the quarters the rate swung by {7.0|pp|Q_acc} percentage points. The market felt that swing before the statistics did.

Month by month, April came in at {86.02|tonnes|APR} million tonnes, May at {86.55|tonnes|MAY} million and June at {81.86|tonnes|JUN} million, which is {84.81|tonnes|Q2_avg} million tonnes a month on average for the quarter.

_ueditor_page_break_tag_

CCTV:

Which provinces cut the most? Thank you.

Dong Haiyan:

Let me be exact about the regions. Hebei produced {98.50|tonnes|HB} million tonnes of crude steel, down {4.2|p|HB_g}%, a decline {1.2|pp|HB_gap} percentage points deeper than the national one. It was {19.1|p|HB_sh}% of national output, and it alone pulled national output down by {0.8|pp|HB_c} percentage point.

Jiangsu made {56.20|tonnes|JS} million tonnes, down {1.5|p|JS_g}%. Shandong made {38.60|tonnes|SD} million tonnes, down {2.1|p|SD_g}%.

All the other provinces together made {322.53|tonnes|REST} million tonnes. That part fell {3.0|p|REST_g}%, in line with the country.

_ueditor_page_break_tag_

China Daily:

And the large enterprise groups? Thank you.

Kang Liwei:

The big four held their ground. China Baowu produced {65.40|tonnes|BW} million tonnes of crude steel, {12.7|p|BW_sh}% of the national figure. Ansteel produced {28.10|tonnes|AG} million tonnes, HBIS {22.30|tonnes|HG} million tonnes and Shagang {20.90|tonnes|SG} million tonnes.

Together that is {136.70|tonnes|TOP4} million tonnes, or {26.5|p|TOP4_sh}% of what the country made. Concentration is rising, slowly, the way the market likes it.

_ueditor_page_break_tag_

Economic Daily:

What does the home market look like? Thank you.

Dong Haiyan:

Two points. First, output less net exports gives apparent consumption of crude steel of {460.62|tonnes|AC} million tonnes. Second, the {55.21|tonnes|NE} million tonnes that went abroad on a net basis are what separates it from the {515.83|tonnes|CS_r} million tonnes produced.

Apparent consumption was down {4.4|p|AC_g}% from a year earlier. Construction is still weak; machinery, shipbuilding and household appliances are using more.

_ueditor_page_break_tag_

Reuters:

Steel exports keep rising. How much, and at what price? Thank you.

Kang Liwei:

Exports were {58.15|tonnes|EX_r} million tonnes and imports only {2.94|tonnes|IM} million tonnes, which fell {15.0|p|IM_g}%. The net figure of {55.21|tonnes|NE_r} million tonnes rose {10.9|p|NE_g}%.

Export growth ran {24.2|pp|EXIM_gap} percentage points ahead of imports. Exports amounted to {11.3|p|EX_sh}% of crude steel output, and they were about {4.9|tonnes|EX_ch} million tonnes more than a year ago.

By value, exports brought in {249.3|y|EXV} billion yuan. That is about {4,290|y|EXP} yuan a tonne on average, lower than a year ago. We sell more, and we sell cheaper. That is not a comfortable position.

_ueditor_page_break_tag_

Bloomberg:

Could you say more about iron ore? Thank you.

Kang Liwei:

China imported {590.83|tonnes|IO} million tonnes of iron ore, down {3.4|p|IO_g}%, or about {20.8|tonnes|IO_ch} million tonnes less.

Prices eased through the half. The China Iron Ore Price Index, converted to imported fines, stood at {103.6|US dollars|IP1} US dollars a tonne in January, {105.4|US dollars|IP2} in February, {100.9|US dollars|IP3} in March, {99.2|US dollars|IP4} in April, {95.8|US dollars|IP5} in May and {93.7|US dollars|IP6} in June.

Over the six months that averages {99.8|US dollars|IP_avg} US dollars a tonne. Put simply, ore got cheaper faster than steel did.

_ueditor_page_break_tag_

Caixin:

Profits rose by almost two thirds. Is that real recovery? Thank you.

Xue Jianping:

It is real, but it is thin. Profit of {59.2|y|PR_r} billion yuan on revenue of {3.12|y|REV_r} trillion yuan is a margin of {1.90|p|MRG}%. The margin is {0.79|pp|MRG_ch} percentage point wider than a year ago, but a furnace that runs at less than two yuan of profit in every hundred is still a furnace that runs hot.

The profit gain was about {23|y|PR_ch} billion yuan, while revenue shrank by about {150|y|REV_ch} billion yuan. Cheaper ore did much of the work.

_ueditor_page_break_tag_

Guangming Daily:

How is the industry doing on energy and emissions? Thank you.

Dong Haiyan:

Three measures. First, comprehensive energy consumption of key member enterprises was {548.6|kilograms|EN} kilograms of standard coal per tonne of steel, {6.7|kilograms|EN_ch} kilograms lower than the {555.3|kilograms|EN_prev} kilograms of a year earlier.

Second, {142|enterprises|ULE} enterprises had finished ultra-low-emission retrofits across the whole process by the end of June, {31|enterprises|ULE_ch} more than at the end of 2024, an increase of {27.9|p|ULE_g}%. Their crude steel capacity is about {590|tonnes|ULE_cap} million tonnes, or about {4.2|tonnes|ULE_avg} million tonnes per enterprise.

Third, the sector used {128.6|tonnes|SC} million tonnes of steel scrap, up {5.1|p|SC_g}%. It came to {24.9|p|SC_sh}% of crude steel output, {1.9|pp|SC_shch} percentage points more than in the first half of last year.

_ueditor_page_break_tag_

The Paper:

What about electric arc furnaces? Thank you.

Dong Haiyan:

Electric furnaces produced {52.40|tonnes|EAF} million tonnes of crude steel, up {6.3|p|EAF_g}%. Their share of crude steel was {10.2|p|EAF_sh}%, up {0.9|pp|EAF_shch} percentage point, and they added {0.6|pp|EAF_c} percentage point to output growth at a time when the total fell.

The growth of electric steel was {9.3|pp|EAF_gap} percentage points faster than that of crude steel as a whole. I want to be exact here: this is a share of output, not of capacity.

_ueditor_page_break_tag_

21st Century Business Herald:

Finished steel rose while crude steel fell. How can that be? Thank you.

Kang Liwei:

Good question. Finished steel rose {4.6|p|FS_g_r}%, {6.6|pp|FS_gap} percentage points faster than crude steel. Part of it is double counting when one product is rolled into another, and part is inventory.

Pig iron was {453.48|tonnes|PI_r} million tonnes, and it fell less than crude steel, which tells you the converters kept running while electric furnaces took a bigger role. Pig iron output fell by about {3.5|tonnes|PI_ch} million tonnes.

_ueditor_page_break_tag_

Securities Times:

Steel exports rose more than {9|p|EX_g_q}% while prices at home fell. How far did prices fall? Thank you.

Kang Liwei:

The CISA composite steel price index averaged {96.3|points|PX_Q1} points in the first quarter and {91.9|points|PX_Q2} points in the second, so {94.1|points|PX_avg} points for the half.

In the first quarter the index was down {9.0|p|PX_Q1_g}% from a year earlier. In the second quarter it was down {10.6|p|PX_Q2_g}%, a fall {1.6|pp|PX_acc} percentage points steeper.

Stocks are lighter, which helps. Social inventories of the five major steel products were {9.28|tonnes|INV} million tonnes at the end of June, {1.83|tonnes|INV_ch} million tonnes lower than a year earlier, a decline of {16.5|p|INV_g}%.

_ueditor_page_break_tag_

China Business News:

How much is the industry investing in cleaner production? Thank you.

Dong Haiyan:

Enterprises put {82.5|y|GI} billion yuan into energy saving and emission control projects in the first half. Of that, ultra-low-emission projects took {48.7|y|GI_ULE} billion yuan, or {59.0|p|GI_ULE_sh}%, energy-saving projects {21.6|y|GI_EN} billion yuan, and digital monitoring the remaining {12.2|y|GI_DG} billion yuan.

The money follows the rule. The {142|enterprises|ULE_r} enterprises that have finished retrofits pay less in environmental tax and face fewer production limits on bad-air days.

_ueditor_page_break_tag_

China News Service:

Are exporters worried about trade barriers? Thank you.

Xue Jianping:

Worried, yes. Nearly {60|tonnes|EX_rr} million tonnes of steel left our ports in six months. That is more than our neighbours want, and more than we should want. Over {11|p|EX_sh_r}% of output going abroad is too much for a healthy industry.

Our aim is the opposite of a price war. Profit of nearly {60|y|PR_rr} billion yuan is a start. Output of more than {515|tonnes|CS_rr} million tonnes is plenty for a country that is building less.

Let me close where I began, with the furnace. It burned {548.6|kilograms|EN_r} kilograms of standard coal for each tonne of steel, and it swallowed about {129|tonnes|SC_r} million tonnes of scrap. Cleaner fire, less of it, and more value from each tonne.

Meng Qiufang:

Thank you, Vice President Xue, Ms. Dong and Mr. Kang, and thank you all for coming. This concludes today's press conference.

Translated and edited by Zhao Yuting, Sun Kai and Martin Hale. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Meng Qiufang

/4\u00a0\u00a0\u00a0\u00a0Xue Jianping

/4\u00a0\u00a0\u00a0\u00a0Dong Haiyan

/4\u00a0\u00a0\u00a0\u00a0Kang Liwei
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
    total("CS", "HB", "JS", "SD", "REST"),
    total("CS_r", "AC", "NE"),
    total("EX_r", "IM", "NE_r"),
    total("TOP4", "BW", "AG", "HG", "SG"),
    total("Q2", "APR", "MAY", "JUN"),
    total("CS", "Q1", "Q2"),
    total("GI", "GI_ULE", "GI_EN", "GI_DG"),
    share("HB_sh", "HB", "CS"),
    share("BW_sh", "BW", "CS"),
    share("TOP4_sh", "TOP4", "CS"),
    share("EX_sh", "EX_r", "CS"),
    share("MRG", "PR_r", "REV_r"),
    share("SC_sh", "SC", "CS"),
    share("EAF_sh", "EAF", "CS"),
    share("GI_ULE_sh", "GI_ULE", "GI"),
    gap("HB_gap", "HB_g", "CS_g"),
    gap("EXIM_gap", "EX_g", "IM_g"),
    gap("EAF_gap", "EAF_g", "CS_g"),
    same("CS", "CS_r"),
    same("CS", "CS_rr"),
    same("EX", "EX_r"),
    same("EX", "EX_rr"),
    same("NE", "NE_r"),
    same("PR", "PR_r"),
    same("PR", "PR_rr"),
    same("REV", "REV_r"),
    same("FS_g", "FS_g_r"),
    same("EX_sh", "EX_sh_r"),
    same("EX_g", "EX_g_q"),
    same("ULE", "ULE_r"),
    same("SC", "SC_r"),
    same("EN", "EN_r"),
    growth("CS_g", "HB", "HB_g", "JS", "JS_g", "SD", "SD_g", "REST", "REST_g"),
    growth("CS_g", "Q1", "Q1_g", "Q2", "Q2_g"),
    growth("EX_g", "IM", "IM_g", "NE", "NE_g"),
    growth("CS_g", "AC", "AC_g", "NE", "NE_g"),
    shch_pw("MRG_ch", "PR", "REV", "PR_g", "REV_g"),
    shch("SC_shch", "SC_sh", "SC_g", "CS_g"),
    shch("EAF_shch", "EAF_sh", "EAF_g", "CS_g"),
    accel("Q_acc", "Q2_g", "Q1_g"),
    accel("PX_acc", "PX_Q2_g", "PX_Q1_g"),
    contrib("HB_c", "HB_sh", "HB_g", "CS_g"),
    contrib("EAF_c", "EAF_sh", "EAF_g", "CS_g"),
    absch("EX_ch", "EX", "EX_g"),
    absch("IO_ch", "IO", "IO_g"),
    absch("PR_ch", "PR", "PR_g"),
    absch("REV_ch", "REV", "REV_g"),
    absch("PI_ch", "PI", "PI_g"),
    avg_items("Q2_avg", "APR", "MAY", "JUN"),
    avg_items("IP_avg", "IP1", "IP2", "IP3", "IP4", "IP5", "IP6"),
    avg_items("PX_avg", "PX_Q1", "PX_Q2"),
    avg_tc("EXP", "EXV", "EX_r"),
    avg_tc("ULE_avg", "ULE_cap", "ULE"),
    cc_p("EN", "EN_ch", "EN_prev"),
    cc_g("ULE", "ULE_ch", "ULE_g"),
    cc_g("INV", "INV_ch", "INV_g"),
]
PLANTED = [
    ("restatement", "PI_r", ["PI"]),
    ("gap", "FS_gap", ["FS_g_r", "CS_g"]),
]
