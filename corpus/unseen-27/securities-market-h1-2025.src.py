TEXT = """
CSRC press conference on China's capital market in H1 2025

Beijing | 3 p.m. July 25, 2025

The China Securities Regulatory Commission (CSRC) held a press conference on Friday in Beijing on how the capital market developed in the first half of 2025.

Speakers

Shen Guowei, vice chairman of the China Securities Regulatory Commission (CSRC)

Ouyang Min, director general of the Department of Listed Company Supervision of the CSRC

Tao Jingrui, director general of the Enforcement Bureau of the CSRC

Chairperson

Huo Lanting, deputy director general of the General Office of the CSRC and spokesperson of the CSRC

Read in Chinese

Speakers:

Mr. Shen Guowei, vice chairman of the China Securities Regulatory Commission (CSRC)

Ms. Ouyang Min, director general of the Department of Listed Company Supervision of the CSRC

Mr. Tao Jingrui, director general of the Enforcement Bureau of the CSRC

Chairperson:

Ms. Huo Lanting, deputy director general of the General Office of the CSRC and spokesperson of the CSRC

Date:

July 25, 2025


Huo Lanting:

Good afternoon, everyone. Half a year is a short time for a stock market, but long enough to see where it is heading. Mr. Shen Guowei will first review the capital market in the first half, and then he, Ms. Ouyang Min and Mr. Tao Jingrui will answer your questions.

Mr. Shen, please.

Shen Guowei:

Thank you, Ms. Huo. I like to think of the market as an orchard: you plant, you prune, and only then do you pick. In the first half we did a little of all three.

At the end of June, {5,420|companies|LC} companies were listed on the Shanghai, Shenzhen and Beijing exchanges, {28|companies|LC_ch} more than the {5,392|companies|LC_prev} at the end of last year. Their total market value was {91.37|y|MV} trillion yuan, {6.2|p|MVg}% higher than at the end of December.

A total of {51|companies|IPO} companies made initial public offerings, raising {37.38|y|IPOF} billion yuan. Refinancing by listed companies came to {671.5|y|RF} billion yuan, which brings equity financing to {708.9|y|EQ} billion yuan.

Bond issuance on the exchanges reached {6.87|y|BD} trillion yuan, up {9.3|p|BDg}% year on year.

Trading was brisk. A-share turnover came to {162.7|y|TO} trillion yuan, up {61.1|p|TOg}%, and daily turnover averaged {1.39|y|TO_day} trillion yuan across the {117|days|TD} trading days.

Investors held {240.23|accounts|INV} million accounts at the end of June, and {12.59|accounts|NA} million new accounts were opened in the half.

Public funds numbered {12,905|funds|FUND}, with net assets of {34.39|y|NAV} trillion yuan, up {5.2|p|NAVg}% since the end of last year. Listed companies paid out {1.64|y|DIV} trillion yuan in cash dividends, up {8.3|p|DIVg}%.

On enforcement, we handled {297|cases|EC} cases and imposed fines and confiscations totalling {8.42|y|FN} billion yuan. Prune hard, and the tree bears better fruit. Thank you.

Huo Lanting:

Thank you, Mr. Shen. We now take questions. Please name your outlet first.

_ueditor_page_break_tag_

Xinhua News Agency:

The market value rose {6.2|p|MVg_q}% in six months. Which boards drove it? Thank you.

Ouyang Min:

I will take the boards one at a time. The main boards had {3,181|companies|MBn} companies with a market value of {66.08|y|MB} trillion yuan, up {4.9|p|MBg}%. That is {72.3|p|MB_sh}% of the total, {0.9|pp|MB_shch} percentage point less than at the end of last year.

The STAR Market had {589|companies|STn} companies worth {8.12|y|ST} trillion yuan, up {12.8|p|STg}%. Its share rose {0.5|pp|ST_shch} percentage point to {8.9|p|ST_sh}%, and it added {1.1|pp|ST_c} percentage points to the growth of the whole market. At the end of March its value had been up only {5.1|p|STq1}%, so growth gathered {7.7|pp|ST_acc} percentage points of speed in the second quarter.

ChiNext had {1,384|companies|GEn} companies worth {16.35|y|GE} trillion yuan, up {7.6|p|GEg}%, contributing {1.3|pp|GE_c} percentage points. Its growth was {5.2|pp|STGE_gap} percentage points behind the STAR Market's.

The Beijing Stock Exchange is the smallest and the quickest: {266|companies|BSn} companies worth {0.82|y|BS} trillion yuan, up {26.4|p|BSg}%, or {171|y|BS_ch} billion yuan more than six months earlier. That is {20.2|pp|BS_gap} percentage points faster than the market as a whole.

Across all listed companies, market value averaged {16.9|y|MV_avg} billion yuan per company, and the market was some {5.3|y|MV_ch} trillion yuan larger than at the end of last year.

_ueditor_page_break_tag_

China Securities Journal:

How many IPOs went to each board, and is the pace picking up? Thank you.

Ouyang Min:

Of the new listings, {14|companies|IPO_MB} were on the main boards, {8|companies|IPO_ST} on the STAR Market, {19|companies|IPO_GE} on ChiNext and {10|companies|IPO_BS} on the Beijing Stock Exchange.

That is {7|companies|IPO_ch} more than in the first half of last year, an increase of {15.9|p|IPOg}%. STAR Market listings raised {12.66|y|IPO_STF} billion yuan, {33.9|p|IPO_ST_sh}% of all IPO funds, and the average offering raised {733|y|IPO_avg} million yuan. We keep the gate narrow on purpose.

_ueditor_page_break_tag_

Caixin:

Refinancing jumped. Was that mostly the banks? Thank you.

Shen Guowei:

Mostly, yes. Four large state-owned banks topped up their core capital through private placements that raised {520|y|BANK} billion yuan, {77.4|p|BANK_sh}% of all refinancing. Other refinancing by listed companies added up to {151.5|y|RF_oth} billion yuan.

Leave the banks out, and equity financing was about {189|y|EQ_xb} billion yuan, of which some {37.4|y|IPOF_r} billion yuan came from IPOs. The banks were a one-off; the orchard does not get that much water every season.

_ueditor_page_break_tag_

Shanghai Securities News:

Turnover has been very high. Can it last? Thank you.

Shen Guowei:

Busy seasons do not last for ever. In the first quarter turnover was {77.4|y|TO_Q1} trillion yuan, up {67.3|p|TO_Q1g}%, and in the second quarter {85.3|y|TO_Q2} trillion yuan, up {55.9|p|TO_Q2g}%.

Daily turnover averaged {1.36|y|TO_Q1d} trillion yuan in the first quarter, which had {57|days|TD1} trading days, and {1.42|y|TO_Q2d} trillion yuan in the second, which had {60|days|TD2}.

For the half, growth was {6.2|pp|TO_acc} percentage points slower than in the first quarter, and turnover was nearly {62|y|TO_ch} trillion yuan higher than a year earlier.

_ueditor_page_break_tag_

Securities Times:

Are new investors still coming in? Thank you.

Ouyang Min:

They are, though in waves. Let me go month by month. New accounts numbered {1.57|accounts|NA1} million in January, {2.84|accounts|NA2} million in February and {3.06|accounts|NA3} million in March, which made {8.47|accounts|NA_Q1} million in the first quarter.

Then came {1.92|accounts|NA4} million in April, {1.55|accounts|NA5} million in May and {1.65|accounts|NA6} million in June, or {5.12|accounts|NA_Q2} million in the second quarter.

Across the six months that is {2.10|accounts|NA_avg} million a month. The {12.59|accounts|NA_r} million new accounts were {3.1|accounts|NA_ch} million more than a year earlier, up {32.7|p|NAg}%.

_ueditor_page_break_tag_

Reuters:

What about funds? Thank you.

Shen Guowei:

Long money, patient money: that is what we want to grow. The number of public funds rose by {543|funds|FUND_ch}, or {4.4|p|FUNDg}%, in six months, and their net assets rose by {1.7|y|NAV_ch} trillion yuan.

Exchange-traded funds grew fastest. Their net assets of {4.31|y|ETF} trillion yuan were up {15.6|p|ETFg}%, {10.4|pp|ETF_gap} percentage points faster than fund assets as a whole.

ETFs now hold {12.5|p|ETF_sh}% of all fund assets, {1.1|pp|ETF_shch} percentage points more than at the end of last year, and on their own they added {1.8|pp|ETF_c} percentage points to the growth of fund assets.

_ueditor_page_break_tag_

Economic Information Daily:

Are listed companies sharing more of their profits? Thank you.

Ouyang Min:

More of them are. In the half, {3,690|companies|DC} companies paid cash dividends, {68.1|p|DC_sh}% of all listed companies, and each paid about {444|y|DIV_avg} million yuan on average.

The {1.64|y|DIV_r} trillion yuan paid equals {1.8|p|DIV_yld}% of total market value, and it was about {126|y|DIV_ch} billion yuan more than a year earlier.

_ueditor_page_break_tag_

Legal Daily:

Has enforcement become tougher? Thank you.

Tao Jingrui:

There is no safe harbour for fraud. The {297|cases|EC_r} cases we handled were {19|cases|EC_ch} fewer than a year earlier, down {6.0|p|ECg}%, because we now go after fewer but bigger targets.

Fines and confiscations averaged about {28.4|y|FN_avg} million yuan a case. Fraudulent issuance and false disclosure alone brought {3.12|y|FN_fr} billion yuan, {37.1|p|FN_fr_sh}% of the total.

We handed {62|cases|POL} cases to the public security organs, {26.9|p|POL_sh}% of the cases we handled. Zero tolerance means exactly that.

_ueditor_page_break_tag_

21st Century Business Herald:

How is the bond market on the exchanges doing? Thank you.

Ouyang Min:

Corporate bonds made up {2.18|y|CB} trillion yuan of the issuance, up {12.4|p|CBg}%, or {31.7|p|CB_sh}%. Everything else, from asset-backed securities to local government and financial bonds, came to {4.69|y|OB} trillion yuan, up {7.9|p|OBg}%.

Issuance growth picked up from {6.8|p|BDq1}% in the first quarter to {9.3|p|BDg_r}% for the half, a gain of {2.5|pp|BD_acc} percentage points. Sci-tech innovation bonds, new this year, raised {346.2|y|STB} billion yuan.

_ueditor_page_break_tag_

China National Radio:

What comes next for the market? Thank you.

Shen Guowei:

More planting, more pruning. A market worth more than {91|y|MV_r} trillion yuan, with more than {5,400|companies|LC_r} listed companies and above {240|accounts|INV_r} million investor accounts, has to be run for the long term. Daily turnover of about {1.4|y|TO_day_r} trillion yuan tells us the money is there.

Tao Jingrui:

And whoever breaks the rules will find us waiting.

Huo Lanting:

Thank you, Mr. Shen, Ms. Ouyang and Mr. Tao, and thank you all. This concludes today's press conference.

Translated and edited by Chen Yutong, Xu Mei and Laura Bennett. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Huo Lanting

/4\u00a0\u00a0\u00a0\u00a0Shen Guowei

/4\u00a0\u00a0\u00a0\u00a0Ouyang Min

/4\u00a0\u00a0\u00a0\u00a0Tao Jingrui
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
    SUM("LC", "MBn", "STn", "GEn", "BSn"),
    SUM("MV", "MB", "ST", "GE", "BS"),
    SUM("IPO", "IPO_MB", "IPO_ST", "IPO_GE", "IPO_BS"),
    SUM("EQ", "IPOF", "RF"),
    SUM("RF", "BANK", "RF_oth"),
    SUM("EQ_xb", "IPOF", "RF_oth"),
    SUM("TO", "TO_Q1", "TO_Q2"),
    SUM("TD", "TD1", "TD2"),
    SUM("NA_Q2", "NA4", "NA5", "NA6"),
    SUM("BD", "CB", "OB"),
    SHARE("MB_sh", "MB", "MV"),
    SHARE("ST_sh", "ST", "MV"),
    SHARE("IPO_ST_sh", "IPO_STF", "IPOF"),
    SHARE("BANK_sh", "BANK", "RF"),
    SHARE("DC_sh", "DC", "LC"),
    SHARE("DIV_yld", "DIV_r", "MV"),
    SHARE("ETF_sh", "ETF", "NAV"),
    SHARE("FN_fr_sh", "FN_fr", "FN"),
    SHARE("CB_sh", "CB", "BD"),
    GAP("STGE_gap", "STg", "GEg"),
    GAP("BS_gap", "BSg", "MVg"),
    GAP("ETF_gap", "ETFg", "NAVg"),
    SAME("MVg", "MVg_q"),
    SAME("IPOF", "IPOF_r"),
    SAME("NA", "NA_r"),
    SAME("DIV", "DIV_r"),
    SAME("EC", "EC_r"),
    SAME("BDg", "BDg_r"),
    SAME("MV", "MV_r"),
    SAME("INV", "INV_r"),
    SAME("LC", "LC_r"),
    SAME("TO_day", "TO_day_r"),
    GROWTH("MVg", "MB", "MBg", "ST", "STg", "GE", "GEg", "BS", "BSg"),
    GROWTH("TOg", "TO_Q1", "TO_Q1g", "TO_Q2", "TO_Q2g"),
    GROWTH("BDg_r", "CB", "CBg", "OB", "OBg"),
    SHCH_PW("MB_shch", "MB", "MV", "MBg", "MVg"),
    SHCH_S("ST_shch", "ST_sh", "STg", "MVg"),
    SHCH_PW("ETF_shch", "ETF", "NAV", "ETFg", "NAVg"),
    ACC("TO_acc", "TOg", "TO_Q1g"),
    ACC("BD_acc", "BDg_r", "BDq1"),
    ACC("ST_acc", "STg", "STq1"),
    CONTR_PW("ST_c", "ST", "MV", "STg", "MVg"),
    CONTR_PW("GE_c", "GE", "MV", "GEg", "MVg"),
    CONTR_PW("ETF_c", "ETF", "NAV", "ETFg", "NAVg"),
    ABS("BS_ch", "BS", "BSg"),
    ABS("TO_ch", "TO", "TOg"),
    ABS("NAV_ch", "NAV", "NAVg"),
    ABS("DIV_ch", "DIV_r", "DIVg"),
    ABS("MV_ch", "MV", "MVg"),
    AVG_TC("TO_day", "TO", "TD"),
    AVG_TC("TO_Q1d", "TO_Q1", "TD1"),
    AVG_TC("TO_Q2d", "TO_Q2", "TD2"),
    AVG_TC("IPO_avg", "IPOF", "IPO"),
    AVG_ITEMS("NA_avg", "NA1", "NA2", "NA3", "NA4", "NA5", "NA6"),
    AVG_TC("DIV_avg", "DIV", "DC"),
    AVG_TC("FN_avg", "FN", "EC"),
    AVG_TC("MV_avg", "MV", "LC"),
    CC_P("LC", "LC_ch", "LC_prev"),
    CC_G("IPO", "IPO_ch", "IPOg"),
    CC_G("NA_r", "NA_ch", "NAg"),
    CC_G("FUND", "FUND_ch", "FUNDg"),
    CC_G("EC_r", "EC_ch", "ECg"),
]
PLANTED = [
    ("sum", "NA_Q1", ["NA1", "NA2", "NA3"]),
    ("share", "POL_sh", ["POL", "EC_r"]),
]
