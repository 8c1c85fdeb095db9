TEXT = """
NBS and MOHURD press conference on China's construction industry in H1 2025

Beijing | 10 a.m. July 22, 2025

The National Bureau of Statistics (NBS) and the Ministry of Housing and Urban-Rural Development (MOHURD) jointly briefed the press on Tuesday in Beijing on how the construction industry performed in the first half of 2025.

Speakers

Dong Yichen, director general of the Department of Fixed Assets Investment Statistics of the National Bureau of Statistics (NBS)

Pei Suhua, deputy director general of the Department of Construction Market Supervision of the Ministry of Housing and Urban-Rural Development (MOHURD)

Gu Hanlin, senior statistician of the Department of Fixed Assets Investment Statistics of the NBS

Chairperson

Qiao Wenxin, deputy director of the Press Office of the NBS

Read in Chinese

Speakers:

Mr. Dong Yichen, director general of the Department of Fixed Assets Investment Statistics of the National Bureau of Statistics (NBS)

Mr. Pei Suhua, deputy director general of the Department of Construction Market Supervision of the Ministry of Housing and Urban-Rural Development (MOHURD)

Ms. Gu Hanlin, senior statistician of the Department of Fixed Assets Investment Statistics of the NBS

Chairperson:

Ms. Qiao Wenxin, deputy director of the Press Office of the NBS

Date:

July 22, 2025


Qiao Wenxin:

Good morning, friends from the media. Tower cranes are still the picture most people have of China's growth, but what the cranes lift, and who pays for it, has been changing. Mr. Dong Yichen will first give an overview of the construction industry in the first half, and then he, Mr. Pei Suhua and Ms. Gu Hanlin will take your questions.

Mr. Dong, please go ahead.

Dong Yichen:

Thank you, Ms. Qiao. My summary fits on one line: the foundations held, and the upper floors changed shape.

In the first half of 2025, construction enterprises with qualifications produced a gross output value of {13.52|y|T} trillion yuan, up {1.4|p|Tg}% year on year at current prices. The first quarter alone had grown {0.9|p|Q1g}%, so the half year ran {0.5|pp|T_acc} percentage point faster.

Work in hand is still large. Contracts held by these enterprises were worth {58.63|y|TCV} trillion yuan, up {1.8|p|TCVg}%. Of them, contracts brought forward from earlier years came to {46.22|y|CO} trillion yuan, up {3.6|p|COg}%, and contracts newly signed this year to {12.41|y|NC} trillion yuan, down {4.2|p|NCg}%.

Floor space under construction was {12.86|square metres|FS} billion square metres, down {8.1|p|FSg}%, some {1.13|square metres|FS_ch} billion square metres less than a year earlier. Completed floor space was {1.29|square metres|FC} billion square metres, down {11.6|p|FCg}%, equal to {10.0|p|FC_sh}% of the space being built.

The load on margins is heavier. Total profits of the industry were {318.6|y|PR} billion yuan, down {6.4|p|PRg}%, and the output-value profit margin was {2.36|p|MG}%, {0.2|pp|MG_ch} percentage point lower than a year earlier.

At the end of June there were {160,580|enterprises|ENT} construction enterprises with qualifications, employing {41.82|people|EMP} million people.

Abroad, Chinese contractors completed a turnover of {77.6|usd|OT} billion US dollars on overseas contracted projects, up {3.2|p|OTg}%. Newly signed overseas contracts were worth {126.4|usd|ON} billion US dollars, up {11.7|p|ONg}%.

Prefabricated buildings accounted for {31.5|p|PF_sh}% of newly started floor space. A building is only as good as the ground it stands on, and the ground this half year was firm. Thank you.

Qiao Wenxin:

Thank you, Mr. Dong. The floor is open. Please tell us which news organization you work for.

_ueditor_page_break_tag_

Xinhua News Agency:

Output grew {1.4|p|Tg_q}% while new contracts shrank. Is the industry living off its order book? Thank you.

Dong Yichen:

Partly, and that is what an order book is for. New contracts came to {5.27|y|NC_Q1} trillion yuan in the first quarter and {7.14|y|NC_Q2} trillion yuan in the second.

Month by month, April brought {2.21|y|NCA} trillion yuan, May {2.36|y|NCM} trillion yuan and June {2.57|y|NCJ} trillion yuan, an average of {2.38|y|NC_avg} trillion yuan a month.

The decline is getting shallower. In the first quarter new contracts were down {6.9|p|NCq1}%, so the fall has eased by {2.7|pp|NC_acc} percentage points. New contracts are {21.2|p|NC_sh}% of all contracts in hand; the other four fifths is work carried into this year.

_ueditor_page_break_tag_

China Daily:

How did the regions compare? Thank you.

Gu Hanlin:

For the record, region by region. The eastern region produced {7.38|y|E} trillion yuan, up {1.9|p|Eg}%. That is {54.6|p|E_sh}% of the national figure, and on its own the east supplied {1.0|pp|E_c} percentage point of growth.

The central region produced {2.64|y|C} trillion yuan, up {1.1|p|Cg}%, and the western region {2.96|y|W} trillion yuan, up {1.5|p|Wg}%.

The northeast is the soft spot. Its output fell {4.3|p|NEg}% to {0.54|y|NE} trillion yuan and pulled national growth down by {0.2|pp|NE_c} percentage point. Between the east and the northeast the gap is {6.2|pp|ENE_gap} percentage points.

_ueditor_page_break_tag_

People's Daily:

Is the industry still mainly about housing? Thank you.

Dong Yichen:

Here is where the upper floors changed shape. Housing construction produced {8.21|y|H} trillion yuan, down {0.6|p|Hg}%, or {49.6|y|H_ch} billion yuan less than a year before. It still makes up {60.7|p|H_sh}% of the total.

Civil engineering, meaning roads, railways, water works and pipe networks, produced {4.12|y|CE} trillion yuan, up {4.5|p|CEg}%. Its share rose by {0.9|pp|CE_shch} percentage point to {30.5|p|CE_sh}%, and it contributed {1.3|pp|CE_c} percentage points of the {1.4|p|Tg_r}% growth. Put plainly, it carried most of the load.

Installation, the wiring, plumbing and equipment that go inside a building, produced {1.19|y|INS} trillion yuan, up {5.1|p|INSg}%.

_ueditor_page_break_tag_

Xinhua Daily:

Jiangsu likes to call itself the province of builders. Do the numbers still say so? Thank you.

Gu Hanlin:

They do, to two decimal places. Jiangsu's gross output value was {1.94|y|JS} trillion yuan, up {0.8|p|JSg}%, or {14.3|p|JS_sh}% of the national total. Zhejiang came next with {1.26|y|ZJ} trillion yuan, up {1.9|p|ZJg}%, {1.1|pp|ZJ_gap} percentage points faster than Jiangsu.

Guangdong produced {1.18|y|GD} trillion yuan, up {2.6|p|GDg}%, {1.2|pp|GD_gap} percentage points ahead of the national pace. Taken together, the three coastal provinces produced {4.38|y|THREE} trillion yuan, {32.4|p|THREE_sh}% of the country's construction output, and grew {1.6|p|THREEg}% as a group.

Inland, Hubei produced {0.96|y|HB} trillion yuan and grew {3.1|p|HBg}%, {2.7|pp|HB_gap} percentage points faster than the national {1.4|p|Tg_hb}%. Sichuan produced {0.89|y|SC} trillion yuan, up {2.2|p|SCg}%.

_ueditor_page_break_tag_

Economic Daily:

Profits fell. Which firms are hurting? Thank you.

Pei Suhua:

I will answer in three points. First, the small and medium-sized firms feel it most. Loss-making enterprises numbered {28,930|enterprises|LOSS}, {2,530|enterprises|LOSS_ch} more than a year earlier, an increase of {9.6|p|LOSSg}%. They are {18.0|p|LOSS_sh}% of all enterprises with qualifications.

Second, the industry's profits came down by {21.8|y|PR_ch} billion yuan to close to {320|y|PR_r} billion yuan, mostly because prices for finished work are low and developers pay late.

Third, the market is not shrinking in number of players. The count of enterprises with qualifications rose by {2,160|enterprises|ENT_ch} from {158,420|enterprises|ENT_prev} at the end of June last year, and each produced {84.2|y|PER_ENT} million yuan of output on average. Wages for migrant workers must be paid in full and on time; on that point we will not bend.

_ueditor_page_break_tag_

CGTN:

How are Chinese contractors doing abroad? Thank you.

Pei Suhua:

They are working on every continent. Of the {77.6|usd|OT_r} billion US dollars of turnover, projects in Belt and Road partner countries accounted for {63.1|usd|BRI} billion US dollars, up {4.1|p|BRIg}%. That is {81.3|p|BRI_sh}% of the total and {3.3|pp|BRI_c} percentage points of its growth, so the other markets slipped a little.

Turnover was {2.4|usd|OT_ch} billion US dollars higher than in the first half of last year. New contracts grew {8.5|pp|ON_gap} percentage points faster than turnover, and their growth was {7.6|p|ONq1}% in the first quarter, {4.1|pp|ON_acc} percentage points slower than for the half. The order book abroad is filling.

_ueditor_page_break_tag_

The Paper:

The workforce is getting older and smaller. What does that mean for productivity? Thank you.

Gu Hanlin:

For the record, the {41.82|people|EMP_r} million people Mr. Dong mentioned are {2.25|people|EMP_ch} million fewer than a year earlier, down {5.1|p|EMPg}%.

Gross output per employee, which we use as labour productivity, came to {323,300|yuan|LP} yuan per person in the half. Spread over the {181|days|D} days of the period, the industry turned out about {74.7|y|T_day} billion yuan of work a day.

_ueditor_page_break_tag_

China Construction News:

How far has prefabrication come? Thank you.

Pei Suhua:

Prefabrication is where quality and speed meet. Newly started floor space was {1.14|square metres|NS} billion square metres, down {9.7|p|NSg}%, but prefabricated buildings fell only {2.3|p|PFg}% to {359|square metres|PF} million square metres.

That lifted their share to {31.5|p|PF_sh_r}%, {2.4|pp|PF_shch} percentage points higher than a year earlier. Our goal is for prefabricated buildings to reach {40|p|PF_goal}% of new construction by 2030. Quality and safety come first, and factory-made parts help with both.

_ueditor_page_break_tag_

Caixin:

Housing output is down and completions fell more than {11|p|FCg_q}%. When will the bottom come? Thank you.

Dong Yichen:

I will not call a bottom, but I can describe the floor we are standing on. Output was {5.53|y|Q1} trillion yuan in the first quarter and {7.99|y|Q2} trillion yuan in the second, and the second quarter grew {1.8|p|Q2g}%.

For the half as a whole, gross output was about {187|y|T_ch} billion yuan more than a year before. Completions fall when the starts of two and three years ago fall, so that figure tells you about the past more than about the future.

_ueditor_page_break_tag_

China National Radio:

What is your outlook for the second half? Thank you.

Dong Yichen:

Steady. More than {13.5|y|T_r} trillion yuan of output in the half and about {12.4|y|NC_r} trillion yuan of new contracts give us a floor for the rest of the year.

Pei Suhua:

I would add two things. Overseas turnover of nearly {78|usd|OT_r2} billion US dollars shows our firms can compete anywhere. And the {4.18|people|EMP_bad} million people who work in this industry deserve safe sites and full pay, which is where our supervision will go.

Qiao Wenxin:

Thank you, Mr. Dong, Mr. Pei and Ms. Gu, and thank you all. Today's press conference is concluded.

Translated and edited by Zhao Qingyu, Liu Fang and Martin Kessler. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Qiao Wenxin

/4\u00a0\u00a0\u00a0\u00a0Dong Yichen

/4\u00a0\u00a0\u00a0\u00a0Pei Suhua

/4\u00a0\u00a0\u00a0\u00a0Gu Hanlin
"""

# ---- relation builders (ids refer to the {number|unit|id} marks above) ----
def SUM(total, *parts): return ("sum", [(total, "total")] + [(p, "part") for p in parts])
def SHARE(s, part, whole): return ("share", [(s, "share"), (part, "part"), (whole, "whole")])
def SAME(a, b): return ("restatement", [(a, "first"), (b, "restated")])
def GAP(g, rate, base): return ("gap", [(g, "gap"), (rate, "rate"), (base, "base-rate")])
def ACC(c, later, earlier): return ("acceleration", [(c, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def GROWTH(tg, *pairs):
    out = [(tg, "total-growth")]
    for i in range(0, len(pairs), 2):
        out += [(pairs[i], "part"), (pairs[i + 1], "part-growth")]
    return ("growth", out)
def SHCH_S(c, s, pg, wg): return ("share-change", [(c, "change"), (s, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def SHCH_PW(c, p, w, pg, wg): return ("share-change", [(c, "change"), (p, "part"), (w, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def CONTR_S(c, s, pg, wg): return ("contribution", [(c, "contribution"), (s, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def CONTR_PW(c, p, w, pg, wg): return ("contribution", [(c, "contribution"), (p, "part"), (w, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def ABS(c, level, g): return ("absolute-change", [(c, "change"), (level, "level"), (g, "growth")])
def AVG_TC(a, total, count): return ("average", [(a, "average"), (total, "total"), (count, "count")])
def AVG_ITEMS(a, *items): return ("average", [(a, "average")] + [(i, "item") for i in items])
def CC_G(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def CC_P(n, ch, prev): return ("count-change", [(n, "count"), (ch, "change"), (prev, "previous")])

RELATIONS = [
    SUM("T", "E", "C", "W", "NE"),
    SUM("T", "H", "CE", "INS"),
    SUM("T", "Q1", "Q2"),
    SUM("TCV", "CO", "NC"),
    SUM("NC", "NC_Q1", "NC_Q2"),
    SUM("NC_Q2", "NCA", "NCM", "NCJ"),
    SUM("THREE", "JS", "ZJ", "GD"),
    SHARE("E_sh", "E", "T"),
    SHARE("H_sh", "H", "T"),
    SHARE("CE_sh", "CE", "T"),
    SHARE("NC_sh", "NC", "TCV"),
    SHARE("FC_sh", "FC", "FS"),
    SHARE("MG", "PR", "T"),
    SHARE("JS_sh", "JS", "T"),
    SHARE("THREE_sh", "THREE", "T"),
    SHARE("LOSS_sh", "LOSS", "ENT"),
    SHARE("BRI_sh", "BRI", "OT_r"),
    SHARE("PF_sh_r", "PF", "NS"),
    GAP("ZJ_gap", "ZJg", "JSg"),
    GAP("GD_gap", "GDg", "Tg"),
    GAP("ENE_gap", "Eg", "NEg"),
    GAP("ON_gap", "ONg", "OTg"),
    SAME("Tg", "Tg_q"),
    SAME("Tg", "Tg_r"),
    SAME("Tg", "Tg_hb"),
    SAME("PR", "PR_r"),
    SAME("EMP", "EMP_r"),
    SAME("T", "T_r"),
    SAME("NC", "NC_r"),
    SAME("PF_sh", "PF_sh_r"),
    SAME("FCg", "FCg_q"),
    SAME("OT", "OT_r"),
    SAME("OT", "OT_r2"),
    GROWTH("Tg", "E", "Eg", "C", "Cg", "W", "Wg", "NE", "NEg"),
    GROWTH("Tg", "H", "Hg", "CE", "CEg", "INS", "INSg"),
    GROWTH("Tg", "Q1", "Q1g", "Q2", "Q2g"),
    GROWTH("TCVg", "CO", "COg", "NC", "NCg"),
    GROWTH("THREEg", "JS", "JSg", "ZJ", "ZJg", "GD", "GDg"),
    SHCH_PW("CE_shch", "CE", "T", "CEg", "Tg"),
    SHCH_PW("MG_ch", "PR", "T", "PRg", "Tg"),
    SHCH_S("PF_shch", "PF_sh_r", "PFg", "NSg"),
    ACC("T_acc", "Tg", "Q1g"),
    ACC("NC_acc", "NCg", "NCq1"),
    ACC("ON_acc", "ONg", "ONq1"),
    CONTR_PW("E_c", "E", "T", "Eg", "Tg"),
    CONTR_PW("NE_c", "NE", "T", "NEg", "Tg"),
    CONTR_PW("CE_c", "CE", "T", "CEg", "Tg_r"),
    CONTR_S("BRI_c", "BRI_sh", "BRIg", "OTg"),
    ABS("FS_ch", "FS", "FSg"),
    ABS("H_ch", "H", "Hg"),
    ABS("PR_ch", "PR", "PRg"),
    ABS("OT_ch", "OT", "OTg"),
    ABS("T_ch", "T", "Tg"),
    AVG_ITEMS("NC_avg", "NCA", "NCM", "NCJ"),
    AVG_TC("LP", "T", "EMP"),
    AVG_TC("PER_ENT", "T", "ENT"),
    AVG_TC("T_day", "T", "D"),
    CC_G("LOSS", "LOSS_ch", "LOSSg"),
    CC_P("ENT", "ENT_ch", "ENT_prev"),
    CC_G("EMP_r", "EMP_ch", "EMPg"),
]
PLANTED = [
    ("gap", "HB_gap", ["HBg", "Tg_hb"]),
    ("restatement", "EMP_bad", ["EMP"]),
]
