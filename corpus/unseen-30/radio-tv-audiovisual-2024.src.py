TEXT = """
Press conference on the development of the radio, television and online audiovisual industry in 2024

Beijing | 3 p.m. April 24, 2025

The National Radio and Television Administration (NRTA) held a press conference on Thursday in Beijing on the revenue, audiences, production and exports of the radio, television and online audiovisual industry in 2024.

Speakers

Fang Zhenyu, deputy director of the National Radio and Television Administration (NRTA)

Qiao Lingxi, director general of the Department of Planning and Finance of the NRTA

Du Haoran, director general of the Department of Online Audiovisual Programme Management of the NRTA

Chairperson

Gu Yimin, director general of the General Office of the NRTA and spokesperson of the NRTA

Read in Chinese

Speakers:

Mr. Fang Zhenyu, deputy director of the National Radio and Television Administration (NRTA)

Ms. Qiao Lingxi, director general of the Department of Planning and Finance of the NRTA

Mr. Du Haoran, director general of the Department of Online Audiovisual Programme Management of the NRTA

Chairperson:

Mr. Gu Yimin, director general of the General Office of the NRTA and spokesperson of the NRTA

Date:

April 24, 2025


Gu Yimin:

Good afternoon, everyone. Our industry's annual statistics for 2024 are now complete. Deputy Director Fang Zhenyu will present the main figures, and he, Ms. Qiao Lingxi and Mr. Du Haoran will then answer your questions.

Deputy Director Fang, please.

Fang Zhenyu:

Thank you. Every year people tell me television is dying, and every year more people are watching something. The screen has changed. The appetite for stories has not.

In 2024, total revenue of the radio, television and online audiovisual industry reached {1.50|y|TOT} trillion yuan, up {9.0|p|gT}%.

Online audiovisual services earned {1,184.6|y|OAV} billion yuan of it, growing {11.9|p|gO}%.

Cable television still reached {198.6|households|CABH} million households.

We approved {115|series|SER} TV drama series with {3,390|episodes|EPS} episodes for distribution.

Exports of radio and television programmes were worth {712.6|usd|EXP} million US dollars, up {9.4|p|gE}%.

And the industry gave work to {1.09|people|ST} million people.

A good story needs no translation, only a good screen. That is what we are building.

Gu Yimin:

Thank you, Deputy Director Fang. Now the floor is open. Please identify your news outlet before asking.

_ueditor_page_break_tag_

Xinhua News Agency:

Revenue grew {9.0|p|gT_q}% last year. How much of that came from online platforms? Thank you.

Qiao Lingxi:

Let me open the ledger. Online audiovisual services took in {1,184.6|y|OAV_r} billion yuan, {78.8|p|OAV_sh}% of the industry, a share {2.0|pp|OAV_shch} percentage points larger than in 2023.

They grew {2.9|pp|OAV_gap} percentage points faster than the industry and contributed {9.1|pp|OAV_c} percentage points to its growth, which is more than the whole of it. In money, online revenue rose by about {126|y|OAV_rise} billion yuan.

The traditional side shrank. Cable television networks earned {68.2|y|CAB} billion yuan, down {4.6|p|gC}%, which is {13.6|pp|CAB_gap} percentage points below the industry.

The cable networks now hold {4.5|p|CAB_sh}% of industry revenue, {0.6|pp|CAB_shch} percentage point less than a year earlier. They took {0.24|pp|CAB_c} percentage point off the industry's growth and earned {3.3|y|CAB_fall} billion yuan less than in 2023.

IPTV platforms took in {21.9|y|IPTV} billion yuan, up {6.3|p|gI}%, {2.7|pp|IPTV_gap} percentage points slower than the industry.

Advertising on radio and television, programme sales and other services together came to {229.5|y|REST} billion yuan, up {0.3|p|gR}%.

On the books, then, the industry earned {1,504.2|y|TOT_r} billion yuan, about {125|y|TOT_rise} billion yuan more than in 2023.

_ueditor_page_break_tag_

CCTV:

Has broadcast advertising held up? Thank you.

Qiao Lingxi:

Not entirely. Advertising on radio and television earned {93.7|y|ADV} billion yuan, down {2.1|p|gA}%, or {2.0|y|ADV_fall} billion yuan less.

Its share is now {6.2|p|ADV_sh}%, {0.7|pp|ADV_shch} percentage point below the year before.

Programme sales, including copyright sales of TV dramas, brought in {51.4|y|PROG} billion yuan, up {3.5|p|gP}%. Other services earned {84.4|y|OTS} billion yuan, up {1.2|p|gS}%.

Du Haoran:

Advertisers follow the eyes, and the eyes are on the phone. Online advertising on audiovisual platforms came to {302.4|y|ONADV} billion yuan, up {13.2|p|gOA}%. That is {25.5|p|ONADV_sh}% of online revenue.

_ueditor_page_break_tag_

People's Daily:

What else makes up online audiovisual revenue? Thank you.

Du Haoran:

The screen has turned on its side. Short video and live streaming are the biggest piece: {589.2|y|SVLS} billion yuan, up {13.6|p|gSV}%.

That is nearly half of online revenue, {49.7|p|SVLS_sh}% if you want the decimal. Short video and live streaming alone added {6.7|pp|SVLS_c} percentage points to online growth.

Subscriptions and other payments from users came to {216.8|y|SUBS} billion yuan, up {8.5|p|gSU}%. Other online services brought in {76.2|y|OTHO} billion yuan, up {4.4|p|gOTHO}%.

People pay for what they love. They scroll past the rest.

_ueditor_page_break_tag_

Beijing Youth Daily:

Some say micro-dramas are now a business of more than {50|y|MD_q} billion yuan. Is that right? Thank you.

Du Haoran:

It is right, and then some. Online micro-dramas earned {50.5|y|MD} billion yuan last year, up {34.9|p|gMD}%, about {13.1|y|MD_rise} billion yuan more than in 2023.

They are {4.3|p|MD_sh}% of online audiovisual revenue, yet they supplied {1.2|pp|MD_c} percentage points of its growth.

Platforms submitted {3,880|titles|MDT} micro-drama titles for review, {740|titles|MDT_ch} more than the {3,140|titles|MDT_prev} titles in 2023, an increase of {23.6|p|MDT_g}%.

An episode lasts a minute or two. You can watch one between two bus stops, and many people do.

_ueditor_page_break_tag_

China Daily:

Fewer TV dramas were made last year. Is the industry losing its appetite for long series? Thank you.

Fang Zhenyu:

Fewer, and better. We approved {115|series|SER_r} series in 2024, {41|series|SER_ch} fewer than the {156|series|SER_prev} series of 2023, a drop of {26.3|p|SER_g}%.

They had {3,390|episodes|EPS_r} episodes between them, about {29.5|episodes|EPS_avg} episodes per series. Thirty episodes is the new forty. Nobody misses the padding.

For children, {331|titles|AN} TV animation titles ran to {86,530|minutes|ANM} minutes, some {261|minutes|AN_avg} minutes each.

Channels also showed {86|films|TVF} films made for television, most of them shot in the countryside.

_ueditor_page_break_tag_

Economic Daily:

Cable television keeps losing subscribers. How many left last year? Thank you.

Qiao Lingxi:

Cable television had {198.6|households|CABH_r} million households at the end of the year, {6.9|households|CABH_ch} million fewer than a year earlier, a decline of {3.4|p|CABH_g}%.

IPTV had {410.5|accounts|IPTVU} million accounts, up {4.1|p|gIPTVU}%, an increase of about {16.2|accounts|IPTVU_rise} million accounts.

Fang Zhenyu:

The television set is not dying. It has moved house, from the cable to the broadband line.

_ueditor_page_break_tag_

CGTN:

Programme exports topped {700|usd|EXP_q} million US dollars last year. What sold best abroad? Thank you.

Fang Zhenyu:

TV dramas, by far. Exports of radio and television programmes were worth {712.6|usd|EXP_r} million US dollars, up {9.4|p|gE_r}%, about {61|usd|EXP_rise} million US dollars more than in 2023.

TV dramas earned {405.3|usd|EXD} million US dollars of that, {56.9|p|EXD_sh}%, and grew {12.8|p|gED}%, {3.4|pp|EXD_gap} percentage points faster than programme exports as a whole.

Of the {3,930|episodes|EPS_bad} episodes of TV drama approved last year, costume dramas travelled best, especially to Southeast Asia. A palace intrigue needs subtitles, not explanations.

_ueditor_page_break_tag_

Guangming Daily:

Which provinces lead the industry? Thank you.

Qiao Lingxi:

Beijing, where most platforms keep their headquarters. It took in {389.5|y|BJ} billion yuan, {25.9|p|BJ_sh}% of industry revenue.

Zhejiang earned {236.8|y|ZJ} billion yuan, Guangdong {218.7|y|GD} billion yuan and Shanghai {197.4|y|SH} billion yuan.

Those four together took in {1,042.4|y|P4} billion yuan, {69.3|p|P4_sh}% of the total, an average of {260.6|y|P4_avg} billion yuan each.

_ueditor_page_break_tag_

Securities Times:

Did online revenue speed up or slow down during the year? Thank you.

Qiao Lingxi:

It sped up every quarter. Online revenue grew {10.6|p|Q1g}% in the first quarter and {11.2|p|Q2g}% in the second, {0.6|pp|Q2acc} percentage point faster.

In the third quarter it grew {12.4|p|Q3g}%, {2.2|pp|Q3acc} percentage points faster than in the second.

The fourth quarter was the strongest, up {13.2|p|Q4g}%, a further {0.8|pp|Q4acc} percentage point.

By quarter, online revenue was {271.3|y|Q1} billion yuan, {289.6|y|Q2} billion yuan, {298.8|y|Q3} billion yuan and {324.9|y|Q4} billion yuan.

_ueditor_page_break_tag_

Workers' Daily:

How many people work in the industry now? Thank you.

Qiao Lingxi:

At the end of 2024 the industry employed {1,092,000|people|ST_r} people, {2.3|p|ST_g}% more than a year earlier, or {24,600|people|ST_ch} more.

Broadcasters employed {408,600|people|STB} and online audiovisual institutions {683,400|people|STO}.

Each person in the industry brought in about {1.38|y|ST_avg} million yuan of revenue.

Du Haoran:

The online side is young. Most of the people who edit, subtitle and review the programmes are aged 22 to 35.

_ueditor_page_break_tag_

Ta Kung Pao:

What is the goal for this year? Thank you.

Fang Zhenyu:

More than {1.5|y|TOT_r2} trillion yuan of revenue, close to {1.1|people|ST_r2} million people at work and over {400|accounts|IPTVU_r2} million IPTV accounts are a base, not a ceiling. This year we want better stories, not just more minutes.

Gu Yimin:

Thank you, Deputy Director Fang, Ms. Qiao and Mr. Du, and thank you all. This concludes today's press conference.

Translated and edited by Wang Xiaoqing, He Jun and Emily Foster. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Gu Yimin

/4\u00a0\u00a0\u00a0\u00a0Fang Zhenyu

/4\u00a0\u00a0\u00a0\u00a0Qiao Lingxi

/4\u00a0\u00a0\u00a0\u00a0Du Haoran
"""

# ---- relation builders for this set (ids refer to the inline marks in TEXT) ----
def total_of(total, *parts):
    return ("sum", [(total, "total")] + [(p, "part") for p in parts])
def slice_of(share, part, whole):
    return ("share", [(share, "share"), (part, "part"), (whole, "whole")])
def same_as(first, restated):
    return ("restatement", [(first, "first"), (restated, "restated")])
def spread(gap, rate, base):
    return ("gap", [(gap, "gap"), (rate, "rate"), (base, "base-rate")])
def pace_shift(change, later, earlier):
    return ("acceleration", [(change, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def joint_growth(total_growth, *pairs):
    out = [(total_growth, "total-growth")]
    for i in range(0, len(pairs), 2):
        out += [(pairs[i], "part"), (pairs[i + 1], "part-growth")]
    return ("growth", out)
def weight_shift(change, part, whole, pg, wg):
    return ("share-change", [(change, "change"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def weight_shift_pct(change, share, pg, wg):
    return ("share-change", [(change, "change"), (share, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def lift(c, part, whole, pg, wg):
    return ("contribution", [(c, "contribution"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def lift_pct(c, share, pg, wg):
    return ("contribution", [(c, "contribution"), (share, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def delta_rate(change, level, growth):
    return ("absolute-change", [(change, "change"), (level, "level"), (growth, "growth")])
def delta_prev(change, level, previous):
    return ("absolute-change", [(change, "change"), (level, "level"), (previous, "previous")])
def mean_items(avg, *items):
    return ("average", [(avg, "average")] + [(i, "item") for i in items])
def ratio_avg(avg, total, count):
    return ("average", [(avg, "average"), (total, "total"), (count, "count")])
def tally_rate(count, change, growth):
    return ("count-change", [(count, "count"), (change, "change"), (growth, "growth")])
def tally_prev(count, change, previous):
    return ("count-change", [(count, "count"), (change, "change"), (previous, "previous")])
RELATIONS = [
    # sums
    total_of("TOT_r", "OAV_r", "CAB", "IPTV", "REST"),
    total_of("REST", "ADV", "PROG", "OTS"),
    total_of("OAV_r", "SVLS", "ONADV", "SUBS", "OTHO"),
    total_of("P4", "BJ", "ZJ", "GD", "SH"),
    total_of("OAV_r", "Q1", "Q2", "Q3", "Q4"),
    total_of("ST_r", "STB", "STO"),
    # shares
    slice_of("OAV_sh", "OAV_r", "TOT_r"),
    slice_of("CAB_sh", "CAB", "TOT_r"),
    slice_of("ADV_sh", "ADV", "TOT_r"),
    slice_of("ONADV_sh", "ONADV", "OAV_r"),
    slice_of("SVLS_sh", "SVLS", "OAV_r"),
    slice_of("MD_sh", "MD", "OAV_r"),
    slice_of("EXD_sh", "EXD", "EXP_r"),
    slice_of("BJ_sh", "BJ", "TOT_r"),
    slice_of("P4_sh", "P4", "TOT_r"),
    # gaps
    spread("OAV_gap", "gO", "gT"),
    spread("CAB_gap", "gC", "gT"),
    spread("IPTV_gap", "gI", "gT"),
    spread("EXD_gap", "gED", "gE_r"),
    # growth of totals
    joint_growth("gT", "OAV_r", "gO", "CAB", "gC", "IPTV", "gI", "REST", "gR"),
    joint_growth("gR", "ADV", "gA", "PROG", "gP", "OTS", "gS"),
    joint_growth("gO", "SVLS", "gSV", "ONADV", "gOA", "SUBS", "gSU", "OTHO", "gOTHO"),
    joint_growth("gO", "Q1", "Q1g", "Q2", "Q2g", "Q3", "Q3g", "Q4", "Q4g"),
    # share changes
    weight_shift_pct("OAV_shch", "OAV_sh", "gO", "gT"),
    weight_shift("CAB_shch", "CAB", "TOT_r", "gC", "gT"),
    weight_shift("ADV_shch", "ADV", "TOT_r", "gA", "gT"),
    # accelerations
    pace_shift("Q2acc", "Q2g", "Q1g"),
    pace_shift("Q4acc", "Q4g", "Q3g"),
    # contributions
    lift_pct("OAV_c", "OAV_sh", "gO", "gT"),
    lift("CAB_c", "CAB", "TOT_r", "gC", "gT"),
    lift("SVLS_c", "SVLS", "OAV_r", "gSV", "gO"),
    lift("MD_c", "MD", "OAV_r", "gMD", "gO"),
    # absolute changes
    delta_rate("OAV_rise", "OAV_r", "gO"),
    delta_rate("CAB_fall", "CAB", "gC"),
    delta_rate("TOT_rise", "TOT_r", "gT"),
    delta_rate("ADV_fall", "ADV", "gA"),
    delta_rate("MD_rise", "MD", "gMD"),
    delta_rate("EXP_rise", "EXP_r", "gE_r"),
    delta_rate("IPTVU_rise", "IPTVU", "gIPTVU"),
    # averages
    ratio_avg("EPS_avg", "EPS_r", "SER_r"),
    ratio_avg("AN_avg", "ANM", "AN"),
    mean_items("P4_avg", "BJ", "ZJ", "GD", "SH"),
    ratio_avg("ST_avg", "TOT_r", "ST_r"),
    # count changes
    tally_rate("CABH_r", "CABH_ch", "CABH_g"),
    tally_rate("SER_r", "SER_ch", "SER_g"),
    tally_prev("SER_r", "SER_ch", "SER_prev"),
    tally_prev("MDT", "MDT_ch", "MDT_prev"),
    tally_rate("MDT", "MDT_ch", "MDT_g"),
    tally_rate("ST_r", "ST_ch", "ST_g"),
    # restatements
    same_as("gT", "gT_q"),
    same_as("OAV", "OAV_r"),
    same_as("TOT", "TOT_r"),
    same_as("TOT", "TOT_r2"),
    same_as("CABH", "CABH_r"),
    same_as("SER", "SER_r"),
    same_as("EPS", "EPS_r"),
    same_as("EXP", "EXP_r"),
    same_as("gE", "gE_r"),
    same_as("EXP_q", "EXP_r"),
    same_as("ST", "ST_r"),
    same_as("ST", "ST_r2"),
    same_as("IPTVU", "IPTVU_r2"),
    same_as("MD_q", "MD"),
]
PLANTED = [
    ("acceleration", "Q3acc", ["Q3g", "Q2g"]),
    ("restatement", "EPS_bad", ["EPS"]),
]
