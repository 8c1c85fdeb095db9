TEXT = """
SPC press conference on the work of the people's courts in 2024

Beijing | 10 a.m. Feb. 26, 2025

The Supreme People's Court (SPC) held a press conference Wednesday in Beijing on the cases handled by the people's courts in 2024 and on the main judicial statistics of the year.

Speakers

Shen Liangyu, vice president of the Supreme People's Court (SPC)

Feng Yiran, director of the Research Office of the SPC

Hua Jinbo, director of the Enforcement Bureau of the SPC

Chairperson

Ji Yunshan, director of the Press Office of the SPC and spokesperson of the SPC

Read in Chinese

Speakers:

Mr. Shen Liangyu, vice president of the Supreme People's Court (SPC)

Ms. Feng Yiran, director of the Research Office of the SPC

Mr. Hua Jinbo, director of the Enforcement Bureau of the SPC

Chairperson:

Ms. Ji Yunshan, director of the Press Office of the SPC and spokesperson of the SPC

Date:

Feb. 26, 2025


Ji Yunshan:

Good morning, ladies and gentlemen. Welcome to the press conference of the Supreme People's Court. Every year the courts publish their figures, and every year you ask us what they mean. Today Vice President Shen Liangyu will report on 2024, and Ms. Feng Yiran and Mr. Hua Jinbo will join him for your questions.

Vice President Shen, please.

Shen Liangyu:

Thank you, Ms. Ji. Good morning. Justice delayed is justice denied, the old saying goes, and justice unpaid is justice on paper only. Behind every figure I read today there are two parties and a judge.

In 2024, the people's courts at all levels accepted {46.02|cases|A} million cases, up {1.0|p|A_gr}% from 2023, and concluded {45.54|cases|X} million, up {0.9|p|X_gr}%. In other words, for every hundred cases that came in, ninety-nine went out; the exact ratio is {99.0|p|X_sh}%.

Pending cases at the end of the year came to {3.74|cases|PEND} million, {480,000|cases|PEND_ch} fewer than a year earlier, when {4.22|cases|PEND_prev} million were waiting.

Courts registered {16.34|cases|ONL} million cases online, up {12.6|p|ONL_gr}%, or {35.5|p|ONL_sh}% of all cases accepted, a share {3.7|pp|ONL_shch} percentage points higher than a year before. Mediation before filing took up {13.96|disputes|MED} million disputes, up {11.2|p|MED_gr}%.

Enforcement brought {2.14|y|ENF_M} trillion yuan back to winning parties, up {8.2|p|ENF_M_gr}%.

That is the year in brief. Thank you.

Ji Yunshan:

Thank you, Vice President Shen. Now the floor is open. Please state your news organization before asking.

_ueditor_page_break_tag_

Xinhua News Agency:

Which kinds of cases grew, and which shrank? Thank you.

Feng Yiran:

Let me define terms first, because the word "case" hides very different things. Civil and commercial cases, which include family, contract and labor disputes, numbered {27.80|cases|CIV} million, up {3.1|p|CIV_gr}%. They made up {60.4|p|CIV_sh}% of the caseload, {1.2|pp|CIV_shch} percentage points more than in 2023.

Strictly speaking, they contributed {1.8|pp|CIV_c} percentage points to growth, which is more than the total grew. The other kinds, taken together, shrank.

Criminal cases were {1.32|cases|CRI} million, down {4.6|p|CRI_gr}%, and {2.9|p|CRI_sh}% of the total; they shaved {0.1|pp|CRI_c} percentage point off growth. Administrative cases, in which citizens sue the government, rose {9.8|p|ADM_gr}% to {780,000|cases|ADM}, only {1.7|p|ADM_sh}% of the total. That is {8.8|pp|ADM_gap} percentage points faster than all cases.

Enforcement cases numbered {14.31|cases|ENF} million, down {2.7|p|ENF_gr}%. Their share was {31.1|p|ENF_sh}%, {1.2|pp|ENF_shch} percentage points below the year before.

By themselves they held the total back by {0.9|pp|ENF_c} percentage point.

The remaining {1.81|cases|OTH} million cases, state compensation, judicial assistance and the like, grew {0.9|p|OTH_gr}%. All told, the courts received about {460,000|cases|A_ch} more cases than in 2023.

_ueditor_page_break_tag_

CCTV:

How fast are cases closed? Thank you.

Feng Yiran:

Of the {45.54|cases|X_r} million cases concluded, {27.41|cases|XCIV} million were civil and commercial, up {2.8|p|XCIV_gr}%, or {60.2|p|XCIV_sh}%, and {1.30|cases|XCRI} million were criminal, down {5.1|p|XCRI_gr}%.

Courts concluded {760,000|cases|XADM} administrative cases, up {8.9|p|XADM_gr}%, and {14.27|cases|XENF} million enforcement cases, down {2.4|p|XENF_gr}%. The other {1.80|cases|XOTH} million rose {1.2|p|XOTH_gr}%.

A case took {61.3|days|DUR} days on average from filing to judgment, {2.4|days|DUR_ch} days less than the {63.7|days|DUR_prev} of 2023. For civil cases, {24.86|cases|CIV1} million, or {89.4|p|CIV1_sh}%, were first-instance cases.

Appeals came to {1.96|cases|APP} million, down {3.3|p|APP_gr}%, or about {67,000|cases|APP_ch} fewer. A falling appeal count is the best review a trial court can get.

_ueditor_page_break_tag_

China Central Radio:

Mediation before filing keeps growing. Does it keep people out of court? Thank you.

Shen Liangyu:

It keeps quarrels from becoming lawsuits. The {13.96|disputes|MED_r} million disputes were about {1.4|disputes|MED_ch} million more than in 2023. Of them, {9.62|disputes|MED_OK} million were settled, {68.9|p|MED_sh}%, and the other {4.84|disputes|MED_F} million were filed as cases.

Growth of {11.2|p|MED_gr_r}% is slower than in 2023, when mediation rose {16.1|p|MED_gr23}%, by {4.9|pp|MED_acc} percentage points. That is healthy. Mediation is a door, not a wall, and nobody should be kept from a judge who wants one.

_ueditor_page_break_tag_

China Daily:

How much of the courts' work is now online? Thank you.

Feng Yiran:

Filing is mostly online in big cities. Nationwide, more than {16|cases|ONL_r} million cases were filed on the internet. Online hearings came to {2.97|hearings|HEAR} million, up {6.3|p|HEAR_gr}%, or about {176,000|hearings|HEAR_ch} more.

Quarter by quarter, the online hearings were {680,000|hearings|HQ1}, {740,000|hearings|HQ2}, {760,000|hearings|HQ3} and {790,000|hearings|HQ4}, an average of {742,500|hearings|HQ_avg} a quarter.

_ueditor_page_break_tag_

Reuters:

What about cases with foreign parties? Thank you.

Shen Liangyu:

Foreign businesses need to know that a Chinese court will treat them as it treats anyone. Courts concluded {37,400|cases|FOR} first-instance foreign-related civil and commercial cases, up {9.1|p|FOR_gr}%, about {3,100|cases|FOR_ch} more, and {8.2|pp|FOR_gap} percentage points faster than concluded cases overall.

Maritime courts handled {4,150|cases|FOR_M} of them, {11.1|p|FOR_M_sh}%. The parties came from more than {150|countries|FOR_C} countries and regions.

_ueditor_page_break_tag_

Legal Daily:

Intellectual property cases have been rising for years. What happened in 2024? Thank you.

Feng Yiran:

Courts accepted {526,000|cases|IP} intellectual property cases, up {3.4|p|IP_gr}%, {4.4|pp|IP_gap} percentage points faster than the caseload as a whole. Civil cases were {482,000|cases|IP_C} of them, up {3.9|p|IP_C_gr}%, or {91.6|p|IP_C_sh}%. Criminal cases came to {7,900|cases|IP_K}, down {6.0|p|IP_K_gr}%, and administrative cases, mostly against trademark and patent decisions, to {36,100|cases|IP_A}, down {0.8|p|IP_A_gr}%.

Patent cases, {42,800|cases|IP_P}, were {8.1|p|IP_P_sh}% of the intellectual property total, and they are the hardest, because a judge has to read the technology as well as the law.

_ueditor_page_break_tag_

China Youth Daily:

Are more young people coming before the courts? Thank you.

Shen Liangyu:

Yes, and this worries us. Courts tried {31,240|cases|JUV} criminal cases involving offenders under 18, up {5.3|p|JUV_gr}%, or about {1,570|cases|JUV_ch} more, while criminal cases overall fell. The gap is {9.9|pp|JUV_gap} percentage points. They are {2.4|p|JUV_sh}% of all criminal cases.

A child who offends at 14 should not be lost at 15. Juvenile judges now visit schools, and every such case is followed up with the family.

_ueditor_page_break_tag_

Caixin:

Winning a case and getting paid are two different things. How did enforcement do? Thank you.

Hua Jinbo:

You are right, and I'll say it plainly: a judgment on paper is not money in the pocket. We recovered {2.14|y|ENF_M_r} trillion yuan, about {162|y|ENF_M_ch} billion yuan more than in 2023.

Back pay is the part I am proudest of. We got {18.45|y|WAGE} billion yuan for {312,000|workers|WK} workers, about {59,100|yuan|WAGE_avg} yuan a head.

The list of dishonest judgment debtors held {8.21|people|DIS} million names at the end of the year, {640,000|people|DIS_ch} fewer, a fall of {7.2|p|DIS_gr}%. People pay so they can get off it. That is the point.

_ueditor_page_break_tag_

The Paper:

Is the backlog really falling, or are old cases being hidden? Thank you.

Feng Yiran:

We count every case that has waited more than a year, and we publish it. At the end of 2024 there were {48,200|cases|LP} of them, down {26.3|p|LP_gr}%, or {17,200|cases|LP_ch} fewer. That is {1.3|p|LP_sh}% of the {3.74|cases|PEND_r} million pending.

The fall was {6.5|pp|LP_acc} percentage points steeper than in 2023, when the count fell {19.8|p|LP_gr23}%. Nothing is hidden: a case stays on the list until it is closed.

_ueditor_page_break_tag_

Bloomberg:

Can judges keep up with this load? Thank you.

Shen Liangyu:

Our {128,000|judges|JDG} judges, {2,300|judges|JDG_ch} more than the {125,700|judges|JDG_prev} of a year before, concluded about {356|cases|JDG_avg} cases each. That is heavy, and nearly {28|cases|CIV_r} million of them were civil disputes. With more than {46|cases|A_r} million cases coming in and nearly {99|p|X_sh_r}% of them concluded in the year, the courts are keeping pace, but only just.

Ji Yunshan:

Thank you, Vice President Shen, Ms. Feng and Mr. Hua, and thank you all. This concludes today's press conference.

Translated and edited by Chen Ruoxi, Zhang Hao and Emily Carver. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Ji Yunshan

/4\u00a0\u00a0\u00a0\u00a0Shen Liangyu

/4\u00a0\u00a0\u00a0\u00a0Feng Yiran

/4\u00a0\u00a0\u00a0\u00a0Hua Jinbo
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
    total("A", "CIV", "CRI", "ADM", "ENF", "OTH"),
    total("X_r", "XCIV", "XCRI", "XADM", "XENF", "XOTH"),
    total("HEAR", "HQ1", "HQ2", "HQ3", "HQ4"),
    # shares
    share("X_sh", "X", "A"),
    share("ONL_sh", "ONL", "A"),
    share("CIV_sh", "CIV", "A"),
    share("CRI_sh", "CRI", "A"),
    share("ENF_sh", "ENF", "A"),
    share("CIV1_sh", "CIV1", "CIV"),
    share("MED_sh", "MED_OK", "MED_r"),
    share("FOR_M_sh", "FOR_M", "FOR"),
    share("IP_P_sh", "IP_P", "IP"),
    share("JUV_sh", "JUV", "CRI"),
    share("LP_sh", "LP", "PEND_r"),
    share("ADM_sh", "ADM", "A"),
    share("XCIV_sh", "XCIV", "X_r"),
    share("IP_C_sh", "IP_C", "IP"),
    total("IP", "IP_C", "IP_K", "IP_A"),
    growth("IP_gr", "IP_C", "IP_C_gr", "IP_K", "IP_K_gr", "IP_A", "IP_A_gr"),
    # gaps
    gap("ADM_gap", "ADM_gr", "A_gr"),
    gap("FOR_gap", "FOR_gr", "X_gr"),
    gap("JUV_gap", "JUV_gr", "CRI_gr"),
    # restatements
    same("X", "X_r"),
    same("ONL", "ONL_r"),
    same("MED", "MED_r"),
    same("MED_gr", "MED_gr_r"),
    same("ENF_M", "ENF_M_r"),
    same("PEND", "PEND_r"),
    same("A", "A_r"),
    same("X_sh", "X_sh_r"),
    same("XCIV", "CIV_r"),
    # growth of a total from its parts
    growth("A_gr", "CIV", "CIV_gr", "CRI", "CRI_gr", "ADM", "ADM_gr", "ENF", "ENF_gr", "OTH", "OTH_gr"),
    growth("X_gr", "XCIV", "XCIV_gr", "XCRI", "XCRI_gr", "XADM", "XADM_gr", "XENF", "XENF_gr", "XOTH", "XOTH_gr"),
    # share changes
    shchange("CIV_shch", "CIV_sh", "CIV_gr", "A_gr"),
    shchange("ONL_shch", "ONL_sh", "ONL_gr", "A_gr"),
    shchange_pw("ENF_shch", "ENF", "A", "ENF_gr", "A_gr"),
    # accelerations
    accel("MED_acc", "MED_gr_r", "MED_gr23"),
    accel("LP_acc", "LP_gr", "LP_gr23"),
    # contributions
    contrib_s("CIV_c", "CIV_sh", "CIV_gr", "A_gr"),
    contrib_pw("ENF_c", "ENF", "ENF_gr", "A", "A_gr"),
    contrib_s("CRI_c", "CRI_sh", "CRI_gr", "A_gr"),
    # absolute changes
    abs_g("A_ch", "A", "A_gr"),
    abs_g("APP_ch", "APP", "APP_gr"),
    abs_g("MED_ch", "MED_r", "MED_gr"),
    abs_g("HEAR_ch", "HEAR", "HEAR_gr"),
    abs_g("ENF_M_ch", "ENF_M_r", "ENF_M_gr"),
    abs_g("JUV_ch", "JUV", "JUV_gr"),
    abs_g("FOR_ch", "FOR", "FOR_gr"),
    # averages
    avg_items("HQ_avg", "HQ1", "HQ2", "HQ3", "HQ4"),
    avg_tc("WAGE_avg", "WAGE", "WK"),
    avg_tc("JDG_avg", "X", "JDG"),
    # count changes
    cc_p("PEND", "PEND_ch", "PEND_prev"),
    cc_p("DUR", "DUR_ch", "DUR_prev"),
    cc_g("DIS", "DIS_ch", "DIS_gr"),
    cc_g("LP", "LP_ch", "LP_gr"),
    cc_p("JDG", "JDG_ch", "JDG_prev"),
]
PLANTED = [
    ("sum", "MED_F", ["MED_r", "MED_OK"]),
    ("gap", "IP_gap", ["IP_gr", "A_gr"]),
]
