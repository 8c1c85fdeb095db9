TEXT = """
Press conference on the development of China's tea industry in 2024

Beijing | 10 a.m. April 22, 2025

The Ministry of Agriculture and Rural Affairs (MARA) and the China Tea Marketing Association (CTMA) held a press conference on Tuesday in Beijing on the development of the tea industry in 2024.

Speakers

Pan Jiasheng, vice minister of Agriculture and Rural Affairs

Lu Yingzhi, director general of the Department of Planting Management of the MARA

Ouyang Tao, president of the China Tea Marketing Association (CTMA)

Chairperson

Xie Wanqing, deputy director general of the Information Office of the MARA and spokesperson of the MARA

Read in Chinese

Speakers:

Mr. Pan Jiasheng, vice minister of Agriculture and Rural Affairs

Ms. Lu Yingzhi, director general of the Department of Planting Management of the MARA

Mr. Ouyang Tao, president of the China Tea Marketing Association (CTMA)

Chairperson:

Ms. Xie Wanqing, deputy director general of the Information Office of the MARA and spokesperson of the MARA

Date:

April 22, 2025


Xie Wanqing:

Good morning, everyone. Welcome to this press conference of the Ministry of Agriculture and Rural Affairs. Today Vice Minister Pan Jiasheng will brief you on the tea industry in 2024. Director General Lu Yingzhi and President Ouyang Tao of the China Tea Marketing Association will answer your questions with him.

Mr. Pan, please.

Pan Jiasheng:

Thank you, Ms. Xie. Good morning.

A cup of tea begins on a hillside long before anyone drinks it, so let me begin with the hills.

At the end of 2024, China's tea gardens covered {3.43|hectares|A} million hectares, or about {51.5|mu|A_mu} million mu, up {1.2|p|gA}% from a year earlier. That is {40,000|hectares|A_ch} hectares more than the {3.39|hectares|Ap} million hectares of 2023. Of that area, {2.95|hectares|H} million hectares were picked, {86.0|p|H_sh}% of the total, and each picked hectare gave {1.23|tonnes|YIELD} tonnes of dry tea.

Dry tea output reached {3.62|tonnes|T} million tonnes, up {5.6|p|gT}%. Its value at the first sale was {345.2|y|V} billion yuan, up {4.7|p|gV}% from {329.7|y|Vp} billion yuan, or {15.5|y|V_rise} billion yuan more.

Output grew {1.5|pp|T_acc} percentage points faster than in 2023, when it rose {4.1|p|gTp}%.

Set against 2020, the garden area is up {8.2|p|gA20}%. Output is {0.64|tonnes|T_ch20} million tonnes higher than the {2.98|tonnes|T20} million tonnes of that year, and its value has risen {30.5|p|gV20}% from {264.6|y|V20} billion yuan, an increase of {80.6|y|V_ch20} billion yuan.

Exports were {374,000|tonnes|EX} tonnes, up {1.8|p|gEX}%, or {6,600|tonnes|EX_rise} tonnes more, worth {1.42|usd|EXV} billion US dollars, down {4.3|p|gEXV}%.

Last year we launched the "3 Teas" campaign, which ties tea culture, the tea industry and tea science together in the main producing counties. Tea is a leaf, but it is also a living for a great many families.

Xie Wanqing:

Thank you, Mr. Pan. The floor is now open. Please say which news organization you are with.

_ueditor_page_break_tag_

Xinhua News Agency:

Output grew {5.6|p|gT_q}%, but its value only {4.7|p|gV_q}%. Is tea becoming cheaper for the people who grow it? Thank you.

Lu Yingzhi:

Thank you. Let me be exact, because the two rates measure different things.

The value at first sale grew more slowly than the tonnage because the mix moved towards fermented teas picked later in the year, which sell for less at the garden gate. In the shops it is another story.

Domestic sales came to {2.53|tonnes|DS} million tonnes, {69.9|p|DS_sh}% of output, and brought in {322.7|y|DV} billion yuan. The average retail price was {127.5|y|PRICE} yuan per kilogram, up {2.1|p|gPRICE}% from {124.9|y|PRICEp} yuan, or {2.6|y|PRICE_ch} yuan more.

So the grower sold more tea at a slightly lower price per leaf, and the drinker paid a little more per cup. That is not a contradiction. That is a supply chain.

_ueditor_page_break_tag_

China Central Television (CCTV):

Green tea has always been the mainstay. Are other teas catching up? Thank you.

Lu Yingzhi:

Green tea output was {2.14|tonnes|G} million tonnes, up {3.9|p|gG}%. It is still {59.1|p|G_sh}% of all tea, but that is {1.0|pp|G_shch} percentage point lower than in 2023. It contributed {2.3|pp|G_c} percentage points of the growth.

Black tea rose {9.6|p|gB}% to {538,000|tonnes|B} tonnes, {4.0|pp|B_gap} percentage points faster than tea output as a whole. Its share is now {14.9|p|B_sh}%, up {0.5|pp|B_shch} percentage point, and it added {1.4|pp|B_c} percentage points to growth.

Dark tea came to {462,000|tonnes|D} tonnes, up {8.2|p|gD}%, or {12.8|p|D_sh}% of output, a share {1.3|pp|D_shch} percentage points higher than a year earlier.

Young drinkers want a cup that tastes of something, and black and dark tea give it to them.

_ueditor_page_break_tag_

Economic Daily:

Exports fell by more than {4|p|gEXV_q}% in value. Is Chinese tea losing its foreign buyers? Thank you.

Ouyang Tao:

I have sold tea abroad for thirty years, and I can tell you buyers do not leave; they bargain.

By weight we sold more. By value we sold less: export value fell {4.3|p|gEXV_r}%, {64|usd|EXV_ch} million US dollars less than a year earlier. Even so, the fall was {3.9|pp|EXV_acc} percentage points smaller than in 2023, when export value dropped {8.2|p|gEXVp}%.

The average export price was {3,800|usd|EXP} US dollars a tonne. Exports were {10.3|p|EX_sh}% of what we grew.

Morocco remains our biggest customer, at {74,600|tonnes|MOR} tonnes, {19.9|p|MOR_sh}% of exports. Uzbekistan took {31,200|tonnes|UZB} tonnes and Ghana {25,800|tonnes|GHA} tonnes. Those three markets bought {131,600|tonnes|X3} tonnes between them, {35.2|p|X3_sh}% of the total.

Green tea made up {82.9|p|GEX_sh}% of exports, at {310,000|tonnes|GEX} tonnes; black tea, {31,500|tonnes|BEX} tonnes.

We buy tea as well. Imports were {41,500|tonnes|IM} tonnes worth {138|usd|IMV} million US dollars, mostly black tea from Sri Lanka and India, so the trade surplus in tea came to {1.28|usd|SURP} billion US dollars. A trader who only sells soon forgets what good tea tastes like.

_ueditor_page_break_tag_

Yunnan Daily:

Which provinces are driving output? Yunnan alone grew more than {570,000|tonnes|YN_q} tonnes. Thank you.

Pan Jiasheng:

Tea follows the mountains, and the mountains are in the south and west.

Yunnan produced {571,000|tonnes|YN} tonnes, up {7.9|p|gYN}%, {2.3|pp|YN_gap} percentage points faster than the national rate, and on its own it produced {15.8|p|YN_sh}% of the country's tea. Fujian produced {548,000|tonnes|FJ} tonnes and Guizhou {486,000|tonnes|GZ} tonnes. The three provinces together produced {1.605|tonnes|P3} million tonnes, {44.4|p|P3_sh}% of the national output, or {535,000|tonnes|P3_avg} tonnes each on average.

Hubei produced {452,000|tonnes|HB} tonnes, up {6.8|p|gHB}%, {2.2|pp|HB_gap} percentage points faster than the national {5.6|p|gT_hb}%. Sichuan produced {417,000|tonnes|SC} tonnes, up {5.1|p|gSC}%, {0.5|pp|SC_gap} percentage point below the national rate.

Zhejiang grew only {2.4|p|gZJ}%, to {198,000|tonnes|ZJ} tonnes, but its tea was worth {30.2|y|ZJV} billion yuan. A small garden with a famous name is still a rich garden.

_ueditor_page_break_tag_

Farmers' Daily:

What has changed for tea farmers themselves? Thank you.

Lu Yingzhi:

About {32|people|FARM} million people grow tea. Farmers aged 45 to 59 are {41.3|p|AGE}% of them, so we need younger hands.

More of them now work through cooperatives. Tea cooperatives numbered {41,260|cooperatives|COOP} at the end of 2024, {2,380|cooperatives|COOP_ch} more than the {38,880|cooperatives|COOPp} of 2023, an increase of {6.1|p|gCOOP}%.

{324|products|GI} tea products now carry a geographical indication, {18|products|GI_ch} more than a year before, when there were {306|products|GIp}, a rise of {5.9|p|gGI}%.

_ueditor_page_break_tag_

China Daily:

Black tea is now close to {15|p|B_sh_q}% of output, and oolong, white and yellow tea are smaller still, but buyers talk about them a lot. How did they do? Thank you.

Ouyang Tao:

They are small in tonnes and large in conversation.

Oolong tea output was {336,000|tonnes|OO} tonnes, up {4.1|p|gOO}%. White tea reached {118,000|tonnes|WH} tonnes, up {12.3|p|gWH}%, {6.7|pp|WH_gap} percentage points faster than all tea, and it added {0.4|pp|WH_c} percentage point to growth. Yellow tea, the smallest, was {24,000|tonnes|YE} tonnes, up {15.0|p|gYE}%.

The rest of the output beyond green, black and dark tea, that is these three, came to {478,000|tonnes|REST} tonnes, up {6.5|p|gREST}%.

_ueditor_page_break_tag_

The Paper:

Can you sum up the year in a few numbers? Thank you.

Pan Jiasheng:

More than {3.6|tonnes|T_r} million tonnes of tea from nearly {3.5|hectares|A_r} million hectares of gardens. A first-sale value of about {345|y|V_r} billion yuan. More than {370,000|tonnes|EX_r} tonnes sold abroad, close to {60|p|G_sh_r}% of our tea still green, and more than {41,000|cooperatives|COOP_r} cooperatives to carry it down the hill.

The "3 Teas" campaign is in its second year. We will judge it by one thing: whether a young person in a tea village can see a future on the slope where their grandparents stood.

Xie Wanqing:

Thank you, Mr. Pan, Ms. Lu and Mr. Ouyang, and thank you all. This concludes today's press conference.

Translated and edited by Zhang Ruoxi, He Mingyue and Daniel Brooks. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Xie Wanqing

/4\u00a0\u00a0\u00a0\u00a0Pan Jiasheng

/4\u00a0\u00a0\u00a0\u00a0Lu Yingzhi

/4\u00a0\u00a0\u00a0\u00a0Ouyang Tao
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
    adds_up("T", "G", "B", "D", "REST"),
    adds_up("REST", "OO", "WH", "YE"),
    adds_up("P3", "YN", "FJ", "GZ"),
    adds_up("X3", "MOR", "UZB", "GHA"),
    adds_up("EXV", "IMV", "SURP"),
    adds_up("V", "Vp", "V_rise"),
    adds_up("T", "T20", "T_ch20"),
    # shares
    portion("H_sh", "H", "A"),
    portion("DS_sh", "DS", "T"),
    portion("G_sh", "G", "T"),
    portion("B_sh", "B", "T"),
    portion("D_sh", "D", "T"),
    portion("EX_sh", "EX", "T"),
    portion("MOR_sh", "MOR", "EX"),
    portion("X3_sh", "X3", "EX"),
    portion("GEX_sh", "GEX", "EX"),
    portion("P3_sh", "P3", "T"),
    portion("YN_sh", "YN", "T"),
    # gaps
    margin("B_gap", "gB", "gT"),
    margin("WH_gap", "gWH", "gT"),
    margin("YN_gap", "gYN", "gT"),
    margin("SC_gap", "gSC", "gT"),
    # growth of totals from parts
    mix_growth("gT", "G", "gG", "B", "gB", "D", "gD", "REST", "gREST"),
    mix_growth("gREST", "OO", "gOO", "WH", "gWH", "YE", "gYE"),
    # share changes
    drift_of("G_shch", "G_sh", "gG", "gT"),
    drift("B_shch", "B", "T", "gB", "gT"),
    # accelerations
    pace("T_acc", "gT", "gTp"),
    pace("EXV_acc", "gEXV_r", "gEXVp"),
    # contributions
    pull("G_c", "G", "T", "gG", "gT"),
    pull_of("B_c", "B_sh", "gB", "gT"),
    pull("WH_c", "WH", "T", "gWH", "gT"),
    # absolute changes
    moved_by_rate("A_ch", "A", "gA"),
    moved_from("A_ch", "A", "Ap"),
    moved_by_rate("V_rise", "V", "gV"),
    moved_from("PRICE_ch", "PRICE", "PRICEp"),
    moved_by_rate("PRICE_ch", "PRICE", "gPRICE"),
    moved_by_rate("EXV_ch", "EXV", "gEXV"),
    moved_by_rate("V_ch20", "V", "gV20"),
    moved_from("V_ch20", "V", "V20"),
    moved_from("T_ch20", "T", "T20"),
    moved_by_rate("EX_rise", "EX", "gEX"),
    # averages
    per_unit("EXP", "EXV", "EX"),
    mean_of("P3_avg", "YN", "FJ", "GZ"),
    per_unit("YIELD", "T", "H"),
    # count changes
    headcount_rate("COOP", "COOP_ch", "gCOOP"),
    headcount_from("COOP", "COOP_ch", "COOPp"),
    headcount_rate("GI", "GI_ch", "gGI"),
    headcount_from("GI", "GI_ch", "GIp"),
    # restatements
    echo("gT", "gT_q"),
    echo("gV", "gV_q"),
    echo("gEXV", "gEXV_q"),
    echo("gEXV", "gEXV_r"),
    echo("gT", "gT_hb"),
    echo("T", "T_r"),
    echo("A", "A_r"),
    echo("V", "V_r"),
    echo("EX", "EX_r"),
    echo("G_sh", "G_sh_r"),
    echo("COOP", "COOP_r"),
    echo("YN", "YN_q"),
    echo("B_sh", "B_sh_q"),
]
PLANTED = [
    ("share-change", "D_shch", ["D_sh", "gD", "gT"]),
    ("gap", "HB_gap", ["gHB", "gT_hb"]),
]
