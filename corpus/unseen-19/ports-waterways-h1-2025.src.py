TEXT = """
MOT press conference on ports and waterway transport in H1 2025

Beijing | 10 a.m. July 29, 2025

The Ministry of Transport (MOT) held its regular press conference for July on Tuesday in Beijing, on the performance of ports and waterway transport in the first half of 2025.

Speakers

Gu Changlin, vice minister of Transport

Rao Peiyun, director general of the Department of Water Transport of the Ministry of Transport (MOT)

Hua Dengke, deputy director general of the Department of Comprehensive Planning of the MOT

Chairperson

Shang Wenqian, spokesperson of the MOT and deputy director general of the Department of Policy Research of the MOT

Read in Chinese

Speakers:

Mr. Gu Changlin, vice minister of Transport

Ms. Rao Peiyun, director general of the Department of Water Transport of the Ministry of Transport (MOT)

Mr. Hua Dengke, deputy director general of the Department of Comprehensive Planning of the MOT

Chairperson:

Ms. Shang Wenqian, spokesperson of the MOT and deputy director general of the Department of Policy Research of the MOT

Date:

July 29, 2025


Shang Wenqian:

Good morning, friends from the media, and welcome to the July press conference of the Ministry of Transport. Today Mr. Gu Changlin, vice minister of transport, will tell you how our ports and waterways did in the first half of the year. With him are Ms. Rao Peiyun of the Department of Water Transport and Mr. Hua Dengke of the Department of Comprehensive Planning, who will join him in answering your questions.

Mr. Gu, please.

Gu Changlin:

Thank you, Ms. Shang. Good morning. Ships tell you about the economy before the statistics do. A harbor master knows in March what the customs figures will say in July. So let me read you the logbook of the first half.

Ports across the country handled {8.86|tonnes|PT} billion tonnes of cargo in the first half, up {4.0|p|PT_gr}% year on year, or about {340|tonnes|PT_ch} million tonnes more than a year earlier. Foreign-trade cargo came to {2.72|tonnes|FT} billion tonnes, up {2.2|p|FT_gr}%.

Container throughput reached {168|TEU|CT} million TEU, up {6.9|p|CT_gr}%, which is {2.9|pp|CT_gap} percentage points faster than cargo as a whole. Boxes carry manufactured goods, so when they outpace bulk, the mix of what we ship is moving up.

On the water itself, vessels carried {4.74|tonnes|WF} billion tonnes of freight, up {4.3|p|WF_gr}%, and people made {121.6|passenger trips|PAX} million passenger trips by water, up {6.1|p|PAX_gr}%.

Investment kept its pace. Fixed-asset investment in waterways reached {98.2|y|WI} billion yuan, up {8.6|p|WI_gr}%. We completed {102|berths|BER} new and upgraded berths of the 10,000-tonne class and above.

June closed the half on a steady note. Ports handled {1.54|tonnes|J} billion tonnes of cargo in the month, up {3.8|p|J_gr}%, and {29.6|TEU|CJ} million TEU of containers, up {6.2|p|CJ_gr}%.

So the ships are busy and the berths are full. The sea is never calm for long, of course. Freight rates swing, most liner services still avoid the Red Sea, and the tariff noise has not gone away. My colleagues and I will take your questions. Thank you.

Shang Wenqian:

Thank you, Mr. Gu. Now the floor is open. Please say which news organization you are from before your question.

_ueditor_page_break_tag_

CCTV:

Cargo throughput grew {4|p|q_PT_gr}% in the first half. Which ports pulled the growth, those on the coast or those on the rivers? Thank you.

Rao Peiyun:

Thank you. Let me give you the exact split. Coastal ports handled {5.71|tonnes|CO} billion tonnes, up {4.6|p|CO_gr}%.

Inland ports handled {3.15|tonnes|IN} billion tonnes, up {2.9|p|IN_gr}%, so the coast grew {1.7|pp|CO_IN_gap} percentage points faster than the rivers.

Coastal ports now have {64.4|p|CO_sh}% of national throughput, {0.4|pp|CO_shch} percentage point more than a year ago. Of the growth, they contributed {2.9|pp|CO_c} percentage points and the inland ports about {1|pp|IN_c} percentage point.

On the rivers, the Yangtze trunk line alone handled {1.89|tonnes|YZ} billion tonnes, {60.0|p|YZ_sh}% of all inland port throughput. Less coal went down the river to the power plants of the delta this spring, because the hydropower stations had plenty of water, and that explains most of the lag.

For boxes the picture is similar. Coastal ports handled {148.6|TEU|CTc} million TEU, up {7.1|p|CTc_gr}%, and inland ports {19.4|TEU|CTi} million TEU, up {5.4|p|CTi_gr}%.

_ueditor_page_break_tag_

Reuters:

Foreign-trade cargo grew only {2.2|p|q_FT_gr}%. Are the tariffs hurting China's ports? Thank you.

Gu Changlin:

I would not say hurting. I would say testing. Foreign-trade cargo accounted for {30.7|p|FT_sh}% of port throughput, {0.5|pp|FT_shch} percentage point less than a year earlier, because it grew {1.8|pp|FT_gap} percentage points slower than the total. It was still nearly {59|tonnes|FT_ch} million tonnes more than in the same period last year.

The coal, grain and building materials that move along our own coast and rivers came to {6.14|tonnes|DT} billion tonnes, up {4.8|p|DT_gr}%. This year the home market carried the ports.

Foreign-trade containers are another story. They reached {86.9|TEU|CTF} million TEU, up {8.1|p|CTF_gr}%, and made up {51.7|p|CTF_sh}% of all container throughput, {0.6|pp|CTF_shch} percentage point more than a year earlier. Our exporters have found new customers faster than some people expected.

_ueditor_page_break_tag_

Economic Daily:

How did the biggest ports do, and how much of the total do they handle? Thank you.

Rao Peiyun:

Ningbo-Zhoushan is still the largest port in the world by cargo, for the 16th year running. It handled {706|tonnes|NZ} million tonnes, up {4.1|p|NZ_gr}%, which is {27.8|tonnes|NZ_ch} million tonnes more than a year earlier and {8.0|p|NZ_sh}% of the national total.

That is {269|tonnes|NZ_SH} million tonnes more than Shanghai, which handled {437|tonnes|SH} million tonnes, up {2.5|p|SH_gr}%.

Tangshan came third with {452|tonnes|TS} million tonnes, up {1.2|p|TS_gr}%, and Qingdao fourth with {357|tonnes|QD} million tonnes, up {3.3|p|QD_gr}%. The two northern ports moved {809|tonnes|TSQD} million tonnes between them, {2.1|p|TSQD_gr}% more than a year before. Guangzhou handled {326|tonnes|GZ} million tonnes, up {1.6|p|GZ_gr}%.

The five together handled {2.28|tonnes|TOP5} billion tonnes, or {25.7|p|TOP5_sh}% of national throughput, and Tangshan alone had {5.1|p|TS_sh}%. Bulk ports in the north grow slowly now, as the steel mills produce less and need less ore.

In containers the order changes. Shanghai handled {26.5|TEU|SHc} million TEU, up {6.5|p|SHc_gr}%, or {15.8|p|SHc_sh}% of the country's container throughput. Ningbo-Zhoushan handled {20.5|TEU|NZc} million TEU, {6|TEU|SHc_NZc} million fewer than Shanghai, but at {9.4|p|NZc_gr}% it grew {2.9|pp|NZc_gap} percentage points faster. On its own it added {1.1|pp|NZc_c} percentage points to national container growth.

_ueditor_page_break_tag_

China Daily:

What about transport on the water itself, freight and passengers? Thank you.

Rao Peiyun:

Waterway freight volume was {4.74|tonnes|WF_r} billion tonnes. Inland waterways carried {2.38|tonnes|WFi} billion tonnes of it, coastal shipping {1.78|tonnes|WFc} billion tonnes and ocean shipping {680|tonnes|WFo} million tonnes. The rivers alone thus carried {50.2|p|WFi_sh}% of waterway freight.

Freight turnover reached {6.68|tonne-kilometers|WT} trillion tonne-kilometers, up {5.2|p|WT_gr}%, so each tonne traveled {1,409|kilometers|HAUL} kilometers on average. Turnover grew {0.9|pp|WT_gap} percentage point faster than volume: more ore and grain came over long ocean routes. By volume, ships carried some {195|tonnes|WF_ch} million tonnes more than a year earlier.

Passengers made {121.6|trips|PAX_r} million trips by water, about {7|trips|PAX_ch} million trips more than a year earlier. Island ferries and river cruises did most of it, and cruise ships calling at our ports carried {540,000|passengers|CRU} passengers.

_ueditor_page_break_tag_

Bloomberg:

Container freight rates have fallen sharply this year. Is that a problem for Chinese shipping companies? Thank you.

Gu Changlin:

Rates have come down from last year's peaks, and I call that a normalization, not a collapse. The China Containerized Freight Index averaged {1,256|points|CCFI} points in June, down {22.9|p|CCFI_gr}% year on year, or {373|points|CCFI_ch} points lower. For shipowners, lower rates after a very good 2024 are a return to normal. For exporters, they are a relief. Our job is to keep the market fair. We have told the big carriers that surcharges must be published, and we will check.

_ueditor_page_break_tag_

Xinhua News Agency:

Ships are still avoiding the Red Sea. How does that affect China's ports and trade with Europe? Thank you.

Gu Changlin:

Most Asia-Europe container services still sail around the Cape of Good Hope, and that adds {10|days|RS_lo} to {14|days|RS_hi} days to a voyage. More days at sea tie up more ships, which is one reason rates stayed high last year.

Our ports have adapted. Exporters book earlier, and carriers have added ships to keep weekly departures on time.

Rao Peiyun:

If I may add, we keep in touch with the shipping companies every week, and we tell Chinese crews to report any incident at once. Seafarers and their families can call the 12328 hotline day and night.

_ueditor_page_break_tag_

China National Radio:

Waterway investment is growing while transport investment overall is not. Why, and where is the money going? Thank you.

Hua Dengke:

Because a channel or a lock pays back for fifty years. Money spent on water is patient money. In the first half, fixed-asset investment in waterways was {98.2|y|WI_r} billion yuan, {7.8|y|WI_ch} billion yuan more than a year earlier.

Transport fixed-asset investment as a whole came to {1.72|y|TI} trillion yuan, down {2.1|p|TI_gr}%, with highways at {1.22|y|HW} trillion yuan, down {4.5|p|HW_gr}%. So waterways ran {10.7|pp|WI_gap} percentage points ahead of the total.

Waterways took {5.7|p|WI_sh}% of transport investment, {0.6|pp|WI_shch} percentage point more than a year earlier, and added {0.4|pp|WI_c} percentage point to its growth. Highways pulled it down by {3.3|pp|HW_c} percentage points. A small share, then, but the part that is rising.

Inland waterways took {47.3|y|WIi} billion yuan, or {48.2|p|WIi_sh}% of the waterway total, and coastal ports {43.5|y|WIc} billion yuan. The rest, {7.4|y|WIo} billion yuan, went to navigation aids, search and rescue and other support systems.

The big projects are moving. The Pinglu Canal, {134.2|kilometers|PL} kilometers from Nanning to the Beibu Gulf, has passed the halfway mark in construction. Ships wait less at the Three Gorges locks than they did a year ago.

On berths: of the {102|berths|BER_r} finished in the first half, {64|berths|BER_n} are new and {38|berths|BER_u} were upgraded. That is more than in any half-year before.

_ueditor_page_break_tag_

CGTN:

How far have automated and green ports come? Thank you.

Rao Peiyun:

We now have {52|terminals|AUT} automated container terminals in operation, {9|terminals|AUT_ch} more than a year ago, when there were {43|terminals|AUT_prev}, and more are being built or converted. China has more of them than the rest of the world combined.

In the first half they handled {41.6|TEU|AUT_T} million TEU, about {800,000|TEU|AUT_avg} TEU each. At Tianjin, a single operator now watches six cranes from an office instead of sitting in one cab forty meters up.

On green ports: ships at berth used {96.5|kilowatt-hours|SP} million kilowatt-hours of shore power, up {38.2|p|SP_gr}%, or {26.7|kilowatt-hours|SP_ch} million kilowatt-hours more than a year earlier. More than {600|vessels|LNG} LNG-powered vessels now sail our inland waters, and every new river ferry on the Yangtze must be able to plug in. Older tonnage is going, too. Vessels more than 15 years old on the inland rivers get a subsidy to scrap them, and owners who replace them with electric or LNG ships get more.

_ueditor_page_break_tag_

The Paper:

June throughput grew {3.8|p|q_J_gr}%, the slowest this year. Is momentum fading? Thank you.

Hua Dengke:

I see a plateau, not a slide. In June growth was {0.7|pp|J_acc} percentage point lower than the {4.5|p|M_gr}% of May, and April's was {4.2|p|A_gr}%.

Taken together, monthly growth in the second quarter averaged {4.2|p|Q2_avg}%, which is {0.6|pp|Q_acc} percentage point faster than the {3.6|p|Q1_gr}% of the first quarter.

In boxes, June's growth ran {0.7|pp|CJ_gap} percentage point below the half-year pace, mostly because of last June's high base.

Gu Changlin:

Let me sum up the first half. Nearly {8.9|tonnes|q_PT} billion tonnes of cargo, container throughput of more than {180|TEU|q_CT} million TEU, investment above {98|y|q_WI} billion yuan, and more than {120|passenger trips|q_PAX} million passenger trips. The second half brings the typhoon season and the peak of the export year, and our ports are ready for both. Thank you.

Shang Wenqian:

Thank you, Mr. Gu, Ms. Rao and Mr. Hua. Thank you all. This concludes today's press conference.

Translated and edited by Yin Zhiqi, Bai Lulu and Martin Greaves. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Shang Wenqian

/4\u00a0\u00a0\u00a0\u00a0Gu Changlin

/4\u00a0\u00a0\u00a0\u00a0Rao Peiyun

/4\u00a0\u00a0\u00a0\u00a0Hua Dengke
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
    # sums (totals not called totals: coast + rivers, foreign + home trade, five ports, waterway investment)
    total("PT", "CO", "IN"),
    total("PT", "FT", "DT"),
    total("CT", "CTc", "CTi"),
    total("TSQD", "TS", "QD"),
    total("TOP5", "NZ", "SH", "TSQD", "GZ"),
    total("WI", "WIi", "WIc", "WIo"),
    total("BER_r", "BER_n", "BER_u"),
    # shares
    share("CO_sh", "CO", "PT"),
    share("YZ_sh", "YZ", "IN"),
    share("FT_sh", "FT", "PT"),
    
    share("CTF_sh", "CTF", "CT"),
    share("NZ_sh", "NZ", "PT"),
    share("TS_sh", "TS", "PT"),
    
    
    share("TOP5_sh", "TOP5", "PT"),
    share("SHc_sh", "SHc", "CT"),
    share("WFi_sh", "WFi", "WF_r"),
    share("WI_sh", "WI", "TI"),
    
    share("WIi_sh", "WIi", "WI_r"),
    
    
    
    # gaps
    gap("CT_gap", "CT_gr", "PT_gr"),
    gap("CO_IN_gap", "CO_gr", "IN_gr"),
    gap("FT_gap", "PT_gr", "FT_gr"),
    gap("NZc_gap", "NZc_gr", "SHc_gr"),
    gap("WT_gap", "WT_gr", "WF_gr"),
    gap("WI_gap", "WI_gr", "TI_gr"),
    gap("CJ_gap", "CT_gr", "CJ_gr"),
    # restatements
    same("PT_gr", "q_PT_gr"), same("FT_gr", "q_FT_gr"),
    same("WF", "WF_r"), same("PAX", "PAX_r"), same("WI", "WI_r"), same("BER", "BER_r"),
    same("J_gr", "q_J_gr"), 
    same("PT", "q_PT"), same("WI", "q_WI"), same("PAX", "q_PAX"),
    # growth of a total from its parts
    growth("PT_gr", "CO", "CO_gr", "IN", "IN_gr"),
    growth("PT_gr", "FT", "FT_gr", "DT", "DT_gr"),
    growth("CT_gr", "CTc", "CTc_gr", "CTi", "CTi_gr"),
    growth("TSQD_gr", "TS", "TS_gr", "QD", "QD_gr"),
    
    # share changes
    shchange("CO_shch", "CO_sh", "CO_gr", "PT_gr"),
    shchange("FT_shch", "FT_sh", "FT_gr", "PT_gr"),
    shchange("CTF_shch", "CTF_sh", "CTF_gr", "CT_gr"),
    shchange("WI_shch", "WI_sh", "WI_gr", "TI_gr"),
    # accelerations
    accel("J_acc", "J_gr", "M_gr"),
    accel("Q_acc", "Q2_avg", "Q1_gr"),
    # contributions
    contrib_s("CO_c", "CO_sh", "CO_gr", "PT_gr"),
    contrib_pw("IN_c", "IN", "IN_gr", "PT", "PT_gr"),
    contrib_s("WI_c", "WI_sh", "WI_gr", "TI_gr"),
    contrib_pw("HW_c", "HW", "HW_gr", "TI", "TI_gr"),
    contrib_pw("NZc_c", "NZc", "NZc_gr", "CT", "CT_gr"),
    # absolute changes
    abs_g("PT_ch", "PT", "PT_gr"),
    abs_g("FT_ch", "FT", "FT_gr"),
    abs_g("NZ_ch", "NZ", "NZ_gr"),
    abs_g("WF_ch", "WF", "WF_gr"),
    abs_g("WI_ch", "WI_r", "WI_gr"),
    abs_g("SP_ch", "SP", "SP_gr"),
    # averages
    avg_items("Q2_avg", "A_gr", "M_gr", "J_gr"),
    avg_tc("HAUL", "WT", "WF_r"),
    avg_tc("AUT_avg", "AUT_T", "AUT"),
    # count changes and differences
    cc_p("NZ", "NZ_SH", "SH"),
    cc_p("SHc", "SHc_NZc", "NZc"),
    cc_g("PAX_r", "PAX_ch", "PAX_gr"),
    
    cc_p("AUT", "AUT_ch", "AUT_prev"),
    cc_g("CCFI", "CCFI_ch", "CCFI_gr"),
]
PLANTED = [
    ("sum", "WFo", ["WF_r", "WFi", "WFc"]),
    ("restatement", "q_CT", ["CT"]),
]
