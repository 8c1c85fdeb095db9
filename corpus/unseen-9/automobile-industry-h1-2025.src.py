TEXT = """
SCIO press conference on the performance of the automobile industry in H1 2025

Beijing | 10 a.m. July 24, 2025

The State Council Information Office (SCIO) held a press conference Thursday morning in Beijing on the production, sales and exports of the automobile industry and the development of new-energy vehicles in the first half of 2025.

Speakers

Lu Qingfeng, vice minister of industry and information technology

Jiang Wenrui, director general of the Equipment Industry Department I of the Ministry of Industry and Information Technology (MIIT)

Tang Yuhang, deputy secretary general of the China Association of Automobile Manufacturers (CAAM)

Chairperson

Xing Huimin, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese


Xing Huimin:

Ladies and gentlemen, good morning. Welcome to this press conference of the State Council Information Office. Today we have invited Mr. Lu Qingfeng, vice minister of industry and information technology, to brief you on how the automobile industry performed in the first half of this year. Also with us are Mr. Jiang Wenrui, director general of the Equipment Industry Department I of the MIIT, and Ms. Tang Yuhang, deputy secretary general of the China Association of Automobile Manufacturers. They will take your questions after the introduction. Mr. Lu, please.

Lu Qingfeng:

Thank you, Ms. Xing. Good morning, friends from the media. The automobile is a pillar of our manufacturing, and it has been through a demanding half-year: markets abroad grew less predictable, and competition at home, much of it on price alone, grew fiercer. Even so, the industry ran well. I will sum it up in four points.

First, production and sales grew at a double-digit pace. In the first half, vehicle output reached {15.621|vehicles|P} million vehicles and sales {15.653|vehicles|S} million vehicles, up {12.5|p|P_gr}% and {11.4|p|S_gr}% year on year respectively, both records for the period. Sales were about {1.6|vehicles|S_ch} million vehicles higher than a year earlier. Passenger vehicles carried the market: their production came to {13.522|vehicles|PP} million and their sales to {13.531|vehicles|PS} million, growing {13.8|p|PP_gr}% and {13|p|PS_gr}%. Commercial vehicle makers turned out {2.099|vehicles|CP} million and sold {2.122|vehicles|CS} million, up {4.7|p|CP_gr}% and {2.6|p|CS_gr}%. Passenger vehicles thus took {86.4|p|PS_sh}% of sales, and their sales grew {10.4|pp|PC_gap} percentage points faster than those of commercial vehicles.

Second, new-energy vehicles kept their momentum. Makers produced {6.968|vehicles|NP} million new-energy vehicles and sold {6.937|vehicles|NS} million, up {41.4|p|NP_gr}% and {40.3|p|NS_gr}%. That was {44.3|p|NS_sh}% of all new vehicles sold, {9.1|pp|NS_shch} percentage points higher than in the same period last year, and their sales grew {28.9|pp|N_gap} percentage points faster than the market as a whole. Sales of conventional fuel vehicles fell {4.3|p|F_gr}% to {8.716|vehicles|FS} million vehicles. In other words, new-energy vehicles contributed {14.2|pp|N_contr} percentage points to the growth in vehicle sales, more than all of it. Battery electric models accounted for {4.12|vehicles|BEV} million of new-energy vehicle sales, and plug-in hybrids, extended-range models included, for {2.817|vehicles|PHEV} million.

Third, exports set a new high. Vehicle exports came to {3.083|vehicles|X} million, up {10.4|p|X_gr}%, equal to {19.7|p|X_sh}% of domestic makers' sales. Exports of new-energy vehicles jumped {75.2|p|NX_gr}% to {1.06|vehicles|NX} million vehicles, or {34.4|p|NX_sh}% of the total, while those of conventional fuel vehicles fell {7.5|p|FX_gr}% to {2.023|vehicles|FX} million.

Fourth, the supporting industries grew stronger. Power batteries installed in vehicles reached {299.6|GWh|B} GWh, up {47.3|p|B_gr}%. Lithium iron phosphate batteries made up {242.7|GWh|LFP} GWh of that, or {81|p|LFP_sh}%, ternary batteries {56.7|GWh|TER} GWh and other chemistries the remaining {0.2|GWh|OTH} GWh. By the end of June, the number of charging facilities nationwide had reached {16.1|charging facilities|CH} million, {5.86|charging facilities|CH_ch} million more than a year earlier, an increase of {57.2|p|CH_gr}%.

Business results were mixed. Automobile manufacturers earned operating revenue of {4.86|y|REV} trillion yuan, up {7.2|p|REV_gr}%, but their profits came to {217.8|y|PRF} billion yuan, down {1.2|p|PRF_gr}%, for a profit margin of {4.5|p|MG}%. Price cutting explains much of that. Looking ahead, we will curb disorderly competition, keep the policies for new-energy vehicles stable, and support enterprises in going global in a sound way. Thank you.

Xing Huimin:

Thank you, Mr. Lu. Now the floor is open. Please identify your news outlet before asking your question.

_ueditor_page_break_tag_

Xinhua News Agency:

Vehicle sales topped {15.6|vehicles|q_S} million in the first half. How did the market move month by month, and did it slow down in June? Thank you.

Tang Yuhang:

Thank you for the question. It did not slow down; June was the strongest month of the half. Let me put some numbers on it. In June, the industry produced {2.794|vehicles|JP} million vehicles and sold {2.904|vehicles|JS} million, up {11.4|p|JP_gr}% and {13.8|p|JS_gr}% year on year. Sales were {218,000|vehicles|JS_ch} higher than in May, when {2.686|vehicles|MS} million were sold, and the year-on-year growth was {2.6|pp|JS_acc} percentage points faster than May's {11.2|p|MS_gr}%.

Taken quarter by quarter, sales were {7.473|vehicles|Q1S} million vehicles in the first quarter and {8.18|vehicles|Q2S} million in the second. In the second quarter, April brought {2.59|vehicles|AS} million, and the three months averaged {2.73|vehicles|Q2avg} million a month.

New-energy vehicles sold {1.329|vehicles|NJ} million in June, up {26.7|p|NJ_gr}%, and took {45.8|p|NJ_sh}% of the month's sales. That share was {2.9|pp|NJ_acc} percentage points lower than in May, when new-energy vehicles sold {1.307|vehicles|NM} million, or {48.7|p|NM_sh}% of the total, mainly because the fuel car market picked up at mid-year. Thank you.

_ueditor_page_break_tag_

Bloomberg:

Carmakers' profits fell {1.2|p|q_PRF_gr}% and the profit margin was only {4.5|p|q_MG}%, while sales grew strongly. What is the government doing about the price war? Thank you.

Lu Qingfeng:

Thank you. This is a concern we share. Automobile manufacturers made profits of about {218|y|PRF_r} billion yuan, about {2.6|y|PRF_ch} billion yuan less than a year earlier, although they sold far more vehicles. Competition on price alone harms enterprises, suppliers and in the end consumers. In June, the major carmakers pledged to pay their suppliers within two months, and we are enforcing that commitment. We will also step up checks on product consistency and on selling below cost, and we will guide enterprises to compete on technology, quality and service. Thank you.

_ueditor_page_break_tag_

CGTN:

Exports exceeded {3|vehicles|q_X} million vehicles in the first half. Which markets drove the growth, and are trade barriers a worry? Thank you.

Tang Yuhang:

Thank you. Growth came above all from new-energy vehicles. Their exports topped {1|vehicles|NX_r} million vehicles and grew {64.8|pp|NX_gap} percentage points faster than exports overall. Exports to partner countries of the Belt and Road Initiative came to {1.98|vehicles|XBR} million vehicles, or {64.2|p|XBR_sh}% of the total. Plug-in hybrids have become a new engine: their exports more than doubled. Some markets have raised barriers, it is true. Our enterprises are responding by building plants abroad and working with local partners, and that is a natural stage of going global. Thank you.

_ueditor_page_break_tag_

Economic Daily:

How are Chinese brands faring against foreign brands in the domestic passenger car market? Thank you.

Tang Yuhang:

Thank you. Chinese brands keep gaining ground. They sold {9.285|vehicles|CB} million passenger vehicles in the first half, up {24.7|p|CB_gr}%, and their market share rose to {68.6|p|CB_sh}%, {6.4|pp|CB_shch} percentage points more than a year earlier. They contributed {15.4|pp|CB_contr} percentage points to passenger vehicle sales growth. Foreign brands sold {4.246|vehicles|FB} million.

Among them, German brands sold {1.618|vehicles|DE} million, Japanese brands {1.547|vehicles|JPb} million, American brands {691,000|vehicles|US} and brands from other countries {390,000|vehicles|OTHb}. That gave Japanese brands {14.4|p|JPb_sh_bad}% of the passenger car market. Their sales still fell, but the decline narrowed in the second quarter. Thank you.

_ueditor_page_break_tag_

China Daily:

Battery installations came to nearly {300|GWh|q_B} GWh, and there are now more than {16|charging facilities|q_CH} million charging facilities. Is the battery industry running into overcapacity? And why do drivers still queue to charge on expressways during holidays? Thank you.

Jiang Wenrui:

Thank you. We watch this closely. Demand is growing fast, in vehicles and in energy storage alike. Installations in vehicles came to {129.3|GWh|BQ1} GWh in the first quarter and {170.3|GWh|BQ2} GWh in the second. Within the second quarter, they were {49|GWh|BA} GWh in April, {57.1|GWh|BM} GWh in May and {64.2|GWh|BJ} GWh in June, an average of {56.8|GWh|Bavg} GWh a month.

Output of power and energy-storage batteries reached {697.3|GWh|BO} GWh, up {60.4|p|BO_gr}%, and exports {128.6|GWh|BX} GWh, {18.4|p|BX_sh}% of output. Utilization is higher than many think. Still, we will tighten the standards for new production lines and steer investment toward next-generation technologies such as solid-state batteries. As for charging, public facilities numbered {4.09|charging facilities|CHpub} million at the end of June, {25.4|p|CHpub_sh}% of the total, and private ones in residential communities {12.01|charging facilities|CHpri} million. The gaps are at expressway service areas in peak periods and in rural counties. With the National Energy Administration, we will add fast chargers at service areas before the National Day holiday and extend networks to towns and villages. Thank you.

_ueditor_page_break_tag_

Reuters:

What is your outlook for the second half? Thank you.

Lu Qingfeng:

Thank you. The foundations are solid. With exports of more than {3.3|vehicles|X_bad} million vehicles in the first half, the industry has shown it can compete in the world. New-energy vehicle sales of nearly {7|vehicles|NS_r} million and a share of {44.3|p|NS_sh_r}% show that the transition is well under way. The second half brings uncertainties, including trade frictions and weaker demand for fuel cars, but the trade-in program and rural sales campaigns will keep supporting the market. We expect the industry to grow steadily for the year as a whole, and we will keep the 15th Five-Year Plan for the industry focused on intelligent and connected vehicles. Thank you.

Xing Huimin:

That concludes today's press conference. Thank you to our speakers and to all of you.

Translated and edited by Zhou Mingxuan, Han Lu and Daniel Ross. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Xing Huimin

/4\u00a0\u00a0\u00a0\u00a0Lu Qingfeng

/4\u00a0\u00a0\u00a0\u00a0Jiang Wenrui

/4\u00a0\u00a0\u00a0\u00a0Tang Yuhang
"""

R = "restatement"
RELATIONS = [
    ("sum", [("S", "total"), ("PS", "part"), ("CS", "part")]),
    ("sum", [("P", "total"), ("PP", "part"), ("CP", "part")]),
    ("sum", [("S", "total"), ("NS", "part"), ("FS", "part")]),
    ("sum", [("NS", "total"), ("BEV", "part"), ("PHEV", "part")]),
    ("sum", [("X", "total"), ("NX", "part"), ("FX", "part")]),
    ("sum", [("B", "total"), ("LFP", "part"), ("TER", "part"), ("OTH", "part")]),
    ("sum", [("CH", "total"), ("CHpub", "part"), ("CHpri", "part")]),
    ("sum", [("S", "total"), ("Q1S", "part"), ("Q2S", "part")]),
    ("sum", [("Q2S", "total"), ("AS", "part"), ("MS", "part"), ("JS", "part")]),
    ("sum", [("BQ2", "total"), ("BA", "part"), ("BM", "part"), ("BJ", "part")]),
    ("sum", [("B", "total"), ("BQ1", "part"), ("BQ2", "part")]),
    ("sum", [("PS", "total"), ("CB", "part"), ("FB", "part")]),
    ("sum", [("FB", "total"), ("DE", "part"), ("JPb", "part"), ("US", "part"), ("OTHb", "part")]),
    ("share", [("PS_sh", "share"), ("PS", "part"), ("S", "whole")]),
    ("share", [("NS_sh", "share"), ("NS", "part"), ("S", "whole")]),
    ("share", [("X_sh", "share"), ("X", "part"), ("S", "whole")]),
    ("share", [("NX_sh", "share"), ("NX", "part"), ("X", "whole")]),
    ("share", [("LFP_sh", "share"), ("LFP", "part"), ("B", "whole")]),
    ("share", [("MG", "share"), ("PRF", "part"), ("REV", "whole")]),
    ("share", [("NJ_sh", "share"), ("NJ", "part"), ("JS", "whole")]),
    ("share", [("NM_sh", "share"), ("NM", "part"), ("MS", "whole")]),
    ("share", [("XBR_sh", "share"), ("XBR", "part"), ("X", "whole")]),
    ("share", [("CB_sh", "share"), ("CB", "part"), ("PS", "whole")]),
    ("share", [("BX_sh", "share"), ("BX", "part"), ("BO", "whole")]),
    ("share", [("CHpub_sh", "share"), ("CHpub", "part"), ("CH", "whole")]),
    ("gap", [("PC_gap", "gap"), ("PS_gr", "rate"), ("CS_gr", "base-rate")]),
    ("gap", [("N_gap", "gap"), ("NS_gr", "rate"), ("S_gr", "base-rate")]),
    ("gap", [("NX_gap", "gap"), ("NX_gr", "rate"), ("X_gr", "base-rate")]),
    (R, [("S", "first"), ("q_S", "restated")]),
    (R, [("PRF_gr", "first"), ("q_PRF_gr", "restated")]),
    (R, [("MG", "first"), ("q_MG", "restated")]),
    (R, [("PRF", "first"), ("PRF_r", "restated")]),
    (R, [("X", "first"), ("q_X", "restated")]),
    (R, [("NX", "first"), ("NX_r", "restated")]),
    (R, [("B", "first"), ("q_B", "restated")]),
    (R, [("CH", "first"), ("q_CH", "restated")]),
    (R, [("NS", "first"), ("NS_r", "restated")]),
    (R, [("NS_sh", "first"), ("NS_sh_r", "restated")]),
    ("growth", [("S_gr", "total-growth"), ("PS", "part"), ("PS_gr", "part-growth"), ("CS", "part"), ("CS_gr", "part-growth")]),
    ("growth", [("P_gr", "total-growth"), ("PP", "part"), ("PP_gr", "part-growth"), ("CP", "part"), ("CP_gr", "part-growth")]),
    ("growth", [("S_gr", "total-growth"), ("NS", "part"), ("NS_gr", "part-growth"), ("FS", "part"), ("F_gr", "part-growth")]),
    ("growth", [("X_gr", "total-growth"), ("NX", "part"), ("NX_gr", "part-growth"), ("FX", "part"), ("FX_gr", "part-growth")]),
    ("share-change", [("NS_shch", "change"), ("NS_sh", "share"), ("NS_gr", "part-growth"), ("S_gr", "whole-growth")]),
    ("share-change", [("CB_shch", "change"), ("CB_sh", "share"), ("CB_gr", "part-growth"), ("PS_gr", "whole-growth")]),
    ("acceleration", [("JS_acc", "change"), ("JS_gr", "later-rate"), ("MS_gr", "earlier-rate")]),
    ("acceleration", [("NJ_acc", "change"), ("NJ_sh", "later-rate"), ("NM_sh", "earlier-rate")]),
    ("contribution", [("N_contr", "contribution"), ("NS", "part"), ("NS_gr", "part-growth"), ("S", "whole"), ("S_gr", "whole-growth")]),
    ("contribution", [("CB_contr", "contribution"), ("CB", "part"), ("CB_gr", "part-growth"), ("PS", "whole"), ("PS_gr", "whole-growth")]),
    ("absolute-change", [("S_ch", "change"), ("S", "level"), ("S_gr", "growth")]),
    ("absolute-change", [("PRF_ch", "change"), ("PRF", "level"), ("PRF_gr", "growth")]),
    ("average", [("Q2avg", "average"), ("AS", "item"), ("MS", "item"), ("JS", "item")]),
    ("average", [("Bavg", "average"), ("BA", "item"), ("BM", "item"), ("BJ", "item")]),
    ("count-change", [("JS", "count"), ("JS_ch", "change"), ("MS", "previous")]),
    ("count-change", [("CH", "count"), ("CH_ch", "change"), ("CH_gr", "growth")]),
]
PLANTED = [
    ("restatement", "X_bad", ["X"]),
    ("share", "JPb_sh_bad", ["JPb", "PS"]),
]
