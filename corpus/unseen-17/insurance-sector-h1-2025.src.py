TEXT = """
NFRA press conference on the performance of the insurance sector in H1 2025

Beijing | 3 p.m. July 30, 2025

The National Financial Regulatory Administration (NFRA) held a press conference Wednesday in Beijing on the performance of the insurance sector in the first half of 2025 and on its work to strengthen insurance protection.

Speakers

Qin Haolan, vice minister of the National Financial Regulatory Administration (NFRA)

Gu Chenxi, director general of the Department of Statistics and Risk Monitoring of the NFRA

Ruan Dezhi, director general of the Department of Property Insurance Supervision of the NFRA

Xue Manli, director general of the Department of Personal Insurance Supervision of the NFRA

Bai Xinyu, director general of the Department of Insurance Asset Management Supervision of the NFRA

Chairperson

Zhuang Yiming, director general of the General Office of the NFRA and spokesperson of the NFRA

Read in Chinese

Speakers:

Mr. Qin Haolan, vice minister of the National Financial Regulatory Administration (NFRA)

Ms. Gu Chenxi, director general of the Department of Statistics and Risk Monitoring of the NFRA

Mr. Ruan Dezhi, director general of the Department of Property Insurance Supervision of the NFRA

Ms. Xue Manli, director general of the Department of Personal Insurance Supervision of the NFRA

Mr. Bai Xinyu, director general of the Department of Insurance Asset Management Supervision of the NFRA

Chairperson:

Mr. Zhuang Yiming, director general of the General Office of the NFRA and spokesperson of the NFRA

Date:

July 30, 2025


Zhuang Yiming:

Good afternoon, friends from the media. Welcome to this press conference of the National Financial Regulatory Administration. Today we have invited Mr. Qin Haolan, vice minister of the NFRA, to brief you on how the insurance sector performed in the first half of the year. He is joined by Ms. Gu Chenxi, Mr. Ruan Dezhi, Ms. Xue Manli and Mr. Bai Xinyu, who lead the departments for statistics, property insurance, personal insurance and insurance asset management.

Mr. Qin, the floor is yours.

Qin Haolan:

Thank you, Mr. Zhuang. Good afternoon. Insurance is judged by what it pays when things go wrong, not only by what it sells when things go well. So let me give you both sides of the ledger.

In the first half of the year, the insurance sector earned premium income of {3.74|y|TOT} trillion yuan, up {5.4|p|TOT_gr}% year on year, about {192|y|TOT_ch} billion yuan more than in the same period of 2024. Property insurance brought in {720.6|y|PROP} billion yuan, up {3.9|p|PROP_gr}%. Life insurance premiums were {2.48|y|LIFE} trillion yuan, up {6.6|p|LIFE_gr}%, health insurance {511.8|y|HEA} billion yuan, up {2.4|p|HEA_gr}%, and accident insurance {27.3|y|ACC} billion yuan, down {4.9|p|ACC_gr}%.

On the other side of the ledger, insurers paid out {1.22|y|CL} trillion yuan in claims and benefits, up {9.1|p|CL_gr}%. Claims grew faster than premiums, which is what a maturing market should look like.

At the end of June, the total assets of insurance companies and insurance asset management companies stood at {39.20|y|TA} trillion yuan, up {9.2|p|TA_gr}% from the start of the year. The balance of insurance funds in use was {36.23|y|INV} trillion yuan. The comprehensive solvency adequacy ratio of the sector was {204.5|p|SOLV}%, comfortably above the regulatory floor.

In a word, the sector is growing steadily, paying more and investing more for the long term. Risks in a small number of institutions remain, and we are dealing with them one by one. Thank you.

Zhuang Yiming:

Thank you, Mr. Qin. Now the floor is open for questions. Please identify your news outlet first.

_ueditor_page_break_tag_

Financial News:

Premium growth of {5.4|p|q_TOT_gr}% is slower than last year. Which lines are driving the market now? Thank you.

Gu Chenxi:

Thank you. I will read the figures in order. Life insurance is still the engine. It made up {66.3|p|LIFE_sh}% of all premiums and, on its own, contributed {4.3|pp|LIFE_c} percentage points of the growth. Its share went up {0.8|pp|LIFE_shch} percentage point from a year earlier. Life premiums grew {1.2|pp|LIFE_TOT_gap} percentage points faster than premiums as a whole, and {2.7|pp|LIFE_PROP_gap} points faster than property insurance.

Property insurance accounted for {19.3|p|PROP_sh}% and contributed {0.8|pp|PROP_c} point. Because it grew more slowly than the market, its share fell {0.3|pp|PROP_shch} point. Health insurance, at {13.7|p|HEA_sh}% of the total, lost {0.4|pp|HEA_shch} point of share.

If we put life, health and accident insurance together as personal insurance, premiums reached {3.02|y|PERS} trillion yuan, up {5.8|p|PERS_gr}%.

Xue Manli:

I would add a word on why life premiums are up. Households are moving savings into long-term products with a guaranteed return as deposit rates fall. That is also why we act early on the pricing of those guarantees. The study value of the predetermined interest rate published on July 25 was {1.99|p|PIR}%. So the ceiling for new ordinary life products will be lowered from {2.5|p|PIR0}% to {2.0|p|PIR1}% on Sept 1, a cut of {0.5|pp|PIR_cut} percentage point.

_ueditor_page_break_tag_

China Daily:

Auto insurance is the biggest part of property insurance. How did it do, and what about new energy vehicles? Thank you.

Ruan Dezhi:

Auto insurance premiums were {450.2|y|AUTO} billion yuan, up {3.6|p|AUTO_gr}%, or {62.5|p|AUTO_sh}% of property insurance. Everything that is not auto insurance came to {270.4|y|NONAUTO} billion yuan.

New energy vehicles are the fast lane. Premiums for them reached {141.2|y|NEV} billion yuan, up {35.6|p|NEV_gr}%, an increase of about {37|y|NEV_ch} billion yuan. They are already {31.4|p|NEV_sh}% of auto insurance. Repair costs for batteries are high, and we are working with carmakers on data sharing so that prices reflect the real risk.

Within the non-auto business, agricultural insurance brought in {96.8|y|AGRI} billion yuan, liability insurance {73.5|y|LIAB} billion yuan and enterprise property insurance {35.3|y|CORP} billion yuan. Cargo, credit, guarantee and the other small lines made up the remaining {64.8|y|OTHP} billion yuan.

_ueditor_page_break_tag_

Economic Daily:

How much did insurers actually pay out, and to whom? Thank you.

Gu Chenxi:

Claims and benefits reached {1.22|y|CL_r} trillion yuan. Property insurance paid {453.8|y|PCL} billion yuan of it, up {7.6|p|PCL_gr}%, and personal insurance {865.3|y|PERSCL} billion yuan, up {10.0|p|PERSCL_gr}%. For every yuan of premium, insurers paid out close to a third in the half year. To be precise, claims were {32.6|p|CL_sh}% of premium income.

Xue Manli:

Let me break down the personal side. Life insurance benefits, which include maturity payments and surrenders, were {502.6|y|LCL} billion yuan, up {11.8|p|LCL_gr}%. Health insurance claims were {254.3|y|HCL} billion yuan, up {6.9|p|HCL_gr}%, and accident insurance paid {8.4|y|ACL} billion yuan, up {2.4|p|ACL_gr}%.

Health claims were equal to {49.7|p|HCL_ratio}% of health premiums. Behind that number are hospital bills for cancer, heart disease and childbirth. Life benefits grew {4.2|pp|LCL_PCL_gap} percentage points faster than property claims, mostly because of the large number of policies sold a few years ago that are now maturing.

Ruan Dezhi:

On property claims, {453.8|y|PCL_r} billion yuan is {63.0|p|PCL_ratio}% of property premiums. The heaviest weeks were the floods in June.

_ueditor_page_break_tag_

Farmers' Daily:

What did agricultural insurance and catastrophe insurance do for rural people this year? Thank you.

Ruan Dezhi:

A great deal, I hope. Agricultural insurance premiums of {96.8|y|AGRI_r} billion yuan are {13.4|p|AGRI_sh}% of property insurance, and they protect hundreds of millions of mu of crops and herds. Insurers paid {48.6|y|AGRI_cl} billion yuan of claims to {36.5|farm households|AGRI_hh} million farm households, about {1,330|y|AGRI_avg} yuan each.

For the staple crops, full-cost insurance and planting income insurance for rice, wheat and corn now reach {1.12|mu|GRAIN} billion mu, or {73.2|p|GRAIN_sh}% of the {1.53|mu|GRAIN_all} billion mu sown with the three grains. For a family farm of a few hundred mu, that is the difference between a bad year and bankruptcy, and this year's No. 1 central document asks us to extend it further.

On catastrophes, insurers paid {2.31|y|CAT} billion yuan for the disasters of the half year. The June floods in Guizhou, Guangxi and Guangdong accounted for {1.46|y|CAT_fl} billion yuan, and the Dingri earthquake in Xizang in January for {850|y|CAT_eq} million yuan. For a rural house lost to a flood, the typical payment is between {20,000|y|CAT_lo} and {50,000|y|CAT_hi} yuan, and we have asked companies to pay advances within days, not months.

Qin Haolan:

If I may add, after a disaster the first question a family asks is "When will the money come?" Under the rules we set last year, small and simple claims are paid without a site survey, and many were settled within a day.

_ueditor_page_break_tag_

Xinhua News Agency:

Insurance funds are often called patient capital. How much are insurers investing, and how much goes into stocks? Thank you.

Bai Xinyu:

Thank you. At the end of June, the balance of insurance funds in use was {36.23|y|INV_r} trillion yuan, {2.97|y|INV_ch} trillion yuan more than the {33.26|y|INV0} trillion yuan at the start of the year, or {8.9|p|INV_gr}% higher.

Bonds are still the foundation, at {17.75|y|BOND} trillion yuan, or {49.0|p|BOND_sh}% of the balance. Bank deposits were {2.85|y|DEP} trillion yuan. Stocks and securities investment funds together came to {5.00|y|SF} trillion yuan, of which stocks were {3.07|y|STK} trillion yuan and funds {1.93|y|FUND} trillion yuan. Long-term equity investments, real estate and other assets made up the remaining {10.63|y|OTHI} trillion yuan.

The stock figure deserves a closer look. Insurers held {650|y|STK_ch} billion yuan more stocks than at the start of the year, when they held {2.42|y|STK0} trillion yuan, a rise of {26.9|p|STK_gr}%. Stocks now make up {8.5|p|STK_sh}% of the balance, against {7.3|p|STK_sh0}% in January, or {1.2|pp|STK_shch} percentage points more.

Qin Haolan:

Patient capital is a fair name. Insurance money can wait ten years, and the market needs money that can wait. We have raised the share that insurers may put into equities, and a third batch of long-term investment pilots has been approved.

_ueditor_page_break_tag_

Securities Times:

How strong are insurers' balance sheets? Thank you.

Gu Chenxi:

Total assets grew by {3.29|y|TA_ch} trillion yuan from the {35.91|y|TA0} trillion yuan of the start of the year. Life insurers held {35.15|y|TA_L} trillion yuan of assets, property insurers {3.08|y|TA_P} trillion yuan, reinsurers {830|y|TA_R} billion yuan and insurance asset management companies {140|y|TA_A} billion yuan. Life insurers alone hold {89.7|p|TA_L_sh}% of the total.

Net assets were {3.58|y|NA} trillion yuan, up {8.1|p|NA_gr}% from the start of the year, or about {270|y|NA_ch} billion yuan more. That is {9.1|p|NA_sh}% of total assets.

The comprehensive solvency adequacy ratio stood at {204.5|p|SOLV_r}% at the end of June, {5.1|pp|SOLV_ch} percentage points higher than at the end of March, when it was {199.4|p|SOLV0}%. The core solvency adequacy ratio was {140.2|p|CORE}%, so the gap between the two ratios was {64.3|pp|SOLV_gap} percentage points.

_ueditor_page_break_tag_

People's Daily:

The personal pension system went nationwide last December. How are insurers doing in the third pillar? Thank you.

Xue Manli:

A policy is a promise, and a pension policy is a promise over decades, so we are building this carefully. Exclusive commercial pension insurance has sold {898,000|policies|EXC_pol} policies, with accumulated premiums of {21.8|y|EXC_prem} billion yuan, about {24,000|y|EXC_avg} yuan per policy. In the pilot of commercial pension business, {1.56|accounts|CPB_acc} million accounts hold {125.3|y|CPB_funds} billion yuan, or about {80,000|y|CPB_avg} yuan per account.

Qin Haolan:

The third pillar is young. What matters is that people who start at 30 can still trust the product when they retire. That is why we insist on simple products with clear fees.

_ueditor_page_break_tag_

Southern Metropolis Daily:

Which regions lead, and how big is insurance compared with the economy? Thank you.

Gu Chenxi:

Guangdong, not counting Shenzhen, collected {318.7|y|GD} billion yuan of premiums, up {6.8|p|GD_gr}%, or {9.5|p|GD_sh}% of the national total. Jiangsu collected {305.2|y|JS} billion yuan, {8.2|p|JS_sh}% of the total. Guangdong was ahead by {13.5|y|GD_JS} billion yuan, and the two provinces together took in {623.9|y|GDJS} billion yuan.

Premium income was equal to {5.7|p|PEN}% of GDP, which came to {66.05|y|GDP} trillion yuan in the first half. Spread over a population of {1.408|people|POPN} billion people, that is about {2,660|y|DENS} yuan of premiums per person in six months.

Qin Haolan:

To close, let me repeat a few numbers. Premiums of more than {3.7|y|q_TOT} trillion yuan, up more than {5|p|q_TOT_gr2}%; claims and benefits of over {1.2|y|q_CL} trillion yuan; funds in use of more than {36|y|q_INV} trillion yuan, with close to {50|p|q_BOND_sh}% in bonds. If you have a complaint about a policy, the NFRA consumer hotline 12378 is open every day. Thank you.

Zhuang Yiming:

Thank you, Mr. Qin, Ms. Gu, Mr. Ruan, Ms. Xue and Mr. Bai. Thank you all. Today's press conference is concluded.

Translated and edited by Chen Yutong, Liang Shuo and Sarah Whitfield. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Zhuang Yiming

/4\u00a0\u00a0\u00a0\u00a0Qin Haolan

/4\u00a0\u00a0\u00a0\u00a0Gu Chenxi

/4\u00a0\u00a0\u00a0\u00a0Ruan Dezhi

/4\u00a0\u00a0\u00a0\u00a0Xue Manli

/4\u00a0\u00a0\u00a0\u00a0Bai Xinyu
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
def contrib(c, part, pg, whole, wg): return ("contribution", [(c, "contribution"), (part, "part"), (pg, "part-growth"), (whole, "whole"), (wg, "whole-growth")])
def abs_g(c, lvl, g): return ("absolute-change", [(c, "change"), (lvl, "level"), (g, "growth")])
def avg_tc(a, t, n): return ("average", [(a, "average"), (t, "total"), (n, "count")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def cc_p(n, ch, p): return ("count-change", [(n, "count"), (ch, "change"), (p, "previous")])

RELATIONS = [
    # sums
    total("TOT", "PROP", "LIFE", "HEA", "ACC"),
    total("PERS", "LIFE", "HEA", "ACC"),
    total("PROP", "AUTO", "NONAUTO"),
    total("NONAUTO", "AGRI", "LIAB", "CORP", "OTHP"),
    total("CL_r", "PCL", "LCL", "HCL", "ACL"),
    total("CAT", "CAT_fl", "CAT_eq"),
    total("INV_r", "BOND", "DEP", "SF", "OTHI"),
    total("SF", "STK", "FUND"),
    total("TA", "TA_L", "TA_P", "TA_R", "TA_A"),
    total("GDJS", "GD", "JS"),
    total("GD", "JS", "GD_JS"),
    # shares
    share("LIFE_sh", "LIFE", "TOT"),
    share("PROP_sh", "PROP", "TOT"),
    share("AUTO_sh", "AUTO", "PROP"),
    share("NEV_sh", "NEV", "AUTO"),
    share("CL_sh", "CL_r", "TOT"),
    share("HCL_ratio", "HCL", "HEA"),
    share("PCL_ratio", "PCL_r", "PROP"),
    share("AGRI_sh", "AGRI_r", "PROP"),
    share("GRAIN_sh", "GRAIN", "GRAIN_all"),
    share("BOND_sh", "BOND", "INV_r"),
    share("STK_sh", "STK", "INV_r"),
    share("TA_L_sh", "TA_L", "TA"),
    share("NA_sh", "NA", "TA"),
    share("JS_sh", "JS", "TOT"),
    share("PEN", "TOT", "GDP"),
    # gaps
    gap("LIFE_TOT_gap", "LIFE_gr", "TOT_gr"),
    gap("LIFE_PROP_gap", "LIFE_gr", "PROP_gr"),
    gap("LCL_PCL_gap", "LCL_gr", "PCL_gr"),
    gap("SOLV_gap", "SOLV_r", "CORE"),
    # accelerations
    accel("SOLV_ch", "SOLV_r", "SOLV0"),
    accel("PIR_cut", "PIR1", "PIR0"),
    accel("STK_shch", "STK_sh", "STK_sh0"),
    # restatements
    same("TOT_gr", "q_TOT_gr"), same("CL", "CL_r"),
    same("AGRI", "AGRI_r"), same("INV", "INV_r"), same("SOLV", "SOLV_r"), same("TOT", "q_TOT"),
    same("TOT_gr", "q_TOT_gr2"), same("CL", "q_CL"), same("INV", "q_INV"), same("BOND_sh", "q_BOND_sh"),
    # growth of a total from its parts
    growth("TOT_gr", "PROP", "PROP_gr", "LIFE", "LIFE_gr", "HEA", "HEA_gr", "ACC", "ACC_gr"),
    growth("PERS_gr", "LIFE", "LIFE_gr", "HEA", "HEA_gr", "ACC", "ACC_gr"),
    growth("CL_gr", "PCL", "PCL_gr", "LCL", "LCL_gr", "HCL", "HCL_gr", "ACL", "ACL_gr"),
    growth("PERSCL_gr", "LCL", "LCL_gr", "HCL", "HCL_gr", "ACL", "ACL_gr"),
    # share changes
    shchange("LIFE_shch", "LIFE_sh", "LIFE_gr", "TOT_gr"),
    shchange("PROP_shch", "PROP_sh", "PROP_gr", "TOT_gr"),
    shchange("HEA_shch", "HEA_sh", "HEA_gr", "TOT_gr"),
    shchange("STK_shch", "STK_sh", "STK_gr", "INV_gr"),
    # contributions
    contrib("LIFE_c", "LIFE", "LIFE_gr", "TOT", "TOT_gr"),
    contrib("PROP_c", "PROP", "PROP_gr", "TOT", "TOT_gr"),
    # absolute changes
    abs_g("TOT_ch", "TOT", "TOT_gr"),
    abs_g("NEV_ch", "NEV", "NEV_gr"),
    abs_g("NA_ch", "NA", "NA_gr"),
    # averages
    avg_tc("AGRI_avg", "AGRI_cl", "AGRI_hh"),
    avg_tc("EXC_avg", "EXC_prem", "EXC_pol"),
    avg_tc("CPB_avg", "CPB_funds", "CPB_acc"),
    avg_tc("DENS", "TOT", "POPN"),
    # count changes
    cc_p("INV_r", "INV_ch", "INV0"),
    cc_g("INV_r", "INV_ch", "INV_gr"),
    cc_p("TA", "TA_ch", "TA0"),
    cc_p("STK", "STK_ch", "STK0"),
]
PLANTED = [
    ("sum", "PERSCL", ["CL_r", "PCL"]),
    ("share", "GD_sh", ["GD", "TOT"]),
]
