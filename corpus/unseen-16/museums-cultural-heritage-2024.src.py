TEXT = """
NCHA press conference on museums and cultural heritage in 2024

Beijing | 3 p.m. May 15, 2025

The National Cultural Heritage Administration (NCHA) held a press conference Thursday in Beijing on the development of museums and the protection of cultural heritage in 2024, ahead of International Museum Day on May 18.

Speakers

Wei Chengzhi, deputy director of the National Cultural Heritage Administration (NCHA)

Lan Ruoxi, director general of the Department of Museum Management and Social Cultural Relics of the NCHA

Tang Yuanheng, director general of the Department of Archaeology of the NCHA

Ke Minglan, deputy director of the Office of the Leading Group for the Fourth National Cultural Relics Census

Chairperson

Jin Shuyao, spokesperson of the NCHA and director general of its General Office

Read in Chinese

Speakers:

Mr. Wei Chengzhi, deputy director of the National Cultural Heritage Administration (NCHA)

Ms. Lan Ruoxi, director general of the Department of Museum Management and Social Cultural Relics of the NCHA

Mr. Tang Yuanheng, director general of the Department of Archaeology of the NCHA

Ms. Ke Minglan, deputy director of the Office of the Leading Group for the Fourth National Cultural Relics Census

Chairperson:

Ms. Jin Shuyao, spokesperson of the NCHA and director general of its General Office

Date:

May 15, 2025


Jin Shuyao:

Good afternoon, friends from the media. Welcome to this press conference of the National Cultural Heritage Administration. International Museum Day falls on Sunday. Today we have invited Mr. Wei Chengzhi, deputy director of the NCHA, to introduce the development of museums and the protection of cultural heritage in 2024 and to answer your questions. With him are Ms. Lan Ruoxi, director general of the Department of Museum Management and Social Cultural Relics, Mr. Tang Yuanheng, director general of the Department of Archaeology, and Ms. Ke Minglan, deputy director of the census office.

Mr. Wei, please.

Wei Chengzhi:

Thank you, Ms. Jin. Good afternoon. A museum is a country's memory with the doors left open. Last year more people walked through those doors than in any year before, and many of them were children holding a parent's hand. Let me give you the main figures.

By the end of 2024, China had {7,046|museums|MUS} registered museums, {213|museums|MUS_ch} more than a year earlier, up {3.1|p|MUS_gr}%. Of them, {6,470|museums|FREE} were open free of charge, {91.8|p|FREE_sh}% of the total.

Museums received {1.49|visits|VIS} billion visits, up {15.5|p|VIS_gr}%, and held {43,960|exhibitions|EXH} exhibitions and {418,000|educational activities|EDU} educational activities. Their collections hold {48.3|items|COL} million items, of which {4.93|items|PREC} million items are graded as precious cultural relics, {10.2|p|PREC_sh}% of the collections.

Museum shops did well too. Sales of cultural and creative products reached {5.48|y|CC} billion yuan, up {17.9|p|CC_gr}%.

The fourth national cultural relics census, which began in 2023, has finished most of its field survey, and {104,300|sites|NEW} sites have been newly recorded. The results will be published in 2026.

This year we will complete the census, open more small museums in counties, and let cultural relics speak to people in their own language. Thank you.

Jin Shuyao:

Thank you, Mr. Wei. The floor is now open. Please state your news outlet before asking.

_ueditor_page_break_tag_

Xinhua News Agency:

China now has more than {7,000|museums|q_MUS} museums. Who runs them, and where are they? Thank you.

Lan Ruoxi:

Thank you. In plain numbers: state-owned museums numbered {4,831|museums|ST}, {68.6|p|ST_sh}% of the total, and non-state museums {2,215|museums|NS}, or {31.4|p|NS_sh}%. Non-state museums grew by {161|museums|NS_ch} in the year, up {7.8|p|NS_gr}%, so their share rose {1.4|pp|NS_shch} percentage points.

Last year {262|museums|OPEN} new museums were registered and {49|museums|CLOSED} closed or merged, which is where the net gain of {213|museums|MUS_ch_r} comes from. A year earlier the country had {6,833|museums|MUS0}.

By region, the east has {3,121|museums|E}, the central region {1,902|museums|C} and the west {2,023|museums|W}. The east holds {44.3|p|E_sh}% of them, the west {28.7|p|W_sh}%.

Graded museums number {2,695|museums|GR}, {38.2|p|GR_sh}% of the total: {327|museums|G1} of the first grade, {1,071|museums|G2} of the second and {1,297|museums|G3} of the third.

Wei Chengzhi:

If I may add, the museums that still charge mostly ask between {20|y|TK1} and {60|y|TK2} yuan a ticket. And a county museum with three rooms and a good guide is worth as much to its town as a palace is to Beijing. That is why we count them all.

_ueditor_page_break_tag_

China Daily:

Visits jumped by more than {15|p|q_VIS_gr}% last year. Where did the crowds come from? Thank you.

Lan Ruoxi:

Many were young, and many came in the summer. In the first half of the year museums received {690|visits|H1} million visits, up {12.4|p|H1_gr}%. In the second half they received {800|visits|H2} million, up {18.3|p|H2_gr}%, {5.9|pp|H_acc} percentage points faster.

July grew {18.9|p|JUL}% and August {22.3|p|AUG}%, {3.4|pp|M_acc} percentage points faster again, an average of {20.6|p|M_avg}% over the two months when students were on holiday.

For the whole year that made {1.49|visits|VIS_r} billion visits, about {200|visits|VIS_ch} million more than the {1.29|visits|VIS0} billion of 2023. Each museum received about {211,000|visits|VIS_avg} visits on average.

State-owned museums received {1.312|visits|VST} billion visits, up {14.7|p|VST_gr}%. Non-state museums received {178|visits|VNS} million, up {21.7|p|VNS_gr}%, {7.0|pp|VNS_gap} percentage points faster. They took {11.9|p|VNS_sh}% of visits, {0.6|pp|VNS_shch} percentage point more than a year before, and contributed {2.5|pp|VNS_c} percentage points of the growth. The state-owned ones contributed {13.0|pp|VST_c} points.

Wei Chengzhi:

I would add the children. Minors made {412|visits|MIN} million visits, {32.7|p|MIN_sh}% of all visits. Schools now bring classes to museums as part of the curriculum, and it shows.

Visits grew {12.4|pp|VIS_MUS_gap} percentage points faster than the number of museums, so the halls are fuller. On busy days we ask museums to take bookings, not to turn people away.

_ueditor_page_break_tag_

CCTV:

How much excavation was done last year, and what was found? Thank you.

Tang Yuanheng:

Thank you. Archaeology is slow work, so let me give the count first. In 2024 we approved {1,689|excavation projects|PRJ} excavation projects. Of them, {1,314|excavation projects|SAL} were salvage excavations ahead of construction, {77.8|p|SAL_sh}% of the total, and {375|excavation projects|ACT} were active excavations for research.

Together they opened {2.21|square meters|AREA} million square meters of ground, about {1,300|square meters|AREA_avg} square meters a project. Salvage work is not second-class work. Some of our best finds came from a trench dug a week before the bulldozers arrived.

As for what was found, at Sanxingdui more than {13,000|objects|SXD} objects from the sacrificial pits have now been numbered, and the repair of the bronze masks goes on in front of visitors. The evidence for more than five thousand years of civilization grows every season.

_ueditor_page_break_tag_

The Paper:

The census reportedly found more than {100,000|sites|q_NEW} new sites. How far has it gone? Thank you.

Ke Minglan:

Thank you. To be exact, the third census registered {766,722|sites|REG} sites of immovable cultural relics. By the end of April our survey teams had reviewed {712,400|sites|REV} of them, {92.9|p|REV_sh}% of the list.

Of those reviewed, {694,800|sites|STAND} still stand, and {17,600|sites|GONE} have been destroyed or have vanished, {2.5|p|GONE_sh}% of those reviewed. Most were lost to road building and to rain. Teams have also recorded {104,300|sites|NEW_r} new sites.

The field survey ends in June, and the data will be checked county by county. Anyone who sees a site being damaged can call the 12345 hotline.

_ueditor_page_break_tag_

Economic Daily:

Where does the money for protection come from? And are museum shops making money? Thank you.

Ke Minglan:

Let me take the money. Central government funds for the protection of cultural relics came to {7.92|y|FUND} billion yuan in 2024, up {3.4|p|FUND_gr}%, about {260|y|FUND_ch} million yuan more.

Of it, {4.63|y|KEY} billion yuan went to key sites under state protection, up {4.6|p|KEY_gr}%, or {58.5|p|KEY_sh}% of the funds. Key sites alone accounted for {2.7|pp|KEY_c} percentage points of the increase. Subsidies for free admission to museums were {2.14|y|FREEF} billion yuan, up {5.2|p|FREEF_gr}%. Archaeology and other work received {1.15|y|OTHF} billion yuan, down {3.9|p|OTHF_gr}%, because several large projects were finished in 2023.

Lan Ruoxi:

On museum shops, sales of cultural and creative products were {5.48|y|CC_r} billion yuan, about {830|y|CC_ch} million yuan more than in 2023. They grew {2.4|pp|CC_gap} percentage points faster than visits. People take home a fridge magnet, but they also come back.

_ueditor_page_break_tag_

Reuters:

How many lost relics did China bring home last year, and how open are museums to foreign visitors? Thank you.

Wei Chengzhi:

Since 2012 we have brought home {2,186|cultural relics|RET} cultural relics and artworks lost overseas, {87|cultural relics|RET24} of them last year. At the end of 2023 the count stood at {2,099|cultural relics|RET0}. Each return came by negotiation, judicial cooperation or donation, never by buying stolen goods at auction.

Lan Ruoxi:

Exchanges went both ways. Our museums sent {71|exhibitions|OUTEX} exhibitions abroad and received {58|exhibitions|INEX} from overseas, {129|exhibitions|EXCH} exhibitions in both directions.

Foreign visitors made {6.2|visits|FOR} million visits to our museums, {0.4|p|FOR_sh}% of all visits. That share is still small. With the 240-hour visa-free transit policy, we expect more.

_ueditor_page_break_tag_

People's Daily:

Which provinces have the most museums, and how many exhibitions does a museum hold? Thank you.

Lan Ruoxi:

Shandong has the most, {786|museums|SD}, followed by Zhejiang with {462|museums|ZJ} and Henan with {417|museums|HN}. Together the three have {1,665|museums|TOP3}, {23.6|p|TOP3_sh}% of the national total.

Of the {327|museums|G1_r} first-grade museums, Beijing has the largest number. They are {12.1|p|G1_sh}% of the graded museums.

Exhibitions rose {9.8|p|EXH_gr}% to {43,960|exhibitions|EXH_r}, about {3,900|exhibitions|EXH_ch} more than in 2023. Each museum held {6.2|exhibitions|EXH_avg} exhibitions on average.

Wei Chengzhi:

Let me close with the short version. More than {7,000|museums|q_MUS2} museums, nearly {1.5|visits|q_VIS} billion visits, over {90|p|q_FREE_sh}% of the museums free to enter, {548|y|CC_bad} million yuan of cultural and creative products, and nearly {8|y|q_FUND} billion yuan of central funds to protect what is left in the ground. We will keep the doors open. Thank you.

Jin Shuyao:

Thank you, Mr. Wei, Ms. Lan, Mr. Tang and Ms. Ke. Thank you, friends from the media. This concludes today's press conference.

Translated and edited by Qin Lu, Fang Xiaoxue and Laura Grant. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Jin Shuyao

/4\u00a0\u00a0\u00a0\u00a0Wei Chengzhi

/4\u00a0\u00a0\u00a0\u00a0Lan Ruoxi

/4\u00a0\u00a0\u00a0\u00a0Tang Yuanheng

/4\u00a0\u00a0\u00a0\u00a0Ke Minglan
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
    total("MUS", "ST", "NS"),
    total("MUS", "E", "C", "W"),
    total("GR", "G1", "G2", "G3"),
    total("OPEN", "MUS_ch_r", "CLOSED"),
    total("VIS_r", "H1", "H2"),
    total("VIS_r", "VST", "VNS"),
    total("PRJ", "SAL", "ACT"),
    total("REV", "STAND", "GONE"),
    total("FUND", "KEY", "FREEF", "OTHF"),
    total("TOP3", "SD", "ZJ", "HN"),
    total("EXCH", "OUTEX", "INEX"),
    # shares
    share("FREE_sh", "FREE", "MUS"),
    share("PREC_sh", "PREC", "COL"),
    share("ST_sh", "ST", "MUS"),
    share("NS_sh", "NS", "MUS"),
    share("E_sh", "E", "MUS"),
    share("W_sh", "W", "MUS"),
    share("GR_sh", "GR", "MUS"),
    share("VNS_sh", "VNS", "VIS_r"),
    share("SAL_sh", "SAL", "PRJ"),
    share("REV_sh", "REV", "REG"),
    share("GONE_sh", "GONE", "REV"),
    share("KEY_sh", "KEY", "FUND"),
    share("FOR_sh", "FOR", "VIS_r"),
    share("TOP3_sh", "TOP3", "MUS"),
    share("G1_sh", "G1_r", "GR"),
    # gaps
    gap("VNS_gap", "VNS_gr", "VST_gr"),
    gap("VIS_MUS_gap", "VIS_gr", "MUS_gr"),
    gap("CC_gap", "CC_gr", "VIS_gr"),
    # restatements
    same("MUS", "q_MUS"), same("MUS", "q_MUS2"), same("MUS_ch", "MUS_ch_r"), same("VIS", "VIS_r"),
    same("VIS", "q_VIS"), same("VIS_gr", "q_VIS_gr"), same("FREE_sh", "q_FREE_sh"), same("EXH", "EXH_r"),
    same("CC", "CC_r"), same("NEW", "NEW_r"), same("NEW", "q_NEW"), same("G1", "G1_r"), same("FUND", "q_FUND"),
    # growth of a total from its parts
    growth("VIS_gr", "H1", "H1_gr", "H2", "H2_gr"),
    growth("VIS_gr", "VST", "VST_gr", "VNS", "VNS_gr"),
    growth("FUND_gr", "KEY", "KEY_gr", "FREEF", "FREEF_gr", "OTHF", "OTHF_gr"),
    # share changes
    shchange("NS_shch", "NS_sh", "NS_gr", "MUS_gr"),
    shchange("VNS_shch", "VNS_sh", "VNS_gr", "VIS_gr"),
    # accelerations
    accel("H_acc", "H2_gr", "H1_gr"),
    accel("M_acc", "AUG", "JUL"),
    # contributions
    contrib("VNS_c", "VNS", "VNS_gr", "VIS_r", "VIS_gr"),
    contrib("VST_c", "VST", "VST_gr", "VIS_r", "VIS_gr"),
    contrib("KEY_c", "KEY", "KEY_gr", "FUND", "FUND_gr"),
    # absolute changes
    abs_g("FUND_ch", "FUND", "FUND_gr"),
    abs_g("CC_ch", "CC_r", "CC_gr"),
    abs_g("EXH_ch", "EXH_r", "EXH_gr"),
    # averages
    avg_tc("VIS_avg", "VIS_r", "MUS"),
    avg_tc("AREA_avg", "AREA", "PRJ"),
    avg_tc("EXH_avg", "EXH_r", "MUS"),
    avg_items("M_avg", "JUL", "AUG"),
    # count changes
    cc_g("MUS", "MUS_ch", "MUS_gr"),
    cc_p("MUS", "MUS_ch_r", "MUS0"),
    cc_g("NS", "NS_ch", "NS_gr"),
    cc_g("VIS_r", "VIS_ch", "VIS_gr"),
    cc_p("VIS_r", "VIS_ch", "VIS0"),
    cc_p("RET", "RET24", "RET0"),
]
PLANTED = [
    ("share", "MIN_sh", ["MIN", "VIS_r"]),
    ("restatement", "CC_bad", ["CC"]),
]
