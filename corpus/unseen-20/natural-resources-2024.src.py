TEXT = """
MNR press conference on land and mineral resources in 2024

Beijing | 10 a.m. March 27, 2025

The Ministry of Natural Resources (MNR) held a press conference Thursday in Beijing on the supply and protection of land and the exploration of mineral resources in 2024.

Speakers

Tao Hanlin, vice minister of Natural Resources

Ren Xiaodong, director general of the Department of Natural Resources Development and Utilization of the Ministry of Natural Resources (MNR)

Bai Zhenyu, deputy director general of the Department of Geological Exploration Management of the MNR

Chairperson

Hou Wenqing, director general of the General Office of the MNR and spokesperson of the MNR

Read in Chinese

Speakers:

Mr. Tao Hanlin, vice minister of Natural Resources

Ms. Ren Xiaodong, director general of the Department of Natural Resources Development and Utilization of the Ministry of Natural Resources (MNR)

Mr. Bai Zhenyu, deputy director general of the Department of Geological Exploration Management of the MNR

Chairperson:

Ms. Hou Wenqing, director general of the General Office of the MNR and spokesperson of the MNR

Date:

March 27, 2025


Hou Wenqing:

Good morning, everyone, and welcome to the MNR press conference. Today we look back at a year of land and minerals. Mr. Tao Hanlin, vice minister of natural resources, will brief you on the main figures for 2024, and he, Ms. Ren Xiaodong and Mr. Bai Zhenyu will then take your questions.

Mr. Tao, please.

Tao Hanlin:

Thank you, Ms. Hou. Good morning, friends. Land is the one thing nobody is making more of, and minerals took the earth a hundred million years to make. So we count both carefully.

Last year, the country supplied {660,000|hectares|LS} hectares of state-owned land for construction, down {11.9|p|LS_gr}% from 2023, or about {89,000|hectares|LS_ch} hectares less. The fall narrowed by {4.2|pp|LS_acc} percentage points, from a decline of {16.1|p|LS_q3}% in the first three quarters.

Cultivated land stood at {1.94|mu|CL} billion mu at the end of the year, a net increase of {11.77|mu|CL_ch} million mu from {1.929|mu|CL_prev} billion mu a year earlier. That is the fourth year in a row that cultivated land has grown. Permanent basic farmland was kept at {1.546|mu|PBF} billion mu, or {79.7|p|PBF_sh}% of it.

Geological exploration drew {115.2|y|GE} billion yuan of investment, up {3.0|p|GE_gr}%. Exploration for minerals other than oil and gas grew fastest, by {16.6|p|NO_gr}%.

We found {150|deposits|DEP} new mineral deposits, {62|deposits|DEP_L} of them large. Remaining oil reserves rose {1.0|p|OIL_gr}% to {3.89|tonnes|OIL} billion tonnes, and natural gas reserves rose {0.7|p|GAS_gr}% to {6.73|cubic meters|GAS} trillion cubic meters.

Real estate registration offices handled {112.4|registrations|RE} million registrations, up {1.4|p|RE_gr}%. And geological hazards struck {4,210|hazards|HZ} times, killing or leaving missing {157|people|HZD} people.

Those are the headlines. Thank you.

Hou Wenqing:

Thank you, Mr. Tao. Questions, please. Kindly state your news organization first.

_ueditor_page_break_tag_

CCTV:

Land supply fell again. Which uses fell most? Thank you.

Ren Xiaodong:

Thank you. Let me take the four uses in turn. Land for industry and storage came to {172,000|hectares|IND} hectares, down {3.4|p|IND_gr}%, or {26.1|p|IND_sh}% of the total. It fell {8.5|pp|IND_gap} percentage points less than supply overall, so its share rose {2.3|pp|IND_shch} percentage points.

Commercial and service land came to {41,000|hectares|COM} hectares, down {18.2|p|COM_gr}%, and made up {6.2|p|COM_sh}%.

Residential land fell most: {76,000|hectares|RES} hectares, down {26.7|p|RES_gr}%, or about {28,000|hectares|RES_ch} hectares less than in 2023. Its decline was {14.8|pp|RES_gap} percentage points deeper than that of the total. It made up {11.5|p|RES_sh}% of supply, {2.3|pp|RES_shch} percentage points less than a year before, and on its own it pulled the total down by {3.7|pp|RES_c} percentage points.

The rest, {371,000|hectares|INF} hectares, went to transport, water, energy, public services and other infrastructure. It fell {11.1|p|INF_gr}% and accounted for {56.2|p|INF_sh}%, {0.5|pp|INF_shch} percentage point more than in 2023. Its contribution was {6.2|pp|INF_c} percentage points of the decline.

Why so much less housing land? Local governments sold less because developers bought less, and we told cities with a large stock of unsold homes to stop supplying new sites. That is supply following demand, not a policy of scarcity.

_ueditor_page_break_tag_

Economic Daily:

About {660,000|hectares|q_LS} hectares is a big figure, but how much of it goes to the new industries? Thank you.

Ren Xiaodong:

First, the number. Of the {172,000|hectares|IND_r} hectares of industrial land, {37,000|hectares|NEWIND} hectares went to new industries such as new energy, integrated circuits, biomedicine and data centers, up {12.1|p|NEWIND_gr}%, or {21.5|p|NEWIND_sh}% of industrial land. Other industrial land, {135,000|hectares|OIND} hectares, fell {6.9|p|OIND_gr}%.

Second, the terms. A factory needs land for twenty years, not for fifty, so more land is now leased for a fixed term or leased first and sold later. That lowers the cost of entry.

Third, the standard. Cities can now supply standard factory buildings, and a startup can move in within weeks.

_ueditor_page_break_tag_

Reuters:

China wants more copper and lithium at home. What did the strategic minerals action find last year? Thank you.

Bai Zhenyu:

In the field we say a deposit is found twice, once with the hammer and once with the drill. Of the {150|deposits|DEP_r} new deposits, {62|deposits|DEP_L_r} were large, {49|deposits|DEP_M} were medium-sized and {29|deposits|DEP_S} were small. The large ones are {41.3|p|DEP_L_sh}% of the total, the highest share in a decade.

Of the large deposits, {24|deposits|DEP_SL} were of strategic minerals, {38.7|p|DEP_SL_sh}%: lithium in western Sichuan and Qinghai, copper in Tibet, gold in Shandong, and graphite and fluorite elsewhere.

Remaining copper reserves rose {1.8|p|CU_gr}%. Lithium reserves, counted as lithium oxide, reached {7.23|tonnes|LI} million tonnes, up {11.6|p|LI_gr}%, {9.8|pp|LI_gap} percentage points faster than copper. Coal reserves were {219.5|tonnes|COAL} billion tonnes, up {0.4|p|COAL_gr}%.

For oil and gas, reserves grew on both sides. Oil reserves grew {0.3|pp|OG_gap} percentage point faster than gas reserves, because the new gas fields are tight and deep and turn into reserves slowly.

_ueditor_page_break_tag_

China Daily:

Who is paying for exploration, the state or companies? Thank you.

Bai Zhenyu:

Both, and more of it is companies. Of the {115.2|y|GE_r} billion yuan, oil and gas exploration took {82.8|y|OG} billion yuan, down {0.2|p|OG_gr}%, which is {71.9|p|OG_sh}% of the total.

Exploration for other minerals took {14.2|y|NO} billion yuan, or {12.3|p|NO_sh}%, and its share went up {1.4|pp|NO_shch} percentage points. It grew {13.6|pp|NO_gap} percentage points faster than exploration as a whole, and {3.3|pp|NO_acc} percentage points faster than in 2023, when it rose {13.3|p|NO_gr23}%. That is about {2.0|y|NO_ch} billion yuan more in one year, and it contributed {1.8|pp|NO_c} percentage points of the growth of the whole.

Of that {14.2|y|NO_r} billion yuan, the central budget gave {3.12|y|NO_C} billion yuan, local budgets {3.76|y|NO_LOC} billion yuan and enterprises {7.32|y|NO_E} billion yuan. The companies now pay {51.5|p|NO_E_sh}% of the bill.

Basic geological surveys, hydrogeology and hazard surveys took the remaining {18.2|y|BG} billion yuan, up {9.0|p|BG_gr}%. Altogether exploration drew about {3.4|y|GE_ch} billion yuan more than the year before.

_ueditor_page_break_tag_

Farmers' Daily:

How was the cultivated land increase achieved, and how do you stop land being taken for building? Thank you.

Tao Hanlin:

A farmer counts his fields; we count the country's. Over the last three years cultivated land grew by {8.72|mu|CL22} million mu, {11.2|mu|CL23} million mu and {11.77|mu|CL24} million mu, or {10.56|mu|CL_avg} million mu a year on average.

Construction took {1.62|mu|OCC} million mu of cultivated land last year, and we required {1.85|mu|SUPP} million mu to be added in return, so the balance came out {230,000|mu|SURP} mu in favor of farming.

The added land came from three sources: consolidation of scattered plots, {1.12|mu|SUP_C} million mu; reclamation of mines and abandoned village land, {0.48|mu|SUP_R} million mu; and careful development of unused land, {0.25|mu|SUP_D} million mu.

Land consolidation pilots now cover more than a thousand townships. Document No. 1 asks us to put every piece of permanent basic farmland under satellite watch, and we do it every month now. Protecting more than {1.5|mu|q_PBF} billion mu of farmland is a duty, not a target.

_ueditor_page_break_tag_

The Paper:

Registration is where people meet the ministry. What changed last year? Thank you.

Ren Xiaodong:

Of the {112.4|registrations|RE_r} million registrations, transfers of ownership accounted for {61.3|registrations|RE_T} million, up {4.2|p|RE_T_gr}%, or {54.5|p|RE_T_sh}%. Mortgage registrations were {34.8|registrations|RE_M} million, down {3.1|p|RE_M_gr}%, and the other {16.3|registrations|RE_O} million, up {1.0|p|RE_O_gr}%, were first registrations, corrections and cancellations.

{58.6|registrations|ONL} million registrations, {57.1|p|ONL_sh}% of the total, were handled online from start to end, and offices issued {47.6|certificates|CERT} million certificates. In most cities a buyer now gets the certificate on the day the deal is signed, and banks can check a mortgage without a visit.

Complaints can go to the 12336 hotline.

_ueditor_page_break_tag_

Xinhua News Agency:

Heavy rain caused deadly landslides last summer. What did the hazard figures look like? Thank you.

Tao Hanlin:

It was a hard year. There were {4,210|hazards|HZ_r} geological hazards, {542|hazards|HZ_ch} more than in 2023, when there were {3,668|hazards|HZ_prev}, an increase of {14.8|p|HZ_gr}%. Over the {366|days|DAYS} days of a leap year that is {11.5|hazards|HZ_avg} a day.

Landslides made up {2,380|hazards|HZ_L} of them, or {56.5|p|HZ_L_sh}%. Collapses numbered {1,120|hazards|HZ_C}, debris flows {512|hazards|HZ_D}, and ground subsidence and other types {198|hazards|HZ_O}.

{121|people|HZD_D} people died and {36|people|HZD_M} are still missing, together {47|people|HZD_ch} fewer than the {204|people|HZD_prev} dead and missing of 2023. Direct economic losses were {4.92|y|LOSS} billion yuan, up {21.3|p|LOSS_gr}%, or about {860|y|LOSS_ch} million yuan more, and losses grew {6.5|pp|LOSS_gap} percentage points faster than the number of hazards.

Bai Zhenyu:

If I may add, warnings saved many lives. We recorded {392|warnings|WARN} successful warnings, {51|warnings|WARN_ch} more than the year before, up {15.0|p|WARN_gr}%. They moved {17,300|people|SAFE} people out of harm's way, about {44|people|SAFE_avg} for each warning.

_ueditor_page_break_tag_

Bloomberg:

What is the outlook for 2025? Thank you.

Tao Hanlin:

We will keep land supply steady and give priority to projects in the 14th Five-Year Plan that must be finished this year. Residential supply will follow the stock of unsold homes, city by city.

For minerals, we expect investment in non-oil exploration to grow {5|p|OUT_lo}% to {8|p|OUT_hi}% this year. Geologists do not promise discoveries. They promise to look harder.

Hou Wenqing:

Thank you, Mr. Tao, Ms. Ren and Mr. Bai, and thank you all. This concludes the press conference.

Translated and edited by Wang Yiqing, Liu Sisi and Helen Marsh. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Hou Wenqing

/4\u00a0\u00a0\u00a0\u00a0Tao Hanlin

/4\u00a0\u00a0\u00a0\u00a0Ren Xiaodong

/4\u00a0\u00a0\u00a0\u00a0Bai Zhenyu
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
    total("LS", "IND", "COM", "RES", "INF"),
    total("IND_r", "NEWIND", "OIND"),
    total("GE_r", "OG", "NO", "BG"),
    total("NO_r", "NO_C", "NO_LOC", "NO_E"),
    total("SUPP", "OCC", "SURP"),
    total("SUPP", "SUP_C", "SUP_R", "SUP_D"),
    total("RE_r", "RE_T", "RE_M", "RE_O"),
    total("HZ_r", "HZ_L", "HZ_C", "HZ_D", "HZ_O"),
    total("HZD", "HZD_D", "HZD_M"),
    # shares
    share("IND_sh", "IND", "LS"),
    share("COM_sh", "COM", "LS"),
    share("RES_sh", "RES", "LS"),
    share("INF_sh", "INF", "LS"),
    share("NEWIND_sh", "NEWIND", "IND_r"),
    share("PBF_sh", "PBF", "CL"),
    share("DEP_L_sh", "DEP_L_r", "DEP_r"),
    share("DEP_SL_sh", "DEP_SL", "DEP_L_r"),
    share("OG_sh", "OG", "GE_r"),
    share("NO_sh", "NO", "GE_r"),
    share("NO_E_sh", "NO_E", "NO_r"),
    share("RE_T_sh", "RE_T", "RE_r"),
    share("HZ_L_sh", "HZ_L", "HZ_r"),
    # gaps
    gap("IND_gap", "IND_gr", "LS_gr"),
    gap("RES_gap", "RES_gr", "LS_gr"),
    gap("LI_gap", "LI_gr", "CU_gr"),
    gap("OG_gap", "OIL_gr", "GAS_gr"),
    gap("NO_gap", "NO_gr", "GE_gr"),
    gap("LOSS_gap", "LOSS_gr", "HZ_gr"),
    # restatements
    same("LS", "q_LS"),
    same("IND", "IND_r"),
    same("GE", "GE_r"),
    same("NO", "NO_r"),
    same("DEP", "DEP_r"),
    same("DEP_L", "DEP_L_r"),
    same("CL_ch", "CL24"),
    same("PBF", "q_PBF"),
    same("RE", "RE_r"),
    same("HZ", "HZ_r"),
    # growth of a total from its parts
    growth("LS_gr", "IND", "IND_gr", "COM", "COM_gr", "RES", "RES_gr", "INF", "INF_gr"),
    growth("IND_gr", "NEWIND", "NEWIND_gr", "OIND", "OIND_gr"),
    growth("GE_gr", "OG", "OG_gr", "NO", "NO_gr", "BG", "BG_gr"),
    growth("RE_gr", "RE_T", "RE_T_gr", "RE_M", "RE_M_gr", "RE_O", "RE_O_gr"),
    # share changes
    shchange("IND_shch", "IND_sh", "IND_gr", "LS_gr"),
    shchange("RES_shch", "RES_sh", "RES_gr", "LS_gr"),
    shchange("INF_shch", "INF_sh", "INF_gr", "LS_gr"),
    shchange("NO_shch", "NO_sh", "NO_gr", "GE_gr"),
    # accelerations
    accel("LS_acc", "LS_gr", "LS_q3"),
    accel("NO_acc", "NO_gr", "NO_gr23"),
    # contributions
    contrib_pw("RES_c", "RES", "RES_gr", "LS", "LS_gr"),
    contrib_s("INF_c", "INF_sh", "INF_gr", "LS_gr"),
    contrib_pw("NO_c", "NO", "NO_gr", "GE_r", "GE_gr"),
    # absolute changes
    abs_g("LS_ch", "LS", "LS_gr"),
    abs_g("RES_ch", "RES", "RES_gr"),
    abs_g("NO_ch", "NO", "NO_gr"),
    abs_g("GE_ch", "GE_r", "GE_gr"),
    abs_g("LOSS_ch", "LOSS", "LOSS_gr"),
    # averages
    avg_items("CL_avg", "CL22", "CL23", "CL24"),
    avg_tc("HZ_avg", "HZ_r", "DAYS"),
    avg_tc("SAFE_avg", "SAFE", "WARN"),
    # count changes
    cc_p("CL", "CL_ch", "CL_prev"),
    cc_g("HZ_r", "HZ_ch", "HZ_gr"),
    cc_p("HZ_r", "HZ_ch", "HZ_prev"),
    cc_p("HZD", "HZD_ch", "HZD_prev"),
    cc_g("WARN", "WARN_ch", "WARN_gr"),
]
PLANTED = [
    ("sum", "DEP_S", ["DEP_r", "DEP_L_r", "DEP_M"]),
    ("share", "ONL_sh", ["ONL", "RE_r"]),
]
