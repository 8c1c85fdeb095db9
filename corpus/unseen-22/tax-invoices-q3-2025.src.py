TEXT = """
STA press conference on tax work and VAT invoice data for the first three quarters of 2025

Beijing | 3 p.m. Oct. 24, 2025

The State Taxation Administration (STA) held a press conference Friday in Beijing on tax revenue, tax and fee support policies and the economic picture drawn from VAT invoices in the first three quarters of 2025.

Speakers

Lu Zhiheng, deputy commissioner of the State Taxation Administration (STA)

Tan Yulan, director general of the Department of Revenue Planning and Accounting of the STA

Gao Fengshan, director general of the Department of Tax Incentives and Legal Affairs of the STA

Chairperson

Huang Wenxiu, director general of the General Office of the STA and spokesperson of the STA

Read in Chinese

Speakers:

Mr. Lu Zhiheng, deputy commissioner of the State Taxation Administration (STA)

Ms. Tan Yulan, director general of the Department of Revenue Planning and Accounting of the STA

Mr. Gao Fengshan, director general of the Department of Tax Incentives and Legal Affairs of the STA

Chairperson:

Ms. Huang Wenxiu, director general of the General Office of the STA and spokesperson of the STA

Date:

Oct. 24, 2025


Huang Wenxiu:

Good afternoon, friends from the media. Welcome to the press conference of the State Taxation Administration. Three quarters of the year are behind us, and the tax ledgers and the invoice system have a good deal to say about them. Deputy Commissioner Lu Zhiheng will open, and Ms. Tan Yulan and Mr. Gao Fengshan will take your questions with him.

Deputy Commissioner Lu, please.

Lu Zhiheng:

Thank you, Ms. Huang. Good afternoon, everyone. People sometimes ask me why a tax authority talks about the economy. My answer is that an invoice is a heartbeat: every sale leaves one, and when you put billions of them together you can hear the whole body.

In the first three quarters, tax departments collected {13.75|y|T} trillion yuan in tax revenue, net of export rebates, up {0.7|p|T_gr}% year on year, or about {96|y|T_ch} billion yuan more.

At the same time, the policies that support scientific and technological innovation and manufacturing cut, reduced or refunded {2.14|y|SUP} trillion yuan in taxes and fees, up {6.4|p|SUP_gr}%. Export tax rebates came to {1.53|y|EXR} trillion yuan, up {8.6|p|EXR_gr}%.

And the invoices tell us that enterprises' sales revenue rose {4.1|p|INV_gr}% from a year earlier, {0.3|pp|INV_acc} percentage point faster than in the first half, when it grew {3.8|p|INV_gr_h1}%. Sales of manufacturers grew {4.6|p|MF_gr}%, and those of high-tech manufacturers {11.2|p|HT_gr}%.

The pulse is steady, and in places it is quickening. Thank you.

Huang Wenxiu:

Thank you, Deputy Commissioner Lu. The floor is now open. Please tell us which outlet you are from.

_ueditor_page_break_tag_

Xinhua News Agency:

Could you break the revenue down by tax? Thank you.

Tan Yulan:

Certainly. To put it in numbers: domestic value-added tax brought in {5.23|y|VAT} trillion yuan, up {3.2|p|VAT_gr}%. That is {38.0|p|VAT_sh}% of the total, a share {0.9|pp|VAT_shch} percentage point larger than a year before, and on its own it added {1.2|pp|VAT_c} percentage points to growth.

Corporate income tax fell {0.9|p|CIT_gr}% to {3.18|y|CIT} trillion yuan, {23.2|p|CIT_sh}% of the revenue. Its share slipped {0.4|pp|CIT_shch} percentage point, and it took {0.2|pp|CIT_c} percentage point off growth.

Individual income tax reached {1.19|y|IIT} trillion yuan, up {9.1|p|IIT_gr}%, {8.4|pp|IIT_gap} percentage points faster than the revenue as a whole. It made up {8.7|p|IIT_sh}%, {0.7|pp|IIT_shch} percentage point more than a year ago.

Domestic consumption tax came to {1.29|y|CON} trillion yuan, up {1.8|p|CON_gr}%, or {9.4|p|CON_sh}%. The remaining taxes, stamp duty, land and property taxes, tariffs and the rest, brought in {2.86|y|OTH} trillion yuan between them, and they fell {5.3|p|OTH_gr}%.

_ueditor_page_break_tag_

CCTV:

Individual income tax grew fastest. Why? Thank you.

Tan Yulan:

Three reasons, in order of size. Wages rose, property transfers picked up, and gains from equity transfers were larger. Growth of {9.1|p|IIT_gr_r}% meant nearly {100|y|IIT_ch} billion yuan more than in the same period last year.

Its contribution to the total was {0.7|pp|IIT_c} percentage point. I would add that the special additional deductions, for children, the elderly, housing loans and the like, reduced the tax of {127.4|people|DED_N} million people by {198.6|y|DED} billion yuan, an average of about {1,560|y|DED_avg} yuan each.

_ueditor_page_break_tag_

China Central Radio:

How did revenue move quarter by quarter? Thank you.

Tan Yulan:

The first quarter brought in {4.93|y|Q1} trillion yuan and was down {1.2|p|Q1_gr}%. The second quarter gave {4.60|y|Q2} trillion yuan, up {1.1|p|Q2_gr}%, and the third {4.22|y|Q3} trillion yuan, up {2.6|p|Q3_gr}%.

Growth in the third quarter was {1.5|pp|Q3_acc} percentage points faster than in the second. The third quarter alone was {30.7|p|Q3_sh}% of the nine months.

Month by month, July brought in {1.61|y|JUL} trillion yuan, August {1.20|y|AUG} trillion and September {1.41|y|SEP} trillion. July is always heavy, because quarterly corporate tax falls due then.

That makes {1.41|y|Q3_avg} trillion yuan a month on average in the third quarter.

So the {13.75|y|T_r} trillion yuan of the nine months rose {0.7|p|T_gr_r}%, and the direction is upward.

_ueditor_page_break_tag_

Economic Daily:

Tell us more about support for innovation. Thank you.

Gao Fengshan:

Let me give you a firm's-eye view. The additional deduction of research and development expenses saved enterprises {786.2|y|RD} billion yuan, {36.7|p|RD_sh}% of the support package. Refunds of excess input VAT credits came to {631.5|y|VREF} billion yuan, and the other measures to {723.3|y|OTHC} billion yuan.

{652,000|enterprises|RDF} enterprises claimed the R&D deduction, {48,000|enterprises|RDF_ch} more than a year earlier, up {7.9|p|RDF_gr}%. Each saved about {1.21|y|RDF_avg} million yuan on average.

Manufacturers took {447.3|y|RDM} billion yuan of the deduction, {56.9|p|RDM_sh}%. A lathe maker in Ningbo told me the deduction paid for a new test bench. That is what the policy is for.

_ueditor_page_break_tag_

Caixin:

Is the support package larger or smaller than last year? Thank you.

Gao Fengshan:

Larger. More than {2.1|y|SUP_r} trillion yuan, about {129|y|SUP_ch} billion yuan more than in the same period last year. Of the {786.2|y|RD_r} billion yuan saved through the R&D deduction, every yuan stayed with the enterprise to spend on research.

_ueditor_page_break_tag_

China Daily:

Small businesses say they are under pressure. What did they receive? Thank you.

Gao Fengshan:

Micro and small enterprises and self-employed households received {1.02|y|SMALL} trillion yuan in tax and fee relief, up {3.4|p|SMALL_gr}%, or some {33.7|y|SMALL_ch} billion yuan more.

Relief for small-scale VAT taxpayers was {468.9|y|SMS} billion yuan, {54.8|p|SMS_sh}% of it. Income tax relief for small low-profit enterprises was {327.5|y|SMI} billion yuan, and the halving of six local taxes and two fees gave {227.2|y|SMH} billion yuan.

Small businesses are the capillaries. If blood does not reach them, the body feels it first in the fingertips.

_ueditor_page_break_tag_

Reuters:

Exporters face a hard year. How fast are rebates paid? Thank you.

Lu Zhiheng:

Fast, and faster than before. Rebates of more than {1.5|y|EXR_r} trillion yuan were paid in the nine months, about {121|y|EXR_ch} billion yuan more than a year earlier. Their growth of {8.6|p|EXR_gr_r}% is {2.5|pp|EXR_gap} percentage points above that of exports in yuan, which rose {6.1|p|EXP_gr}%.

A normal rebate now takes {2.8|days|DAYS} working days, {0.7|days|DAYS_ch} days fewer than the {3.5|days|DAYS_prev} days of last year. For an exporter, a day of cash is worth a great deal.

_ueditor_page_break_tag_

21st Century Business Herald:

What do invoices say about manufacturing? Thank you.

Tan Yulan:

Manufacturing sales revenue was {29.3|p|MF_sh}% of all enterprises' sales, a share {0.1|pp|MF_shch} percentage point higher than a year earlier. Manufacturing contributed {1.3|pp|MF_c} percentage points to the growth of sales.

Within it, high-tech manufacturers grew {6.6|pp|HT_gap} percentage points faster than manufacturing as a whole; equipment manufacturing rose {7.9|p|EQM_gr}%.

Purchases of machinery and equipment by enterprises rose {6.8|p|EQ_gr}%, {0.7|pp|EQ_acc} percentage point faster than the {6.1|p|EQ_gr_h1}% of the first half. Purchases of digital equipment grew {13.5|p|DEQ_gr}%.

_ueditor_page_break_tag_

Science and Technology Daily:

And the digital economy? Thank you.

Lu Zhiheng:

Sales of the core industries of the digital economy grew {8.7|p|DG_gr}%, {4.6|pp|DG_gap} percentage points faster than the national average. Within them, integrated circuit design grew {17.3|p|IC_gr}%.

The number of fully digitalized electronic invoices issued reached {9.41|invoices|EINV} billion, {1.27|invoices|EINV_ch} billion more, up {15.6|p|EINV_gr}%. Paper is leaving the system quietly.

_ueditor_page_break_tag_

The Paper:

Are consumers spending? And the service sector? Thank you.

Tan Yulan:

Sales of the service sector grew {3.9|p|SV_gr}%, {0.2|pp|SV_gap} percentage point slower than the national average of {4.1|p|INV_gr_r}%. Consumption-related industries did better, with sales up {6.2|p|CS_gr}%.

Home appliance sales rose {21.4|p|HA_gr}%, {15.2|pp|HA_gap} percentage points faster than consumption as a whole; sales of communication equipment rose {18.9|p|PH_gr}%. The trade-in program shows up clearly in the invoices.

_ueditor_page_break_tag_

Guangming Daily:

Which regions are leading? Thank you.

Lu Zhiheng:

The central region grew fastest, {4.8|p|CEN_gr}%, which is {0.7|pp|CEN_gap} percentage point above the national rate. The eastern region grew {4.3|p|EAS_gr}%, the western {3.9|p|WES_gr}% and the northeastern {2.1|p|NE_gr}%.

Taxpayers issuing invoices numbered {31.52|taxpayers|TP} million, {1.15|taxpayers|TP_ch} million more, up {3.8|p|TP_gr}%.

_ueditor_page_break_tag_

Securities Times:

What about tax fraud? Thank you.

Gao Fengshan:

We inspected {31,400|cases|AUD} high-risk cases and recovered {126.3|y|AUD_Y} billion yuan, about {4|y|AUD_avg} million yuan per case. False invoicing is theft from honest firms. Catching it is part of fairness.

Lu Zhiheng:

Let me sum up. Domestic VAT of {5.62|y|VAT_r} trillion yuan, more than a third of all revenue, rose with the real economy. Individual income tax grew {9.1|p|IIT_gr_rr}%. Revenue of nearly {14|y|T_rr} trillion yuan, and relief of more than {2.1|y|SUP_rr} trillion yuan for innovation: both are true at once, and they are not in conflict.

{652,000|enterprises|RDF_r} firms and their engineers are the reason. Sales of high-tech manufacturing up {11.2|p|HT_gr_r}%: that is where the heartbeat is strongest.

Huang Wenxiu:

Thank you, Deputy Commissioner Lu, Ms. Tan and Mr. Gao, and thank you all. This concludes today's press conference.

Translated and edited by Liu Qingmei, Wang Shuo and Daniel Whitmore. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Huang Wenxiu

/4\u00a0\u00a0\u00a0\u00a0Lu Zhiheng

/4\u00a0\u00a0\u00a0\u00a0Tan Yulan

/4\u00a0\u00a0\u00a0\u00a0Gao Fengshan
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
def contrib(c, s, pg, wg): return ("contribution", [(c, "contribution"), (s, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def absch(c, lvl, g): return ("absolute-change", [(c, "change"), (lvl, "level"), (g, "growth")])
def avg_tc(a, t, n): return ("average", [(a, "average"), (t, "total"), (n, "count")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def cc_p(n, ch, p): return ("count-change", [(n, "count"), (ch, "change"), (p, "previous")])

RELATIONS = [
    total("T", "VAT", "CIT", "IIT", "CON", "OTH"),
    total("T_r", "Q1", "Q2", "Q3"),
    total("Q3", "JUL", "AUG", "SEP"),
    total("SUP", "RD", "VREF", "OTHC"),
    total("SMALL", "SMS", "SMI", "SMH"),
    share("VAT_sh", "VAT", "T"),
    share("CIT_sh", "CIT", "T"),
    share("IIT_sh", "IIT", "T"),
    share("CON_sh", "CON", "T"),
    share("Q3_sh", "Q3", "T_r"),
    share("RD_sh", "RD", "SUP"),
    share("RDM_sh", "RDM", "RD"),
    gap("IIT_gap", "IIT_gr", "T_gr"),
    gap("HT_gap", "HT_gr", "MF_gr"),
    gap("DG_gap", "DG_gr", "INV_gr"),
    gap("SV_gap", "SV_gr", "INV_gr_r"),
    gap("EXR_gap", "EXR_gr_r", "EXP_gr"),
    gap("CEN_gap", "CEN_gr", "INV_gr"),
    gap("HA_gap", "HA_gr", "CS_gr"),
    same("T", "T_r"),
    same("T", "T_rr"),
    same("T_gr", "T_gr_r"),
    same("IIT_gr", "IIT_gr_r"),
    same("IIT_gr", "IIT_gr_rr"),
    same("SUP", "SUP_r"),
    same("SUP", "SUP_rr"),
    same("RD", "RD_r"),
    same("EXR", "EXR_r"),
    same("EXR_gr", "EXR_gr_r"),
    same("INV_gr", "INV_gr_r"),
    same("HT_gr", "HT_gr_r"),
    same("RDF", "RDF_r"),
    growth("T_gr", "VAT", "VAT_gr", "CIT", "CIT_gr", "IIT", "IIT_gr", "CON", "CON_gr", "OTH", "OTH_gr"),
    growth("T_gr_r", "Q1", "Q1_gr", "Q2", "Q2_gr", "Q3", "Q3_gr"),
    shch("VAT_shch", "VAT_sh", "VAT_gr", "T_gr"),
    shch("CIT_shch", "CIT_sh", "CIT_gr", "T_gr"),
    shch("IIT_shch", "IIT_sh", "IIT_gr", "T_gr"),
    shch("MF_shch", "MF_sh", "MF_gr", "INV_gr"),
    accel("INV_acc", "INV_gr", "INV_gr_h1"),
    accel("Q3_acc", "Q3_gr", "Q2_gr"),
    accel("EQ_acc", "EQ_gr", "EQ_gr_h1"),
    contrib("VAT_c", "VAT_sh", "VAT_gr", "T_gr"),
    contrib("CIT_c", "CIT_sh", "CIT_gr", "T_gr"),
    contrib("IIT_c", "IIT_sh", "IIT_gr_r", "T_gr"),
    contrib("MF_c", "MF_sh", "MF_gr", "INV_gr"),
    absch("T_ch", "T", "T_gr"),
    absch("IIT_ch", "IIT", "IIT_gr_r"),
    absch("SUP_ch", "SUP", "SUP_gr"),
    absch("SMALL_ch", "SMALL", "SMALL_gr"),
    absch("EXR_ch", "EXR", "EXR_gr"),
    avg_items("Q3_avg", "JUL", "AUG", "SEP"),
    avg_tc("RDF_avg", "RD", "RDF"),
    avg_tc("DED_avg", "DED", "DED_N"),
    avg_tc("AUD_avg", "AUD_Y", "AUD"),
    cc_g("RDF", "RDF_ch", "RDF_gr"),
    cc_g("EINV", "EINV_ch", "EINV_gr"),
    cc_g("TP", "TP_ch", "TP_gr"),
    cc_p("DAYS", "DAYS_ch", "DAYS_prev"),
]
PLANTED = [
    ("restatement", "VAT_r", ["VAT"]),
    ("share", "SMS_sh", ["SMS", "SMALL"]),
]
