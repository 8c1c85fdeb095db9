TEXT = """
MOHRSS press conference on human resources and social security in Q3 2025

Beijing | 3 p.m. Oct. 24, 2025

The Ministry of Human Resources and Social Security (MOHRSS) held its regular press conference for the third quarter of 2025 on Friday afternoon in Beijing, focusing on social insurance coverage, the social insurance funds and the personal pension scheme.

Speakers

Lu Aiping, spokesperson of the Ministry of Human Resources and Social Security (MOHRSS)

Zhong Wenbin, deputy director general of the Department of Pension Insurance of the MOHRSS

Yao Shanshan, deputy director general of the Department of Unemployment Insurance of the MOHRSS

Read in Chinese


Lu Aiping:

Good afternoon, friends from the press, and thank you for coming. Social insurance is a subject where every figure stands for real households, so today I will spend less time on jobs and more on pensions, benefits and the funds that pay them. Then my colleagues and I will answer your questions.

Let me first touch on employment. From January to September, {10.57|jobs|JOBS} million new urban jobs were created, {88.1|p|JOBS_sh}% of this year's target of {12|jobs|JOBS_T} million. The surveyed urban unemployment rate was {5.2|p|UNR}% in September.

Coverage kept widening. At the end of September, {1.075|people|BP} billion people were enrolled in basic pension insurance, {7|people|BP_ch} million more than at the end of last year, an increase of {0.7|p|BP_gr}%. The scheme for urban employees covered {542.3|people|UE} million people, up {1.6|p|UE_gr}% from the end of last year, or {8.6|people|UE_ch} million. The scheme for urban and rural residents covered {532.7|people|UR} million, down {0.3|p|UR_gr}%, as more people in flexible jobs moved over to the employee scheme. Employees now make up {50.4|p|UE_sh}% of all those insured, {0.5|pp|UE_shch} percentage point more than at the start of the year.

Unemployment insurance covered {248.6|people|UI} million people, {4.1|people|UI_ch} million more than a year earlier, an increase of {1.7|p|UI_gr}%. Work-related injury insurance covered {305.4|people|WI} million people. Counting each program separately, that is {1.63|person-times|PT} billion person-times of coverage across the three.

On the funds. In the first three quarters, the basic pension, unemployment and work-related injury insurance funds took in {6.38|y|REV} trillion yuan, up {5.8|p|REV_gr}%. Of that, the basic pension insurance funds collected {6.13|y|PREV} trillion yuan, up {5.9|p|PREV_gr}%, the unemployment insurance fund {154.2|y|UIREV} billion yuan, up {2.4|p|UIREV_gr}%, and the work-related injury insurance fund {95.8|y|WIREV} billion yuan, up {4.1|p|WIREV_gr}%.

Spending rose faster. The three funds paid out {5.76|y|EXP} trillion yuan: {5.53|y|PEXP} trillion yuan from the pension funds, up {6.8|p|PEXP_gr}%, {118.4|y|UIEXP} billion yuan from unemployment insurance, up {9.6|p|UIEXP_gr}%, and {111.6|y|WIEXP} billion yuan from work-related injury insurance, up {5.2|p|WIEXP_gr}%. Revenue exceeded spending by {620|y|SUR} billion yuan, or {9.7|p|SUR_sh}% of revenue. By the end of September, the funds had a cumulative balance of {9.84|y|CB} trillion yuan.

On pensions themselves. From Jan. 1, basic pensions for retirees were raised by {2|p|PEN_gr}%, the 21st consecutive year of increases, and the minimum basic pension for urban and rural residents went up by {20|y|MIN_ch} yuan a month. At the end of September, {1.39|people|SSC} billion people held social security cards, and {1.06|cards|ESC} billion electronic social security cards had been issued, so that {76.3|p|ESC_sh}% of cardholders also carry the card on their phones. Thank you.

_ueditor_page_break_tag_

CCTV:

The funds took in more than {6.3|y|q_REV} trillion yuan but paid out {5.76|y|q_EXP} trillion. With an aging population, are the pension funds sustainable? Thank you.

Lu Aiping:

Thank you. I understand the worry, so let me give you the figures as they are. Spending grew {6.8|p|EXP_gr}% in the first three quarters, {1|pp|EXP_gap} percentage point faster than revenue. That is the trend we have to manage over the long term. But revenue is still growing well. It grew {0.7|pp|REV_acc} percentage point faster than in the first half, when it was up {5.1|p|REV_H1}%, and it was about {350|y|REV_ch} billion yuan higher than in the same period last year. The pension funds alone contributed {5.7|pp|PREV_contr} percentage points to that growth.

The funds are not running down. Their balance of {9.84|y|CB_r} trillion yuan is {620|y|CB_ch} billion yuan higher than at the end of last year, when it stood at {9.22|y|CB_prev} trillion. The pension funds hold {9.05|y|PCB} trillion yuan of it, about {92|p|PCB_sh}%, the unemployment insurance fund {571.2|y|UICB} billion yuan and the work-related injury insurance fund {218.8|y|WICB} billion yuan. The pension balance alone would cover more than {14|months|PCB_m} months of payments. Thank you.

_ueditor_page_break_tag_

Xinhua News Agency:

Retirees' pensions rose {2|p|q_PEN_gr}% this year. Why less than before, and how much does it mean for a typical retiree? Thank you.

Zhong Wenbin:

Thank you. This year's increase was {1|pp|PEN_acc} percentage point lower than last year's {3|p|PEN_prev}%. We set the rate by weighing wage growth, prices and what the funds can bear, and a smaller but steady increase every year is better for retirees than large swings. For enterprise retirees, the average basic pension is now {3,560|y|PEN_lvl} yuan a month, or about {70|y|PEN_ch} yuan more.

For rural and urban residents, the change matters more in relative terms. The national minimum basic pension rose to {143|y|MIN} yuan a month, an increase of {16.3|p|MIN_gr}%. Many provinces pay well above the minimum, and local top-ups for people aged 80 and over are common. Some {182|people|URP} million residents now draw a pension under the scheme.

The pension funds took in {6.13|y|PREV_r} trillion yuan in the first three quarters: {5.52|y|PREV_E} trillion yuan went to the employees' scheme and {510|y|PREV_R_bad} billion yuan to the residents' scheme. The pension funds' share of the three funds' revenue rose to {96.1|p|PREV_sh}%, {0.1|pp|PREV_shch} percentage point higher than a year earlier. Thank you.

_ueditor_page_break_tag_

China Youth Daily:

Young people in flexible jobs often say the employee pension scheme is too expensive. Are they leaving social insurance? Thank you.

Zhong Wenbin:

Thank you. The figures point the other way. The employee scheme grew {1.9|pp|UEUR_gap} percentage points faster than the residents' scheme, and it added {0.8|pp|UE_contr} percentage point to the growth in total enrollment. The residents' scheme covered {1.6|people|UR_ch} million fewer people than at the end of last year, mostly because people switched to the employee scheme, not because they left. Basic pension insurance now covers over {1.07|people|q_BP} billion people.

Since last year, people in flexible jobs can enroll where they work rather than where their household is registered, and they may choose a contribution base from {60|p|BASE_lo}% to {300|p|BASE_hi}% of the local average wage. Thank you.

_ueditor_page_break_tag_

The Paper:

How many people are receiving unemployment benefits now, and how much do they get? Thank you.

Yao Shanshan:

Thank you. At the end of September, {2.75|people|UB} million people were receiving unemployment insurance benefits, {130,000|people|UB_ch} fewer than a year earlier, down {4.5|p|UB_gr}%. The number was {2.94|people|UB_Q1} million at the end of March and {2.87|people|UB_Q2} million at the end of June, so the three quarter-end figures average {2.85|people|UB_avg} million.

The benefit averaged {1,915|y|UB_amt} yuan a month, and the local standards ranged from {1,680|y|UB_lo} yuan to {2,370|y|UB_hi} yuan. The fund paid out {61.2|y|UB_paid} billion yuan in benefits, {51.7|p|UB_paid_sh}% of its spending; the rest went on skills subsidies, medical insurance premiums for the unemployed and support for enterprises. Spending grew {2.8|pp|UIEXP_gap} percentage points faster than the three funds' spending overall.

The job retention refund returned {18.6|y|JR} billion yuan to {3.12|enterprises|JR_n} million enterprises, about {6,000|y|JR_avg} yuan each. Nearly {250|people|q_UI} million people are now covered by unemployment insurance. Thank you.

_ueditor_page_break_tag_

Workers' Daily:

What protection is there for delivery riders and other platform workers who are injured at work? Thank you.

Lu Aiping:

Thank you. Work-related injury insurance covers more than {300|people|q_WI} million people, but many platform workers fall outside it because they have no labor contract. For them, the occupational injury protection pilot was extended in July from seven provinces to seventeen. It now covers {12.9|people|OIP} million people, {8.4|people|OIP_r} million of them delivery riders, or about {65|p|OIP_sh}%. The platform enterprises pay the premiums, so the workers pay nothing, and {1.18|y|OIP_paid} billion yuan has been paid out so far.

The work-related injury insurance fund itself is under some pressure: its spending grew {1.1|pp|WI_gap} percentage points faster than its revenue this year. We are strengthening prevention, because the best injury is the one that never happens. Thank you.

_ueditor_page_break_tag_

21st Century Business Herald:

More than {72|people|q_PP} million people have opened personal pension accounts, but many do not pay anything in. How is the scheme doing since it went nationwide? Thank you.

Zhong Wenbin:

Thank you. It is true that opening an account and saving in it are two different things. At the end of September, {72.6|people|PP} million people had accounts, {5.5|people|PP_ch} million more than at the end of last year, when there were {67.1|people|PP_prev} million.

Of the account holders, {19.3|people|PP_c} million had made contributions, which is {26.6|p|PP_c_sh}%, roughly one in four. They paid in {41.2|y|PP_amt} billion yuan, or {2,135|y|PP_avg} yuan per contributor on average, well below the annual cap of {12,000|y|PP_cap} yuan. There are more than {1,000|products|PP_prod} products to choose from, including savings deposits, wealth management products, commercial insurance and funds. We will make the tax incentives more attractive to people on middle incomes. Thank you.

_ueditor_page_break_tag_

Southern Metropolis Daily:

How widely are social security cards used now, and what can people do with the electronic card? Thank you.

Lu Aiping:

Thank you. The {1.39|cardholders|SSC_r} billion cardholders are {98.7|p|SSC_sh}% of the population of {1.408|people|POP} billion. With {1.6|cards|ESC_bad} billion electronic social security cards in use, people can check their contributions, claim benefits and transfer insurance between provinces on their phones, or call 12333 for help. We will keep adding services, so that one card serves people in every part of their lives. Thank you.

That concludes today's press conference. Thank you all.

Translated and edited by Qin Yiran, Tang Xiaowei and Margaret Doyle. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Lu Aiping

/4\u00a0\u00a0\u00a0\u00a0Zhong Wenbin

/4\u00a0\u00a0\u00a0\u00a0Yao Shanshan
"""

R = "restatement"
RELATIONS = [
    # sum
    ("sum", [("BP", "total"), ("UE", "part"), ("UR", "part")]),
    ("sum", [("PT", "total"), ("BP", "part"), ("UI", "part"), ("WI", "part")]),
    ("sum", [("REV", "total"), ("PREV", "part"), ("UIREV", "part"), ("WIREV", "part")]),
    ("sum", [("EXP", "total"), ("PEXP", "part"), ("UIEXP", "part"), ("WIEXP", "part")]),
    ("sum", [("REV", "total"), ("EXP", "part"), ("SUR", "part")]),
    ("sum", [("CB_r", "total"), ("PCB", "part"), ("UICB", "part"), ("WICB", "part")]),
    # share
    ("share", [("JOBS_sh", "share"), ("JOBS", "part"), ("JOBS_T", "whole")]),
    ("share", [("UE_sh", "share"), ("UE", "part"), ("BP", "whole")]),
    ("share", [("SUR_sh", "share"), ("SUR", "part"), ("REV", "whole")]),
    ("share", [("ESC_sh", "share"), ("ESC", "part"), ("SSC", "whole")]),
    ("share", [("PCB_sh", "share"), ("PCB", "part"), ("CB_r", "whole")]),
    ("share", [("PREV_sh", "share"), ("PREV_r", "part"), ("REV", "whole")]),
    ("share", [("UB_paid_sh", "share"), ("UB_paid", "part"), ("UIEXP", "whole")]),
    ("share", [("PP_c_sh", "share"), ("PP_c", "part"), ("PP", "whole")]),
    ("share", [("SSC_sh", "share"), ("SSC_r", "part"), ("POP", "whole")]),
    ("share", [("OIP_sh", "share"), ("OIP_r", "part"), ("OIP", "whole")]),
    # gap
    ("gap", [("EXP_gap", "gap"), ("EXP_gr", "rate"), ("REV_gr", "base-rate")]),
    ("gap", [("UEUR_gap", "gap"), ("UE_gr", "rate"), ("UR_gr", "base-rate")]),
    ("gap", [("UIEXP_gap", "gap"), ("UIEXP_gr", "rate"), ("EXP_gr", "base-rate")]),
    ("gap", [("WI_gap", "gap"), ("WIEXP_gr", "rate"), ("WIREV_gr", "base-rate")]),
    # restatement
    (R, [("REV", "first"), ("q_REV", "restated")]),
    (R, [("EXP", "first"), ("q_EXP", "restated")]),
    (R, [("CB", "first"), ("CB_r", "restated")]),
    (R, [("SUR", "first"), ("CB_ch", "restated")]),
    (R, [("PEN_gr", "first"), ("q_PEN_gr", "restated")]),
    (R, [("PREV", "first"), ("PREV_r", "restated")]),
    (R, [("BP", "first"), ("q_BP", "restated")]),
    (R, [("UI", "first"), ("q_UI", "restated")]),
    (R, [("q_PP", "first"), ("PP", "restated")]),
    (R, [("SSC", "first"), ("SSC_r", "restated")]),
    (R, [("WI", "first"), ("q_WI", "restated")]),
    # growth
    ("growth", [("REV_gr", "total-growth"), ("PREV", "part"), ("PREV_gr", "part-growth"), ("UIREV", "part"), ("UIREV_gr", "part-growth"), ("WIREV", "part"), ("WIREV_gr", "part-growth")]),
    ("growth", [("EXP_gr", "total-growth"), ("PEXP", "part"), ("PEXP_gr", "part-growth"), ("UIEXP", "part"), ("UIEXP_gr", "part-growth"), ("WIEXP", "part"), ("WIEXP_gr", "part-growth")]),
    ("growth", [("BP_gr", "total-growth"), ("UE", "part"), ("UE_gr", "part-growth"), ("UR", "part"), ("UR_gr", "part-growth")]),
    # share-change
    ("share-change", [("UE_shch", "change"), ("UE", "part"), ("BP", "whole"), ("UE_gr", "part-growth"), ("BP_gr", "whole-growth")]),
    ("share-change", [("PREV_shch", "change"), ("PREV_sh", "share"), ("PREV_gr", "part-growth"), ("REV_gr", "whole-growth")]),
    # acceleration
    ("acceleration", [("REV_acc", "change"), ("REV_gr", "later-rate"), ("REV_H1", "earlier-rate")]),
    ("acceleration", [("PEN_acc", "change"), ("q_PEN_gr", "later-rate"), ("PEN_prev", "earlier-rate")]),
    # contribution
    ("contribution", [("PREV_contr", "contribution"), ("PREV", "part"), ("PREV_gr", "part-growth"), ("REV", "whole"), ("REV_gr", "whole-growth")]),
    ("contribution", [("UE_contr", "contribution"), ("UE", "part"), ("UE_gr", "part-growth"), ("BP", "whole"), ("BP_gr", "whole-growth")]),
    # absolute-change
    ("absolute-change", [("REV_ch", "change"), ("REV", "level"), ("REV_gr", "growth")]),
    ("absolute-change", [("CB_ch", "change"), ("CB_r", "level"), ("CB_prev", "previous")]),
    ("absolute-change", [("PEN_ch", "change"), ("PEN_lvl", "level"), ("q_PEN_gr", "growth")]),
    ("absolute-change", [("MIN_ch", "change"), ("MIN", "level"), ("MIN_gr", "growth")]),
    # average
    ("average", [("UB_avg", "average"), ("UB_Q1", "item"), ("UB_Q2", "item"), ("UB", "item")]),
    ("average", [("PP_avg", "average"), ("PP_amt", "total"), ("PP_c", "count")]),
    ("average", [("JR_avg", "average"), ("JR", "total"), ("JR_n", "count")]),
    # count-change
    ("count-change", [("UE", "count"), ("UE_ch", "change"), ("UE_gr", "growth")]),
    ("count-change", [("UI", "count"), ("UI_ch", "change"), ("UI_gr", "growth")]),
    ("count-change", [("UB", "count"), ("UB_ch", "change"), ("UB_gr", "growth")]),
    ("count-change", [("PP", "count"), ("PP_ch", "change"), ("PP_prev", "previous")]),
    ("count-change", [("UR", "count"), ("UR_ch", "change"), ("UR_gr", "growth")]),
    ("count-change", [("BP", "count"), ("BP_ch", "change"), ("BP_gr", "growth")]),
]
PLANTED = [
    ("restatement", "ESC_bad", ["ESC"]),
    ("sum", "PREV_R_bad", ["PREV_r", "PREV_E"]),
]
