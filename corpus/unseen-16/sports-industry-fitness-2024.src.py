TEXT = """
SCIO press conference on the sports industry and national fitness in 2024

Beijing | 10 a.m. Dec 30, 2025

The State Council Information Office (SCIO) held a press conference Tuesday in Beijing on the development of the sports industry and the national fitness program in 2024.

Speakers

Gao Xinrui, deputy director of the General Administration of Sport of China (GASC)

Pan Yueming, director general of the Department of Sports Economy of the GASC

Qiu Lianfang, director general of the Department of Mass Sports of the GASC

Dong Haoran, director of the Sports Lottery Administration Center of the GASC

Chairperson

Hu Kaiwen, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese

Speakers:

Mr. Gao Xinrui, deputy director of the General Administration of Sport of China (GASC)

Mr. Pan Yueming, director general of the Department of Sports Economy of the GASC

Ms. Qiu Lianfang, director general of the Department of Mass Sports of the GASC

Mr. Dong Haoran, director of the Sports Lottery Administration Center of the GASC

Chairperson:

Mr. Hu Kaiwen, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Date:

Dec 30, 2025


Hu Kaiwen:

Ladies and gentlemen, good morning. Welcome to this press conference held by the State Council Information Office. Today we have invited Mr. Gao Xinrui, deputy director of the General Administration of Sport of China, to brief you on the sports industry and national fitness in 2024 and to answer your questions. Also present are Mr. Pan Yueming, director general of the Department of Sports Economy, Ms. Qiu Lianfang, director general of the Department of Mass Sports, and Mr. Dong Haoran, director of the Sports Lottery Administration Center.

Now, I'll give the floor to Mr. Gao.

Gao Xinrui:

Thank you, Mr. Hu. Good morning, friends from the media. Walk through any Chinese city at six in the morning and you will see the sports industry before you read about it: runners on the riverbank, grandmothers with badminton rackets, teenagers queuing for a basketball court. Today I can put numbers to what you see. The figures for 2024 have just been confirmed with the National Bureau of Statistics.

In 2024, the total output of the national sports industry reached {3.96|y|OUT} trillion yuan, up {7.9|p|OUT_gr}% at current prices, or about {290|y|OUT_ch} billion yuan more than in 2023. Value added came to {1.62|y|VA} trillion yuan, up {8.6|p|VA_gr}%, which is {40.9|p|VA_OUT_sh}% of output.

The industry's value added was {1.20|p|VA_sh}% of the country's GDP of {134.91|y|GDP} trillion yuan. It grew {4.4|pp|VA_gap} percentage points faster than nominal GDP, which rose {4.2|p|GDP_gr}%, so its share of the economy edged up {0.05|pp|VA_shch} percentage point.

On the fitness side, {37.5|p|EXR}% of the population now exercise regularly. The country had {4.84|venues|VEN} million sports venues at the end of the year, and the venue area per person reached {3.00|square meters|APC} square meters. The sports lottery raised {97.8|y|PWF} billion yuan of public welfare funds for society.

Next year is the first year of the 15th Five-Year Plan, and the Outline for Building a Leading Sports Nation sets 2035 as its horizon. We will keep building the "15-minute fitness circle" in cities, bring more events into towns and villages, and let sports consumption grow on its own feet. Thank you.

Hu Kaiwen:

Thank you, Mr. Gao. The floor is now open. Please identify your news outlet before asking your question.

_ueditor_page_break_tag_

Xinhua News Agency:

Value added of the sports industry is now more than {1.6|y|q_VA} trillion yuan. Which parts of the industry drove that growth? Thank you.

Pan Yueming:

Thank you for the question. I will answer in three layers. Sports services added {1.17|y|SV} trillion yuan, up {10.4|p|SV_gr}%, or {72.2|p|SV_sh}% of the industry's value added. Sports goods manufacturing added {417.3|y|MF} billion yuan, up {5.1|p|MF_gr}%, a share of {25.8|p|MF_sh}%. The construction of sports facilities added {32.7|y|CN} billion yuan and fell {4.8|p|CN_gr}%, as fewer large stadiums were started. That layer is {2.0|p|CN_sh}% of the whole.

Services therefore grew {5.3|pp|SV_MF_gap} percentage points faster than manufacturing. They contributed {7.4|pp|SV_c} percentage points of the industry's growth, and their share rose {1.2|pp|SV_shch} percentage points in one year. Manufacturing contributed {1.4|pp|MF_c} points.

Put simply, more than {70|p|q_SV_sh}% of the industry is now services, and people pay for lessons, classes and matches more than for shoes.

Gao Xinrui:

If I may add, the value added grew by about {128|y|VA_ch} billion yuan in the year. That is roughly what the whole industry added in a year a decade ago.

_ueditor_page_break_tag_

China Daily:

Can you break the services figure down? Which kinds of sports services are growing fastest? Thank you.

Pan Yueming:

Yes. Inside services, the sale, rental and trade agency of sports goods remains the largest item, at {412.6|y|SALES} billion yuan, or {35.3|p|SALES_sh}% of sports services. Sports training and education added {196.2|y|TRAIN} billion yuan, up {12.8|p|TRAIN_gr}%.

Fitness and leisure activities added {154.9|y|FIT} billion yuan, up {15.3|p|FIT_gr}%, about {20.6|y|FIT_ch} billion yuan more than a year before. They are {13.2|p|FIT_sh}% of services. Competitions and performances added {48.7|y|COMP} billion yuan. They grew fastest, {21.4|p|COMP_gr}%, and {8.6|pp|COMP_gap} percentage points faster than training.

Qiu Lianfang:

I would add that training is where families spend. Swimming, basketball and skiing classes for children aged 6 to 12 are full on weekends in most cities. We are working with the education authorities to keep prices clear and to stop prepaid cards from being misused.

_ueditor_page_break_tag_

CCTV:

How many people actually exercise? And are there enough places to do it? Thank you.

Qiu Lianfang:

Thank you. The share of people who take part in physical exercise regularly was {37.5|p|EXR_r}% in 2024, {0.3|pp|EXR_ch} percentage point higher than the {37.2|p|EXR0}% of 2023. That is some {528|people|EXRN} million people out of a population of {1.408|people|POP} billion. In cities the rate was {40.1|p|URB}%, in the countryside {33.6|p|RUR}%, a gap of {6.5|pp|UR_gap} percentage points that we want to close.

Venues are catching up. At the end of 2024 there were {4.84|venues|VEN_r} million sports venues, {250,000|venues|VEN_ch} more than a year earlier, an increase of {5.4|p|VEN_gr}%. A year before there were {4.59|venues|VEN0} million. Their combined area is {4.23|square meters|AREA} billion square meters, which gives {3.00|square meters|APC_r} square meters for each person.

People also need someone to show them how. We have {2.89|social sports instructors|INS} million social sports instructors, {160,000|social sports instructors|INS_ch} more than a year before, up {5.9|p|INS_gr}%, or {2.05|social sports instructors|INS_pk} for every 1,000 residents.

Gao Xinrui:

Let me be honest about the gap. Older people aged 60 and above, and people in the countryside, still find it hardest to reach a court or a pool. The country has close to {5|venues|q_VEN} million venues, but many of them are locked after school hours.

_ueditor_page_break_tag_

The Paper:

Road races and village football seem to be everywhere. How big has the events economy become? Thank you.

Qiu Lianfang:

It is big and it is local. In 2024 we counted {749|road running events|EV} road running events, and they drew {7.05|runners|RUN} million runners, about {9,400|runners|RUN_avg} an event. Of the runners, {1.21|runners|FULL} million ran a full marathon, {2.68|runners|HALF} million a half marathon and the other {3.16|runners|OTH} million shorter races. Full marathon runners were {17.2|p|FULL_sh}% of the field.

Runners spend. Host cities reported {31.8|y|SPEND} billion yuan of spending by runners on travel, hotels and food, about {4,500|y|SPEND_avg} yuan per runner. Entry fees were mostly between {100|y|FEE1} and {300|y|FEE2} yuan, so most of the money went to the towns, not to the organizers.

Gao Xinrui:

The village games are the other story. Guizhou's "Village Super League" drew crowds of more than {60,000|spectators|VSL} spectators to a single match night in Rongjiang County. We did not plan that. People did it, and we followed. In all, more than {7|runners|q_RUN} million runners in one year is a record.

_ueditor_page_break_tag_

Economic Daily:

How did the sports lottery perform, and where does the money go? Thank you.

Dong Haoran:

Thank you. I will keep to the audited figures. In 2024 sports lottery sales were {385.2|y|LOT} billion yuan, up {7.6|p|LOT_gr}% year on year. That was {62.4|p|LOT_sh}% of the {617.6|y|NAT} billion yuan of lottery tickets sold across the country. The welfare lottery sold the other {232.4|y|WEL} billion yuan.

By type, lotto and number games sold {123.5|y|LG} billion yuan, up {3.2|p|LG_gr}%. Sports guessing games sold {196.8|y|GG} billion yuan, up {11.9|p|GG_gr}%, {51.1|p|GG_sh}% of sales. Instant games sold {64.9|y|IG} billion yuan, up {4.1|p|IG_gr}%. Guessing games grew {8.7|pp|GG_gap} percentage points faster than lotto and contributed {5.8|pp|GG_c} percentage points of the growth, largely because of the European football championship in the summer.

Quarter by quarter, sales were {88.6|y|Q1} billion yuan in the first quarter, up {5.1|p|Q1_gr}%, and {97.3|y|Q2} billion yuan in the second, up {9.8|p|Q2_gr}%, {4.7|pp|Q_acc21} percentage points faster. The third quarter sold {94.5|y|Q3} billion yuan and grew {6.2|p|Q3_gr}%, {3.6|pp|Q_acc32} percentage points slower. The fourth quarter sold {104.8|y|Q4} billion yuan, up {9.0|p|Q4_gr}%, {3.8|pp|Q_acc43} percentage points faster than the third. The average was {96.3|y|Q_avg} billion yuan a quarter.

Public welfare funds raised from sales came to {97.8|y|PWF_r} billion yuan, {25.4|p|PWF_sh}% of sales, up {6.9|p|PWF_gr}%, or {6.3|y|PWF_ch} billion yuan more than in 2023.

Pan Yueming:

On where the money goes, nearly {100|y|q_PWF} billion yuan a year is not a small sum. Half of the central share goes to the national fitness program, and the rest to competitive sports, social security and other public causes. Every yuan is audited.

Dong Haoran:

One more point. We do not sell to anyone under 18. If anyone sees a shop selling to minors or selling on credit, please call our service hotline, 95086.

_ueditor_page_break_tag_

Reuters:

Winter sports were promoted heavily after the Beijing Winter Olympics. Are they still growing? And how are sports goods exports doing? Thank you.

Pan Yueming:

They are. At the end of 2024 the country had {724|ski resorts|RES} ski resorts, {27|ski resorts|RES_ch} more than the {697|ski resorts|RES0} a year before. Skier visits reached {28.4|skier visits|SKI} million in the 2024 season, up {12.7|p|SKI_gr}%, about {3.2|skier visits|SKI_ch} million more. The 9th Asian Winter Games in Harbin this February kept that interest alive.

On exports, sports goods sold abroad were worth {25.87|usd|EXP} billion US dollars, up {3.2|p|EXP_gr}%. Fitness equipment was {8.14|usd|FEQ} billion dollars of it, or {31.5|p|FEQ_sh}% of the total. Demand for treadmills and rowing machines has cooled in Europe, but balls and camping goods did well.

Gao Xinrui:

I would only add that skiing grew nearly {13|p|q_SKI_gr}% without a Winter Olympics. That tells us the demand is real.

_ueditor_page_break_tag_

Phoenix TV:

Which provinces lead the sports industry? Thank you.

Pan Yueming:

Guangdong first. Its sports industry added {213.4|y|GD} billion yuan, {13.2|p|GD_sh}% of the national figure of {1.62|y|VA_r} trillion yuan. Jiangsu followed with {176.8|y|JS} billion yuan and Zhejiang with {131.4|y|ZJ} billion yuan.

Together those three provinces added {541.6|y|THREE} billion yuan. Fujian, with its shoe and sportswear makers in Jinjiang, is close behind, and Shandong is growing fastest in the north.

Qiu Lianfang:

Let me add the people behind the regions. In our cities the share of regular exercisers is already above {40|p|q_URB}%, and it is the villages in the west where we have most to do.

Gao Xinrui:

To close, let me repeat a few figures. An industry with more than {1.6|y|q_VA2} trillion yuan of value added, about {1.2|p|q_VA_sh}% of GDP; nearly {38|p|q_EXR}% of people exercising regularly; and {3|square meters|q_APC} square meters of sports space for every person. We will build on them in the 15th Five-Year Plan period. Thank you.

Hu Kaiwen:

Thank you, Mr. Gao, Mr. Pan, Ms. Qiu and Mr. Dong. Thank you, friends from the media. Today's press conference is concluded. Goodbye.

Translated and edited by Wang Yiran, Deng Hui and Michael Turner. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Hu Kaiwen

/4\u00a0\u00a0\u00a0\u00a0Gao Xinrui

/4\u00a0\u00a0\u00a0\u00a0Pan Yueming

/4\u00a0\u00a0\u00a0\u00a0Qiu Lianfang

/4\u00a0\u00a0\u00a0\u00a0Dong Haoran
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
def shchange(c, s, pg, wg): return ("share-change", [(c, "change"), (s, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def contrib(c, part, pg, whole, wg): return ("contribution", [(c, "contribution"), (part, "part"), (pg, "part-growth"), (whole, "whole"), (wg, "whole-growth")])
def abs_g(c, lvl, g): return ("absolute-change", [(c, "change"), (lvl, "level"), (g, "growth")])
def avg_tc(a, t, n): return ("average", [(a, "average"), (t, "total"), (n, "count")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def cc_p(n, ch, p): return ("count-change", [(n, "count"), (ch, "change"), (p, "previous")])

RELATIONS = [
    # sums
    total("VA", "SV", "MF", "CN"),
    total("LOT", "LG", "GG", "IG"),
    total("LOT", "Q1", "Q2", "Q3", "Q4"),
    total("NAT", "LOT", "WEL"),
    total("RUN", "FULL", "HALF", "OTH"),
    # shares
    share("VA_sh", "VA", "GDP"),
    share("VA_OUT_sh", "VA", "OUT"),
    share("SV_sh", "SV", "VA"),
    share("MF_sh", "MF", "VA"),
    share("CN_sh", "CN", "VA"),
    share("SALES_sh", "SALES", "SV"),
    share("FIT_sh", "FIT", "SV"),
    share("EXR_r", "EXRN", "POP"),
    share("FULL_sh", "FULL", "RUN"),
    share("LOT_sh", "LOT", "NAT"),
    share("GG_sh", "GG", "LOT"),
    share("PWF_sh", "PWF_r", "LOT"),
    share("FEQ_sh", "FEQ", "EXP"),
    share("GD_sh", "GD", "VA_r"),
    # gaps
    gap("VA_gap", "VA_gr", "GDP_gr"),
    gap("SV_MF_gap", "SV_gr", "MF_gr"),
    gap("COMP_gap", "COMP_gr", "TRAIN_gr"),
    gap("UR_gap", "URB", "RUR"),
    gap("EXR_ch", "EXR_r", "EXR0"),
    gap("GG_gap", "GG_gr", "LG_gr"),
    # restatements
    same("VA", "q_VA"), same("VA", "VA_r"), same("VA", "q_VA2"), same("VA_sh", "q_VA_sh"),
    same("SV_sh", "q_SV_sh"), same("EXR", "EXR_r"), same("EXR", "q_EXR"), same("VEN", "VEN_r"),
    same("VEN", "q_VEN"), same("APC", "APC_r"), same("APC", "q_APC"), same("PWF", "PWF_r"),
    same("PWF", "q_PWF"), same("RUN", "q_RUN"), same("SKI_gr", "q_SKI_gr"), same("URB", "q_URB"),
    # growth of a total from its parts
    growth("VA_gr", "SV", "SV_gr", "MF", "MF_gr", "CN", "CN_gr"),
    growth("LOT_gr", "LG", "LG_gr", "GG", "GG_gr", "IG", "IG_gr"),
    growth("LOT_gr", "Q1", "Q1_gr", "Q2", "Q2_gr", "Q3", "Q3_gr", "Q4", "Q4_gr"),
    # share changes
    shchange("SV_shch", "SV_sh", "SV_gr", "VA_gr"),
    shchange("VA_shch", "VA_sh", "VA_gr", "GDP_gr"),
    # accelerations
    accel("Q_acc21", "Q2_gr", "Q1_gr"),
    accel("Q_acc32", "Q3_gr", "Q2_gr"),
    # contributions
    contrib("SV_c", "SV", "SV_gr", "VA", "VA_gr"),
    contrib("MF_c", "MF", "MF_gr", "VA", "VA_gr"),
    contrib("GG_c", "GG", "GG_gr", "LOT", "LOT_gr"),
    # absolute changes
    abs_g("OUT_ch", "OUT", "OUT_gr"),
    abs_g("VA_ch", "VA", "VA_gr"),
    abs_g("FIT_ch", "FIT", "FIT_gr"),
    abs_g("PWF_ch", "PWF_r", "PWF_gr"),
    abs_g("SKI_ch", "SKI", "SKI_gr"),
    # averages
    avg_tc("APC_r", "AREA", "POP"),
    avg_tc("RUN_avg", "RUN", "EV"),
    avg_tc("SPEND_avg", "SPEND", "RUN"),
    avg_items("Q_avg", "Q1", "Q2", "Q3", "Q4"),
    # count changes
    cc_g("VEN_r", "VEN_ch", "VEN_gr"),
    cc_p("VEN_r", "VEN_ch", "VEN0"),
    cc_p("RES", "RES_ch", "RES0"),
    cc_g("INS", "INS_ch", "INS_gr"),
]
PLANTED = [
    ("acceleration", "Q_acc43", ["Q4_gr", "Q3_gr"]),
    ("sum", "THREE", ["GD", "JS", "ZJ"]),
]
