TEXT = """
SCIO press conference on the profits of industrial enterprises in H1 2025

Beijing | 10 a.m. July 29, 2025

The State Council Information Office (SCIO) held a press conference Tuesday morning in Beijing on the profits and financial condition of industrial enterprises above designated size in the first half of 2025.

Speakers

Fang Jingyu, director general of the Department of Industry Statistics of the National Bureau of Statistics (NBS)

Cui Hanbo, deputy director general of the Department of Industrial Policy and Regulation of the Ministry of Industry and Information Technology (MIIT)

Chairperson

Ke Minhua, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese


Ke Minhua:

Good morning, everyone. Welcome to this press conference of the State Council Information Office. The National Bureau of Statistics released the industrial profit figures for January to June on Sunday, and many of you have asked for more detail. With us today are Ms. Fang Jingyu of the NBS and Mr. Cui Hanbo of the Ministry of Industry and Information Technology. Ms. Fang will go through the figures first, and then both will take your questions. Ms. Fang, please.

Fang Jingyu:

Thank you, Mr. Ke. Good morning. I will begin with the headline and then go into the detail, because this time the detail tells a better story than the headline does.

In the first half of the year, industrial enterprises above designated size earned total profits of {3.44|y|P} trillion yuan, down {1.8|p|P_gr}% year on year on a comparable basis. Operating revenue came to {66.78|y|R} trillion yuan, up {2.5|p|R_gr}%, and operating costs to {57.00|y|C} trillion yuan, up {2.8|p|C_gr}%. Costs grew faster than sales, and that is the heart of the matter.

Let me translate that into the measures we publish. For every 100 yuan of revenue, enterprises spent {85.36|yuan|C100} yuan on costs, {0.25|yuan|C100_ch} yuan more than a year earlier, and {8.27|yuan|E100} yuan on selling, administrative and financial expenses. Costs and expenses together therefore swallowed {93.63|yuan|CE100} yuan of every 100. What was left showed up in the profit margin on revenue, which stood at {5.15|p|M}%, {0.23|pp|M_ch} percentage point lower than in the first half of 2024.

By sector, the three broad groups went different ways. Mining earned {419.6|y|MN} billion yuan, down {30.3|p|MN_gr}%, as prices of coal and some other minerals kept sliding. Manufacturing made {2,627.8|y|MF} billion yuan, {4.2|p|MF_gr}% more than a year before. The production and supply of electricity, heat, gas and water brought in {389.1|y|UT} billion yuan, up {3.3|p|UT_gr}%. Mining alone pulled growth of total profits down by {5.2|pp|MN_contr} percentage points, while manufacturing pushed it up by {3.0|pp|MF_contr} percentage points. As a result, manufacturing now earns {76.5|p|MF_sh}% of all industrial profits, {4.4|pp|MF_shch} percentage points more than a year ago.

Within manufacturing, the newer industries carried the load. Equipment manufacturing made profits of {1,263.4|y|EQ} billion yuan, up {7.2|p|EQ_gr}%, lifting the growth of industrial profits by {2.4|pp|EQ_contr} percentage points, and its share of the total reached {36.8|p|EQ_sh}%. High-tech manufacturing earned {598.2|y|HT} billion yuan, an increase of {9.7|p|HT_gr}%, which is {11.5|pp|HT_gap} percentage points better than industry as a whole. Raw materials manufacturing made {412.6|y|RM} billion yuan, up {1.9|p|RM_gr}%, and consumer goods manufacturing {602.3|y|CG} billion yuan, up {2.1|p|CG_gr}%.

By type of ownership, state-holding enterprises made {1,136.7|y|SH} billion yuan, down {7.6|p|SH_gr}%, which was {33.1|p|SH_sh}% of the total. Joint-stock enterprises made {2,537.2|y|JS} billion yuan, down {2.4|p|JS_gr}%. Enterprises funded from abroad, including from Hong Kong, Macao and Taiwan, earned {837.1|y|FF} billion yuan, up {2.5|p|FF_gr}%, or {24.4|p|FF_sh}% of the total. Enterprises of other registration types contributed the remaining {62.2|y|OT} billion yuan. Private enterprises, which are counted within the groups above, earned {938.3|y|PV} billion yuan, up {1.7|p|PV_gr}%, giving them a share of {27.3|p|PV_sh}%.

June was better than May. Profits in June alone reached {715.6|y|J} billion yuan, down {4.3|p|J_gr}% year on year, a decline {4.8|pp|J_acc} percentage points smaller than the month before.

Now the balance sheets. At the end of June there were {522,600|enterprises|N} industrial enterprises above designated size, {22,800|enterprises|N_ch} more than a year earlier. Of them, {156,300|enterprises|LM} reported losses, {29.9|p|LM_sh}% of the total, and their losses added up to {1.05|y|LL} trillion yuan, up {6.1|p|LL_gr}%. Inventories of finished goods were {6.70|y|INV} trillion yuan, up {3.1|p|INV_gr}%, and it took {20.4|days|INV_d} days on average to turn them over. Accounts receivable reached {27.15|y|AR} trillion yuan, up {8.7|p|AR_gr}%, and the average collection period was {70.8|days|AR_d} days. That is all from me for now. Thank you.

Ke Minhua:

Thank you, Ms. Fang. The floor is open. Please tell us which outlet you are from.

_ueditor_page_break_tag_

China Securities Journal:

Profits fell {1.8|p|q_P_gr}% in the first half, but the decline in the first five months was only {1.1|p|q_JM_gr}%. Why did it widen in June, if June was better than May? Thank you.

Fang Jingyu:

Thank you. A good question, and the answer is arithmetic rather than economics. The decline did widen, by {0.7|pp|H_acc} percentage point, but only because June's result was added to the cumulative figure. From January to May, profits came to {2,720.9|y|JM} billion yuan. A June with a fall of {4.3|p|J_gr_r}% is bound to drag the cumulative rate down a little, even though it is much better than May. The monthly pattern was bumpy. Profits went from a rise of {3|p|A_gr}% in April to a fall of {9.1|p|Y_gr}% in May, a swing of {12.1|pp|AY_acc} percentage points, largely because of a high base in May last year. In money terms, April brought {607.6|y|A} billion yuan, May {603.9|y|Y} billion and June {715.6|y|J_r} billion, {111.7|y|JY_ch} billion more than May.

So the second quarter earned {1,927.1|y|Q2} billion yuan, down {3.7|p|Q2_gr}%, an average of {642.4|y|Q2avg} billion yuan a month. The first quarter had earned {1,509.4|y|Q1} billion yuan, up {0.8|p|Q1_gr}%. I would caution against reading too much into one month. Thank you.

_ueditor_page_break_tag_

Reuters:

Mining profits fell by nearly a third. Is it all about coal prices? And how is the rest of industry doing without mining? Thank you.

Fang Jingyu:

Thank you. Mostly coal, yes. Profits of coal mining and washing fell {53.6|p|COAL_gr}%, and oil and gas extraction also earned less. For mining as a whole, the fall of {30.3|p|MN_gr_r}% means nearly {183|y|MN_ch} billion yuan less profit than a year earlier. Take mining out and the picture is quite different. Manufacturing and the utilities together grew their profits by {4.1|p|XM_gr}%. Manufacturing alone earned about {106|y|MF_ch} billion yuan more than in the same period last year, and its profits grew {6|pp|MF_gap} percentage points faster than those of industry as a whole.

About {50|p|HT_shinc}% of that gain came from high-tech manufacturing, whose profits rose by {52.9|y|HT_ch} billion yuan. Thank you.

_ueditor_page_break_tag_

Bloomberg:

The profit margin is only {5.15|p|q_M}% and costs keep rising faster than revenue. Isn't this the price war, the "involution" that the government has been talking about? Thank you.

Cui Hanbo:

Thank you. It is, in part. When enterprises spend about {85.4|yuan|C100_r} yuan of costs to earn 100 yuan of revenue, there is little room left for research, for wages or for mistakes. In photovoltaics, lithium batteries and some parts of the steel and cement industries, prices have been cut below cost in a race for market share, even though our module makers already fill nine of the top 10 places in world shipments. Margins in steel have been squeezed to between {1|p|ST_lo}% and {2|p|ST_hi}%. We are acting on several fronts. We are drawing up growth plans for ten key industries, we are tightening the rules on new capacity, and we are working with the market regulator on the draft amendment to the Price Law, whose Article 14 lists the unfair pricing practices that will be prohibited. Equipment manufacturing, whose profits grew {7.2|p|EQ_gr_r}%, did {5.3|pp|EQRM_gap} percentage points better than raw materials, and that tells you where competition on technology rather than price is paying off. Thank you.

_ueditor_page_break_tag_

China Daily:

State-holding enterprises earned less, while enterprises funded from abroad earned more. What explains the difference? Thank you.

Fang Jingyu:

Thank you. It is mostly a matter of where they are. Foreign-funded enterprises grew their profits {2.5|p|FF_gr_r}% while those of state-holding enterprises fell {7.6|p|SH_gr_r}%, a difference of {5.1|pp|FS_gap_bad} percentage points.

State-holding enterprises are heavily represented in coal, oil and metals, exactly where prices fell. Foreign-funded enterprises are concentrated in electronics, machinery and automobiles. Private enterprises did better than the average as well: they added {0.45|pp|PV_contr} percentage point to the growth of industrial profits. On average, each enterprise above designated size earned {6.58|y|AVG} million yuan of profit in the half year. Thank you.

_ueditor_page_break_tag_

Economic Daily:

More than {150,000|enterprises|q_LM} industrial enterprises are making losses, and receivables keep growing. Are small suppliers still waiting too long to be paid? Thank you.

Cui Hanbo:

Thank you. It is a real problem, and we are not hiding it. The number of loss-making enterprises is {4,100|enterprises|LM_ch} higher than a year ago, an increase of {2.7|p|LM_gr}%. Part of that is simply that there are more enterprises in the statistics: the base has grown from {499,800|enterprises|N_prev} a year ago.

Receivables grew by about {2.2|y|AR_ch} trillion yuan over the year, faster than revenue, and the collection period lengthened by {4.6|days|AR_d_ch} days. The revised Regulations on Ensuring Payments to Small and Medium-sized Enterprises took effect on June 1. Large enterprises and public bodies may no longer use acceptance bills or long payment terms to push the burden onto their suppliers, and we have opened a complaint channel for overdue payments. Thank you.

_ueditor_page_break_tag_

Phoenix TV:

What is your outlook for profits in the second half? Thank you.

Fang Jingyu:

Thank you. I will stay with the figures. In the first half, enterprises earned revenue of nearly {67|y|R_r} trillion yuan and profits of {3,436.5|y|P_r} billion yuan, for a margin of about {5.2|p|M_r}%. Even state-holding enterprises, the group hit hardest by lower prices, still earned about {1.36|y|SH_bad} trillion yuan. The base in the second half of last year is lower, and the measures against disorderly price competition should help margins. I expect the decline to narrow. Thank you.

Ke Minhua:

That concludes today's press conference. Thank you to our two speakers and to all of you.

Translated and edited by Wei Jiaqi, Su Mo and Eleanor Hartley. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Ke Minhua

/4\u00a0\u00a0\u00a0\u00a0Fang Jingyu

/4\u00a0\u00a0\u00a0\u00a0Cui Hanbo
"""

R = "restatement"
RELATIONS = [
    # sum
    ("sum", [("P", "total"), ("MN", "part"), ("MF", "part"), ("UT", "part")]),
    ("sum", [("P", "total"), ("JS", "part"), ("FF", "part"), ("OT", "part")]),
    ("sum", [("CE100", "total"), ("C100", "part"), ("E100", "part")]),
    ("sum", [("Q2", "total"), ("A", "part"), ("Y", "part"), ("J_r", "part")]),
    ("sum", [("P_r", "total"), ("Q1", "part"), ("Q2", "part")]),
    ("sum", [("P_r", "total"), ("JM", "part"), ("J", "part")]),
    # share
    ("share", [("M", "share"), ("P", "part"), ("R", "whole")]),
    ("share", [("C100", "share"), ("C", "part"), ("R", "whole")]),
    ("share", [("MF_sh", "share"), ("MF", "part"), ("P", "whole")]),
    ("share", [("EQ_sh", "share"), ("EQ", "part"), ("P", "whole")]),
    ("share", [("SH_sh", "share"), ("SH", "part"), ("P", "whole")]),
    ("share", [("FF_sh", "share"), ("FF", "part"), ("P", "whole")]),
    ("share", [("PV_sh", "share"), ("PV", "part"), ("P", "whole")]),
    ("share", [("LM_sh", "share"), ("LM", "part"), ("N", "whole")]),
    ("share", [("HT_shinc", "share"), ("HT_ch", "part"), ("MF_ch", "whole")]),
    # gap
    ("gap", [("HT_gap", "gap"), ("HT_gr", "rate"), ("P_gr", "base-rate")]),
    ("gap", [("MF_gap", "gap"), ("MF_gr", "rate"), ("P_gr", "base-rate")]),
    ("gap", [("EQRM_gap", "gap"), ("EQ_gr_r", "rate"), ("RM_gr", "base-rate")]),
    # restatement
    (R, [("P_gr", "first"), ("q_P_gr", "restated")]),
    (R, [("J_gr", "first"), ("J_gr_r", "restated")]),
    (R, [("J", "first"), ("J_r", "restated")]),
    (R, [("MN_gr", "first"), ("MN_gr_r", "restated")]),
    (R, [("M", "first"), ("q_M", "restated")]),
    (R, [("C100", "first"), ("C100_r", "restated")]),
    (R, [("EQ_gr", "first"), ("EQ_gr_r", "restated")]),
    (R, [("FF_gr", "first"), ("FF_gr_r", "restated")]),
    (R, [("SH_gr", "first"), ("SH_gr_r", "restated")]),
    (R, [("LM", "first"), ("q_LM", "restated")]),
    (R, [("R", "first"), ("R_r", "restated")]),
    (R, [("P", "first"), ("P_r", "restated")]),
    (R, [("M", "first"), ("M_r", "restated")]),
    # growth
    ("growth", [("P_gr", "total-growth"), ("MN", "part"), ("MN_gr", "part-growth"), ("MF", "part"), ("MF_gr", "part-growth"), ("UT", "part"), ("UT_gr", "part-growth")]),
    ("growth", [("P_gr", "total-growth"), ("JM", "part"), ("q_JM_gr", "part-growth"), ("J", "part"), ("J_gr", "part-growth")]),
    ("growth", [("P_gr", "total-growth"), ("Q1", "part"), ("Q1_gr", "part-growth"), ("Q2", "part"), ("Q2_gr", "part-growth")]),
    ("growth", [("Q2_gr", "total-growth"), ("A", "part"), ("A_gr", "part-growth"), ("Y", "part"), ("Y_gr", "part-growth"), ("J_r", "part"), ("J_gr_r", "part-growth")]),
    ("growth", [("XM_gr", "total-growth"), ("MF", "part"), ("MF_gr", "part-growth"), ("UT", "part"), ("UT_gr", "part-growth")]),
    # share-change
    ("share-change", [("C100_ch", "change"), ("C100", "share"), ("C_gr", "part-growth"), ("R_gr", "whole-growth")]),
    ("share-change", [("M_ch", "change"), ("M", "share"), ("P_gr", "part-growth"), ("R_gr", "whole-growth")]),
    ("share-change", [("MF_shch", "change"), ("MF", "part"), ("P", "whole"), ("MF_gr", "part-growth"), ("P_gr", "whole-growth")]),
    # acceleration
    ("acceleration", [("J_acc", "change"), ("J_gr", "later-rate"), ("Y_gr", "earlier-rate")]),
    ("acceleration", [("AY_acc", "change"), ("Y_gr", "later-rate"), ("A_gr", "earlier-rate")]),
    ("acceleration", [("H_acc", "change"), ("q_P_gr", "later-rate"), ("q_JM_gr", "earlier-rate")]),
    # contribution
    ("contribution", [("MN_contr", "contribution"), ("MN", "part"), ("MN_gr", "part-growth"), ("P", "whole"), ("P_gr", "whole-growth")]),
    ("contribution", [("MF_contr", "contribution"), ("MF", "part"), ("MF_gr", "part-growth"), ("P", "whole"), ("P_gr", "whole-growth")]),
    ("contribution", [("EQ_contr", "contribution"), ("EQ", "part"), ("EQ_gr", "part-growth"), ("P", "whole"), ("P_gr", "whole-growth")]),
    ("contribution", [("PV_contr", "contribution"), ("PV", "part"), ("PV_gr", "part-growth"), ("P", "whole"), ("P_gr", "whole-growth")]),
    # absolute-change
    ("absolute-change", [("MN_ch", "change"), ("MN", "level"), ("MN_gr_r", "growth")]),
    ("absolute-change", [("MF_ch", "change"), ("MF", "level"), ("MF_gr", "growth")]),
    ("absolute-change", [("HT_ch", "change"), ("HT", "level"), ("HT_gr", "growth")]),
    ("absolute-change", [("JY_ch", "change"), ("J_r", "level"), ("Y", "previous")]),
    ("absolute-change", [("AR_ch", "change"), ("AR", "level"), ("AR_gr", "growth")]),
    # average
    ("average", [("Q2avg", "average"), ("A", "item"), ("Y", "item"), ("J_r", "item")]),
    ("average", [("AVG", "average"), ("P", "total"), ("N", "count")]),
    # count-change
    ("count-change", [("LM", "count"), ("LM_ch", "change"), ("LM_gr", "growth")]),
    ("count-change", [("N", "count"), ("N_ch", "change"), ("N_prev", "previous")]),
]
PLANTED = [
    ("restatement", "SH_bad", ["SH"]),
    ("gap", "FS_gap_bad", ["FF_gr_r", "SH_gr_r"]),
]
