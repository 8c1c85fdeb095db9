TEXT = """
Press conference on electric vehicle charging infrastructure in H1 2025

Beijing | 3 p.m. July 30, 2025

The National Energy Administration (NEA) held a press conference on Wednesday in Beijing on the development of charging infrastructure for electric vehicles in the first half of 2025.

Speakers

Song Minghui, deputy head of the National Energy Administration (NEA)

Qiao Renjie, director general of the Department of Electric Power of the NEA

Du Wanqing, deputy director general of the Department of Energy Conservation and Scientific and Technological Equipment of the NEA

Chairperson

Han Yuelin, deputy director general of the General Affairs Department of the NEA and spokesperson of the NEA

Read in Chinese

Speakers:

Mr. Song Minghui, deputy head of the National Energy Administration (NEA)

Mr. Qiao Renjie, director general of the Department of Electric Power of the NEA

Ms. Du Wanqing, deputy director general of the Department of Energy Conservation and Scientific and Technological Equipment of the NEA

Chairperson:

Ms. Han Yuelin, deputy director general of the General Affairs Department of the NEA and spokesperson of the NEA

Date:

July 30, 2025


Han Yuelin:

Good afternoon, friends from the media. Welcome to the press conference of the National Energy Administration. Summer is the season of long drives, and charging is on many people's minds. Deputy Head Song Minghui will brief you on charging infrastructure in the first half of the year, and Director General Qiao Renjie and Deputy Director General Du Wanqing will take your questions with him.

Mr. Song, please.

Song Minghui:

Thank you, Ms. Han. Good afternoon.

A car is only as useful as the road it can travel and the plug waiting at the end of it. In the first half of this year we laid plugs faster than ever.

By the end of June, the number of charging points nationwide reached {16.1|charging points|TOT} million, up {57.7|p|gTOT}% year on year. A year earlier it had been {10.21|charging points|TOT_y} million, so the network gained {5.89|charging points|TOT_rise} million charging points in twelve months. Since the end of 2024, when there were {12.82|charging points|TOT_e24} million, {3.28|charging points|TOT_h1add} million have been added, an increase of {25.6|p|gTOT_e24}%.

Public charging points numbered {4.09|charging points|PUB} million, up {32.9|p|gPUB}%, and private ones, installed by households and companies, {12.01|charging points|PRV} million, up {68.4|p|gPRV}%.

Of the public points, {1.91|charging points|DC} million are DC fast chargers and {2.18|charging points|AC} million AC slow chargers. DC fast chargers grew {45.3|p|gDC}% and AC slow chargers {23.6|p|gAC}%.

The installed capacity of public charging reached {241.6|kilowatts|CP} million kilowatts, up {38.9|p|gCP}%. DC chargers account for {226.3|kilowatts|CDC} million kilowatts of it and AC chargers for {15.3|kilowatts|CAC} million.

Public charging volume came to {32.67|kilowatt-hours|VOL} billion kilowatt-hours, {38.6|p|gVOL}% more than in the first half of 2024.

There were {4,612|battery-swap stations|SW} battery-swap stations in operation, and {6,538|service areas|HC} highway service areas had charging facilities, {95.1|p|HC_sh}% of the {6,872|service areas|HT} service areas on the expressway network.

Investment in charging facilities was {61.2|y|INV} billion yuan, up {14.8|p|gINV}%. New-energy vehicles in use reached {36.89|vehicles|NEV} million. That works out at {2.29|vehicles|VPP} vehicles per charging point, against {2.42|vehicles|VPP_y} a year earlier.

Put simply, the plugs are catching up with the cars. Thank you.

Han Yuelin:

Thank you, Mr. Song. Now the floor is open. Please identify your news outlet before asking questions.

_ueditor_page_break_tag_

Xinhua News Agency:

The number of charging points grew by more than {50|p|gTOT_q}% in a year. Where did that growth come from? Thank you.

Qiao Renjie:

Let me be precise, because the two halves of the network behave very differently.

Most of it came from private points. Households and companies added {4.88|charging points|PRV_rise} million private charging points in twelve months. Private points contributed {47.8|pp|PRV_c} percentage points of the {57.7|p|gTOT_r}% growth, and public points {9.9|pp|PUB_c} percentage points. Private growth of {68.4|p|gPRV_r}% was {10.7|pp|PRV_gap} percentage points faster than that of the network as a whole.

Private points now make up {74.6|p|PRV_sh}% of all charging points, {4.7|pp|PRV_shch} percentage points more than a year earlier. The public share is {25.4|p|PUB_sh}%, lower by the same margin.

That does not mean public charging stood still. Public charging points rose by {1.01|charging points|PUB_rise} million. DC fast chargers grew {21.7|pp|DCAC_gap} percentage points faster than AC slow chargers, so DC now makes up {46.7|p|DC_sh}% of public points, {4.0|pp|DC_shch} percentage points more than a year before. DC alone contributed {19.3|pp|DC_c} percentage points to the growth of public points.

_ueditor_page_break_tag_

CCTV:

Drivers complained about long queues at expressway service areas during the May Day holiday. Last summer, coverage was below {90|p|HC_q}%. How many service areas have chargers now? Thank you.

Du Wanqing:

I have queued myself, on the way home for the Spring Festival, so I understand the complaint.

At the end of June, {6,538|service areas|HC_r} highway service areas had charging facilities. That is {436|service areas|HC_ch} more than a year earlier, when the number was {6,102|service areas|HC_y}, an increase of {7.1|p|gHC}%. Coverage rose to {95.1|p|HC_sh_r}% from {89.6|p|HC_cov24}% of the {6,810|service areas|HT_y} service areas then open, {5.5|pp|HC_acc} percentage points higher.

The service areas have {38,600|charging points|HWP} charging points between them, about {5.9|charging points|HWP_avg} per service area. Most are DC fast chargers of {120|kilowatts|HW_kw} kilowatts or more. The remaining {334|service areas|HUNC} service areas, most of them on mountain sections, still have none, and we have asked the provinces concerned to close the gaps before the National Day holiday.

For the peaks we also send mobile chargers. A family driving from Changsha to Guangzhou should not have to wait two hours at one plug.

_ueditor_page_break_tag_

Economic Daily:

How much power do these chargers deliver, and how much are they used? Thank you.

Qiao Renjie:

The installed capacity of public chargers is {241.6|kilowatts|CP_r} million kilowatts, {67.7|kilowatts|CP_rise} million kilowatts more than a year ago. DC chargers hold {93.7|p|CDC_sh}% of that capacity with {46.7|p|DC_sh_r}% of the points. The average public point now delivers {59.1|kilowatts|CP_avg} kilowatts, and the average DC fast charger about {120|kilowatts|CDC_avg} kilowatts.

Use has grown faster than capacity. Public charging volume in the first quarter was {15.26|kilowatt-hours|Q1} billion kilowatt-hours, up {35.2|p|gQ1}%. In the second quarter it rose to {17.41|kilowatt-hours|Q2} billion kilowatt-hours, and growth quickened to {41.7|p|gQ2}%, {9.5|pp|ACC_Q} percentage points faster. For the half year that is {9.1|kilowatt-hours|VOL_rise} billion kilowatt-hours more than a year earlier, or about {16.3|kilowatt-hours|Q_avg} billion a quarter.

I would correct one thing that is often said. A public point that is busy two or three hours a day is not idle. It is waiting for the evening.

_ueditor_page_break_tag_

People's Daily:

Which provinces have the densest networks? Thank you.

Song Minghui:

A map of charging points is a map of where people drive.

Guangdong leads, as it has for years. It has {2.41|charging points|GD} million charging points, {15.0|p|GD_sh}% of the national total. Its growth of {51.2|p|gGD}% was {6.5|pp|GD_gap} percentage points below the national rate, because it started from a much larger base.

Zhejiang follows with {1.52|charging points|ZJ} million, growing {63.5|p|gZJ}%, {5.8|pp|ZJ_gap} percentage points above the national rate. Jiangsu has {1.38|charging points|JS} million. Then come Shandong with {1.16|charging points|SD} million, Shanghai with {962,000|charging points|SH} and Beijing with {781,000|charging points|BJ}.

The three biggest, Guangdong, Zhejiang and Jiangsu, have {5.31|charging points|GZJ} million. With Shandong, Shanghai and Beijing, the six have {8.21|charging points|SIX} million points between them, {51.0|p|SIX_sh}% of the national figure, or {1.37|charging points|SIX_avg} million each on average.

The roads are long in the west, and the plugs are still few. That is where the next stretch of work lies.

_ueditor_page_break_tag_

Caijing Magazine:

Who is paying for all this, and how much? Thank you.

Du Wanqing:

Investment in charging facilities totaled {61.2|y|INV_r} billion yuan in the first half, {7.9|y|INV_rise} billion yuan more than a year earlier. Charging operators put in {42.7|y|INVP} billion yuan, {69.8|p|INVP_sh}% of it, and households, property developers and carmakers the other {18.5|y|INVO} billion yuan.

Growth in investment slowed to {14.8|p|gINV_r}% from {22.1|p|gINV_y}% in the same period of 2024, {7.3|pp|INV_acc} percentage points less. That is good news, not bad: the price of a DC charger has come down. Each point added this year cost about {18,700|y|INV_avg} yuan on average.

_ueditor_page_break_tag_

The Paper:

There are now more than {36|vehicles|NEV_q} million new-energy vehicles on the road. Is the network keeping pace? Thank you.

Qiao Renjie:

New-energy vehicles in use numbered {36.89|vehicles|NEV_r} million at the end of June, {5.49|vehicles|NEV_h1} million more than at the end of 2024, when there were {31.4|vehicles|NEV_e24} million. A year earlier the figure was {24.72|vehicles|NEV_y} million, so the fleet grew {49.2|p|gNEV}%, which is {8.5|pp|NEV_gap} percentage points slower than the charging points.

So the number of vehicles per charging point keeps falling: {2.29|vehicles|VPP_r} now, against {2.42|vehicles|VPP_y_r} a year earlier, {0.13|vehicles|VPP_ch} fewer. For public points alone the ratio is about {9|vehicles|VPP_pub} vehicles per point.

Battery swapping is growing as well. There were {4,612|battery-swap stations|SW_r} battery-swap stations at the end of June, {818|battery-swap stations|SW_ch} more than the {3,794|battery-swap stations|SW_e24} at the end of last year, a rise of {21.6|p|gSW}% in six months.

_ueditor_page_break_tag_

China Energy News:

Many public stations look empty. Are there too many? Thank you.

Du Wanqing:

There are {412,300|stations|ST} public charging stations, with {9.9|charging points|ST_avg} charging points each on average. In the first half, the average public point was in use {2.7|hours|UT} hours a day.

Stations in city centres are full in the evening. Those on the edge of town wait for the city to reach them. We would rather build a little ahead than have drivers circling the block.

In the countryside, {2,755|counties|CNT} of the {2,844|counties|CNT_T} county-level divisions now have public charging stations, {96.9|p|CNT_sh}% of them. The 2025 campaign to bring new-energy vehicles to the countryside runs until the end of the year.

_ueditor_page_break_tag_

21st Century Business Herald:

Is the growth concentrated in the richest provinces? Thank you.

Song Minghui:

Concentrated, yes, but less each year. Guangdong and Zhejiang together have {4.43|charging points|GZ_PL} million charging points, and they are still building. But the central and western provinces grew faster than the east in the first half, and we will keep the pressure on.

Han Yuelin:

Thank you, Mr. Song, Mr. Qiao and Ms. Du, and thank you all. This concludes today's press conference.

Translated and edited by Wang Shuyi, Chen Lanxin and Thomas Reilly. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Han Yuelin

/4\u00a0\u00a0\u00a0\u00a0Song Minghui

/4\u00a0\u00a0\u00a0\u00a0Qiao Renjie

/4\u00a0\u00a0\u00a0\u00a0Du Wanqing
"""

# ---- relation builders written for set 34 (ids refer to the inline marks in TEXT) ----
def whole_of(total, *pieces):
    return ("sum", [(total, "total")] + [(p, "part") for p in pieces])
def slice_of(pct, piece, whole):
    return ("share", [(pct, "share"), (piece, "part"), (whole, "whole")])
def said_again(first, later):
    return ("restatement", [(first, "first"), (later, "restated")])
def spread(pp, rate, base):
    return ("gap", [(pp, "gap"), (rate, "rate"), (base, "base-rate")])
def gear_change(pp, later, earlier):
    return ("acceleration", [(pp, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def blended(tg, *pairs):
    figs = [(tg, "total-growth")]
    for i in range(0, len(pairs), 2):
        figs += [(pairs[i], "part"), (pairs[i + 1], "part-growth")]
    return ("growth", figs)
def tilt(pp, piece, whole, pg, wg):
    return ("share-change", [(pp, "change"), (piece, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def tilt_pc(pp, pct, pg, wg):
    return ("share-change", [(pp, "change"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def lift(pp, piece, whole, pg, wg):
    return ("contribution", [(pp, "contribution"), (piece, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def lift_pc(pp, pct, pg, wg):
    return ("contribution", [(pp, "contribution"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def delta_rate(amt, level, rate):
    return ("absolute-change", [(amt, "change"), (level, "level"), (rate, "growth")])
def delta_base(amt, level, before):
    return ("absolute-change", [(amt, "change"), (level, "level"), (before, "previous")])
def plain_mean(avg, *items):
    return ("average", [(avg, "average")] + [(x, "item") for x in items])
def ratio_mean(avg, total, count):
    return ("average", [(avg, "average"), (total, "total"), (count, "count")])
def tally_rate(n, d, rate):
    return ("count-change", [(n, "count"), (d, "change"), (rate, "growth")])
def tally_base(n, d, before):
    return ("count-change", [(n, "count"), (d, "change"), (before, "previous")])
RELATIONS = [
    # sums
    whole_of("TOT", "PUB", "PRV"),
    whole_of("PUB", "DC", "AC"),
    whole_of("CP", "CDC", "CAC"),
    whole_of("VOL", "Q1", "Q2"),
    whole_of("GZJ", "GD", "ZJ", "JS"),
    whole_of("SIX", "GZJ", "SD", "SH", "BJ"),
    whole_of("INV_r", "INVP", "INVO"),
    whole_of("HT", "HC_r", "HUNC"),
    # shares
    slice_of("HC_sh", "HC", "HT"),
    slice_of("HC_cov24", "HC_y", "HT_y"),
    slice_of("PRV_sh", "PRV", "TOT"),
    slice_of("PUB_sh", "PUB", "TOT"),
    slice_of("DC_sh", "DC", "PUB"),
    slice_of("CDC_sh", "CDC", "CP_r"),
    slice_of("GD_sh", "GD", "TOT"),
    slice_of("SIX_sh", "SIX", "TOT"),
    slice_of("INVP_sh", "INVP", "INV_r"),
    slice_of("CNT_sh", "CNT", "CNT_T"),
    # gaps
    spread("PRV_gap", "gPRV_r", "gTOT_r"),
    spread("DCAC_gap", "gDC", "gAC"),
    spread("GD_gap", "gGD", "gTOT"),
    spread("ZJ_gap", "gZJ", "gTOT"),
    spread("NEV_gap", "gNEV", "gTOT"),
    # growth of totals from parts
    blended("gTOT", "PUB", "gPUB", "PRV", "gPRV"),
    blended("gPUB", "DC", "gDC", "AC", "gAC"),
    blended("gVOL", "Q1", "gQ1", "Q2", "gQ2"),
    # share changes
    tilt_pc("PRV_shch", "PRV_sh", "gPRV_r", "gTOT_r"),
    tilt("DC_shch", "DC", "PUB", "gDC", "gPUB"),
    # accelerations
    gear_change("HC_acc", "HC_sh_r", "HC_cov24"),
    gear_change("INV_acc", "gINV_r", "gINV_y"),
    # contributions
    lift("PRV_c", "PRV", "TOT", "gPRV", "gTOT"),
    lift("PUB_c", "PUB", "TOT", "gPUB", "gTOT"),
    lift_pc("DC_c", "DC_sh", "gDC", "gPUB"),
    # absolute changes
    delta_rate("TOT_rise", "TOT", "gTOT"),
    delta_base("TOT_rise", "TOT", "TOT_y"),
    delta_rate("PRV_rise", "PRV", "gPRV"),
    delta_rate("PUB_rise", "PUB", "gPUB"),
    delta_rate("CP_rise", "CP_r", "gCP"),
    delta_rate("VOL_rise", "VOL", "gVOL"),
    delta_rate("INV_rise", "INV_r", "gINV"),
    delta_base("VPP_ch", "VPP_r", "VPP_y_r"),
    # averages
    ratio_mean("VPP", "NEV", "TOT"),
    ratio_mean("VPP_y", "NEV_y", "TOT_y"),
    ratio_mean("CP_avg", "CP_r", "PUB"),
    ratio_mean("CDC_avg", "CDC", "DC"),
    plain_mean("Q_avg", "Q1", "Q2"),
    plain_mean("SIX_avg", "GD", "ZJ", "JS", "SD", "SH", "BJ"),
    ratio_mean("HWP_avg", "HWP", "HC_r"),
    ratio_mean("INV_avg", "INV_r", "TOT_h1add"),
    ratio_mean("ST_avg", "PUB", "ST"),
    ratio_mean("VPP_pub", "NEV_r", "PUB"),
    # count changes
    tally_base("TOT", "TOT_h1add", "TOT_e24"),
    tally_rate("TOT", "TOT_h1add", "gTOT_e24"),
    tally_base("HC_r", "HC_ch", "HC_y"),
    tally_rate("HC_r", "HC_ch", "gHC"),
    tally_base("SW_r", "SW_ch", "SW_e24"),
    tally_rate("SW_r", "SW_ch", "gSW"),
    tally_base("NEV_r", "NEV_h1", "NEV_e24"),
    # restatements
    said_again("gTOT", "gTOT_q"),
    said_again("gTOT", "gTOT_r"),
    said_again("HC", "HC_r"),
    said_again("HC_sh", "HC_sh_r"),
    said_again("HC_q", "HC_cov24"),
    said_again("DC_sh", "DC_sh_r"),
    said_again("CP", "CP_r"),
    said_again("INV", "INV_r"),
    said_again("NEV", "NEV_r"),
    said_again("NEV_q", "NEV_r"),
    said_again("VPP", "VPP_r"),
    said_again("SW", "SW_r"),
]
PLANTED = [
    ("acceleration", "ACC_Q", ["gQ2", "gQ1"]),
    ("sum", "GZ_PL", ["GD", "ZJ"]),
]
