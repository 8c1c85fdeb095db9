TEXT = """
CNIPA press conference on intellectual property work in the first three quarters of 2025

Beijing | 10 a.m. Oct. 17, 2025

The China National Intellectual Property Administration (CNIPA) held a press conference Friday in Beijing, releasing the main intellectual property (IP) statistics for January-September 2025 and answering questions from reporters.

Speakers

Lu Zhiyuan, deputy commissioner of the China National Intellectual Property Administration (CNIPA)

Qiao Ran, director general of the Department of Strategic Planning of the CNIPA

Duan Meixin, director general of the Department of Intellectual Property Protection of the CNIPA

Chairperson

Sheng Haotian, director general of the General Office of the CNIPA and spokesperson of the CNIPA

Read in Chinese


Sheng Haotian:

Good morning, friends from the media, and welcome to the CNIPA's press conference for the fourth quarter. With us today are Mr. Lu Zhiyuan, deputy commissioner of the CNIPA; Ms. Qiao Ran, director general of the Department of Strategic Planning; and Mr. Duan Meixin, director general of the Department of Intellectual Property Protection. They will walk you through our IP work over the first three quarters and then take your questions. Mr. Lu, the floor is yours.

Lu Zhiyuan:

Thank you, Mr. Sheng. Good morning, everyone. Since the start of the year, the CNIPA has pressed ahead with building China into a country strong in intellectual property, with the aim of making the IP system serve innovation and the real economy better. I would like to share the main figures for January to September.

On patents, we granted {729,000|invention patents|g_tot} invention patents in the first nine months, a year-on-year rise of {5.1|p|g_gr}%. Chinese applicants obtained {642,000|invention patents|g_dom} of them, up {4.6|p|g_dom_gr}%, while grants to overseas applicants grew {9.1|p|g_for_gr}% to {87,000|invention patents|g_for}. Put another way, domestic owners received {88.1|p|g_dom_sh}% of the new grants.

The stock kept expanding as well. As of the end of September, owners on the Chinese mainland held {5.15|invention patents|pif} million valid invention patents, an increase of {589,000|invention patents|pif_ch} over a year earlier, or {12.9|p|pif_gr}%. High-value invention patents reached {15.3|high-value invention patents|hv} for every 10,000 people, compared with {14|high-value invention patents|hv_prev} at the end of last year. The CNIPA also received {54,200|applications|pct} international applications under the Patent Cooperation Treaty (PCT), {2.9|p|pct_gr}% more than a year before, with quarterly filings of {17,100|applications|pct1}, {18,300|applications|pct2} and {18,800|applications|pct3}.

Turning to trademarks, {3.43|trademarks|tm} million were registered from January to September, down {5.2|p|tm_gr}% year on year, {3.31|trademarks|tm_dom} million of them to domestic applicants. Valid registered trademarks totaled {49.08|trademarks|tm_stock} million at the end of the period. We also approved {63|geographical indication products|gi_new} geographical indication products for protection and registered {412|geographical indications|gi_marks_new} geographical indications as collective or certification marks, bringing the cumulative figures to {2,607|geographical indication products|gi_stock} and {7,554|geographical indications|gi_marks_stock}.

IP is also turning into capital more easily. Pledge financing secured on patents and trademarks reached {842.6|y|pl} billion yuan in the first three quarters, up {15.9|p|pl_gr}%, a pace {2.4|pp|pl_acc} percentage points faster than the {13.5|p|pl_h1_gr}% recorded for the first half. Patent pledges accounted for {732.1|y|pl_pat} billion yuan, up {17.4|p|pl_pat_gr}%, and trademark pledges for {110.5|y|pl_tm} billion yuan, up {6.8|p|pl_tm_gr}%. The money went to {31,400|enterprises|pl_ent} enterprises, an average of {26.8|y|pl_avg} million yuan each. Small and medium-sized enterprises numbered {23,300|enterprises|pl_sme}, making up {64.2|p|pl_sme_sh}% of the borrowers.

The weight of IP in the economy keeps rising. Our latest statistical monitoring shows that the value added of IP-intensive industries reached {17.97|y|ipi} trillion yuan in 2024, up {7.3|p|ipi_gr}% at current prices and {3.1|pp|ipi_gap} percentage points above the {4.2|p|gdp_gr}% nominal growth of GDP. These industries generated {13.3|p|ipi_sh}% of GDP, which stood at {134.91|y|gdp} trillion yuan, a share {0.4|pp|ipi_shch} percentage point higher than in 2023, and they contributed {0.9|pp|ipi_contr} percentage point to the growth of nominal GDP.

Protection has been tightened, too. IP offices across the country handled {48,600|cases|adj} cases of patent infringement disputes through administrative adjudication, up {11.2|p|adj_gr}%, and market regulators investigated {26,900|cases|tmcase} cases of trademark infringement and counterfeiting, {75,500|cases|enf_tot} cases in all. Meanwhile, the average examination period for invention patents was brought down to {15.2|months|exam} months, and that for high-value invention patents to {12.4|months|exam_hv} months. That is all for my introduction. My colleagues and I will be glad to take your questions.

Sheng Haotian:

Thank you, Mr. Lu. Now the floor is open. Please identify your news organization before asking questions.

_ueditor_page_break_tag_

People's Daily:

China entered the top 10 of the Global Innovation Index for the first time this year. How would you describe the quality of patent creation? Thank you.

Qiao Ran:

Thank you for your question. Quality is what we care about most, more than quantity. In the first three quarters, more than {720,000|invention patents|g_tot_r} invention patents were granted, and at the end of September the number of valid ones held by mainland owners exceeded {5.1|invention patents|pif_r} million. Enterprises held {3.96|invention patents|pif_ent} million of them, or {76.9|p|pif_ent_sh}% of the total, and their share has risen for the fifth year running.

The indicator we watch most closely is high-value invention patents for every 10,000 people. It now stands at {15.3|high-value invention patents|hv_r}, an increase of {1.3|high-value invention patents|hv_ch} in just nine months, which means the goal set in the 14th Five-Year Plan has been comfortably exceeded. Thank you.

_ueditor_page_break_tag_

Reuters:

Patent grants to foreign applicants rose {9.1|p|q_for_gr}% in the first nine months. How do you see the confidence of foreign innovators in China's IP system? Thank you.

Lu Zhiyuan:

Thank you. The numbers tell their own story. Foreign applicants filed {134,000|invention patent applications|for_app} invention patent applications in China from January to September, up {6.3|p|for_app_gr}%, and they came from {121|countries|for_ctry} countries and regions. The invention patents granted to them, close to {90,000|invention patents|g_for_r} in nine months, grew {4.5|pp|gap_for} percentage points faster than those granted to domestic applicants.

By the end of September, foreign owners held {951,000|invention patents|for_stock} valid invention patents in China, up {5.6|p|for_stock_gr}%, together with {2.12|trademarks|for_tm_stock} million valid registered trademarks. In the January-September period alone, they registered {121,000|trademarks|tm_for} trademarks. We treat domestic and foreign applicants equally, and we will keep doing so. Thank you.

_ueditor_page_break_tag_

China Daily:

IP pledge financing grew by more than {15|p|q_pl_gr}% this year. How much have small businesses benefited? Thank you.

Qiao Ran:

Thank you. Pledge financing came to {842.6|y|pl_r} billion yuan, about {116|y|pl_ch} billion yuan more than in the same period last year. It picked up speed in the summer: the first half brought {524.2|y|pl_h1} billion yuan and the third quarter {318.4|y|pl_q3} billion yuan, up {20.1|p|pl_q3_gr}%, or {6.6|pp|pl_acc2} percentage points faster than in the first half.

Patents remain the main collateral. Patent pledges made up {86.9|p|pl_pat_sh}% of the total, and their growth alone contributed {14.9|pp|pl_pat_contr} percentage points to the overall increase. More than {23,000|enterprises|pl_sme_r} small and medium-sized enterprises obtained loans in this way. Thank you.

_ueditor_page_break_tag_

CCTV:

What has been done to strengthen administrative protection of IP? Thank you.

Duan Meixin:

Thank you. This year we have put administrative protection at the center of our work. Nearly {49,000|cases|adj_r} cases of patent infringement disputes were handled through administrative adjudication, {14,800|cases|adj_ecom} of which involved e-commerce platforms, or {30.5|p|adj_ecom_sh}%. There are now {122|IP protection centers|ctr_a} IP protection centers and {42|quick IP protection centers|ctr_b} quick IP protection centers in operation, {164|centers|ctr_tot} such centers altogether. For geographical indications, {29,400|market entities|gi_users} market entities are now authorized to use the special GI mark, {3,600|market entities|gi_users_ch} more than at the end of last year, when there were {25,800|market entities|gi_users_prev}. Thank you.

_ueditor_page_break_tag_

Economic Daily:

IP-intensive industries now make up over {13|p|q_ipi_sh}% of GDP. At the same time, applicants have complained about long waiting times. How fast is examination now? Thank you.

Lu Zhiyuan:

Thank you. Invention patent examination now takes {15.2|months|exam_r} months on average, {0.3|months|exam_ch} months less than last year's {15.5|months|exam_prev} months. Examination of trademark registrations has been kept at {4|months|tm_exam} months. The number of trademarks registered fell {5.2|p|tm_gr_r}% to {343,000|trademarks|tm_bad} in the first nine months, which is {188,000|trademarks|tm_ch} fewer than a year earlier. We see this as a sign that the crackdown on bad-faith filings is working. Thank you.

_ueditor_page_break_tag_

Bloomberg:

PCT filings through the CNIPA grew less than {3|p|q_pct_gr}%. Are Chinese companies losing interest in patenting abroad? Thank you.

Qiao Ran:

Thank you. I would not read it that way. PCT filings averaged about {18,000|applications|pct_avg} a quarter, and the third quarter, at {18,800|applications|pct3_r}, was the strongest of the three. We also handled {2,130|applications|hague} Hague international design applications and {4,860|applications|madrid} Madrid international trademark applications. Thank you.

Sheng Haotian:

That concludes today's press conference. Thank you to our three speakers and to all of you.

Translated and edited by Zhao Yuhan, Wen Jiaqi, Hou Lin and Peter Marsh. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Sheng Haotian

/4\u00a0\u00a0\u00a0\u00a0Lu Zhiyuan

/4\u00a0\u00a0\u00a0\u00a0Qiao Ran

/4\u00a0\u00a0\u00a0\u00a0Duan Meixin
"""

R = "restatement"
RELATIONS = [
    ("sum", [("g_tot", "total"), ("g_dom", "part"), ("g_for", "part")]),
    ("sum", [("pct", "total"), ("pct1", "part"), ("pct2", "part"), ("pct3", "part")]),
    ("sum", [("pl", "total"), ("pl_pat", "part"), ("pl_tm", "part")]),
    ("sum", [("tm", "total"), ("tm_dom", "part"), ("tm_for", "part")]),
    ("sum", [("enf_tot", "total"), ("adj", "part"), ("tmcase", "part")]),
    ("sum", [("pl_r", "total"), ("pl_h1", "part"), ("pl_q3", "part")]),
    ("sum", [("ctr_tot", "total"), ("ctr_a", "part"), ("ctr_b", "part")]),
    ("share", [("g_dom_sh", "share"), ("g_dom", "part"), ("g_tot", "whole")]),
    ("share", [("pif_ent_sh", "share"), ("pif_ent", "part"), ("pif", "whole")]),
    ("share", [("pl_pat_sh", "share"), ("pl_pat", "part"), ("pl", "whole")]),
    ("share", [("ipi_sh", "share"), ("ipi", "part"), ("gdp", "whole")]),
    ("share", [("adj_ecom_sh", "share"), ("adj_ecom", "part"), ("adj", "whole")]),
    ("gap", [("gap_for", "gap"), ("g_for_gr", "rate"), ("g_dom_gr", "base-rate")]),
    ("gap", [("ipi_gap", "gap"), ("ipi_gr", "rate"), ("gdp_gr", "base-rate")]),
    (R, [("g_tot", "first"), ("g_tot_r", "restated")]),
    (R, [("pif", "first"), ("pif_r", "restated")]),
    (R, [("hv", "first"), ("hv_r", "restated")]),
    (R, [("g_for_gr", "first"), ("q_for_gr", "restated")]),
    (R, [("g_for", "first"), ("g_for_r", "restated")]),
    (R, [("pl_gr", "first"), ("q_pl_gr", "restated")]),
    (R, [("pl", "first"), ("pl_r", "restated")]),
    (R, [("pl_sme", "first"), ("pl_sme_r", "restated")]),
    (R, [("adj", "first"), ("adj_r", "restated")]),
    (R, [("ipi_sh", "first"), ("q_ipi_sh", "restated")]),
    (R, [("exam", "first"), ("exam_r", "restated")]),
    (R, [("tm_gr", "first"), ("tm_gr_r", "restated")]),
    (R, [("pct_gr", "first"), ("q_pct_gr", "restated")]),
    (R, [("pct3", "first"), ("pct3_r", "restated")]),
    ("growth", [("g_gr", "total-growth"), ("g_dom", "part"), ("g_dom_gr", "part-growth"), ("g_for", "part"), ("g_for_gr", "part-growth")]),
    ("growth", [("pl_gr", "total-growth"), ("pl_pat", "part"), ("pl_pat_gr", "part-growth"), ("pl_tm", "part"), ("pl_tm_gr", "part-growth")]),
    ("growth", [("pl_gr", "total-growth"), ("pl_h1", "part"), ("pl_h1_gr", "part-growth"), ("pl_q3", "part"), ("pl_q3_gr", "part-growth")]),
    ("share-change", [("ipi_shch", "change"), ("ipi", "part"), ("ipi_gr", "part-growth"), ("gdp", "whole"), ("gdp_gr", "whole-growth")]),
    ("acceleration", [("pl_acc", "change"), ("pl_gr", "later-rate"), ("pl_h1_gr", "earlier-rate")]),
    ("acceleration", [("pl_acc2", "change"), ("pl_q3_gr", "later-rate"), ("pl_h1_gr", "earlier-rate")]),
    ("contribution", [("ipi_contr", "contribution"), ("ipi", "part"), ("ipi_gr", "part-growth"), ("gdp", "whole"), ("gdp_gr", "whole-growth")]),
    ("contribution", [("pl_pat_contr", "contribution"), ("pl_pat", "part"), ("pl_pat_gr", "part-growth"), ("pl", "whole"), ("pl_gr", "whole-growth")]),
    ("absolute-change", [("pl_ch", "change"), ("pl", "level"), ("pl_gr", "growth")]),
    ("average", [("pct_avg", "average"), ("pct1", "item"), ("pct2", "item"), ("pct3", "item")]),
    ("average", [("pl_avg", "average"), ("pl", "total"), ("pl_ent", "count")]),
    ("count-change", [("pif", "count"), ("pif_ch", "change"), ("pif_gr", "growth")]),
    ("count-change", [("hv_r", "count"), ("hv_ch", "change"), ("hv_prev", "previous")]),
    ("count-change", [("gi_users", "count"), ("gi_users_ch", "change"), ("gi_users_prev", "previous")]),
    ("count-change", [("exam_r", "count"), ("exam_ch", "change"), ("exam_prev", "previous")]),
    ("count-change", [("tm", "count"), ("tm_ch", "change"), ("tm_gr", "growth")]),
]
PLANTED = [
    ("restatement", "tm_bad", ["tm"]),
    ("share", "pl_sme_sh", ["pl_sme", "pl_ent"]),
]
