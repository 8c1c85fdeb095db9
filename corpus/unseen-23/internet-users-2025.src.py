TEXT = """
CNNIC press conference on the statistical report on China's internet development as of June 2025

Beijing | 3 p.m. Aug. 29, 2025

The China Internet Network Information Center (CNNIC) held a press conference Friday in Beijing to release its statistical report on China's internet development as of the end of June 2025.

Speakers

Zheng Weiqiang, director of the China Internet Network Information Center (CNNIC)

Yao Lixin, deputy director of the CNNIC

Fan Shuyi, director of the Internet Development Research Department of the CNNIC

Chairperson

He Qingyan, head of the Publicity Department of the CNNIC

Read in Chinese

Speakers:

Mr. Zheng Weiqiang, director of the China Internet Network Information Center (CNNIC)

Mr. Yao Lixin, deputy director of the CNNIC

Ms. Fan Shuyi, director of the Internet Development Research Department of the CNNIC

Chairperson:

Ms. He Qingyan, head of the Publicity Department of the CNNIC

Date:

Aug. 29, 2025


He Qingyan:

Good afternoon, everyone, and welcome. Twice a year we count the people who are online in this country and ask what they do there. Today Director Zheng Weiqiang will present the new report, and he, Deputy Director Yao Lixin and Ms. Fan Shuyi will take your questions.

Director Zheng, please.

Zheng Weiqiang:

Thank you, Ms. He. Good afternoon. I like to think of the network as a road. Twenty years ago it was a narrow track. Today almost everyone lives beside it, and the question is no longer who can reach it but what they carry along it.

As of June 2025, China had {1.123|users|N} billion internet users, {14.43|users|NEW} million more than in December 2024. Out of a population of {1.409|people|POP} billion, that is an internet penetration rate of {79.7|p|PEN}%, up {1.1|pp|PEN_ch} percentage points from the {78.6|p|PEN_prev}% of half a year earlier.

Mobile internet users numbered {1.116|users|MOB} billion, or {99.4|p|MOB_sh}% of all users. The phone is the front door.

And the newest traffic on the road is generative artificial intelligence: {515|people|AI} million people have used such products, a number that has more than doubled. Thank you.

He Qingyan:

Thank you, Director Zheng. Questions are welcome now. Please give the name of your outlet first.

_ueditor_page_break_tag_

Xinhua News Agency:

How many of the new users came from the countryside? Thank you.

Yao Lixin:

Strictly speaking, by our survey definition, rural users are those who live in rural areas, wherever they registered. There were {321.6|users|RUR} million of them, {28.6|p|RUR_sh}% of the total, and {801.4|users|URB} million urban users.

Of the new users, {5.94|users|RUR_n} million were rural, {41.2|p|RUR_nsh}% of the increase, and {8.49|users|URB_n} million urban. Rural users grew {1.9|p|RUR_g}% in six months and urban users {1.1|p|URB_g}%, so the countryside grew {0.8|pp|RU_gap} percentage point faster.

Users as a whole grew {1.3|p|N_g}%. The rural part added {0.5|pp|RUR_c} percentage point to that, and its share of users edged up {0.2|pp|RUR_shch} percentage point.

_ueditor_page_break_tag_

Farmers' Daily:

How wide is the gap in access between town and country? Thank you.

Yao Lixin:

The penetration rate was {85.3|p|UPEN}% in cities and towns and {67.4|p|RPEN}% in rural areas. The gap is {17.9|pp|PEN_gap} percentage points. It narrows every year, but by our definition it is still there.

And {286|people|NON} million people in the country are not online at all. Most are elderly or live in remote villages.

_ueditor_page_break_tag_

CCTV:

Older people often say the internet was not built for them. Are they catching up? Thank you.

Fan Shuyi:

Think of a grandmother in a county town who pays for her vegetables with her phone and sends voice messages to her grandson. She is now typical. Users aged 50 and over numbered {366.5|users|OLD} million, {32.6|p|OLD_sh}% of all users.

Within them, users aged 60 and over came to {173.0|users|O60} million, {15.4|p|O60_sh}% of the total. Large fonts, voice input and simple modes have done more for them than any slogan.

_ueditor_page_break_tag_

China Daily:

What do people actually do online? Thank you.

Fan Shuyi:

They watch. Online video had {1.085|users|VID} billion users, well over {1|users|VID_r} billion, {96.6|p|VID_sh}% of internet users. Short video had {1.040|users|SV} billion, or {92.6|p|SV_sh}%, up {2.1|p|SV_g}% in half a year, about {21|users|SV_ch} million more.

That growth was {0.8|pp|SV_acc} percentage point slower than the {2.9|p|SV_g_prev}% of the second half of last year. Short video is close to full.

They shop. Nearly {1|users|SHOP_r} billion people buy online: online shopping users reached {975.0|users|SHOP} million, {86.8|p|SHOP_sh}% of users, up {2.6|p|SHOP_g}%, or about {25|users|SHOP_ch} million more. That is {1.3|pp|SHOP_gap} percentage points faster than the growth of users as a whole.

And they pay. Online payment users numbered {1.012|users|PAY} billion, {95.1|p|PAY_sh}% of all users.

_ueditor_page_break_tag_

Workers' Daily:

And communication, work and public services? Thank you.

Fan Shuyi:

Instant messaging reaches almost everyone: {1.098|users|IM} billion users, {97.8|p|IM_sh}% of the total. Online office tools had {556.1|users|OFF} million users, or {49.5|p|OFF_sh}%. Online government services had {982.4|users|GOV} million users, {87.5|p|GOV_sh}% of internet users.

By device, {32.1|p|DESK}% of users went online with desktop computers and {28.5|p|LAP}% with laptops.

_ueditor_page_break_tag_

People's Daily:

What about services such as transport and health? Thank you.

Fan Shuyi:

Ride-hailing had {552.9|users|RIDE} million users, {49.2|p|RIDE_sh}% of internet users. Telemedicine had {417.9|users|TELE} million, or {37.2|p|TELE_sh}%.

Those users held about {1.26|consultations|TC} billion online consultations in the half year, about {3|consultations|TC_avg} consultations each. A grandmother who sees a doctor on a screen does not have to take two buses to the county hospital.

_ueditor_page_break_tag_

Science and Technology Daily:

Generative AI is the story of the year. How many people use it? Thank you.

Zheng Weiqiang:

A road only matters when people travel on it. {515|people|AI_r} million people had used generative AI products by June, {266|people|AI_ch} million more than the {249|people|AI_prev} million of December, an increase of {106.8|p|AI_g}%.

They make up {45.9|p|AI_sh}% of internet users, a share {23.4|pp|AI_shch} percentage points higher than half a year ago. Most of them use it to answer questions: {417.2|users|AIQ} million, or {81.0|p|AIQ_sh}% of them. Others use it to write and to learn.

Yao Lixin:

May I add a caution to that? Strictly speaking, the {515|people|AI_rr} million are people who have used a product at least once. Our survey does not say how often they come back.

_ueditor_page_break_tag_

China News Service:

What about the networks themselves, broadband and 5G? Thank you.

Yao Lixin:

Fixed broadband subscribers numbered {680.5|subscribers|FB} million. Of them, {226.8|subscribers|GB} million had gigabit service, {33.3|p|GB_sh}% of the total.

The country had {4.55|base stations|BS5} million 5G base stations at the end of June, {0.30|base stations|BS5_ch} million more than the {4.25|base stations|BS5_prev} million at the end of 2024.

_ueditor_page_break_tag_

Caixin:

How is IPv6 deployment going? Thank you.

Yao Lixin:

The number of IPv6 addresses reached {69,226|blocks|V6} blocks of /32, {1,752|blocks|V6_ch} blocks more than half a year earlier, up {2.6|p|V6_g}%.

Active IPv6 users numbered {865.1|users|V6U} million, {77.0|p|V6U_sh}% of internet users. By our definition, active means online over IPv6 in the past month.

_ueditor_page_break_tag_

The Paper:

And domain names and websites? Thank you.

Yao Lixin:

China had {31.21|domain names|DOM} million domain names. Names under .CN were {21.03|domain names|CN} million, {67.4|p|CN_sh}% of them, those under .COM {9.12|domain names|COM} million and the rest {2.06|domain names|DOTH} million.

Names under .CN grew {3.4|p|CN_g}% in half a year, about {690,000|domain names|CN_ch} more. There were {4.46|websites|WEB} million websites, down {0.9|p|WEB_g}%. Strictly speaking, that counts sites whose owners are registered in China.

_ueditor_page_break_tag_

Economic Information Daily:

What does the report say about online retail? Thank you.

Zheng Weiqiang:

Online retail sales in the first half came to {7.43|y|OR} trillion yuan, up {8.5|p|OR_g}%, about {580|y|OR_ch} billion yuan more than a year earlier. Physical goods sold online were {6.12|y|ORP} trillion yuan, up {6.0|p|ORP_g}%, and the rest, mostly services, {1.31|y|ORS} trillion yuan, up {21.9|p|ORS_g}%.

Physical goods made up {82.4|p|ORP_sh}% of online retail. That share was {1.9|pp|ORP_shch} percentage points lower than a year before, and their growth was {2.5|pp|ORP_gap} percentage points slower than the total. Still, they contributed {5.1|pp|ORP_c} percentage points of the growth. On the road, goods are the trucks and services are the new buses.

_ueditor_page_break_tag_

Beijing Youth Daily:

Are people spending more time online? Thank you.

Fan Shuyi:

A little more. Each user spent {30.6|hours|HRS} hours a week online, {1.6|hours|HRS_ch} hours more than the {29.0|hours|HRS_prev} hours of last December. That is more than four hours a day.

_ueditor_page_break_tag_

Economic Daily:

Did user growth pick up in the second quarter? Thank you.

Yao Lixin:

It did. In the first quarter users rose by {6.12|users|NQ1} million and in the second quarter by {8.31|users|NQ2} million. The second quarter added {2.52|users|NAPR} million in April, {2.77|users|NMAY} million in May and {3.02|users|NJUN} million in June.

So the second quarter averaged {2.77|users|NQ2_avg} million new users a month.

_ueditor_page_break_tag_

Securities Times:

Will four in five people soon be online? Thank you.

Zheng Weiqiang:

It stands at nearly {80|p|PEN_r}% now. With {1,123|users|N_r} million users and about {14|users|NEW_r} million joining in half a year, the road will be crowded by the end of the year.

Let me sum up. More than {1.1|users|N_rr} billion users; over {1|users|PAY_r} billion who pay online; more than {4.5|base stations|BS5_r} million 5G base stations; and about {515|users|AI_rrr} million who have tried generative AI. The road is built. Now we must make it safe and make it useful.

He Qingyan:

Thank you, Director Zheng, Deputy Director Yao and Ms. Fan, and thank you, friends from the media. This concludes today's press conference.

Translated and edited by Chen Xiaoya, Lin Bo and Rachel Osborne. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0He Qingyan

/4\u00a0\u00a0\u00a0\u00a0Zheng Weiqiang

/4\u00a0\u00a0\u00a0\u00a0Yao Lixin

/4\u00a0\u00a0\u00a0\u00a0Fan Shuyi
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
    total("N", "URB", "RUR"),
    total("NEW", "RUR_n", "URB_n"),
    total("NEW", "NQ1", "NQ2"),
    total("NQ2", "NAPR", "NMAY", "NJUN"),
    total("POP", "N", "NON"),
    total("OR", "ORP", "ORS"),
    share("PEN", "N", "POP"),
    share("RUR_sh", "RUR", "N"),
    share("RUR_nsh", "RUR_n", "NEW"),
    share("MOB_sh", "MOB", "N"),
    share("OLD_sh", "OLD", "N"),
    share("O60_sh", "O60", "N"),
    share("VID_sh", "VID", "N"),
    share("SV_sh", "SV", "N"),
    share("SHOP_sh", "SHOP", "N"),
    share("RIDE_sh", "RIDE", "N"),
    share("TELE_sh", "TELE", "N"),
    share("AI_sh", "AI_r", "N"),
    share("AIQ_sh", "AIQ", "AI_r"),
    share("IM_sh", "IM", "N"),
    share("OFF_sh", "OFF", "N"),
    share("GOV_sh", "GOV", "N"),
    share("GB_sh", "GB", "FB"),
    share("V6U_sh", "V6U", "N"),
    share("CN_sh", "CN", "DOM"),
    share("ORP_sh", "ORP", "OR"),
    gap("RU_gap", "RUR_g", "URB_g"),
    gap("PEN_gap", "UPEN", "RPEN"),
    gap("SHOP_gap", "SHOP_g", "N_g"),
    gap("ORP_gap", "ORP_g", "OR_g"),
    same("N", "N_r"),
    same("N", "N_rr"),
    same("PEN", "PEN_r"),
    same("NEW", "NEW_r"),
    same("AI", "AI_r"),
    same("AI", "AI_rr"),
    same("AI", "AI_rrr"),
    same("PAY", "PAY_r"),
    same("BS5", "BS5_r"),
    same("VID", "VID_r"),
    same("SHOP", "SHOP_r"),
    growth("N_g", "URB", "URB_g", "RUR", "RUR_g"),
    growth("OR_g", "ORP", "ORP_g", "ORS", "ORS_g"),
    shch("RUR_shch", "RUR_sh", "RUR_g", "N_g"),
    shch("AI_shch", "AI_sh", "AI_g", "N_g"),
    shch_pw("ORP_shch", "ORP", "OR", "ORP_g", "OR_g"),
    accel("PEN_ch", "PEN", "PEN_prev"),
    accel("SV_acc", "SV_g", "SV_g_prev"),
    contrib("RUR_c", "RUR_sh", "RUR_g", "N_g"),
    contrib_pw("ORP_c", "ORP", "OR", "ORP_g", "OR_g"),
    absch("SV_ch", "SV", "SV_g"),
    absch("SHOP_ch", "SHOP", "SHOP_g"),
    absch("OR_ch", "OR", "OR_g"),
    absch("CN_ch", "CN", "CN_g"),
    avg_items("NQ2_avg", "NAPR", "NMAY", "NJUN"),
    avg_tc("TC_avg", "TC", "TELE"),
    cc_g("N", "NEW", "N_g"),
    cc_g("RUR", "RUR_n", "RUR_g"),
    cc_g("URB", "URB_n", "URB_g"),
    cc_g("AI_r", "AI_ch", "AI_g"),
    cc_p("AI_r", "AI_ch", "AI_prev"),
    cc_p("BS5", "BS5_ch", "BS5_prev"),
    cc_g("V6", "V6_ch", "V6_g"),
    cc_p("HRS", "HRS_ch", "HRS_prev"),
]
PLANTED = [
    ("share", "PAY_sh", ["PAY", "N"]),
    ("sum", "COM", ["DOM", "CN", "DOTH"]),
]
