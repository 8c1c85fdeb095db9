TEXT = """
Press conference on government procurement in 2024

Beijing | 3 p.m. Sept. 12, 2025

The Ministry of Finance (MOF) held a press conference on Friday in Beijing, at which its Treasury Department reported on national government procurement in 2024.

Speakers

Liang Jiahui, director general of the Treasury Department of the Ministry of Finance (MOF)

Fang Zhiqiang, deputy director general of the Treasury Department of the MOF

Shen Kaiwen, director of the Government Procurement Management Office of the Treasury Department of the MOF

Chairperson

Gao Ruoxi, deputy director general of the General Office of the MOF and spokesperson of the MOF

Read in Chinese

Speakers:

Ms. Liang Jiahui, director general of the Treasury Department of the Ministry of Finance (MOF)

Mr. Fang Zhiqiang, deputy director general of the Treasury Department of the MOF

Mr. Shen Kaiwen, director of the Government Procurement Management Office of the Treasury Department of the MOF

Chairperson:

Ms. Gao Ruoxi, deputy director general of the General Office of the MOF and spokesperson of the MOF

Date:

Sept. 12, 2025


Gao Ruoxi:

Good afternoon, everyone. Welcome to this afternoon's press conference of the Ministry of Finance. Government procurement is where public money meets the market, and many of you have asked for the national figures for last year. Director General Liang Jiahui of the Treasury Department will present them, and Deputy Director General Fang Zhiqiang and Director Shen Kaiwen will join her in answering your questions.

Ms. Liang, please.

Liang Jiahui:

Thank you, Ms. Gao. Good afternoon.

In 2024, national government procurement came to {3.31|y|P} trillion yuan, down {2.3|p|gP}% from 2023. The drop was {78.2|y|P_fall} billion yuan. In 2023 the figure had been {3.39|y|P_prev} trillion yuan.

By category, goods were {781.4|y|G} billion yuan, a decrease of {6.3|p|gG}%. Works were {1.31|y|W} trillion yuan, down {5.7|p|gW}%. Services were the only category to grow, rising {4.6|p|gS}% to {1.22|y|S} trillion yuan.

Central budget units bought {247.3|y|C} billion yuan, up {3.4|p|gC}%, and local budget units {3.06|y|L} trillion yuan, down {2.7|p|gL}%.

Procurement saved {106.4|y|SAV} billion yuan against budgets of {3.41|y|BUD} trillion yuan, a savings rate of {3.1|p|SAV_rate}%. In 2023 the rate was {2.8|p|SAV_rate23}%, so it rose {0.3|pp|SAV_acc} percentage point.

Small and medium-sized enterprises won contracts worth {2.49|y|SME} trillion yuan, {75.3|p|SME_sh}% of the total.

I should add one thing. A smaller figure is not a worse figure. Much of the fall is in works, where local governments have been told to stop building what they cannot pay for.

Gao Ruoxi:

Thank you, Ms. Liang. The floor is now open. Please tell us which outlet you are from.

_ueditor_page_break_tag_

Economic Daily:

Procurement fell {2.3|p|gP_q}% last year. Which categories fell, and by how much? Thank you.

Liang Jiahui:

Thank you. Let me take the three categories in turn, starting with the one that did not fall.

Services came to {1.22|y|S_r} trillion yuan. They made up {36.8|p|S_sh}% of procurement, {2.4|pp|S_shch} percentage points more than in 2023, and rose by {53.5|y|S_rise} billion yuan. Their growth of {4.6|p|gS_r}% was {2.5|pp|ACC_S} percentage points faster than the {2.1|p|gS23}% of 2023. Governments are buying property management, elderly care and data services that they used to provide themselves.

Goods fell {6.3|p|gG_r}% to {781.4|y|G_r} billion yuan, {52.5|y|G_fall} billion yuan less, and took {1.6|pp|G_c} percentage points off the total. But the decline was milder than the {9.8|p|gG23}% fall of 2023, by {3.5|pp|ACC_G} percentage points. Goods are {23.6|p|G_sh}% of the total, {1.0|pp|G_shch} percentage point less than a year earlier.

Works fell to {1,309.8|y|W_r} billion yuan. That is {79.2|y|W_fall} billion yuan less, a drag of {2.3|pp|W_c} percentage points. Works still hold the largest share, {39.6|p|W_sh}%, though {1.4|pp|W_shch} percentage points less than in 2023.

_ueditor_page_break_tag_

China Daily:

How were the contracts awarded? Is open tendering still the main method? Thank you.

Fang Zhiqiang:

It is, and by a long way.

Open tendering awarded {2.46|y|OT} trillion yuan of contracts, {74.4|p|OT_sh}% of the total, in {312,400|projects|OT_pj} projects. That is {7.88|y|OT_avg} million yuan per tendered project. Competitive negotiation accounted for {391.5|y|CN} billion yuan, {11.8|p|CN_sh}%.

All other methods together came to {453.9|y|REST} billion yuan. Of this, single-source procurement was {78.6|y|SS} billion yuan, or {2.4|p|SS_sh}%, down {12.4|p|gSS}%. We watch that number closely; every single-source contract has to be announced in advance.

Framework agreements reached {131.2|y|FA} billion yuan, up {37.8|p|gFA}%, about {36.0|y|FA_rise} billion yuan more than the {95.2|y|FA_prev} billion yuan in 2023. Inquiry, competitive consultation and the remaining methods made up the other {244.1|y|OTH} billion yuan.

_ueditor_page_break_tag_

China SME News:

Small firms often say government contracts go to the big ones. What share did they really get? Thank you.

Fang Zhiqiang:

Thank you. I hear that complaint too, and the figures do not support it.

Small and medium-sized enterprises won {2,491.6|y|SME_r} billion yuan of contracts, {1.1|pp|SME_shch} percentage points more of the total than in 2023. In value their contracts fell {0.9|p|gSME}%, or {22.6|y|SME_fall} billion yuan, less than procurement as a whole. Large enterprises and others took the remaining {816.5|y|NSME} billion yuan.

Of the contracts won by small and medium-sized firms, small and micro enterprises took {1.81|y|SMW} trillion yuan, {82.7|p|SMW_shSME}% of them. Measured against all procurement, that is {54.8|p|SMW_sh}%.

For projects under {4|y|RES} million yuan in works and {2|y|RES2} million yuan in goods and services, purchasers must reserve them for small and medium-sized enterprises. We also give price preferences to start-ups run by graduates aged 18 to 35.

_ueditor_page_break_tag_

People's Daily:

There are said to be more than {1.2|projects|PJ_q} million projects a year. How large is a typical one? Thank you.

Fang Zhiqiang:

We counted {1,284,600|projects|PJ} procurement projects last year, {52,700|projects|PJ_ch} more than the {1,231,900|projects|PJ_prev} in 2023, or {4.3|p|gPJ}% more. The value fell while the count rose, so projects got smaller: an average of {2.58|y|PJ_avg} million yuan each.

There were {4.87|suppliers|SUP} million suppliers registered on procurement platforms at the end of the year, up {8.2|p|gSUP}%. That is {370,000|suppliers|SUP_ch} more. Of them, {2.93|suppliers|SUP_sme} million are small and micro firms, {60.2|p|SUP_sme_sh}% of the total.

_ueditor_page_break_tag_

Caixin:

How much of this goes through e-procurement platforms now? Thank you.

Shen Kaiwen:

Almost all of it, and I say that as the person who answers the phone when a platform goes down. Contracts worth {3.02|y|EP} trillion yuan were awarded on electronic platforms, {91.3|p|EP_sh}% of the total. By number, {1,126,300|projects|EP_pj} projects went through them, {87.7|p|EP_pj_sh}% of all projects. The national platform and the provincial platforms are now linked, so a supplier registered in one province can bid in another.

Anyone who doubts an award can call the 12345 hotline or file a challenge under Article 52 of the Government Procurement Law.

_ueditor_page_break_tag_

Guangming Daily:

We were told green purchases were about {170|y|GR_q} billion yuan. What is the exact figure? Thank you.

Shen Kaiwen:

Purchases of green and energy-saving products reached {168.9|y|GR} billion yuan, up {5.2|p|gGR}%, or about {8.3|y|GR_rise} billion yuan more. They were {21.6|p|GR_sh}% of the goods that governments bought, even though goods as a whole shrank. For products on the mandatory list, such as computers, air conditioners and lighting, the share is close to {100|p|GR_mand}%.

_ueditor_page_break_tag_

Southern Daily:

Which provinces procure the most? Thank you.

Fang Zhiqiang:

Guangdong procured {301.2|y|GD} billion yuan, {9.1|p|GD_sh}% of the national figure, down {1.2|p|gGD}%, a decline {1.1|pp|GD_gap} percentage points smaller than the national one. Jiangsu was second at {274.5|y|JS} billion yuan, {8.3|p|JS_sh}%. Those two together came to {575.7|y|GDJS} billion yuan.

Then Zhejiang with {229.8|y|ZJ} billion yuan, Shandong with {207.6|y|SD} billion yuan and Sichuan with {166.9|y|SC} billion yuan. Sichuan grew {5.8|p|gSC}%, {8.1|pp|SC_gap} percentage points above the national rate, as it is building up its health and education services.

The five provinces procured {1.18|y|P5} trillion yuan, {35.7|p|P5_sh}% of all government procurement, or {236.0|y|P5_avg} billion yuan each on average.

_ueditor_page_break_tag_

Securities Times:

Central units grew while local ones shrank. How wide was the gap? Thank you.

Liang Jiahui:

Central budget units bought {3.4|p|gC_r}% more, while local units' purchases fell {2.7|p|gL_r}%, a gap of {6.1|pp|CL_gap} percentage points. Central procurement is {7.5|p|C_sh}% of the total, and it added {0.2|pp|C_c} percentage point to growth, about {8.1|y|C_rise} billion yuan.

Local governments bought {3,060.8|y|L_r} billion yuan. They are buying less because they are paying down arrears first.

_ueditor_page_break_tag_

Beijing News:

Government procurement exceeded {3.3|y|P_q} trillion yuan, and small firms got more than {75|p|SME_sh_q}% of it. Is that share going to rise further? Thank you.

Liang Jiahui:

We do not set a target for the share. We set the rules, and the rules favour small firms.

Services added {2.6|pp|S_c} percentage points to growth last year and will add more. Many services are provided by small firms, so their share should keep rising.

Gao Ruoxi:

Thank you, Ms. Liang, Mr. Fang and Mr. Shen, and thank you all. This concludes today's press conference.

Translated and edited by Liu Jiayi, Zhou Xinran and Peter Hartley. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Gao Ruoxi

/4\u00a0\u00a0\u00a0\u00a0Liang Jiahui

/4\u00a0\u00a0\u00a0\u00a0Fang Zhiqiang

/4\u00a0\u00a0\u00a0\u00a0Shen Kaiwen
"""

# ---- relation builders written for set 33 (ids refer to the inline marks in TEXT) ----
def adds_up(tot, *bits):
    return ("sum", [(tot, "total")] + [(b, "part") for b in bits])
def portion(pc, bit, tot):
    return ("share", [(pc, "share"), (bit, "part"), (tot, "whole")])
def echo(first, again):
    return ("restatement", [(first, "first"), (again, "restated")])
def margin(pp, rate, base):
    return ("gap", [(pp, "gap"), (rate, "rate"), (base, "base-rate")])
def pace_turn(pp, later, earlier):
    return ("acceleration", [(pp, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def pooled_rate(tg, *pairs):
    figs = [(tg, "total-growth")]
    for k in range(0, len(pairs), 2):
        figs += [(pairs[k], "part"), (pairs[k + 1], "part-growth")]
    return ("growth", figs)
def weight_shift(pp, bit, tot, bg, tg):
    return ("share-change", [(pp, "change"), (bit, "part"), (tot, "whole"), (bg, "part-growth"), (tg, "whole-growth")])
def weight_shift_pc(pp, pc, bg, tg):
    return ("share-change", [(pp, "change"), (pc, "share"), (bg, "part-growth"), (tg, "whole-growth")])
def pull(pp, bit, tot, bg, tg):
    return ("contribution", [(pp, "contribution"), (bit, "part"), (tot, "whole"), (bg, "part-growth"), (tg, "whole-growth")])
def pull_pc(pp, pc, bg, tg):
    return ("contribution", [(pp, "contribution"), (pc, "share"), (bg, "part-growth"), (tg, "whole-growth")])
def moved_by_rate(amt, lvl, g):
    return ("absolute-change", [(amt, "change"), (lvl, "level"), (g, "growth")])
def moved_from(amt, lvl, before):
    return ("absolute-change", [(amt, "change"), (lvl, "level"), (before, "previous")])
def mean_of(avg, *xs):
    return ("average", [(avg, "average")] + [(x, "item") for x in xs])
def per_unit(avg, tot, n):
    return ("average", [(avg, "average"), (tot, "total"), (n, "count")])
def headcount_rate(n, d, g):
    return ("count-change", [(n, "count"), (d, "change"), (g, "growth")])
def headcount_from(n, d, before):
    return ("count-change", [(n, "count"), (d, "change"), (before, "previous")])
RELATIONS = [
    # sums
    adds_up("P", "G", "W", "S"),
    adds_up("P", "C", "L"),
    adds_up("BUD", "P", "SAV"),
    adds_up("P", "OT", "CN", "REST"),
    adds_up("REST", "SS", "FA", "OTH"),
    adds_up("P", "SME_r", "NSME"),
    adds_up("GDJS", "GD", "JS"),
    adds_up("P5", "GDJS", "ZJ", "SD", "SC"),
    # shares
    portion("S_sh", "S_r", "P"),
    portion("G_sh", "G_r", "P"),
    portion("W_sh", "W_r", "P"),
    portion("C_sh", "C", "P"),
    portion("SME_sh", "SME", "P"),
    portion("SMW_sh", "SMW", "P"),
    portion("OT_sh", "OT", "P"),
    portion("CN_sh", "CN", "P"),
    portion("SS_sh", "SS", "P"),
    portion("GR_sh", "GR", "G"),
    portion("EP_sh", "EP", "P"),
    portion("EP_pj_sh", "EP_pj", "PJ"),
    portion("GD_sh", "GD", "P"),
    portion("P5_sh", "P5", "P"),
    portion("SAV_rate", "SAV", "BUD"),
    portion("SUP_sme_sh", "SUP_sme", "SUP"),
    # gaps
    margin("CL_gap", "gC_r", "gL_r"),
    margin("SC_gap", "gSC", "gP"),
    margin("GD_gap", "gGD", "gP"),
    # growth of totals from parts
    pooled_rate("gP", "G", "gG", "W", "gW", "S", "gS"),
    pooled_rate("gP", "C", "gC", "L", "gL"),
    # share changes
    weight_shift_pc("S_shch", "S_sh", "gS_r", "gP"),
    weight_shift_pc("G_shch", "G_sh", "gG_r", "gP"),
    weight_shift("W_shch", "W_r", "P", "gW", "gP"),
    weight_shift_pc("SME_shch", "SME_sh", "gSME", "gP"),
    # accelerations
    pace_turn("ACC_S", "gS_r", "gS23"),
    pace_turn("ACC_G", "gG_r", "gG23"),
    pace_turn("SAV_acc", "SAV_rate", "SAV_rate23"),
    # contributions
    pull("G_c", "G_r", "P", "gG_r", "gP"),
    pull("W_c", "W_r", "P", "gW", "gP"),
    pull_pc("C_c", "C_sh", "gC_r", "gP"),
    # absolute changes
    moved_by_rate("P_fall", "P", "gP"),
    moved_from("P_fall", "P", "P_prev"),
    moved_by_rate("S_rise", "S_r", "gS_r"),
    moved_by_rate("G_fall", "G_r", "gG_r"),
    moved_by_rate("W_fall", "W_r", "gW"),
    moved_by_rate("FA_rise", "FA", "gFA"),
    moved_from("FA_rise", "FA", "FA_prev"),
    moved_by_rate("SME_fall", "SME_r", "gSME"),
    moved_by_rate("C_rise", "C", "gC_r"),
    moved_by_rate("GR_rise", "GR", "gGR"),
    # averages
    mean_of("P5_avg", "GD", "JS", "ZJ", "SD", "SC"),
    per_unit("PJ_avg", "P", "PJ"),
    per_unit("OT_avg", "OT", "OT_pj"),
    # count changes
    headcount_from("PJ", "PJ_ch", "PJ_prev"),
    headcount_rate("PJ", "PJ_ch", "gPJ"),
    headcount_rate("SUP", "SUP_ch", "gSUP"),
    # restatements
    echo("gP", "gP_q"),
    echo("G", "G_r"),
    echo("S", "S_r"),
    echo("gS", "gS_r"),
    echo("gG", "gG_r"),
    echo("W", "W_r"),
    echo("SME", "SME_r"),
    echo("gC", "gC_r"),
    echo("gL", "gL_r"),
    echo("L", "L_r"),
    echo("P", "P_q"),
    echo("SME_sh", "SME_sh_q"),
    echo("PJ_q", "PJ"),
    echo("GR_q", "GR"),
]
PLANTED = [
    ("share", "SMW_shSME", ["SMW", "SME_r"]),
    ("contribution", "S_c", ["S_r", "P", "gS_r", "gP"]),
]
