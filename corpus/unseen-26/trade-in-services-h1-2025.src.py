TEXT = """
MOFCOM press conference on China's trade in services in H1 2025

Beijing | 3 p.m. July 31, 2025

The Ministry of Commerce (MOFCOM) held a press conference Thursday in Beijing on how China's trade in services developed in the first half of 2025.

Speakers

Zheng Haoran, director general of the Department of Trade in Services and Commercial Services of the Ministry of Commerce (MOFCOM)

Fang Weiqing, deputy director general of the Department of Trade in Services and Commercial Services of the MOFCOM

Ruan Jiali, director of the Service Outsourcing Research Office of the Chinese Academy of International Trade and Economic Cooperation (CAITEC)

Chairperson

Lin Qiaoyun, deputy director general of the Information Office of the MOFCOM

Read in Chinese

Speakers:

Mr. Zheng Haoran, director general of the Department of Trade in Services and Commercial Services of the Ministry of Commerce (MOFCOM)

Ms. Fang Weiqing, deputy director general of the Department of Trade in Services and Commercial Services of the MOFCOM

Ms. Ruan Jiali, director of the Service Outsourcing Research Office of the Chinese Academy of International Trade and Economic Cooperation (CAITEC)

Chairperson:

Ms. Lin Qiaoyun, deputy director general of the Information Office of the MOFCOM

Date:

July 31, 2025


Lin Qiaoyun:

Good afternoon. Goods leave in containers, but a growing part of what China sells abroad leaves through a fibre-optic cable or an airport gate. Today Mr. Zheng Haoran will brief you on trade in services in the first half of the year, and he, Ms. Fang Weiqing and Ms. Ruan Jiali will then answer your questions.

Mr. Zheng, please.

Zheng Haoran:

Thank you, Ms. Lin. Let me start with one picture: the road for services is wider than it was a year ago, and more traffic is going out on it.

In the first half of 2025, China's total imports and exports of services came to {3.89|y|T} trillion yuan, up {8|p|Tg}% year on year. Counted in US dollars, the figure was {541.9|usd|Tu} billion US dollars, up {7.2|p|Tug}%.

Exports of services reached {1.73|y|EX} trillion yuan, up {15|p|EXg}%, and imports {2.16|y|IM} trillion yuan, up {2.9|p|IMg}%. Exports grew {12.1|pp|EX_gap} percentage points faster than imports, and the deficit in services trade came down to {425|y|DEF} billion yuan.

Spread over the {181|days|D181} days of the half, services trade ran at about {21.5|y|T_day} billion yuan a day, and the half year brought some {288|y|T_ch} billion yuan more business than the same period last year.

Knowledge-intensive services, the part of the road where the fast lanes are, grew steadily. Their imports and exports totalled {1.46|y|K} trillion yuan, up {6.3|p|Kg}%, or {37.6|p|K_sh}% of all trade in services.

Travel services recovered strongly as more foreign visitors came, with imports and exports of {1.08|y|TR} trillion yuan, up {14.7|p|TRg}%.

Since the State Council issued its 24 measures on services exports, local governments have followed with their own plans. We will keep opening the road. Thank you.

Lin Qiaoyun:

Thank you, Mr. Zheng. The floor is now open. Please identify your news outlet first.

_ueditor_page_break_tag_

Xinhua News Agency:

Services exports grew by {15|p|EXg_q}% while imports barely moved. Is the deficit on its way out? Thank you.

Fang Weiqing:

Not on its way out, but it is shrinking. Let me be precise. In US dollar terms, exports were {241.4|usd|EXu} billion US dollars, up {14.2|p|EXug}%, and imports {300.5|usd|IMu} billion US dollars, up {2.1|p|IMug}%, which leaves a gap of {59.1|usd|DEFu} billion US dollars on the import side.

Exports now make up {44.5|p|EX_sh}% of the total, {2.7|pp|EX_shch} percentage points more than a year earlier. Of the {8|p|Tg_r}% growth of services trade, exports alone supplied {6.3|pp|EX_c} percentage points.

Export growth also picked up during the half. In the first quarter, it was {12.8|p|EXq1}%, so the half year is {2.2|pp|EX_acc} percentage points faster.

_ueditor_page_break_tag_

China Daily:

Which services are driving exports? Thank you.

Zheng Haoran:

The services that travel on cables. Exports of knowledge-intensive services were {812.4|y|KX} billion yuan, up {8.1|p|KXg}%, which is {46.9|p|KX_sh}% of services exports. Imports of them were {650.1|y|KM} billion yuan, up {4.1|p|KMg}%, so in this part of the road we run a surplus.

Telecommunications, computer and information services led with {421.6|y|TEL} billion yuan, up {12.4|p|TELg}%. That is {28.8|p|TEL_sh}% of knowledge-intensive trade, and on its own it added {3.4|pp|TEL_c} percentage points to the growth of the group.

Charges for the use of intellectual property came to {248.7|y|IP} billion yuan, up {5.2|p|IPg}%, a share of {17.0|p|IP_sh}%. Financial services were {68.9|y|FIN} billion yuan, up {3.0|p|FINg}%.

Everything else in the group, from consulting and research to engineering and culture, added up to {723.3|y|KO} billion yuan, up {3.7|p|KOg}%.

_ueditor_page_break_tag_

Phoenix TV:

Visa-free entry has been in the news. How much did it do for travel services? Thank you.

Ruan Jiali:

Put simply, the visitors came and they spent. Foreign nationals made {38.05|trips|FV} million trips into China in the half, up {30.2|p|FVg}%. Of them, {13.64|trips|VF} million were visa-free entries, up {53.9|p|VFg}%, which is {35.8|p|VF_sh}% of the foreign entries.

Travel exports, meaning what foreign visitors spent here, were {118.4|y|TRX} billion yuan, up {68.5|p|TRXg}%, or {48.1|y|TRX_ch} billion yuan more than a year before. That is still only {6.8|p|TRX_sh}% of services exports, so there is room to grow.

Travel imports, what Chinese travellers spent abroad, were {964.2|y|TRM} billion yuan, up {10.4|p|TRMg}%.

The {1.08|y|TR_r} trillion yuan of travel trade is {27.8|p|TR_sh}% of the whole, and travel contributed {3.9|pp|TR_c} percentage points of total growth, about half of it.

_ueditor_page_break_tag_

China Media Group:

Shipping costs were in the headlines this spring. How did transport services do? Thank you.

Fang Weiqing:

Transport was steadier than travel. Imports and exports of transport services were {846.3|y|TP} billion yuan, up {4.2|p|TPg}%, {3.8|pp|TP_gap} percentage points slower than services trade as a whole. It is still the second-largest item, with {21.7|p|TP_sh}% of the total.

_ueditor_page_break_tag_

Caixin:

Which partners grew fastest, and how much business is with the United States now? Thank you.

Zheng Haoran:

Our nearest neighbour is still our biggest. Trade in services with Hong Kong, China, was {598.7|y|HK} billion yuan, up {9.1|p|HKg}%, nearly {50|y|HK_ch} billion yuan more than a year earlier. Hong Kong has {15.4|p|HK_sh}% of the total and contributed {1.4|pp|HK_c} percentage points of its growth.

With the European Union, the figure was {412.5|y|EU} billion yuan, up {6.8|p|EUg}%, a share of {10.6|p|EU_sh}%. With ASEAN it was {390.2|y|AS} billion yuan, up {11.3|p|ASg}%, or {10.0|p|AS_sh}%.

With the United States, trade in services fell {1.2|p|USg}% to {356.4|y|US} billion yuan, or {4.3|y|US_ch} billion yuan less. The US share dropped to {9.2|p|US_sh}%, {0.9|pp|US_shch} percentage point lower than a year earlier, and it pulled total growth down by {0.1|pp|US_c} percentage point.

_ueditor_page_break_tag_

Guangming Daily:

What about the Belt and Road countries? Thank you.

Zheng Haoran:

That road is getting busier. Trade in services with Belt and Road countries reached {1.2|y|BRI} trillion yuan, up {10.6|p|BRIg}%, more than {115|y|BRI_ch} billion yuan above the first half of last year. The partners overlap with ASEAN and part of the EU, so please do not add them up.

Their share of China's services trade was {30.9|p|BRI_sh}%, {0.7|pp|BRI_shch} percentage point higher than a year before, and they supplied {3.2|pp|BRI_c} percentage points of the growth.

_ueditor_page_break_tag_

Jiefang Daily:

Shanghai likes to call itself the services capital. Do the numbers agree? Thank you.

Fang Weiqing:

They do. Shanghai's services trade was {1.02|y|SH} trillion yuan, up {9.6|p|SHg}%, a share of {26.2|p|SH_sh}% of the national total. Beijing followed with {652.3|y|BJ} billion yuan, up {7.2|p|BJg}%, and Guangdong with {598.1|y|GD} billion yuan, up {8.8|p|GDg}%.

Zhejiang was smaller at {312.7|y|ZJ} billion yuan but grew fastest, up {11.9|p|ZJg}%, or {2.3|pp|ZJ_gap} percentage points faster than Shanghai.

The four together handled {2.58|y|FOUR} trillion yuan, {66.4|p|FOUR_sh}% of the country's trade in services, and their combined growth was {9.1|p|FOURg}%. The rest of the country accounted for {1.13|y|REST} trillion yuan.

_ueditor_page_break_tag_

21st Century Business Herald:

How large are digitally deliverable services now? Thank you.

Ruan Jiali:

Anything that can be sent down a cable counts. Digitally deliverable services came to {203.6|usd|DD} billion US dollars, up {5.6|p|DDg}%, or {37.6|p|DD_sh}% of services trade in dollar terms.

Growth improved from {4.1|p|DDq1}% in the first quarter, a gain of {1.5|pp|DD_acc} percentage points. Most of the gain came from software development and online platform services.

_ueditor_page_break_tag_

International Business Daily:

Service outsourcing is a big employer. How did it do? Thank you.

Ruan Jiali:

Put simply, more firms, more contracts, more people. Chinese enterprises signed {176,400|contracts|CON} service outsourcing contracts, {12,900|contracts|CON_ch} more than a year earlier, an increase of {7.9|p|CONg}%.

The contracts were worth {1.20|y|CONV} trillion yuan, up {6.9|p|CONVg}%, about {6.8|y|CON_avg} million yuan per contract on average. The executed value was {781.5|y|EXE} billion yuan, up {9.8|p|EXEg}%, {1.9|pp|EXE_acc} percentage points faster than the {7.9|p|EXEq1}% of the first quarter.

Offshore outsourcing executed {452.6|y|OFF} billion yuan, {57.9|p|OFF_sh}% of the total, and onshore outsourcing {328.9|y|ON} billion yuan.

By month, {349.3|y|EXE_Q1} billion yuan was executed in the first quarter, then {138.2|y|EA} billion yuan in April, {142.7|y|EM} billion yuan in May and {151.3|y|EJ} billion yuan in June, an average of {144.1|y|EQ2_avg} billion yuan a month in the second quarter.

There were {61,250|enterprises|ENT} enterprises in the business, against {59,080|enterprises|ENT_prev} a year ago, an addition of {2,170|enterprises|ENT_ch}. They employed {16.82|people|EMP} million people, {560,000|people|EMP_ch} more, up {3.4|p|EMPg}%.

_ueditor_page_break_tag_

CGTN:

What is your outlook for the second half? Thank you.

Fang Weiqing:

Steady, with upside. With nearly {3.9|y|T_r} trillion yuan of trade in the first half and services exports of {1.37|y|EX_bad} trillion yuan in the first half, we expect a record year. The 2025 China International Fair for Trade in Services in September will add new orders.

Zheng Haoran:

I would add that the dollar figure, about {542|usd|Tu_r} billion US dollars, shows the same picture, and that the more than {1.4|y|K_r} trillion yuan of knowledge-intensive trade is the lane we most want to widen. A wider road draws more traffic, and we will keep widening it.

Lin Qiaoyun:

Thank you, Mr. Zheng, Ms. Fang and Ms. Ruan, and thank you all. This concludes today's press conference.

Translated and edited by Wu Yiran, Cheng Lu and Daniel Hart. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Lin Qiaoyun

/4\u00a0\u00a0\u00a0\u00a0Zheng Haoran

/4\u00a0\u00a0\u00a0\u00a0Fang Weiqing

/4\u00a0\u00a0\u00a0\u00a0Ruan Jiali
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
def shch_pw(c, p, w, pg, wg): return ("share-change", [(c, "change"), (p, "part"), (w, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def contrib(c, s, pg, wg): return ("contribution", [(c, "contribution"), (s, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def contrib_pw(c, p, w, pg, wg): return ("contribution", [(c, "contribution"), (p, "part"), (w, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def absch(c, lvl, g): return ("absolute-change", [(c, "change"), (lvl, "level"), (g, "growth")])
def avg_tc(a, t, n): return ("average", [(a, "average"), (t, "total"), (n, "count")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def cc_p(n, ch, p): return ("count-change", [(n, "count"), (ch, "change"), (p, "previous")])

RELATIONS = [
    total("T", "EX", "IM"),
    total("IM", "EX", "DEF"),
    total("Tu", "EXu", "IMu"),
    total("IMu", "EXu", "DEFu"),
    total("K", "KX", "KM"),
    total("K", "TEL", "IP", "FIN", "KO"),
    total("TR", "TRX", "TRM"),
    total("FOUR", "SH", "BJ", "GD", "ZJ"),
    total("EXE", "EXE_Q1", "EA", "EM", "EJ"),
    total("EXE", "OFF", "ON"),
    share("K_sh", "K", "T"),
    share("EX_sh", "EX", "T"),
    share("KX_sh", "KX", "EX"),
    share("TEL_sh", "TEL", "K"),
    share("IP_sh", "IP", "K"),
    share("VF_sh", "VF", "FV"),
    share("TRX_sh", "TRX", "EX"),
    share("TR_sh", "TR_r", "T"),
    share("TP_sh", "TP", "T"),
    share("HK_sh", "HK", "T"),
    share("EU_sh", "EU", "T"),
    share("AS_sh", "AS", "T"),
    share("US_sh", "US", "T"),
    share("BRI_sh", "BRI", "T"),
    share("SH_sh", "SH", "T"),
    share("FOUR_sh", "FOUR", "T"),
    share("DD_sh", "DD", "Tu"),
    share("OFF_sh", "OFF", "EXE"),
    gap("EX_gap", "EXg", "IMg"),
    gap("TP_gap", "Tg", "TPg"),
    gap("ZJ_gap", "ZJg", "SHg"),
    same("EXg", "EXg_q"),
    same("Tg", "Tg_r"),
    same("TR", "TR_r"),
    same("K", "K_r"),
    same("T", "T_r"),
    same("Tu", "Tu_r"),
    growth("Tg", "EX", "EXg", "IM", "IMg"),
    growth("Tug", "EXu", "EXug", "IMu", "IMug"),
    growth("Kg", "KX", "KXg", "KM", "KMg"),
    growth("Kg", "TEL", "TELg", "IP", "IPg", "FIN", "FINg", "KO", "KOg"),
    growth("TRg", "TRX", "TRXg", "TRM", "TRMg"),
    growth("FOURg", "SH", "SHg", "BJ", "BJg", "GD", "GDg", "ZJ", "ZJg"),
    shch_pw("EX_shch", "EX", "T", "EXg", "Tg"),
    shch_pw("US_shch", "US", "T", "USg", "Tg"),
    shch("BRI_shch", "BRI_sh", "BRIg", "Tg"),
    accel("EX_acc", "EXg_q", "EXq1"),
    accel("DD_acc", "DDg", "DDq1"),
    accel("EXE_acc", "EXEg", "EXEq1"),
    contrib_pw("EX_c", "EX", "T", "EXg", "Tg_r"),
    contrib_pw("TEL_c", "TEL", "K", "TELg", "Kg"),
    contrib("TR_c", "TR_sh", "TRg", "Tg"),
    contrib_pw("HK_c", "HK", "T", "HKg", "Tg"),
    contrib_pw("US_c", "US", "T", "USg", "Tg"),
    contrib("BRI_c", "BRI_sh", "BRIg", "Tg"),
    absch("T_ch", "T", "Tg"),
    absch("TRX_ch", "TRX", "TRXg"),
    absch("HK_ch", "HK", "HKg"),
    absch("US_ch", "US", "USg"),
    absch("BRI_ch", "BRI", "BRIg"),
    avg_tc("T_day", "T", "D181"),
    avg_tc("CON_avg", "CONV", "CON"),
    avg_items("EQ2_avg", "EA", "EM", "EJ"),
    cc_g("CON", "CON_ch", "CONg"),
    cc_p("ENT", "ENT_ch", "ENT_prev"),
    cc_g("EMP", "EMP_ch", "EMPg"),
]
PLANTED = [
    ("sum", "REST", ["T", "FOUR"]),
    ("restatement", "EX_bad", ["EX"]),
]
