TEXT = """
MNR press conference on China's ocean economy in 2024

Beijing | 10 a.m. March 19, 2025

The Ministry of Natural Resources (MNR) held a press conference Wednesday in Beijing on the development of China's ocean economy in 2024.

Speakers

Guo Haiming, vice minister of Natural Resources

Wen Qiuyan, director general of the Department of Marine Strategic Planning and Economy of the MNR

Lu Dezhen, director general of the Department of Sea Area and Island Management of the MNR

Shen Kaili, deputy director of the National Marine Data and Information Service (NMDIS)

Chairperson

Li Mingzhe, spokesperson of the MNR and deputy director general of its General Office

Read in Chinese

Speakers:

Mr. Guo Haiming, vice minister of Natural Resources

Ms. Wen Qiuyan, director general of the Department of Marine Strategic Planning and Economy of the MNR

Mr. Lu Dezhen, director general of the Department of Sea Area and Island Management of the MNR

Ms. Shen Kaili, deputy director of the National Marine Data and Information Service (NMDIS)

Chairperson:

Mr. Li Mingzhe, spokesperson of the MNR and deputy director general of its General Office

Date:

March 19, 2025


Li Mingzhe:

Friends from the media, good morning. Welcome to this press conference of the Ministry of Natural Resources. Today we have invited Mr. Guo Haiming, vice minister of Natural Resources, to introduce the development of China's ocean economy in 2024 and to answer your questions. With him are Ms. Wen Qiuyan, director general of the Department of Marine Strategic Planning and Economy, Mr. Lu Dezhen, director general of the Department of Sea Area and Island Management, and Ms. Shen Kaili, deputy director of the National Marine Data and Information Service.

Now I give the floor to Mr. Guo.

Guo Haiming:

Thank you, Mr. Li. Good morning, everyone. The sea has long been called China's blue granary, but last year it was also a shipyard, a power station and a port of call for the world. Let me give you the main figures from our preliminary accounting.

In 2024, gross ocean product reached {10.54|y|OUT} trillion yuan, up {5.9|p|OUT_gr}% year on year at constant prices, {0.9|pp|OUT_gap} percentage point faster than the economy as a whole, which grew {5|p|GDP_gr}%. For the first time the ocean economy passed ten trillion yuan.

It made up {7.8|p|OUT_sh}% of the country's GDP of {134.91|y|GDP} trillion yuan, and it grew by about {590|y|OUT_ch} billion yuan in a single year.

By industry, the primary marine industry added {498.9|y|P1} billion yuan, the secondary {3.75|y|P2} trillion yuan and the tertiary {6.29|y|P3} trillion yuan, or {4.7|p|P1_sh}%, {35.6|p|P2_sh}% and {59.7|p|P3_sh}% of gross ocean product.

The major marine industries created {4.27|y|MAJ} trillion yuan of value added, up {6.8|p|MAJ_gr}%. Our shipyards completed {48.18|deadweight tonnes|SC} million deadweight tonnes of ships, won new orders for {113.05|deadweight tonnes|SO} million deadweight tonnes and held {208.72|deadweight tonnes|SB} million deadweight tonnes in hand at the end of the year. Grid-connected offshore wind power reached {41.27|kilowatts|WIND} million kilowatts.

Protection kept pace with use. The country now has {352|marine protected areas|MPA} marine protected areas, and the ecological red line for the sea has held.

2025 is the final year of the 14th Five-Year Plan. We will open more sea to offshore wind with care, speed up the approval of sea use for major projects, and keep the coastline that people can walk on. Thank you.

Li Mingzhe:

Thank you, Mr. Guo. Now the floor is open for questions. Please state the news outlet you represent before asking.

_ueditor_page_break_tag_

Xinhua News Agency:

The ocean economy is now worth more than {10|y|q_OUT} trillion yuan and close to {8|p|q_OUT_sh}% of GDP. Which parts of it drove the growth? Thank you.

Wen Qiuyan:

Thank you for the question. Three points. First, industry. The secondary marine industry grew {6.6|p|G2}%, {2.8|pp|GAP21} percentage points faster than the primary industry's {3.8|p|G1}%, and contributed {2.3|pp|C2} percentage points of the growth. Shipbuilding and offshore equipment did most of that.

Second, services. The tertiary industry grew {5.6|p|G3}% and contributed {3.4|pp|C3} percentage points. It is still the largest part, but its share slipped {0.2|pp|P3_shch} percentage point to {59.7|p|P3_sh_r}%, because factories at the water's edge grew faster.

Third, investment. Fixed-asset investment in marine projects rose {9.3|p|INV_gr}%, and most of it went to ports, wind farms and deep-sea fish farms.

Shen Kaili:

If I may add one caution. These are preliminary figures and they may be revised when the final accounts are done. By our count the secondary industry's share rose by about as much as services lost, {0.2|pp|P2_shch} point, to {35.6|p|P2_sh_r}%. Quarter by quarter, the ocean economy grew {5.5|p|Q1}% in the first quarter, {5.7|p|Q2}% in the second, {5.9|p|Q3}% in the third and {6.4|p|Q4}% in the fourth, so the year ended stronger than it began. The fourth quarter was {0.5|pp|Q_acc} percentage point faster than the third.

_ueditor_page_break_tag_

China Daily:

Coastal ports reportedly handled more than {11|tonnes|q_PORT} billion tonnes last year. Can you give us the numbers? Thank you.

Wen Qiuyan:

Yes. Coastal ports handled {11.04|tonnes|PORT} billion tonnes of cargo, up {3.6|p|PORT_gr}%, or {62.7|p|PORT_sh}% of the {17.6|tonnes|PORTN} billion tonnes that passed through all the ports of the country.

Containers grew faster than bulk cargo. Container throughput at coastal ports was {294.3|TEU|TEU} million TEU, {88.6|p|TEU_sh}% of the national {332|TEU|TEUN} million TEU. In the fourth quarter it rose {8.9|p|TEU_q4}%, {2.3|pp|TEU_acc} percentage points faster than in the third quarter, when it grew {6.6|p|TEU_q3}%.

Marine transportation added {783.6|y|TRN} billion yuan of value, up {5.1|p|TRN_gr}%. Shipping lines from our coastal ports now reach more than {100|countries|LINES} countries and regions.

Lu Dezhen:

Let me add a word on land and sea for ports. In 2024 we approved {1,980|hectares|PORTSEA} hectares of sea for port and channel projects, almost all of it for deepening existing harbors rather than new reclamation.

_ueditor_page_break_tag_

Economic Daily:

Chinese shipyards took about three quarters of the world's new orders last year. Is that sustainable? Thank you.

Wen Qiuyan:

Thank you. Let me give the figures in order. Completions were {48.18|deadweight tonnes|SC_r} million deadweight tonnes, up {13.8|p|SC_gr}%. New orders were {113.05|deadweight tonnes|SO_r} million deadweight tonnes, up {58.8|p|SO_gr}%, or nearly {42|deadweight tonnes|SO_ch} million deadweight tonnes more than in 2023. Orders in hand were {208.72|deadweight tonnes|SB_r} million deadweight tonnes, up {49.7|p|SB_gr}%.

Against the {86.5|deadweight tonnes|WSC} million deadweight tonnes completed worldwide, our completions were {55.7|p|SC_sh}%. Of the {152.6|deadweight tonnes|WSO} million deadweight tonnes ordered worldwide, our yards won {74.1|p|SO_sh}%. Our orderbook was {63.1|p|SB_sh}% of the world's {330.8|deadweight tonnes|WSB} million. Is it sustainable? Orders come in waves. Green ships, those that burn methanol or liquefied natural gas, made up {49.1|p|GREEN_sh}% of new orders, some {55.5|deadweight tonnes|GREEN} million deadweight tonnes, and that is where the next wave is.

Shen Kaili:

I would only add trade. Ship exports came to {279.5|y|SHX} billion yuan, up {57.2|p|SHX_gr}%, roughly {102|y|SHX_ch} billion yuan more than a year earlier. In dollar terms that was {39.3|usd|SHX_usd} billion US dollars.

_ueditor_page_break_tag_

CCTV:

How much energy does the sea supply now? Offshore crude output reportedly topped {65|tonnes|q_OIL} million tonnes. Thank you.

Wen Qiuyan:

It did. Offshore crude oil output was {65.2|tonnes|OIL} million tonnes, up {4.3|p|OIL_gr}%, about {2.7|tonnes|OIL_ch} million tonnes more than in 2023. That is {30.6|p|OIL_sh}% of the country's crude output of {213|tonnes|OILN} million tonnes. Offshore natural gas reached {26.6|cubic meters|GAS} billion cubic meters, up {8.1|p|GAS_gr}%, close to {2|cubic meters|GAS_ch} billion cubic meters more, and {3.8|pp|GAS_gap} percentage points faster than oil. Wind is the newer story. Grid-connected offshore wind capacity stood at {41.27|kilowatts|WIND_r} million kilowatts at the end of the year. We added {4.04|kilowatts|WIND_ch} million kilowatts in 2024, an increase of {10.9|p|WIND_gr}%. Jiangsu, Guangdong and Fujian have most of it.

Lu Dezhen:

Wind farms need sea, so let me be precise about what we approved. Sea use for offshore wind came to {4,610|hectares|SUW} hectares last year. We now ask new projects to go farther out, beyond {30|kilometers|FAR} kilometers from shore or into waters deeper than {50|meters|DEEP} meters, so that the near shore stays open for fishing and for people.

_ueditor_page_break_tag_

The Paper:

How much sea was approved for use last year, and how is protection going? Thank you.

Lu Dezhen:

Thank you. Let me be precise. In 2024 we approved {3,122|projects|SU} sea-use projects, {287|projects|SU_ch} more than in 2023, an increase of {10.1|p|SU_gr}%. They took {28,400|hectares|SUA} hectares of sea, about {9|hectares|SU_avg} hectares a project.

Transport infrastructure used {9,760|hectares|SU1} hectares, energy projects {8,150|hectares|SU2} hectares, and fish farming and other uses the remaining {10,490|hectares|SU3}. Energy was {28.7|p|SU2_sh}% of the area approved.

No sea was approved for ordinary reclamation. Anyone who sees illegal filling of the sea can call the 12336 hotline, and the call is followed up.

Shen Kaili:

On protection, more than {350|marine protected areas|MPA_q} marine protected areas are now in place, spanning about {93,000|square kilometers|MPAA} square kilometers. We restored {412|kilometers|CL} kilometers of coastline and {18,600|hectares|WET} hectares of coastal wetlands. Restoring a hectare of mangrove costs between {150,000|y|RC1} and {300,000|y|RC2} yuan, depending on the mud and the tide.

_ueditor_page_break_tag_

Phoenix TV:

Which coastal provinces lead? Thank you.

Wen Qiuyan:

Guangdong again. Its gross ocean product was {1.94|y|GD} trillion yuan, {18.4|p|GD_sh}% of the national figure, and it has led the country for the 30th year running. Shandong followed with {1.72|y|SD} trillion yuan, and Fujian with {1.20|y|FJ} trillion yuan.

Together the three produced {4.86|y|PROV3} trillion yuan, {41.6|p|PROV3_sh}% of the national total. Zhejiang, Jiangsu and Shanghai are close behind.

Shen Kaili:

I can give it by ocean economic circle. The northern circle produced {3.48|y|RN} trillion yuan, up {5.4|p|RN_gr}%. The eastern circle, around the Yangtze River Delta, produced {3.09|y|RE} trillion yuan, up {6.1|p|RE_gr}%. The southern circle produced {3.97|y|RS} trillion yuan, up {6.2|p|RS_gr}%.

The south has the biggest share, {37.7|p|RS_sh}%, and contributed {2.3|pp|RS_c} percentage points of the growth. It grew {0.8|pp|RGAP} percentage point faster than the north. The north still has the oldest ports and the most oil.

_ueditor_page_break_tag_

Bloomberg:

What about fishermen and tourists? And is China a net buyer of seafood? Thank you.

Guo Haiming:

Both still depend on the sea. Marine aquatic output was {34.62|tonnes|FISH} million tonnes, up {2.5|p|FISH_gr}%. Of it, mariculture produced {24.86|tonnes|MC} million tonnes, up {4.1|p|MC_gr}%, or {71.8|p|MC_sh}% of the total.

Wild catch fell {1.2|p|CAP_gr}% to {9.76|tonnes|CAP} million tonnes. That is by design. The summer fishing moratorium now lasts three to four months, and we retire old boats every year.

Yes, we buy more seafood than we sell. Exports of aquatic products were {19.2|usd|AQX} billion US dollars and imports {23.3|usd|AQM} billion, a deficit of {4.1|usd|AQD} billion.

Wen Qiuyan:

On tourism, coastal tourism added {1.52|y|TOUR} trillion yuan, up {9.6|p|TOUR_gr}%, about {133|y|TOUR_ch} billion yuan more. That is {35.6|p|TOUR_sh}% of the major marine industries.

International cruise ships made {245|port calls|CRU} port calls at our ports, up from {182|port calls|CRU0}, or {63|port calls|CRU_ch} more, and carried {1.08|passengers|CRUP} million passengers, about {4,400|passengers|CRU_avg} a call.

Guo Haiming:

One last figure from me. With {42.17|kilowatts|WIND_bad} million kilowatts of offshore wind, more than {10.5|y|q_OUT2} trillion yuan of output and nearly {60|p|q_P3_sh}% of it in services, an economy that grew almost {6|p|q_OUT_gr}% in a hard year, the ocean is now part of daily life for people far from the coast. Thank you.

Li Mingzhe:

Thank you, Mr. Guo, Ms. Wen, Mr. Lu and Ms. Shen, and thank you, friends from the media. This concludes today's press conference. Goodbye.

Translated and edited by Zhao Yuning, He Lanxi and Peter Walsh. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Li Mingzhe

/4\u00a0\u00a0\u00a0\u00a0Guo Haiming

/4\u00a0\u00a0\u00a0\u00a0Wen Qiuyan

/4\u00a0\u00a0\u00a0\u00a0Lu Dezhen

/4\u00a0\u00a0\u00a0\u00a0Shen Kaili
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
def contrib(c, part, pg, whole, wg): return ("contribution", [(c, "contribution"), (part, "part"), (pg, "part-growth"), (whole, "whole"), (wg, "whole-growth")])
def abs_g(c, lvl, g): return ("absolute-change", [(c, "change"), (lvl, "level"), (g, "growth")])
def avg_tc(a, t, n): return ("average", [(a, "average"), (t, "total"), (n, "count")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def cc_p(n, ch, p): return ("count-change", [(n, "count"), (ch, "change"), (p, "previous")])

RELATIONS = [
    # sums
    total("OUT", "P1", "P2", "P3"),
    total("OUT", "RN", "RE", "RS"),
    total("PROV3", "GD", "SD", "FJ"),
    total("SUA", "SU1", "SU2", "SU3"),
    total("FISH", "MC", "CAP"),
    total("AQM", "AQX", "AQD"),
    # shares
    share("OUT_sh", "OUT", "GDP"),
    share("P1_sh", "P1", "OUT"),
    share("P2_sh", "P2", "OUT"),
    share("P3_sh", "P3", "OUT"),
    share("PORT_sh", "PORT", "PORTN"),
    share("TEU_sh", "TEU", "TEUN"),
    share("SC_sh", "SC_r", "WSC"),
    share("SO_sh", "SO_r", "WSO"),
    share("SB_sh", "SB_r", "WSB"),
    share("OIL_sh", "OIL", "OILN"),
    share("SU2_sh", "SU2", "SUA"),
    share("GD_sh", "GD", "OUT"),
    share("RS_sh", "RS", "OUT"),
    share("MC_sh", "MC", "FISH"),
    share("TOUR_sh", "TOUR", "MAJ"),
    # gaps
    gap("OUT_gap", "OUT_gr", "GDP_gr"),
    gap("GAP21", "G2", "G1"),
    gap("RGAP", "RS_gr", "RN_gr"),
    # restatements
    same("OUT", "q_OUT"), same("OUT", "q_OUT2"), same("OUT_sh", "q_OUT_sh"), same("P3_sh", "P3_sh_r"),
    same("P3_sh", "q_P3_sh"), same("SC", "SC_r"), same("SO", "SO_r"), same("SB", "SB_r"),
    same("WIND", "WIND_r"), same("OIL", "q_OIL"), same("MPA", "MPA_q"), same("PORT", "q_PORT"), same("OUT_gr", "q_OUT_gr"), same("P2_sh", "P2_sh_r"),
    gap("GAS_gap", "GAS_gr", "OIL_gr"), share("GREEN_sh", "GREEN", "SO_r"),
    shchange("P2_shch", "P2_sh_r", "G2", "OUT_gr"), contrib("RS_c", "RS", "RS_gr", "OUT", "OUT_gr"),
    cc_p("CRU", "CRU_ch", "CRU0"), abs_g("GAS_ch", "GAS", "GAS_gr"),
    # growth of a total from its parts
    growth("OUT_gr", "P1", "G1", "P2", "G2", "P3", "G3"),
    growth("OUT_gr", "RN", "RN_gr", "RE", "RE_gr", "RS", "RS_gr"),
    growth("FISH_gr", "MC", "MC_gr", "CAP", "CAP_gr"),
    # share change
    shchange("P3_shch", "P3_sh_r", "G3", "OUT_gr"),
    # accelerations
    accel("Q_acc", "Q4", "Q3"),
    accel("TEU_acc", "TEU_q4", "TEU_q3"),
    # contributions
    contrib("C2", "P2", "G2", "OUT", "OUT_gr"),
    contrib("C3", "P3", "G3", "OUT", "OUT_gr"),
    # absolute changes
    abs_g("OUT_ch", "OUT", "OUT_gr"),
    abs_g("SO_ch", "SO_r", "SO_gr"),
    abs_g("OIL_ch", "OIL", "OIL_gr"),
    abs_g("SHX_ch", "SHX", "SHX_gr"),
    abs_g("TOUR_ch", "TOUR", "TOUR_gr"),
    # averages
    avg_tc("SU_avg", "SUA", "SU"),
    avg_tc("CRU_avg", "CRUP", "CRU"),
    # count changes
    cc_g("WIND_r", "WIND_ch", "WIND_gr"),
    cc_g("SU", "SU_ch", "SU_gr"),
]
PLANTED = [
    ("share", "PROV3_sh", ["PROV3", "OUT"]),
    ("restatement", "WIND_bad", ["WIND_r"]),
]
