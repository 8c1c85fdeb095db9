TEXT = """
China Railway press conference on railway transport and construction in H1 2025

Beijing | 10 a.m. July 10, 2025

China State Railway Group Co., Ltd. (China Railway) held a press conference on Thursday morning in Beijing, together with the National Railway Administration (NRA), on passenger and freight transport, construction and operating results of the railways in the first half of 2025.

Speakers

Huo Zhenbang, deputy general manager of China State Railway Group Co., Ltd. (China Railway)

Tan Yiwen, director general of the Passenger Transport Department of China Railway

Gu Lianshan, director general of the Freight Transport Department of China Railway

Chairperson

Lin Weiqi, spokesperson of China Railway and director general of its Publicity Department

Read in Chinese


Lin Weiqi:

Good morning, friends from the media, and welcome to China Railway's press conference. Mr. Huo Zhenbang, deputy general manager of China Railway, will first brief you on how the railways performed in the first half of the year. After that, he, Ms. Tan Yiwen and Mr. Gu Lianshan will take your questions. Mr. Huo, please.

Huo Zhenbang:

Thank you, Ms. Lin, and good morning. In the first half of 2025, the railway system kept trains running safely and smoothly, moved more people and goods than in any previous first half, and kept major projects on schedule. I will report on four areas. First, passenger traffic set a record for the period. From January to June, railways across the country sent {2.12|passenger trips|p_tot} billion passenger trips, an increase of {6.8|p|p_gr}% year on year, or {135|passenger trips|p_ch} million more. Electric multiple unit (EMU) trains, which run on our high-speed lines, carried {1.62|passengers|p_hsr} billion passengers, up {8.9|p|p_hsr_gr}%, and their share of all rail journeys climbed to {76.4|p|p_hsr_sh}%, {1.5|pp|p_hsr_shch} percentage points higher than a year before. Conventional trains carried {500|people|p_conv} million people, almost as many as last year, with growth of just {0.5|p|p_conv_gr}%.

Growth gathered speed as the half went on. The first quarter brought {1.03|trips|p_q1} billion trips, {6.1|p|p_q1_gr}% more than a year earlier; in the second, the figure rose {7.5|p|p_q2_gr}% to {1.09|trips|p_q2} billion, a pace {2.4|pp|p_acc_bad} percentage points faster. April saw {352|trips|p_apr} million trips, May {381|trips|p_may} million and June {357|trips|p_jun} million, an average of {363|trips|p_avg} million a month. Holiday travel was especially strong. On May 1, the first day of the May Day holiday, railways sent {23.67|passengers|p_peak} million passengers, the highest number ever handled in a single day. During the 40-day Spring Festival travel rush earlier in the year, they handled {513|passenger trips|p_sf} million passenger trips, up {6.3|p|p_sf_gr}%. To meet demand, we ran an average of {11,236|passenger trains|tr} passenger trains a day in the first half, {412|passenger trains|tr_ch} more than in the same period of 2024, an increase of {3.8|p|tr_gr}%.

Second, freight transport grew steadily. National railways delivered {2.58|tonnes|f_tot} billion tonnes of goods, up {2.1|p|f_gr}%. The state railway, which China Railway operates, accounted for {2.01|tonnes|f_state} billion tonnes, or {77.9|p|f_state_sh}% of the national figure, and grew {2.6|p|f_state_gr}%. Coal remained our largest cargo at {1.07|tonnes|coal} billion tonnes, {53.2|p|coal_sh}% of state railway freight, down {0.8|p|coal_gr}%. Thermal coal for power plants, however, increased {1.3|p|tc_gr}% to {781|tonnes|tc} million tonnes, so that power plants entered the summer with ample stocks. Container transport was the fastest-growing segment. Railways shipped {16.74|TEU|cont} million TEU of containers, {10.3|p|cont_gr}% more than a year earlier, and rail-sea intermodal volume reached {6.12|TEU|rs} million TEU, up {14.8|p|rs_gr}%, making up {36.6|p|rs_sh}% of all containers handled. The China-Europe Railway Express ran {8,476|trains|cer} trains and carried {912,000|TEU|cer_teu} TEU, increases of {3.2|p|cer_gr}% and {4.1|p|cer_teu_gr}% respectively.

Third, construction advanced as planned. Fixed-asset investment in railways totaled {355.9|y|fai} billion yuan, up {5.5|p|fai_gr}%, an increase of {18.6|y|fai_ch} billion yuan. New lines with a combined length of {1,245|kilometers|nl} kilometers went into operation, {862|kilometers|nl_hsr} kilometers of them high-speed. The operating network thus reached {163,200|kilometers|net} kilometers at the end of June, more than {48,800|kilometers|net_hsr} kilometers of which are high-speed railways, still the longest high-speed network in the world.

Fourth, operating results improved. China Railway's transport revenue came to {412.6|y|rev} billion yuan, up {3.1|p|rev_gr}%. Passenger revenue was {213.5|y|rev_p} billion yuan, up {6.4|p|rev_p_gr}%, or {51.7|p|rev_p_sh}% of the total, while freight revenue edged down {0.2|p|rev_f_gr}% to {199.1|y|rev_f} billion yuan as coal prices fell. In the second half, we will serve the summer travel season, which began on July 1, keep coal moving to power plants through the peak months and push ahead with the key projects of the 14th Five-Year Plan. Thank you.

Lin Weiqi:

Thank you, Mr. Huo. The floor is now open. Please state your news organization before asking your question.

_ueditor_page_break_tag_

Xinhua News Agency:

Railways handled more than {2.1|passenger trips|q_p_tot} billion passenger trips in the first half. What drove the growth, and how much of it came from high-speed rail? Thank you.

Tan Yiwen:

Thank you for your question. High-speed rail did most of the work. EMU trains carried more than {1.6|passengers|p_hsr_r} billion passengers, and their growth outpaced that on conventional lines by {8.4|pp|gap_hsr} percentage points. Of the {6.8|p|p_gr_r}% rise in rail passenger volume, they contributed {6.7|pp|hsr_contr} percentage points. To carry everyone, we ran more than {11,200|trains|tr_r} trains a day on average. Travel is also becoming more varied. Cross-border passenger services on the China-Laos Railway welcomed travelers from {96|countries|laos_ctry} countries and regions. We also ran tourist trains for older travelers, such as the Y801, along routes through Xinjiang and Yunnan. Thank you.

_ueditor_page_break_tag_

China Daily:

Coal shipments fell {0.8|p|q_coal_gr}% in the first half. Is rail freight losing its main source of volume? Thank you.

Gu Lianshan:

Thank you. I would not put it that way. Coal still made up about {53|p|coal_sh_r}% of what the state railway carried, {1.8|pp|coal_shch} percentage points less than a year before, because other goods grew faster. Thermal coal for power generation was {73|p|tc_sh}% of our coal shipments and rose, as Mr. Huo said. Local and joint-venture railways moved the remaining {570|tonnes|f_local} million tonnes of the national figure, an increase of {0.4|p|f_local_gr}%. Outside coal, we have been winning new business. Grain shipments rose {7.2|p|grain_gr}%, and we carried {1.03|vehicles|nev} million new-energy vehicles by rail, more than twice as many as in the first half of last year. Thank you.

_ueditor_page_break_tag_

CGTN:

The China-Europe Railway Express ran close to {8,500|trains|cer_r} trains in the first half. How is the service coping with the situation along its routes? Thank you.

Gu Lianshan:

Thank you. The trains kept to their schedules. We ran {263|trains|cer_ch} more trains than a year earlier. Westbound trains numbered {4,635|trains|cer_out}, and {3,841|trains|cer_in} made the return journey, so the two directions are more balanced than before. Each train carried an average of {107.6|TEU|cer_avg} TEU. The network now reaches {229|cities|cer_city} cities in {26|countries|cer_ctry} European countries. On June 18, the 110,000th China-Europe train, X8157, left Chongqing for Duisburg. Thank you.

_ueditor_page_break_tag_

People's Daily:

Railway investment came close to {360|y|q_fai} billion yuan in the first half. Will the pace hold, and how much of this year's construction target has been met? Thank you.

Huo Zhenbang:

Thank you. Investment picked up in the second quarter, reaching {198.3|y|fai_q2} billion yuan, up {5.7|p|fai_q2_gr}%, {0.5|pp|fai_acc} percentage point faster than in the first quarter, when {157.6|y|fai_q1} billion yuan was invested, {5.2|p|fai_q1_gr}% more than a year earlier. As for new lines, high-speed railways made up {69.2|p|nl_hsr_sh}% of the {1,245|kilometers|nl_r} kilometers put into service, and conventional lines the other {383|kilometers|nl_conv} kilometers. Our plan for the year is to open {2,600|kilometers|nl_plan} kilometers, so {47.9|p|nl_plan_sh}% of it had been completed by the end of June. Three more lines will open before Oct. 1. Thank you.

_ueditor_page_break_tag_

Economic Daily:

Transport revenue rose {3.1|p|q_rev_gr}% while freight revenue declined. How healthy are China Railway's finances? Thank you.

Huo Zhenbang:

Thank you. Passenger revenue did the heavy lifting. It grew {3.3|pp|rev_gap} percentage points faster than transport revenue as a whole and contributed {3.2|pp|rev_contr} percentage points to its growth, slightly more than the total, since freight pulled growth down a little. Its share of our revenue rose {1.6|pp|rev_p_shch} percentage points, to a little more than half. We will keep costs under control and make sure that debt remains at a safe level. Thank you.

_ueditor_page_break_tag_

The Paper:

Some passengers say high-speed train tickets have become more expensive. Is revenue growing because fares went up? Thank you.

Tan Yiwen:

Thank you. Fares on most lines have not changed. A few lines have moved to market-based pricing, with discounts of up to {40|p|disc}% in off-peak hours. Passenger revenue of {199.1|y|rev_p_bad} billion yuan in the first half grew mainly because more people took the train, while average revenue per trip was almost unchanged. Thank you.

_ueditor_page_break_tag_

Guangming Daily:

Container volume by rail grew by more than {10|p|q_cont_gr}%. Where is the growth coming from? Thank you.

Gu Lianshan:

Thank you. Rail-sea intermodal transport grew {4.5|pp|rs_gap} percentage points faster than container shipments overall, as ports such as Ningbo-Zhoushan and Qingdao extended their rail links. Container growth also accelerated by {0.7|pp|cont_acc} percentage point from the {9.6|p|cont_q1_gr}% recorded in the first quarter. In the first half, more than {6.1|TEU|rs_r} million TEU moved between rail and sea. Thank you.

Lin Weiqi:

That concludes today's press conference. Thank you all.

Translated and edited by Zhao Yitong, Wei Lan and Daniel Foster. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Lin Weiqi

/4\u00a0\u00a0\u00a0\u00a0Huo Zhenbang

/4\u00a0\u00a0\u00a0\u00a0Tan Yiwen

/4\u00a0\u00a0\u00a0\u00a0Gu Lianshan
"""

R = "restatement"
RELATIONS = [
    ("sum", [("p_tot", "total"), ("p_hsr", "part"), ("p_conv", "part")]),
    ("sum", [("p_tot", "total"), ("p_q1", "part"), ("p_q2", "part")]),
    ("sum", [("p_q2", "total"), ("p_apr", "part"), ("p_may", "part"), ("p_jun", "part")]),
    ("sum", [("f_tot", "total"), ("f_state", "part"), ("f_local", "part")]),
    ("sum", [("cer", "total"), ("cer_out", "part"), ("cer_in", "part")]),
    ("sum", [("nl", "total"), ("nl_hsr", "part"), ("nl_conv", "part")]),
    ("sum", [("rev", "total"), ("rev_p", "part"), ("rev_f", "part")]),
    ("sum", [("fai", "total"), ("fai_q1", "part"), ("fai_q2", "part")]),
    ("share", [("p_hsr_sh", "share"), ("p_hsr", "part"), ("p_tot", "whole")]),
    ("share", [("f_state_sh", "share"), ("f_state", "part"), ("f_tot", "whole")]),
    ("share", [("coal_sh", "share"), ("coal", "part"), ("f_state", "whole")]),
    ("share", [("tc_sh", "share"), ("tc", "part"), ("coal", "whole")]),
    ("share", [("rs_sh", "share"), ("rs", "part"), ("cont", "whole")]),
    ("share", [("rev_p_sh", "share"), ("rev_p", "part"), ("rev", "whole")]),
    ("share", [("nl_hsr_sh", "share"), ("nl_hsr", "part"), ("nl_r", "whole")]),
    ("share", [("nl_plan_sh", "share"), ("nl", "part"), ("nl_plan", "whole")]),
    ("gap", [("gap_hsr", "gap"), ("p_hsr_gr", "rate"), ("p_conv_gr", "base-rate")]),
    ("gap", [("rev_gap", "gap"), ("rev_p_gr", "rate"), ("rev_gr", "base-rate")]),
    ("gap", [("rs_gap", "gap"), ("rs_gr", "rate"), ("cont_gr", "base-rate")]),
    (R, [("p_tot", "first"), ("q_p_tot", "restated")]),
    (R, [("p_hsr", "first"), ("p_hsr_r", "restated")]),
    (R, [("p_gr", "first"), ("p_gr_r", "restated")]),
    (R, [("coal_gr", "first"), ("q_coal_gr", "restated")]),
    (R, [("coal_sh", "first"), ("coal_sh_r", "restated")]),
    (R, [("cer", "first"), ("cer_r", "restated")]),
    (R, [("fai", "first"), ("q_fai", "restated")]),
    (R, [("nl", "first"), ("nl_r", "restated")]),
    (R, [("tr", "first"), ("tr_r", "restated")]),
    (R, [("rev_gr", "first"), ("q_rev_gr", "restated")]),
    (R, [("cont_gr", "first"), ("q_cont_gr", "restated")]),
    (R, [("rs", "first"), ("rs_r", "restated")]),
    ("growth", [("p_gr", "total-growth"), ("p_hsr", "part"), ("p_hsr_gr", "part-growth"), ("p_conv", "part"), ("p_conv_gr", "part-growth")]),
    ("growth", [("p_gr", "total-growth"), ("p_q1", "part"), ("p_q1_gr", "part-growth"), ("p_q2", "part"), ("p_q2_gr", "part-growth")]),
    ("growth", [("f_gr", "total-growth"), ("f_state", "part"), ("f_state_gr", "part-growth"), ("f_local", "part"), ("f_local_gr", "part-growth")]),
    ("growth", [("rev_gr", "total-growth"), ("rev_p", "part"), ("rev_p_gr", "part-growth"), ("rev_f", "part"), ("rev_f_gr", "part-growth")]),
    ("growth", [("fai_gr", "total-growth"), ("fai_q1", "part"), ("fai_q1_gr", "part-growth"), ("fai_q2", "part"), ("fai_q2_gr", "part-growth")]),
    ("share-change", [("p_hsr_shch", "change"), ("p_hsr_sh", "share"), ("p_hsr_gr", "part-growth"), ("p_gr", "whole-growth")]),
    ("share-change", [("coal_shch", "change"), ("coal_sh", "share"), ("coal_gr", "part-growth"), ("f_state_gr", "whole-growth")]),
    ("share-change", [("rev_p_shch", "change"), ("rev_p", "part"), ("rev_p_gr", "part-growth"), ("rev", "whole"), ("rev_gr", "whole-growth")]),
    ("acceleration", [("fai_acc", "change"), ("fai_q2_gr", "later-rate"), ("fai_q1_gr", "earlier-rate")]),
    ("acceleration", [("cont_acc", "change"), ("cont_gr", "later-rate"), ("cont_q1_gr", "earlier-rate")]),
    ("contribution", [("hsr_contr", "contribution"), ("p_hsr", "part"), ("p_hsr_gr", "part-growth"), ("p_tot", "whole"), ("p_gr", "whole-growth")]),
    ("contribution", [("rev_contr", "contribution"), ("rev_p", "part"), ("rev_p_gr", "part-growth"), ("rev", "whole"), ("rev_gr", "whole-growth")]),
    ("absolute-change", [("fai_ch", "change"), ("fai", "level"), ("fai_gr", "growth")]),
    ("absolute-change", [("p_ch", "change"), ("p_tot", "level"), ("p_gr", "growth")]),
    ("average", [("p_avg", "average"), ("p_apr", "item"), ("p_may", "item"), ("p_jun", "item")]),
    ("average", [("cer_avg", "average"), ("cer_teu", "total"), ("cer", "count")]),
    ("count-change", [("cer", "count"), ("cer_ch", "change"), ("cer_gr", "growth")]),
    ("count-change", [("tr", "count"), ("tr_ch", "change"), ("tr_gr", "growth")]),
]
PLANTED = [
    ("restatement", "rev_p_bad", ["rev_p"]),
    ("acceleration", "p_acc_bad", ["p_q2_gr", "p_q1_gr"]),
]
