TEXT = """
SCIO briefing on civil affairs work in 2024

Beijing | 3 p.m. Feb. 13, 2025

The State Council Information Office (SCIO) held a press conference Thursday in Beijing on civil affairs work in 2024, covering social assistance, elderly care, child welfare and social services.

Speakers

Tang Chengyi, vice minister of civil affairs

Kong Lingxia, director general of the Department of Social Assistance of the Ministry of Civil Affairs (MCA)

Wei Baochen, director general of the Department of Elderly Care Services of the MCA

Xue Meilan, director general of the Department of Children's Welfare of the MCA

Chairperson

Hao Yunfei, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese

Speakers:

Mr. Tang Chengyi, vice minister of civil affairs

Ms. Kong Lingxia, director general of the Department of Social Assistance of the Ministry of Civil Affairs (MCA)

Mr. Wei Baochen, director general of the Department of Elderly Care Services of the MCA

Ms. Xue Meilan, director general of the Department of Children's Welfare of the MCA

Chairperson:

Mr. Hao Yunfei, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Date:

Feb. 13, 2025


Hao Yunfei:

Ladies and gentlemen, good afternoon, and welcome to this press conference of the State Council Information Office. Our guest today is Mr. Tang Chengyi, vice minister of civil affairs, who will introduce the work of civil affairs in 2024 and answer your questions. With him are Ms. Kong Lingxia, director general of the Department of Social Assistance of the Ministry of Civil Affairs (MCA), Mr. Wei Baochen, director general of the Department of Elderly Care Services of the MCA, and Ms. Xue Meilan, director general of the Department of Children's Welfare of the MCA.

I now give the floor to Mr. Tang.

Tang Chengyi:

Thank you, Mr. Hao. Good afternoon, everyone. Civil affairs is the work that nobody notices until they need it: the allowance that arrives when a job is lost, the bed in a care home, the registrar who stamps a marriage certificate. I'd like to report on what we did in 2024.

Let me start with the safety net, because it comes first in our work.

At the end of last year, {39.81|people|DB} million people received subsistence allowances, known in China as dibao. Of them, {6.35|people|DBU} million lived in cities and {33.46|people|DBR} million in rural areas. The number was down {2.0|p|DB_gr}%, or {830,000|people|DB_ch} fewer than a year before, largely because more people found work and moved above the line.

Governments at all levels spent {194.4|y|SP} billion yuan on these allowances, up {3.8|p|SP_gr}%. Average standards rose again. In cities the standard reached {789|y|STU} yuan per person per month, up {3.7|p|STU_gr}%, and in the countryside {612|y|STR} yuan, up {5.1|p|STR_gr}%.

In addition, {4.78|people|EP} million people living in extreme poverty were supported, people who are old, disabled or under 16 and have no one to rely on. Temporary assistance was given {9.72|times|TA} million times.

Second, elderly care. China had {406,000|facilities|EC} elderly care institutions and facilities of all kinds, with {8.31|beds|ECB} million beds, {80,000|beds|ECB_ch} more than in 2023. Of the facilities, {40,800|institutions|ECI} were residential care institutions and {365,200|facilities|ECC} were community facilities, from day-care centers to meal stations.

Third, the welfare of children. Across the country, {143,000|orphans|ORPH} orphans received basic living allowances, and {358,000|children|UC} children whose parents cannot look after them, whom we call de facto unattended children, were covered by the same system.

Fourth, people with disabilities. Living subsidies went to {11.68|people|DLS} million people with disabilities in difficulty, and nursing subsidies to {15.52|people|DNS} million people with severe disabilities.

Fifth, social services. Marriage registrations came to {6.106|couples|MAR} million couples, down {20.5|p|MAR_gr}%, and divorce registrations to {2.621|couples|DIV} million couples, up {1.1|p|DIV_gr}%. There were {879,000|social organizations|SO} social organizations, {237|volunteers|VOL} million registered volunteers, and {15,200|charities|CH} registered charities.

Behind every figure I have read there is someone who came to a civil affairs office or a village committee and asked for help, or who came with good news. We try to remember both.

In 2025, we will improve the tiered social assistance system, so that need is found early and help comes quickly. We will expand community elderly care, especially meals and home visits, and keep watch over children who have no one else to watch over them. Thank you.

Hao Yunfei:

Thank you, Mr. Tang. We now come to questions. Please tell us which news organization you are from.

_ueditor_page_break_tag_

Xinhua News Agency:

Nearly {40|people|q_DB} million people are on dibao. How much did they receive, and how are urban and rural recipients treated? Thank you.

Kong Lingxia:

Thank you for your question. I will give you the money first and then the people.

Of the {194.4|y|SP_r} billion yuan, rural dibao took {141.6|y|SPR} billion yuan, up {4.6|p|SPR_gr}%, and urban dibao {52.8|y|SPU} billion yuan, up {1.8|p|SPU_gr}%. So the rural part was {72.8|p|SPR_sh}% of the spending, and it added {3.3|pp|SPR_contr} percentage points to the {3.8|p|SP_gr_r}% growth. Spending in the countryside grew {2.8|pp|SP_gap} percentage points faster than in cities.

Spread over all recipients, that is about {4,900|y|SP_avg} yuan per person for the year. It is not a large sum, but for a household with no other income, it is the rent or the winter's coal.

As for the people, rural recipients made up {84.0|p|DBR_sh}% of the total, {0.4|pp|DBR_shch} percentage point more than a year earlier, because the urban number fell faster. Urban recipients were down {4.4|p|DBU_gr}%, while rural ones fell {1.6|p|DBR_gr}%, and the total fell {2.0|p|DB_gr_r}%.

The gap between the two standards remains. The urban standard of {789|y|STU_r} yuan a month is {177|y|ST_gap} yuan more than the rural one, but the rural standard rose faster, by {1.4|pp|ST_gr_gap} percentage points. In money, the rural standard went up by about {30|y|STR_ch} yuan a month.

We also look beyond dibao. The national platform for monitoring the low-income population now holds the records of {66.5|people|LIP} million people: the {39.81|people|DB_r2} million dibao recipients, the {4.78|people|EP_r2} million in extreme poverty, and {21.91|people|LIP_M} million people on the margin of dibao or facing heavy spending on illness or schooling. When their situation changes, the system tells us.

Tang Chengyi:

Let me add one thing. A fall in the number of recipients is not a target. Where a family is in need and has not been found, that is our failure, not a saving. This year we will match our records with those of the human resources, health and education departments, so that a lost job, a serious illness or a child leaving school can raise a flag. Thank you.

_ueditor_page_break_tag_

CCTV:

Some {4.8|people|q_EP} million people are supported as living in extreme poverty. Who are they, and what happens in an emergency? Thank you.

Kong Lingxia:

Thank you. Of the {4.78|people|EP_r} million, {4.43|people|EPR} million live in rural areas and {350,000|people|EPU} in cities, so the urban share is only {7.3|p|EPU_sh}%. We spent {58.3|y|EPS} billion yuan on their support, about {12,200|y|EPS_avg} yuan per person.

Many of them are very old or bedridden. Last year, {1.37|people|EPC} million of them were placed in care institutions or given care at home paid for by the government.

For emergencies there is temporary assistance. It was given {9.72|times|TA_r} million times at a cost of {12.1|y|TAS} billion yuan, or about {1,240|y|TA_avg} yuan each time. In {3.86|times|TA_ND} million of those cases, {39.7|p|TA_ND_sh}%, the help went to people who were not on dibao at all. People can apply through the 12345 hotline or at any township office, and in urgent cases the money can be paid first and the papers done afterwards.

Tang Chengyi:

I would add that, when floods or cold snaps strike, temporary assistance is often the first money to reach a family. We ask local offices to act within days, not weeks. Thank you.

_ueditor_page_break_tag_

Economic Daily:

China's population is aging fast. How many elderly care beds are there, and what is being done in communities? Thank you.

Wei Baochen:

Thank you. At the end of 2024, there were {310.31|people|E60} million people aged 60 and over, {22.0|p|E60_sh}% of a total population of {1.408|people|POP} billion. That is the scale we plan for.

The country has more than {400,000|facilities|q_EC} elderly care institutions and facilities and over {8.3|beds|q_ECB} million beds, up {1.0|p|ECB_gr}%. Residential institutions held {5.03|beds|ECB_I} million beds and community facilities {3.28|beds|ECB_C} million. In institutions, {3.25|beds|NB} million beds are nursing beds for people who cannot look after themselves, or {64.6|p|NB_sh}%.

That means {26.8|beds|ECB_pk} beds for every 1,000 older people, but numbers of beds are not the whole story. In many places, beds stand empty in suburban homes while families in the city center wait.

So we are putting more into the community. There are now {74,000|canteens|CAN} community canteens and meal stations for older people, {14,000|canteens|CAN_ch} more than a year earlier, or {23.3|p|CAN_gr}% more, and they serve about {2.1|people|CAN_p} million older people every day. A hot meal near home matters more to an 80-year-old than a bed across town.

Tang Chengyi:

If I may add: {36.9|people|OAA} million people aged 80 and over received an old-age allowance last year, and {5.62|people|SSUB} million elderly people on low incomes received service subsidies. The 12349 hotline is there for those who need help and do not know where to ask. Thank you.

_ueditor_page_break_tag_

People's Daily:

Marriage registrations fell by {20.5|p|q_MAR_gr}% last year. What is behind the decline? Thank you.

Tang Chengyi:

Thank you. The number is real, and we do not hide from it. There were {6.106|couples|MAR_r} million marriage registrations, {1.574|couples|MAR_ch} million fewer than in 2023.

By quarter, {1.969|couples|MQ1} million couples registered in the first quarter, {1.466|couples|MQ2} million in the second, {1.275|couples|MQ3} million in the third and {1.396|couples|MQ4} million in the fourth, about {1.53|couples|MQ_avg} million a quarter. In the fourth quarter, registrations were down {12.6|p|MQ4_gr}%, against a drop of {26.3|p|MQ3_gr}% in the third, so the decline was {13.7|pp|MQ_acc} percentage points smaller.

Several things lie behind the fall. There are fewer young people of marrying age, they marry later, and 2023 was itself a year of catching up after the pandemic.

Divorce registrations stood at {2.621|couples|DIV_r} million, {28,000|couples|DIV_ch} more than a year earlier, up {1.1|p|DIV_gr_r}%. The cooling-off period for divorce remains in place.

Xue Meilan:

Let me add that registration has become easier. Since last year, couples can register in the place where either of them lives or works, not only where their household is registered, and this has been extended to all provinces. Last year {1.21|couples|XREG} million couples, {19.8|p|XREG_sh}% of all those who married, registered away from their household location. Many offices also open on Saturdays and on special dates, and on Feb. 14 we expect long queues again. Thank you.

_ueditor_page_break_tag_

China Daily:

What is being done for orphans and for children whose parents cannot care for them? Thank you.

Xue Meilan:

Thank you. These are the children for whom the state is, in part or in full, the parent.

Of the {143,000|orphans|ORPH_r} orphans, {52,000|orphans|ORPH_C} live in welfare institutions and the other {81,000|orphans|ORPH_D} with relatives or foster families.

The average monthly allowance was {1,956|y|OAC} yuan for an orphan in an institution and {1,489|y|OAD} yuan for one living outside, a difference of {467|y|OA_gap} yuan.

De facto unattended children numbered {358,000|children|UC_r}, {7,000|children|UC_ch} fewer than in 2023, a decrease of {1.9|p|UC_gr}%. Their average allowance was set at the level of dispersed orphans.

In every village and every urban community there is now a children's director, {667,000|children's directors|CDIR} in all, who visits these families and knows the children by name.

Kong Lingxia:

If I may add, {11.68|people|DLS_r} million people with disabilities received living subsidies and {15.52|people|DNS_r} million received nursing subsidies, {27.20|subsidies|DIS_T} million subsidies in all, since some people receive both. Children with disabilities are covered as a matter of course.

Adoption is the other road to a family. Last year, {9,300|adoptions|ADOP} adoptions were registered, most of them of children with disabilities or illness, by families in China. Thank you.

_ueditor_page_break_tag_

China News Service:

How many social organizations and charities are there, and how much did the public give last year? Thank you.

Tang Chengyi:

Thank you. Social organizations numbered about {880,000|social organizations|q_SO} at the end of last year. Among the {879,000|social organizations|SO_r}, social groups such as associations and chambers of commerce numbered {372,000|social organizations|SG}, foundations {9,600|foundations|FD} and private non-enterprise units {497,400|social organizations|PNE}.

Social groups were {42.3|p|SG_sh}% of the total. Private non-enterprise units, the schools, clinics and care homes run on a non-profit basis, made up {65.6|p|PNE_sh}%.

Of the {15,200|charities|CH_r} charities, {4,700|charities|CHP} are qualified to raise funds from the public, {30.9|p|CHP_sh}% of them.

Online giving continues to grow. Through the {30|platforms|PLAT} internet fundraising platforms designated by the ministry, the public gave {12.6|y|OD} billion yuan, up {8.2|p|OD_gr}%, about {950|y|OD_ch} million yuan more than in 2023.

Kong Lingxia:

I'd like to add a word on volunteers. There are {237|volunteers|VOL_r} million registered volunteers, and they logged {4.3|hours|VH} billion hours of service, about {18|hours|VH_avg} hours each. They are organized in {1.35|teams|VT} million volunteer teams. Many of them visit older people living alone, and some of those visits find problems before anyone else does. Thank you.

_ueditor_page_break_tag_

Hong Kong Commercial Daily:

Over {6.1|couples|q_MAR} million couples married last year. Beyond marriages, which social services are people asking for most? Thank you.

Wei Baochen:

Thank you. Care for older people at home is what we hear about most. Families want someone to come by, to help with a bath, to notice when something is wrong.

Last year, {1.12|people|HCS} million older people received home care services paid for fully or partly by the government, and we adapted the homes of {520,000|households|HAD} households with older members, with handrails, ramps and non-slip floors.

The number of elderly care beds rose by {80,000|beds|ECB_ch_r}, which is modest. What grew faster was the care that comes to the door.

Community workers and volunteers also made regular visits to {24.6|people|VIS} million older people who live alone or only with an elderly spouse. A knock on the door once a week is a small thing, until the week when nobody answers.

Tang Chengyi:

I would only add that dibao, elderly care and child welfare now share one information platform, so that a family known to one office is known to the others. Thank you.

Hao Yunfei:

Thank you, Mr. Tang, Ms. Kong, Mr. Wei and Ms. Xue, and thank you all for coming. This concludes today's press conference. Goodbye.

Translated and edited by Qin Lu, Zhao Yiming, Sun Pei and Rachel Dunn. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Hao Yunfei

/4\u00a0\u00a0\u00a0\u00a0Tang Chengyi

/4\u00a0\u00a0\u00a0\u00a0Kong Lingxia

/4\u00a0\u00a0\u00a0\u00a0Wei Baochen

/4\u00a0\u00a0\u00a0\u00a0Xue Meilan
"""

# ---- relations -------------------------------------------------------------
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
def contrib(c, part, pg, whole, wg): return ("contribution", [(c, "contribution"), (part, "part"), (pg, "part-growth"), (whole, "whole"), (wg, "whole-growth")])
def abs_g(c, lvl, g): return ("absolute-change", [(c, "change"), (lvl, "level"), (g, "growth")])
def avg_tc(a, t, n): return ("average", [(a, "average"), (t, "total"), (n, "count")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])

RELATIONS = [
    # sums
    total("DB", "DBU", "DBR"),
    total("SP_r", "SPR", "SPU"),
    total("EP_r", "EPR", "EPU"),
    total("EC", "ECI", "ECC"),
    total("ECB", "ECB_I", "ECB_C"),
    total("MAR_r", "MQ1", "MQ2", "MQ3", "MQ4"),
    total("SO_r", "SG", "FD", "PNE"),
    total("STU_r", "STR", "ST_gap"),
    total("OAC", "OAD", "OA_gap"),
    total("LIP", "DB_r2", "EP_r2", "LIP_M"),
    total("DIS_T", "DLS_r", "DNS_r"),
    # shares
    share("SPR_sh", "SPR", "SP_r"),
    share("DBR_sh", "DBR", "DB"),
    share("EPU_sh", "EPU", "EP_r"),
    share("E60_sh", "E60", "POP"),
    share("NB_sh", "NB", "ECB_I"),
    share("SG_sh", "SG", "SO_r"),
    share("CHP_sh", "CHP", "CH_r"),
    share("TA_ND_sh", "TA_ND", "TA_r"),
    share("XREG_sh", "XREG", "MAR_r"),
    # gaps
    gap("SP_gap", "SPR_gr", "SPU_gr"),
    gap("ST_gr_gap", "STR_gr", "STU_gr"),
    # restatements
    same("DB", "q_DB"), same("SP", "SP_r"), same("SP_gr", "SP_gr_r"), same("DB_gr", "DB_gr_r"),
    same("STU", "STU_r"), same("EP", "q_EP"), same("EP", "EP_r"), same("TA", "TA_r"),
    same("EC", "q_EC"), same("ECB", "q_ECB"), same("MAR_gr", "q_MAR_gr"), same("MAR", "MAR_r"),
    same("DIV", "DIV_r"), same("DIV_gr", "DIV_gr_r"), same("ORPH", "ORPH_r"), same("UC", "UC_r"),
    same("DLS", "DLS_r"), same("SO", "q_SO"), same("SO", "SO_r"), same("CH", "CH_r"),
    same("VOL", "VOL_r"), same("MAR", "q_MAR"), same("ECB_ch", "ECB_ch_r"),
    same("DB", "DB_r2"), same("EP", "EP_r2"), same("DNS", "DNS_r"),
    # growth of a total from its parts
    growth("SP_gr_r", "SPR", "SPR_gr", "SPU", "SPU_gr"),
    growth("DB_gr_r", "DBU", "DBU_gr", "DBR", "DBR_gr"),
    # share change
    shchange("DBR_shch", "DBR_sh", "DBR_gr", "DB_gr_r"),
    # acceleration
    accel("MQ_acc", "MQ4_gr", "MQ3_gr"),
    # contribution
    contrib("SPR_contr", "SPR", "SPR_gr", "SP_r", "SP_gr_r"),
    # absolute changes
    abs_g("STR_ch", "STR", "STR_gr"),
    abs_g("OD_ch", "OD", "OD_gr"),
    # averages
    avg_tc("SP_avg", "SP_r", "DB"),
    avg_tc("EPS_avg", "EPS", "EP_r"),
    avg_tc("TA_avg", "TAS", "TA_r"),
    avg_items("MQ_avg", "MQ1", "MQ2", "MQ3", "MQ4"),
    avg_tc("VH_avg", "VH", "VOL_r"),
    # count changes
    cc_g("DB", "DB_ch", "DB_gr"),
    cc_g("ECB", "ECB_ch", "ECB_gr"),
    cc_g("MAR_r", "MAR_ch", "MAR_gr"),
    cc_g("DIV_r", "DIV_ch", "DIV_gr_r"),
    cc_g("UC_r", "UC_ch", "UC_gr"),
    cc_g("CAN", "CAN_ch", "CAN_gr"),
]
PLANTED = [
    ("sum", "ORPH_D", ["ORPH_r", "ORPH_C"]),
    ("share", "PNE_sh", ["PNE", "SO_r"]),
]
