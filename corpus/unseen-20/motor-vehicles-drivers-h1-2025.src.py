TEXT = """
MPS press conference on motor vehicles, drivers and road traffic in H1 2025

Beijing | 10 a.m. July 16, 2025

The Ministry of Public Security (MPS) held a press conference Wednesday in Beijing on motor vehicles, drivers and road traffic safety in the first half of 2025.

Speakers

Li Jianrong, director general of the Traffic Management Bureau of the Ministry of Public Security (MPS)

Ouyang Min, deputy director general of the Traffic Management Bureau of the MPS

Fan Qiao, director of the Road Traffic Safety Research Center of the MPS

Chairperson

Zhang Mingliang, deputy director general of the General Office of the MPS and spokesperson of the MPS

Read in Chinese

Speakers:

Mr. Li Jianrong, director general of the Traffic Management Bureau of the Ministry of Public Security (MPS)

Ms. Ouyang Min, deputy director general of the Traffic Management Bureau of the MPS

Mr. Fan Qiao, director of the Road Traffic Safety Research Center of the MPS

Chairperson:

Mr. Zhang Mingliang, deputy director general of the General Office of the MPS and spokesperson of the MPS

Date:

July 16, 2025


Zhang Mingliang:

Good morning, friends from the press. Welcome to this press conference of the Ministry of Public Security. Every half year we report how many vehicles and drivers there are on China's roads, and how safe those roads have been. Today Mr. Li Jianrong, director general of the Traffic Management Bureau, will give the figures, and he, Ms. Ouyang Min and Mr. Fan Qiao will answer your questions.

Mr. Li, please.

Li Jianrong:

Thank you. Good morning. On the road every number has a face, a family car, a bus driver, a child on the back seat of an e-bike. I will give you the numbers, but please keep the faces in mind.

By the end of June, the country had {460|motor vehicles|MV} million motor vehicles, up {4.3|p|MV_gr}% from a year earlier. Of these, {359|cars|CAR} million were cars, up {4.1|p|CAR_gr}%, and motorcycles, tractors and trailers made up the remaining {101|vehicles|OTH} million, up {5.2|p|OTH_gr}%.

Cars are {78.0|p|CAR_sh}% of all motor vehicles, {0.1|pp|CAR_shch} percentage point less than a year ago, because the other vehicles grew {1.1|pp|OTH_gap} percentage points faster. Motorcycles are back, mostly for deliveries and in the countryside.

New-energy vehicles numbered {36.89|vehicles|NEV} million, or {10.27|p|NEV_sh}% of all cars. Pure electric vehicles accounted for {25.53|vehicles|BEV} million of them, or {69.2|p|BEV_sh}%, and plug-in hybrids and the others for {11.36|vehicles|NEVo} million.

In the first half, {16.88|vehicles|NMV} million motor vehicles were newly registered, {12.50|cars|NCAR} million of them cars. That is {74.1|p|NCAR_sh}% of all new registrations, and the other {4.38|vehicles|NOTH} million were mostly motorcycles. New car registrations grew {7.4|p|NCAR_gr}%.

New-energy vehicles newly registered reached {5.622|vehicles|NNEV} million, up {27.86|p|NNEV_gr}%, {22.5|pp|NNEV_gap} percentage points faster than new cars as a whole. They made up {44.97|p|NNEV_sh}% of all new car registrations.

As for drivers, the country had {556|drivers|DRV} million, up {4.3|p|DRV_gr}% year on year, or about {23|drivers|DRV_ch} million drivers more. Car drivers numbered {518|drivers|CDRV} million, {93.2|p|CDRV_sh}% of the total. In the first half, {13.01|people|NDRV} million people got a licence for the first time.

For road safety, the trend is down. Accidents that killed three or more people numbered {86|accidents|ACC}, {12|accidents|ACC_ch} fewer than a year earlier, a decline of {12.2|p|ACC_gr}%. They claimed {331|lives|DTH} lives, down {14.7|p|DTH_gr}%, or {57|lives|DTH_ch} fewer. That is still {3.8|deaths|DTH_avg} deaths per accident, and each one is one too many. That is the overview, and we are glad to take your questions.

Zhang Mingliang:

Thank you, Mr. Li. The floor is now open. Please name your news organization before you ask.

_ueditor_page_break_tag_

CCTV:

More than {10|p|q_NEV_sh}% of cars are now new-energy vehicles. How fast is that share rising? Thank you.

Ouyang Min:

Thank you for the question. To be exact, the stock of new-energy vehicles rose {49.2|p|NEV_gr}% year on year, which is {45.1|pp|NEV_gap} percentage points faster than the car fleet. A year ago there were {24.72|vehicles|NEV_prev} million of them, so the fleet has {12.17|vehicles|NEV_ch} million more.

Their share of all cars went up {3.1|pp|NEV_shch} percentage points in twelve months. New-energy vehicles alone accounted for {3.5|pp|NEV_c} percentage points of the growth of the car fleet.

In the first half alone, the stock grew by {5.49|vehicles|NEV_h1} million from the {31.4|vehicles|NEV_end} million at the end of last year.

On new registrations, let me separate two things. The new-energy share of new cars rose {7.2|pp|NNEV_shch} percentage points from a year earlier, and these vehicles added {10.5|pp|NNEV_c} percentage points to the growth of new car registrations. Fuel cars registered for the first time came to {6.88|vehicles|NFUEL} million, down {5.0|p|NFUEL_gr}%, and pulled that growth down by {3.1|pp|NFUEL_c} percentage points. In absolute terms, about {1.2|vehicles|NNEV_ch} million more new-energy vehicles were registered than in the first half of last year.

_ueditor_page_break_tag_

Reuters:

New-energy growth was {24.6|p|q_JNEV_gr}% in June, below the first half. Is the market cooling? Thank you.

Ouyang Min:

June is one month, so I would not read too much into it. In June, {2.31|cars|JCAR} million new cars were registered, and {1.06|vehicles|JNEV} million of them were new-energy vehicles, {45.9|p|JNEV_sh}% of the month's total, higher than the share for the half-year.

June's new-energy registrations grew {24.6|p|JNEV_gr}%, which is {3.3|pp|JNEV_gap} percentage points below the pace of the half-year and {6.6|pp|JNEV_acc} percentage points slower than in May, when growth was {31.2|p|MNEV_gr}%. The base was high: last June was a strong month. Even so, June brought about {210,000|vehicles|JNEV_ch} more new-energy vehicles than a year before.

June alone made up {18.9|p|JNEV_hsh}% of the half-year's new-energy registrations. For all new cars, growth in the half-year was {1.8|pp|NCAR_acc} percentage points faster than in the first quarter, when it was {5.6|p|Q1NCAR_gr}%.

So my answer is no. More than {5.62|vehicles|NNEV_r} million new-energy vehicles in six months, nearly {45|p|NNEV_sh_r}% of new cars: I would not call that cooling.

_ueditor_page_break_tag_

Economic Daily:

Which cities have the most cars, and how many cities have more than a million? Thank you.

Ouyang Min:

{100|cities|CITY1} cities now have a million cars or more each, {4|cities|CITY1_ch} more than a year earlier, when there were {96|cities|CITY1_prev}. Of them, {45|cities|CITY2} have two million or more, and {25|cities|CITY3} have three million or more.

The largest is Chengdu, with {6.62|cars|CD} million cars. Then come Beijing with {6.36|cars|BJ} million, Chongqing with {6.11|cars|CQ} million and Shanghai with {5.68|cars|SH} million.

Those four cities have {24.77|cars|TOP4} million cars between them, or {6.9|p|TOP4_sh}% of the national total. Suzhou, Zhengzhou, Xi'an, Wuhan and Shenzhen follow. The car has long stopped being only a big-city thing: most of the newcomers to the list are prefecture-level cities in the central and western regions.

_ueditor_page_break_tag_

China Daily:

The used-car market is growing. What do the registration figures show? Thank you.

Ouyang Min:

In the first half, {17.86|vehicles|TR} million vehicles changed owners through transfer registration, up {5.9|p|TR_gr}%, nearly {1|vehicles|TR_ch} million more than a year earlier. Cars were {16.43|cars|TRC} million of them, or {92.0|p|TRC_sh}%.

Since last year a used car can be transferred in another city without driving it back, and that matters. Transfers between cities reached {5.02|vehicles|XC} million, up {13.6|p|XC_gr}%, {7.7|pp|XC_gap} percentage points faster than transfers overall. They now take {28.1|p|XC_sh}% of the total, {1.9|pp|XC_shch} percentage points more than a year ago, and they contributed {3.6|pp|XC_c} percentage points of that {5.9|p|TR_gr_r}% growth. Transfers inside one city came to {12.84|vehicles|WC} million, up {3.2|p|WC_gr}%.

_ueditor_page_break_tag_

The Paper:

How many drivers carry an electronic driving licence now? Thank you.

Li Jianrong:

{512|drivers|EDL} million drivers have applied for one, {92.1|p|EDL_sh}% of all licensed drivers. You can show it on your phone at a checkpoint, rent a car with it, and use it in a hotel. Six years ago this was a pilot in three cities.

Most services now go through the Traffic Management 12123 app. People renew licences, pay fines and book tests there without queuing. For an accident with no injuries, drivers can settle it on the app in a few minutes and clear the lane, or call 122.

_ueditor_page_break_tag_

Xinhua News Agency:

Traffic on the May Day and Dragon Boat holidays was heavy. How did it go? Thank you.

Li Jianrong:

I'll be blunt: holidays are the hardest days of our year. On the three days of the Dragon Boat Festival, expressways carried {64.2|vehicles|DB1} million, {68.9|vehicles|DB2} million and {60.1|vehicles|DB3} million vehicles, an average of {64.4|vehicles|DB_avg} million vehicles a day.

Over the May Day holiday we put more than {1.3|police officers|MD_POL} million police officers on the roads each day, and no accident on the expressways killed three or more people.

Fan Qiao:

If I may add the research side, our models look at where the jams form. Most holiday accidents happen in the last hours of a trip, when drivers are tired and hurry home. That is where the patrols go now.

_ueditor_page_break_tag_

Phoenix TV:

E-bikes are everywhere. What is being done about their safety? Thank you.

Fan Qiao:

There are more than {350|e-bikes|EB} million e-bikes in China, more than there are cars. The data tell a careful story. The new national standard, GB 17761-2024, takes effect on Sept 1, and old bikes that meet the earlier rules can be sold until Dec 1.

Helmet use among riders was {86.5|p|HELM}% in our June survey, up from {79.3|p|HELM_prev}% a year before. Deaths of e-bike riders fell {9.4|p|EBD_gr}%.

The trade-in program helped. By the end of June, {7.46|e-bikes|EB_TI} million old e-bikes had been traded in for new ones.

_ueditor_page_break_tag_

Beijing Youth Daily:

There are more older drivers every year. Will there be new rules for them? Thank you.

Li Jianrong:

Of our {556|drivers|DRV_r} million drivers, {23.65|drivers|OLD} million are aged 60 and above, {4.3|p|OLD_sh}% of the total. Most of them, {22.03|drivers|OLD6} million, are aged 60 to 69, and {1.62|drivers|OLD7} million are 70 and above.

Drivers aged 70 and above must pass a physical check every year and a memory and reaction test. We are not taking licences away because of a birthday. Fan Qiao's team is studying how older people drive, and his answer, so far, is that they drive slower and safer than the young, except at night and at complex junctions.

_ueditor_page_break_tag_

21st Century Business Herald:

How is technology changing enforcement? Thank you.

Fan Qiao:

Our cameras now do more than catch speeders. In the first half, signals at {38,000|intersections|INT} intersections were tuned by computers that read the traffic in real time.

Li Jianrong:

May I add the numbers from the registry. The number of car drivers rose {4.0|p|CDRV_gr}% year on year, and the other {38|drivers|ODRV} million, mostly motorcycle drivers, rose {8.9|p|ODRV_gr}%. We processed the licences of {13|drivers|NDRV_r} million new drivers in the half-year, that is, in {181|days|DAYS} days, or about {72,000|drivers|NDRV_avg} a day.

Our fleet of {369|cars|CAR_r} million cars needs more parking, more chargers and better roads, and we will keep working with the other ministries on all three.

_ueditor_page_break_tag_

Legal Daily:

The number of serious accidents fell. Was it luck? Thank you.

Fan Qiao:

No. The fall in deaths was {2.5|pp|DTH_gap} percentage points larger than the fall in accidents, because ambulances arrive faster and cars are safer. Accidents that killed three or more fell to {86|accidents|ACC_r}. Our target for the year is not a number but a direction.

Zhang Mingliang:

Thank you, Mr. Li, Ms. Ouyang and Mr. Fan. Thank you, friends from the media. Today's press conference is concluded.

Translated and edited by Guo Xiaohan, Zhou Jin and Daniel Rhodes. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Zhang Mingliang

/4\u00a0\u00a0\u00a0\u00a0Li Jianrong

/4\u00a0\u00a0\u00a0\u00a0Ouyang Min

/4\u00a0\u00a0\u00a0\u00a0Fan Qiao
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
def contrib_pw(c, part, pg, whole, wg): return ("contribution", [(c, "contribution"), (part, "part"), (pg, "part-growth"), (whole, "whole"), (wg, "whole-growth")])
def abs_g(c, lvl, g): return ("absolute-change", [(c, "change"), (lvl, "level"), (g, "growth")])
def avg_tc(a, t, n): return ("average", [(a, "average"), (t, "total"), (n, "count")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def cc_p(n, ch, p): return ("count-change", [(n, "count"), (ch, "change"), (p, "previous")])

RELATIONS = [
    # sums
    total("MV", "CAR", "OTH"),
    total("NEV", "BEV", "NEVo"),
    total("NMV", "NCAR", "NOTH"),
    total("NCAR", "NNEV", "NFUEL"),
    total("DRV", "CDRV", "ODRV"),
    total("TR", "WC", "XC"),
    total("TOP4", "CD", "BJ", "CQ", "SH"),
    total("OLD", "OLD6", "OLD7"),
    # shares
    share("CAR_sh", "CAR", "MV"),
    share("NEV_sh", "NEV", "CAR"),
    share("BEV_sh", "BEV", "NEV"),
    share("NCAR_sh", "NCAR", "NMV"),
    share("NNEV_sh", "NNEV", "NCAR"),
    share("JNEV_sh", "JNEV", "JCAR"),
    share("JNEV_hsh", "JNEV", "NNEV"),
    share("CDRV_sh", "CDRV", "DRV"),
    share("TOP4_sh", "TOP4", "CAR"),
    share("TRC_sh", "TRC", "TR"),
    share("XC_sh", "XC", "TR"),
    share("EDL_sh", "EDL", "DRV"),
    share("OLD_sh", "OLD", "DRV_r"),
    # gaps
    gap("OTH_gap", "OTH_gr", "CAR_gr"),
    gap("NEV_gap", "NEV_gr", "CAR_gr"),
    gap("JNEV_gap", "NNEV_gr", "JNEV_gr"),
    gap("XC_gap", "XC_gr", "TR_gr"),
    gap("DTH_gap", "DTH_gr", "ACC_gr"),
    # restatements
    same("NEV_sh", "q_NEV_sh"),
    same("JNEV_gr", "q_JNEV_gr"),
    same("NNEV", "NNEV_r"),
    same("NNEV_sh", "NNEV_sh_r"),
    same("TR_gr", "TR_gr_r"),
    same("DRV", "DRV_r"),
    same("NDRV", "NDRV_r"),
    same("ACC", "ACC_r"),
    # growth of a total from its parts
    growth("MV_gr", "CAR", "CAR_gr", "OTH", "OTH_gr"),
    growth("NCAR_gr", "NNEV", "NNEV_gr", "NFUEL", "NFUEL_gr"),
    growth("TR_gr", "WC", "WC_gr", "XC", "XC_gr"),
    growth("DRV_gr", "CDRV", "CDRV_gr", "ODRV", "ODRV_gr"),
    # share changes
    shchange("CAR_shch", "CAR_sh", "CAR_gr", "MV_gr"),
    shchange("NEV_shch", "NEV_sh", "NEV_gr", "CAR_gr"),
    shchange("NNEV_shch", "NNEV_sh", "NNEV_gr", "NCAR_gr"),
    shchange("XC_shch", "XC_sh", "XC_gr", "TR_gr"),
    # accelerations
    accel("JNEV_acc", "JNEV_gr", "MNEV_gr"),
    accel("NCAR_acc", "NCAR_gr", "Q1NCAR_gr"),
    # contributions
    contrib_pw("NEV_c", "NEV", "NEV_gr", "CAR", "CAR_gr"),
    contrib_pw("NNEV_c", "NNEV", "NNEV_gr", "NCAR", "NCAR_gr"),
    contrib_pw("NFUEL_c", "NFUEL", "NFUEL_gr", "NCAR", "NCAR_gr"),
    contrib_pw("XC_c", "XC", "XC_gr", "TR", "TR_gr"),
    # absolute changes
    abs_g("DRV_ch", "DRV", "DRV_gr"),
    abs_g("NNEV_ch", "NNEV", "NNEV_gr"),
    abs_g("JNEV_ch", "JNEV", "JNEV_gr"),
    abs_g("TR_ch", "TR", "TR_gr"),
    # averages
    avg_tc("DTH_avg", "DTH", "ACC"),
    avg_items("DB_avg", "DB1", "DB2", "DB3"),
    avg_tc("NDRV_avg", "NDRV", "DAYS"),
    # count changes
    cc_g("NEV", "NEV_ch", "NEV_gr"),
    cc_p("NEV", "NEV_ch", "NEV_prev"),
    cc_p("NEV", "NEV_h1", "NEV_end"),
    cc_p("CITY1", "CITY1_ch", "CITY1_prev"),
    cc_g("ACC", "ACC_ch", "ACC_gr"),
    cc_g("DTH", "DTH_ch", "DTH_gr"),
]
PLANTED = [
    ("gap", "NNEV_gap", ["NNEV_gr", "NCAR_gr"]),
    ("restatement", "CAR_r", ["CAR"]),
]
