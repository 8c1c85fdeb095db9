TEXT = """
SCIO press conference on China's balance of payments and foreign exchange market in H1 2025

Beijing | 3 p.m. Aug. 8, 2025

The State Council Information Office (SCIO) held a press conference on Friday afternoon in Beijing, at which officials of the State Administration of Foreign Exchange (SAFE) presented the balance of payments, cross-border funds and the foreign exchange market in the first half of 2025.

Speakers

Qiao Minghui, deputy administrator of the State Administration of Foreign Exchange (SAFE) and spokesperson of the SAFE

Deng Xuanyi, director general of the Balance of Payments Department of the SAFE

Cen Lixia, director general of the Current Account Management Department of the SAFE

Chairperson

Han Qiaoyun, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese


Han Qiaoyun:

Ladies and gentlemen, good afternoon. Welcome to this press conference of the State Council Information Office. Today we have invited Mr. Qiao Minghui, deputy administrator and spokesperson of the State Administration of Foreign Exchange, to brief you on the balance of payments and foreign exchange receipts and payments in the first half of the year. Also present are Ms. Deng Xuanyi, director general of the Balance of Payments Department, and Mr. Cen Lixia, director general of the Current Account Management Department. They will take your questions after Mr. Qiao's introduction. Mr. Qiao, the floor is yours.

Qiao Minghui:

Thank you, Ms. Han. Good afternoon, friends from the media. In the first half of this year, the external environment grew more complicated: some economies raised tariffs sharply, and the U.S. dollar swung widely. Against this background, China's foreign exchange market ran smoothly, cross-border funds moved in both directions in an orderly way, and the balance of payments stayed basically in equilibrium. Let me go through three features of the data.

First, the current account ran a sizeable surplus within a reasonable range. According to preliminary statistics, the current account surplus in the first half was {293.5|usd|ca} billion US dollars, equal to {3.2|p|ca_gdp}% of gross domestic product over the same period, which came to about {9.2|usd|gdp} trillion US dollars. The first quarter brought a surplus of {158.4|usd|ca_q1} billion US dollars and the second {135.1|usd|ca_q2} billion, or {46|p|ca_q2_sh}% of the half-year figure. Trade in goods remained the anchor. On a balance-of-payments basis, goods exports were {1.71|usd|gx} trillion US dollars and imports {1.16|usd|gm} trillion, leaving a surplus of {548.7|usd|gs} billion US dollars. Trade in services ran a deficit of {111.6|usd|sd} billion US dollars. Services exports rose {7.6|p|sx_gr}% to {222.4|usd|sx} billion US dollars, and services imports grew {3.1|p|sm_gr}% to {334|usd|sm} billion US dollars. Travel explains most of the gap. Chinese residents spent {131.5|usd|tm} billion US dollars on trips abroad, {39.4|p|tm_sh}% of all services imports, against {24.3|usd|tx} billion US dollars spent here by inbound visitors, so the travel deficit stood at {107.2|usd|td} billion US dollars. Investment income paid out to foreign investors, together with other primary and secondary income, took a net {143.6|usd|inc} billion US dollars out of the current account.

Second, cross-border investment held steady in both directions. Foreign direct investment in China brought in a net {26.8|usd|fdi} billion US dollars in the half, while Chinese direct investment abroad amounted to {84.6|usd|odi} billion US dollars, up {12.3|p|odi_gr}% year on year.

Third, the foreign exchange market was active and its expectations stable. Cross-border receipts and payments by banks on behalf of clients, that is, enterprises and individuals, totaled {7.32|usd|cb} trillion US dollars, up {8.6|p|cb_gr}% year on year and a record for any half-year. Counted in yuan, they came to {52.36|y|cby} trillion yuan, up {9.3|p|cby_gr}%. Receipts amounted to {26.53|y|cby_r} trillion yuan and payments to {24.83|y|cby_p_bad} trillion yuan. Banks bought {1.36|usd|fxs} trillion US dollars of foreign exchange from their clients and sold them {1.33|usd|fxp} trillion, a settlement surplus of {28.6|usd|fxn} billion US dollars. The central parity rate of the yuan was {7.1586|y|cp} yuan per dollar at the end of June, {0.4|p|cp_gr}% stronger than at the end of last year.

Foreign exchange reserves were {3.3174|usd|res} trillion US dollars at the end of June, {32.2|usd|res_jun} billion US dollars or {1|p|res_jun_gr}% higher than a month earlier, and {115|usd|res_h1} billion US dollars, or {3.6|p|res_h1_gr}%, higher than at the end of last year. Looking ahead, the SAFE will keep deepening reform and opening up of the foreign exchange sector, make trade and investment more convenient, and improve the macro-prudential management of cross-border capital flows, so that the foreign exchange market stays stable and the balance of payments basically balanced. Thank you.

Han Qiaoyun:

Thank you, Mr. Qiao. The floor is now open. Please identify your news outlet before asking your question.

_ueditor_page_break_tag_

Xinhua News Agency:

The current account surplus came to nearly {300|usd|q_ca} billion US dollars in the first half. Some observers say a surplus of this size adds to trade frictions. How do you see it? Thank you.

Deng Xuanyi:

Thank you for your question. I would look at the ratio rather than the amount. At {3.2|p|ca_gdp_r}% of GDP, the surplus is well inside the range that the international community regards as reasonable, and far from the peak of more than {9|p|peak}% in 2007. The goods surplus of {548.7|usd|gs_r} billion US dollars reflects the strength of our manufacturing, and the services deficit, which was about {112|usd|sd_r} billion dollars, offsets part of it. Travel accounted for {96.1|p|td_sh}% of that services deficit. Trade in services, exports and imports taken together, reached {556.4|usd|st} billion US dollars, up {4.9|p|st_gr}%. Exports grew {4.5|pp|s_gap} percentage points faster than imports and contributed nearly {3|pp|s_contr} percentage points to that growth. As incomes rise and the country opens wider, we expect the current account to remain in surplus within a reasonable range. Thank you.

_ueditor_page_break_tag_

Reuters:

China's foreign exchange reserves rose above {3.3|usd|q_res} trillion US dollars at the end of June. How much of the increase came from valuation effects, and will the central bank keep adding gold? Thank you.

Qiao Minghui:

Thank you. Valuation was the main driver. The U.S. dollar index fell by more than {10|p|dxy}% in the first half, while global bond and stock prices rose, which lifted the dollar value of reserves held in other currencies and assets. Reserves rose by {38.3|usd|res_q1} billion US dollars in the first quarter and by {76.7|usd|res_q2} billion in the second. Within the second quarter, the increase was {41|usd|res_apr} billion dollars in April, {3.5|usd|res_may} billion in May and {32.2|usd|res_jun_r} billion in June, an average of {25.6|usd|res_avg} billion a month. At the end of May, reserves had stood at {3.2852|usd|res_may_lvl} trillion US dollars. On gold, the central bank's holdings reached {73.9|ounces|gold} million ounces at the end of June, up {70,000|ounces|gold_ch} ounces from {73.83|ounces|gold_prev} million a month earlier. June was the eighth month in a row of additions. Gold is part of normal reserve management, and holdings will be adjusted as conditions change. Thank you.

_ueditor_page_break_tag_

Caixin:

Cross-border receipts and payments exceeded {7.3|usd|q_cb} trillion US dollars. Was there any sign of capital flight when tariffs went up in April? And how much of these flows is now settled in yuan? Thank you.

Deng Xuanyi:

Thank you. The data do not bear that out. Receipts, at {3.71|usd|cb_r} trillion US dollars, rose {9.1|p|cb_r_gr}%, and payments, at {3.61|usd|cb_p} trillion US dollars, rose {8.1|p|cb_p_gr}%. Receipts grew {1|pp|cb_gap} percentage point faster, and the net inflow came to {100.2|usd|cb_net} billion US dollars. Compared with a year earlier, the total was about {580|usd|cb_ch} billion US dollars larger. Flows even picked up toward the end of the half. In June, cross-border receipts and payments reached {1.31|usd|cb_jun} trillion US dollars, up {11.2|p|cb_jun_gr}%, {3.4|pp|cb_acc} percentage points faster than in May, when they grew {7.8|p|cb_may_gr}%. The interbank foreign exchange market was busy as well. Trading came to {20.3|usd|ib} trillion US dollars in {118|trading days|ib_days} trading days, or {172|usd|ib_avg} billion dollars a day.

As for the yuan, in the first half cross-border receipts and payments in yuan reached {27.68|y|rmb} trillion yuan, up {13.1|p|rmb_gr}%. That is {52.9|p|rmb_sh}% of all receipts and payments by banks on behalf of clients, {1.8|pp|rmb_shch} percentage points more than a year earlier. Measured in yuan, the total grew {0.7|pp|y_gap} percentage point faster than in dollar terms, mainly because of exchange-rate movements, and yuan-denominated flows grew {3.8|pp|rmb_gap} percentage points faster than that total. More than half of goods trade by private firms in some coastal provinces is now settled in yuan. Thank you.

_ueditor_page_break_tag_

CGTN:

Inbound travel has boomed since visa-free entry was extended to more countries. How does that show up in the balance of payments? Thank you.

Cen Lixia:

Thank you. Spending by foreign visitors is now one of the fastest-growing items in our services trade. Travel receipts rose {36.2|p|tx_gr}% to more than {24|usd|tx_r} billion US dollars. Travel payments by residents going abroad grew {6.9|p|tm_gr}%. Travel trade as a whole came to {155.8|usd|tt} billion US dollars, up {10.6|p|tt_gr}%, and receipts from inbound visitors contributed {4.6|pp|tt_contr} percentage points of that growth. Spending abroad still grew faster than services imports overall, so its share of services imports went up {1.4|pp|tm_shch} percentage points. The travel deficit was therefore still about {107|usd|td_r} billion US dollars. We will keep making payments easier for visitors, for example by raising the limits on mobile payment for foreign cards. Thank you.

_ueditor_page_break_tag_

Bloomberg:

Foreign direct investment has been weak for two years. Net inflows were only {26.8|usd|q_fdi} billion US dollars in the first half, while outbound investment was about three times as large. Is foreign capital leaving China? Thank you.

Deng Xuanyi:

Thank you. Direct investment should be read in both directions. Chinese enterprises invested close to {85|usd|odi_r} billion US dollars abroad, so direct investment as a whole showed a net outflow of {57.8|usd|di_net} billion US dollars. That reflects Chinese firms building supply chains overseas, which is normal for an economy at our stage of development. On the inflow side, the trend turned up during the half. Net inflows of foreign direct investment were {10.5|usd|fdi_q1} billion US dollars in the first quarter and rose to {16.3|usd|fdi_q2} billion in the second. Foreign-invested enterprises also kept more of their profits in China: reinvested earnings came to {14.2|usd|reinv} billion dollars, {53|p|reinv_sh}% of the inflow. Thank you.

_ueditor_page_break_tag_

21st Century Business Herald:

Banks' net purchases of foreign exchange from clients were nearly {30|usd|q_fxn} billion US dollars. Are exporters converting more of their dollar income? Thank you.

Cen Lixia:

Thank you. Yes, enterprises are more willing to convert. The settlement ratio, meaning the share of clients' foreign currency receipts that they sell to banks, was {61.2|p|sr_q2}% in the second quarter, {2.3|pp|sr_acc} percentage points above the first quarter's {58.9|p|sr_q1}%. More firms are also managing currency risk. In the first half, {36,200|enterprises|hedge} enterprises used foreign exchange derivatives for hedging, {3,900|enterprises|hedge_ch} more than a year earlier, an increase of {12.1|p|hedge_gr}%. Small and medium-sized enterprises numbered {28,420|enterprises|sme}, or {78.5|p|sme_sh}% of the total. We will keep lowering the cost of hedging for them. Thank you.

_ueditor_page_break_tag_

Phoenix TV:

What is your outlook for cross-border flows in the second half, given the uncertainty over tariffs and U.S. interest rates? Thank you.

Qiao Minghui:

Thank you. We have solid foundations. First, the current account surplus of {239.5|usd|ca_bad} billion US dollars in the first half gives us a cushion against external shocks. Second, market expectations are stable: the settlement surplus of {28.6|usd|fxn_r} billion dollars shows that firms and households are not hoarding foreign currency. Third, reserves are ample and the foreign exchange market is deeper than ever, with more instruments for managing risk. Of course, we will watch closely for abnormal cross-border flows and use counter-cyclical tools when needed. Thank you.

Han Qiaoyun:

That concludes today's press conference. Thank you all.

Translated and edited by Xu Mengqi, Liang Shuo and Paul Bennett. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Han Qiaoyun

/4\u00a0\u00a0\u00a0\u00a0Qiao Minghui

/4\u00a0\u00a0\u00a0\u00a0Deng Xuanyi

/4\u00a0\u00a0\u00a0\u00a0Cen Lixia
"""

R = "restatement"
RELATIONS = [
    ("sum", [("ca", "total"), ("ca_q1", "part"), ("ca_q2", "part")]),
    ("sum", [("gx", "total"), ("gm", "part"), ("gs", "part")]),
    ("sum", [("gs", "total"), ("sd", "part"), ("inc", "part"), ("ca", "part")]),
    ("sum", [("st", "total"), ("sx", "part"), ("sm", "part")]),
    ("sum", [("sm", "total"), ("sx", "part"), ("sd", "part")]),
    ("sum", [("tm", "total"), ("tx", "part"), ("td", "part")]),
    ("sum", [("tt", "total"), ("tx", "part"), ("tm", "part")]),
    ("sum", [("odi", "total"), ("fdi", "part"), ("di_net", "part")]),
    ("sum", [("fdi", "total"), ("fdi_q1", "part"), ("fdi_q2", "part")]),
    ("sum", [("cb", "total"), ("cb_r", "part"), ("cb_p", "part")]),
    ("sum", [("cb_r", "total"), ("cb_p", "part"), ("cb_net", "part")]),
    ("sum", [("fxs", "total"), ("fxp", "part"), ("fxn", "part")]),
    ("sum", [("res_h1", "total"), ("res_q1", "part"), ("res_q2", "part")]),
    ("sum", [("res_q2", "total"), ("res_apr", "part"), ("res_may", "part"), ("res_jun_r", "part")]),
    ("share", [("ca_gdp", "share"), ("ca", "part"), ("gdp", "whole")]),
    ("share", [("ca_q2_sh", "share"), ("ca_q2", "part"), ("ca", "whole")]),
    ("share", [("tm_sh", "share"), ("tm", "part"), ("sm", "whole")]),
    ("share", [("td_sh", "share"), ("td", "part"), ("sd", "whole")]),
    ("share", [("reinv_sh", "share"), ("reinv", "part"), ("fdi", "whole")]),
    ("share", [("rmb_sh", "share"), ("rmb", "part"), ("cby", "whole")]),
    ("share", [("sme_sh", "share"), ("sme", "part"), ("hedge", "whole")]),
    ("gap", [("s_gap", "gap"), ("sx_gr", "rate"), ("sm_gr", "base-rate")]),
    ("gap", [("cb_gap", "gap"), ("cb_r_gr", "rate"), ("cb_p_gr", "base-rate")]),
    ("gap", [("y_gap", "gap"), ("cby_gr", "rate"), ("cb_gr", "base-rate")]),
    ("gap", [("rmb_gap", "gap"), ("rmb_gr", "rate"), ("cby_gr", "base-rate")]),
    (R, [("ca", "first"), ("q_ca", "restated")]),
    (R, [("ca_gdp", "first"), ("ca_gdp_r", "restated")]),
    (R, [("gs", "first"), ("gs_r", "restated")]),
    (R, [("sd", "first"), ("sd_r", "restated")]),
    (R, [("res", "first"), ("q_res", "restated")]),
    (R, [("res_jun", "first"), ("res_jun_r", "restated")]),
    (R, [("cb", "first"), ("q_cb", "restated")]),
    (R, [("tx", "first"), ("tx_r", "restated")]),
    (R, [("td", "first"), ("td_r", "restated")]),
    (R, [("fdi", "first"), ("q_fdi", "restated")]),
    (R, [("odi", "first"), ("odi_r", "restated")]),
    (R, [("fxn", "first"), ("q_fxn", "restated")]),
    (R, [("fxn", "first"), ("fxn_r", "restated")]),
    ("growth", [("cb_gr", "total-growth"), ("cb_r", "part"), ("cb_r_gr", "part-growth"), ("cb_p", "part"), ("cb_p_gr", "part-growth")]),
    ("growth", [("st_gr", "total-growth"), ("sx", "part"), ("sx_gr", "part-growth"), ("sm", "part"), ("sm_gr", "part-growth")]),
    ("growth", [("tt_gr", "total-growth"), ("tx", "part"), ("tx_gr", "part-growth"), ("tm", "part"), ("tm_gr", "part-growth")]),
    ("share-change", [("rmb_shch", "change"), ("rmb_sh", "share"), ("rmb_gr", "part-growth"), ("cby_gr", "whole-growth")]),
    ("share-change", [("tm_shch", "change"), ("tm_sh", "share"), ("tm_gr", "part-growth"), ("sm_gr", "whole-growth")]),
    ("acceleration", [("cb_acc", "change"), ("cb_jun_gr", "later-rate"), ("cb_may_gr", "earlier-rate")]),
    ("acceleration", [("sr_acc", "change"), ("sr_q2", "later-rate"), ("sr_q1", "earlier-rate")]),
    ("contribution", [("s_contr", "contribution"), ("sx", "part"), ("sx_gr", "part-growth"), ("st", "whole"), ("st_gr", "whole-growth")]),
    ("contribution", [("tt_contr", "contribution"), ("tx", "part"), ("tx_gr", "part-growth"), ("tt", "whole"), ("tt_gr", "whole-growth")]),
    ("absolute-change", [("cb_ch", "change"), ("cb", "level"), ("cb_gr", "growth")]),
    ("absolute-change", [("res_h1", "change"), ("res", "level"), ("res_h1_gr", "growth")]),
    ("absolute-change", [("res_jun_r", "change"), ("res", "level"), ("res_may_lvl", "previous")]),
    ("absolute-change", [("res_jun", "change"), ("res", "level"), ("res_jun_gr", "growth")]),
    ("average", [("res_avg", "average"), ("res_apr", "item"), ("res_may", "item"), ("res_jun_r", "item")]),
    ("average", [("ib_avg", "average"), ("ib", "total"), ("ib_days", "count")]),
    ("count-change", [("hedge", "count"), ("hedge_ch", "change"), ("hedge_gr", "growth")]),
    ("count-change", [("gold", "count"), ("gold_ch", "change"), ("gold_prev", "previous")]),
]
PLANTED = [
    ("restatement", "ca_bad", ["ca"]),
    ("sum", "cby_p_bad", ["cby", "cby_r"]),
]
