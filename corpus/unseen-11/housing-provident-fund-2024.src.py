TEXT = """
SCIO briefing on the 2024 annual report on the national housing provident fund

Beijing | 3 p.m. June 26, 2025

The State Council Information Office (SCIO) held a press conference Thursday in Beijing on the annual report on the national housing provident fund for 2024.

Speakers

Zhu Hanqing, vice minister of housing and urban-rural development

Ren Xiaodong, director general of the Department of Housing Provident Fund Supervision of the Ministry of Housing and Urban-Rural Development (MOHURD)

Shi Yaping, deputy director general of the Department of Social Security of the Ministry of Finance (MOF)

Chairperson

Gu Yiming, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese

Speakers:

Mr. Zhu Hanqing, vice minister of housing and urban-rural development

Mr. Ren Xiaodong, director general of the Department of Housing Provident Fund Supervision of the Ministry of Housing and Urban-Rural Development (MOHURD)

Ms. Shi Yaping, deputy director general of the Department of Social Security of the Ministry of Finance (MOF)

Chairperson:

Mr. Gu Yiming, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Date:

June 26, 2025


Gu Yiming:

Ladies and gentlemen, good afternoon. Welcome to this press conference held by the State Council Information Office. The Ministry of Housing and Urban-Rural Development, the Ministry of Finance and the People's Bank of China have just released the annual report on the national housing provident fund for 2024. Today, we have invited Mr. Zhu Hanqing, vice minister of housing and urban-rural development, to brief you on the report and to take your questions. Also attending are Mr. Ren Xiaodong, director general of the Department of Housing Provident Fund Supervision of the Ministry of Housing and Urban-Rural Development (MOHURD), and Ms. Shi Yaping, deputy director general of the Department of Social Security of the Ministry of Finance (MOF). Now, I'll give the floor to Mr. Zhu.

Zhu Hanqing:

Thank you. Good afternoon, everyone. The housing provident fund is a savings scheme that employers and employees pay into together, and that employees can draw on when they buy, build, repair or rent a home. For a young family buying its first flat, it is often the cheapest loan they will ever take. Let me go through the main figures of last year.

First, coverage widened. At the end of 2024, {5.16|employers|UNITS} million employers, which the report calls contributing units, were paying into the fund, up {4.9|p|UNITS_gr}% from a year earlier, or {240,000|employers|UNITS_ch} more. The number of employees actually contributing reached {179.8|employees|EMP} million, {5.2|employees|EMP_ch} million more than at the end of 2023, an increase of {3.0|p|EMP_gr}%. During the year, {21.3|employees|NEW} million employees opened new accounts.

Second, contributions grew steadily. Employers and employees paid in {3.43|y|CON} trillion yuan, up {5.4|p|CON_gr}%, or {176|y|CON_ch} billion yuan more than in 2023. That works out at about {19,100|y|CON_avg} yuan per contributing employee. By the end of the year, contributions since the fund was set up came to {36.46|y|CUM} trillion yuan, and after withdrawals of {24.49|y|CUMW} trillion yuan, the balance of contributions stood at {11.97|y|BAL} trillion yuan, up {7.8|p|BAL_gr}%.

Third, employees used the money for housing. Withdrawals reached {2.74|y|WD} trillion yuan, up {5.0|p|WD_gr}%, equal to {79.9|p|WD_ratio}% of the year's contributions, {0.3|pp|WD_ratio_ch} percentage point lower than in 2023, when the ratio was {80.2|p|WD_ratio_prev}%. Withdrawals for housing consumption came to {2.16|y|WDH} trillion yuan, or {78.8|p|WDH_sh}% of all withdrawals.

Fourth, loans supported home purchases. The fund issued {2.56|loans|LN} million individual housing loans worth {1.23|y|LNV} trillion yuan, up {4.2|p|LNV_gr}%. At the end of the year, outstanding individual housing loans stood at {9.14|y|OUT} trillion yuan, up {4.3|p|OUT_gr}%, and the ratio of outstanding loans to the balance of contributions was {76.4|p|OUT_ratio}%.

Fifth, the fund earned a return. Value-added income, what is left of interest and investment income after costs, came to {134.3|y|VA} billion yuan.

Thank you. My colleagues and I are happy to take your questions.

Gu Yiming:

Thank you, Mr. Zhu. The floor is now open for questions. Please state your news organization before asking your question.

_ueditor_page_break_tag_

China Daily:

Contributions were more than {3.4|y|q_CON} trillion yuan last year. Where does the money come from, and are private enterprises joining? Thank you.

Ren Xiaodong:

Thank you. The money still comes mostly from the east, and the east is also where it grew fastest. Employers and employees in the eastern region paid in {1.83|y|E} trillion yuan, up {5.9|p|E_gr}%. The central region paid {640|y|C} billion yuan, up {4.6|p|C_gr}%, the western region {710|y|W} billion yuan, up {5.8|p|W_gr}%, and the northeast {250|y|NE} billion yuan, up {2.5|p|NE_gr}%.

So the eastern region accounted for {53.4|p|E_sh}% of contributions, {0.3|pp|E_shch} percentage point more than a year earlier, and it contributed {3.1|pp|E_contr} percentage points of the {5.4|p|CON_gr_r}% growth. Its growth was {3.4|pp|E_NE_gap} percentage points faster than in the northeast. Guangdong alone paid in {412|y|GD} billion yuan, the most of any province, and the top 5 provinces together paid in close to half of the national total.

On private enterprises. Of the {179.8|employees|EMP_r} million contributing employees, {44.6|employees|EMP_G} million worked in government agencies and public institutions, {39.2|employees|EMP_SOE} million in state-owned enterprises and {62.3|employees|EMP_P} million in urban private enterprises, with the remaining {33.7|employees|EMP_O} million in foreign-funded and other enterprises and organizations. Private enterprises now account for {34.6|p|EMP_P_sh}% of contributors. Among those who opened new accounts, {11.57|employees|NEW_P} million, or {54.3|p|NEW_P_sh}%, were employees of private enterprises. Thank you.

_ueditor_page_break_tag_

CCTV:

Nearly {80|p|q_WD_ratio}% of what goes into the fund comes out again within the year. What do people withdraw it for? Thank you.

Ren Xiaodong:

Thank you. Mostly for their homes. Of the {2.74|y|WD_r} trillion yuan withdrawn last year, {2.16|y|WDH_r} trillion yuan went to housing and {480|y|WDN_bad} billion yuan to other purposes, mainly retirement and leaving the country.

Within housing, {1.12|y|WD_REP} trillion yuan was used to repay home loans, {780|y|WD_BUY} billion yuan to buy homes, {190|y|WD_RENT} billion yuan to pay rent and {70|y|WD_OTH} billion yuan to renovate homes or install elevators in old residential buildings. Rent withdrawals grew fastest, up {16.2|p|WD_RENT_gr}%, which is {11.2|pp|WD_RENT_gap} percentage points faster than withdrawals as a whole. In all, {17.4|employees|RENT_N} million employees drew on the fund to pay rent, {10,920|y|RENT_avg} yuan per person on average. In several big cities, people who rent can now withdraw their money every month rather than once a year. Thank you.

_ueditor_page_break_tag_

Economic Daily:

How much did the fund lend last year, and who borrowed? Thank you.

Ren Xiaodong:

Thank you. We issued {2.56|loans|LN_r} million loans. Of these, {2.24|loans|LN_F} million, or {87.5|p|LN_F_sh}%, went to people buying their first home, up {3.2|p|LN_F_gr}%, and the other {320,000|loans|LN_O} helped people buy a second home or improve their housing, down {8.4|p|LN_O_gr}%. The total number of loans rose {1.6|p|LN_gr}%, or by {40,000|loans|LN_ch}. First-home loans added {2.8|pp|LN_F_contr} percentage points to that growth, while the other loans held it back. The share of first-home loans was {1.4|pp|LN_F_shch} percentage points higher than a year before. Loans for homes of 144 square meters or less made up {90.1|p|LN_S_sh}% of the total.

The average loan was about {480,000|y|LN_avg} yuan. Since the fund began lending, it has issued {47.3|loans|CUML} million loans worth {16.9|y|CUMLV} trillion yuan. The overdue rate was {0.04|p|ODR}%, which is very low.

Because the fund lends below market rates, borrowers saved about {291|y|SAVE} billion yuan in interest compared with commercial loans. Thank you.

_ueditor_page_break_tag_

Beijing News:

The interest rate on provident fund loans was cut last year. How much difference does it make? Thank you.

Zhu Hanqing:

Thank you. On May 18 last year, we cut the rate by {0.25|pp|RATE_cut} percentage point. For first homes, the rate on loans of more than five years is now {2.85|p|RATE}%, against {3.1|p|RATE_prev}% before the cut. On a loan of 1 million yuan over 30 years, that saves a family about {140|y|EX_save} yuan a month.

Outstanding loans of over {9|y|q_OUT} trillion yuan are safe. The balance of contributions, close to {12|y|q_BAL} trillion yuan, is {866|y|BAL_ch} billion yuan more than a year earlier, so the fund has room to lend more. Contributions grew {5.4|p|CON_gr_r2}% last year, slower than in 2023, when they grew {7.6|p|CON_gr_prev}%, a slowdown of {1.2|pp|CON_acc_bad} percentage points, mainly because wage growth eased. Thank you.

_ueditor_page_break_tag_

Workers' Daily:

Delivery riders and other people in flexible employment often have no employer to pay in. Can they join the fund? Thank you.

Ren Xiaodong:

Thank you. They can, in a growing number of places. The pilot for people in flexible employment has been extended to {28|cities|PIL} cities. At the end of last year, {1.18|people|FLX} million people in flexible employment were paying in, {320,000|people|FLX_ch} more than the year before, when there were {860,000|people|FLX_prev}. They paid {8.6|y|FLX_CON} billion yuan in the year, about {7,300|y|FLX_avg} yuan each, and took out {16,300|loans|FLX_LN} loans worth {7.2|y|FLX_LNV} billion yuan.

Employers and employees each pay between {5|p|RATE_lo}% and {12|p|RATE_hi}% of monthly wages into the fund. Flexible workers pay both shares themselves, so we let them choose a rate within that band. Thank you.

_ueditor_page_break_tag_

21st Century Business Herald:

What happens to the fund's income, and how much of it goes to housing for low-income families? Thank you.

Shi Yaping:

Thank you. Last year, the fund's business income was {431.7|y|INC} billion yuan and its business expenses {297.4|y|EXP} billion yuan, leaving value-added income of {134.3|y|VA_r} billion yuan, {5|y|VA_ch} billion yuan more than in 2023, up {3.9|p|VA_gr}%. That equals {1.17|p|VA_rate}% of the average balance of contributions during the year, which was {11.48|y|AVBAL} trillion yuan.

By law, the income is divided three ways. The risk reserve received {34.6|y|VA_RISK} billion yuan, the management costs of the fund centers {12.1|y|VA_MGT} billion yuan, and cities {87.6|y|VA_PRH} billion yuan as supplementary funds for building public rental housing, which is {65.2|p|VA_PRH_sh}% of value-added income, or about two-thirds. The money goes through the local budgets, and we check how it is spent. Thank you.

_ueditor_page_break_tag_

The Paper:

Can people who move to another city take their provident fund with them? Thank you.

Ren Xiaodong:

Thank you. Yes. Last year, {2.36|transfers|TR} million transfers between provinces moved {48.9|y|TR_V} billion yuan, and more than {96|p|ONL}% of them were handled online. More than {5|units|q_UNITS} million contributing units and nearly {180|employees|q_EMP} million employees are in one national system now, so a worker's account follows the worker. Thank you.

Gu Yiming:

That concludes today's press conference. Thank you, Mr. Zhu, Mr. Ren and Ms. Shi, and thank you all.

Translated and edited by Li Qiuyue, Sun Hao and Daniel Mercer. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Gu Yiming

/4\u00a0\u00a0\u00a0\u00a0Zhu Hanqing

/4\u00a0\u00a0\u00a0\u00a0Ren Xiaodong

/4\u00a0\u00a0\u00a0\u00a0Shi Yaping
"""

R = "restatement"
RELATIONS = [
    # sum
    ("sum", [("CUM", "total"), ("CUMW", "part"), ("BAL", "part")]),
    ("sum", [("CON", "total"), ("E", "part"), ("C", "part"), ("W", "part"), ("NE", "part")]),
    ("sum", [("EMP_r", "total"), ("EMP_G", "part"), ("EMP_SOE", "part"), ("EMP_P", "part"), ("EMP_O", "part")]),
    ("sum", [("WDH_r", "total"), ("WD_REP", "part"), ("WD_BUY", "part"), ("WD_RENT", "part"), ("WD_OTH", "part")]),
    ("sum", [("LN_r", "total"), ("LN_F", "part"), ("LN_O", "part")]),
    ("sum", [("INC", "total"), ("EXP", "part"), ("VA_r", "part")]),
    ("sum", [("VA_r", "total"), ("VA_RISK", "part"), ("VA_MGT", "part"), ("VA_PRH", "part")]),
    # share
    ("share", [("WD_ratio", "share"), ("WD", "part"), ("CON", "whole")]),
    ("share", [("WDH_sh", "share"), ("WDH", "part"), ("WD", "whole")]),
    ("share", [("OUT_ratio", "share"), ("OUT", "part"), ("BAL", "whole")]),
    ("share", [("E_sh", "share"), ("E", "part"), ("CON", "whole")]),
    ("share", [("EMP_P_sh", "share"), ("EMP_P", "part"), ("EMP_r", "whole")]),
    ("share", [("NEW_P_sh", "share"), ("NEW_P", "part"), ("NEW", "whole")]),
    ("share", [("LN_F_sh", "share"), ("LN_F", "part"), ("LN_r", "whole")]),
    ("share", [("VA_rate", "share"), ("VA_r", "part"), ("AVBAL", "whole")]),
    ("share", [("VA_PRH_sh", "share"), ("VA_PRH", "part"), ("VA_r", "whole")]),
    # gap
    ("gap", [("E_NE_gap", "gap"), ("E_gr", "rate"), ("NE_gr", "base-rate")]),
    ("gap", [("WD_RENT_gap", "gap"), ("WD_RENT_gr", "rate"), ("WD_gr", "base-rate")]),
    # restatement
    (R, [("CON", "first"), ("q_CON", "restated")]),
    (R, [("CON_gr", "first"), ("CON_gr_r", "restated")]),
    (R, [("CON_gr", "first"), ("CON_gr_r2", "restated")]),
    (R, [("EMP", "first"), ("EMP_r", "restated")]),
    (R, [("EMP", "first"), ("q_EMP", "restated")]),
    (R, [("UNITS", "first"), ("q_UNITS", "restated")]),
    (R, [("WD_ratio", "first"), ("q_WD_ratio", "restated")]),
    (R, [("WD", "first"), ("WD_r", "restated")]),
    (R, [("WDH", "first"), ("WDH_r", "restated")]),
    (R, [("LN", "first"), ("LN_r", "restated")]),
    (R, [("OUT", "first"), ("q_OUT", "restated")]),
    (R, [("BAL", "first"), ("q_BAL", "restated")]),
    (R, [("VA", "first"), ("VA_r", "restated")]),
    # growth
    ("growth", [("CON_gr_r", "total-growth"), ("E", "part"), ("E_gr", "part-growth"), ("C", "part"), ("C_gr", "part-growth"), ("W", "part"), ("W_gr", "part-growth"), ("NE", "part"), ("NE_gr", "part-growth")]),
    ("growth", [("LN_gr", "total-growth"), ("LN_F", "part"), ("LN_F_gr", "part-growth"), ("LN_O", "part"), ("LN_O_gr", "part-growth")]),
    # share-change
    ("share-change", [("LN_F_shch", "change"), ("LN_F_sh", "share"), ("LN_F_gr", "part-growth"), ("LN_gr", "whole-growth")]),
    ("share-change", [("WD_ratio_ch", "change"), ("WD_ratio", "share"), ("WD_gr", "part-growth"), ("CON_gr", "whole-growth")]),
    ("share-change", [("E_shch", "change"), ("E_sh", "share"), ("E_gr", "part-growth"), ("CON_gr_r", "whole-growth")]),
    # acceleration
    ("acceleration", [("WD_ratio_ch", "change"), ("WD_ratio", "later-rate"), ("WD_ratio_prev", "earlier-rate")]),
    ("acceleration", [("RATE_cut", "change"), ("RATE", "later-rate"), ("RATE_prev", "earlier-rate")]),
    # contribution
    ("contribution", [("LN_F_contr", "contribution"), ("LN_F", "part"), ("LN_F_gr", "part-growth"), ("LN_r", "whole"), ("LN_gr", "whole-growth")]),
    ("contribution", [("E_contr", "contribution"), ("E", "part"), ("E_gr", "part-growth"), ("CON", "whole"), ("CON_gr_r", "whole-growth")]),
    # absolute-change
    ("absolute-change", [("CON_ch", "change"), ("CON", "level"), ("CON_gr", "growth")]),
    ("absolute-change", [("BAL_ch", "change"), ("BAL", "level"), ("BAL_gr", "growth")]),
    ("absolute-change", [("VA_ch", "change"), ("VA_r", "level"), ("VA_gr", "growth")]),
    # average
    ("average", [("CON_avg", "average"), ("CON", "total"), ("EMP", "count")]),
    ("average", [("RENT_avg", "average"), ("WD_RENT", "total"), ("RENT_N", "count")]),
    ("average", [("LN_avg", "average"), ("LNV", "total"), ("LN_r", "count")]),
    ("average", [("FLX_avg", "average"), ("FLX_CON", "total"), ("FLX", "count")]),
    # count-change
    ("count-change", [("UNITS", "count"), ("UNITS_ch", "change"), ("UNITS_gr", "growth")]),
    ("count-change", [("EMP", "count"), ("EMP_ch", "change"), ("EMP_gr", "growth")]),
    ("count-change", [("LN_r", "count"), ("LN_ch", "change"), ("LN_gr", "growth")]),
    ("count-change", [("FLX", "count"), ("FLX_ch", "change"), ("FLX_prev", "previous")]),
]
PLANTED = [
    ("sum", "WDN_bad", ["WD_r", "WDH_r"]),
    ("acceleration", "CON_acc_bad", ["CON_gr_r2", "CON_gr_prev"]),
]
