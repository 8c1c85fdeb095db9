TEXT = """
Press conference on the performance of the integrated circuit industry in the first half of 2025

Beijing | 3 p.m. July 24, 2025

The Ministry of Industry and Information Technology (MIIT) held a press conference on Thursday in Beijing on the performance of the integrated circuit (IC) industry in the first half of 2025.

Speakers

Gu Shaohua, vice minister of Industry and Information Technology

Fang Ruolan, director general of the Department of Electronic Information of the MIIT

Jiang Wenbo, director general of the Department of Operation Monitoring and Coordination of the MIIT

Chairperson

Tao Kaiming, deputy director general of the General Office of the MIIT and spokesperson of the MIIT

Read in Chinese

Speakers:

Mr. Gu Shaohua, vice minister of Industry and Information Technology

Ms. Fang Ruolan, director general of the Department of Electronic Information of the MIIT

Mr. Jiang Wenbo, director general of the Department of Operation Monitoring and Coordination of the MIIT

Chairperson:

Mr. Tao Kaiming, deputy director general of the General Office of the MIIT and spokesperson of the MIIT

Date:

July 24, 2025


Tao Kaiming:

Ladies and gentlemen, good afternoon. Welcome to this press conference of the Ministry of Industry and Information Technology. Vice Minister Gu Shaohua will first introduce the integrated circuit industry in the first half of the year. Director General Fang Ruolan and Director General Jiang Wenbo will then join him in answering your questions.

Vice Minister Gu, please.

Gu Shaohua:

Thank you, Mr. Tao. Good afternoon, friends from the media.

A fab is a promise made in concrete, and it takes years to keep. What I can report today is how well we kept it in the past six months.

In the first half of the year, China produced {239.5|units|T} billion units of integrated circuits, up {8.5|p|gT}% year on year. That is {18.8|units|T_rise} billion units more than the {220.7|units|Tp} billion of the same period last year, and {53.1|p|T24_sh}% of the {451.4|units|T24} billion produced in the whole of 2024.

Sales revenue of the industry reached {751.6|y|R} billion yuan, up {9.9|p|gR}% from {684.1|y|Rp} billion yuan, an increase of {67.5|y|R_rise} billion yuan. In six months the industry earned {51.4|p|R24_sh}% of its revenue for all of 2024, which was {1.46|y|R24} trillion yuan. Growth was {2.3|pp|R_acc} percentage points faster than the {7.6|p|gR24}% of last year.

Firms spent {96.4|y|RD} billion yuan on research and development, {12.8|p|RD_sh}% of revenue and up {17.4|p|gRD}%.

Investment in fabs and packaging plants came to {280.5|y|INV} billion yuan, and monthly wafer capacity reached {8.85|wafers|CAP} million wafers in 8-inch equivalent.

Tao Kaiming:

Thank you, Vice Minister Gu. Now the floor is open for questions. Please identify your news organization before asking.

_ueditor_page_break_tag_

Xinhua News Agency:

Output grew {8.5|p|gT_q}%. Which kinds of chips grew fastest? Thank you.

Fang Ruolan:

Thank you for the question. Let me give you four kinds and their weights.

Analog chips remain the largest group, at {82.6|units|AN} billion units, up {6.1|p|gAN}%, {2.4|pp|AN_gap} percentage points slower than the total. Their share fell to {34.5|p|AN_sh}%, {0.8|pp|AN_shch} percentage point lower than a year earlier.

Logic chips came to {68.4|units|LO} billion, up {9.8|p|gLO}%, or {28.6|p|LO_sh}% of output. They contributed {2.8|pp|LO_c} percentage points of the growth, more than any other kind.

Memory chips grew fastest: {31.7|units|ME} billion units, up {14.6|p|gME}%, {6.1|pp|ME_gap} percentage points faster than output as a whole. Their share rose {0.7|pp|ME_shch} percentage point to {13.2|p|ME_sh}%.

Microcontrollers numbered {56.8|units|MC} billion, up {7.4|p|gMC}%, {23.7|p|MC_sh}% of the total.

That is the whole of it. Four kinds, one trend: the chips that store and compute are growing faster than the chips that sense and switch.

_ueditor_page_break_tag_

China Central Television (CCTV):

Revenue grew {9.9|p|gR_q}%, faster than output. Where is the money being made? Thank you.

Fang Ruolan:

Mostly in design. Design firms earned {331.8|y|DES} billion yuan, up {12.4|p|gDES}%, {2.5|pp|DES_gap} percentage points faster than the industry. That is {44.1|p|DES_sh}% of revenue, {1.0|pp|DES_shch} percentage point more than a year ago, and design contributed {5.4|pp|DES_c} percentage points of the industry's growth.

Manufacturing earned {248.6|y|MFG} billion yuan, up {9.1|p|gMFG}%, {33.1|p|MFG_sh}% of the total. It added {3.0|pp|MFG_c} percentage points.

Packaging and testing brought in {171.2|y|PKG} billion yuan, up {6.3|p|gPKG}%, which is {3.6|pp|PKG_gap} percentage points below the industry's rate. Its share slipped to {22.8|p|PKG_sh}%, a loss of {0.8|pp|PKG_shch} percentage point.

_ueditor_page_break_tag_

Economic Daily:

China still imports far more chips than it exports, more than {180|usd|IMV_q} billion US dollars' worth in six months. Did the gap narrow? Thank you.

Jiang Wenbo:

In units it did not; in value the picture is better than it looks.

We imported {274.6|units|IMu} billion units worth {186.2|usd|IMV} billion US dollars, up {3.2|p|gIM}% in value. We exported {152.4|units|EXu} billion worth {94.5|usd|EXV} billion US dollars, up {18.7|p|gEX}%, which is {15.5|pp|EX_gap} percentage points faster than imports.

Imports exceeded exports by {122.2|units|GAPu} billion units and by {91.7|usd|DEF} billion US dollars. Exports rose by {14.9|usd|EX_rise} billion US dollars.

An imported chip cost {0.68|usd|IMP_P} US dollars on average and an exported one {0.62|usd|EXP_P} US dollars. We are still buying the expensive ones and selling the cheaper ones. That is the gap that matters.

_ueditor_page_break_tag_

21st Century Business Herald:

Where is the investment going? Is it all in the Yangtze River Delta? Thank you.

Gu Shaohua:

Not all, but most. The eastern region invested {186.4|y|EAST} billion yuan, {66.5|p|EAST_sh}% of the total. The central region invested {52.3|y|CEN} billion yuan and the western region {41.8|y|WEST} billion yuan.

Among provinces, Jiangsu invested {48.6|y|JS} billion yuan, Shanghai {45.2|y|SH} billion, Guangdong {39.7|y|GD} billion and Beijing {28.4|y|BJ} billion, an average of {40.5|y|P4_avg} billion yuan each. Those four provinces together put in {171.9|y|P4} billion yuan.

There are now {58|lines|L12} 12-inch production lines in operation, {6|lines|L12_ch} more than at the end of 2024, when there were {52|lines|L12p}, an increase of {11.5|p|gL12}%.

_ueditor_page_break_tag_

China Electronics News:

Capacity is rising fast. Is there a risk of overcapacity in mature processes such as 28 nanometers? Thank you.

Jiang Wenbo:

We watch it month by month, the way a farmer watches the sky.

Monthly wafer capacity was {8.85|wafers|CAP_r} million wafers at the end of June, {530,000|wafers|CAP_ch} more than at the end of last year, up {6.4|p|gCAP}%.

Output in the second quarter was {128.6|units|Q2} billion units. It was {41.2|units|APR} billion in April, up {8.1|p|gAPR}%, {42.5|units|MAY} billion in May, up {9.7|p|gMAY}%, and {44.9|units|JUN} billion in June, up {11.2|p|gJUN}%, an average of {42.9|units|Q2_avg} billion a month. Growth in June was {1.5|pp|JUN_acc} percentage points faster than in May, and May was {1.6|pp|MAY_acc} percentage points faster than April.

Utilization at the main fabs stayed above {85|p|UTIL}%. That is not a picture of overcapacity. I would still not call it a boom.

_ueditor_page_break_tag_

Science and Technology Daily:

Research spending rose by more than {17|p|gRD_q}%. Is that enough? Thank you.

Fang Ruolan:

It is never enough, but it is moving the right way.

Research and development spending was {96.4|y|RD_r} billion yuan, {14.3|y|RD_ch} billion yuan more than the {82.1|y|RDp} billion of the first half of last year. It equalled {12.8|p|RD_sh_r}% of revenue, {0.8|pp|RD_shch} percentage point higher than a year earlier.

_ueditor_page_break_tag_

Beijing Youth Daily:

How many companies and people work in the industry now? Thank you.

Jiang Wenbo:

There were {3,626|firms|FIRM} IC design firms at the end of June, {208|firms|FIRM_ch} more than a year earlier, when there were {3,418|firms|FIRMp}, a rise of {8.1|p|gFIRM}%.

The industry employs {812,000|people|EMP} people. Design firms employ {268,000|people|DEMP} of them, {33.0|p|DEMP_sh}% of the total, or about {74|people|DEMP_avg} people per firm. Engineers aged 25 to 35 make up {58.4|p|AGE}% of the design workforce.

Gu Shaohua:

Let me close with the big picture. Nearly {240|chips|T_r} billion chips in six months, revenue of more than {750|y|R_r} billion yuan, design above {330|y|DES_r} billion yuan of it, and a trade deficit still above {90|usd|DEF_r} billion US dollars. We have laid a good deal of concrete. Now we must fill it with people who can keep the promise.

Tao Kaiming:

Thank you, Vice Minister Gu, Director General Fang and Director General Jiang, and thank you all. This concludes today's press conference.

Translated and edited by Lin Qiaoyu, Sun Haotian and Rachel Morgan. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Tao Kaiming

/4\u00a0\u00a0\u00a0\u00a0Gu Shaohua

/4\u00a0\u00a0\u00a0\u00a0Fang Ruolan

/4\u00a0\u00a0\u00a0\u00a0Jiang Wenbo
"""

# ---- relation builders written for set 37 (ids refer to the inline marks in TEXT) ----
def adds_up(total, *parts):
    return ("sum", [(total, "total")] + [(p, "part") for p in parts])
def portion(pct, part, whole):
    return ("share", [(pct, "share"), (part, "part"), (whole, "whole")])
def echo(first, later):
    return ("restatement", [(first, "first"), (later, "restated")])
def margin(pp, rate, base):
    return ("gap", [(pp, "gap"), (rate, "rate"), (base, "base-rate")])
def pace(pp, later, earlier):
    return ("acceleration", [(pp, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def mix_growth(tg, *pairs):
    figs = [(tg, "total-growth")]
    for i in range(0, len(pairs), 2):
        figs += [(pairs[i], "part"), (pairs[i + 1], "part-growth")]
    return ("growth", figs)
def drift(pp, part, whole, pg, wg):
    return ("share-change", [(pp, "change"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def drift_of(pp, pct, pg, wg):
    return ("share-change", [(pp, "change"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def pull(pp, part, whole, pg, wg):
    return ("contribution", [(pp, "contribution"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def pull_of(pp, pct, pg, wg):
    return ("contribution", [(pp, "contribution"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def moved_by_rate(amt, level, rate):
    return ("absolute-change", [(amt, "change"), (level, "level"), (rate, "growth")])
def moved_from(amt, level, before):
    return ("absolute-change", [(amt, "change"), (level, "level"), (before, "previous")])
def mean_of(avg, *items):
    return ("average", [(avg, "average")] + [(x, "item") for x in items])
def per_unit(avg, total, count):
    return ("average", [(avg, "average"), (total, "total"), (count, "count")])
def headcount_rate(n, d, rate):
    return ("count-change", [(n, "count"), (d, "change"), (rate, "growth")])
def headcount_from(n, d, before):
    return ("count-change", [(n, "count"), (d, "change"), (before, "previous")])
RELATIONS = [
    # sums
    adds_up("T", "AN", "LO", "ME", "MC"),
    adds_up("R", "DES", "MFG", "PKG"),
    adds_up("INV", "EAST", "CEN", "WEST"),
    adds_up("Q2", "APR", "MAY", "JUN"),
    adds_up("IMV", "EXV", "DEF"),
    adds_up("IMu", "EXu", "GAPu"),
    adds_up("T", "Tp", "T_rise"),
    adds_up("R", "Rp", "R_rise"),
    # shares
    portion("T24_sh", "T", "T24"),
    portion("R24_sh", "R", "R24"),
    portion("RD_sh", "RD", "R"),
    portion("AN_sh", "AN", "T"),
    portion("LO_sh", "LO", "T"),
    portion("ME_sh", "ME", "T"),
    portion("MC_sh", "MC", "T"),
    portion("DES_sh", "DES", "R"),
    portion("MFG_sh", "MFG", "R"),
    portion("PKG_sh", "PKG", "R"),
    portion("EAST_sh", "EAST", "INV"),
    portion("DEMP_sh", "DEMP", "EMP"),
    # gaps
    margin("AN_gap", "gAN", "gT"),
    margin("ME_gap", "gME", "gT"),
    margin("DES_gap", "gDES", "gR"),
    margin("PKG_gap", "gPKG", "gR"),
    margin("EX_gap", "gEX", "gIM"),
    # growth of totals from parts
    mix_growth("gT", "AN", "gAN", "LO", "gLO", "ME", "gME", "MC", "gMC"),
    mix_growth("gR", "DES", "gDES", "MFG", "gMFG", "PKG", "gPKG"),
    # share changes
    drift("AN_shch", "AN", "T", "gAN", "gT"),
    drift_of("ME_shch", "ME_sh", "gME", "gT"),
    drift("DES_shch", "DES", "R", "gDES", "gR"),
    drift_of("PKG_shch", "PKG_sh", "gPKG", "gR"),
    drift("RD_shch", "RD", "R", "gRD", "gR"),
    # accelerations
    pace("R_acc", "gR", "gR24"),
    pace("JUN_acc", "gJUN", "gMAY"),
    pace("MAY_acc", "gMAY", "gAPR"),
    # contributions
    pull("LO_c", "LO", "T", "gLO", "gT"),
    pull("DES_c", "DES", "R", "gDES", "gR"),
    pull_of("MFG_c", "MFG_sh", "gMFG", "gR"),
    # absolute changes
    moved_by_rate("T_rise", "T", "gT"),
    moved_from("T_rise", "T", "Tp"),
    moved_by_rate("R_rise", "R", "gR"),
    moved_from("RD_ch", "RD_r", "RDp"),
    moved_by_rate("RD_ch", "RD_r", "gRD"),
    moved_by_rate("EX_rise", "EXV", "gEX"),
    # averages
    mean_of("Q2_avg", "APR", "MAY", "JUN"),
    mean_of("P4_avg", "JS", "SH", "GD", "BJ"),
    per_unit("IMP_P", "IMV", "IMu"),
    per_unit("EXP_P", "EXV", "EXu"),
    per_unit("DEMP_avg", "DEMP", "FIRM"),
    # count changes
    headcount_rate("CAP_r", "CAP_ch", "gCAP"),
    headcount_rate("L12", "L12_ch", "gL12"),
    headcount_from("L12", "L12_ch", "L12p"),
    headcount_from("FIRM", "FIRM_ch", "FIRMp"),
    # restatements
    echo("gT", "gT_q"),
    echo("CAP", "CAP_r"),
    echo("RD", "RD_r"),
    echo("RD_sh", "RD_sh_r"),
    echo("gRD", "gRD_q"),
    echo("T", "T_r"),
    echo("R", "R_r"),
    echo("DES", "DES_r"),
    echo("DEF", "DEF_r"),
    echo("IMV", "IMV_q"),
    echo("gR", "gR_q"),
]
PLANTED = [
    ("sum", "P4", ["JS", "SH", "GD", "BJ"]),
    ("count-change", "gFIRM", ["FIRM", "FIRM_ch"]),
]
