TEXT = """
MEE regular press conference on environmental quality from January to September 2025

Beijing | 10 a.m. Oct. 30, 2025

The Ministry of Ecology and Environment (MEE) held its regular press conference for October on Thursday morning in Beijing, releasing air and water quality data for the first three quarters of 2025 and presenting progress in environmental law enforcement, the national carbon market and the protection of ecological redlines.

Speakers

Xiang Lumin, director general of the Department of Atmospheric Environment of the MEE

Bai Qingsong, director general of the Bureau of Ecological and Environmental Law Enforcement of the MEE

Su Heyi, director general of the Department of Climate Change of the MEE

Chairperson

Ge Yunfan, director general of the Department of Publicity and Education of the MEE and spokesperson of the MEE

Read in Chinese


Ge Yunfan:

Good morning, friends from the media. Welcome to the October press conference of the Ministry of Ecology and Environment. We have invited Mr. Xiang Lumin, Ms. Bai Qingsong and Mr. Su Heyi to answer your questions today. Before that, let me give you an overview of the state of the environment in the first three quarters of this year.

First, the skies were bluer. Across the country, cities at prefecture level and above, {339|cities|c_all} in all, enjoyed good air on {86.8|p|gd}% of days on average from January to September, up {1.5|pp|gd_ch} percentage points year on year. The average concentration of fine particulate matter, known as PM2.5, was {27.6|micrograms per cubic meter|pm} micrograms per cubic meter, down {5.2|p|pm_gr}%. Ozone was the exception: its concentration rose {0.7|p|o3_gr}% to {146|micrograms per cubic meter|o3} micrograms per cubic meter, and it is now the main pollutant on most days when air quality is not good. Heavy pollution occurred on {1,128|city-days|hp} city-days, a decline of {24.3|p|hp_gr}%, or {362|city-days|hp_ch} fewer than in the same period last year.

Second, waters were cleaner. Of the {3,641|sections|sec} surface water sections under national monitoring, {3,255|sections|sec_good} met Grade I to III standards, or {89.4|p|sec_sh}%, while {364|sections|sec_45} were at Grade IV or V and {22|sections|sec_v} were worse than Grade V, just {0.6|p|sec_v_sh}% of the total. The main streams of the Yangtze and Yellow rivers kept Grade II water quality throughout the period. Among {210|lakes and reservoirs|lk} key lakes and reservoirs, {162|lakes and reservoirs|lk_good} were of good quality, a share of {77.1|p|lk_sh}%. At drinking water sources of county level and above, {98.6|p|dw}% of the monitored sources met the standards.

Third, law enforcement remained strict and market tools did more of the work. Environmental authorities issued {54,360|decisions|cs} administrative penalty decisions, with fines totaling {4.21|y|fn} billion yuan. The national carbon emissions trading market traded {142.6|tonnes|cv} million tonnes of carbon emission allowances, up {21.4|p|cv_gr}%, and turnover came to {10.47|y|cy} billion yuan, down {8.1|p|cy_gr}%.

Fourth, the ecological security barrier was strengthened. Ecological protection redlines now span {3.19|square kilometers|rl} million square kilometers, of which {3.04|square kilometers|rl_land} million square kilometers are on land and {150,000|square kilometers|rl_sea} square kilometers at sea. Five national parks have been formally set up, and the second batch of candidate areas is being assessed.

Now my colleagues and I will take your questions. Please identify your news organization first.

_ueditor_page_break_tag_

CCTV:

Good air now accounts for nearly {87|p|q_gd}% of days. Is the improvement lasting, or did the weather help? Thank you.

Xiang Lumin:

Thank you for the question. Weather was about average this year, so most of the gain came from cutting emissions. The share of good days rose from {85.3|p|gd_prev}% a year earlier, and the average PM2.5 reading fell by {1.5|micrograms per cubic meter|pm_ch} micrograms per cubic meter. Of the {339|cities|c_all_r} cities, {287|cities|c_ok} met the national standard for PM2.5, or {84.7|p|c_ok_sh}%, and the other {52|cities|c_bad} did not. The summer months were particularly clean: PM2.5 averaged {17.8|micrograms per cubic meter|pm_jul} micrograms per cubic meter in July, {16.9|micrograms per cubic meter|pm_aug} in August and {19.6|micrograms per cubic meter|pm_sep} in September, or {18.1|micrograms per cubic meter|pm_q3} for the quarter. In the third quarter alone, the concentration fell {7.1|p|pm_q3_gr}%, {2.7|pp|pm_acc} percentage points faster than in the first half, when the decline was {4.4|p|pm_h1_gr}%. Autumn and winter are the hardest seasons, so we will not relax. Thank you.

_ueditor_page_break_tag_

The Beijing News:

PM2.5 in the country fell by more than {5|p|q_pm_gr}% in the first nine months, but heavy pollution still occurred on about {1,100|city-days|q_hp} city-days. How did the key regions perform, and what will you do before the heating season? Thank you.

Xiang Lumin:

Thank you. All three key regions improved. In Beijing-Tianjin-Hebei and surrounding areas, PM2.5 was {37.1|micrograms per cubic meter|bth} micrograms per cubic meter, down {6.8|p|bth_gr}%, or {2.6|pp|bth_gap_bad} percentage points faster than the national figure, and good air was recorded on {70.4|p|bth_gd}% of days. The Yangtze River Delta came in at {29.4|micrograms per cubic meter|yrd} micrograms per cubic meter, down {3.9|p|yrd_gr}%, {1.3|pp|yrd_gap} percentage points slower than the country as a whole, with {84.6|p|yrd_gd}% good days. The Fenwei Plain still had the highest level, {40.8|micrograms per cubic meter|fw} micrograms per cubic meter; it fell {4.5|p|fw_gr}%, {0.7|pp|fw_gap} percentage point less than the national average, and good days made up {69.1|p|fw_gd}%. Beijing averaged {26.2|micrograms per cubic meter|bj} micrograms per cubic meter.

Heavy pollution dropped most in the north. Beijing-Tianjin-Hebei and surrounding areas had {486|city-days|hp_bth} city-days of heavy pollution, down {31.5|p|hp_bth_gr}%, while the rest of the country had {642|city-days|hp_rest}, down {17.8|p|hp_rest_gr}%. The northern region thus pulled the national count down by {15|pp|hp_contr} percentage points. It still accounted for {43.1|p|hp_bth_sh}% of heavy-pollution days nationwide, though that was {4.5|pp|hp_bth_shch} percentage points lower than a year before. Before the heating season starts in mid-November, the "2+26" cities will finish their coal-to-gas and coal-to-electricity projects and step up checks on diesel trucks. Thank you.

_ueditor_page_break_tag_

China Environment News:

Surface water sections of good quality came close to {90|p|q_sec_sh}%. What are the remaining problems? Thank you.

Ge Yunfan:

Thank you. The {3,641|sections|sec_r} sections we monitor show steady progress: the share of Grade I to III was up {0.7|pp|sec_ch} percentage point from {88.7|p|sec_prev}% in the same period of 2024. The problems lie mainly in small tributaries and in lakes. Nutrient levels in some lakes, such as Taihu and Chaohu, are still high, and algal blooms appeared in summer. Rural black and odorous water bodies also need more work. We will focus on pollution from farming and on sewage pipes in towns. Thank you.

_ueditor_page_break_tag_

Xinhua News Agency:

Your ministry issued more than {54,000|decisions|q_cs} penalty decisions this year. Are there fewer violations, or is enforcement getting softer? Thank you.

Bai Qingsong:

Thank you. Enforcement has not softened; it has become more precise. The number of cases was {3,966|cases|cs_ch} fewer than a year earlier, down {6.8|p|cs_gr}%, because more enterprises are complying and because we now use online monitoring to pick targets instead of inspecting everyone. Fines came to over {4.2|y|fn_r} billion yuan, down {9.2|p|fn_gr}%, or about {430|y|fn_ch} million yuan less, and the average fine was {77,400|y|fn_avg} yuan per case. By type, air pollution accounted for {18,920|cases|cs_air} cases, {34.8|p|cs_air_sh}% of the total; water pollution for {14,630|cases|cs_wat}; solid waste and hazardous waste for {11,270|cases|cs_sw}; and noise, environmental impact assessment and other violations for {9,540|cases|cs_oth}. We transferred {2,185|cases|cs_pol} cases to the police, most involving falsified monitoring data. Thank you.

_ueditor_page_break_tag_

21st Century Business Herald:

The national carbon market traded more than {140|tonnes|q_cv} million tonnes of allowances in the first nine months, but turnover fell. What is going on with prices, and how is the expansion to new industries proceeding? Thank you.

Su Heyi:

Thank you. Volume and prices went in different directions. Listed trading, which is matched on screen, came to {28.9|tonnes|cv_lst} million tonnes, up {12.5|p|cv_lst_gr}%, and block trades to {113.7|tonnes|cv_blk} million tonnes, up {23.9|p|cv_blk_gr}%. Block trades contributed {18.7|pp|cv_contr} percentage points of the growth in volume, and listed trading made up {20.3|p|cv_lst_sh}% of the total, {1.6|pp|cv_lst_shch} percentage points less than a year earlier. The average price was {73.4|y|px} yuan per tonne, lower than last year, because allowances for this year were allocated more generously to cover the new sectors. Since the market opened in July 2021, cumulative trading has reached {772.6|tonnes|cum} million tonnes, up from {630|tonnes|cum_prev} million at the end of last year.

As for the expansion, the steel, cement and aluminum smelting industries joined this year. The market now covers {3,726|enterprises|ent} key emitting enterprises, {2,257|enterprises|ent_pow} in power generation and {1,469|enterprises|ent_new} in the three new industries, with about {8|tonnes|cov} billion tonnes of carbon dioxide emissions a year, more than {60|p|cov_sh}% of the national total. Thank you.

_ueditor_page_break_tag_

China Daily:

Ecological protection redlines cover nearly {3.2|square kilometers|q_rl} million square kilometers. How are they enforced, and how much of the country's land do they protect? Thank you.

Ge Yunfan:

Thank you. On land, the redlines cover more than {30|p|rl_sh}% of China's territory of {9.6|square kilometers|land} million square kilometers. They include areas that are important for water conservation, biodiversity and soil conservation, as well as fragile ecosystems. We use satellite remote sensing twice a year to check for human activities inside the redlines; in the first half we found {1,862|sites|rs} problem sites and passed them to local governments. This year, central environmental inspection teams have also looked at how the redlines are kept in the provinces they visited. Thank you.

_ueditor_page_break_tag_

Reuters:

Carbon prices have fallen. Will the ministry tighten the allowance cap to support them? Thank you.

Su Heyi:

Thank you. The carbon market is not designed to target a price. The {124.6|tonnes|cv_bad} million tonnes traded so far this year, with turnover of about {10.5|y|cy_r} billion yuan and an average of about {73|y|px_r} yuan a tonne, show that it is liquid. From 2027, allocation will gradually move from intensity-based allowances toward an absolute cap in sectors whose emissions have peaked, and paid allocation will be introduced step by step. That will give the market a clearer price signal. Thank you.

Ge Yunfan:

That is all for today's press conference. Thank you, everyone.

Translated and edited by Tang Xiaohe, Lu Jingwen and Emma Clarke. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Ge Yunfan

/4\u00a0\u00a0\u00a0\u00a0Xiang Lumin

/4\u00a0\u00a0\u00a0\u00a0Bai Qingsong

/4\u00a0\u00a0\u00a0\u00a0Su Heyi
"""

R = "restatement"
RELATIONS = [
    ("sum", [("hp", "total"), ("hp_bth", "part"), ("hp_rest", "part")]),
    ("sum", [("sec", "total"), ("sec_good", "part"), ("sec_45", "part"), ("sec_v", "part")]),
    ("sum", [("c_all_r", "total"), ("c_ok", "part"), ("c_bad", "part")]),
    ("sum", [("cs", "total"), ("cs_air", "part"), ("cs_wat", "part"), ("cs_sw", "part"), ("cs_oth", "part")]),
    ("sum", [("cv", "total"), ("cv_lst", "part"), ("cv_blk", "part")]),
    ("sum", [("ent", "total"), ("ent_pow", "part"), ("ent_new", "part")]),
    ("sum", [("rl", "total"), ("rl_land", "part"), ("rl_sea", "part")]),
    ("share", [("sec_sh", "share"), ("sec_good", "part"), ("sec", "whole")]),
    ("share", [("sec_v_sh", "share"), ("sec_v", "part"), ("sec", "whole")]),
    ("share", [("lk_sh", "share"), ("lk_good", "part"), ("lk", "whole")]),
    ("share", [("c_ok_sh", "share"), ("c_ok", "part"), ("c_all_r", "whole")]),
    ("share", [("hp_bth_sh", "share"), ("hp_bth", "part"), ("hp", "whole")]),
    ("share", [("cs_air_sh", "share"), ("cs_air", "part"), ("cs", "whole")]),
    ("share", [("cv_lst_sh", "share"), ("cv_lst", "part"), ("cv", "whole")]),
    ("share", [("rl_sh", "share"), ("rl_land", "part"), ("land", "whole")]),
    ("gap", [("yrd_gap", "gap"), ("yrd_gr", "rate"), ("pm_gr", "base-rate")]),
    ("gap", [("fw_gap", "gap"), ("fw_gr", "rate"), ("pm_gr", "base-rate")]),
    (R, [("gd", "first"), ("q_gd", "restated")]),
    (R, [("pm_gr", "first"), ("q_pm_gr", "restated")]),
    (R, [("hp", "first"), ("q_hp", "restated")]),
    (R, [("c_all", "first"), ("c_all_r", "restated")]),
    (R, [("sec_sh", "first"), ("q_sec_sh", "restated")]),
    (R, [("sec", "first"), ("sec_r", "restated")]),
    (R, [("cs", "first"), ("q_cs", "restated")]),
    (R, [("fn", "first"), ("fn_r", "restated")]),
    (R, [("cv", "first"), ("q_cv", "restated")]),
    (R, [("cy", "first"), ("cy_r", "restated")]),
    (R, [("px", "first"), ("px_r", "restated")]),
    (R, [("rl", "first"), ("q_rl", "restated")]),
    ("growth", [("hp_gr", "total-growth"), ("hp_bth", "part"), ("hp_bth_gr", "part-growth"), ("hp_rest", "part"), ("hp_rest_gr", "part-growth")]),
    ("growth", [("cv_gr", "total-growth"), ("cv_lst", "part"), ("cv_lst_gr", "part-growth"), ("cv_blk", "part"), ("cv_blk_gr", "part-growth")]),
    ("share-change", [("hp_bth_shch", "change"), ("hp_bth_sh", "share"), ("hp_bth_gr", "part-growth"), ("hp_gr", "whole-growth")]),
    ("share-change", [("cv_lst_shch", "change"), ("cv_lst_sh", "share"), ("cv_lst_gr", "part-growth"), ("cv_gr", "whole-growth")]),
    ("acceleration", [("gd_ch", "change"), ("gd", "later-rate"), ("gd_prev", "earlier-rate")]),
    ("acceleration", [("sec_ch", "change"), ("sec_sh", "later-rate"), ("sec_prev", "earlier-rate")]),
    ("acceleration", [("pm_acc", "change"), ("pm_q3_gr", "later-rate"), ("pm_h1_gr", "earlier-rate")]),
    ("contribution", [("hp_contr", "contribution"), ("hp_bth", "part"), ("hp_bth_gr", "part-growth"), ("hp", "whole"), ("hp_gr", "whole-growth")]),
    ("contribution", [("cv_contr", "contribution"), ("cv_blk", "part"), ("cv_blk_gr", "part-growth"), ("cv", "whole"), ("cv_gr", "whole-growth")]),
    ("absolute-change", [("pm_ch", "change"), ("pm", "level"), ("pm_gr", "growth")]),
    ("absolute-change", [("fn_ch", "change"), ("fn", "level"), ("fn_gr", "growth")]),
    ("average", [("pm_q3", "average"), ("pm_jul", "item"), ("pm_aug", "item"), ("pm_sep", "item")]),
    ("average", [("fn_avg", "average"), ("fn", "total"), ("cs", "count")]),
    ("average", [("px", "average"), ("cy", "total"), ("cv", "count")]),
    ("count-change", [("hp", "count"), ("hp_ch", "change"), ("hp_gr", "growth")]),
    ("count-change", [("cs", "count"), ("cs_ch", "change"), ("cs_gr", "growth")]),
    ("count-change", [("cum", "count"), ("cv", "change"), ("cum_prev", "previous")]),
]
PLANTED = [
    ("restatement", "cv_bad", ["cv"]),
    ("gap", "bth_gap_bad", ["bth_gr", "pm_gr"]),
]
