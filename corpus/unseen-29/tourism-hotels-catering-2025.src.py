TEXT = """
Press conference on the accommodation and catering trades from January to September 2025

Beijing | 3 p.m. October 22, 2025

The Ministry of Culture and Tourism (MCT) and the National Bureau of Statistics (NBS) held a joint press conference on Wednesday afternoon in Beijing on hotels, restaurants and inbound travel in the first three quarters of 2025.

Speakers

Gao Mingyuan, vice minister of Culture and Tourism

Pan Shuhui, director general of the Department of Trade and External Economic Relations Statistics of the National Bureau of Statistics (NBS)

Lu Xiaotong, director general of the Department of Market Management of the Ministry of Culture and Tourism (MCT)

Chairperson

Zheng Ruolan, deputy director general of the General Office of the MCT and spokesperson of the MCT

Read in Chinese

Speakers:

Mr. Gao Mingyuan, vice minister of Culture and Tourism

Ms. Pan Shuhui, director general of the Department of Trade and External Economic Relations Statistics of the National Bureau of Statistics (NBS)

Mr. Lu Xiaotong, director general of the Department of Market Management of the Ministry of Culture and Tourism (MCT)

Chairperson:

Ms. Zheng Ruolan, deputy director general of the General Office of the MCT and spokesperson of the MCT

Date:

October 22, 2025


Zheng Ruolan:

Good afternoon, friends from the media. The holiday crowds have gone home and the figures for the first nine months are in. Vice Minister Gao Mingyuan will open with an overview, after which he, Ms. Pan Shuhui and Mr. Lu Xiaotong will take your questions.

Vice Minister Gao, the floor is yours.

Gao Mingyuan:

Thank you. A hotel lives by the lights in its windows at night, and this year more of those lights stayed on.

From January to September, catering enterprises above designated size took in {1.22|y|C_o} trillion yuan, up {4.1|p|Cg}% year on year. Hotels above designated size earned {486.5|y|H} billion yuan, an increase of {2.1|p|Hg}%. Taken together, the two trades brought in {1,708.3|y|AC} billion yuan, {3.5|p|ACg}% more than in the same period last year.

Star-rated hotels filled {61.4|p|OCC}% of their rooms on average, and the average daily room rate was {352|y|ADR} yuan, up {1.4|p|ADRg}%.

The country had {8,180|hotels|S} star-rated hotels with {1.27|rooms|ROOMS} million guest rooms and {2.04|beds|BEDS} million beds. They employed {1.18|people|EMP} million people.

Travellers from outside the mainland made {98.62|visits|I} million inbound visits, up {16.4|p|Ig}%. Of them, foreign nationals accounted for {24.23|visits|FOR} million, and their number grew {36.8|p|FORg}%.

Over the eight-day National Day and Mid-Autumn holiday, residents made {888|trips|GW} million domestic trips and spent {809.0|y|GWS} billion yuan. A guest who comes back is worth more than a guest who comes once, and many came back.

Zheng Ruolan:

Thank you, Vice Minister Gao. Questions, please. Kindly name your outlet first.

_ueditor_page_break_tag_

Xinhua News Agency:

Revenue from eating out grew {4.1|p|Cg_q}%. Which kinds of dining are doing the lifting? Thank you.

Pan Shuhui:

Let me read the exact figures by format, on a comparable basis.

Restaurants serving full meals took {812.6|y|R} billion yuan, up {3.4|p|Rg}%. That is {66.5|p|R_sh}% of catering revenue, and it added {2.3|pp|R_c} percentage points to the growth, although it ran {0.7|pp|R_gap} percentage point behind the trade as a whole.

Fast food brought in {246.3|y|F} billion yuan, up {5.8|p|Fg}%, {1.7|pp|F_gap} percentage points faster than catering overall. Its share is {20.2|p|F_sh}%, {0.3|pp|F_shch} percentage point more than a year ago.

Beverage shops, the tea and coffee chains, earned {98.7|y|B} billion yuan and grew {9.6|p|Bg}%, {6.5|pp|B_gap} percentage points faster than catering. They now hold {8.1|p|B_sh}%, a gain of {0.4|pp|B_shch} percentage point, and they contributed {0.7|pp|B_c} percentage point.

The rest is group catering for canteens and schools: {64.2|y|G} billion yuan, down {1.8|p|Gg}%, or {5.3|p|G_sh}% of the total. It trailed the trade by {5.9|pp|G_gap} percentage points and took {0.1|pp|G_c} percentage point off the growth.

Add the four and you get {1,221.8|y|C} billion yuan, which is {47.7|y|C_ch} billion yuan more than a year earlier.

_ueditor_page_break_tag_

CCTV:

Hotels earned {486.5|y|H_q} billion yuan, but growth was slower than in restaurants. How full were the rooms? Thank you.

Lu Xiaotong:

Ask any innkeeper and he will tell you the spring was thin and the summer was thick.

Occupancy in star-rated hotels was {54.2|p|OQ1}% in the first quarter and {58.6|p|OQ2}% in the second. In the third quarter it was {68.4|p|OJUL}% in July, {71.9|p|OAUG}% in August and {58.0|p|OSEP}% in September, an average of {66.1|p|OQ3}%, or {7.5|pp|OQ_acc} percentage points above the second quarter.

For the nine months, occupancy of {61.4|p|OCC_r}% compares with {59.6|p|OCC_prev}% a year earlier, a gain of {1.8|pp|OCC_ch} percentage points.

Room rates held up. A guest paid {352|y|ADR_r} yuan a night on average, about {4.9|y|ADR_ch} yuan more than last year.

Hotels made up {28.5|p|H_sh}% of the two trades' revenue and added {0.6|pp|H_c} percentage point to their combined growth.

_ueditor_page_break_tag_

China Daily:

How many star-rated hotels are there now, and at what levels? Thank you.

Lu Xiaotong:

There are {812|hotels|S5} five-star hotels, {2,316|hotels|S4} four-star, {3,903|hotels|S3} three-star and {1,149|hotels|S12} with one or two stars.

The five-star group is {9.9|p|S5_sh}% of the total and the four-star group {28.3|p|S4_sh}%. Five-star hotels numbered {793|hotels|S5_prev} a year ago, so {19|hotels|S5_ch} have been added.

The total of {8,180|hotels|S_r} is {127|hotels|S_ch} fewer than a year earlier, a decline of {1.5|p|S_g}%. Small hotels that never renewed their stars make up most of the difference.

On average a star-rated hotel has about {155|rooms|ROOMS_avg} rooms, and each room has {1.6|beds|BEDS_avg} beds.

Gao Mingyuan:

May I add one thing? Staff numbers rose to {1.18|people|EMP_r} million, about {30,000|people|EMP_ch} more than a year earlier, or {2.6|p|EMP_g}%. A room is only as good as the person who makes the bed.

_ueditor_page_break_tag_

China News Service:

Where do the inbound visitors come from? Thank you.

Pan Shuhui:

Compatriots from Hong Kong made {52.18|visits|HK} million visits, up {12.1|p|HKg}%. Those from Macao made {17.34|visits|MO} million, up {9.4|p|MOg}%, and from Taiwan {4.87|visits|TW} million, up {5.2|p|TWg}%.

Hong Kong and Macao together account for {69.52|visits|HKMO} million. Hong Kong alone is {52.9|p|HK_sh}% of all inbound visits, although its share slipped {2.0|pp|HK_shch} percentage points. It contributed {6.6|pp|HK_c} percentage points to the growth.

Foreign nationals made {24.23|visits|FOR_r} million visits. That is {24.6|p|FOR_sh}% of the {98.62|visits|I_r} million, and their share rose by {3.7|pp|FOR_shch} percentage points. Their growth was {20.4|pp|FOR_gap} percentage points above the overall rate, and they added {7.7|pp|FOR_c} percentage points to it.

In exact terms, there were {6.52|visits|FOR_ch} million more foreign visits than a year before.

_ueditor_page_break_tag_

The Paper:

How much of this comes from the visa-free policy? Thank you.

Gao Mingyuan:

A great deal. Doors that open easily get walked through.

Entries under visa-free arrangements reached {17.46|entries|VF} million, {72.1|p|VF_sh}% of foreign visits. They rose by {6.11|entries|VF_ch} million, or {53.9|p|VF_g}%.

That growth is {17.1|pp|VF_gap} percentage points higher than for foreign visitors as a whole. Close to {25|visits|FOR_r2} million foreign visits in nine months is a figure we would not have dared to forecast two years ago.

_ueditor_page_break_tag_

Economic Daily:

The golden week was crowded. Did people spend? Thank you.

Lu Xiaotong:

They did, though they counted their change. The {888|trips|GW_r} million trips were {52.6|trips|GW_ch} million more than last year, an increase of {6.3|p|GW_g}%.

Spending rose {7.0|p|GWS_g}% to {809.0|y|GWS_r} billion yuan, about {53|y|GWS_ch} billion yuan more. Per trip, that is {911|y|GW_pt} yuan, up only {0.7|p|GW_pt_g}%.

Over the {8|days|GW_days} days, about {111|trips|GW_pd} million trips were made a day.

Hotels were fuller than at any time this year: occupancy reached {78.3|p|OGW}%, {16.9|pp|OGW_gap} percentage points above the nine-month average.

_ueditor_page_break_tag_

21st Century Business Herald:

How big is online ordering in catering now? Thank you.

Pan Shuhui:

Let me be exact. Catering revenue from online orders was {267.3|y|ON} billion yuan, up {12.4|p|ONg}%.

It makes up {21.9|p|ON_sh}% of catering revenue, {1.6|pp|ON_shch} percentage points more than a year before. Online orders contributed {2.5|pp|ON_c} percentage points of the growth, and they grew {8.3|pp|ON_gap} percentage points faster than catering as a whole.

Platforms handled {7.02|orders|ORD} billion orders, worth {38.1|y|ORD_avg} yuan each on average.

_ueditor_page_break_tag_

People's Daily:

Did growth speed up or slow down over the summer? Thank you.

Pan Shuhui:

Month by month, catering revenue grew {3.1|p|CJUL}% in July and {2.4|p|CAUG}% in August. In September it rose {4.6|p|CSEP}%, which is {2.2|pp|C_acc} percentage points faster than in August, helped by the Mid-Autumn Festival.

The number of catering enterprises above designated size reached {41,276|enterprises|E}, up {4.7|p|E_g}%, which means {1,854|enterprises|E_ch} more. On average each of them took in {29.6|y|E_avg} million yuan.

_ueditor_page_break_tag_

Hong Kong Commercial Daily:

Are hotels in smaller cities keeping up? Thank you.

Lu Xiaotong:

Slowly. Of the {8,810|hotels|S_bad} star-rated hotels, more than half are outside the provincial capitals, and they fill fewer rooms.

Occupancy there was lower than the {61.4|p|OCC_r2}% national figure, but rates rose faster. An innkeeper in a county town told me: a full house on the weekend pays for a quiet Tuesday.

_ueditor_page_break_tag_

Beijing Youth Daily:

What will you do before the winter season? Thank you.

Gao Mingyuan:

We will keep the doors open and the prices honest. More than {1.2|y|C_r} trillion yuan of catering and about {1.7|y|AC_r} trillion yuan for the two trades together show what the market can carry.

Nearly {100|visits|I_r2} million inbound visits and over {8,000|hotels|S_r2} star-rated hotels: these are numbers we intend to grow, not to rest on.

Zheng Ruolan:

Thank you, Vice Minister Gao, Ms. Pan and Mr. Lu, and thank you all. This concludes today's press conference.

Translated and edited by Wang Yiran, Zhou Lin and Daniel Hart. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Zheng Ruolan

/4\u00a0\u00a0\u00a0\u00a0Gao Mingyuan

/4\u00a0\u00a0\u00a0\u00a0Pan Shuhui

/4\u00a0\u00a0\u00a0\u00a0Lu Xiaotong
"""

# ---- relation builders (ids refer to the inline marks above) ----
def add(total, *parts):
    return ("sum", [(total, "total")] + [(p, "part") for p in parts])
def portion(share, part, whole):
    return ("share", [(share, "share"), (part, "part"), (whole, "whole")])
def again(first, restated):
    return ("restatement", [(first, "first"), (restated, "restated")])
def apart(gap, rate, base):
    return ("gap", [(gap, "gap"), (rate, "rate"), (base, "base-rate")])
def speedup(change, later, earlier):
    return ("acceleration", [(change, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def growth_of(total_growth, *pairs):
    out = [(total_growth, "total-growth")]
    for i in range(0, len(pairs), 2):
        out += [(pairs[i], "part"), (pairs[i + 1], "part-growth")]
    return ("growth", out)
def share_move(change, part, whole, pg, wg):
    return ("share-change", [(change, "change"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def share_move_s(change, share, pg, wg):
    return ("share-change", [(change, "change"), (share, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def pulls(c, part, whole, pg, wg):
    return ("contribution", [(c, "contribution"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def pulls_s(c, share, pg, wg):
    return ("contribution", [(c, "contribution"), (share, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def moved(change, level, growth):
    return ("absolute-change", [(change, "change"), (level, "level"), (growth, "growth")])
def moved_from(change, level, previous):
    return ("absolute-change", [(change, "change"), (level, "level"), (previous, "previous")])
def mean_of(avg, *items):
    return ("average", [(avg, "average")] + [(i, "item") for i in items])
def per(avg, total, count):
    return ("average", [(avg, "average"), (total, "total"), (count, "count")])
def count_g(count, change, growth):
    return ("count-change", [(count, "count"), (change, "change"), (growth, "growth")])
def count_p(count, change, previous):
    return ("count-change", [(count, "count"), (change, "change"), (previous, "previous")])
RELATIONS = [
    # sums
    add("C", "R", "F", "B", "G"),
    add("AC", "C", "H"),
    add("S", "S5", "S4", "S3", "S12"),
    add("I", "HK", "MO", "TW", "FOR_r"),
    add("HKMO", "HK", "MO"),
    # shares
    portion("R_sh", "R", "C"),
    portion("F_sh", "F", "C"),
    portion("B_sh", "B", "C"),
    portion("G_sh", "G", "C"),
    portion("H_sh", "H", "AC"),
    portion("S5_sh", "S5", "S_r"),
    portion("S4_sh", "S4", "S_r"),
    portion("HK_sh", "HK", "I"),
    portion("FOR_sh", "FOR_r", "I_r"),
    portion("VF_sh", "VF", "FOR_r"),
    portion("ON_sh", "ON", "C"),
    # gaps
    apart("R_gap", "Rg", "Cg"),
    apart("F_gap", "Fg", "Cg"),
    apart("G_gap", "Gg", "Cg"),
    apart("FOR_gap", "FORg", "Ig"),
    apart("VF_gap", "VF_g", "FORg"),
    apart("OGW_gap", "OGW", "OCC"),
    apart("ON_gap", "ONg", "Cg"),
    # growth of totals
    growth_of("Cg", "R", "Rg", "F", "Fg", "B", "Bg", "G", "Gg"),
    growth_of("ACg", "C", "Cg", "H", "Hg"),
    growth_of("Ig", "HK", "HKg", "MO", "MOg", "TW", "TWg", "FOR_r", "FORg"),
    # share changes
    share_move("F_shch", "F", "C", "Fg", "Cg"),
    share_move_s("B_shch", "B_sh", "Bg", "Cg"),
    share_move("HK_shch", "HK", "I", "HKg", "Ig"),
    share_move("FOR_shch", "FOR_r", "I_r", "FORg", "Ig"),
    share_move("ON_shch", "ON", "C", "ONg", "Cg"),
    # accelerations
    speedup("OQ_acc", "OQ3", "OQ2"),
    speedup("OCC_ch", "OCC_r", "OCC_prev"),
    speedup("C_acc", "CSEP", "CAUG"),
    # contributions
    pulls("R_c", "R", "C", "Rg", "Cg"),
    pulls_s("B_c", "B_sh", "Bg", "Cg"),
    pulls("G_c", "G", "C", "Gg", "Cg"),
    pulls("H_c", "H", "AC", "Hg", "ACg"),
    pulls("HK_c", "HK", "I", "HKg", "Ig"),
    pulls("FOR_c", "FOR_r", "I_r", "FORg", "Ig"),
    pulls("ON_c", "ON", "C", "ONg", "Cg"),
    # absolute changes
    moved("C_ch", "C", "Cg"),
    moved("ADR_ch", "ADR_r", "ADRg"),
    moved("FOR_ch", "FOR_r", "FORg"),
    moved("GWS_ch", "GWS_r", "GWS_g"),
    # averages
    mean_of("OQ3", "OJUL", "OAUG", "OSEP"),
    per("ROOMS_avg", "ROOMS", "S"),
    per("BEDS_avg", "BEDS", "ROOMS"),
    per("GW_pt", "GWS_r", "GW_r"),
    per("GW_pd", "GW_r", "GW_days"),
    per("ORD_avg", "ON", "ORD"),
    per("E_avg", "C", "E"),
    # count changes
    count_g("S_r", "S_ch", "S_g"),
    count_p("S5", "S5_ch", "S5_prev"),
    count_g("EMP_r", "EMP_ch", "EMP_g"),
    count_g("VF", "VF_ch", "VF_g"),
    count_g("GW_r", "GW_ch", "GW_g"),
    count_g("E", "E_ch", "E_g"),
    # restatements
    again("Cg", "Cg_q"),
    again("C_o", "C"),
    again("H", "H_q"),
    again("OCC", "OCC_r"),
    again("S", "S_r"),
    again("C", "C_r"),
    again("AC", "AC_r"),
    again("I", "I_r2"),
    again("S", "S_r2"),
    again("FOR", "FOR_r2"),
]
PLANTED = [
    ("gap", "B_gap", ["Bg", "Cg"]),
    ("restatement", "S_bad", ["S"]),
]
