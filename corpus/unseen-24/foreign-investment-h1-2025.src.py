TEXT = """
MOFCOM press conference on two-way investment in H1 2025

Beijing | 10 a.m. July 24, 2025

The Ministry of Commerce (MOFCOM) held a press conference Thursday in Beijing on the use of foreign investment and on outbound investment and economic cooperation in the first half of 2025.

Speakers

Zhu Bingkun, director general of the Department of Foreign Investment Administration of the Ministry of Commerce (MOFCOM)

Lu Haoran, director general of the Department of Outward Investment and Economic Cooperation of the MOFCOM

Chairperson

Song Yiwen, spokesperson of the MOFCOM

Read in Chinese

Speakers:

Mr. Zhu Bingkun, director general of the Department of Foreign Investment Administration of the Ministry of Commerce (MOFCOM)

Ms. Lu Haoran, director general of the Department of Outward Investment and Economic Cooperation of the MOFCOM

Chairperson:

Ms. Song Yiwen, spokesperson of the MOFCOM

Date:

July 24, 2025


Song Yiwen:

Good morning. Welcome to this press conference of the Ministry of Commerce. Investment flows both ways, and today we look at both directions for the first half of the year. Mr. Zhu Bingkun will speak on foreign investment in China, and Ms. Lu Haoran on Chinese investment abroad. Then they will take your questions.

Mr. Zhu, please.

Zhu Bingkun:

Thank you, Ms. Song. Good morning, everyone. I often say foreign investment is like a tree. You judge it by its roots as well as by its leaves.

In the first half of 2025, China's actual use of foreign investment was {423.23|y|F} billion yuan, down {15.2|p|Fg}% year on year, or about {75.9|y|F_ch} billion yuan less. In US dollar terms it was {58.91|usd|FUSD} billion US dollars, down {15.9|p|FUSDg}%, some {11.1|usd|FUSD_ch} billion US dollars less.

The roots kept spreading. There were {30,014|enterprises|N} newly established foreign-invested enterprises, up {11.7|p|Ng}%, or {3,144|enterprises|N_ch} more than a year earlier.

Lu Haoran:

Thank you. Let me add the other direction. China's outbound direct investment totaled {567.36|y|ODI} billion yuan, up {6.8|p|ODIg}%. Of this, non-financial direct investment was {491.86|y|NF} billion yuan, up {3.7|p|NFg}%, which was {68.47|usd|NFU} billion US dollars, up {3.0|p|NFUg}%.

Overseas contracted projects completed a turnover of {570.48|y|TO} billion yuan, up {5.1|p|TOg}%, and signed new contracts worth {749.22|y|NC} billion yuan, up {12.0|p|NCg}%.

Song Yiwen:

Thank you both. Now the floor is open. Please identify your outlet.

_ueditor_page_break_tag_

Bloomberg:

Foreign investment fell by more than {15|p|Fg_q}%. Is the decline getting worse? Thank you.

Zhu Bingkun:

I understand the concern. In the first five months the actual use of foreign investment was {358.19|y|J5} billion yuan, down {13.2|p|J5g}%. The decline for the half was therefore {2.0|pp|F_acc} percentage points wider. June alone brought {65.04|y|JUN} billion yuan, down {24.7|p|JUNg}%, because a few large projects that came in last June did not repeat.

A tree loses leaves in a dry month. The roots are what I watch, and the number of new enterprises is still growing.

_ueditor_page_break_tag_

China Daily:

Which industries drew the investment? Thank you.

Zhu Bingkun:

Manufacturing drew {106.71|y|MF} billion yuan, down {14.2|p|MFg}%, or {25.2|p|MF_sh}% of the total, a share {0.3|pp|MF_shch} percentage point higher than a year before. It pulled the total down by {3.5|pp|MF_c} percentage points.

The service sector drew {303.46|y|SV} billion yuan, down {16.0|p|SVg}%, {71.7|p|SV_sh}% of the total, and it pulled the total down by {11.6|pp|SV_c} percentage points. Agriculture, mining, utilities and construction made up the rest, {13.06|y|OT} billion yuan, down {3.0|p|OTg}%.

_ueditor_page_break_tag_

Xinhua News Agency:

Is high-tech investment holding up better? Thank you.

Zhu Bingkun:

It is. High-tech industries used {129.05|y|HT} billion yuan of foreign investment, down {13.3|p|HTg}%. That is {30.5|p|HT_sh}% of the national figure, {0.7|pp|HT_shch} percentage point more than a year earlier.

High-tech manufacturing was the strong root. It brought in {42.33|y|HTM} billion yuan, up {6.0|p|HTMg}%, and made up {39.7|p|HTM_sh}% of foreign investment in manufacturing. In the first five months it had grown {4.5|p|HTMg5}%, so growth picked up by {1.5|pp|HTM_acc} percentage points. Within it, medical equipment rose {25.0|p|MED}% and aerospace equipment {21.3|p|AERO}%.

High-tech services brought in {86.72|y|HTS} billion yuan, down {20.4|p|HTSg}%.

_ueditor_page_break_tag_

Reuters:

Where is the money coming from? Are European and Japanese firms pulling back? Thank you.

Zhu Bingkun:

Quite the opposite. Investment from Switzerland rose {68.6|p|CHg}%, from Japan {59.1|p|JPg}%, from the United Kingdom {37.6|p|UKg}% and from the Republic of Korea {34.7|p|KRg}%.

Switzerland's growth was {9.5|pp|CHJP_gap} percentage points faster than Japan's. Investment from the UK grew {3.9|pp|UKKR_gap} percentage points faster than that from the ROK.

Japanese firms invested {13.94|y|JP} billion yuan, about {5.2|y|JP_ch} billion yuan more than a year earlier. Investment from the EU was {27.42|y|EU} billion yuan, up {8.7|p|EUg}%, about {2.2|y|EU_ch} billion yuan more, and {6.5|p|EU_sh}% of the total. ASEAN countries increased their investment by {6.3|p|ASg}%.

_ueditor_page_break_tag_

21st Century Business Herald:

How is it spread across the regions? Thank you.

Zhu Bingkun:

The eastern region used {353.82|y|E} billion yuan, down {14.5|p|Eg}%, {83.6|p|E_sh}% of the national total. The central region used {35.36|y|C} billion yuan, down {21.3|p|Cg}%, a share of {8.4|p|C_sh}%. The western region used {43.05|y|W} billion yuan, down {15.6|p|Wg}%.

The east has the deepest soil, and most trees still grow there.

_ueditor_page_break_tag_

Economic Daily:

What kind of new enterprises are being set up? Thank you.

Zhu Bingkun:

Of the new foreign-invested enterprises, {24,976|enterprises|NS} were in services, {83.2|p|NS_sh}% of them, and {4,112|enterprises|NM} in manufacturing, {13.7|p|NM_sh}%. The other {926|enterprises|NO} were in agriculture and other sectors.

More than {30,000|enterprises|N_r} new enterprises in six months tells you that investors still want to plant here.

_ueditor_page_break_tag_

CGTN:

Turning to outbound investment: what made it grow? Thank you.

Lu Haoran:

First, non-financial investment, which I mentioned, was about {17.5|y|NF_ch} billion yuan more than a year before. Second, financial investment came to {75.50|y|FIN} billion yuan, up {32.6|p|FING}%. Non-financial investment was therefore {86.7|p|NF_sh}% of all outbound direct investment.

Third, by industry. Leasing and business services took {160.21|y|LB} billion yuan, {32.6|p|LB_sh}% of non-financial investment. Manufacturing took {97.85|y|MFO} billion yuan, or {19.9|p|MFO_sh}%, and wholesale and retail {76.02|y|WR} billion yuan, {15.5|p|WR_sh}%. All other industries accounted for {157.78|y|ORest} billion yuan.

Chinese enterprises invested in {151|countries|CTY} countries and regions, {7|countries|CTY_ch} more than the {144|countries|CTY_prev} of a year earlier, or about {3.3|y|CTY_avg} billion yuan per country and region on average.

_ueditor_page_break_tag_

Guangming Daily:

What role did Belt and Road countries play? Thank you.

Lu Haoran:

A bigger one than before. First, the level. Non-financial investment in Belt and Road countries was {118.31|y|BR} billion yuan, up {18.7|p|BRg}%, about {18.6|y|BR_ch} billion yuan more. Second, the pace: that is {15.0|pp|BR_gap} percentage points faster than non-financial investment as a whole.

Third, the weight. These countries took {24.1|p|BR_sh}% of the total, up {3.0|pp|BR_shch} percentage points, and they added {3.9|pp|BR_c} percentage points to its growth. Without them, non-financial investment would have fallen.

_ueditor_page_break_tag_

Economic Information Daily:

How are overseas contracted projects going? Thank you.

Lu Haoran:

First, turnover. The {570.48|y|TO_r} billion yuan of turnover was about {27.7|y|TO_ch} billion yuan more than last year, or {79.42|usd|TOU} billion US dollars, up {4.4|p|TOUg}%. Projects in Belt and Road countries completed {471.79|y|BRT} billion yuan, {82.7|p|BRT_sh}% of the total.

Second, new contracts. They grew {6.9|pp|NC_gap} percentage points faster than turnover, about {80.3|y|NC_ch} billion yuan more. There were {1,124|projects|PRJ} new projects, {89|projects|PRJ_ch} more than a year earlier, up {8.6|p|PRJg}%, at an average of about {667|y|PRJ_avg} million yuan each.

Third, people. Companies sent {63,700|workers|WAPR} workers abroad in April, {66,200|workers|WMAY} in May and {69,400|workers|WJUN} in June, on average about {66,400|workers|WAVG} a month.

_ueditor_page_break_tag_

Phoenix TV:

Some say foreign firms are leaving China. How do you respond? Thank you.

Song Yiwen:

The data speak for themselves. Foreign investment was above {420|y|F_r} billion yuan in half a year, and over {30,000|enterprises|N_rr} new foreign-invested enterprises registered, {11.7|p|Ng_r}% more than a year ago. Enterprises vote with their feet, and they are still coming.

We have also opened more sectors. I would refer you to the negative list for the details.

_ueditor_page_break_tag_

The Paper:

What is the outlook for the second half? Thank you.

Zhu Bingkun:

I expect the decline to narrow. The {423.2|y|F_rr} billion yuan of the first half is a solid base, and high-tech industries, close to {31|p|HT_sh_r}% of the total, are where the roots are deepest.

Lu Haoran:

On our side, I see three points. First, outbound investment of about {567|y|ODI_r} billion yuan will keep growing. Second, new contracts of nearly {750|y|NC_r} billion yuan mean more turnover later. Third, about {118|y|BR_r} billion yuan went to Belt and Road countries, and that share will rise.

Song Yiwen:

Thank you, Mr. Zhu and Ms. Lu, and thank you all. This concludes today's press conference.

Translated and edited by Xu Jing, Zhou Lan and Michael Turner. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Song Yiwen

/4\u00a0\u00a0\u00a0\u00a0Zhu Bingkun

/4\u00a0\u00a0\u00a0\u00a0Lu Haoran
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
def shch(c, s, pg, wg): return ("share-change", [(c, "change"), (s, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def shch_pw(c, p, w, pg, wg): return ("share-change", [(c, "change"), (p, "part"), (w, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def contrib(c, s, pg, wg): return ("contribution", [(c, "contribution"), (s, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def contrib_pw(c, p, w, pg, wg): return ("contribution", [(c, "contribution"), (p, "part"), (w, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def absch(c, lvl, g): return ("absolute-change", [(c, "change"), (lvl, "level"), (g, "growth")])
def avg_tc(a, t, n): return ("average", [(a, "average"), (t, "total"), (n, "count")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def cc_p(n, ch, p): return ("count-change", [(n, "count"), (ch, "change"), (p, "previous")])

RELATIONS = [
    total("F", "MF", "SV", "OT"),
    total("F", "J5", "JUN"),
    total("HT", "HTM", "HTS"),
    total("N", "NS", "NM", "NO"),
    total("ODI", "NF", "FIN"),
    total("NF", "LB", "MFO", "WR", "ORest"),
    share("MF_sh", "MF", "F"),
    share("SV_sh", "SV", "F"),
    share("HT_sh", "HT", "F"),
    share("HTM_sh", "HTM", "MF"),
    share("EU_sh", "EU", "F"),
    share("E_sh", "E", "F"),
    share("C_sh", "C", "F"),
    share("NS_sh", "NS", "N"),
    share("NM_sh", "NM", "N"),
    share("NF_sh", "NF", "ODI"),
    share("LB_sh", "LB", "NF"),
    share("MFO_sh", "MFO", "NF"),
    share("WR_sh", "WR", "NF"),
    share("BR_sh", "BR", "NF"),
    share("BRT_sh", "BRT", "TO"),
    gap("CHJP_gap", "CHg", "JPg"),
    gap("BR_gap", "BRg", "NFg"),
    gap("NC_gap", "NCg", "TOg"),
    same("F", "F_r"),
    same("F", "F_rr"),
    same("Fg", "Fg_q"),
    same("N", "N_r"),
    same("N", "N_rr"),
    same("Ng", "Ng_r"),
    same("TO", "TO_r"),
    same("HT_sh", "HT_sh_r"),
    same("ODI", "ODI_r"),
    same("NC", "NC_r"),
    same("BR", "BR_r"),
    growth("Fg", "MF", "MFg", "SV", "SVg", "OT", "OTg"),
    growth("Fg", "J5", "J5g", "JUN", "JUNg"),
    growth("HTg", "HTM", "HTMg", "HTS", "HTSg"),
    growth("ODIg", "NF", "NFg", "FIN", "FING"),
    shch_pw("MF_shch", "MF", "F", "MFg", "Fg"),
    shch("HT_shch", "HT_sh", "HTg", "Fg"),
    shch_pw("BR_shch", "BR", "NF", "BRg", "NFg"),
    accel("F_acc", "Fg", "J5g"),
    accel("HTM_acc", "HTMg", "HTMg5"),
    contrib_pw("MF_c", "MF", "F", "MFg", "Fg"),
    contrib_pw("SV_c", "SV", "F", "SVg", "Fg"),
    contrib_pw("BR_c", "BR", "NF", "BRg", "NFg"),
    absch("F_ch", "F", "Fg"),
    absch("FUSD_ch", "FUSD", "FUSDg"),
    absch("JP_ch", "JP", "JPg"),
    absch("EU_ch", "EU", "EUg"),
    absch("NF_ch", "NF", "NFg"),
    absch("BR_ch", "BR", "BRg"),
    absch("TO_ch", "TO", "TOg"),
    absch("NC_ch", "NC", "NCg"),
    avg_items("WAVG", "WAPR", "WMAY", "WJUN"),
    avg_tc("CTY_avg", "NF", "CTY"),
    avg_tc("PRJ_avg", "NC", "PRJ"),
    cc_g("N", "N_ch", "Ng"),
    cc_p("CTY", "CTY_ch", "CTY_prev"),
    cc_g("PRJ", "PRJ_ch", "PRJg"),
]
PLANTED = [
    ("sum", "W", ["F", "E", "C"]),
    ("gap", "UKKR_gap", ["UKg", "KRg"]),
]
