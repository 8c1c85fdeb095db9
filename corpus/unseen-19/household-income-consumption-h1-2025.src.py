TEXT = """
NBS press conference on residents' income and consumption in H1 2025

Beijing | 3 p.m. July 17, 2025

The National Bureau of Statistics (NBS) held a press conference Thursday in Beijing on the disposable income and consumption expenditure of residents in the first half of 2025.

Speakers

Wei Hongtao, deputy commissioner of the National Bureau of Statistics (NBS)

Kang Yiran, director general of the Department of Household Surveys of the NBS

Tang Shuhao, deputy director general of the Department of Household Surveys of the NBS

Chairperson

Xia Wenjing, deputy director general of the Department of Statistical Information and Public Communication of the NBS and deputy spokesperson of the NBS

Read in Chinese

Speakers:

Mr. Wei Hongtao, deputy commissioner of the National Bureau of Statistics (NBS)

Ms. Kang Yiran, director general of the Department of Household Surveys of the NBS

Mr. Tang Shuhao, deputy director general of the Department of Household Surveys of the NBS

Chairperson:

Ms. Xia Wenjing, deputy director general of the Department of Statistical Information and Public Communication of the NBS and deputy spokesperson of the NBS

Date:

July 17, 2025


Xia Wenjing:

Good afternoon, everyone. Welcome to this press conference of the National Bureau of Statistics. Our subject today is the income and spending of households in the first half of the year. Mr. Wei Hongtao, deputy commissioner of the NBS, will give an introduction, and then he and Ms. Kang Yiran and Mr. Tang Shuhao of the Department of Household Surveys will answer your questions.

Mr. Wei, please.

Wei Hongtao:

Thank you, Ms. Xia. Good afternoon. Income is where the economy meets the kitchen table, so I will be careful with every word today. Let me give you the headline figures first.

In the first half, per capita disposable income of residents nationwide reached {21,840|y|INC} yuan, a nominal increase of {5.3|p|INC_gr}% year on year, or about {1,100|y|INC_ch} yuan more than a year earlier.

After deducting price factors, real growth was {5.4|p|INC_real}%, {0.1|pp|RN_gap} percentage point above the nominal rate, because consumer prices were slightly lower than a year before.

Urban residents' per capita disposable income was {28,844|y|U} yuan, up {4.7|p|U_gr}% in nominal terms and {4.8|p|U_real}% in real terms. Rural residents had {11,936|y|R} yuan, up {6.2|p|R_gr}% in both nominal and real terms.

The median was {18,374|y|MED} yuan, up {5.1|p|MED_gr}%, or {84.1|p|MED_sh}% of the average.

On the spending side, per capita consumption expenditure was {14,117|y|C} yuan, up {5.2|p|C_gr}% in nominal terms and {5.3|p|C_real}% in real terms. Services took {46.3|p|SV_sh}% of it.

On the one hand, incomes kept pace with the economy, and rural incomes grew faster than urban ones. On the other hand, income from property grew slowly, and some families feel less sure about the future than the averages suggest. We should see both sides. Thank you.

Xia Wenjing:

Thank you, Mr. Wei. The floor is now open for questions. Please tell us which news organization you are from.

_ueditor_page_break_tag_

Xinhua News Agency:

Per capita disposable income grew {5.3|p|q_INC_gr}% in the first half. Where did the growth come from? Thank you.

Kang Yiran:

Thank you. Let me first explain what we measure. Disposable income is what a household can spend or save after taxes and social security contributions. It has four sources, and the {160,000|households|HH} households in our sample write down every one of them in their account books. Sample households with questions can call our survey hotline, 12340.

Wages and salaries are still the main source. Per capita wage income was {12,320|y|W} yuan, up {5.6|p|W_gr}%, which is {56.4|p|W_sh}% of disposable income. It rose by {653|y|W_ch} yuan, nearly {60|p|W_inc_sh}% of the increase in income, and contributed about {3.2|pp|W_c} percentage points to its growth.

Net business income per capita was {3,697|y|B} yuan, up {5.0|p|B_gr}%, or {16.9|p|B_sh}% of the total, adding {0.8|pp|B_c} percentage point.

Net property income, mostly rents, interest and dividends, came to {1,741|y|P} yuan, up only {1.2|p|P_gr}%. Its share slipped {0.3|pp|P_shch} percentage point to {8.0|p|P_sh}%. Rents on apartments are lower, and so are deposit rates.

Net transfer income, which includes pensions, was {4,082|y|T} yuan, up {6.4|p|T_gr}%, the fastest of the four. It made up {18.7|p|T_sh}% of income and contributed {1.2|pp|T_c} percentage points to its growth.

_ueditor_page_break_tag_

CCTV:

Rural incomes again grew faster than urban incomes. Is the gap closing? Thank you.

Tang Shuhao:

Yes, it is. Put simply: rural incomes grew {6.2|p|R_gr_r}%, urban incomes {4.7|p|U_gr_r}%, and the countryside ran {1.5|pp|UR_gap} percentage points ahead.

An urban resident still had {16,908|y|UR_diff} yuan more than a rural one in the half year. But urban income was {2.42|times|RATIO} times rural income, down from {2.45|times|RATIO_prev} a year earlier, a narrowing of {0.03|times|RATIO_ch}.

Behind those figures are people. Last month I visited a village in Guizhou where half of the young people now commute to a county industrial park. Their wages come home every month, not once a year at the Spring Festival. That is why wages are the fastest-rising source of rural income.

Kang Yiran:

If I may add the medians: the urban median was {25,818|y|UMED} yuan, {89.5|p|UMED_sh}% of the urban mean, and the rural median {10,122|y|RMED} yuan, {84.8|p|RMED_sh}% of the rural mean.

_ueditor_page_break_tag_

Economic Daily:

The median grew only {5.1|p|q_MED_gr}%, slower than the average. Does that mean the gap between rich and poor is widening? Thank you.

Kang Yiran:

Let me define the term first. The median is the income of the person in the middle when everyone is lined up from the lowest income to the highest. It does not move when the top gets richer. The mean does.

The median grew {0.2|pp|MED_gap} percentage point slower than the mean. That is a small gap. Incomes near the top grew a little faster this half year, mostly business income in the big cities. Wages, which matter most to the middle, grew {5.6|p|W_gr_r}%. I would not read a trend into one half year.

_ueditor_page_break_tag_

China Daily:

How did per capita consumption spending break down? Thank you.

Kang Yiran:

Residents spent {14,117|y|C_r} yuan per person, {698|y|C_ch} yuan more than a year earlier. Our households record every purchase, down to a bunch of scallions, so these figures are as close to the kitchen as statistics get.

Food, tobacco and liquor came to {4,173|y|FOOD} yuan, up {5.1|p|FOOD_gr}%, which puts the Engel coefficient at {29.6|p|ENGEL}%.

Clothing took {806|y|CLOTH} yuan, up {2.1|p|CLOTH_gr}%, and housing {3,136|y|HOUS} yuan, up {3.2|p|HOUS_gr}%, or {24.2|p|HOUS_sh}% of the total. The basics of food, clothing and housing thus came to {8,115|y|G1} yuan, {57.5|p|G1_sh}% of spending, up {4.1|p|G1_gr}%.

Household goods and services came to {875|y|HG} yuan, up {8.6|p|HG_gr}%: that is the trade-in program at work. Transport and communication took {2,046|y|TC} yuan, up {5.4|p|TC_gr}%, though spending on fuel fell {3.5|p|FUEL}%. Together the two reached {2,921|y|G2} yuan, up {6.3|p|G2_gr}%.

Education, culture and recreation rose by {8.7|p|EDU_gr}% to {1,560|y|EDU} yuan, {11.1|p|EDU_sh}% of the total and {0.9|pp|EDU_c} percentage point of the growth. Health care was {1,240|y|HLT} yuan, up {4.6|p|HLT_gr}%, and other goods and services {281|y|OTH} yuan, up {9.4|p|OTH_gr}%.

The last three categories make {3,081|y|G3} yuan, up {7.1|p|G3_gr}%, the fastest of the three groups.

_ueditor_page_break_tag_

Bloomberg:

Households seem to prefer saving. Household deposits rose by {10.77|y|DEP} trillion yuan in the first half. Are people unwilling to spend? Thank you.

Wei Hongtao:

I want to be precise about words. The average propensity to consume, that is spending divided by disposable income, was {64.6|p|APC}%, {0.1|pp|APC_ch} percentage point lower than a year earlier. That is a small change, not a change of heart.

Out of {21,840|y|INC_r} yuan of income, each resident kept {7,723|y|SAV} yuan after spending. Part of it went into deposits, part into paying off mortgages early, which is also a kind of saving.

Spending grew {5.3|p|C_q1}% in the first quarter and {5.1|p|C_q2}% in the second, {5.2|p|C_avg}% on average. Over the {181|days|DAYS} days of the half year, each of us spent about {78|y|DAILY} yuan a day. People are spending. They are choosing more carefully what to spend on.

_ueditor_page_break_tag_

The Paper:

Services consumption is a priority this year. How is it doing? Thank you.

Tang Shuhao:

It is the fastest-growing part of the household budget. Per capita spending on services was {6,542|y|SV} yuan, up {6.1|p|SV_gr}%, or {376|y|SV_ch} yuan more.

Spending on goods was {7,575|y|GD} yuan, up {4.4|p|GD_gr}%, so services grew {1.7|pp|SV_gap} percentage points faster.

Services now take more than {46|p|q_SV_sh}% of spending, {0.4|pp|SV_shch} percentage point more than a year ago, and they supplied {2.8|pp|SV_c} percentage points of the {5.2|p|C_gr_r}% growth in spending.

In plain terms, families are buying time and experiences: trips, concerts, sports classes, care for their parents. Tourism services grew fastest of all.

_ueditor_page_break_tag_

China News Service:

How did the regions compare? Thank you.

Kang Yiran:

Per capita disposable income in the eastern region was {28,472|y|E} yuan, up {5.0|p|E_gr}%.

The central region had {18,309|y|CEN} yuan, up {5.6|p|CEN_gr}%, {1.6|pp|CE_gap} percentage points faster than the east.

The western region had {16,871|y|WST} yuan, up {5.8|p|WST_gr}%, the fastest of the four and {0.8|pp|WE_gap} percentage point ahead of the east. Eastern residents still had {11,601|y|EW_diff} yuan more per person than western ones.

The northeast had {17,962|y|NE} yuan, up {4.9|p|NE_gr}%, {0.4|pp|NE_gap} percentage point below the national rate. Its population is older, and pensions are a bigger part of income there.

_ueditor_page_break_tag_

People's Daily:

Pensions matter more as the population ages. How much do they add to household income? Thank you.

Tang Shuhao:

A lot, and more each year. Pensions and retirement pay came to {2,633|y|PEN} yuan per person, up {5.7|p|PEN_gr}%, or {142|y|PEN_ch} yuan more. They are {64.5|p|PEN_sh}% of net transfer income.

This year the basic pensions of retirees were raised by {2|p|PEN_raise}%, and the minimum basic pension for rural and urban residents by {20|y|MINPEN} yuan a month. For residents aged 60 and above, transfers are often the largest source of income, and they arrive on time.

_ueditor_page_break_tag_

Reuters:

Is income growth slowing? And what is your outlook for the second half? Thank you.

Wei Hongtao:

Slightly, and I will not hide it. In the first quarter, per capita income was {12,179|y|Q1} yuan, up {5.5|p|Q1_gr}%. In the second it was {9,661|y|Q2} yuan, up {5.0|p|Q2_gr}%.

So growth eased by {0.5|pp|Q_acc} percentage point between the quarters, and the half-year rate ended {0.2|pp|H_acc} percentage point below that of the first quarter.

For the rest of the year, three things give me confidence: jobs are stable, pensions are rising, and the trade-in and services policies are reaching households. Most forecasters expect the economy to grow by {4.8|p|F_lo}% to {5|p|F_hi}% this year, and incomes should keep pace with it.

To sum up: nearly {22,000|y|q_INC} yuan of income per person, an Engel coefficient of {29.6|p|q_ENGEL}%, and a propensity to consume of nearly {65|p|q_APC}%. Households are earning more and spending more, and we will keep measuring both honestly. Thank you.

Xia Wenjing:

Thank you, Mr. Wei, Ms. Kang and Mr. Tang. Thank you all. Today's press conference is concluded.

Translated and edited by Lin Ruoxi, Guo Peng and Alice Whitfield. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Xia Wenjing

/4\u00a0\u00a0\u00a0\u00a0Wei Hongtao

/4\u00a0\u00a0\u00a0\u00a0Kang Yiran

/4\u00a0\u00a0\u00a0\u00a0Tang Shuhao
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
def contrib_s(c, s, pg, wg): return ("contribution", [(c, "contribution"), (s, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def contrib_pw(c, part, pg, whole, wg): return ("contribution", [(c, "contribution"), (part, "part"), (pg, "part-growth"), (whole, "whole"), (wg, "whole-growth")])
def abs_g(c, lvl, g): return ("absolute-change", [(c, "change"), (lvl, "level"), (g, "growth")])
def avg_tc(a, t, n): return ("average", [(a, "average"), (t, "total"), (n, "count")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def cc_p(n, ch, p): return ("count-change", [(n, "count"), (ch, "change"), (p, "previous")])

RELATIONS = [
    # sums
    total("INC", "W", "B", "P", "T"),
    total("INC", "Q1", "Q2"),
    total("INC_r", "C_r", "SAV"),
    total("C", "SV", "GD"),
    total("C_r", "G1", "G2", "G3"),
    total("G1", "FOOD", "CLOTH", "HOUS"),
    total("G2", "HG", "TC"),
    total("G3", "EDU", "HLT", "OTH"),
    # shares
    share("MED_sh", "MED", "INC"),
    share("UMED_sh", "UMED", "U"),
    share("RMED_sh", "RMED", "R"),
    share("W_sh", "W", "INC"),
    share("B_sh", "B", "INC"),
    share("P_sh", "P", "INC"),
    share("T_sh", "T", "INC"),
    share("W_inc_sh", "W_ch", "INC_ch"),
    share("PEN_sh", "PEN", "T"),
    share("ENGEL", "FOOD", "C_r"),
    share("G1_sh", "G1", "C_r"),
    share("EDU_sh", "EDU", "C_r"),
    share("SV_sh", "SV", "C"),
    share("APC", "C", "INC"),
    # gaps
    gap("RN_gap", "INC_real", "INC_gr"),
    gap("UR_gap", "R_gr_r", "U_gr_r"),
    gap("MED_gap", "INC_gr", "MED_gr"),
    gap("SV_gap", "SV_gr", "GD_gr"),
    gap("WE_gap", "WST_gr", "E_gr"),
    gap("NE_gap", "INC_gr", "NE_gr"),
    # restatements
    same("INC_gr", "q_INC_gr"), same("INC", "INC_r"), same("INC", "q_INC"),
    same("R_gr", "R_gr_r"), same("U_gr", "U_gr_r"), same("MED_gr", "q_MED_gr"),
    same("W_gr", "W_gr_r"), same("C", "C_r"), same("ENGEL", "q_ENGEL"),
    same("APC", "q_APC"), same("SV_sh", "q_SV_sh"),
    # growth of a total from its parts
    growth("INC_gr", "W", "W_gr", "B", "B_gr", "P", "P_gr", "T", "T_gr"),
    growth("INC_gr", "Q1", "Q1_gr", "Q2", "Q2_gr"),
    growth("C_gr", "SV", "SV_gr", "GD", "GD_gr"),
    growth("G1_gr", "FOOD", "FOOD_gr", "CLOTH", "CLOTH_gr", "HOUS", "HOUS_gr"),
    growth("C_gr", "G1", "G1_gr", "G2", "G2_gr", "G3", "G3_gr"),
    # share changes
    shchange("P_shch", "P_sh", "P_gr", "INC_gr"),
    shchange("SV_shch", "SV_sh", "SV_gr", "C_gr"),
    shchange("APC_ch", "APC", "C_gr", "INC_gr"),
    # accelerations
    accel("Q_acc", "Q2_gr", "Q1_gr"),
    accel("H_acc", "INC_gr", "Q1_gr"),
    # contributions
    contrib_s("W_c", "W_sh", "W_gr", "INC_gr"),
    contrib_s("B_c", "B_sh", "B_gr", "INC_gr"),
    contrib_s("T_c", "T_sh", "T_gr", "INC_gr"),
    contrib_pw("EDU_c", "EDU", "EDU_gr", "C_r", "C_gr"),
    contrib_s("SV_c", "SV_sh", "SV_gr", "C_gr_r"),
    # absolute changes
    abs_g("INC_ch", "INC", "INC_gr"),
    abs_g("W_ch", "W", "W_gr"),
    abs_g("C_ch", "C_r", "C_gr"),
    abs_g("SV_ch", "SV", "SV_gr"),
    abs_g("PEN_ch", "PEN", "PEN_gr"),
    # averages
    avg_items("C_avg", "C_q1", "C_q2"),
    avg_tc("DAILY", "C", "DAYS"),
    # differences and changes
    cc_p("U", "UR_diff", "R"),
    cc_p("RATIO", "RATIO_ch", "RATIO_prev"),
    cc_p("E", "EW_diff", "WST"),
]
PLANTED = [
    ("share", "HOUS_sh", ["HOUS", "C_r"]),
    ("gap", "CE_gap", ["CEN_gr", "E_gr"]),
]
