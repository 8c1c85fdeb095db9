TEXT = """
Press conference on urban public transport and rail transit in the first half of 2025

Beijing | 3 p.m. July 25, 2025

The Ministry of Transport (MOT) held a press conference on Friday in Beijing to report on urban rail transit, buses, taxis and ferries and the passengers they carried in the first half of 2025.

Speakers

Zhou Minghui, director general of the Department of Transport Services of the Ministry of Transport (MOT)

Liang Ruoxi, deputy director general of the Department of Transport Services of the MOT

Ke Jianping, chief engineer of the Transport Planning and Research Institute of the MOT

Chairperson

Gao Yifan, deputy director general of the Department of Policy Research of the MOT and spokesperson of the MOT

Read in Chinese

Speakers:

Mr. Zhou Minghui, director general of the Department of Transport Services of the Ministry of Transport (MOT)

Ms. Liang Ruoxi, deputy director general of the Department of Transport Services of the MOT

Mr. Ke Jianping, chief engineer of the Transport Planning and Research Institute of the MOT

Chairperson:

Mr. Gao Yifan, deputy director general of the Department of Policy Research of the MOT and spokesperson of the MOT

Date:

July 25, 2025


Gao Yifan:

Good afternoon. Most of you came here today by metro or by bus, so you already know part of the story. Director General Zhou Minghui will tell you the rest, and then he, Deputy Director General Liang Ruoxi and Chief Engineer Ke Jianping will take your questions.

Director General Zhou, please.

Zhou Minghui:

Thank you. I drove a bus in Jinan for three years before I came to the ministry, so forgive me if I count in passengers rather than in kilometers.

By the end of June, {58|cities|CITIES} cities on the Chinese mainland had urban rail transit in operation, with {333|lines|LINES} lines and {11,198.4|kilometers|KM} kilometers of route.

In the first half, urban public transport carried {50.46|person-times|TRIPS} billion person-times, up {1.6|p|gTRIPS}% year on year. Rail transit carried {16.05|person-times|RAIL} billion person-times, up {4.6|p|gRAIL}%, and buses {18.84|person-times|BUS} billion, down {1.9|p|gBUS}%.

There were {682,400|buses|BUSES} buses in service, and {81.5|p|NE_sh}% of them ran on new energy.

The morning rush hour is where we are judged. Nobody on a crowded platform at 8 a.m. cares about our annual report.

Gao Yifan:

Thank you, Director General Zhou. Questions, please, and tell us which outlet you are from.

_ueditor_page_break_tag_

Xinhua News Agency:

Rail transit grew {4.6|p|gRAIL_q}% while bus travel shrank. Is the metro taking passengers from the bus? Thank you.

Liang Ruoxi:

In part, yes. Let me give the figures first and the reasons after.

Rail transit carried {16.05|person-times|RAIL_r} billion person-times, {31.8|p|RAIL_sh}% of all trips by urban public transport, {0.9|pp|RAIL_shch} percentage point more than a year earlier. It grew {3.0|pp|RAIL_gap} percentage points faster than the total and supplied {1.4|pp|RAIL_c} percentage points of its growth, or about {706|trips|RAIL_rise} million more trips.

Buses carried {18.84|person-times|BUS_r} billion person-times, a decline of {1.9|p|gBUS_r}%, {3.5|pp|BUS_gap} percentage points behind the total. They are still the largest mode at {37.3|p|BUS_sh}% of trips, but that share fell {1.3|pp|BUS_shch} percentage points, and buses took {0.7|pp|BUS_c} percentage point off the growth. That is about {365|trips|BUS_fall} million fewer trips.

Rail and bus together carried {34.89|person-times|BR} billion person-times, {69.1|p|BR_sh}% of the total. Taxis, ride-hailing cars included, carried {15.31|person-times|TAXI} billion, up {2.8|p|gTAXI}%, and ferries {260|person-times|FERRY} million, up {6.1|p|gFERRY}%.

The reasons: new lines opened, and many cities moved bus routes so that they feed the stations instead of running beside the tracks.

_ueditor_page_break_tag_

CCTV:

How is the rail network made up? People talk about the metro, but there are trams and maglev lines too. Thank you.

Ke Jianping:

There are six kinds of system, and every one has its engineers who think theirs is the best.

Of the {11,198.4|kilometers|KM_r} kilometers in operation, metro lines make up {8,972.1|kilometers|METRO} kilometers, or {80.1|p|METRO_sh}%. Suburban rapid rail adds {1,231.6|kilometers|SUB} kilometers, {11.0|p|SUB_sh}% of the network.

The other four systems run {994.7|kilometers|FOUR} kilometers between them: trams {585.7|kilometers|TRAM} kilometers, light rail {238.5|kilometers|LRT} kilometers, monorail {144.6|kilometers|MONO} kilometers and maglev {25.9|kilometers|MAG} kilometers. Trams are {58.9|p|TRAM_shF}% of that.

Maglev is the shortest, on Beijing's S1 line, in Changsha and on the airport line in Shanghai. It is also the quietest. I have stood under it with a sound meter.

Since the end of 2024, when the network was {10,945.4|kilometers|KM_prev} kilometers long, {253.0|kilometers|KM_add} kilometers have opened. The line count went from {325|lines|LINES_prev} to {333|lines|LINES_r}, so {8|lines|LINES_ch} lines are new. An average line is now {33.6|kilometers|KM_per} kilometers long.

_ueditor_page_break_tag_

Beijing Daily:

Which cities carry the most rail passengers? Thank you.

Liang Ruoxi:

Beijing carried {1.96|person-times|BJ} billion person-times in the half year and Shanghai {1.87|person-times|SH} billion, {3.83|person-times|BJSH} billion for the two. Beijing alone accounted for {12.2|p|BJ_sh}% of national rail trips.

Guangzhou followed with {1.67|person-times|GZ} billion, then Shenzhen with {1.58|person-times|SZ} billion and Chengdu with {1.09|person-times|CD} billion.

Those five cities carried {8.17|person-times|C5} billion person-times, {50.9|p|C5_sh}% of the national figure, or {1.63|person-times|C5_avg} billion each on average.

By length, Shanghai runs {896.0|kilometers|KSH} kilometers and Beijing {879.0|kilometers|KBJ} kilometers. Guangzhou, Chengdu and Shenzhen, at {705.0|kilometers|KGZ}, {675.0|kilometers|KCD} and {597.4|kilometers|KSZ} kilometers, add {1,977.4|kilometers|K3} kilometers. The five networks come to {3,752.4|kilometers|K5} kilometers, {33.5|p|K5_sh}% of the country's, and average {750.5|kilometers|K5_avg} kilometers.

_ueditor_page_break_tag_

Economic Daily:

Did travel pick up through the half year, or slow down? Thank you.

Zhou Minghui:

It picked up. Spring is always slow for us; the students go home and the tourists have not yet come.

Rail carried {7.71|person-times|RQ1} billion person-times in the first quarter, up {3.9|p|gRQ1}%, and {8.34|person-times|RQ2} billion in the second, up {5.3|p|gRQ2}%. Growth was {1.4|pp|R_acc} percentage points faster in the second quarter.

In the second quarter it was {2.71|person-times|APR} billion in April, {2.83|person-times|MAY} billion in May, with the May Day holiday, and {2.80|person-times|JUN} billion in June, an average of {2.78|person-times|MON_avg} billion a month. Every line carried {48.2|person-times|PER_LINE} million person-times on average over the six months, and the network about {88.7|person-times|PER_DAY} million a day.

Buses went down less steeply as the months passed. They carried {9.18|person-times|BQ1} billion in the first quarter, down {2.5|p|gBQ1}%, and {9.66|person-times|BQ2} billion in the second, when the decline narrowed to {1.3|p|gBQ2}%, by {1.2|pp|B_acc} percentage points.

_ueditor_page_break_tag_

China Daily:

The number of buses fell by more than {4,000|buses|BUS_ch_q}. Is the bus being given up? Thank you.

Zhou Minghui:

No. We are running fewer, cleaner and fuller buses.

There were {682,400|buses|BUSES_r} buses in service at the end of June, {4,100|buses|BUS_ch} fewer than the {686,500|buses|BUSES_prev} a year earlier, down {0.6|p|gBUSES}%.

New-energy buses numbered {556,300|buses|NE}, {7,400|buses|NE_ch} more, an increase of {1.3|p|gNE}%. They are now {81.5|p|NE_sh_r}% of the fleet, {1.6|pp|NE_shch} percentage points more than a year ago. In Shenzhen every bus has been electric since 2017.

People aged 65 and over ride free in most cities, and we want the step to the bus to be low enough for them.

_ueditor_page_break_tag_

People's Daily:

Are bus lanes being built fast enough? Thank you.

Liang Ruoxi:

Bus lanes stretched {21,460|kilometers|LANES} kilometers at the end of June, up {5.5|p|gLANES}% from a year earlier, or about {1,820|kilometers|LANES_rise} kilometers more. Beijing has {1,050|kilometers|BJ_LANE} kilometers of them, {4.9|p|BJ_LANE_sh}% of the national length, and opened about {60|kilometers|BJ_LANE_new} kilometers of it this year.

A lane only helps if cars stay out of it. Cameras do more for bus speed than paint does.

_ueditor_page_break_tag_

Chengdu Business Daily:

Chengdu opened new lines in the spring. How did its metro do? Thank you.

Liang Ruoxi:

Well. Chengdu's rail transit carried {1.09|person-times|CD_r} billion person-times, up {7.9|p|gCD}%, {3.3|pp|CD_gap} percentage points faster than rail nationwide. The city now runs {14|lines|CD_LINES} lines, and Line 18 to the Tianfu airport is full at weekends.

_ueditor_page_break_tag_

The Paper:

What about taxis and ferries? They are rarely mentioned. Thank you.

Ke Jianping:

Taxis are mentioned whenever it rains.

Taxis and ride-hailing cars carried {15.31|person-times|TAXI_r} billion person-times, {30.3|p|TAXI_sh}% of the total. They grew {1.2|pp|TAXI_gap} percentage points faster than public transport as a whole and added {0.8|pp|TAXI_c} percentage point to its growth.

Ferries carried {260|person-times|FERRY_r} million, about {15|person-times|FERRY_rise} million more than a year earlier. Chongqing, Xiamen and Wuhan account for most of them, and on the Yangtze the ferry is still faster than the bridge in the rush hour.

_ueditor_page_break_tag_

CGTN:

What is the plan for the second half, and what should passengers expect? Thank you.

Zhou Minghui:

More of the same, done better. We now have more than {11,000|kilometers|KM_r2} kilometers of rail, and public transport carried over {50|trips|TRIPS_r2} billion trips in six months. Rail transit alone carried {16.50|person-times|RAIL_r2} billion person-times in the half year.

We will keep working on the 15-minute community life circle, and on buses that come when the timetable says they will. A passenger forgives a slow bus. He does not forgive a bus that never comes.

Gao Yifan:

Thank you, Director General Zhou, Ms. Liang and Mr. Ke, and thank you all. This concludes today's press conference.

Translated and edited by Wu Qiao, Feng Jiarui and Sarah Pennington. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Gao Yifan

/4\u00a0\u00a0\u00a0\u00a0Zhou Minghui

/4\u00a0\u00a0\u00a0\u00a0Liang Ruoxi

/4\u00a0\u00a0\u00a0\u00a0Ke Jianping
"""

# ---- relation builders written for set 32 (ids refer to the inline marks in TEXT) ----
def totals(whole, *pieces):
    return ("sum", [(whole, "total")] + [(x, "part") for x in pieces])
def slice_of(pct, piece, whole):
    return ("share", [(pct, "share"), (piece, "part"), (whole, "whole")])
def said_again(a, b):
    return ("restatement", [(a, "first"), (b, "restated")])
def spread(pp, rate, base):
    return ("gap", [(pp, "gap"), (rate, "rate"), (base, "base-rate")])
def shift(pp, later, earlier):
    return ("acceleration", [(pp, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def combined_growth(tg, *pairs):
    out = [(tg, "total-growth")]
    for i in range(0, len(pairs), 2):
        out += [(pairs[i], "part"), (pairs[i + 1], "part-growth")]
    return ("growth", out)
def weight_move(pp, piece, whole, pg, wg):
    return ("share-change", [(pp, "change"), (piece, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def weight_move_pct(pp, pct, pg, wg):
    return ("share-change", [(pp, "change"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def lift(pp, piece, whole, pg, wg):
    return ("contribution", [(pp, "contribution"), (piece, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def lift_pct(pp, pct, pg, wg):
    return ("contribution", [(pp, "contribution"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def delta_rate(amount, level, g):
    return ("absolute-change", [(amount, "change"), (level, "level"), (g, "growth")])
def delta_prev(amount, level, before):
    return ("absolute-change", [(amount, "change"), (level, "level"), (before, "previous")])
def mean_items(avg, *xs):
    return ("average", [(avg, "average")] + [(x, "item") for x in xs])
def ratio_avg(avg, total, n):
    return ("average", [(avg, "average"), (total, "total"), (n, "count")])
def tally_rate(n, d, g):
    return ("count-change", [(n, "count"), (d, "change"), (g, "growth")])
def tally_prev(n, d, before):
    return ("count-change", [(n, "count"), (d, "change"), (before, "previous")])
RELATIONS = [
    # sums
    totals("TRIPS", "RAIL_r", "BUS_r", "TAXI", "FERRY"),
    totals("BR", "RAIL_r", "BUS_r"),
    totals("KM_r", "METRO", "SUB", "FOUR"),
    totals("FOUR", "TRAM", "LRT", "MONO", "MAG"),
    totals("RAIL", "RQ1", "RQ2"),
    totals("BUS", "BQ1", "BQ2"),
    totals("RQ2", "APR", "MAY", "JUN"),
    totals("BJSH", "BJ", "SH"),
    totals("C5", "BJSH", "GZ", "SZ", "CD"),
    totals("K3", "KGZ", "KCD", "KSZ"),
    totals("K5", "KSH", "KBJ", "K3"),
    # shares
    slice_of("RAIL_sh", "RAIL_r", "TRIPS"),
    slice_of("BUS_sh", "BUS_r", "TRIPS"),
    slice_of("BR_sh", "BR", "TRIPS"),
    slice_of("TAXI_sh", "TAXI_r", "TRIPS"),
    slice_of("METRO_sh", "METRO", "KM_r"),
    slice_of("SUB_sh", "SUB", "KM_r"),
    slice_of("TRAM_shF", "TRAM", "FOUR"),
    slice_of("BJ_sh", "BJ", "RAIL_r"),
    slice_of("C5_sh", "C5", "RAIL_r"),
    slice_of("K5_sh", "K5", "KM_r"),
    slice_of("NE_sh", "NE", "BUSES"),
    slice_of("NE_sh_r", "NE", "BUSES_r"),
    slice_of("BJ_LANE_sh", "BJ_LANE", "LANES"),
    # gaps
    spread("RAIL_gap", "gRAIL_q", "gTRIPS"),
    spread("BUS_gap", "gBUS_r", "gTRIPS"),
    spread("TAXI_gap", "gTAXI", "gTRIPS"),
    spread("CD_gap", "gCD", "gRAIL_q"),
    # growth of totals
    combined_growth("gTRIPS", "RAIL_r", "gRAIL_q", "BUS_r", "gBUS_r", "TAXI", "gTAXI", "FERRY", "gFERRY"),
    combined_growth("gRAIL", "RQ1", "gRQ1", "RQ2", "gRQ2"),
    combined_growth("gBUS", "BQ1", "gBQ1", "BQ2", "gBQ2"),
    # share changes
    weight_move_pct("RAIL_shch", "RAIL_sh", "gRAIL_q", "gTRIPS"),
    weight_move("BUS_shch", "BUS_r", "TRIPS", "gBUS_r", "gTRIPS"),
    weight_move("NE_shch", "NE", "BUSES_r", "gNE", "gBUSES"),
    # accelerations
    shift("R_acc", "gRQ2", "gRQ1"),
    shift("B_acc", "gBQ2", "gBQ1"),
    # contributions
    lift_pct("RAIL_c", "RAIL_sh", "gRAIL_q", "gTRIPS"),
    lift("BUS_c", "BUS_r", "TRIPS", "gBUS_r", "gTRIPS"),
    lift("TAXI_c", "TAXI_r", "TRIPS", "gTAXI", "gTRIPS"),
    # absolute changes
    delta_rate("RAIL_rise", "RAIL_r", "gRAIL_q"),
    delta_rate("BUS_fall", "BUS_r", "gBUS_r"),
    delta_rate("FERRY_rise", "FERRY_r", "gFERRY"),
    delta_prev("KM_add", "KM_r", "KM_prev"),
    # averages
    ratio_avg("KM_per", "KM_r", "LINES_r"),
    ratio_avg("PER_LINE", "RAIL", "LINES"),
    mean_items("MON_avg", "APR", "MAY", "JUN"),
    mean_items("C5_avg", "BJ", "SH", "GZ", "SZ", "CD"),
    mean_items("K5_avg", "KSH", "KBJ", "KGZ", "KCD", "KSZ"),
    # count changes
    tally_prev("LINES_r", "LINES_ch", "LINES_prev"),
    tally_rate("BUSES_r", "BUS_ch", "gBUSES"),
    tally_prev("BUSES_r", "BUS_ch", "BUSES_prev"),
    tally_rate("NE", "NE_ch", "gNE"),
    # restatements
    said_again("gRAIL", "gRAIL_q"),
    said_again("RAIL", "RAIL_r"),
    said_again("BUS", "BUS_r"),
    said_again("gBUS", "gBUS_r"),
    said_again("KM", "KM_r"),
    said_again("LINES", "LINES_r"),
    said_again("BUSES", "BUSES_r"),
    said_again("NE_sh", "NE_sh_r"),
    said_again("BUS_ch", "BUS_ch_q"),
    said_again("CD", "CD_r"),
    said_again("TAXI", "TAXI_r"),
    said_again("FERRY", "FERRY_r"),
    said_again("KM", "KM_r2"),
    said_again("TRIPS", "TRIPS_r2"),
]
PLANTED = [
    ("absolute-change", "LANES_rise", ["LANES", "gLANES"]),
    ("restatement", "RAIL_r2", ["RAIL"]),
]
