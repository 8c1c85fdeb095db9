TEXT = """
Press conference on lottery sales and public-welfare funds in 2024

Beijing | 10 a.m. Feb. 20, 2025

The Ministry of Finance (MOF) held a press conference on Thursday in Beijing, at which its Comprehensive Department, the China Welfare Lottery Issuance and Administration Centre and the Sports Lottery Administration Centre reported on lottery sales, public-welfare funds and sales outlets in 2024.

Speakers

Tang Weimin, deputy director general of the Comprehensive Department of the Ministry of Finance (MOF)

Hou Ruiqing, director of the China Welfare Lottery Issuance and Administration Centre

Pan Guodong, director of the Sports Lottery Administration Centre of the General Administration of Sport of China

Chairperson

Dong Jiaxin, deputy director general of the General Office of the MOF and spokesperson of the MOF

Read in Chinese

Speakers:

Mr. Tang Weimin, deputy director general of the Comprehensive Department of the Ministry of Finance (MOF)

Ms. Hou Ruiqing, director of the China Welfare Lottery Issuance and Administration Centre

Mr. Pan Guodong, director of the Sports Lottery Administration Centre of the General Administration of Sport of China

Chairperson:

Ms. Dong Jiaxin, deputy director general of the General Office of the MOF and spokesperson of the MOF

Date:

Feb. 20, 2025


Dong Jiaxin:

Good morning, friends from the press. Once a year we open the lottery ledger in public, and today is that day. Deputy Director General Tang Weimin will give the main figures; Director Hou Ruiqing and Director Pan Guodong will then join him to answer your questions.

Mr. Tang, please.

Tang Weimin:

Thank you. I will keep to the accounts, since the accounts are what the Ministry of Finance is for.

Lottery sales nationwide came to {615.88|y|T} billion yuan in 2024, up {6.4|p|gT}% from 2023. The welfare lottery sold {198.63|y|W} billion yuan, up {2.5|p|gW}%, and the sports lottery {417.25|y|S} billion yuan, up {8.3|p|gS}%.

Sales raised {178.65|y|F} billion yuan of public-welfare funds, {5.8|p|gF}% more than the year before. Winners were paid {380.52|y|PRZ} billion yuan in prizes.

At the end of the year there were {390,780|outlets|OUT} sales outlets across the country.

Every one of these yuan passed through a bank account that we can audit. That, and not the size of the jackpot, is what I would ask you to report.

Dong Jiaxin:

Thank you, Mr. Tang. Now the floor is open. Please state the outlet you work for before asking.

_ueditor_page_break_tag_

Xinhua News Agency:

Sales grew {6.4|p|gT_q}% last year. Which of the two lotteries did the growing? Thank you.

Tang Weimin:

Mostly the sports lottery. Director Pan can tell you more.

Pan Guodong:

Thank you. It was a big year for sport, and people noticed.

We sold {417.25|y|S_r} billion yuan of tickets, about {32.0|y|S_rise} billion yuan more than in 2023. That is {67.7|p|S_sh}% of all lottery sales, {1.2|pp|S_shch} percentage points more than a year earlier. We grew {5.8|pp|GAP_SW} percentage points faster than the welfare lottery and supplied {5.5|pp|S_c} percentage points of the national growth.

Hou Ruiqing:

The welfare lottery moved more gently. Sales rose {2.5|p|gW_r}%, or {4.8|y|W_rise} billion yuan, and we added {0.8|pp|W_c} percentage point to the national growth. Our share is {32.3|p|W_sh}%.

Tang Weimin:

Put together, people spent {36.82|y|T_rise} billion yuan more on lottery tickets than in 2023.

_ueditor_page_break_tag_

CCTV:

Scratch cards seem to be sold in every convenience store now. Which games are growing fastest? Thank you.

Tang Weimin:

Scratch cards, as you say. Let me go game by game.

Lotto numbers games are still the largest. They sold {248.12|y|LOT} billion yuan, up {3.1|p|gLOT}%, and are {40.3|p|LOT_sh}% of sales, {1.3|pp|LOT_shch} percentage points less than in 2023.

Scratch cards sold {102.46|y|SCR} billion yuan, up {18.7|p|gSCR}%, {12.3|pp|SCR_gap} percentage points faster than sales as a whole. Their share rose {1.7|pp|SCR_shch} percentage points to {16.6|p|SCR_sh}%, and they supplied {2.8|pp|SCR_c} percentage points of the growth, more than any other kind of game.

Single-match sports games took {180.05|y|SGL} billion yuan, up {8.7|p|gSGL}%, and added {2.5|pp|SGL_c} percentage points.

Keno-type games fell {4.2|p|gKEN}% to {41.35|y|KEN} billion yuan, about {1.8|y|KEN_fall} billion yuan less, and took {0.3|pp|KEN_c} percentage point off the growth. Video lottery rose {1.6|p|gVID}% to {43.90|y|VID} billion yuan. Those two are sold only by the welfare lottery, and together they came to {85.25|y|KV} billion yuan.

_ueditor_page_break_tag_

China Philanthropy Times:

What does the welfare lottery sell, game by game? Thank you.

Hou Ruiqing:

Our players are mostly regulars. The lady who buys a Double Color Ball ticket on her way home from the market has done it for twenty years, and she would tell you the numbers before I could.

Lotto numbers games, meaning the Double Color Ball, 3D and Seven Lucky, brought in {86.40|y|WL} billion yuan. Keno-type games came to {41.35|y|KEN_r} billion yuan, {20.8|p|KEN_shW}% of our sales. Video lottery sold {43.90|y|VID_r} billion yuan, and scratch cards {26.98|y|WS} billion yuan.

We would rather grow slowly with people who play for fun than quickly with people who cannot stop.

Pan Guodong:

On our side, lotto numbers games, Super Lotto, Pick 3, Pick 5 and 7-Star, sold {161.72|y|SL} billion yuan, and instant scratch cards {75.48|y|SS} billion yuan. The rest was single-match games: {180.05|y|SGL_r} billion yuan, {43.2|p|SGL_shS}% of our sales.

_ueditor_page_break_tag_

Economic Daily:

Was the year even, or were some quarters much stronger than others? Thank you.

Tang Weimin:

Uneven, and it cooled in the middle.

The first quarter sold {148.21|y|Q1} billion yuan, up {9.8|p|gQ1}%, helped by the Spring Festival. In the second quarter sales were {150.36|y|Q2} billion yuan and growth slowed to {6.9|p|gQ2}%, {2.9|pp|ACC21} percentage points lower.

The third quarter brought {152.60|y|Q3} billion yuan, up {4.1|p|gQ3}%. Then the fourth was the largest of the year: {164.71|y|Q4} billion yuan, up {5.0|p|gQ4}%, growth {0.9|pp|ACC43} percentage point faster than in the third.

That makes an average of {153.97|y|QAVG} billion yuan a quarter.

_ueditor_page_break_tag_

Southern Daily:

Guangdong is always said to be the biggest lottery market. Is it still? Thank you.

Tang Weimin:

It is. Guangdong sold {55.84|y|GD} billion yuan, {9.1|p|GD_sh}% of national sales. Jiangsu came next with {41.27|y|JS} billion yuan, {6.7|p|JS_sh}% of the total. The two of them sold {97.11|y|GDJS} billion yuan between them.

Shandong sold {38.96|y|SD} billion yuan, Zhejiang {37.12|y|ZJ} billion yuan and Henan {29.43|y|HN} billion yuan.

The five provinces together came to {202.62|y|P5} billion yuan, or {32.9|p|P5_sh}% of the national figure, an average of {40.52|y|P5_avg} billion yuan each.

Spread over a population of {1.408|people|POP} billion people, national sales come to {437|y|PP} yuan per person.

_ueditor_page_break_tag_

People's Daily:

How much money went to public welfare, and where did it go? Thank you.

Tang Weimin:

Of every 100 yuan of tickets sold, roughly {29|y|PER100} yuan goes to public welfare. Public-welfare funds came to {178.65|y|F_r} billion yuan, {29.0|p|F_sh}% of sales and about {9.8|y|F_rise} billion yuan more than in 2023.

The welfare lottery raised {58.24|y|FW} billion yuan of it, {29.3|p|FW_sh}% of its sales. The sports lottery raised {120.41|y|FS} billion yuan, {28.9|p|FS_sh}% of its own.

The funds are split evenly between the central and local governments: {89.33|y|FC} billion yuan to the central budget and {89.32|y|FL} billion yuan to local budgets.

Of the central part, {53.74|y|SSF} billion yuan, {60.2|p|SSF_sh}% of it, went to the National Social Security Fund. The other {35.59|y|FC_rest} billion yuan paid for elderly care, help for orphans under the Tomorrow Plan, medical aid, education aid and sport for all, and for programmes written into the 14th Five-Year Plan.

Prizes took {380.52|y|PRZ_r} billion yuan, {61.8|p|PRZ_sh}% of sales, and issuance fees the remaining {56.71|y|FEES} billion yuan, {9.2|p|FEES_sh}%.

_ueditor_page_break_tag_

China Daily:

How many places sell tickets now, and are there more of them? Thank you.

Hou Ruiqing:

We had {204,360|outlets|WO} welfare lottery outlets at the end of the year, {2,140|outlets|WO_ch} fewer than a year earlier, a decline of {1.0|p|gWO}%. Some small kiosks closed when their owners retired.

Pan Guodong:

Ours went the other way. Sports lottery outlets rose by {9,800|outlets|SO_ch} to {186,420|outlets|SO}, up {5.5|p|gSO}%. Many of them are in shopping centres now, next to the coffee shops.

Tang Weimin:

All told there were {390,780|outlets|OUT_r} outlets, {7,660|outlets|OUT_ch} more than the {383,120|outlets|OUT_prev} a year earlier, an increase of {2.0|p|gOUT}%.

_ueditor_page_break_tag_

The Paper:

Scratch cards and video lottery worry some parents. How do you keep young people away from them? Thank you.

Hou Ruiqing:

Nobody under 18 may buy a ticket at any of our outlets. We check, and we close outlets that do not.

Video lottery halls need the most care. They sold {43.90|y|VID_r2} billion yuan last year, {28.1|p|VID_shW}% of welfare lottery sales, and every hall now has a limit on each player's spending per session.

An average outlet sells about {1.86|y|PER_OUT} million yuan of tickets a year, and most of that comes from a small circle of regular buyers. We want the clerk to know them by name, and to know when to say "that is enough for today".

_ueditor_page_break_tag_

Titan Sports:

Did UEFA Euro 2024 and the Paris Olympics help single-match games? Thank you.

Pan Guodong:

They did, but football did most of the work, as it always does.

Single-match games sold {180.05|y|SGL_r2} billion yuan, {29.2|p|SGL_sh}% of national lottery sales, {0.6|pp|SGL_shch} percentage point more than in 2023. They grew {2.3|pp|SGL_gap} percentage points faster than the lottery as a whole.

Football games brought in {128.40|y|FB} billion yuan, {71.3|p|FB_sh}% of them, and basketball games the remaining {51.65|y|BB} billion yuan.

A good match sells tickets. A bad referee sells more.

_ueditor_page_break_tag_

Beijing Youth Daily:

Lottery sales topped {600|y|T_q2} billion yuan for the first time. Where will they go in 2025? Thank you.

Tang Weimin:

Yes, more than {615|y|T_r2} billion yuan. We do not set sales targets, and we will not start now.

What we watch is the money for public welfare, nearly {180|y|F_r2} billion yuan last year, and the outlets, almost {391,000|outlets|OUT_r2} of them. If the funds grow and the complaints do not, it was a good year.

Dong Jiaxin:

Thank you, Mr. Tang, Ms. Hou and Mr. Pan, and thank you all. This concludes today's press conference.

Translated and edited by Zhao Ningning, Li Xiaoyu and Mark Ellison. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Dong Jiaxin

/4\u00a0\u00a0\u00a0\u00a0Tang Weimin

/4\u00a0\u00a0\u00a0\u00a0Hou Ruiqing

/4\u00a0\u00a0\u00a0\u00a0Pan Guodong
"""

# ---- relation builders written for set 32 (ids refer to the inline marks in TEXT) ----
def totals(whole, *pieces):
    return ("sum", [(whole, "total")] + [(x, "part") for x in pieces])
def slice_of(pct, piece, whole):
    return ("share", [(pct, "share"), (piece, "part"), (whole, "whole")])
def said_again(a, b):
    return ("restatement", [(a, "first"), (b, "restated")])
def spread(pp, rate, base):
    return ("gap", [(pp, "gap"), (rate, "rate"), (base, "base-rate")])
def shift(pp, later, earlier):
    return ("acceleration", [(pp, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def combined_growth(tg, *pairs):
    out = [(tg, "total-growth")]
    for i in range(0, len(pairs), 2):
        out += [(pairs[i], "part"), (pairs[i + 1], "part-growth")]
    return ("growth", out)
def weight_move(pp, piece, whole, pg, wg):
    return ("share-change", [(pp, "change"), (piece, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def weight_move_pct(pp, pct, pg, wg):
    return ("share-change", [(pp, "change"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def lift(pp, piece, whole, pg, wg):
    return ("contribution", [(pp, "contribution"), (piece, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def lift_pct(pp, pct, pg, wg):
    return ("contribution", [(pp, "contribution"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def delta_rate(amount, level, g):
    return ("absolute-change", [(amount, "change"), (level, "level"), (g, "growth")])
def delta_prev(amount, level, before):
    return ("absolute-change", [(amount, "change"), (level, "level"), (before, "previous")])
def mean_items(avg, *xs):
    return ("average", [(avg, "average")] + [(x, "item") for x in xs])
def ratio_avg(avg, total, n):
    return ("average", [(avg, "average"), (total, "total"), (n, "count")])
def tally_rate(n, d, g):
    return ("count-change", [(n, "count"), (d, "change"), (g, "growth")])
def tally_prev(n, d, before):
    return ("count-change", [(n, "count"), (d, "change"), (before, "previous")])
RELATIONS = [
    # sums
    totals("T", "W", "S"),
    totals("W", "WL", "KEN_r", "VID_r", "WS"),
    totals("S_r", "SL", "SS", "SGL_r"),
    totals("LOT", "WL", "SL"),
    totals("SCR", "WS", "SS"),
    totals("KV", "KEN", "VID"),
    totals("T", "LOT", "SCR", "SGL", "KV"),
    totals("T", "Q1", "Q2", "Q3", "Q4"),
    totals("GDJS", "GD", "JS"),
    totals("P5", "GDJS", "SD", "ZJ", "HN"),
    totals("F_r", "FW", "FS"),
    totals("F_r", "FC", "FL"),
    totals("FC", "SSF", "FC_rest"),
    totals("T", "PRZ_r", "F_r", "FEES"),
    totals("OUT_r", "WO", "SO"),
    totals("SGL_r2", "FB", "BB"),
    # shares
    slice_of("S_sh", "S_r", "T"),
    slice_of("W_sh", "W", "T"),
    slice_of("LOT_sh", "LOT", "T"),
    slice_of("SCR_sh", "SCR", "T"),
    slice_of("KEN_shW", "KEN_r", "W"),
    slice_of("SGL_shS", "SGL_r", "S_r"),
    slice_of("GD_sh", "GD", "T"),
    slice_of("P5_sh", "P5", "T"),
    slice_of("F_sh", "F_r", "T"),
    slice_of("FW_sh", "FW", "W"),
    slice_of("SSF_sh", "SSF", "FC"),
    slice_of("PRZ_sh", "PRZ_r", "T"),
    slice_of("SGL_sh", "SGL_r2", "T"),
    slice_of("FB_sh", "FB", "SGL_r2"),
    # gaps
    spread("GAP_SW", "gS", "gW"),
    spread("SCR_gap", "gSCR", "gT_q"),
    spread("SGL_gap", "gSGL", "gT_q"),
    # growth of totals
    combined_growth("gT", "W", "gW", "S", "gS"),
    combined_growth("gT_q", "LOT", "gLOT", "SCR", "gSCR", "SGL", "gSGL", "KEN", "gKEN", "VID", "gVID"),
    combined_growth("gT", "Q1", "gQ1", "Q2", "gQ2", "Q3", "gQ3", "Q4", "gQ4"),
    # share changes
    weight_move_pct("S_shch", "S_sh", "gS", "gT_q"),
    weight_move_pct("LOT_shch", "LOT_sh", "gLOT", "gT_q"),
    weight_move_pct("SCR_shch", "SCR_sh", "gSCR", "gT_q"),
    weight_move("SGL_shch", "SGL_r2", "T", "gSGL", "gT_q"),
    # accelerations
    shift("ACC21", "gQ2", "gQ1"),
    shift("ACC43", "gQ4", "gQ3"),
    # contributions
    lift("S_c", "S_r", "T", "gS", "gT_q"),
    lift("W_c", "W", "T", "gW_r", "gT_q"),
    lift_pct("SCR_c", "SCR_sh", "gSCR", "gT_q"),
    lift("SGL_c", "SGL", "T", "gSGL", "gT_q"),
    lift("KEN_c", "KEN", "T", "gKEN", "gT_q"),
    # absolute changes
    delta_rate("S_rise", "S_r", "gS"),
    delta_rate("W_rise", "W", "gW_r"),
    delta_rate("T_rise", "T", "gT"),
    delta_rate("KEN_fall", "KEN", "gKEN"),
    delta_rate("F_rise", "F_r", "gF"),
    # averages
    mean_items("QAVG", "Q1", "Q2", "Q3", "Q4"),
    mean_items("P5_avg", "GD", "JS", "SD", "ZJ", "HN"),
    ratio_avg("PP", "T", "POP"),
    # count changes
    tally_rate("WO", "WO_ch", "gWO"),
    tally_rate("SO", "SO_ch", "gSO"),
    tally_prev("OUT_r", "OUT_ch", "OUT_prev"),
    tally_rate("OUT_r", "OUT_ch", "gOUT"),
    # restatements
    said_again("gT", "gT_q"),
    said_again("S", "S_r"),
    said_again("gW", "gW_r"),
    said_again("KEN", "KEN_r"),
    said_again("SGL", "SGL_r"),
    said_again("SGL", "SGL_r2"),
    said_again("F", "F_r"),
    said_again("OUT", "OUT_r"),
    said_again("T", "T_q2"),
    said_again("T", "T_r2"),
    said_again("OUT", "OUT_r2"),
]
PLANTED = [
    ("share", "VID_shW", ["VID_r2", "W"]),
    ("average", "PER_OUT", ["T", "OUT_r"]),
]
