TEXT = """
MIIT press conference on the shipbuilding industry in H1 2025

Beijing | 3 p.m. July 18, 2025

The Ministry of Industry and Information Technology (MIIT) and the China Association of the National Shipbuilding Industry (CANSI) held a press conference Friday in Beijing on the performance of the shipbuilding industry in the first half of 2025.

Speakers

Qiu Wenhai, vice minister of Industry and Information Technology

Lan Peiyu, director general of the Department of Equipment Industry II of the Ministry of Industry and Information Technology (MIIT)

Dong Shuqing, secretary-general of the China Association of the National Shipbuilding Industry (CANSI)

Chairperson

Gu Minxuan, deputy director general of the General Office of the MIIT and spokesperson of the MIIT

Read in Chinese

Speakers:

Mr. Qiu Wenhai, vice minister of Industry and Information Technology

Ms. Lan Peiyu, director general of the Department of Equipment Industry II of the Ministry of Industry and Information Technology (MIIT)

Mr. Dong Shuqing, secretary-general of the China Association of the National Shipbuilding Industry (CANSI)

Chairperson:

Ms. Gu Minxuan, deputy director general of the General Office of the MIIT and spokesperson of the MIIT

Date:

July 18, 2025


Gu Minxuan:

Good afternoon, friends from the media. Welcome to this press conference. Today Vice Minister Qiu Wenhai will present the shipbuilding figures for the first half of the year. Ms. Lan Peiyu and Mr. Dong Shuqing of CANSI are here with him to answer your questions.

Vice Minister Qiu, please.

Qiu Wenhai:

Thank you, Ms. Gu. Good afternoon. A ship takes two or three years from signature to sea trial, so a shipbuilder lives in three tenses at once: what he delivers, what he signs and what he carries on his books. Let me give you all three.

In the first half, Chinese yards completed {23.13|deadweight tonnes|C} million deadweight tonnes of ships, down {3.5|p|C_gr}% year on year. New orders came to {46.90|deadweight tonnes|N} million deadweight tonnes, down {21.7|p|N_gr}%. At the end of June the order book stood at {232.49|deadweight tonnes|OB} million deadweight tonnes, up {23.77|deadweight tonnes|OB_ch} million from the end of last year, when it was {208.72|deadweight tonnes|OB_prev} million.

Against the world, these three were {51.7|p|C_ws}%, {68.3|p|N_ws}% and {64.9|p|OB_ws}% of the totals.

Tonnage flatters a bulk carrier and undersells a cruise ship, so we also count in compensated gross tonnes. Completions were {11.92|compensated gross tonnes|CG} million compensated gross tonnes, new orders {21.36|compensated gross tonnes|NG} million and the order book {109.6|compensated gross tonnes|OBG} million, or {50.3|p|CG_ws}%, {63.9|p|NG_ws}% and {56.8|p|OBG_ws}% of the world.

The sea is turning green, and so are our slipways. Ships that run on green fuels took {15.64|compensated gross tonnes|GF} million compensated gross tonnes of the new orders, {73.2|p|GF_sh}% of them. Exports of ships reached {145.4|y|EXP} billion yuan, up {17.2|p|EXP_gr}%.

Key shipbuilding enterprises earned {328.6|y|REV} billion yuan in revenue, up {14.2|p|REV_gr}%, and their profits rose {81.5|p|PR_gr}% to {21.76|y|PR} billion yuan.

That is the picture. Thank you.

Gu Minxuan:

Thank you, Vice Minister Qiu. The floor is open. Please name your news organization before your question.

_ueditor_page_break_tag_

CCTV:

Completions fell in the first half. Is that a sign of weakness? Thank you.

Lan Peiyu:

Thank you. It is a sign of what was signed three years ago. Let me go type by type.

Bulk carriers were {12.60|deadweight tonnes|BC} million deadweight tonnes, down {10.4|p|BC_gr}%, or {54.5|p|BC_sh}% of completions, {4.2|pp|BC_shch} percentage points less than a year before. On their own they pulled completions down by {6.1|pp|BC_c} percentage points.

Tankers came to {4.93|dwt|TK} million dwt, up {12.4|p|TK_gr}%, which is {15.9|pp|TK_gap} percentage points better than the total, and they added {2.3|pp|TK_c} percentage points.

Container ships were {3.12|dwt|CT} million dwt, up {6.1|p|CT_gr}%. The rest, {2.48|dwt|OT} million dwt, fell {4.0|p|OT_gr}%: gas carriers, car carriers, offshore units and the like.

By quarter, completions were {10.47|deadweight tonnes|Q1} million deadweight tonnes in the first quarter, down {9.1|p|Q1_gr}%, and {12.66|deadweight tonnes|Q2} million in the second, up {1.6|p|Q2_gr}%, so the second quarter made up {54.7|p|Q2_sh}% of the half. That is a swing of {7.7|pp|Q_acc} percentage points.

April gave {4.12|dwt|APR} million dwt, May {4.35|dwt|MAY} million and June {4.19|dwt|JUN} million, or {4.22|dwt|Q2_avg} million a month. Yards delivered {512|ships|SHIPS} ships in the half-year, about {45,200|deadweight tonnes|SHIP_avg} deadweight tonnes each.

_ueditor_page_break_tag_

Xinhua News Agency:

New orders fell by more than {20|p|q_N_gr}%. Is the boom over? Thank you.

Dong Shuqing:

Honestly, no. Last year was a record, and nobody beats a record every six months. New orders were about {13.0|deadweight tonnes|N_ch} million deadweight tonnes less than a year ago, and most of that was bulk carriers.

Bulk orders fell {30.2|p|NB_gr}% to {22.85|deadweight tonnes|NB} million deadweight tonnes. That is {48.7|p|NB_sh}% of new orders, a fall {8.5|pp|NB_gap} percentage points steeper than orders overall, {5.9|pp|NB_shch} percentage points down in share, and bulk alone took {16.5|pp|NB_c} percentage points off the total.

Tankers, {9.64|dwt|NT} million dwt, fell {12.5|p|NT_gr}%. Container ships, {8.72|dwt|NC} million dwt, fell {18.0|p|NC_gr}%. Everything else, {5.69|dwt|NO} million dwt, grew {3.2|p|NO_gr}%.

The decline is narrowing. In the first quarter new orders were down {28.1|p|NQ1_gr}%, so the half-year is {6.4|pp|N_acc} percentage points better. Shipowners tell me they are waiting for the carbon rules, not for money.

_ueditor_page_break_tag_

Bloomberg:

How did the rest of the world do, and is China's share still rising? Thank you.

Lan Peiyu:

Global completions fell {1.2|p|WC_gr}% to {44.74|dwt|WC} million dwt.

Ours fell faster, so our share of {51.7|p|C_ws_r}% is {1.3|pp|C_wsch} percentage points lower than a year ago. That is the delivery calendar, not lost ground.

Global new orders were {68.67|deadweight tonnes|WN} million deadweight tonnes and the global order book {358.2|deadweight tonnes|WOB} million deadweight tonnes. So we hold nearly {65|p|OB_ws_r}% of all the ships the world is waiting for.

In compensated gross tonnes, the world completed {23.70|compensated gross tonnes|WCG} million, ordered {33.41|compensated gross tonnes|WNG} million and had {193.0|compensated gross tonnes|WOBG} million on order. Our shares are lower on that measure, because cruise ships and the biggest LNG carriers are still mostly built elsewhere.

_ueditor_page_break_tag_

China Daily:

What counts as a green ship, and how many are you building? Thank you.

Dong Shuqing:

Any ship that can burn something other than heavy oil: LNG, methanol, ammonia, hydrogen or batteries. Of the {15.64|compensated gross tonnes|GF_r} million compensated gross tonnes of green-fuel orders, LNG dual-fuel ships took {9.87|compensated gross tonnes|GF_L} million, or {63.1|p|GF_L_sh}%. Methanol ships took {4.12|compensated gross tonnes|GF_M} million, and ammonia, hydrogen and battery ships the remaining {1.65|compensated gross tonnes|GF_A} million.

Green-fuel orders grew {8.7|p|GF_gr}%, while new orders in these tonnes fell {9.8|p|NG_gr}%, a gap of {18.5|pp|GF_gap} percentage points. Their share went up {12.5|pp|GF_shch} percentage points, and they added {5.3|pp|GF_c} percentage points to a total that otherwise shrank.

_ueditor_page_break_tag_

Caixin:

Chinese yards used to be absent from LNG carriers and car carriers. What about now? Thank you.

Lan Peiyu:

To be precise about it, we delivered {14|ships|LNG} LNG carriers, {5|ships|LNG_ch} more than in the same period last year, an increase of {55.6|p|LNG_gr}%. Another {23|ships|LNG_N} were ordered, {9|ships|LNG_N_ch} fewer than the {32|ships|LNG_N_prev} of a year before, because owners had filled their needs.

Car carriers went the other way for a simple reason: the wave of orders has passed. We delivered {38|ships|PCTC}, {7|ships|PCTC_ch} fewer than the {45|ships|PCTC_prev} of the first half of last year. The order book still holds more than {90|ships|PCTC_OB} of them.

_ueditor_page_break_tag_

Economic Daily:

How much of this output is exported? Thank you.

Qiu Wenhai:

Most of it. A shipyard is a port that sends its products away on their own keels. Exports of ships came to {145.4|y|EXP_r} billion yuan, about {21.3|y|EXP_ch} billion yuan more than a year earlier, or {20.31|usd|EXPD} billion US dollars. Growth of {17.2|p|EXP_gr_r}% was {3.9|pp|EXP_acc} percentage points faster than in the first quarter, when exports rose {13.3|p|EXP_q1}%.

Exported ships measured {20.35|deadweight tonnes|EXPT} million deadweight tonnes, {88.0|p|EXPT_sh}% of completions. Our customers fly more than {140|flags|FLAGS} flags.

_ueditor_page_break_tag_

Jiangsu Broadcasting Corporation:

Which yards and provinces led? Thank you.

Lan Peiyu:

The ten largest groups completed {14.11|deadweight tonnes|TOP} million deadweight tonnes, {61.0|p|TOP_sh}% of the national figure.

Jiangsu is still first, with {9.21|dwt|JS} million dwt, {39.8|p|JS_sh}% of completions. Then come Shanghai, {3.36|dwt|SH} million dwt; Liaoning, {2.47|dwt|LN} million; Zhejiang, {2.05|dwt|ZJ} million; and Shandong, {1.86|dwt|SD} million.

The five provinces delivered {18.95|dwt|P5} million dwt between them, {81.9|p|P5_sh}% of what the country delivered.

_ueditor_page_break_tag_

21st Century Business Herald:

Profits jumped. Will it last? Thank you.

Dong Shuqing:

Ships signed in 2021 were priced low and steel was dear. Those are gone. Revenue of {328.6|y|REV_r} billion yuan was about {40.9|y|REV_ch} billion yuan more than last year, and profits of {21.76|y|PR_r} billion yuan were nearly {9.8|y|PR_ch} billion yuan more. The margin is {6.6|p|PR_m}%. Profits grew {67.3|pp|PR_gap} percentage points faster than revenue.

Will it last? Prices of new ships are still high, and the order book covers more than {3|years|COVER} years of work. But steel and wages are rising, so I would not promise another jump like this one.

_ueditor_page_break_tag_

Reuters:

How will the new U.S. port fees on Chinese-built ships affect orders? Thank you.

Qiu Wenhai:

Shipowners choose yards for price, quality and delivery. Our order book of {223.49|deadweight tonnes|OB_r} million deadweight tonnes tells you what they chose. Fees that punish the buyers of ships will raise the cost of shipping for everyone, Americans included. We will keep our yards open to every owner.

_ueditor_page_break_tag_

People's Daily:

What do you expect for the whole year? Thank you.

Qiu Wenhai:

Completions should come to between {48|deadweight tonnes|OUT_lo} million and {50|deadweight tonnes|OUT_hi} million deadweight tonnes, after more than {23|deadweight tonnes|C_r} million in the first half. New orders of about {47|deadweight tonnes|N_r} million in six months do not make a slump. A ship is a long promise, and we intend to keep it.

Gu Minxuan:

Thank you, Vice Minister Qiu, Ms. Lan and Mr. Dong, and thank you all. This concludes today's press conference.

Translated and edited by Zhou Xin, Li Jingyi and David Ashcroft. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Gu Minxuan

/4\u00a0\u00a0\u00a0\u00a0Qiu Wenhai

/4\u00a0\u00a0\u00a0\u00a0Lan Peiyu

/4\u00a0\u00a0\u00a0\u00a0Dong Shuqing
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
def shchange_pw(c, p, w, pg, wg): return ("share-change", [(c, "change"), (p, "part"), (w, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def contrib_s(c, s, pg, wg): return ("contribution", [(c, "contribution"), (s, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def contrib_pw(c, part, pg, whole, wg): return ("contribution", [(c, "contribution"), (part, "part"), (pg, "part-growth"), (whole, "whole"), (wg, "whole-growth")])
def abs_g(c, lvl, g): return ("absolute-change", [(c, "change"), (lvl, "level"), (g, "growth")])
def avg_tc(a, t, n): return ("average", [(a, "average"), (t, "total"), (n, "count")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def cc_p(n, ch, p): return ("count-change", [(n, "count"), (ch, "change"), (p, "previous")])

RELATIONS = [
    # sums
    total("C", "BC", "TK", "CT", "OT"),
    total("C", "Q1", "Q2"),
    total("Q2", "APR", "MAY", "JUN"),
    total("N", "NB", "NT", "NC", "NO"),
    total("GF_r", "GF_L", "GF_M", "GF_A"),
    total("P5", "JS", "SH", "LN", "ZJ", "SD"),
    # shares
    share("C_ws", "C", "WC"),
    share("N_ws", "N", "WN"),
    share("OB_ws", "OB", "WOB"),
    share("CG_ws", "CG", "WCG"),
    share("NG_ws", "NG", "WNG"),
    share("OBG_ws", "OBG", "WOBG"),
    share("GF_sh", "GF", "NG"),
    share("BC_sh", "BC", "C"),
    share("NB_sh", "NB", "N"),
    share("GF_L_sh", "GF_L", "GF_r"),
    share("EXPT_sh", "EXPT", "C"),
    share("TOP_sh", "TOP", "C"),
    share("JS_sh", "JS", "C"),
    share("P5_sh", "P5", "C"),
    share("PR_m", "PR_r", "REV_r"),
    share("Q2_sh", "Q2", "C"),
    # gaps
    gap("TK_gap", "TK_gr", "C_gr"),
    gap("GF_gap", "GF_gr", "NG_gr"),
    gap("NB_gap", "NB_gr", "N_gr"),
    gap("PR_gap", "PR_gr", "REV_gr"),
    # restatements
    same("C_ws", "C_ws_r"),
    same("OB_ws", "OB_ws_r"),
    same("GF", "GF_r"),
    same("EXP", "EXP_r"),
    same("REV", "REV_r"),
    same("PR", "PR_r"),
    same("C", "C_r"),
    same("N", "N_r"),
    same("N_gr", "q_N_gr"),
    same("EXP_gr", "EXP_gr_r"),
    # growth of a total from its parts
    growth("C_gr", "BC", "BC_gr", "TK", "TK_gr", "CT", "CT_gr", "OT", "OT_gr"),
    growth("C_gr", "Q1", "Q1_gr", "Q2", "Q2_gr"),
    growth("N_gr", "NB", "NB_gr", "NT", "NT_gr", "NC", "NC_gr", "NO", "NO_gr"),
    # share changes
    shchange("BC_shch", "BC_sh", "BC_gr", "C_gr"),
    shchange("NB_shch", "NB_sh", "NB_gr", "N_gr"),
    shchange("GF_shch", "GF_sh", "GF_gr", "NG_gr"),
    shchange("C_wsch", "C_ws_r", "C_gr", "WC_gr"),
    # accelerations
    accel("N_acc", "N_gr", "NQ1_gr"),
    accel("EXP_acc", "EXP_gr_r", "EXP_q1"),
    # contributions
    contrib_pw("BC_c", "BC", "BC_gr", "C", "C_gr"),
    contrib_pw("TK_c", "TK", "TK_gr", "C", "C_gr"),
    contrib_s("NB_c", "NB_sh", "NB_gr", "N_gr"),
    contrib_pw("GF_c", "GF_r", "GF_gr", "NG", "NG_gr"),
    # absolute changes
    abs_g("N_ch", "N", "N_gr"),
    abs_g("EXP_ch", "EXP_r", "EXP_gr"),
    abs_g("REV_ch", "REV_r", "REV_gr"),
    abs_g("PR_ch", "PR_r", "PR_gr"),
    # averages
    avg_items("Q2_avg", "APR", "MAY", "JUN"),
    avg_tc("SHIP_avg", "C", "SHIPS"),
    # count changes
    cc_g("LNG", "LNG_ch", "LNG_gr"),
    cc_p("LNG_N", "LNG_N_ch", "LNG_N_prev"),
    cc_p("PCTC", "PCTC_ch", "PCTC_prev"),
    cc_p("OB", "OB_ch", "OB_prev"),
]
PLANTED = [
    ("acceleration", "Q_acc", ["Q2_gr", "Q1_gr"]),
    ("restatement", "OB_r", ["OB"]),
]
