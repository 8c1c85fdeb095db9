TEXT = """
Press conference on press, publishing and copyright in 2024

Beijing | 10 a.m. April 23, 2025

The National Press and Publication Administration (NPPA) held a press conference on Wednesday in Beijing, on World Book Day, to report on book, periodical and newspaper publishing, digital publishing, copyright work and reading in 2024.

Speakers

Ding Shuya, deputy director of the National Press and Publication Administration (NPPA)

Luo Zhenhai, director general of the Publishing Management Department of the NPPA

Meng Qiaoyun, director general of the Copyright Administration Department of the NPPA

Chairperson

Pei Xiangdong, director general of the General Office of the NPPA and spokesperson of the NPPA

Read in Chinese

Speakers:

Ms. Ding Shuya, deputy director of the National Press and Publication Administration (NPPA)

Mr. Luo Zhenhai, director general of the Publishing Management Department of the NPPA

Ms. Meng Qiaoyun, director general of the Copyright Administration Department of the NPPA

Chairperson:

Mr. Pei Xiangdong, director general of the General Office of the NPPA and spokesperson of the NPPA

Date:

April 23, 2025


Pei Xiangdong:

Good morning, friends from the media, and happy World Book Day. Today we will talk about books and about the people who read them, write them and own the rights to them. Deputy Director Ding Shuya will open, and then she, Mr. Luo Zhenhai and Ms. Meng Qiaoyun will take your questions.

Deputy Director Ding, please.

Ding Shuya:

Thank you. Somebody once wrote that a book is a garden carried in the pocket. Last year we planted a great many gardens.

Publishers brought out {528,600|titles|TIT} book titles in 2024, {1.5|p|gTIT}% more than in 2023, and printed {11.52|copies|COP} billion copies.

Revenue from digital publishing reached {1,731.5|y|DIG} billion yuan, up {7.6|p|gDIG}%.

Copyright registrations came to {10.04|registrations|CR} million, up {12.6|p|gCR}%.

The comprehensive reading rate of adults was {81.9|p|RR}%. On average each adult read {4.79|books|PB} printed books and {3.42|e-books|EB} e-books.

The country had {68,400|bookstores|BS} physical bookstores at the end of the year.

Numbers are only the cover. The story is inside, and I hope my colleagues will open it for you.

Pei Xiangdong:

Thank you, Deputy Director Ding. Now the floor is open. Please identify your news outlet before asking.

_ueditor_page_break_tag_

Xinhua News Agency:

The number of book titles rose {1.5|p|gTIT_q}% last year. Were they new books or reprints? Thank you.

Luo Zhenhai:

Let me read from the ledger.

New titles numbered {227,400|titles|NEW}, down {2.4|p|gNEW}%, or {5,600|titles|NEW_ch} fewer than in 2023. That is {43.0|p|NEW_sh}% of all titles, {1.7|pp|NEW_shch} percentage points less than the year before.

Reprints rose {4.6|p|gREP}% to {301,200|titles|REP}, an increase of {13,200|titles|REP_ch}. Reprints grew {7.0|pp|REP_gap} percentage points faster than new titles.

Publishers are printing what sells again and trying fewer untested books. We think that is healthy, within limits.

Copies printed totaled {11.52|copies|COP_r} billion, up {3.1|p|gCOP}%, about {350|copies|COP_ch} million copies more. That works out to about {21,800|copies|PER_TIT} copies a title.

_ueditor_page_break_tag_

China Reading Weekly:

Which provinces print the most books? Thank you.

Luo Zhenhai:

Beijing, where most of the central publishing houses sit. Publishers there printed {1.41|copies|BJ} billion copies, {12.2|p|BJ_sh}% of the national total.

Jiangsu followed with {1.06|copies|JS} billion copies, Zhejiang with {0.98|copies|ZJ} billion and Shandong with {0.87|copies|SD} billion.

The four provinces printed {4.32|copies|P4} billion copies, {37.5|p|P4_sh}% of the country's, or {1.08|copies|P4_avg} billion copies each on average.

_ueditor_page_break_tag_

People's Daily:

Digital publishing revenue grew {7.6|p|gDIG_q}%. What drove it? Thank you.

Ding Shuya:

Games, classrooms and ears.

Online games brought in {328.5|y|GAME} billion yuan, up {7.5|p|gGAME}%. That is {19.0|p|GAME_sh}% of digital publishing revenue, and about {23|y|GAME_ch} billion yuan more than the year before.

Educational publishing online earned {276.4|y|EDU} billion yuan, up {9.8|p|gEDU}%, {2.2|pp|EDU_gap} percentage points faster than digital publishing as a whole. Its share rose by {0.3|pp|EDU_shch} percentage point and it supplied {1.5|pp|EDU_c} percentage points of the growth.

Digital reading, which is e-books, online literature and audiobooks, earned {66.1|y|READ} billion yuan, up {11.4|p|gREAD}%.

The rest, {1,060.5|y|OTH} billion yuan, up {6.9|p|gOTH}%, came from online advertising, animation, mobile publishing and other services. It is {61.2|p|OTH_sh}% of the total.

In all, digital publishing earned about {123|y|DIG_ch} billion yuan more than in 2023.

_ueditor_page_break_tag_

China Youth Daily:

Young people say they listen to books more than they read them. Is that true? Thank you.

Ding Shuya:

They do both, and they do it on the bus.

Of the {66.1|y|READ_r} billion yuan of digital reading, online literature earned {43.6|y|LIT} billion yuan, {66.0|p|LIT_sh}% of it, up {12.4|p|gLIT}%. Audiobooks earned {14.3|y|AUD} billion yuan, up {12.9|p|gAUD}%, and e-books {8.2|y|EBK} billion yuan, up {3.8|p|gEBK}%.

Audiobooks grew {9.1|pp|AUD_gap} percentage points faster than e-books. A novel of 300 chapters now reaches more people through earphones than through the page.

The survey tells the same story. The adult reading rate rose to {81.9|p|RR_r}% from {81.3|p|RR_prev}%, by {0.6|pp|RR_acc} percentage point. Adults read {4.79|books|PB_r} printed books and {3.42|e-books|EB_r} e-books each, {8.21|books|ALLB} books in all. Among minors aged 0 to 17 the reading rate was {96.1|p|MINOR}%.

_ueditor_page_break_tag_

Guangming Daily:

Copyright registrations passed {10|registrations|CR_q} million for the first time. What was registered? Thank you.

Meng Qiaoyun:

Let me be precise. Registrations totaled {10.04|registrations|CR_r} million, up {12.6|p|gCR_r}%.

Registrations of works were {7.47|registrations|WK} million, up {16.2|p|gWK}%. They were {74.4|p|WK_sh}% of all registrations and contributed {11.7|pp|WK_c} percentage points of the growth. In number, that is about {1.04|registrations|WK_ch} million more.

Software copyright registrations were {2.57|registrations|SW} million, up {3.2|p|gSW}%, about {80,000|registrations|SW_ch} more. Their share fell by {2.3|pp|SW_shch} percentage points. Works grew {13.0|pp|WK_gap} percentage points faster than software.

Of the works, {3.68|registrations|PHO} million were photographs, {49.3|p|PHO_sh}% of them, {2.41|registrations|ART} million were fine art and design, {0.57|registrations|TXT} million were written works, and {0.81|registrations|OWK} million were music, film, maps and other works.

Registration is now online through the Copyright Registration Platform 2.0. A photographer in Urumqi does not need to come to Beijing.

_ueditor_page_break_tag_

China Daily:

How many copyrights did China sell abroad? Thank you.

Meng Qiaoyun:

We exported the rights to {16,950|titles|EX} titles, {8.3|p|gEX}% more than in 2023, about {1,300|titles|EX_ch} titles more. We imported the rights to {13,700|titles|IM} titles.

Exports exceeded imports by {3,250|titles|SUR} titles. Trade in both directions covered {30,650|titles|TRD} titles, and exports were {55.3|p|EX_sh}% of it.

Web novels travel best. A reader in Manila and a reader in Chengdu argue about the same hero.

_ueditor_page_break_tag_

China Press and Publishing Journal:

Newspapers and magazines keep shrinking. How far? Thank you.

Luo Zhenhai:

Not as fast as people think.

We had {10,130|periodicals|PER} periodicals, {45|periodicals|PER_ch} more than the {10,085|periodicals|PER_prev} of the year before, and {1,790|newspapers|NEWS} newspapers.

Periodicals printed {1.96|copies|PER_C} billion copies, down {3.6|p|gPER_C}%, and newspapers {25.70|copies|NEWS_C} billion copies, down {5.2|p|gNEWS_C}%. Newspaper copies fell {1.6|pp|NP_gap} percentage points faster.

Together they printed {27.66|copies|PN_C} billion copies, a decline of {5.1|p|gPN_C}%.

_ueditor_page_break_tag_

Beijing Youth Daily:

Are bookstores closing or opening? Thank you.

Ding Shuya:

Opening, to my own surprise. There were {68,400|bookstores|BS_r} physical bookstores at the end of 2024, {1,900|bookstores|BS_ch} more than the {66,500|bookstores|BS_prev} a year earlier.

Luo Zhenhai:

Retail sales of books told a slower story. Sales were {26.4|y|Q1} billion yuan in the first quarter, down {4.2|p|gQ1}%, and {25.1|y|Q2} billion yuan in the second, down {2.8|p|gQ2}%, a decline {1.4|pp|Q2acc} percentage points smaller.

In the third quarter sales were {28.6|y|Q3} billion yuan, down {1.1|p|gQ3}%. In the fourth they reached {31.3|y|Q4} billion yuan and grew {1.6|p|gQ4}%, a swing of {2.7|pp|Q4acc} percentage points.

For the year, book retail sales were {111.4|y|RET} billion yuan, down {1.5|p|gRET}%, an average of {27.9|y|RET_avg} billion yuan a quarter.

_ueditor_page_break_tag_

Phoenix TV:

What are the plans for this year? Thank you.

Ding Shuya:

More readers, fewer pirates. Last year we published more than {520,000|titles|TIT_r2} titles, digital publishing passed {1.7|y|DIG_r2} trillion yuan, and more than {83|p|RR_r2}% of adults read at least one book. That is a good base.

Meng Qiaoyun:

And on copyright, no leniency. Bookstores grew {5.8|p|gBS}% to {68,400|bookstores|BS_r2} last year; we want every one of them to sell only honest copies.

Ding Shuya:

The 21st National Reading Survey starts next month. A book waits patiently on the shelf; we only have to hand it to somebody.

Pei Xiangdong:

Thank you, Deputy Director Ding, Mr. Luo and Ms. Meng, and thank you all. This concludes today's press conference.

Translated and edited by Lin Xiaotong, Gao Ruoxi and Emily Rhodes. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Pei Xiangdong

/4\u00a0\u00a0\u00a0\u00a0Ding Shuya

/4\u00a0\u00a0\u00a0\u00a0Luo Zhenhai

/4\u00a0\u00a0\u00a0\u00a0Meng Qiaoyun
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
    adds_up("TIT", "NEW", "REP"),
    adds_up("READ_r", "LIT", "AUD", "EBK"),
    adds_up("DIG", "GAME", "EDU", "READ", "OTH"),
    adds_up("CR_r", "WK", "SW"),
    adds_up("WK", "PHO", "ART", "TXT", "OWK"),
    adds_up("P4", "BJ", "JS", "ZJ", "SD"),
    adds_up("EX", "IM", "SUR"),
    adds_up("TRD", "EX", "IM"),
    adds_up("PN_C", "PER_C", "NEWS_C"),
    adds_up("ALLB", "PB_r", "EB_r"),
    adds_up("RET", "Q1", "Q2", "Q3", "Q4"),
    # shares
    portion("NEW_sh", "NEW", "TIT"),
    portion("BJ_sh", "BJ", "COP_r"),
    portion("P4_sh", "P4", "COP_r"),
    portion("GAME_sh", "GAME", "DIG"),
    portion("OTH_sh", "OTH", "DIG"),
    portion("LIT_sh", "LIT", "READ_r"),
    portion("WK_sh", "WK", "CR_r"),
    portion("PHO_sh", "PHO", "WK"),
    portion("EX_sh", "EX", "TRD"),
    # gaps
    apart("REP_gap", "gREP", "gNEW"),
    apart("EDU_gap", "gEDU", "gDIG_q"),
    apart("AUD_gap", "gAUD", "gEBK"),
    apart("WK_gap", "gWK", "gSW"),
    apart("NP_gap", "gNEWS_C", "gPER_C"),
    # growth of totals
    pooled_growth("gTIT_q", "NEW", "gNEW", "REP", "gREP"),
    pooled_growth("gDIG_q", "GAME", "gGAME", "EDU", "gEDU", "READ", "gREAD", "OTH", "gOTH"),
    pooled_growth("gREAD", "LIT", "gLIT", "AUD", "gAUD", "EBK", "gEBK"),
    pooled_growth("gCR_r", "WK", "gWK", "SW", "gSW"),
    pooled_growth("gPN_C", "PER_C", "gPER_C", "NEWS_C", "gNEWS_C"),
    pooled_growth("gRET", "Q1", "gQ1", "Q2", "gQ2", "Q3", "gQ3", "Q4", "gQ4"),
    # share changes
    tilt_of_share("NEW_shch", "NEW_sh", "gNEW", "gTIT_q"),
    tilt("EDU_shch", "EDU", "DIG", "gEDU", "gDIG_q"),
    tilt("SW_shch", "SW", "CR_r", "gSW", "gCR_r"),
    # accelerations
    turn("Q2acc", "gQ2", "gQ1"),
    turn("Q4acc", "gQ4", "gQ3"),
    turn("RR_acc", "RR_r", "RR_prev"),
    # contributions
    pull("EDU_c", "EDU", "DIG", "gEDU", "gDIG_q"),
    pull_of_share("WK_c", "WK_sh", "gWK", "gCR_r"),
    # absolute changes
    moved_by_rate("COP_ch", "COP_r", "gCOP"),
    moved_by_rate("GAME_ch", "GAME", "gGAME"),
    moved_by_rate("DIG_ch", "DIG", "gDIG_q"),
    moved_by_rate("WK_ch", "WK", "gWK"),
    moved_by_rate("SW_ch", "SW", "gSW"),
    # averages
    per_unit("PER_TIT", "COP_r", "TIT"),
    mean_of("P4_avg", "BJ", "JS", "ZJ", "SD"),
    mean_of("RET_avg", "Q1", "Q2", "Q3", "Q4"),
    # count changes
    headcount_rate("NEW", "NEW_ch", "gNEW"),
    headcount_rate("REP", "REP_ch", "gREP"),
    headcount_rate("EX", "EX_ch", "gEX"),
    headcount_prev("PER", "PER_ch", "PER_prev"),
    headcount_prev("BS_r", "BS_ch", "BS_prev"),
    # restatements
    echo("gTIT", "gTIT_q"),
    echo("COP", "COP_r"),
    echo("gDIG", "gDIG_q"),
    echo("CR", "CR_r"),
    echo("gCR", "gCR_r"),
    echo("PB", "PB_r"),
    echo("EB", "EB_r"),
    echo("BS", "BS_r"),
    echo("READ", "READ_r"),
    echo("CR", "CR_q"),
    echo("RR", "RR_r"),
    echo("TIT", "TIT_r2"),
    echo("DIG", "DIG_r2"),
    echo("BS", "BS_r2"),
]
PLANTED = [
    ("count-change", "gBS", ["BS_r2", "BS_ch"]),
    ("restatement", "RR_r2", ["RR"]),
]
