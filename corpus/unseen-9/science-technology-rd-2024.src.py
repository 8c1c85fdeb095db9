TEXT = """
SCIO press conference on China's spending on research and development and its innovation performance in 2024

Beijing | 10 a.m. Oct. 10, 2025

The State Council Information Office (SCIO) held a press conference Friday morning in Beijing, at which officials of the Ministry of Science and Technology (MOST) and the National Bureau of Statistics (NBS) presented the Statistical Communique on National Expenditure on Science and Technology in 2024 and answered questions on innovation.

Speakers

Kong Xiangyu, vice minister of science and technology

Wen Shuhan, director general of the Department of Social, Science and Technology, and Cultural Industries Statistics of the National Bureau of Statistics (NBS)

Fu Jialin, director general of the Department of Strategic Planning of the Ministry of Science and Technology (MOST)

Chairperson

Gao Yaning, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese


Gao Yaning:

Ladies and gentlemen, good morning. Welcome to this press conference of the State Council Information Office. Today's topic is China's investment in science and technology. We have invited Mr. Kong Xiangyu, vice minister of science and technology, to brief you on last year's spending on research and development and on what it has produced. He is joined by Ms. Wen Shuhan, director general at the National Bureau of Statistics, and Mr. Fu Jialin, director general of the Department of Strategic Planning of the MOST. Mr. Kong, the floor is yours.

Kong Xiangyu:

Thank you, Ms. Gao. Good morning. Statistics on research and development, or R&D, are a yardstick of a country's capacity to innovate. Let me put last year's figures in context, in three parts.

The first part is the scale of investment. In 2024, the country spent {3.613|y|T} trillion yuan on R&D, {8.3|p|T_gr}% more than in 2023, an increase of {276.9|y|T_ch} billion yuan. Growth picked up by {0.2|pp|T_acc} percentage point from the {8.1|p|T_gr23}% of 2023. Measured against gross domestic product, which came to {134.91|y|GDP} trillion yuan, R&D intensity reached {2.68|p|RI}%, up {0.03|pp|RI_acc} percentage point from {2.65|p|RI23}% a year before. Counting 2022, when spending grew {10.1|p|T_gr22}%, growth over the three years averaged {8.8|p|T_avg}% a year.

The second part is structure. Spending on basic research, the source of original ideas, rose {10.5|p|BR_gr}% to {249.7|y|BR} billion yuan, which is {6.91|p|BR_sh}% of all R&D spending and {0.14|pp|BR_shch} percentage point more than in 2023. Basic research grew {2.2|pp|BR_gap} percentage points faster than R&D as a whole and added {0.7|pp|BR_contr} percentage point to its growth. Applied research took {398.2|y|AR} billion yuan, up {8.8|p|AR_gr}%, or {11|p|AR_sh}%, and experimental development {2,965.1|y|ED} billion yuan, up {8.1|p|ED_gr}%, or {82.1|p|ED_sh}%. Basic and applied research together came to {647.9|y|BAR} billion yuan, {17.9|p|BAR_sh}% of the total.

As for who does the research, enterprises spent {2,810.5|y|E} billion yuan, up {8.4|p|E_gr}%, government-affiliated research institutes {442.8|y|G} billion yuan, up {6.8|p|G_gr}%, and institutions of higher education {297.4|y|U} billion yuan, up {8|p|U_gr}%. Other performers accounted for the remaining {62.3|y|O} billion yuan. Enterprises' share of the national total was {77.8|p|E_sh}%, {0.1|pp|E_shch} percentage point higher than a year earlier, and their spending grew {1.6|pp|EG_gap} percentage points faster than that of research institutes.

The third part is output. The China National Intellectual Property Administration granted {1.045|invention patents|PAT} million invention patents, up {13.5|p|PAT_gr}%, or {124,000|invention patents|PAT_ch} more than in 2023. Technology contracts worth {6.84|y|TC} trillion yuan were registered, up {11.2|p|TC_gr}%. These figures show that our investment is turning into results. We will keep raising R&D spending, especially on basic research, in the final year of the 14th Five-Year Plan and beyond. Thank you.

Gao Yaning:

Thank you, Mr. Kong. The floor is now open. Please state your news organization before asking your question.

_ueditor_page_break_tag_

Xinhua News Agency:

R&D spending exceeded {3.6|y|q_T} trillion yuan last year and grew {8.3|p|q_T_gr}%, while the economy grew more slowly. How should we read R&D intensity of {2.68|p|q_RI}%? Thank you.

Wen Shuhan:

Thank you. Let me answer as a statistician. Intensity is a ratio, and it moves slowly. It rose from {2.65|p|RI23_r}% to {2.68|p|RI_r}% because R&D spending grew faster than nominal GDP. At this level, China is above the average of the European Union but still below economies such as the Republic of Korea, Israel and the United States. Within our own structure, experimental development still takes more than {82|p|ED_sh_r}% of spending. That is typical of a country where enterprises lead, and it also shows where we need to do more. Thank you.

_ueditor_page_break_tag_

Science and Technology Daily:

Basic research received nearly {250|y|q_BR} billion yuan. Is this enough, and how will the share be raised? Thank you.

Fu Jialin:

Thank you. It is not enough, and we say so openly. The share of basic research was {6.91|p|BR_sh_r}%, against roughly {15|p|intl_lo}% to {20|p|intl_hi}% in the leading innovative economies. Those ranges are international comparisons, not targets. Growth was strong, though it was {1.1|pp|BR_acc} percentage points slower than in 2023, when basic research spending grew {11.6|p|BR_gr23}%. We are working on three fronts: steady central funding, more support from local governments, and incentives for enterprises to fund basic research, including tax deductions and matched funding. Thank you.

_ueditor_page_break_tag_

China Daily:

Enterprises spend about {2.8|y|q_E} trillion yuan on R&D. How much of the growth came from them? Thank you.

Wen Shuhan:

Thank you. Most of it. Enterprises spent {217.8|y|E_ch} billion yuan more than in 2023, or {78.7|p|E_ch_sh}% of the increase in national R&D spending, and the other performers together {59.1|y|O_ch} billion yuan. Put differently, enterprises contributed {6.5|pp|E_contr} percentage points of the {8.3|p|T_gr_r}% growth. Research institutes had {12.3|p|G_sh}% of the total and universities {8.2|p|U_sh}%. Spending by universities grew {3.2|pp|UG_gap_bad} percentage points faster than spending by research institutes. Thank you.

_ueditor_page_break_tag_

Economic Daily:

How is R&D spending distributed across regions? Thank you.

Wen Shuhan:

Thank you. The eastern region spent {2,348.6|y|EAST} billion yuan, or {65|p|EAST_sh}% of the national total, and grew {7.7|p|EAST_gr}%. The central region spent {632.3|y|CEN} billion yuan, up {10.6|p|CEN_gr}%, which was {2.3|pp|CEN_gap} percentage points faster than the national rate. Its share rose by {0.4|pp|CEN_shch} percentage point to {17.5|p|CEN_sh}%. The western region spent {491.4|y|WEST} billion yuan, up {9.4|p|WEST_gr}%, and the northeast {140.7|y|NE} billion yuan, up {5.1|p|NE_gr}%.

Six provinces and municipalities each spent more than {200|y|P200} billion yuan: Guangdong {508.6|y|GD} billion, Jiangsu {423.5|y|JS} billion, Beijing {312.6|y|BJ} billion, Zhejiang {281.4|y|ZJ} billion, Shandong {262.7|y|SD} billion and Shanghai {243.9|y|SH} billion. Together that makes {2.03|y|SIX} trillion yuan, {56.3|p|SIX_sh}% of the national total. Beijing's R&D intensity was {6.58|p|BJ_RI}%, the highest in the country. Thank you.

_ueditor_page_break_tag_

21st Century Business Herald:

How much did governments spend on science and technology from their budgets? Thank you.

Fu Jialin:

Thank you. Fiscal spending on science and technology totaled {1,197.4|y|FS} billion yuan, up {5.3|p|FS_gr}%. The central government spent {382.6|y|FSC} billion yuan, {32|p|FSC_sh}% of it, and local governments {814.8|y|FSL} billion yuan. Science and technology took {4.2|p|FS_sh}% of general public budget expenditure, which stood at {28.46|y|GPB} trillion yuan. Budgets are tight, but this is one area where we did not cut. Thank you.

_ueditor_page_break_tag_

Guangming Daily:

There are nearly {500,000|enterprises|q_HT} high-tech enterprises now. Are they really doing research, or just collecting tax breaks? Thank you.

Fu Jialin:

Thank you. That is a fair question. At the end of 2024, there were {498,000|enterprises|HT} high-tech enterprises, {35,000|enterprises|HT_ch} more than a year earlier, when there were {463,000|enterprises|HT_prev}, an increase of {7.6|p|HT_gr}%. Their R&D spending reached {1.93|y|HT_RD} trillion yuan, {68.7|p|HT_RD_sh}% of all business R&D, or {3.88|y|HT_avg} million yuan per enterprise on average. Each year, local authorities review a sample of them, and firms that fail the review lose the title and the tax benefits. Thank you.

_ueditor_page_break_tag_

Beijing Youth Daily:

More than {1|invention patents|q_PAT} million invention patents were granted. Are we trading quality for quantity? Thank you.

Kong Xiangyu:

Thank you. Quantity alone is not our aim. Of the {1.045|invention patents|PAT_r} million invention patents granted, {936,000|invention patents|PAT_D} went to domestic applicants and {109,000|invention patents|PAT_F} to foreign ones, so domestic applicants held {89.6|p|PAT_D_sh}%. More of them are being put to use. The technology market shows this: the {6.84|y|TC_r} trillion yuan of contracts came from {986,000|contracts|TC_n} contracts, or {6.94|y|TC_avg} million yuan each, and the value was about {690|y|TC_ch} billion yuan higher than in 2023. Enterprises bought technology worth {5.71|y|TC_E} trillion yuan, {83.5|p|TC_E_sh}% of the total.

As for how we compare with others, China has been second only to the United States in total R&D spending for years. With R&D intensity of {2.86|p|RI_bad}%, we are now above the EU average, but intensity is not everything. In the next five years, we will keep basic research spending growing faster than R&D as a whole, strengthen enterprises as the main innovators, and open our programs to scientists from around the world. Thank you.

Gao Yaning:

That concludes today's press conference. Thank you to our three speakers and to all of you.

Translated and edited by Lin Yuxuan, Peng Shu and Margaret Hale. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Gao Yaning

/4\u00a0\u00a0\u00a0\u00a0Kong Xiangyu

/4\u00a0\u00a0\u00a0\u00a0Wen Shuhan

/4\u00a0\u00a0\u00a0\u00a0Fu Jialin
"""

R = "restatement"
RELATIONS = [
    ("sum", [("T", "total"), ("BR", "part"), ("AR", "part"), ("ED", "part")]),
    ("sum", [("BAR", "total"), ("BR", "part"), ("AR", "part")]),
    ("sum", [("T", "total"), ("E", "part"), ("G", "part"), ("U", "part"), ("O", "part")]),
    ("sum", [("T", "total"), ("EAST", "part"), ("CEN", "part"), ("WEST", "part"), ("NE", "part")]),
    ("sum", [("T_ch", "total"), ("E_ch", "part"), ("O_ch", "part")]),
    ("sum", [("FS", "total"), ("FSC", "part"), ("FSL", "part")]),
    ("sum", [("PAT_r", "total"), ("PAT_D", "part"), ("PAT_F", "part")]),
    ("share", [("RI", "share"), ("T", "part"), ("GDP", "whole")]),
    ("share", [("BR_sh", "share"), ("BR", "part"), ("T", "whole")]),
    ("share", [("ED_sh", "share"), ("ED", "part"), ("T", "whole")]),
    ("share", [("BAR_sh", "share"), ("BAR", "part"), ("T", "whole")]),
    ("share", [("E_sh", "share"), ("E", "part"), ("T", "whole")]),
    ("share", [("E_ch_sh", "share"), ("E_ch", "part"), ("T_ch", "whole")]),
    ("share", [("G_sh", "share"), ("G", "part"), ("T", "whole")]),
    ("share", [("U_sh", "share"), ("U", "part"), ("T", "whole")]),
    ("share", [("SIX_sh", "share"), ("SIX", "part"), ("T", "whole")]),
    ("share", [("FS_sh", "share"), ("FS", "part"), ("GPB", "whole")]),
    ("share", [("HT_RD_sh", "share"), ("HT_RD", "part"), ("E", "whole")]),
    ("share", [("PAT_D_sh", "share"), ("PAT_D", "part"), ("PAT_r", "whole")]),
    ("gap", [("BR_gap", "gap"), ("BR_gr", "rate"), ("T_gr", "base-rate")]),
    ("gap", [("EG_gap", "gap"), ("E_gr", "rate"), ("G_gr", "base-rate")]),
    ("gap", [("CEN_gap", "gap"), ("CEN_gr", "rate"), ("T_gr", "base-rate")]),
    (R, [("T", "first"), ("q_T", "restated")]),
    (R, [("T_gr", "first"), ("q_T_gr", "restated")]),
    (R, [("T_gr", "first"), ("T_gr_r", "restated")]),
    (R, [("RI", "first"), ("q_RI", "restated")]),
    (R, [("RI", "first"), ("RI_r", "restated")]),
    (R, [("RI23", "first"), ("RI23_r", "restated")]),
    (R, [("ED_sh", "first"), ("ED_sh_r", "restated")]),
    (R, [("BR", "first"), ("q_BR", "restated")]),
    (R, [("BR_sh", "first"), ("BR_sh_r", "restated")]),
    (R, [("E", "first"), ("q_E", "restated")]),
    (R, [("HT", "first"), ("q_HT", "restated")]),
    (R, [("PAT", "first"), ("q_PAT", "restated")]),
    (R, [("PAT", "first"), ("PAT_r", "restated")]),
    (R, [("TC", "first"), ("TC_r", "restated")]),
    ("growth", [("T_gr", "total-growth"), ("BR", "part"), ("BR_gr", "part-growth"), ("AR", "part"), ("AR_gr", "part-growth"), ("ED", "part"), ("ED_gr", "part-growth")]),
    ("growth", [("T_gr", "total-growth"), ("EAST", "part"), ("EAST_gr", "part-growth"), ("CEN", "part"), ("CEN_gr", "part-growth"), ("WEST", "part"), ("WEST_gr", "part-growth"), ("NE", "part"), ("NE_gr", "part-growth")]),
    ("share-change", [("BR_shch", "change"), ("BR_sh", "share"), ("BR_gr", "part-growth"), ("T_gr", "whole-growth")]),
    ("share-change", [("E_shch", "change"), ("E_sh", "share"), ("E_gr", "part-growth"), ("T_gr", "whole-growth")]),
    ("share-change", [("CEN_shch", "change"), ("CEN_sh", "share"), ("CEN_gr", "part-growth"), ("T_gr", "whole-growth")]),
    ("acceleration", [("T_acc", "change"), ("T_gr", "later-rate"), ("T_gr23", "earlier-rate")]),
    ("acceleration", [("RI_acc", "change"), ("RI", "later-rate"), ("RI23", "earlier-rate")]),
    ("acceleration", [("BR_acc", "change"), ("BR_gr", "later-rate"), ("BR_gr23", "earlier-rate")]),
    ("contribution", [("BR_contr", "contribution"), ("BR", "part"), ("BR_gr", "part-growth"), ("T", "whole"), ("T_gr", "whole-growth")]),
    ("contribution", [("E_contr", "contribution"), ("E", "part"), ("E_gr", "part-growth"), ("T", "whole"), ("T_gr", "whole-growth")]),
    ("absolute-change", [("T_ch", "change"), ("T", "level"), ("T_gr", "growth")]),
    ("absolute-change", [("E_ch", "change"), ("E", "level"), ("E_gr", "growth")]),
    ("absolute-change", [("TC_ch", "change"), ("TC", "level"), ("TC_gr", "growth")]),
    ("average", [("T_avg", "average"), ("T_gr22", "item"), ("T_gr23", "item"), ("T_gr", "item")]),
    ("average", [("TC_avg", "average"), ("TC_r", "total"), ("TC_n", "count")]),
    ("average", [("HT_avg", "average"), ("HT_RD", "total"), ("HT", "count")]),
    ("count-change", [("HT", "count"), ("HT_ch", "change"), ("HT_gr", "growth")]),
    ("count-change", [("HT", "count"), ("HT_ch", "change"), ("HT_prev", "previous")]),
    ("count-change", [("PAT", "count"), ("PAT_ch", "change"), ("PAT_gr", "growth")]),
]
PLANTED = [
    ("restatement", "RI_bad", ["RI"]),
    ("gap", "UG_gap_bad", ["U_gr", "G_gr"]),
]
