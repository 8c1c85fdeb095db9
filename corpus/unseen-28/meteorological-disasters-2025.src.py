TEXT = """
Press conference on meteorological disasters in China from January to September 2025

Beijing | 10 a.m. October 15, 2025

The China Meteorological Administration (CMA) and the Ministry of Emergency Management (MEM) held a joint press conference on Wednesday in Beijing on the weather and climate disasters of the first three quarters of 2025.

Speakers

Song Yuwen, deputy administrator of the China Meteorological Administration (CMA)

Xu Liangcai, chief expert of the National Climate Center of the CMA

Han Dongsheng, director general of the Department of Disaster Relief of the Ministry of Emergency Management (MEM)

Chairperson

Ma Ruiqing, director general of the Publicity and Science Popularization Department of the CMA and spokesperson of the CMA

Read in Chinese

Speakers:

Mr. Song Yuwen, deputy administrator of the China Meteorological Administration (CMA)

Mr. Xu Liangcai, chief expert of the National Climate Center of the CMA

Ms. Han Dongsheng, director general of the Department of Disaster Relief of the Ministry of Emergency Management (MEM)

Chairperson:

Ms. Ma Ruiqing, director general of the Publicity and Science Popularization Department of the CMA and spokesperson of the CMA

Date:

October 15, 2025


Ma Ruiqing:

Good morning, everyone. The flood season is behind us and the typhoon season is winding down, so it is a good moment to look back. Mr. Song Yuwen will first brief you on the climate of the first three quarters, and then he, Mr. Xu Liangcai and Ms. Han Dongsheng will answer your questions.

Mr. Song, please.

Song Yuwen:

Thank you. The atmosphere does not read our calendars, but it does leave a record, and this year's record is a warm and restless one.

From January to September, the national mean temperature was {15.1|degrees Celsius|TM} degrees Celsius, {0.9|degrees Celsius|TM_dep} degrees Celsius higher than the normal of {14.2|degrees Celsius|TN} degrees Celsius. Average precipitation was {562.8|millimetres|PR} millimetres, {4.7|p|PR_g}% more than normal.

A total of {24|typhoons|TY} typhoons formed over the northwest Pacific and the South China Sea, and {9|typhoons|TYL} of them made landfall in China.

Meteorological disasters of all kinds affected {78.5|people|A} million people, down {13.2|p|Ag}% year on year. They left {612|people|DM} people dead or missing, and {3.26|people|RELOC} million people had to be relocated.

Crops on {6.85|hectares|CR} million hectares were affected and {21,460|houses|HC} houses collapsed. Direct economic losses came to {207.5|y|LS} billion yuan, a decrease of {25.3|p|LSg}% from the same period last year.

Weather stations across the country issued {264,208|warnings|W} early warnings. Forecasts do not stop the rain, but they tell people when to leave.

Ma Ruiqing:

Thank you, Mr. Song. Now the floor is open. Please state your outlet.

_ueditor_page_break_tag_

Xinhua News Agency:

Losses are down by {25.3|p|LSg_q}%. Is that luck or preparation? Thank you.

Han Dongsheng:

Both, and I will not pretend otherwise. Lives first, property second: that is the order in which we count.

Floods caused {128.7|y|LF} billion yuan of the losses, down {31.5|p|LFg}%, or {62.0|p|LF_sh}% of the total. Their share was {5.6|pp|LF_shch} percentage points lower than a year earlier, and on their own they pulled total losses down by {21.3|pp|LF_c} percentage points.

Typhoons cost {46.3|y|LT} billion yuan, down {22.8|p|LTg}%, which is {22.3|p|LT_sh}% of the losses and {4.9|pp|LT_c} percentage points of the decline.

Droughts were the exception: {17.9|y|LD} billion yuan, up {24.1|p|LDg}%. Their share grew {3.4|pp|LD_shch} percentage points to {8.6|p|LD_sh}%. Hail, low temperature and other hazards caused {14.6|y|LO} billion yuan, down {6.2|p|LOg}%.

The flood losses fell {6.2|pp|LF_gap} percentage points faster than losses as a whole. In money, the country lost about {70|y|LS_ch} billion yuan less than a year earlier.

_ueditor_page_break_tag_

China Daily:

How does this year compare with recent years? Thank you.

Xu Liangcai:

Climatologically speaking, a single year proves little, so we compare with the average of the last five years. That average was {268.4|y|LS5} billion yuan, so this year's losses were {60.9|y|LS5_ch} billion yuan lower, a decline of {22.7|p|LS5_g}%.

The dead and missing numbered {171|people|DM_ch} fewer than the five-year average, a decline of {21.8|p|DM_g}%. Of the {612|people|DM_r}, {503|people|DEAD} died and {109|people|MISS} are still missing.

_ueditor_page_break_tag_

People's Daily:

When in the year did the damage come? Thank you.

Xu Liangcai:

To one decimal place: losses were {31.6|y|LQ1} billion yuan in the first quarter and {82.9|y|LQ2} billion yuan in the second, so {124.5|y|LH1} billion yuan in the first half. The third quarter alone brought {93.0|y|LQ3} billion yuan.

At mid-year the decline from last year stood at {18.7|p|LH1g}%. It has since widened by {6.6|pp|LS_acc} percentage points, because August and September were kinder than last year.

_ueditor_page_break_tag_

China News Service:

Who was affected, and by what? Thank you.

Han Dongsheng:

Floods affected {41.26|people|AF} million people, down {18.4|p|AFg}%, which is {52.6|p|AF_sh}% of all those affected. They pulled the total down by {10.3|pp|AF_c} percentage points.

Droughts affected {19.87|people|AD} million, up {12.6|p|ADg}%, or {25.3|p|AD_sh}% of the total. That growth was {25.8|pp|AD_gap} percentage points above the national change, and it added {2.5|pp|AD_c} percentage points to it. Their share rose by {5.8|pp|AD_shch} percentage points.

Typhoons affected {11.35|people|AT} million people, down {27.3|p|ATg}%, and the remaining hazards {6.02|people|AO} million, down {9.5|p|AOg}%.

On average, each person affected stands for a loss of about {2,640|y|LS_pp} yuan. The {78.5|people|A_r} million people behind that figure are not a statistic to us.

_ueditor_page_break_tag_

Guangming Daily:

Tell us about the typhoons, please. Thank you.

Song Yuwen:

Of the {24|typhoons|TY_r} typhoons, {15|typhoons|TYN} stayed at sea, while {9|typhoons|TYL_r} came ashore, {37.5|p|TYL_sh}% of those formed. Landfalls were {2|typhoons|TYL_ch} more than the five-year average of {7|typhoons|TYL5}.

Guangdong suffered {19.8|y|GD} billion yuan of typhoon losses, {42.8|p|GD_sh}% of the total for typhoons. Guangxi lost {9.4|y|GX} billion yuan and Fujian {6.7|y|FJ} billion yuan, so the three southern provinces lost {35.9|y|S3} billion yuan between them.

A typhoon is a clock you can hear ticking. The earlier we hear it, the fewer people it finds in its way.

_ueditor_page_break_tag_

Farmers' Daily:

What did the drought and floods do to crops? Thank you.

Han Dongsheng:

Of the {6.85|hectares|CR_r} million hectares affected, floods damaged {3.18|hectares|CRF} million hectares and droughts {2.46|hectares|CRD} million hectares, or {46.4|p|CRF_sh}% and {35.9|p|CRD_sh}%. Typhoons hit {0.68|hectares|CRT} million hectares and other hazards {0.53|hectares|CRO} million hectares.

Gansu was the worst hit by drought, with {4.31|people|GS} million people affected, {21.7|p|GS_sh}% of all drought victims in the country.

Collapsed houses numbered about {21,000|houses|HC_r}, down {37.2|p|HC_g}%, so {12,700|houses|HC_ch} fewer families lost their homes outright than last year. We rebuilt before winter wherever we could.

_ueditor_page_break_tag_

China Meteorological News:

Was this summer hotter than usual? Thank you.

Xu Liangcai:

It was. The national mean temperature was {21.9|degrees Celsius|TJUN} degrees Celsius in June, {24.3|degrees Celsius|TJUL} in July and {23.4|degrees Celsius|TAUG} in August, averaging {23.2|degrees Celsius|TSUM} degrees Celsius over the summer.

Each station saw {4.6|days|HWJUN} heatwave days in June, {9.8|days|HWJUL} in July and {7.1|days|HWAUG} in August on average, {21.5|days|HW} days in all. Normal is {15.8|days|HW5} days, so this summer brought {5.7|days|HW_ch} more.

For the three quarters, {15.1|degrees Celsius|TM_r} degrees Celsius is nearly {1|degree Celsius|TM_dep_r} degree Celsius above normal. A degree sounds small. Spread over a whole country, it is not.

_ueditor_page_break_tag_

CCTV:

And the rain? Some places flooded and others dried out. Thank you.

Xu Liangcai:

Exactly so. The country as a whole received {25.4|millimetres|PR_ch} millimetres more than the normal of {537.4|millimetres|PR5} millimetres.

Rain also came harder. Our national stations logged {6,874|days|RS} rainstorm days, {412|days|RS_ch} more than a year earlier, or {6.4|p|RS_g}% more.

The third quarter was wetter still. Its rainfall was {11.2|p|PRQ3}% above normal, {6.8|pp|PR_acc} percentage points more than the {2.4|p|PRH1}% of the first half.

_ueditor_page_break_tag_

Science and Technology Daily:

How many warnings did you issue, and did people act on them? Thank you.

Song Yuwen:

We issued {3,826|warnings|WR} red warnings, {21,457|warnings|WO} orange, {96,318|warnings|WY} yellow and {142,607|warnings|WB} blue ones. Red warnings were only {1.4|p|WR_sh}% of the total, and that is how it should be.

The total was {22,828|warnings|W_ch} more than a year earlier, up {9.5|p|W_g}%. At mid-year the growth had been {6.1|p|WH1_g}%, so it picked up by {3.4|pp|W_acc} percentage points in the third quarter.

In July we issued {48,315|warnings|WJUL}, in August {52,906|warnings|WAUG} and in September {31,774|warnings|WSEP}, about {44,332|warnings|W_avg} a month in the third quarter.

_ueditor_page_break_tag_

Beijing Youth Daily:

How many people were moved out of harm's way? Thank you.

Han Dongsheng:

About {3.3|people|RELOC_r} million people were relocated. We moved them before the water came, not after. A warning that nobody acts on is just noise.

Song Yuwen:

One last word from me. More than {200|y|LS_r} billion yuan of losses and {612|people|DM_r2} lives lost or missing are still too much. The more than {264,000|warnings|W_r} warnings we sent out are our promise that next year's forecast will come earlier.

Ma Ruiqing:

Thank you, Mr. Song, Mr. Xu and Ms. Han, and thank you all. This concludes today's press conference.

Translated and edited by Liu Jiayi, He Sheng and Rachel Moore. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Ma Ruiqing

/4\u00a0\u00a0\u00a0\u00a0Song Yuwen

/4\u00a0\u00a0\u00a0\u00a0Xu Liangcai

/4\u00a0\u00a0\u00a0\u00a0Han Dongsheng
"""

# ---- relation helpers: each returns (kind, [(mark id, role), ...]) ----
def R_SUM(total, *parts):
    return ("sum", [(total, "total")] + [(x, "part") for x in parts])
def R_SHARE(sh, part, whole):
    return ("share", [(sh, "share"), (part, "part"), (whole, "whole")])
def R_SAME(first, again):
    return ("restatement", [(first, "first"), (again, "restated")])
def R_GAP(gap, rate, base):
    return ("gap", [(gap, "gap"), (rate, "rate"), (base, "base-rate")])
def R_ACC(change, later, earlier):
    return ("acceleration", [(change, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def R_GROWTH(total_growth, *level_growth):
    figs = [(total_growth, "total-growth")]
    for lv, gr in zip(level_growth[0::2], level_growth[1::2]):
        figs += [(lv, "part"), (gr, "part-growth")]
    return ("growth", figs)
def R_SHCH(change, part, whole, pg, wg):
    return ("share-change", [(change, "change"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def R_SHCH_S(change, share, pg, wg):
    return ("share-change", [(change, "change"), (share, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def R_CONTR(c, part, whole, pg, wg):
    return ("contribution", [(c, "contribution"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def R_CONTR_S(c, share, pg, wg):
    return ("contribution", [(c, "contribution"), (share, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def R_ABS(change, level, growth):
    return ("absolute-change", [(change, "change"), (level, "level"), (growth, "growth")])
def R_ABS_P(change, level, previous):
    return ("absolute-change", [(change, "change"), (level, "level"), (previous, "previous")])
def R_MEAN(avg, *items):
    return ("average", [(avg, "average")] + [(i, "item") for i in items])
def R_PER(avg, total, count):
    return ("average", [(avg, "average"), (total, "total"), (count, "count")])
def R_CNT_G(count, change, growth):
    return ("count-change", [(count, "count"), (change, "change"), (growth, "growth")])
def R_CNT_P(count, change, previous):
    return ("count-change", [(count, "count"), (change, "change"), (previous, "previous")])
RELATIONS = [
    R_SUM("LS", "LF", "LT", "LD", "LO"),
    R_SUM("LS", "LQ1", "LQ2", "LQ3"),
    R_SUM("A", "AF", "AD", "AT", "AO"),
    R_SUM("CR_r", "CRF", "CRD", "CRT", "CRO"),
    R_SUM("W", "WR", "WO", "WY", "WB"),
    R_SUM("TY_r", "TYN", "TYL_r"),
    R_SUM("DM_r", "DEAD", "MISS"),
    R_SUM("S3", "GD", "GX", "FJ"),
    R_SUM("HW", "HWJUN", "HWJUL", "HWAUG"),
    R_SHARE("LF_sh", "LF", "LS"),
    R_SHARE("LT_sh", "LT", "LS"),
    R_SHARE("LD_sh", "LD", "LS"),
    R_SHARE("AF_sh", "AF", "A"),
    R_SHARE("AD_sh", "AD", "A"),
    R_SHARE("CRF_sh", "CRF", "CR_r"),
    R_SHARE("CRD_sh", "CRD", "CR_r"),
    R_SHARE("WR_sh", "WR", "W"),
    R_SHARE("TYL_sh", "TYL_r", "TY_r"),
    R_SHARE("GD_sh", "GD", "LT"),
    R_SHARE("GS_sh", "GS", "AD"),
    R_GAP("TM_dep", "TM", "TN"),
    R_GAP("LF_gap", "LFg", "LSg"),
    R_GAP("AD_gap", "ADg", "Ag"),
    R_GROWTH("LSg", "LF", "LFg", "LT", "LTg", "LD", "LDg", "LO", "LOg"),
    R_GROWTH("Ag", "AF", "AFg", "AD", "ADg", "AT", "ATg", "AO", "AOg"),
    R_SHCH("LF_shch", "LF", "LS", "LFg", "LSg"),
    R_SHCH_S("LD_shch", "LD_sh", "LDg", "LSg"),
    R_SHCH("AD_shch", "AD", "A", "ADg", "Ag"),
    R_CONTR("LF_c", "LF", "LS", "LFg", "LSg"),
    R_CONTR_S("LT_c", "LT_sh", "LTg", "LSg"),
    R_CONTR("AF_c", "AF", "A", "AFg", "Ag"),
    R_CONTR("AD_c", "AD", "A", "ADg", "Ag"),
    R_ACC("LS_acc", "LSg", "LH1g"),
    R_ACC("W_acc", "W_g", "WH1_g"),
    R_ABS("LS_ch", "LS", "LSg"),
    R_ABS("HC_ch", "HC", "HC_g"),
    R_ABS_P("LS5_ch", "LS", "LS5"),
    R_ABS_P("PR_ch", "PR", "PR5"),
    R_ABS_P("HW_ch", "HW", "HW5"),
    R_MEAN("TSUM", "TJUN", "TJUL", "TAUG"),
    R_MEAN("W_avg", "WJUL", "WAUG", "WSEP"),
    R_PER("LS_pp", "LS", "A"),
    R_CNT_G("LS", "LS5_ch", "LS5_g"),
    R_CNT_G("DM_r", "DM_ch", "DM_g"),
    R_CNT_G("W", "W_ch", "W_g"),
    R_CNT_G("PR", "PR_ch", "PR_g"),
    R_CNT_P("TYL_r", "TYL_ch", "TYL5"),
    R_CNT_G("RS", "RS_ch", "RS_g"),
    R_SAME("LSg", "LSg_q"),
    R_SAME("DM", "DM_r"),
    R_SAME("DM", "DM_r2"),
    R_SAME("A", "A_r"),
    R_SAME("TY", "TY_r"),
    R_SAME("TYL", "TYL_r"),
    R_SAME("CR", "CR_r"),
    R_SAME("TM", "TM_r"),
    R_SAME("TM_dep", "TM_dep_r"),
    R_SAME("RELOC", "RELOC_r"),
    R_SAME("LS", "LS_r"),
    R_SAME("W", "W_r"),
    R_SAME("HC", "HC_r"),
]
PLANTED = [
    ("sum", "LH1", ["LQ1", "LQ2"]),
    ("acceleration", "PR_acc", ["PRQ3", "PRH1"]),
]
