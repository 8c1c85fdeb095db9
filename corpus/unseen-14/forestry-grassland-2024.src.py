TEXT = """
SCIO briefing on forestry and grassland development in 2024

Beijing | 10 a.m. Jan. 21, 2025

The State Council Information Office (SCIO) held a press conference Tuesday in Beijing on the progress of forestry and grassland development in 2024.

Speakers

Xu Yanbo, deputy head of the National Forestry and Grassland Administration (NFGA)

Hu Zhanglin, director general of the Department of Ecological Protection and Restoration of the NFGA

Ma Qingyun, director general of the Department of Development Planning and Finance of the NFGA

Pan Ruoxi, director general of the Department of Wildlife Conservation of the NFGA

Chairperson

Chen Wenjun, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese

Speakers:

Mr. Xu Yanbo, deputy head of the National Forestry and Grassland Administration (NFGA)

Mr. Hu Zhanglin, director general of the Department of Ecological Protection and Restoration of the NFGA

Ms. Ma Qingyun, director general of the Department of Development Planning and Finance of the NFGA

Ms. Pan Ruoxi, director general of the Department of Wildlife Conservation of the NFGA

Chairperson:

Ms. Chen Wenjun, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Date:

Jan. 21, 2025


Chen Wenjun:

Ladies and gentlemen, good morning. Welcome to this press conference held by the State Council Information Office. Today we have invited Mr. Xu Yanbo, deputy head of the National Forestry and Grassland Administration (NFGA), to brief you on forestry and grassland development in 2024 and to take your questions. Also present are Mr. Hu Zhanglin, director general of the Department of Ecological Protection and Restoration of the NFGA, Ms. Ma Qingyun, director general of the Department of Development Planning and Finance of the NFGA, and Ms. Pan Ruoxi, director general of the Department of Wildlife Conservation of the NFGA.

Now I give the floor to Mr. Xu.

Xu Yanbo:

Thank you, Ms. Chen. Good morning, friends from the media. A forest is measured in decades, so one year is a short time in our line of work. Still, 2024 was a good year for the land, and I would like to give you its main figures before my colleagues and I take your questions.

First, the country kept planting. We completed afforestation on {4.446|hectares|AF} million hectares, improved {3.224|hectares|GR} million hectares of grassland, and brought {2.78|hectares|DS} million hectares of desertified and sandy land under control. Of that land, {2.13|hectares|DS3N} million hectares, or {76.6|p|DS3N_sh}%, lay in the region of the Three-North Shelterbelt Program, where its three landmark battles are being fought.

Second, the resources themselves grew. Forest coverage reached {25.09|p|FC}%, and the forest stock stood at {20.49|cubic meters|FS} billion cubic meters. The comprehensive vegetation coverage of grassland was {50.32|p|GVC}%, and the country has {56.35|hectares|WL} million hectares of wetlands.

Third, the forests are paying their way. The total output value of the forestry industry came to {10.17|y|OUT} trillion yuan, up {4.7|p|OUT_gr}% year on year. Commercial timber output was {124.6|cubic meters|TIM} million cubic meters, and trade in forest products reached {182.6|usd|TR} billion US dollars.

Fourth, protection. The five national parks of the first batch span {230,000|square kilometers|NP} square kilometers, and {49|candidate areas|NPC} candidate areas have been identified for the national park system. The wild population of giant pandas stands at {1,864|giant pandas|PANDA}, and that of crested ibises exceeds {11,000|crested ibises|IBIS}. Forest fires numbered {241|fires|FF}, the lowest since records began, and {1.098|rangers|RG} million ecological rangers patrolled the forests and grasslands.

Behind these figures are the people who did the work: the planters on the hillsides of Gansu, the herders who rest their pastures, the rangers who walk the same ridge every morning.

This year is the last year of the 14th Five-Year Plan. We will keep up the fight against desertification in the Three-North region, build national parks to a high standard, and let forests and grasslands bring more income to the people who look after them. Thank you.

Chen Wenjun:

Thank you, Mr. Xu. The floor is now open. Please identify your news outlet before asking your question.

_ueditor_page_break_tag_

Xinhua News Agency:

More than {4.4|hectares|q_AF} million hectares of afforestation is a large figure. Where did it happen, and how much of it was actually planted by hand? Thank you.

Hu Zhanglin:

Thank you. Not every hectare was planted with a spade. Of the {4.446|hectares|AF_r} million hectares, {1.627|hectares|AFP} million were planted with seedlings, {1.184|hectares|AFC} million were closed off so that the hillsides could regrow by themselves, and {1.635|hectares|AFD} million were degraded forests that we thinned, replanted and nursed back. Planting by hand was {36.6|p|AFP_sh}% of the work.

Seedlings go into the ground in spring and in the autumn rains. In the north we plant shrubs and grass where trees will not survive. We learned that the hard way, when rows of poplars died in their third summer.

The survival rate of new plantings in the arid north averaged {82|p|SURV}% last year. Ten years ago it was {65|p|SURV0}%, so we are {17|pp|SURV_gap} percentage points better, mostly because we now plant what the rain can carry.

On grassland, {1.218|hectares|GRA} million hectares were sown with grass and {2.206|hectares|GRD} million hectares of degraded pasture were improved, which together make up the {3.224|hectares|GR_r} million hectares Mr. Xu mentioned. Sown grass was about {37.8|p|GRA_sh}% of that.

Xu Yanbo:

Let me add a word about sand. Of the {2.78|hectares|DS_r} million hectares brought under control, the Three-North region accounted for {2.13|hectares|DS3N_r} million. The remaining {650,000|hectares|DSO} hectares were spread across other provinces. Sand does not respect provincial borders, so we work across them too. Thank you.

_ueditor_page_break_tag_

CCTV:

The forestry industry's output value is now above {10|y|q_OUT} trillion yuan. What is driving it? Thank you.

Ma Qingyun:

Thank you. It has three parts. The primary industry, meaning planting, seedlings and forest fruits, produced {3.38|y|P1} trillion yuan, up {3.9|p|P1_gr}%. The secondary industry, meaning wood processing, furniture and paper, came to {4.41|y|P2} trillion, up {2.8|p|P2_gr}%. The tertiary industry, which is mostly forest tourism and wellness, reached {2.38|y|P3} trillion yuan, up {9.5|p|P3_gr}%.

So the primary industry grew {1.1|pp|GAP12} percentage points faster than the secondary. Services grew fastest of all, {7.6|pp|GAP32} percentage points faster than processing.

As a result, the tertiary industry's share rose to {23.4|p|P3_sh}% of the total, {1.0|pp|P3_shch} percentage point higher than a year earlier. It contributed {2.1|pp|P3_contr} percentage points of the {4.7|p|OUT_gr_r}% growth, and the secondary industry {1.2|pp|P2_contr}. In money terms, output value grew by about {460|y|OUT_ch} billion yuan.

Xu Yanbo:

If I may add: bamboo alone has become an industry worth about {450|y|BAM} billion yuan, and we want bamboo to replace plastic wherever it can. Forest tourism and wellness received {2.61|visits|FT} billion visits, up {7.9|p|FT_gr}%, compared with {12.7|p|FT_gr23}% in 2023, or {4.8|pp|FT_acc} percentage points slower. That year was a rebound; this one was steady growth. Thank you.

_ueditor_page_break_tag_

China Daily:

China imports a lot of wood. How much timber does the country produce itself, and how did trade in forest products do last year? Thank you.

Ma Qingyun:

Thank you. Commercial timber output was {124.6|cubic meters|TIM_r} million cubic meters, up {2.3|p|TIM_gr}%, or {2.8|cubic meters|TIM_ch} million cubic meters more.

Plantations supplied {108.3|cubic meters|TIMP} million cubic meters, up {3.1|p|TIMP_gr}%, and natural forests the remaining {16.3|cubic meters|TIMN} million, down {2.7|p|TIMN_gr}%, since commercial logging in natural forests has stopped and only tending and salvage remain. Plantation wood made up {86.9|p|TIMP_sh}% of the output, {0.7|pp|TIMP_shch} percentage point more than a year before.

Trade in forest products came to {182.6|usd|TR_r} billion US dollars, up {1.1|p|TR_gr}%. Exports grew {4.1|p|EXP_gr}% to {88.4|usd|EXP} billion dollars, while imports fell {1.6|p|IMP_gr}% to {94.2|usd|IMP} billion dollars, leaving a deficit of {5.8|usd|DEF} billion dollars. Exports grew {5.7|pp|TR_gap} percentage points faster than imports.

Put another way, exports added {1.9|pp|EXP_contr} percentage points to the growth of trade, and imports took away {0.8|pp|IMP_contr} point.

Wooden furniture was the largest export, at {21.6|usd|FURN} billion US dollars, or {24.4|p|FURN_sh}% of forest product exports. Log imports fell {5.4|p|LOG_gr}% to {31.6|cubic meters|LOG} million cubic meters, {1.8|cubic meters|LOG_ch} million cubic meters less than in 2023.

Hu Zhanglin:

I would only add that we are growing our own big timber. In the south, reserve forests of precious and large-diameter trees now take up {6.4|hectares|RES} million hectares. A tree planted today will be cut by our grandchildren. Thank you.

_ueditor_page_break_tag_

People's Daily:

How are giant pandas and other rare animals doing, and how far along is the national park system? Thank you.

Pan Ruoxi:

Thank you. Let me begin with a caution: counting wild animals is not like counting trees. They move, they hide, and a survey takes years.

The last national survey found {1,864|giant pandas|PANDA_r} giant pandas in the wild, and we believe there are more today. Crested ibises, once down to seven birds in 1981, now number more than {11,000|crested ibises|IBIS_r}. Tibetan antelopes number about {300,000|Tibetan antelopes|ANT}, Asian elephants about {300|Asian elephants|ELE}, and about {70|Amur tigers|TIG} wild Amur tigers roam the northeast.

Each of them needs room. The five national parks of the first batch span {230,000|square kilometers|NP_r} square kilometers, about {21|p|NP_sh}% of the roughly {1.1|square kilometers|NPCA} million square kilometers of the {49|candidate areas|NPC_r} candidate areas. Those areas average about {22,000|square kilometers|NPC_avg} square kilometers each.

Natural protected areas of all kinds number nearly {10,000|protected areas|PA} and cover about {18|p|PA_sh}% of China's land area.

When animals are hurt or trapped, we step in. Rescue centers took in {42,600|wild animals|RESC} wild animals last year and returned {31,900|wild animals|REL} of them to the wild, about {75|p|REL_sh}%.

Xu Yanbo:

Let me add one point. A national park is not a fence around a mountain. People live in and around these parks, and more than two-thirds of the rangers in the Sanjiangyuan park are local herders. The park only works if the herders are better off with it than without it. Thank you.

_ueditor_page_break_tag_

Economic Daily:

Forest fires and pests remain a threat. What happened last year? Thank you.

Hu Zhanglin:

Thank you. Forest fires fell to {241|fires|FF_r} last year, {93|fires|FF_ch} fewer than in 2023, down {27.8|p|FF_gr}%. There were also {14|fires|GF} grassland fires.

By quarter, {108|fires|FQ1} fires broke out in the first quarter, {76|fires|FQ2} in the second, only {21|fires|FQ3} in the wet third quarter and {36|fires|FQ4} in the fourth, about {60|fires|FQ_avg} a quarter. Most of them start in spring, around grave-sweeping time and when farmers burn stubble.

The area burned was {1,960|hectares|FBA} hectares. Anyone who sees smoke in a forest should call 12119, the fire hotline, at once.

Pine wilt disease is the other enemy. The area it affects shrank {8.2|p|PW_gr}% to {975,000|hectares|PW} hectares, and counties with outbreaks fell to {665|counties|PWC} from {701|counties|PWC0}, {36|counties|PWC_ch} fewer.

Ma Qingyun:

On the people who watch the forests: {1.098|rangers|RG_r} million ecological rangers, {26,000|rangers|RG_ch} more than a year earlier, or {2.4|p|RG_gr}% more, many of them from families lifted out of poverty, received {11.6|y|RGF} billion yuan of central funds, about {10,600|y|RG_avg} yuan a person. Depending on the province, a ranger earns between {8,000|y|RGLO} and {12,000|y|RGHI} yuan a year. Rangers are hired locally, usually aged 18 to 60, and most of them patrol the hills near their own villages. Thank you.

_ueditor_page_break_tag_

China News Service:

Forests also produce food. How is the camellia oil campaign going? Thank you.

Ma Qingyun:

Thank you. Oil tea camellia groves were newly planted or upgraded on {1.03|hectares|CAMA} million hectares. Camellia oil output reached {1.12|tonnes|CAM} million tonnes, up {8.7|p|CAM_gr}%, or about {90,000|tonnes|CAM_ch} tonnes more.

That was {2.5|pp|CAM_acc} percentage points slower than the {11.2|p|CAM_gr23}% of 2023, because many young groves have not yet reached full bearing. It takes five or six years for a grove to give its full yield.

Forests gave us about {200|tonnes|FFOOD} million tonnes of food in all, nuts, fruit, mushrooms and tea-seed oil among them.

Xu Yanbo:

I would add only this: a hectare of camellia on a poor hillside is worth more to a family than a hectare of grain on the same slope. That is why farmers in the south plant it. Thank you.

_ueditor_page_break_tag_

Phoenix TV:

Forest coverage is now over {25|p|q_FC}% and the forest stock above {20|cubic meters|q_FS} billion cubic meters. How much room is left to plant? Thank you.

Xu Yanbo:

Thank you. The easy land has been planted. What is left is dry, steep or far away, and the cost per hectare keeps rising.

The coverage of {25.09|p|FC_r}% was {0.07|pp|FC_ch} percentage point higher than the {25.02|p|FC23}% of 2023. On grassland, vegetation coverage reached {50.32|p|GVC_r}%, up {0.31|pp|GVC_ch} percentage point from {50.01|p|GVC23}%.

So in the next ten years, quality matters more than area. A forest stock of {20.49|cubic meters|FS_r} billion cubic meters sounds large, but per hectare our forests still hold less wood than the world average.

Hu Zhanglin:

Let me add the figure for grassland. Of the {3.224|hectares|GR_r2} million hectares improved last year, we sowed {1.218|hectares|GRA_r} million hectares with grass. We also kept grazing bans or grass-livestock balance on about {170|hectares|GRB} million hectares. Resting a pasture for a season or two is often better than planting anything. Thank you.

Chen Wenjun:

Thank you, Mr. Xu, Mr. Hu, Ms. Ma and Ms. Pan, and thank you, friends from the media. Today's press conference is concluded. Goodbye.

Translated and edited by Wu Jiayin, Lin Heng, Zhou Xue and Daniel Kerr. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Chen Wenjun

/4\u00a0\u00a0\u00a0\u00a0Xu Yanbo

/4\u00a0\u00a0\u00a0\u00a0Hu Zhanglin

/4\u00a0\u00a0\u00a0\u00a0Ma Qingyun

/4\u00a0\u00a0\u00a0\u00a0Pan Ruoxi
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
def cc_p(n, ch, p): return ("count-change", [(n, "count"), (ch, "change"), (p, "previous")])

RELATIONS = [
    # sums
    total("AF_r", "AFP", "AFC", "AFD"),
    total("DS_r", "DS3N_r", "DSO"),
    total("OUT", "P1", "P2", "P3"),
    total("TIM_r", "TIMP", "TIMN"),
    total("TR_r", "EXP", "IMP"),
    total("IMP", "EXP", "DEF"),
    total("FF_r", "FQ1", "FQ2", "FQ3", "FQ4"),
    # shares
    share("DS3N_sh", "DS3N", "DS"),
    share("AFP_sh", "AFP", "AF_r"),
    share("GRA_sh", "GRA", "GR_r"),
    share("P3_sh", "P3", "OUT"),
    share("TIMP_sh", "TIMP", "TIM_r"),
    share("FURN_sh", "FURN", "EXP"),
    share("NP_sh", "NP_r", "NPCA"),
    share("REL_sh", "REL", "RESC"),
    # gaps
    gap("GAP12", "P1_gr", "P2_gr"),
    gap("TR_gap", "EXP_gr", "IMP_gr"),
    gap("FC_ch", "FC_r", "FC23"),
    gap("GVC_ch", "GVC_r", "GVC23"),
    gap("SURV_gap", "SURV", "SURV0"),
    # restatements
    same("AF", "q_AF"), same("AF", "AF_r"), same("GR", "GR_r"), same("GR", "GR_r2"), same("GRA", "GRA_r"),
    same("DS", "DS_r"), same("DS3N", "DS3N_r"), same("OUT", "q_OUT"), same("OUT_gr", "OUT_gr_r"),
    same("TIM", "TIM_r"), same("TR", "TR_r"), same("NP", "NP_r"), same("NPC", "NPC_r"),
    same("PANDA", "PANDA_r"), same("IBIS", "IBIS_r"), same("FF", "FF_r"), same("RG", "RG_r"),
    same("FC", "q_FC"), same("FC", "FC_r"), same("FS", "q_FS"), same("FS", "FS_r"), same("GVC", "GVC_r"),
    # growth of a total from its parts
    growth("OUT_gr_r", "P1", "P1_gr", "P2", "P2_gr", "P3", "P3_gr"),
    growth("TIM_gr", "TIMP", "TIMP_gr", "TIMN", "TIMN_gr"),
    growth("TR_gr", "EXP", "EXP_gr", "IMP", "IMP_gr"),
    # share changes
    shchange("P3_shch", "P3_sh", "P3_gr", "OUT_gr_r"),
    shchange("TIMP_shch", "TIMP_sh", "TIMP_gr", "TIM_gr"),
    # accelerations
    accel("FT_acc", "FT_gr", "FT_gr23"),
    accel("CAM_acc", "CAM_gr", "CAM_gr23"),
    # contributions
    contrib("P3_contr", "P3", "P3_gr", "OUT", "OUT_gr_r"),
    contrib("P2_contr", "P2", "P2_gr", "OUT", "OUT_gr_r"),
    contrib("EXP_contr", "EXP", "EXP_gr", "TR_r", "TR_gr"),
    contrib("IMP_contr", "IMP", "IMP_gr", "TR_r", "TR_gr"),
    # absolute changes
    abs_g("OUT_ch", "OUT", "OUT_gr_r"),
    abs_g("TIM_ch", "TIM_r", "TIM_gr"),
    abs_g("LOG_ch", "LOG", "LOG_gr"),
    abs_g("CAM_ch", "CAM", "CAM_gr"),
    # averages
    avg_items("FQ_avg", "FQ1", "FQ2", "FQ3", "FQ4"),
    avg_tc("RG_avg", "RGF", "RG_r"),
    avg_tc("NPC_avg", "NPCA", "NPC_r"),
    # count changes
    cc_g("FF_r", "FF_ch", "FF_gr"),
    cc_p("PWC", "PWC_ch", "PWC0"),
    cc_g("RG_r", "RG_ch", "RG_gr"),
]
PLANTED = [
    ("sum", "GRD", ["GR_r", "GRA"]),
    ("gap", "GAP32", ["P3_gr", "P2_gr"]),
]
