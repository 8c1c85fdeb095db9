TEXT = """
CNTAC press conference on the economic performance of the textile and apparel industry in H1 2025

Beijing | 10 a.m. Aug 6, 2025

The China National Textile and Apparel Council (CNTAC) held a press conference Wednesday in Beijing on the economic performance of the textile and apparel industry in the first half of 2025.

Speakers

Feng Jianguo, vice president of the China National Textile and Apparel Council (CNTAC)

Bai Xiaoqing, director of the Statistics Center of the China National Textile and Apparel Council (CNTAC)

Hou Zhen, deputy director general of the Department of Consumer Goods Industry of the Ministry of Industry and Information Technology (MIIT)

Chairperson

Lin Shuya, director of the News Center of the CNTAC

Read in Chinese

Speakers:

Mr. Feng Jianguo, vice president of the China National Textile and Apparel Council (CNTAC)

Ms. Bai Xiaoqing, director of the Statistics Center of the China National Textile and Apparel Council (CNTAC)

Mr. Hou Zhen, deputy director general of the Department of Consumer Goods Industry of the Ministry of Industry and Information Technology (MIIT)

Chairperson:

Ms. Lin Shuya, director of the News Center of the CNTAC

Date:

Aug 6, 2025


Lin Shuya:

Good morning, ladies and gentlemen, and welcome. Everyone in this room is wearing the product we are here to talk about. Mr. Feng Jianguo will first brief you on the industry's performance in the first half of the year, and then Mr. Feng, Ms. Bai Xiaoqing and Mr. Hou Zhen will answer your questions.

Mr. Feng, please.

Feng Jianguo:

Thank you. If I had to describe the half year in one image, I would say the loom kept running, but the thread was tighter.

Value added of textile enterprises above designated size grew {3.6|p|VAT}% year on year, {2.8|pp|VAT_gap} percentage points slower than industry as a whole, which grew {6.4|p|VAI}%. Value added of the garment industry grew {1.2|p|VAG}%, {2.4|pp|VAG_gap} percentage points behind textiles. Chemical fibre manufacturing did better, at {6.9|p|VAC}%.

Yarn output was {11.45|tonnes|YARN} million tonnes, up {1.4|p|YARNg}%. Fabric output was {16.32|meters|FAB} billion meters, down {2.1|p|FABg}%. Garment makers turned out {9.46|pieces|GAR} billion pieces, up {0.7|p|GARg}%. Chemical fibre reached {41.20|tonnes|CF} million tonnes, up {5.6|p|CFg}%, some {2.18|tonnes|CF_ch} million tonnes more than a year earlier.

Exports of textiles and garments came to {143.2|usd|EX} billion US dollars, up {0.8|p|EXg}%, or about {1.1|usd|EX_ch} billion US dollars more. Counted in yuan, they were {1.03|y|EXY} trillion yuan, up {2.1|p|EXYg}%.

Enterprises above designated size had operating revenue of {2.33|y|REV} trillion yuan, up {1.2|p|REVg}%, and their profits were {68.6|y|PRO} billion yuan, down {4.5|p|PROg}%.

So the cloth is good, but the margin is thin. Thank you.

Lin Shuya:

Thank you, Mr. Feng. The floor is now open. Please identify your news organization before asking.

_ueditor_page_break_tag_

Xinhua News Agency:

Which did better abroad, textiles or garments? Thank you.

Bai Xiaoqing:

Let me put the numbers on the table. Textiles, meaning yarn, fabric and made-up articles, were exported to the value of {69.9|usd|TXE} billion US dollars, up {2.6|p|TXEg}%, about {1.8|usd|TXE_ch} billion US dollars more. That is {48.8|p|TXE_sh}% of the total.

Garments brought in {73.3|usd|GAE} billion US dollars, down {0.9|p|GAEg}%, the other {51.2|p|GAE_sh}%. In yuan, textiles earned {502.4|y|TXY} billion yuan and garments {572.6|y|GAY} billion yuan.

Strictly speaking, garments have been below textiles in growth for three years now. Fabric travels; finished clothes meet more tariffs.

_ueditor_page_break_tag_

Reuters:

Exports to the United States fell more than {8|p|USg_q}%. How much did the tariffs hurt? Thank you.

Bai Xiaoqing:

Exports to the US were {23.1|usd|US} billion US dollars, down {8.4|p|USg}%, about {2.1|usd|US_ch} billion US dollars less than a year earlier. The US took {16.1|p|US_sh}% of our textile and garment exports, {1.6|pp|US_shch} percentage points lower than a year earlier, and it pulled overall export growth down by {1.5|pp|US_c} percentage points.

Exports to the EU were {25.6|usd|EU} billion US dollars, up {5.9|p|EUg}%, a share of {17.9|p|EU_sh}%. Japan took {8.9|usd|JP} billion US dollars, down {3.2|p|JPg}%, or {6.2|p|JP_sh}%.

Hou Zhen:

I would add a word from the policy side. We are helping enterprises spread their orders, and the figures Ms. Bai has just given show that the spreading has begun.

_ueditor_page_break_tag_

China Textile News:

Then where did the growth come from? Thank you.

Bai Xiaoqing:

From the south and from the Belt and Road. Exports to ASEAN reached {27.3|usd|AS} billion US dollars, up {7.5|p|ASg}%, {15.9|pp|AS_gap} percentage points faster than exports to the US. That is about {1.9|usd|AS_ch} billion US dollars more, {19.1|p|AS_sh}% of the total, and a contribution of {1.3|pp|AS_c} percentage points to growth.

The four markets I have named took {84.9|usd|FOUR} billion US dollars between them, {59.3|p|FOUR_sh}% of exports. All other markets together took {58.3|usd|OTH} billion US dollars, up {0.4|p|OTHg}%.

Belt and Road countries, which overlap with ASEAN and parts of the EU, took {74.1|usd|BR} billion US dollars, up {4.6|p|BRg}%. Their share rose to {51.7|p|BR_sh}%, {1.9|pp|BR_shch} percentage points more than a year earlier, and they added {2.3|pp|BR_c} percentage points to export growth.

_ueditor_page_break_tag_

Economic Daily:

Was June better than the spring? Thank you.

Bai Xiaoqing:

Yes, clearly. In the first five months exports were {115.6|usd|M5} billion US dollars, down {0.3|p|M5g}%. June alone brought {27.6|usd|JUN} billion US dollars, up {5.7|p|JUNg}%, a swing of {6.0|pp|JUN_acc} percentage points from the pace of January to May.

Part of that was orders brought forward before the summer. I would wait for July before calling it a trend.

_ueditor_page_break_tag_

China Fibre News:

Chemical fibre keeps growing. What is it made of? Thank you.

Feng Jianguo:

Mostly polyester, as you would expect. Polyester came to {34.10|tonnes|PET} million tonnes, {82.8|p|PET_sh}% of chemical fibre. Nylon came to {3.02|tonnes|PA} million tonnes, or {7.3|p|PA_sh}%, viscose to {1.95|tonnes|VIS} million tonnes, and all other fibres to {2.13|tonnes|CFO} million tonnes.

Every shirt begins as a thread, and today more threads begin in a refinery than in a field. The {41.2|tonnes|CF_r} million tonnes of chemical fibre are the warp of the whole industry.

_ueditor_page_break_tag_

Yicai:

How are garments selling at home, especially online? Thank you.

Hou Zhen:

Online sales of physical goods were {6.12|y|ONL} trillion yuan, up {6.0|p|ONLg}%. Within that, clothing sold online came to {710|y|CLO} billion yuan, up {2.8|p|CLOg}%, {4.2|pp|CLO_gap} percentage points slower than online sales of physical goods as a whole.

Clothing therefore made up {11.6|p|CLO_sh}% of online sales of physical goods, {0.4|pp|CLO_shch} percentage point lower than a year earlier. Retail sales of garments, footwear, hats and knitwear by enterprises above designated size were {719.1|y|RET} billion yuan, up {3.1|p|RETg}%.

Garment value added grew {1.2|p|VAG_r}% in the half, after {0.4|p|VAGq1}% in the first quarter, so it picked up by {0.8|pp|VAG_acc} percentage point. We will keep supporting trade-in and brand campaigns to help it along.

_ueditor_page_break_tag_

Securities Daily:

Cotton prices have fallen. What does that mean for spinners? Thank you.

Bai Xiaoqing:

Let me give the monthly figures. The China Cotton Index stood at {14,820|y|C1} yuan per tonne in January, {14,750|y|C2} yuan in February, {14,690|y|C3} yuan in March, {14,560|y|C4} yuan in April, {14,610|y|C5} yuan in May and {14,650|y|C6} yuan in June.

That is an average of {14,680|y|CP} yuan per tonne for the half, down {9.6|p|CPg}%, about {1,560|y|CP_ch} yuan lower than a year earlier.

Cotton imports were {460,000|tonnes|CI} tonnes, down {75.2|p|CIg}%, nearly {1.4|tonnes|CI_ch} million tonnes less. Spinners are using more domestic cotton, and cheaper cotton helps them, though it also lowers the value of their stocks.

_ueditor_page_break_tag_

Caixin:

Why did profits fall when revenue grew? Thank you.

Bai Xiaoqing:

Strictly speaking, because prices fell faster than costs. The profit margin was {2.94|p|MARGIN}%, {0.18|pp|MARGIN_ch} percentage point lower than a year earlier. Profits were down by {3.2|y|PRO_ch} billion yuan, while revenue was up by about {28|y|REV_ch} billion yuan.

Textile enterprises earned {36.1|y|PT} billion yuan, down {2.3|p|PTg}%, or {52.6|p|PT_sh}% of the industry's profits. Garment enterprises earned {17.9|y|PG} billion yuan, down {9.8|p|PGg}%, and pulled the industry's profit growth down by {2.7|pp|PG_c} percentage points. Chemical fibre enterprises earned {14.6|y|PC} billion yuan, down {2.9|p|PCg}%.

_ueditor_page_break_tag_

Workers' Daily:

How many enterprises are struggling, and what about jobs? Thank you.

Feng Jianguo:

A thread that is pulled too hard breaks, and some enterprises have felt that. There were {36,930|enterprises|ENT} enterprises above designated size, {812|enterprises|ENT_ch} more than a year earlier, up {2.2|p|ENTg}%. On average each had about {63|y|REV_avg} million yuan of revenue in the half.

Of them, {9,870|enterprises|LOSS} made losses, {26.7|p|LOSS_sh}% of the total. That is {498|enterprises|LOSS_ch} fewer loss-making enterprises than a year ago, a decline of {4.8|p|LOSSg}%.

They employed {6.86|people|EMP} million people, {147,000|people|EMP_ch} fewer than a year earlier, down {2.1|p|EMPg}%. Revenue per employee was about {340,000|y|REV_pe} yuan.

_ueditor_page_break_tag_

21st Century Business Herald:

Are trade frictions growing? Thank you.

Hou Zhen:

They are. Our textile and garment products met {14|cases|CASES} trade remedy cases abroad in the half, {3|cases|CASES_ch} cases more than the {11|cases|CASES_prev} of a year earlier. We help enterprises respond to every one of them, and we respond early.

_ueditor_page_break_tag_

CCTV:

What is your outlook for the rest of the year? Thank you.

Feng Jianguo:

The loom will keep running. With exports of more than {143|usd|EX_r} billion US dollars and nearly {70|usd|TXE_r} billion US dollars of textiles in the first six months, the year can match last year.

Profits close to {69|y|PRO_r} billion yuan are not enough, and we will not pretend otherwise. But a good weaver does not blame the thread; we will make better cloth.

Lin Shuya:

Thank you, Mr. Feng, Ms. Bai and Mr. Hou, and thank you all. This concludes today's press conference.

Translated and edited by Xu Yiming, Chen Lu and Rachel Moore. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Lin Shuya

/4\u00a0\u00a0\u00a0\u00a0Feng Jianguo

/4\u00a0\u00a0\u00a0\u00a0Bai Xiaoqing

/4\u00a0\u00a0\u00a0\u00a0Hou Zhen
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
    total("EX", "TXE", "GAE"),
    total("FOUR", "US", "EU", "AS", "JP"),
    total("EX", "FOUR", "OTH"),
    total("EX", "M5", "JUN"),
    total("CF", "PET", "PA", "VIS", "CFO"),
    total("PRO", "PT", "PG", "PC"),
    share("TXE_sh", "TXE", "EX"),
    share("GAE_sh", "GAE", "EX"),
    share("US_sh", "US", "EX"),
    share("EU_sh", "EU", "EX"),
    share("AS_sh", "AS", "EX"),
    share("JP_sh", "JP", "EX"),
    share("FOUR_sh", "FOUR", "EX"),
    share("BR_sh", "BR", "EX"),
    share("PET_sh", "PET", "CF"),
    share("PA_sh", "PA", "CF"),
    share("CLO_sh", "CLO", "ONL"),
    share("MARGIN", "PRO", "REV"),
    share("PT_sh", "PT", "PRO"),
    share("LOSS_sh", "LOSS", "ENT"),
    gap("VAT_gap", "VAT", "VAI"),
    gap("VAG_gap", "VAG", "VAT"),
    gap("AS_gap", "ASg", "USg"),
    same("USg", "USg_q"),
    same("EX", "EX_r"),
    same("TXE", "TXE_r"),
    same("CF", "CF_r"),
    same("PRO", "PRO_r"),
    same("VAG", "VAG_r"),
    growth("EXg", "TXE", "TXEg", "GAE", "GAEg"),
    growth("EXg", "US", "USg", "EU", "EUg", "AS", "ASg", "JP", "JPg", "OTH", "OTHg"),
    growth("EXg", "M5", "M5g", "JUN", "JUNg"),
    growth("PROg", "PT", "PTg", "PG", "PGg", "PC", "PCg"),
    shch_pw("US_shch", "US", "EX", "USg", "EXg"),
    shch("BR_shch", "BR_sh", "BRg", "EXg"),
    shch_pw("CLO_shch", "CLO", "ONL", "CLOg", "ONLg"),
    shch_pw("MARGIN_ch", "PRO", "REV", "PROg", "REVg"),
    accel("JUN_acc", "JUNg", "M5g"),
    accel("VAG_acc", "VAG_r", "VAGq1"),
    contrib_pw("US_c", "US", "EX", "USg", "EXg"),
    contrib_pw("AS_c", "AS", "EX", "ASg", "EXg"),
    contrib_pw("BR_c", "BR", "EX", "BRg", "EXg"),
    contrib_pw("PG_c", "PG", "PRO", "PGg", "PROg"),
    absch("EX_ch", "EX", "EXg"),
    absch("TXE_ch", "TXE", "TXEg"),
    absch("US_ch", "US", "USg"),
    absch("AS_ch", "AS", "ASg"),
    absch("CF_ch", "CF", "CFg"),
    absch("CP_ch", "CP", "CPg"),
    absch("CI_ch", "CI", "CIg"),
    absch("PRO_ch", "PRO", "PROg"),
    absch("REV_ch", "REV", "REVg"),
    avg_items("CP", "C1", "C2", "C3", "C4", "C5", "C6"),
    avg_tc("REV_avg", "REV", "ENT"),
    avg_tc("REV_pe", "REV", "EMP"),
    cc_g("ENT", "ENT_ch", "ENTg"),
    cc_g("LOSS", "LOSS_ch", "LOSSg"),
    cc_g("EMP", "EMP_ch", "EMPg"),
    cc_p("CASES", "CASES_ch", "CASES_prev"),
]
PLANTED = [
    ("sum", "GAY", ["EXY", "TXY"]),
    ("gap", "CLO_gap", ["CLOg", "ONLg"]),
]
