TEXT = """
SASAC press conference on the operation of central SOEs in H1 2025

Beijing | 3 p.m. July 17, 2025

The State-owned Assets Supervision and Administration Commission of the State Council (SASAC) held a press conference on Thursday afternoon in Beijing to release the operating results of centrally administered state-owned enterprises (central SOEs) for the first half of 2025.

Speakers

Ren Guoqing, director general of the Bureau of Financial Supervision and Operation Evaluation of SASAC

Fang Yuexin, deputy director general of the Bureau of Planning and Development of SASAC

Xu Hanlin, director general of the Bureau of Science, Technology and Innovation of SASAC

Chairperson

Pei Wenjun, spokesperson of SASAC and director of its News Centre

Read in Chinese


Pei Wenjun:

Good afternoon, ladies and gentlemen. Welcome to SASAC's press conference. This afternoon we are joined by Mr. Ren Guoqing, Ms. Fang Yuexin and Mr. Xu Hanlin, who will brief you on how central SOEs performed over the first six months and answer your questions. Mr. Ren, please go ahead.

Ren Guoqing:

Thank you, Ms. Pei. Good afternoon, friends from the press. In the first half of this year, faced with a complicated situation at home and abroad, central SOEs held their ground, kept production and operations generally stable and continued to make progress on quality. I will give you the main numbers.

Let me start with the top line. From January to June, central SOEs generated operating revenue of {19.65|y|rev} trillion yuan, representing a year-on-year decrease of {0.4|p|rev_gr}%. Momentum improved as the half went on: after a drop of {1.1|p|rev_q1}% in the first quarter, revenue edged up {0.3|p|rev_q2}% in the second, a swing of {1.4|pp|rev_acc} percentage points. Industrial enterprises took in {12.38|y|rev_ind} trillion yuan, down {1.6|p|rev_ind_gr}% on lower prices for coal, oil and steel, which dragged overall revenue growth down by {1|pp|ind_contr} percentage point, whereas the other central SOEs earned {7.27|y|rev_oth} trillion yuan, up {1.8|p|rev_oth_gr}%.

Profitability came under some pressure. Total profits were {1.22|y|prof} trillion yuan, down {2.5|p|prof_gr}%, and net profits {957.3|y|np} billion yuan, down {1.9|p|np_gr}%, a decline {0.6|pp|np_gap} percentage point smaller than that of total profits. Central SOEs paid {1.17|y|tax} trillion yuan in taxes and fees, up {0.8|p|tax_gr}%. Their value added rose {2.6|p|va_gr}% to {5.05|y|va} trillion yuan; shared among {12.86|employees|emp} million employees, that comes to {392,700|y|lp} yuan per person, the figure we use for all-personnel labour productivity, which improved by {4.1|p|lp_gr}%.

Investment was kept steady. Fixed-asset investment, excluding real estate, totalled {2.03|y|fai} trillion yuan in the first half, {1.5|p|fai_gr}% more than a year earlier. Strategic emerging industries received {871.4|y|sei} billion yuan of it, up {6.3|p|sei_gr}%, lifting their share to {42.9|p|sei_sh}%, {1.9|pp|sei_shch} percentage points higher than in the first half of 2024. Upgrading of traditional industries absorbed {636.5|y|trad} billion yuan. The remaining {622.1|y|infra_bad} billion yuan went into energy, transport and other infrastructure.

Spending on research and development reached {418.6|y|rd} billion yuan, up {3.2|p|rd_gr}%, for an R&D intensity of {2.13|p|rd_int}%. Of that, {30.5|y|basic} billion yuan, or {7.3|p|basic_sh}%, was devoted to basic research. Abroad, central SOEs earned {2.67|y|ovs} trillion yuan in revenue, up {4.3|p|ovs_gr}%, while revenue at home was {16.98|y|dom} trillion yuan, down {1.1|p|dom_gr}%. At the end of June, their average debt-to-asset ratio stood at {64.9|p|debt}%, down {0.2|pp|debt_ch} percentage point from {65.1|p|debt_prev}% at the beginning of the year.

In the second half, we will guide central SOEs to lay out their plans for the 15th Five-Year Plan period (2026-2030), push forward the "AI+" special action and work to finish the year on a strong note. Thank you.

Pei Wenjun:

Thank you, Mr. Ren. We now move to questions. Please introduce the media outlet you represent first.

_ueditor_page_break_tag_

Xinhua News Agency:

Central SOEs' revenue fell {0.4|p|q_rev_gr}% and total profits {2.5|p|q_prof_gr}% in the first half. How do you assess these results? Thank you.

Ren Guoqing:

Thank you. These figures should be read together with the environment. Profits still stood above {1.2|y|prof_r} trillion yuan. They were {31.3|y|prof_ch} billion yuan lower than a year earlier, mostly because of falling commodity prices, and revenue came in about {70|y|rev_ch} billion yuan short of last year's level.

Month by month, though, the trend is upward. Profits in the second quarter reached {677.9|y|prof_q2} billion yuan, against {542.1|y|prof_q1} billion yuan in the first. April brought {203.6|y|prof_apr} billion yuan, May {214.9|y|prof_may} billion yuan and June {259.4|y|prof_jun} billion yuan, about {226|y|prof_avg} billion yuan a month on average. Over the same six months, central SOEs paid {1.7|y|tax_bad} trillion yuan in taxes and fees, giving solid support to public finances. Thank you.

_ueditor_page_break_tag_

Reuters:

Overseas revenue of central SOEs grew over {4|p|q_ovs_gr}% despite higher tariffs. Are they speeding up their international expansion? Thank you.

Fang Yuexin:

Thank you. Revenue from overseas operations was {2.67|y|ovs_r} trillion yuan in the first half, equal to {13.6|p|ovs_sh}% of the total, a share {0.6|pp|ovs_shch} percentage point larger than a year ago. Central SOEs now have nearly {12.9|employees|emp_r} million employees, {1.24|employees|emp_ovs} million of whom work outside China and {11.62|employees|emp_dom} million at home. They are carrying out more than {8,300|projects|bri_proj} projects in over {140|countries|bri_ctry} countries and regions. Going global is not about size alone. We ask central SOEs to grow abroad in a steady and orderly way and to manage risks well. Thank you.

_ueditor_page_break_tag_

CCTV:

Investment in strategic emerging industries has been a priority. What progress has been made this year? Thank you.

Fang Yuexin:

Thank you. Investment in strategic emerging industries exceeded {870|y|sei_r} billion yuan and contributed {2.6|pp|sei_contr} percentage points to the growth of central SOE investment, more than the overall increase. New energy took {188.2|y|ne} billion yuan of it, or {21.6|p|ne_sh}%, up {12.4|p|ne_gr}%, and new-generation information technology {213.5|y|ngit} billion yuan, up {9.8|p|ngit_gr}%.

Among the subsidiaries of central SOEs, {1,286|enterprises|ss} are now recognised as specialised and sophisticated "little giant" enterprises, {214|enterprises|ss_ch} more than a year earlier, an increase of {20|p|ss_gr}%. Thank you.

_ueditor_page_break_tag_

Science and Technology Daily:

R&D spending by central SOEs exceeded {400|y|q_rd} billion yuan in the first half. How will they strengthen basic research? Thank you.

Xu Hanlin:

Thank you. R&D spending rose {3.2|p|rd_gr_r}%, {3.6|pp|rd_gap} percentage points faster than revenue, and R&D intensity was {2.13|p|rd_int_r}%, up {0.07|pp|rd_int_ch} percentage point. Basic research received more than {30|y|basic_r} billion yuan, and central SOEs now employ {1.08|researchers|rd_staff} million researchers and hold {1.26|valid invention patents|pat} million valid invention patents. Building on projects such as the C919 airliner and the Beidou system, we will set up more original technology sources and let central SOEs lead in key core technologies. Thank you.

_ueditor_page_break_tag_

The Paper:

How many central enterprises increased their profits in the first half? Thank you.

Ren Guoqing:

Thank you. Of the {98|enterprises|n_soe} central enterprises, {52|enterprises|n_up} increased profits year on year, {18|enterprises|n_up_ch} more than in the first quarter, when {34|enterprises|n_up_prev} did. Labour productivity of nearly {400,000|y|lp_r} yuan per person and a debt ratio below {65|p|debt_r}% show that efficiency is improving while risks remain under control. Thank you.

_ueditor_page_break_tag_

China Business Network:

Net profits fell {1.9|p|q_np_gr}%. What will SASAC do to keep earnings stable in the second half? Thank you.

Ren Guoqing:

Thank you. We will keep a close eye on costs and cash flow, step up the collection of receivables, which stood at {2.76|y|recv} trillion yuan at the end of June, {3.1|p|recv_gr}% lower than at the end of last year, and support central SOEs in expanding effective investment. We expect investment to grow by between {3|p|exp_lo}% and {5|p|exp_hi}% for the full year. Thank you.

Pei Wenjun:

That is all for today's press conference. Thank you, everyone.

Translated and edited by Liang Siyu, Tang Hao, Mo Xinran and Rachel Hughes. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Pei Wenjun

/4\u00a0\u00a0\u00a0\u00a0Ren Guoqing

/4\u00a0\u00a0\u00a0\u00a0Fang Yuexin

/4\u00a0\u00a0\u00a0\u00a0Xu Hanlin
"""

R = "restatement"
RELATIONS = [
    ("sum", [("rev", "total"), ("rev_ind", "part"), ("rev_oth", "part")]),
    ("sum", [("rev", "total"), ("dom", "part"), ("ovs", "part")]),
    ("sum", [("prof", "total"), ("prof_q1", "part"), ("prof_q2", "part")]),
    ("sum", [("prof_q2", "total"), ("prof_apr", "part"), ("prof_may", "part"), ("prof_jun", "part")]),
    ("sum", [("emp", "total"), ("emp_ovs", "part"), ("emp_dom", "part")]),
    ("share", [("sei_sh", "share"), ("sei", "part"), ("fai", "whole")]),
    ("share", [("rd_int", "share"), ("rd", "part"), ("rev", "whole")]),
    ("share", [("basic_sh", "share"), ("basic", "part"), ("rd", "whole")]),
    ("share", [("ovs_sh", "share"), ("ovs_r", "part"), ("rev", "whole")]),
    ("share", [("ne_sh", "share"), ("ne", "part"), ("sei", "whole")]),
    ("gap", [("np_gap", "gap"), ("np_gr", "rate"), ("prof_gr", "base-rate")]),
    ("gap", [("rd_gap", "gap"), ("rd_gr_r", "rate"), ("rev_gr", "base-rate")]),
    (R, [("rev_gr", "first"), ("q_rev_gr", "restated")]),
    (R, [("prof_gr", "first"), ("q_prof_gr", "restated")]),
    (R, [("prof", "first"), ("prof_r", "restated")]),
    (R, [("ovs_gr", "first"), ("q_ovs_gr", "restated")]),
    (R, [("ovs", "first"), ("ovs_r", "restated")]),
    (R, [("emp", "first"), ("emp_r", "restated")]),
    (R, [("sei", "first"), ("sei_r", "restated")]),
    (R, [("rd", "first"), ("q_rd", "restated")]),
    (R, [("rd_gr", "first"), ("rd_gr_r", "restated")]),
    (R, [("rd_int", "first"), ("rd_int_r", "restated")]),
    (R, [("basic", "first"), ("basic_r", "restated")]),
    (R, [("lp", "first"), ("lp_r", "restated")]),
    (R, [("debt", "first"), ("debt_r", "restated")]),
    (R, [("np_gr", "first"), ("q_np_gr", "restated")]),
    ("growth", [("rev_gr", "total-growth"), ("rev_ind", "part"), ("rev_ind_gr", "part-growth"), ("rev_oth", "part"), ("rev_oth_gr", "part-growth")]),
    ("growth", [("rev_gr", "total-growth"), ("dom", "part"), ("dom_gr", "part-growth"), ("ovs", "part"), ("ovs_gr", "part-growth")]),
    ("share-change", [("sei_shch", "change"), ("sei", "part"), ("sei_gr", "part-growth"), ("fai", "whole"), ("fai_gr", "whole-growth")]),
    ("share-change", [("ovs_shch", "change"), ("ovs_sh", "share"), ("ovs_gr", "part-growth"), ("rev_gr", "whole-growth")]),
    ("share-change", [("rd_int_ch", "change"), ("rd", "part"), ("rd_gr", "part-growth"), ("rev", "whole"), ("rev_gr", "whole-growth")]),
    ("acceleration", [("rev_acc", "change"), ("rev_q2", "later-rate"), ("rev_q1", "earlier-rate")]),
    ("acceleration", [("debt_ch", "change"), ("debt", "later-rate"), ("debt_prev", "earlier-rate")]),
    ("contribution", [("sei_contr", "contribution"), ("sei", "part"), ("sei_gr", "part-growth"), ("fai", "whole"), ("fai_gr", "whole-growth")]),
    ("contribution", [("ind_contr", "contribution"), ("rev_ind", "part"), ("rev_ind_gr", "part-growth"), ("rev", "whole"), ("rev_gr", "whole-growth")]),
    ("absolute-change", [("prof_ch", "change"), ("prof", "level"), ("prof_gr", "growth")]),
    ("absolute-change", [("rev_ch", "change"), ("rev", "level"), ("rev_gr", "growth")]),
    ("average", [("prof_avg", "average"), ("prof_apr", "item"), ("prof_may", "item"), ("prof_jun", "item")]),
    ("average", [("lp", "average"), ("va", "total"), ("emp", "count")]),
    ("count-change", [("ss", "count"), ("ss_ch", "change"), ("ss_gr", "growth")]),
    ("count-change", [("n_up", "count"), ("n_up_ch", "change"), ("n_up_prev", "previous")]),
]
PLANTED = [
    ("restatement", "tax_bad", ["tax"]),
    ("sum", "infra_bad", ["fai", "sei", "trad"]),
]
