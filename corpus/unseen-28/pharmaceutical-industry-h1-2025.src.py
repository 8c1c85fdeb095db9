TEXT = """
Press conference on the performance of China's pharmaceutical industry in H1 2025

Beijing | 3 p.m. July 30, 2025

The Ministry of Industry and Information Technology (MIIT) and the National Medical Products Administration (NMPA) held a joint press conference on Wednesday in Beijing on how the pharmaceutical industry performed in the first half of 2025.

Speakers

Zhao Qiming, vice minister of industry and information technology

Lin Shuhua, deputy commissioner of the National Medical Products Administration (NMPA)

Peng Yuanjie, director general of the Consumer Goods Industry Department of the MIIT

Chairperson

Guo Wenhui, director general of the Information Center of the MIIT and spokesperson of the MIIT

Read in Chinese

Speakers:

Mr. Zhao Qiming, vice minister of industry and information technology

Ms. Lin Shuhua, deputy commissioner of the National Medical Products Administration (NMPA)

Mr. Peng Yuanjie, director general of the Consumer Goods Industry Department of the MIIT

Chairperson:

Mr. Guo Wenhui, director general of the Information Center of the MIIT and spokesperson of the MIIT

Date:

July 30, 2025


Guo Wenhui:

Good afternoon, friends from the media. Medicine touches every household, so today's figures matter to more than the industry itself. Vice Minister Zhao Qiming will begin with an overview, and then he, Ms. Lin Shuhua and Mr. Peng Yuanjie will take your questions.

Mr. Zhao, the floor is yours.

Zhao Qiming:

Thank you. A production line tells you the truth if you stand next to it long enough, and in the first half the line kept running, though not at full speed everywhere.

Pharmaceutical manufacturers above designated size earned operating revenue of {1.24|y|R} trillion yuan in the first half, up {0.6|p|Rg}% year on year. Their profits were {167.3|y|P} billion yuan, down {2.4|p|Pg}%.

Output of active pharmaceutical ingredients reached {1.912|tonnes|API} million tonnes, up {3.7|p|APIg}%.

Exports of medicines and medical devices came to {53.07|usd|X} billion US dollars, an increase of {4.1|p|Xg}%, while imports fell {3.4|p|Mg}% to {25.94|usd|M} billion US dollars.

Innovation kept its pace. The NMPA approved {43|drugs|ND} innovative drugs and {61|devices|ID} innovative medical devices. Enterprises spent {49.6|y|RD} billion yuan on research and development, up {9.2|p|RDg}%.

There were {9,347|enterprises|E} enterprises above designated size in the industry, employing {2.22|people|EMP} million people. That is the overview; the details are better in answers than in a speech.

Guo Wenhui:

Thank you, Mr. Zhao. Please raise your hand and name your outlet before your question.

_ueditor_page_break_tag_

Economic Daily:

Revenue grew only {0.6|p|Rg_q}%. Which segments held it back? Thank you.

Peng Yuanjie:

Let me go through the four segments in round numbers, and then in exact ones. Chemical drugs brought in {536.2|y|CH} billion yuan, up {1.2|p|CHg}%, or {43.2|p|CH_sh}% of the industry. They added {0.5|pp|CH_c} percentage point to growth.

Traditional Chinese medicine took in {318.7|y|TCM} billion yuan, down {3.6|p|TCMg}%. Its share was {25.7|p|TCM_sh}%, {1.1|pp|TCM_shch} percentage points lower than a year earlier, and it pulled overall growth down by {1.0|pp|TCM_c} percentage point.

Biological products grew fastest: {176.4|y|BIO} billion yuan, up {4.8|p|BIOg}%, which is {4.2|pp|BIO_gap} percentage points faster than the industry. They make up {14.2|p|BIO_sh}%, up {0.6|pp|BIO_shch} percentage point, and contributed {0.7|pp|BIO_c} percentage point.

The rest is medical devices, {208.5|y|DEV} billion yuan, up {2.1|p|DEVg}%, or {16.8|p|DEV_sh}% of the total. Devices grew {0.9|pp|DEV_gap} percentage point faster than chemical drugs.

Put the four together and you have {1,239.8|y|R_r} billion yuan, about {6.8|y|R_ch} billion yuan more than in the first half of last year.

_ueditor_page_break_tag_

China Daily:

Is the industry picking up speed from quarter to quarter? Thank you.

Zhao Qiming:

Slowly, yes. In the first quarter revenue was {598.4|y|RQ1} billion yuan, up only {0.1|p|RQ1g}%. The second quarter brought {641.4|y|RQ2} billion yuan, growth of {1.0|p|RQ2g}%.

So the half-year rate ended {0.5|pp|R_acc} percentage point above the first quarter's. A machine that has been idling takes a while to warm up.

Profits tell the same story. In the first quarter they were down {5.9|p|PQ1g}%; the decline has since narrowed by {3.5|pp|P_acc} percentage points.

_ueditor_page_break_tag_

21st Century Business Herald:

Profits are still falling. Where is the money being made? Thank you.

Peng Yuanjie:

For the record: chemical drug makers earned {72.6|y|P_CH} billion yuan and biological product makers {31.8|y|P_BIO} billion yuan. Traditional Chinese medicine and devices together earned the remaining {62.9|y|P_REST} billion yuan.

The profit margin on revenue was {13.5|p|MARGIN}%. Profits were {4.1|y|P_ch} billion yuan lower than a year before, largely because raw herb prices rose while drug prices fell.

Of the {9,347|enterprises|E_r} enterprises, {2,616|enterprises|LOSS} made a loss, or {28.0|p|LOSS_sh}%. That is {133|enterprises|LOSS_ch} more loss-makers than the {2,483|enterprises|LOSS_prev} a year earlier.

The number of enterprises itself went up by {212|enterprises|E_ch}, or {2.3|p|E_g}%. On average each of them took in {132.6|y|E_avg} million yuan.

_ueditor_page_break_tag_

Health News:

How many new drugs reached patients, and how new are they really? Thank you.

Lin Shuhua:

Let me be precise, because "innovative" is a word people use loosely. The {43|drugs|ND_r} innovative drugs we approved were {12|drugs|ND_ch} more than in the same period last year, an increase of {38.7|p|ND_g}%.

Of them, {17|drugs|FIC} were first in class anywhere in the world, {39.5|p|FIC_sh}% of the total. Together with the {61|devices|ID_r} innovative devices, we approved {104|products|APPR} innovative products.

Registered clinical trials numbered {2,486|trials|CT}, up {318|trials|CT_ch}, or {14.7|p|CT_g}%. Behind each trial stand hundreds of patients who agreed to help; we owe them a fast and careful review clock.

_ueditor_page_break_tag_

Xinhua News Agency:

Exports grew despite the tariffs. Which markets bought more? Thank you.

Peng Yuanjie:

In exact figures: medicines accounted for {28.36|usd|XM} billion US dollars of exports, up {2.9|p|XMg}%, and medical devices for {24.71|usd|XD} billion US dollars, up {5.6|p|XDg}%.

Exports to the EU were {12.86|usd|EU} billion US dollars, {24.2|p|EU_sh}% of the total. The United States took {9.47|usd|US} billion US dollars, or {21.8|p|US_sh}%, and ASEAN {6.12|usd|AS} billion US dollars, or {11.5|p|AS_sh}%.

Belt and Road countries bought {19.83|usd|BR} billion US dollars of our products, up {8.9|p|BRg}%. That is {37.4|p|BR_sh}% of exports, and on its own it added {3.2|pp|BR_c} percentage points to export growth.

Export growth was {2.1|p|XQ1g}% in the first quarter, so it gained {2.0|pp|X_acc} percentage points in the second.

_ueditor_page_break_tag_

Reuters:

And the trade balance? Imports are shrinking. Thank you.

Zhao Qiming:

Imports fell while exports rose, so the gap between the two growth rates was {7.5|pp|XM_gap} percentage points. The surplus came to {27.13|usd|SUR} billion US dollars.

Trade in medicines and devices totalled {79.01|usd|T} billion US dollars, up {1.5|p|Tg}%. Exports of about {53|usd|X_r} billion US dollars are a good number, but I would rather talk about quality than size.

_ueditor_page_break_tag_

China Pharmaceutical News:

What about raw materials? China is the world's largest supplier of active pharmaceutical ingredients. Thank you.

Peng Yuanjie:

It is. Output rose by {68,000|tonnes|API_ch} tonnes in the half. Of the output, {742,000|tonnes|APIX} tonnes went abroad, {38.8|p|APIX_sh}% of the total.

We want fewer but greener plants. The {1.192|tonnes|API_r} million tonnes we made this half came with less waste water per tonne than ever before.

_ueditor_page_break_tag_

China Securities Journal:

Research spending seems to be rising. Is it enough? Thank you.

Zhao Qiming:

It is never enough, but it is moving. Research spending, close to {50|y|RD_r} billion yuan, came to {4.0|p|RD_sh}% of revenue, {0.3|pp|RD_shch} percentage point higher than a year earlier. Companies spent {4.2|y|RD_ch} billion yuan more than in the first half of last year.

Registered trials, nearly {2,500|trials|CT_r} of them, show where that money goes.

_ueditor_page_break_tag_

China National Radio:

Centralized procurement keeps pushing prices down. How far did it go this year? Thank you.

Lin Shuhua:

Two rounds matter for this half. The 10th round covered {62|drugs|VBP10} drugs, with an average price cut of {69.8|p|CUT10}%, and the 11th round covered {55|drugs|VBP11} drugs, with a cut of {58.4|p|CUT11}%.

That is {117|drugs|VBP} drugs in all, or {58.5|drugs|VBP_avg} a round, and the two cuts average out at {64.1|p|CUT_avg}%. Patients are expected to save {26.5|y|SAV10} billion yuan from the 10th round and {18.3|y|SAV11} billion yuan from the 11th, or {44.8|y|SAV} billion yuan a year.

Lower prices must not mean lower quality. We sampled every one of the {117|drugs|VBP_r} drugs at least once.

_ueditor_page_break_tag_

Workers' Daily:

How many jobs does the industry provide? Thank you.

Peng Yuanjie:

In round numbers, {2.2|people|EMP_r} million people. The exact figure rose by {31,000|people|EMP_ch}, or {1.4|p|EMP_g}%. Each employee produced about {559,000|y|EMP_avg} yuan of revenue.

Zhao Qiming:

Let me add one point. An industry worth more than {1.2|y|R_r2} trillion yuan, with more than {167|y|P_r} billion yuan in profits and over {9,300|enterprises|E_r2} enterprises, should be judged by the medicines it brings to patients and not only by its size.

Guo Wenhui:

Thank you, Vice Minister Zhao, Ms. Lin and Mr. Peng, and thank you all. This concludes today's press conference.

Translated and edited by Wang Xiaolu, Zhang Rui and Daniel Foster. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Guo Wenhui

/4\u00a0\u00a0\u00a0\u00a0Zhao Qiming

/4\u00a0\u00a0\u00a0\u00a0Lin Shuhua

/4\u00a0\u00a0\u00a0\u00a0Peng Yuanjie
"""

# ---- relation helpers: each returns (kind, [(mark id, role), ...]) ----
def R_SUM(total, *parts):
    return ("sum", [(total, "total")] + [(x, "part") for x in parts])
def R_SHARE(sh, part, whole):
    return ("share", [(sh, "share"), (part, "part"), (whole, "whole")])
def R_SAME(first, again):
    return ("restatement", [(first, "first"), (again, "restated")])
def R_GAP(gap, rate, base):
    return ("gap", [(gap, "gap"), (rate, "rate"), (base, "base-rate")])
def R_ACC(change, later, earlier):
    return ("acceleration", [(change, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def R_GROWTH(total_growth, *level_growth):
    figs = [(total_growth, "total-growth")]
    for lv, gr in zip(level_growth[0::2], level_growth[1::2]):
        figs += [(lv, "part"), (gr, "part-growth")]
    return ("growth", figs)
def R_SHCH(change, part, whole, pg, wg):
    return ("share-change", [(change, "change"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def R_SHCH_S(change, share, pg, wg):
    return ("share-change", [(change, "change"), (share, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def R_CONTR(c, part, whole, pg, wg):
    return ("contribution", [(c, "contribution"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def R_CONTR_S(c, share, pg, wg):
    return ("contribution", [(c, "contribution"), (share, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def R_ABS(change, level, growth):
    return ("absolute-change", [(change, "change"), (level, "level"), (growth, "growth")])
def R_ABS_P(change, level, previous):
    return ("absolute-change", [(change, "change"), (level, "level"), (previous, "previous")])
def R_MEAN(avg, *items):
    return ("average", [(avg, "average")] + [(i, "item") for i in items])
def R_PER(avg, total, count):
    return ("average", [(avg, "average"), (total, "total"), (count, "count")])
def R_CNT_G(count, change, growth):
    return ("count-change", [(count, "count"), (change, "change"), (growth, "growth")])
def R_CNT_P(count, change, previous):
    return ("count-change", [(count, "count"), (change, "change"), (previous, "previous")])
RELATIONS = [
    R_SUM("R_r", "CH", "TCM", "BIO", "DEV"),
    R_SUM("R_r", "RQ1", "RQ2"),
    R_SUM("P", "P_CH", "P_BIO", "P_REST"),
    R_SUM("X", "XM", "XD"),
    R_SUM("X", "M", "SUR"),
    R_SUM("T", "X", "M"),
    R_SUM("APPR", "ND_r", "ID_r"),
    R_SUM("VBP", "VBP10", "VBP11"),
    R_SUM("SAV", "SAV10", "SAV11"),
    R_SHARE("CH_sh", "CH", "R_r"),
    R_SHARE("TCM_sh", "TCM", "R_r"),
    R_SHARE("BIO_sh", "BIO", "R_r"),
    R_SHARE("DEV_sh", "DEV", "R_r"),
    R_SHARE("MARGIN", "P", "R_r"),
    R_SHARE("RD_sh", "RD", "R_r"),
    R_SHARE("LOSS_sh", "LOSS", "E_r"),
    R_SHARE("APIX_sh", "APIX", "API"),
    R_SHARE("EU_sh", "EU", "X"),
    R_SHARE("AS_sh", "AS", "X"),
    R_SHARE("BR_sh", "BR", "X"),
    R_SHARE("FIC_sh", "FIC", "ND_r"),
    R_GAP("BIO_gap", "BIOg", "Rg"),
    R_GAP("DEV_gap", "DEVg", "CHg"),
    R_GAP("XM_gap", "Xg", "Mg"),
    R_GROWTH("Rg", "CH", "CHg", "TCM", "TCMg", "BIO", "BIOg", "DEV", "DEVg"),
    R_GROWTH("Rg", "RQ1", "RQ1g", "RQ2", "RQ2g"),
    R_GROWTH("Xg", "XM", "XMg", "XD", "XDg"),
    R_GROWTH("Tg", "X", "Xg", "M", "Mg"),
    R_SHCH_S("TCM_shch", "TCM_sh", "TCMg", "Rg"),
    R_SHCH("BIO_shch", "BIO", "R_r", "BIOg", "Rg"),
    R_SHCH("RD_shch", "RD", "R_r", "RDg", "Rg"),
    R_CONTR("CH_c", "CH", "R_r", "CHg", "Rg"),
    R_CONTR("TCM_c", "TCM", "R_r", "TCMg", "Rg"),
    R_CONTR_S("BIO_c", "BIO_sh", "BIOg", "Rg"),
    R_CONTR("BR_c", "BR", "X", "BRg", "Xg"),
    R_ACC("R_acc", "Rg", "RQ1g"),
    R_ACC("P_acc", "Pg", "PQ1g"),
    R_ACC("X_acc", "Xg", "XQ1g"),
    R_ABS("R_ch", "R_r", "Rg"),
    R_ABS("P_ch", "P", "Pg"),
    R_ABS("RD_ch", "RD", "RDg"),
    R_ABS("API_ch", "API", "APIg"),
    R_PER("E_avg", "R_r", "E_r"),
    R_PER("EMP_avg", "R_r", "EMP"),
    R_MEAN("VBP_avg", "VBP10", "VBP11"),
    R_MEAN("CUT_avg", "CUT10", "CUT11"),
    R_CNT_P("LOSS", "LOSS_ch", "LOSS_prev"),
    R_CNT_G("E_r", "E_ch", "E_g"),
    R_CNT_G("EMP", "EMP_ch", "EMP_g"),
    R_CNT_G("ND_r", "ND_ch", "ND_g"),
    R_CNT_G("CT", "CT_ch", "CT_g"),
    R_SAME("R", "R_r"),
    R_SAME("R", "R_r2"),
    R_SAME("Rg", "Rg_q"),
    R_SAME("P", "P_r"),
    R_SAME("E", "E_r"),
    R_SAME("E", "E_r2"),
    R_SAME("ND", "ND_r"),
    R_SAME("ID", "ID_r"),
    R_SAME("X", "X_r"),
    R_SAME("RD", "RD_r"),
    R_SAME("CT", "CT_r"),
    R_SAME("VBP", "VBP_r"),
    R_SAME("EMP", "EMP_r"),
]
PLANTED = [
    ("share", "US_sh", ["US", "X"]),
    ("restatement", "API_r", ["API"]),
]
