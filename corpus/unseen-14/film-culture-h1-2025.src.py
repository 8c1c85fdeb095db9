TEXT = """
SCIO briefing on film and cultural market in H1 2025

Beijing | 3 p.m. July 10, 2025

The State Council Information Office (SCIO) held a press conference Thursday in Beijing on the performance of the film and cultural market in the first half of 2025.

Speakers

Zhao Hongtao, deputy director of the China Film Administration (CFA)

Qiao Ming, director general of the Department of Film Market Management of the CFA

Wen Jiahui, vice minister of culture and tourism

Deng Lixin, director general of the Department of Industrial Development of the Ministry of Culture and Tourism (MCT)

Shi Wanqing, director general of the Department of Market Management of the MCT

Chairperson

Lin Kexin, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese

Speakers:

Mr. Zhao Hongtao, deputy director of the China Film Administration (CFA)

Mr. Qiao Ming, director general of the Department of Film Market Management of the CFA

Ms. Wen Jiahui, vice minister of culture and tourism

Mr. Deng Lixin, director general of the Department of Industrial Development of the Ministry of Culture and Tourism (MCT)

Ms. Shi Wanqing, director general of the Department of Market Management of the MCT

Chairperson:

Ms. Lin Kexin, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Date:

July 10, 2025


Lin Kexin:

Ladies and gentlemen, good afternoon. Welcome to this press conference of the State Council Information Office. Today we are joined by Mr. Zhao Hongtao, deputy director of the China Film Administration (CFA), and Ms. Wen Jiahui, vice minister of culture and tourism, who will brief you on the film and cultural market in the first half of the year. With them are Mr. Qiao Ming, director general of the Department of Film Market Management of the CFA, Mr. Deng Lixin, director general of the Department of Industrial Development of the Ministry of Culture and Tourism (MCT), and Ms. Shi Wanqing, director general of the Department of Market Management of the MCT.

First, Mr. Zhao, please.

Zhao Hongtao:

Thank you, Ms. Lin. Good afternoon, everyone. Six months ago, few of us expected that an animated boy with flaming wheels would carry the whole market. He did, and audiences came back to the cinema in numbers we had not seen for years.

In the first half of the year, the national box office reached {29.231|y|BO} billion yuan, up {22.9|p|BO_gr}% year on year. Cinemas sold {641|admissions|ADM} million admissions, up {20.3|p|ADM_gr}%. Domestic films took {26.36|y|DOM} billion yuan, or {90.2|p|DOM_sh}% of the total.

The Spring Festival holiday, from Jan. 28 to Feb. 4, set a record of {9.51|y|SF} billion yuan, and Ne Zha 2 became the highest-grossing film in Chinese history. A total of {246|films|FILMS} new films were released, and at the end of June the country had {92,013|screens|SCR} screens.

We are not resting on one film. The summer season has begun, and more than {80|films|SUMMER} films have signed up for it. Thank you.

Lin Kexin:

Thank you, Mr. Zhao. Ms. Wen, please.

Wen Jiahui:

Thank you. I will speak about culture beyond the cinema. People are spending on experiences: a concert in another city, a night at a small theater, a trip planned around a museum.

In the first half, commercial performances across the country numbered {268,200|performances|PERF}, up {14.5|p|PERF_gr}%, with ticket sales of {28.72|y|PBO} billion yuan, up {6.3|p|PBO_gr}%. Cultural and related enterprises above designated size earned {6.92|y|CUL} trillion yuan in revenue, up {7.1|p|CUL_gr}%. Domestic tourists made {3.285|trips|TRIP} billion trips, up {20.6|p|TRIP_gr}%, and spent {3.15|y|TSP} trillion yuan, up {15.2|p|TSP_gr}%.

Culture and tourism now feed each other. Thank you.

Lin Kexin:

Thank you. The floor is open for questions. Please state your news outlet first.

_ueditor_page_break_tag_

Xinhua News Agency:

The box office came close to {30|y|q_BO} billion yuan in six months. How was it spread across the half year? Thank you.

Qiao Ming:

Thank you. Unevenly. January brought in {6.083|y|M1} billion yuan and February {13.887|y|M2} billion, the biggest month in the history of Chinese cinema. March fell back to {2.364|y|M3} billion yuan.

The second quarter was quieter. Ticket sales were {1.571|y|M4} billion yuan in April, {2.413|y|M5} billion in May and {2.913|y|M6} billion in June.

So the first quarter took {22.33|y|Q1} billion yuan, up {37.2|p|Q1_gr}%, and the second quarter {6.90|y|Q2} billion, down {8.1|p|Q2_gr}%. The swing between the two quarters was {45.3|pp|Q_acc} percentage points. That is the shape of a year with one giant film early on.

Over the Spring Festival holiday alone, cinemas took {9.51|y|SF_r} billion yuan, up {18.6|p|SF_gr}%, nearly {1.5|y|SF_ch} billion yuan more than a year earlier, from {187|admissions|SF_adm} million admissions. The average ticket cost {50.9|y|SF_avg} yuan. The May Day holiday added {747|y|MAYDAY} million yuan and the Dragon Boat Festival holiday {459|y|DBF} million, {1.206|y|HOL2} billion yuan for the two.

Zhao Hongtao:

I would add that the second quarter fell against a strong base, not against nothing. Last April and May had several hits. Thank you.

_ueditor_page_break_tag_

CCTV:

Ne Zha 2 earned more than {15|y|q_NZ} billion yuan. How much did domestic films depend on it, and how did imported films do? Thank you.

Zhao Hongtao:

Thank you. Ne Zha 2 took {15.44|y|NZ} billion yuan in the first half, {52.8|p|NZ_sh}% of all ticket sales. Detective Chinatown 1900 earned {3.58|y|DC} billion yuan and Creation of the Gods II {1.22|y|COG} billion. The three films together earned {20.24|y|TOP3} billion yuan, or {69.2|p|TOP3_sh}% of the box office. Boonie Bears, the family favorite, added {810|y|BB} million yuan. Animated films as a genre took {17.12|y|ANIM} billion yuan, {58.6|p|ANIM_sh}% of the box office.

So yes, the dependence is real, and it is a risk. But domestic films as a whole did well. They earned {26.36|y|DOM_r} billion yuan, up {31.1|p|DOM_gr}%, and contributed {26.3|pp|DOM_contr} percentage points to the growth of the box office, more than the whole {22.9|p|BO_gr_r}%, because imported films fell.

Qiao Ming:

Let me give the figures. Imported films earned {2.87|y|IMPF} billion yuan, down {22.1|p|IMPF_gr}%, and their share was {9.8|p|IMPF_sh}%. The domestic share rose {5.7|pp|DOM_shch} percentage points.

Of the {246|films|FILMS_r} new releases, {183|films|FILMS_D} were domestic and {63|films|FILMS_I} imported. Hollywood still sends good films. Audiences simply chose Chinese stories this spring. Thank you.

_ueditor_page_break_tag_

China Daily:

More than {640|admissions|q_ADM} million admissions is a big number. Are more people going, or are they going more often? And what about ticket prices? Thank you.

Qiao Ming:

Thank you. Both. Admissions reached {641|admissions|ADM_r} million, {108|admissions|ADM_ch} million more than a year earlier. Spread over the box office, the average ticket price was {45.6|y|ADM_avg} yuan. Most tickets sold for between {35|y|TKLO} and {60|y|TKHI} yuan, and online platforms handled {95.8|p|ONL}% of sales.

In June, admissions rose {9.6|p|ADM_JUN}%, {2.3|pp|ADM_acc} percentage points faster than in May, when they grew {5.3|p|ADM_MAY}%.

The number of screens reached {92,013|screens|SCR_r}, {1,045|screens|SCR_ch} more than the {90,968|screens|SCR0} at the end of last year. They are in {14,860|cinemas|CIN} cinemas, about {6.2|screens|SCR_avg} screens each. Of the cinemas, {5,130|cinemas|CIN_C} are in counties, {34.5|p|CIN_C_sh}% of them.

Zhao Hongtao:

Let me add that a county cinema is often the only big screen for an hour's drive. We want children there to see the same films, on the same day, as children in Shanghai. Thank you.

_ueditor_page_break_tag_

People's Daily:

Concert tickets sell out in minutes, and fans cross the country to see a show. How big is the performance market now? Thank you.

Shi Wanqing:

Thank you. It is bigger than ever, and it travels. Performance ticket sales came to {28.72|y|PBO_r} billion yuan: {12.34|y|PQ1} billion in the first quarter, up {2.8|p|PQ1_gr}%, and {16.38|y|PQ2} billion in the second, up {9.1|p|PQ2_gr}%. Growth in the second quarter was {6.3|pp|PQ_acc} percentage points faster than in the first.

Large concerts and music festivals alone took {13.6|y|CONC} billion yuan, {47.4|p|CONC_sh}% of the market, from {1,073|shows|CONC_n} shows. The audience for all performances was {138.9|people|AUD} million people, and the average ticket was about {207|y|PBO_avg} yuan.

Performances numbered {268,200|performances|PERF_r}, about {34,000|performances|PERF_ch} more than a year earlier. Small theaters and tourist towns now put on shows every night. Tourism performances, the big outdoor shows in scenic areas, earned {5.87|y|TOURP} billion yuan, up {11.3|p|TOURP_gr}%, and {317|music festivals|MF} music festivals were held.

For a big concert, half the audience may come from other provinces. They stay in hotels, eat out and visit the sights. We see the ticket as the first yuan, not the last.

Wen Jiahui:

If I may add a word on order in the market. Scalping and fake tickets anger fans. The 12318 hotline takes complaints, and real-name ticketing now covers every large show. Thank you.

_ueditor_page_break_tag_

Economic Daily:

Cultural enterprises earned close to {7|y|q_CUL} trillion yuan. Which parts grew fastest? Thank you.

Deng Lixin:

Thank you. The {78,000|enterprises|ENT} cultural and related enterprises above designated size, {2,300|enterprises|ENT_ch} more than a year earlier, or {3.0|p|ENT_gr}% more, earned {6.92|y|CUL_r} trillion yuan. The cultural core fields earned {4.83|y|CORE} trillion yuan, up {8.2|p|CORE_gr}%, while related fields, such as equipment and consumer goods for culture, earned {2.09|y|REL} trillion, up {4.6|p|REL_gr}%.

The core grew {3.6|pp|CORE_gap} percentage points faster than the related fields. It made up {69.8|p|CORE_sh}% of revenue, {0.7|pp|CORE_shch} percentage point more than a year earlier, and contributed {5.7|pp|CORE_contr} percentage points of the {7.1|p|CUL_gr_r}% growth.

Inside the core, news and information services earned {1.67|y|NEWS} trillion yuan, content creation and production {1.63|y|CONT} trillion and creative design services {1.53|y|DES} trillion.

New forms of cultural business, from online video to digital publishing, earned {3.06|y|NEW} trillion yuan, up {11.8|p|NEW_gr}%. They were {44.2|p|NEW_sh}% of the total and added {5.0|pp|NEW_contr} percentage points to its growth.

Wen Jiahui:

I would add that digital does not replace the physical. The same company sells a game online and a figurine in a shop. Thank you.

_ueditor_page_break_tag_

China National Radio:

Domestic tourism grew fast. Is culture the reason? Thank you.

Wen Jiahui:

Thank you. It is one reason. Domestic trips reached {3.285|trips|TRIP_r} billion, about {560|trips|TRIP_ch} million more than a year earlier. Urban residents made {2.55|trips|TRIP_U} billion trips and rural residents {735|trips|TRIP_R} million.

Tourists spent {3.15|y|TSP_r} trillion yuan, about {416|y|TSP_ch} billion yuan more, or an average of {959|y|TSP_avg} yuan a trip. Spending grew {5.4|pp|TRIP_gap} percentage points slower than trips, because people take more short trips close to home.

Many trips now start with a ticket: to a show, a museum, a film festival. Children under 14 travel with their parents in the summer, and the holidays from July to August are our busiest months.

Deng Lixin:

Let me add one figure. The country's {6,833|museums|MUSN} museums received {740|visits|MUS} million visits in the half year, about {108,000|visits|MUS_avg} each, and most of them are free. Thank you.

_ueditor_page_break_tag_

Hong Kong Commercial Daily:

Box office fell about {8|p|q_Q2_gr}% in the second quarter. Is the market cooling after Ne Zha 2? Thank you.

Zhao Hongtao:

Thank you. I understand the worry. Take away Ne Zha 2's {14.54|y|NZ_r} billion yuan and the half year would look ordinary. But ordinary is not a crisis.

The first half still brought {29.231|y|BO_r} billion yuan, and domestic films held more than {90|p|q_DOM_sh}% of it. Over {187|admissions|SF_adm_r} million admissions in eight days at the Spring Festival showed how many people will come for a good film. We have a strong summer slate, and we hope to beat last summer's {11.64|y|SUM24} billion yuan.

Qiao Ming:

I would only add that the market is healthier when it has many good films, not one great one. We will support mid-sized films and encourage cinemas to keep prices reasonable. Thank you.

Lin Kexin:

Thank you, Mr. Zhao, Ms. Wen, Mr. Qiao, Mr. Deng and Ms. Shi, and thank you all. This concludes today's press conference.

Translated and edited by Huang Siyu, Tao Ran, Li Mengjie and Sarah Ogden. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Lin Kexin

/4\u00a0\u00a0\u00a0\u00a0Zhao Hongtao

/4\u00a0\u00a0\u00a0\u00a0Wen Jiahui

/4\u00a0\u00a0\u00a0\u00a0Qiao Ming

/4\u00a0\u00a0\u00a0\u00a0Deng Lixin

/4\u00a0\u00a0\u00a0\u00a0Shi Wanqing
"""

# ---- relations -------------------------------------------------------------
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
    total("BO_r", "Q1", "Q2"),
    total("Q1", "M1", "M2", "M3"),
    total("Q2", "M4", "M5", "M6"),
    total("TOP3", "NZ", "DC", "COG"),
    total("BO", "DOM_r", "IMPF"),
    total("FILMS_r", "FILMS_D", "FILMS_I"),
    total("PBO_r", "PQ1", "PQ2"),
    total("CUL_r", "CORE", "REL"),
    total("CORE", "NEWS", "CONT", "DES"),
    total("TRIP_r", "TRIP_U", "TRIP_R"),
    total("HOL2", "MAYDAY", "DBF"),
    # shares
    share("DOM_sh", "DOM", "BO"),
    share("NZ_sh", "NZ", "BO"),
    share("TOP3_sh", "TOP3", "BO"),
    share("IMPF_sh", "IMPF", "BO"),
    share("CIN_C_sh", "CIN_C", "CIN"),
    share("CONC_sh", "CONC", "PBO_r"),
    share("CORE_sh", "CORE", "CUL_r"),
    share("NEW_sh", "NEW", "CUL_r"),
    share("ANIM_sh", "ANIM", "BO"),
    # gaps
    gap("CORE_gap", "CORE_gr", "REL_gr"),
    gap("TRIP_gap", "TSP_gr", "TRIP_gr"),
    # restatements
    same("BO", "q_BO"), same("BO", "BO_r"), same("BO_gr", "BO_gr_r"), same("DOM", "DOM_r"),
    same("SF", "SF_r"), same("NZ", "q_NZ"), same("ADM", "q_ADM"),
    same("ADM", "ADM_r"), same("SCR", "SCR_r"), same("PBO", "PBO_r"), same("PERF", "PERF_r"),
    same("CUL", "q_CUL"), same("CUL", "CUL_r"), same("CUL_gr", "CUL_gr_r"), same("TRIP", "TRIP_r"),
    same("TSP", "TSP_r"), same("Q2_gr", "q_Q2_gr"), same("DOM_sh", "q_DOM_sh"), same("SF_adm", "SF_adm_r"),
    # growth of a total from its parts
    growth("BO_gr_r", "Q1", "Q1_gr", "Q2", "Q2_gr"),
    growth("BO_gr", "DOM_r", "DOM_gr", "IMPF", "IMPF_gr"),
    growth("PBO_gr", "PQ1", "PQ1_gr", "PQ2", "PQ2_gr"),
    growth("CUL_gr_r", "CORE", "CORE_gr", "REL", "REL_gr"),
    # share changes
    shchange("DOM_shch", "DOM_sh", "DOM_gr", "BO_gr"),
    shchange("CORE_shch", "CORE_sh", "CORE_gr", "CUL_gr_r"),
    # accelerations
    accel("Q_acc", "Q2_gr", "Q1_gr"),
    accel("PQ_acc", "PQ2_gr", "PQ1_gr"),
    # contributions
    contrib("DOM_contr", "DOM_r", "DOM_gr", "BO", "BO_gr_r"),
    contrib("CORE_contr", "CORE", "CORE_gr", "CUL_r", "CUL_gr_r"),
    contrib("NEW_contr", "NEW", "NEW_gr", "CUL_r", "CUL_gr_r"),
    # absolute changes
    abs_g("SF_ch", "SF_r", "SF_gr"),
    abs_g("TRIP_ch", "TRIP_r", "TRIP_gr"),
    abs_g("TSP_ch", "TSP_r", "TSP_gr"),
    # averages
    avg_tc("SF_avg", "SF_r", "SF_adm"),
    avg_tc("ADM_avg", "BO", "ADM_r"),
    avg_tc("SCR_avg", "SCR_r", "CIN"),
    avg_tc("PBO_avg", "PBO_r", "AUD"),
    avg_tc("TSP_avg", "TSP_r", "TRIP_r"),
    avg_tc("MUS_avg", "MUS", "MUSN"),
    # count changes
    cc_g("ADM_r", "ADM_ch", "ADM_gr"),
    cc_p("SCR_r", "SCR_ch", "SCR0"),
    cc_g("PERF_r", "PERF_ch", "PERF_gr"),
    cc_g("ENT", "ENT_ch", "ENT_gr"),
]
PLANTED = [
    ("restatement", "NZ_r", ["NZ"]),
    ("acceleration", "ADM_acc", ["ADM_JUN", "ADM_MAY"]),
]
