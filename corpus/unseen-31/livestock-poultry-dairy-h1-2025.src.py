TEXT = """
Press conference on livestock, poultry and dairy production in the first half of 2025

Beijing | 3 p.m. July 24, 2025

The Ministry of Agriculture and Rural Affairs (MARA) held a press conference on Thursday in Beijing, at which its Animal Husbandry and Veterinary Bureau reported on meat, milk, egg and feed output, the hog herd, prices and animal disease control in the first half of 2025.

Speakers

Qiao Dezhong, director general of the Animal Husbandry and Veterinary Bureau of the Ministry of Agriculture and Rural Affairs (MARA)

Fang Lijuan, deputy director general of the Animal Husbandry and Veterinary Bureau of MARA

Shi Wenbo, director of the Division of Animal Disease Prevention and Control of the Animal Husbandry and Veterinary Bureau of MARA

Chairperson

Yan Peilin, deputy director general of the General Office of MARA and spokesperson of MARA

Read in Chinese

Speakers:

Mr. Qiao Dezhong, director general of the Animal Husbandry and Veterinary Bureau of the Ministry of Agriculture and Rural Affairs (MARA)

Ms. Fang Lijuan, deputy director general of the Animal Husbandry and Veterinary Bureau of MARA

Mr. Shi Wenbo, director of the Division of Animal Disease Prevention and Control of the Animal Husbandry and Veterinary Bureau of MARA

Chairperson:

Mr. Yan Peilin, deputy director general of the General Office of MARA and spokesperson of MARA

Date:

July 24, 2025


Yan Peilin:

Good afternoon, ladies and gentlemen. Half a year has gone by on the farms, and today we look at what it put on the table. Director General Qiao Dezhong will start with the main figures, and then he, Deputy Director General Fang Lijuan and Mr. Shi Wenbo will answer your questions.

Director General Qiao, please.

Qiao Dezhong:

Thank you. My grandfather used to say that a pig in the pen is money in the bank, as long as nobody else is selling pigs that week. This half year a lot of people were selling pigs.

Output of pork, beef, mutton and poultry meat came to {49.60|tonnes|MEAT} million tonnes in the first half, {2.1|p|gMEAT}% more than a year earlier. Pork was {30.20|tonnes|PORK} million tonnes of it.

We slaughtered {369.80|hogs|HOGS} million hogs, up {1.1|p|gHOGS}%. At the end of June the hog herd stood at {424.47|head|HERD} million head, and {40.43|head|SOW} million of them were breeding sows.

Milk output was {19.80|tonnes|MILK} million tonnes and egg output {17.42|tonnes|EGG} million tonnes. Feed mills turned out {154.30|tonnes|FEED} million tonnes of feed, up {4.9|p|gFEED}%.

The farms ate well, and so did the animals. The people who raise them earned less per pig than they would like, and I will come back to that.

Yan Peilin:

Thank you, Director General Qiao. The floor is now open. Please tell us which outlet you represent.

_ueditor_page_break_tag_

Xinhua News Agency:

Meat output grew {2.1|p|gMEAT_q}% in the first half. Which meats drove it? Thank you.

Fang Lijuan:

Let me take them one at a time.

Pork output reached {30.20|tonnes|PORK_r} million tonnes, up {1.3|p|gPORK}%. It is {60.9|p|PORK_sh}% of all meat, {0.5|pp|PORK_shch} percentage point less than a year ago, because it grew {0.8|pp|PORK_gap} percentage point more slowly than meat as a whole. In tonnes, pork rose by about {390,000|tonnes|PORK_rise} tonnes.

Beef output was {3.62|tonnes|BEEF} million tonnes, up {3.6|p|gBEEF}%, {1.5|pp|BEEF_gap} percentage points faster than the total.

Mutton went the other way. Output fell {2.1|p|gMUT}% to {2.48|tonnes|MUT} million tonnes, which is about {53,000|tonnes|MUT_fall} tonnes less. It ran {4.2|pp|MUT_gap} percentage points behind all meat and took {0.11|pp|MUT_c} percentage point off its growth.

Poultry meat was the bright spot: {13.30|tonnes|POUL} million tonnes, up {4.4|p|gPOUL}%, that is {2.3|pp|POUL_gap} percentage points ahead of meat overall. Chicken and duck now make up {26.8|p|POUL_sh}% of our meat, {0.6|pp|POUL_shch} percentage point more than last year, and they supplied {1.2|pp|POUL_c} percentage points of its growth.

Added together, the country put about {1.0|tonnes|MEAT_rise} million tonnes more meat on the market than in the first half of last year.

_ueditor_page_break_tag_

CCTV:

Hog prices have been low for months. Is the herd too large? Thank you.

Qiao Dezhong:

A little large, yes. A pig does not know the price; only the farmer does.

At the end of June there were {424.47|hogs|HERD_r} million hogs on hand, {2.2|p|gHERD}% more than a year earlier, or {9.14|head|HERD_ch} million head more.

Breeding sows numbered {40.43|head|SOW_r} million, {370,000|head|SOW_ch} head fewer than a year earlier, a decline of {0.9|p|gSOW}%. They are {9.5|p|SOW_sh}% of the herd.

Our normal holding of breeding sows is {39|head|NORM} million head. The sow herd is at {103.7|p|SOW_norm}% of it, inside the green zone, but near its upper edge. We are asking the large groups to cull the old sows first.

Fang Lijuan:

On slaughter: the {369.80|hogs|HOGS_r} million hogs slaughtered were {4.02|hogs|HOGS_ch} million more than a year earlier.

Pork came in two quarters of unequal size. The first quarter gave {15.88|tonnes|Q1} million tonnes, up {1.8|p|gQ1}%, and the second {14.32|tonnes|Q2} million tonnes, up {0.8|p|gQ2}%. Growth in the second quarter was {1.0|pp|Q_acc} percentage point slower. Over the half year, that is the {1.3|p|gPORK_q}% I mentioned.

_ueditor_page_break_tag_

Farmers' Daily:

What did hog farmers actually get paid? Thank you.

Fang Lijuan:

The live hog price averaged {15.12|y|P_Q1} yuan per kilogram in the first quarter, down {9.4|p|gP_Q1}% year on year. In the second quarter the decline narrowed to {4.1|p|gP_Q2}%, by {5.3|pp|P_acc} percentage points.

By month, farmers got {14.86|y|P_APR} yuan per kilogram in April, {14.71|y|P_MAY} yuan in May and {14.40|y|P_JUN} yuan in June, an average of {14.66|y|P_Q2} yuan for the quarter. That is {0.46|y|P_drop} yuan per kilogram lower than in the first quarter.

Cattle farmers had an easier time. Beef sold for {67.80|y|BP} yuan per kilogram at the end of June, up {2.4|p|gBP}%, or {1.59|y|BP_rise} yuan more per kilogram.

Qiao Dezhong:

A price of {14|y|COST} yuan is about what it costs a family farm to raise a pig to {120|kilograms|WT} kilograms. Below that line, the sow is eating the savings.

_ueditor_page_break_tag_

Economic Daily:

How far has large-scale farming gone? Thank you.

Fang Lijuan:

Quite far. Large-scale hog farms, those that sell at least 500 hogs a year, slaughtered {253.3|hogs|LS} million hogs in the first half, {68.5|p|LS_sh}% of the total. The remaining {116.5|hogs|SMALL} million came from smaller farms and households.

There were {178,600|farms|FARMS} such large farms at the end of June, or about {1,420|hogs|PER_FARM} hogs per farm over the six months.

Their number fell. A year earlier there were {181,900|farms|FARMS_prev}, so {3,300|farms|FARMS_ch} have closed or merged, a decline of {1.8|p|gFARMS}%. Fewer farms, bigger farms.

In dairy, large farms produced {15.64|tonnes|LD} million tonnes of milk, {79.0|p|LD_sh}% of all milk. Farms with fewer than 100 cows gave the other {4.16|tonnes|SD} million tonnes.

_ueditor_page_break_tag_

China Daily:

Milk prices are weak too. How did dairy do? Thank you.

Qiao Dezhong:

The cows did fine. It is the milk powder that sits in the warehouse.

Milk output reached {19.80|tonnes|MILK_r} million tonnes, up {0.6|p|gMILK}%, or about {120,000|tonnes|MILK_rise} tonnes more. Eggs did better: {17.42|tonnes|EGG_r} million tonnes, up {2.5|p|gEGG}%, about {420,000|tonnes|EGG_rise} tonnes more. Egg output grew {1.9|pp|EGG_gap} percentage points faster than milk.

We had {4.71|cows|COWS} million dairy cows in milk, and each gave about {4.2|tonnes|PER_COW} tonnes over the six months.

Inner Mongolia alone produced {3.96|tonnes|IM} million tonnes, {20.0|p|IM_sh}% of the country's milk. With Hebei at {2.43|tonnes|HB} million tonnes and Heilongjiang at {1.93|tonnes|HL} million tonnes, the three provinces gave {8.32|tonnes|MILK3} million tonnes, {42.0|p|MILK3_sh}% of the national total.

_ueditor_page_break_tag_

Hunan Daily:

Which provinces produce the most pork? Thank you.

Fang Lijuan:

Sichuan, as always. It produced {2.62|tonnes|SC} million tonnes, {8.7|p|SC_sh}% of the country's pork.

Henan came second with {2.31|tonnes|HN} million tonnes. Hunan produced {2.24|tonnes|HUN} million tonnes and Shandong {2.05|tonnes|SDG} million tonnes.

Those four gave {9.22|tonnes|PORK4} million tonnes between them, {30.5|p|PORK4_sh}% of all pork, an average of {2.31|tonnes|PORK4_avg} million tonnes each.

_ueditor_page_break_tag_

Economic Information Daily:

Feed is the biggest cost. What happened in the feed industry? Thank you.

Fang Lijuan:

Feed output was {154.30|tonnes|FEED_r} million tonnes, up {4.9|p|gFEED_r}%, about {7.2|tonnes|FEED_rise} million tonnes more than a year earlier.

Pig feed came to {75.60|tonnes|PIGF} million tonnes, up {4.5|p|gPIGF}%. That is {49.0|p|PIGF_sh}% of all feed. It grew {0.4|pp|PIGF_gap} percentage point slower than feed as a whole, and still supplied {2.2|pp|PIGF_c} percentage points of its growth.

Poultry feed reached {62.00|tonnes|POULF} million tonnes, up {6.8|p|gPOULF}%: {15.90|tonnes|LAYF} million tonnes of layer feed and {48.10|tonnes|BROF} million tonnes of broiler feed. It is {40.2|p|POULF_sh}% of the total, {0.7|pp|POULF_shch} percentage point more than a year earlier.

Feed for cattle and sheep fell {3.4|p|gRUMF}% to {7.80|tonnes|RUMF} million tonnes, {8.3|pp|RUMF_gap} percentage points below the total, and aquatic and other feed rose {3.0|p|gOTHF}% to {8.90|tonnes|OTHF} million tonnes.

Qiao Dezhong:

A hog eats three kilograms of feed for every kilogram it gains. Soybean meal is the expensive part, and we have cut its share in the ration for the third year running.

_ueditor_page_break_tag_

The Paper:

Does poultry feed explain the growth of feed output? Thank you.

Fang Lijuan:

A good part of it. Poultry feed, {62.00|tonnes|POULF_r} million tonnes in all, is the second-largest kind. With a {40.2|p|POULF_sh_r}% share and growth of {6.8|p|gPOULF_r}%, poultry feed added {3.7|pp|POULF_c} percentage points to the growth of all feed.

_ueditor_page_break_tag_

CGTN:

African swine fever and avian influenza are always a worry. How was disease control? Thank you.

Shi Wenbo:

Calm, and we intend to keep it calm. No regional outbreak was reported in the half year.

In the spring campaign we used {812|doses|FMD} million doses of foot-and-mouth disease vaccine, {1.93|doses|AI} billion doses of avian influenza vaccine and {678|doses|OTHV} million doses against peste des petits ruminants and other diseases, {3.42|doses|DOSES} billion doses in all. Foot-and-mouth vaccine was {23.7|p|FMD_sh}% of the doses.

Vaccines do the work quietly. You only hear about them when they are missing.

Every farm that sells across provinces must now show its records. There are no exceptions for small farms.

_ueditor_page_break_tag_

Southern Metropolis Daily:

What will the second half bring for farmers? Thank you.

Qiao Dezhong:

Steadier prices, if the sows behave. We produced nearly {50|tonnes|MEAT_r2} million tonnes of meat in six months, more than {30|tonnes|PORK_r2} million tonnes of it pork, and the sow herd is about {40.4|head|SOW_r2} million. That is enough pork for everyone and a little too much for the price.

We will keep the herd inside the green zone, train young farmers aged 18 to 35, and push the soybean-meal reduction plan. Pigs are patient. Farmers should be too.

Yan Peilin:

Thank you, Director General Qiao, Ms. Fang and Mr. Shi, and thank you all. This concludes today's press conference.

Translated and edited by Han Yuwei, Xu Mengqi and Daniel Carter. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Yan Peilin

/4\u00a0\u00a0\u00a0\u00a0Qiao Dezhong

/4\u00a0\u00a0\u00a0\u00a0Fang Lijuan

/4\u00a0\u00a0\u00a0\u00a0Shi Wenbo
"""

# ---- relation builders written for set 31 (ids refer to the inline marks in TEXT) ----
def adds_up(total, *parts):
    return ("sum", [(total, "total")] + [(p, "part") for p in parts])
def portion(share, part, whole):
    return ("share", [(share, "share"), (part, "part"), (whole, "whole")])
def echo(first, again):
    return ("restatement", [(first, "first"), (again, "restated")])
def apart(gap, rate, base):
    return ("gap", [(gap, "gap"), (rate, "rate"), (base, "base-rate")])
def turn(change, later, earlier):
    return ("acceleration", [(change, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def pooled_growth(total_growth, *pairs):
    figs = [(total_growth, "total-growth")]
    for k in range(0, len(pairs), 2):
        figs += [(pairs[k], "part"), (pairs[k + 1], "part-growth")]
    return ("growth", figs)
def tilt(change, part, whole, part_g, whole_g):
    return ("share-change", [(change, "change"), (part, "part"), (whole, "whole"), (part_g, "part-growth"), (whole_g, "whole-growth")])
def tilt_of_share(change, share, part_g, whole_g):
    return ("share-change", [(change, "change"), (share, "share"), (part_g, "part-growth"), (whole_g, "whole-growth")])
def pull(points, part, whole, part_g, whole_g):
    return ("contribution", [(points, "contribution"), (part, "part"), (whole, "whole"), (part_g, "part-growth"), (whole_g, "whole-growth")])
def pull_of_share(points, share, part_g, whole_g):
    return ("contribution", [(points, "contribution"), (share, "share"), (part_g, "part-growth"), (whole_g, "whole-growth")])
def moved_by_rate(change, level, growth):
    return ("absolute-change", [(change, "change"), (level, "level"), (growth, "growth")])
def moved_from(change, level, previous):
    return ("absolute-change", [(change, "change"), (level, "level"), (previous, "previous")])
def mean_of(avg, *items):
    return ("average", [(avg, "average")] + [(x, "item") for x in items])
def per_unit(avg, total, count):
    return ("average", [(avg, "average"), (total, "total"), (count, "count")])
def headcount_rate(count, change, growth):
    return ("count-change", [(count, "count"), (change, "change"), (growth, "growth")])
def headcount_prev(count, change, previous):
    return ("count-change", [(count, "count"), (change, "change"), (previous, "previous")])
RELATIONS = [
    # sums
    adds_up("MEAT", "PORK_r", "BEEF", "MUT", "POUL"),
    adds_up("PORK_r", "Q1", "Q2"),
    adds_up("HOGS_r", "LS", "SMALL"),
    adds_up("MILK_r", "LD", "SD"),
    adds_up("MILK3", "IM", "HB", "HL"),
    adds_up("PORK4", "SC", "HN", "HUN", "SDG"),
    adds_up("FEED_r", "PIGF", "POULF", "RUMF", "OTHF"),
    adds_up("DOSES", "FMD", "AI", "OTHV"),
    # shares
    portion("PORK_sh", "PORK_r", "MEAT"),
    portion("POUL_sh", "POUL", "MEAT"),
    portion("SOW_sh", "SOW_r", "HERD_r"),
    portion("SOW_norm", "SOW_r", "NORM"),
    portion("LS_sh", "LS", "HOGS_r"),
    portion("LD_sh", "LD", "MILK_r"),
    portion("IM_sh", "IM", "MILK_r"),
    portion("MILK3_sh", "MILK3", "MILK_r"),
    portion("SC_sh", "SC", "PORK_r"),
    portion("PORK4_sh", "PORK4", "PORK_r"),
    portion("PIGF_sh", "PIGF", "FEED_r"),
    portion("POULF_sh", "POULF", "FEED_r"),
    portion("FMD_sh", "FMD", "DOSES"),
    # gaps
    apart("PORK_gap", "gPORK", "gMEAT_q"),
    apart("BEEF_gap", "gBEEF", "gMEAT_q"),
    apart("MUT_gap", "gMUT", "gMEAT_q"),
    apart("POUL_gap", "gPOUL", "gMEAT_q"),
    apart("EGG_gap", "gEGG", "gMILK"),
    apart("PIGF_gap", "gPIGF", "gFEED_r"),
    apart("RUMF_gap", "gRUMF", "gFEED_r"),
    # growth of totals
    pooled_growth("gMEAT_q", "PORK_r", "gPORK", "BEEF", "gBEEF", "MUT", "gMUT", "POUL", "gPOUL"),
    pooled_growth("gPORK_q", "Q1", "gQ1", "Q2", "gQ2"),
    pooled_growth("gFEED_r", "PIGF", "gPIGF", "POULF", "gPOULF", "RUMF", "gRUMF", "OTHF", "gOTHF"),
    # share changes
    tilt_of_share("PORK_shch", "PORK_sh", "gPORK", "gMEAT_q"),
    tilt("POUL_shch", "POUL", "MEAT", "gPOUL", "gMEAT_q"),
    tilt_of_share("POULF_shch", "POULF_sh", "gPOULF", "gFEED_r"),
    # accelerations
    turn("Q_acc", "gQ2", "gQ1"),
    turn("P_acc", "gP_Q2", "gP_Q1"),
    # contributions
    pull("MUT_c", "MUT", "MEAT", "gMUT", "gMEAT_q"),
    pull_of_share("POUL_c", "POUL_sh", "gPOUL", "gMEAT_q"),
    pull("PIGF_c", "PIGF", "FEED_r", "gPIGF", "gFEED_r"),
    # absolute changes
    moved_by_rate("PORK_rise", "PORK_r", "gPORK"),
    moved_by_rate("MUT_fall", "MUT", "gMUT"),
    moved_by_rate("MEAT_rise", "MEAT", "gMEAT_q"),
    moved_by_rate("MILK_rise", "MILK_r", "gMILK"),
    moved_by_rate("EGG_rise", "EGG_r", "gEGG"),
    moved_by_rate("BP_rise", "BP", "gBP"),
    moved_by_rate("FEED_rise", "FEED_r", "gFEED_r"),
    moved_from("P_drop", "P_Q2", "P_Q1"),
    # averages
    mean_of("P_Q2", "P_APR", "P_MAY", "P_JUN"),
    mean_of("PORK4_avg", "SC", "HN", "HUN", "SDG"),
    per_unit("PER_FARM", "LS", "FARMS"),
    per_unit("PER_COW", "MILK_r", "COWS"),
    # count changes
    headcount_rate("HERD_r", "HERD_ch", "gHERD"),
    headcount_rate("SOW_r", "SOW_ch", "gSOW"),
    headcount_rate("HOGS_r", "HOGS_ch", "gHOGS"),
    headcount_prev("FARMS", "FARMS_ch", "FARMS_prev"),
    headcount_rate("FARMS", "FARMS_ch", "gFARMS"),
    # restatements
    echo("gMEAT", "gMEAT_q"),
    echo("PORK", "PORK_r"),
    echo("gPORK", "gPORK_q"),
    echo("HERD", "HERD_r"),
    echo("SOW", "SOW_r"),
    echo("MILK", "MILK_r"),
    echo("EGG", "EGG_r"),
    echo("FEED", "FEED_r"),
    echo("gFEED", "gFEED_r"),
    echo("POULF", "POULF_r"),
    echo("gPOULF", "gPOULF_r"),
    echo("MEAT", "MEAT_r2"),
    echo("PORK", "PORK_r2"),
    echo("SOW", "SOW_r2"),
]
PLANTED = [
    ("sum", "BROF", ["POULF", "LAYF"]),
    ("contribution", "POULF_c", ["POULF_sh_r", "gPOULF_r", "gFEED_r"]),
]
