TEXT = """
SAMR press conference on business entities and market regulation in the first three quarters of 2025

Beijing | 10 a.m. Oct. 24, 2025

The State Administration for Market Regulation (SAMR) held a press conference on Friday in Beijing, presenting the development of business entities and the main results of market regulation from January to September 2025 and answering questions from the media.

Speakers

Meng Shuhua, deputy director of the State Administration for Market Regulation (SAMR)

Yan Kaiwen, director general of the Registration Bureau of the SAMR

Ding Ruolan, director general of the Department of Product Quality Safety Supervision of the SAMR

Chairperson

Hou Peiyun, director general of the News and Publicity Department of the SAMR and spokesperson of the SAMR

Read in Chinese


Hou Peiyun:

Good morning, friends from the media. Welcome to the SAMR's regular press conference for October. With us today are Mr. Meng Shuhua, deputy director of the SAMR, Ms. Yan Kaiwen, director general of the Registration Bureau, and Mr. Ding Ruolan, director general of the Department of Product Quality Safety Supervision. They will introduce how business entities developed over the first three quarters and what market regulation achieved, and then answer your questions. First, Mr. Meng.

Meng Shuhua:

Thank you, Ms. Hou. Good morning, everyone. This year, market regulators have worked to make it easier to start and run a business, to keep product quality and safety under control and to protect consumers. I would like to share the main figures for January to September. The number of business entities kept rising. At the end of September, China had {193.8|registered market entities|e_tot} million registered market entities, {3.6|p|e_gr}% more than a year earlier. Enterprises numbered {61.2|enterprises|ent} million, an increase of {2.97|enterprises|ent_ch} million, or {5.1|p|ent_gr}%, and made up {31.6|p|ent_sh}% of all market entities, {0.5|pp|ent_shch} percentage point more than at the same time last year. There were {130.4|individually-owned businesses|iob} million individually-owned businesses, up {3|p|iob_gr}%, and {2.2|farmer cooperatives|coop} million farmer cooperatives, down {1.8|p|coop_gr}%.

Private enterprises, the bulk of the enterprise sector, reached {56.5|private enterprises|pe} million, up {5.4|p|pe_gr}%, and accounted for {92.3|p|pe_sh}% of all enterprises; on their own they contributed almost {5|pp|pe_contr} percentage points to the growth in the number of enterprises. Foreign-invested enterprises in operation numbered {1.24|foreign-invested enterprises|fie_stock} million. For every 1,000 people, there are now {43.4|enterprises|epc} enterprises, {2.1|enterprises|epc_ch} more than a year ago, when there were {41.3|enterprises|epc_prev}.

New registrations held up well. From January to September, {19.86|market entities|n_tot} million market entities were newly registered, up {2.3|p|n_gr}%. New enterprises numbered {6.72|enterprises|n_ent} million, {6.5|p|n_ent_gr}% more than a year earlier, or {410,000|enterprises|n_ent_ch} more in absolute terms, and new individually-owned businesses {13.02|individually-owned businesses|n_iob} million, up {0.4|p|n_iob_gr}%. Another {120,000|farmer cooperatives|n_coop} farmer cooperatives were set up, a decrease of {9.8|p|n_coop_gr}%. Of the new enterprises, {6.31|private enterprises|n_pe} million were private, making up {83.9|p|n_pe_sh_bad}% of the total. By quarter, registrations came to {6.18|market entities|n_q1} million in the first, {6.94|market entities|n_q2} million in the second and {6.74|market entities|n_q3} million in the third, rising {0.9|p|n_q1_gr}%, {2.8|p|n_q2_gr}% and {3.1|p|n_q3_gr}% respectively. Exits slowed down: {12.57|market entities|d_tot} million market entities were de-registered over the nine months, down {4.6|p|d_gr}% year on year, which left a net increase of {7.29|market entities|net} million.

On product quality, national supervisory spot checks covered {14,620|batches|qc_b} batches of products in {127|categories|qc_cat} categories made by {13,280|enterprises|qc_ent} enterprises. Of these, {13,573|batches|qc_pass} batches passed and {1,047|batches|qc_fail} did not, a pass rate of {92.8|p|qc_rate}%, up {0.9|pp|qc_acc} percentage point from last year's {91.9|p|qc_prev}%.

Consumer protection was stepped up. Through the 12315 platform and hotline, regulators handled {33.74|complaints|c_tot} million complaints, reports and inquiries, up {8.2|p|c_gr}%. Complaints came to {18.92|complaints|c_cmp} million, up {11.6|p|c_cmp_gr}%, reports to {5.37|reports|c_rep} million and inquiries to {9.45|inquiries|c_inq} million. We recovered {3.68|y|c_rec} billion yuan in economic losses for consumers, an increase of {6.1|p|c_rec_gr}%. In the fourth quarter, we will keep working to improve the business environment and to lay a good foundation for the 15th Five-Year Plan period. Thank you.

Hou Peiyun:

Thank you, Mr. Meng. Now the floor is open for questions. Please identify your news organization first.

_ueditor_page_break_tag_

People's Daily:

China now has more than {190|market entities|q_e_tot} million market entities. How would you assess their vitality this year? Thank you.

Yan Kaiwen:

Thank you. Vitality shows first in the mix of entities. Enterprises, of which there are now more than {61|enterprises|ent_r} million, grew {1.5|pp|ent_gap} percentage points faster than market entities as a whole. Individually-owned businesses, at {67.3|p|iob_sh}% of the total, remain the broad base of the economy and provide jobs for more than {300|people|iob_jobs} million people. Private enterprises, close to {57|private enterprises|pe_r} million of them, make up the overwhelming majority of enterprises, and one in every three market entities registered this year was an enterprise. Thank you.

_ueditor_page_break_tag_

Reuters:

Newly established foreign-invested enterprises grew by nearly {15|p|q_fie_gr}% this year. Which sectors are foreign investors entering? Thank you.

Yan Kaiwen:

Thank you. From January to September, {46,853|foreign-invested enterprises|fie_new} foreign-invested enterprises were newly registered, {6,005|foreign-invested enterprises|fie_ch} more than a year earlier, an increase of {14.7|p|fie_gr}%. Of them, {9,230|enterprises|fie_ht} were in high-tech manufacturing and high-tech services, or {19.7|p|fie_ht_sh}%. More than {1.2|foreign-invested enterprises|fie_stock_r} million foreign-invested enterprises are now operating in China, and we treat them the same as domestic firms in registration. Thank you.

_ueditor_page_break_tag_

CCTV:

De-registrations have decreased by more than {4|p|q_d_gr}% this year. What explains the decline? Thank you.

Yan Kaiwen:

Thank you. Fewer firms are leaving, and exits are more orderly. Enterprises accounted for {3.06|enterprises|d_ent} million of the de-registrations, individually-owned businesses for {9.44|individually-owned businesses|d_iob} million and farmer cooperatives for {70,000|farmer cooperatives|d_coop}. Under the simplified procedure, {4.12|market entities|d_simp} million entities left the market with a single public notice, {32.8|p|d_simp_sh}% of all de-registrations. Thank you.

_ueditor_page_break_tag_

China Daily:

The pass rate of product quality spot checks was above {92|p|q_qc}%. Which products had the most problems? Thank you.

Ding Ruolan:

Thank you. A pass rate of {92.8|p|qc_rate_r}% is the highest in five years, but products sold online did worse. Of the {3,412|batches|qc_on} batches we bought on e-commerce platforms, {2,948|batches|qc_on_pass} passed, a pass rate of {86.4|p|qc_on_rate}%. The other {464|batches|qc_on_fail} made up {44.3|p|qc_on_fail_sh}% of all unqualified batches. More than {1,000|batches|qc_fail_r} unqualified batches have been handed to local regulators for follow-up, and the producers have been told to recall them. Thank you.

_ueditor_page_break_tag_

Economic Daily:

Complaints through the 12315 platform rose by more than {11|p|q_cmp_gr}% this year. What are consumers complaining about? Thank you.

Meng Shuhua:

Thank you. Complaints grew {3.4|pp|c_gap} percentage points faster than all the requests we handled, so their share rose to {56.1|p|c_cmp_sh}%, up {1.7|pp|c_shch} percentage points. Online shopping gave rise to {9.87|complaints|c_online} million of them, or {52.2|p|c_online_sh}%, followed by prepaid memberships at gyms and beauty salons, and by after-sales service. Thanks to mediation, the {3.68|y|c_rec_r} billion yuan recovered for consumers was {212|y|c_rec_ch} million yuan more than a year earlier, an average of {194.5|y|c_avg} yuan for each complaint received. Thank you.

_ueditor_page_break_tag_

Xinhua News Agency:

What has the SAMR done to support individually-owned businesses? Thank you.

Yan Kaiwen:

Thank you. We have cut registration procedures and improved credit services for them. In the first three quarters, more than {14|individually-owned businesses|n_iob_bad} million new individually-owned businesses were registered, and the total reached {130.4|individually-owned businesses|iob_r} million at the end of September. Another {186,000|individually-owned businesses|iob_conv} of them upgraded to enterprises, keeping their names and licences. Thank you.

_ueditor_page_break_tag_

21st Century Business Herald:

New registrations grew {2.3|p|q_n_gr}% in the first three quarters. Did the third quarter bring any improvement? Thank you.

Yan Kaiwen:

Thank you. It did. Third-quarter growth was {0.3|pp|n_acc} percentage point faster than in the second quarter. July saw {2.31|registrations|n_jul} million new registrations, August {2.17|registrations|n_aug} million and September {2.26|registrations|n_sep} million, an average of {2.25|registrations|n_avg} million a month. New enterprises made up {33.8|p|n_ent_sh}% of all new registrations, {1.3|pp|n_ent_shch} percentage points more than a year before, and contributed {2.1|pp|n_ent_contr} percentage points to the growth. Thank you.

Hou Peiyun:

This concludes today's press conference. Thank you all.

Translated and edited by Qin Shuwen, Luo Jiaming and Helen Barker. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Hou Peiyun

/4\u00a0\u00a0\u00a0\u00a0Meng Shuhua

/4\u00a0\u00a0\u00a0\u00a0Yan Kaiwen

/4\u00a0\u00a0\u00a0\u00a0Ding Ruolan
"""

R = "restatement"
RELATIONS = [
    ("sum", [("e_tot", "total"), ("ent", "part"), ("iob", "part"), ("coop", "part")]),
    ("sum", [("n_tot", "total"), ("n_ent", "part"), ("n_iob", "part"), ("n_coop", "part")]),
    ("sum", [("n_tot", "total"), ("n_q1", "part"), ("n_q2", "part"), ("n_q3", "part")]),
    ("sum", [("n_q3", "total"), ("n_jul", "part"), ("n_aug", "part"), ("n_sep", "part")]),
    ("sum", [("n_tot", "total"), ("d_tot", "part"), ("net", "part")]),
    ("sum", [("d_tot", "total"), ("d_ent", "part"), ("d_iob", "part"), ("d_coop", "part")]),
    ("sum", [("qc_b", "total"), ("qc_pass", "part"), ("qc_fail", "part")]),
    ("sum", [("qc_on", "total"), ("qc_on_pass", "part"), ("qc_on_fail", "part")]),
    ("sum", [("c_tot", "total"), ("c_cmp", "part"), ("c_rep", "part"), ("c_inq", "part")]),
    ("share", [("ent_sh", "share"), ("ent", "part"), ("e_tot", "whole")]),
    ("share", [("iob_sh", "share"), ("iob", "part"), ("e_tot", "whole")]),
    ("share", [("pe_sh", "share"), ("pe", "part"), ("ent", "whole")]),
    ("share", [("n_ent_sh", "share"), ("n_ent", "part"), ("n_tot", "whole")]),
    ("share", [("d_simp_sh", "share"), ("d_simp", "part"), ("d_tot", "whole")]),
    ("share", [("qc_rate", "share"), ("qc_pass", "part"), ("qc_b", "whole")]),
    ("share", [("qc_on_rate", "share"), ("qc_on_pass", "part"), ("qc_on", "whole")]),
    ("share", [("qc_on_fail_sh", "share"), ("qc_on_fail", "part"), ("qc_fail", "whole")]),
    ("share", [("c_cmp_sh", "share"), ("c_cmp", "part"), ("c_tot", "whole")]),
    ("share", [("c_online_sh", "share"), ("c_online", "part"), ("c_cmp", "whole")]),
    ("share", [("fie_ht_sh", "share"), ("fie_ht", "part"), ("fie_new", "whole")]),
    ("gap", [("ent_gap", "gap"), ("ent_gr", "rate"), ("e_gr", "base-rate")]),
    ("gap", [("c_gap", "gap"), ("c_cmp_gr", "rate"), ("c_gr", "base-rate")]),
    (R, [("e_tot", "first"), ("q_e_tot", "restated")]),
    (R, [("ent", "first"), ("ent_r", "restated")]),
    (R, [("pe", "first"), ("pe_r", "restated")]),
    (R, [("fie_stock", "first"), ("fie_stock_r", "restated")]),
    (R, [("fie_gr", "first"), ("q_fie_gr", "restated")]),
    (R, [("d_gr", "first"), ("q_d_gr", "restated")]),
    (R, [("qc_rate", "first"), ("q_qc", "restated")]),
    (R, [("qc_rate", "first"), ("qc_rate_r", "restated")]),
    (R, [("qc_fail", "first"), ("qc_fail_r", "restated")]),
    (R, [("c_cmp_gr", "first"), ("q_cmp_gr", "restated")]),
    (R, [("c_rec", "first"), ("c_rec_r", "restated")]),
    (R, [("n_gr", "first"), ("q_n_gr", "restated")]),
    (R, [("iob", "first"), ("iob_r", "restated")]),
    ("growth", [("e_gr", "total-growth"), ("ent", "part"), ("ent_gr", "part-growth"), ("iob", "part"), ("iob_gr", "part-growth"), ("coop", "part"), ("coop_gr", "part-growth")]),
    ("growth", [("n_gr", "total-growth"), ("n_ent", "part"), ("n_ent_gr", "part-growth"), ("n_iob", "part"), ("n_iob_gr", "part-growth"), ("n_coop", "part"), ("n_coop_gr", "part-growth")]),
    ("growth", [("n_gr", "total-growth"), ("n_q1", "part"), ("n_q1_gr", "part-growth"), ("n_q2", "part"), ("n_q2_gr", "part-growth"), ("n_q3", "part"), ("n_q3_gr", "part-growth")]),
    ("share-change", [("ent_shch", "change"), ("ent", "part"), ("ent_gr", "part-growth"), ("e_tot", "whole"), ("e_gr", "whole-growth")]),
    ("share-change", [("n_ent_shch", "change"), ("n_ent_sh", "share"), ("n_ent_gr", "part-growth"), ("n_gr", "whole-growth")]),
    ("share-change", [("c_shch", "change"), ("c_cmp_sh", "share"), ("c_cmp_gr", "part-growth"), ("c_gr", "whole-growth")]),
    ("acceleration", [("n_acc", "change"), ("n_q3_gr", "later-rate"), ("n_q2_gr", "earlier-rate")]),
    ("acceleration", [("qc_acc", "change"), ("qc_rate", "later-rate"), ("qc_prev", "earlier-rate")]),
    ("contribution", [("pe_contr", "contribution"), ("pe", "part"), ("pe_gr", "part-growth"), ("ent", "whole"), ("ent_gr", "whole-growth")]),
    ("contribution", [("n_ent_contr", "contribution"), ("n_ent", "part"), ("n_ent_gr", "part-growth"), ("n_tot", "whole"), ("n_gr", "whole-growth")]),
    ("absolute-change", [("n_ent_ch", "change"), ("n_ent", "level"), ("n_ent_gr", "growth")]),
    ("absolute-change", [("c_rec_ch", "change"), ("c_rec", "level"), ("c_rec_gr", "growth")]),
    ("average", [("n_avg", "average"), ("n_jul", "item"), ("n_aug", "item"), ("n_sep", "item")]),
    ("average", [("c_avg", "average"), ("c_rec", "total"), ("c_cmp", "count")]),
    ("count-change", [("ent", "count"), ("ent_ch", "change"), ("ent_gr", "growth")]),
    ("count-change", [("fie_new", "count"), ("fie_ch", "change"), ("fie_gr", "growth")]),
    ("count-change", [("epc", "count"), ("epc_ch", "change"), ("epc_prev", "previous")]),
]
PLANTED = [
    ("restatement", "n_iob_bad", ["n_iob"]),
    ("share", "n_pe_sh_bad", ["n_pe", "n_ent"]),
]
