TEXT = """
SCIO briefing on natural disasters and work safety in 2024

Beijing | 3 p.m. Jan. 22, 2025

The State Council Information Office (SCIO) held a press conference Wednesday in Beijing on the situation of natural disasters and work safety in 2024.

Speakers

Song Yuanhang, vice minister of emergency management

Ding Weiping, director general of the Department of Disaster Relief and Material Support of the Ministry of Emergency Management (MEM)

Ma Jiangtao, director general of the Department of Work Safety Coordination of the MEM

Wei Lanfang, deputy head of the National Fire and Rescue Administration

Chairperson

Xue Mingyan, director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese

Speakers:

Mr. Song Yuanhang, vice minister of emergency management

Mr. Ding Weiping, director general of the Department of Disaster Relief and Material Support of the Ministry of Emergency Management (MEM)

Mr. Ma Jiangtao, director general of the Department of Work Safety Coordination of the MEM

Ms. Wei Lanfang, deputy head of the National Fire and Rescue Administration

Chairperson:

Mr. Xue Mingyan, director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Date:

Jan. 22, 2025


Xue Mingyan:

Ladies and gentlemen, good afternoon. Welcome to this press conference held by the State Council Information Office. The Spring Festival is approaching, and with it the season of travel, fireworks and crowded markets, so it is a good moment to look back at the safety record of the past year. Today, we have invited Mr. Song Yuanhang, vice minister of emergency management, to brief you on natural disasters and work safety in 2024 and to take your questions. Also with us are Mr. Ding Weiping, director general of the Department of Disaster Relief and Material Support of the Ministry of Emergency Management (MEM), Mr. Ma Jiangtao, director general of the Department of Work Safety Coordination of the MEM, and Ms. Wei Lanfang, deputy head of the National Fire and Rescue Administration.

Now, I'll give the floor to Mr. Song.

Song Yuanhang:

Thank you, Mr. Xue. Good afternoon, everyone. I will speak about two things, the disasters that nature brought us last year and the accidents that we brought on ourselves, and then my colleagues and I will answer your questions.

Let me start with nature. The year 2024 was a hard one. Rainstorms came early in the south, the Yangtze and Pearl river basins saw serious floods, a super typhoon struck Hainan and Guangdong in September, and a late cold wave brought snow and ice to central China before the Spring Festival.

In all, natural disasters affected {94.13|people|AFF} million people across the country. They left {856|people|DM} people dead or missing and forced the emergency relocation of {2.42|people|REL} million people.

They caused {65,000|houses|HC} houses to collapse and severely damaged another {309,000|houses|HSD}. Crops on {10.67|hectares|CROP} million hectares were affected.

Direct economic losses came to {401.11|y|LOSS} billion yuan, up {16.1|p|LOSS_gr}% from 2023, or {55.66|y|LOSS_ch} billion yuan more. That was equal to {0.30|p|LOSS_GDP}% of the year's GDP of {134.91|y|GDP} trillion yuan, against {0.27|p|LOSS_GDP_prev}% in 2023, {0.03|pp|LOSS_GDP_ch} percentage point higher.

The human toll, though, was lower than in most recent years. The number of dead and missing was {232|people|DM_ch} fewer than the average of the previous five years, which was {1,088|people|DM_5y}, a drop of {21.3|p|DM_gr}%.

Extreme weather was more frequent than usual. The national average temperature was the highest on record, and heavy rain fell in places that rarely see it, in the northwest as well as in the south.

Floods did the most harm. They caused losses of {236.23|y|FL} billion yuan, or {58.9|p|FL_sh}% of the total, and typhoons another {91.27|y|TY} billion yuan.

Weather services and local governments sent warnings by every channel we have. Warning text messages alone reached people {9.4|times|SMS} billion times in the year.

Now to work safety. Last year, China recorded {21,320|accidents|ACC} production safety accidents, down {16.2|p|ACC_gr}%, and {18,640|people|DEATH} deaths, down {14.5|p|DEATH_gr}%.

Both the number of accidents and the number of deaths have fallen for several years in a row. The fall was wide, covering mines, chemicals, construction and fires, though not every province shared in it equally.

There were {15|accidents|MAJ} major and especially serious accidents, {6|accidents|MAJ_ch} fewer than in 2023, down {28.6|p|MAJ_gr}%. They killed {242|people|MAJ_d} people.

Among the key sectors, deaths in coal mines fell {47.0|p|COAL_gr}%, and deaths in fires fell {4.9|p|FIRE_d_gr}%.

We also sent more help to people in need. The central government allocated {14.36|y|RF} billion yuan in natural disaster relief funds, up {18.3|p|RF_gr}%, and dispatched {1.46|items|SUP} million items of relief supplies from central reserves.

At the national level, we launched {76|emergency responses|ER} emergency responses and sent working groups to every province that was badly hit. Fire and rescue teams responded to {2.53|calls|CALL} million calls and rescued {176,000|people|RESC} people.

The people who do this work also pay a price. Firefighters and rescuers were injured every month of the year, and some of them did not come home. I want to thank them and their families here.

This year, we will strengthen early warning, so that a warning reaches the last village and the last household in time. We will also push ahead with a three-year campaign to root out the causes of major accidents.

The numbers I have given you are better than a few years ago, but every one of them stands for families. We do not consider the job done. Thank you.

Xue Mingyan:

Thank you, Mr. Song. The floor is now open for questions. Please identify your news organization before asking.

_ueditor_page_break_tag_

Xinhua News Agency:

Direct losses from natural disasters were more than {400|y|q_LOSS} billion yuan last year, higher than in 2023. Which disasters caused the most damage? Thank you.

Ding Weiping:

Thank you. As the vice minister said, floods and typhoons did most of the damage. Together they caused {327.5|y|FLTY} billion yuan of losses, which is {81.6|p|FLTY_sh}% of the total.

The other disasters caused {73.61|y|OTH} billion yuan. Droughts accounted for {17.94|y|DR} billion yuan, low temperatures, snow and ice for {25.18|y|LT} billion yuan, strong winds and hail for {22.61|y|HAIL} billion yuan, and earthquakes and geological hazards for {7.88|y|EQG} billion yuan.

The rise came almost entirely from floods. Flood losses grew {31.4|p|FL_gr}% and added {16.3|pp|FL_contr} percentage points to the growth of total losses, while most other disasters caused less damage than in 2023. The floods' share of losses was {6.9|pp|FL_shch} percentage points higher than a year earlier.

The flood season was concentrated. Losses were {92.36|y|JUN} billion yuan in June, {137.58|y|JUL} billion yuan in July and {64.20|y|AUG} billion yuan in August, about {98|y|SUM_avg} billion yuan a month. Those three months alone accounted for {294.14|y|SUM3} billion yuan, or {73.3|p|SUM3_sh}% of the year's losses.

Typhoon Yagi, the 11th of the year, was the strongest to land in China in autumn since 1949. It alone caused {59.4|y|YAGI} billion yuan in losses, {65.1|p|YAGI_sh}% of the losses from typhoons.

In the hardest-hit provinces, Guangdong, Hunan, Jiangxi and Guangxi among them, losses in each province were between {30|y|RG_lo} billion and {60|y|RG_hi} billion yuan.

Song Yuanhang:

May I add one point. Higher losses do not only mean stronger disasters. There are more houses, factories and roads in the path of the water than there were ten years ago, so the same flood now destroys more. That is why we ask local governments to consider flood risk when they plan where to build. Thank you.

_ueditor_page_break_tag_

CCTV:

The number of people dead or missing was {856|people|DM_q}. How does that compare with the past, and what made the difference? Thank you.

Song Yuanhang:

Thank you. Each of those {856|people|DM_r} was a life, and I would like to begin by saying that.

Of them, {612|people|DM_FL} died or went missing in floods and geological hazards, {71.5|p|DM_FL_sh}% of the total, {148|people|DM_TY} in typhoons, and {96|people|DM_O} in other disasters.

Compared with the average of the previous five years, the number is down by more than {20|p|q_DM_gr}%. Part of that is luck, but most of it is the work of the people at the grassroots who knocked on doors and moved people out before the water came.

We sent warnings earlier and to more people. When a red rainstorm warning is issued, the rule now is to call the village head directly, not only to send a message. Last year, local governments relocated {2.42|people|REL_r} million people before or during disasters, and {1.21|people|REL_YAGI} million of them were moved ahead of Typhoon Yagi alone.

We have also trained a team of disaster information officers in every village. There are now more than {1|officers|INFO} million of them, and in a flood they are often the first to report that a road or a bridge is gone.

Wei Lanfang:

I'd like to add that fire and rescue teams took part in flood rescue in every province that flooded. During the flood season, they evacuated {512,000|people|EVAC} people and rescued {41,300|people|FL_RESC} people trapped by water. Thank you.

_ueditor_page_break_tag_

People's Daily:

How much money and material did the central government provide to people affected by disasters? Thank you.

Ding Weiping:

Thank you. The central government allocated {14.36|y|RF_r} billion yuan in relief funds last year, {2.22|y|RF_ch} billion yuan more than in 2023.

Of this amount, {9.12|y|RF_EM} billion yuan went to emergency relief and recovery after disasters, up {24.5|p|RF_EM_gr}%, and {5.24|y|RF_WS} billion yuan to help people get through the winter and the following spring, up {8.9|p|RF_WS_gr}%.

The winter and spring money was {36.5|p|RF_WS_sh}% of the total. Emergency relief added {14.8|pp|RF_EM_contr} percentage points to the growth of the funds.

The winter and spring assistance reached {7.86|people|WS_N} million people, about {670|y|WS_avg} yuan per person, to buy coal, warm clothes and food.

From central reserves, we dispatched {1.46|items|SUP_r} million items of relief supplies: {112,000|tents|TENT} tents, {486,000|quilts|QUILT} quilts, {218,000|folding beds|BED} folding beds and {644,000|items|SUP_O} other items such as cotton coats, lamps and water purifiers.

These supplies are not only for the first days. After the floods in Hunan and Jiangxi, we kept tents in place for weeks while families cleaned their houses and checked that the walls were safe.

Our rule is that people who are relocated should have food, clean water, clothes, a place to sleep and medical care within {12|hours|HRS} hours of a disaster. In most cases last year, we met it. Thank you.

_ueditor_page_break_tag_

Economic Daily:

Production safety accidents fell by more than {16|p|q_ACC_gr}% last year. Which sectors improved most, and where are the risks now? Thank you.

Ma Jiangtao:

Thank you. There were {4,120|accidents|ACC_ch} fewer accidents last year, and {3,160|people|DEATH_ch} fewer deaths, down {14.5|p|DEATH_gr_r}%. The decline in accidents was {1.7|pp|ACC_DEATH_gap} percentage points larger than the decline in deaths.

The decline in deaths was also steeper than in 2023, when deaths fell {10.7|p|DEATH_gr_prev}%. It was {3.8|pp|DEATH_acc} percentage points larger.

In the mines, the improvement was the clearest. Deaths in coal mines fell to {201|people|COAL} from {379|people|COAL_prev}, {178|people|COAL_ch} fewer, a decline of {47.0|p|COAL_gr_r}%. Deaths in non-coal mines, such as metal and stone quarries, fell to {310|people|NCOAL}, {53|people|NCOAL_ch} fewer, down {14.6|p|NCOAL_gr}%. The decline in coal mines was {23.4|pp|COAL_gap_bad} percentage points steeper than in non-coal mines.

Altogether, {511|people|MINE} people died in mines, down {31.1|p|MINE_gr}%.

In the chemical industry, {59|people|CHEM} people died in accidents involving hazardous chemicals, {8|people|CHEM_ch} fewer, down {11.9|p|CHEM_gr}%, a decline {2.6|pp|CHEM_gap} percentage points smaller than for deaths overall.

The risks now are in construction and in small businesses. Deaths on housing and municipal construction sites were {2,286|people|CONS}, down only {9.8|p|CONS_gr}%. Many small workshops still store flammable materials in the same building where workers sleep.

Song Yuanhang:

If I may add a word. A lower number of deaths is not a reason to relax. Several of last year's major accidents happened in places that had been inspected many times. An inspection only helps if the owner acts on it.

So this year, we will publish more cases, name the owners who ignored warnings, and hold local officials to account when a major accident happens on their watch. Thank you.

_ueditor_page_break_tag_

China Daily:

What did the MEM do to find hidden hazards before they turned into accidents? Thank you.

Ma Jiangtao:

Thank you. Last year was the first year of a three-year campaign to root out the causes of major accidents.

Inspectors visited {1.58|enterprises|INSP} million enterprises and found {4.21|hazards|HAZ} million hazards, of which {4.15|hazards|HAZ_fix} million, or {98.6|p|HAZ_sh}%, had been fixed by the end of the year.

Fines came to {3.12|y|FINE} billion yuan, and {12,400|enterprises|SUSP} enterprises were ordered to stop production until they were safe.

We also opened the 12350 hotline to anyone who sees a danger at work. It received {316,000|reports|HOT} reports, and people who reported real hazards received rewards of {58.7|y|REWARD} million yuan.

Song Yuanhang:

Let me add one thing. Of the {15|accidents|MAJ_r} major accidents last year, most happened in small enterprises that had been inspected and warned, and had done nothing. That is why we are putting the responsibility on the main person in charge of each business, and why the penalties are higher now. Thank you.

_ueditor_page_break_tag_

Beijing Youth Daily:

Fires in residential buildings, especially those caused by electric bicycle batteries, have drawn a lot of attention. What were the figures for last year? Thank you.

Wei Lanfang:

Thank you. Last year, fire and rescue teams handled {908,000|fires|FIRE} fires. They killed {2,001|people|FIRE_d} people and injured {2,665|people|FIRE_inj}, and direct property losses were {7.74|y|FIRE_L} billion yuan.

Deaths were {103|people|FIRE_d_ch} fewer than in 2023, down {4.9|p|FIRE_d_gr_r}%.

Homes remain the most dangerous place. There were {356,000|fires|RFIRE} fires in residential buildings, {39.2|p|RFIRE_sh}% of all fires, but they caused {1,520|people|RFIRE_d} deaths, or {76.0|p|RFIRE_d_sh}% of fire deaths. Most happened at night, when people were asleep.

Electric bicycles caused {12,900|fires|EB} fires, most of them while batteries were charging indoors or in corridors. We have worked with market regulators on standards for batteries and chargers, and more than {2,000|residential communities|EB_COMM} residential communities have built charging sheds outside.

Of the {2.53|calls|CALL_r} million calls we answered, {908,000|fires|CALL_F} were fires, {1.12|calls|CALL_R} million were rescues, such as floods, traffic accidents and people trapped in elevators, and {602,000|calls|CALL_S_bad} were requests for social assistance. Rescues made up {44.3|p|CALL_R_sh}% of the calls.

When you hear a smoke alarm, get out first, then call 119. That is the most important thing I can tell your readers.

Ma Jiangtao:

I would add that gas is another danger in homes and restaurants. After the gas explosions of recent years, we have replaced old pipes in many cities and required restaurants to install gas alarms. Thank you.

_ueditor_page_break_tag_

China News Service:

There were several strong earthquakes last year. How did the emergency response system perform, and is the country better prepared than before? Thank you.

Song Yuanhang:

Thank you. Last year, the Chinese mainland recorded {19|earthquakes|EQ} earthquakes of magnitude 5.0 or above, {7|earthquakes|EQ_ch} fewer than in 2023, when there were {26|earthquakes|EQ_prev}.

None of them caused heavy loss of life. In the mountains of the west, where most of them struck, we have spent years rebuilding village houses so that they stand up to shaking, and it showed.

Of the {76|emergency responses|ER_r} emergency responses we launched, {41|emergency responses|ER_FT} were for floods and typhoons, or {53.9|p|ER_FT_sh}%.

The system has been tested again this month by the earthquake of magnitude 6.8 in Dingri county, Xizang, on Jan. 7. Rescue teams reached the main villages within hours, even at over {4,000|meters|ALT} meters above sea level and in temperatures far below zero.

Ding Weiping:

I'd like to add a word on preparedness. Every province now keeps its own reserves of relief supplies, and the central reserves are spread over warehouses in every region, so that tents and quilts can reach a disaster area in about a day.

We have also built a national network of emergency shelters, and we hold drills in schools, hospitals and villages every year.

Last year, more than {170|people|DRILL} million people took part in emergency drills. A drill feels like a waste of an afternoon until the day it is not. Thank you.

Xue Mingyan:

Thank you, Mr. Song, Mr. Ding, Mr. Ma and Ms. Wei, and thank you all. That concludes today's press conference. Goodbye.

Translated and edited by Yuan Fang, Liang Xiaoyu and Rachel Osborne. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Xue Mingyan

/4\u00a0\u00a0\u00a0\u00a0Song Yuanhang

/4\u00a0\u00a0\u00a0\u00a0Ding Weiping

/4\u00a0\u00a0\u00a0\u00a0Ma Jiangtao

/4\u00a0\u00a0\u00a0\u00a0Wei Lanfang
"""

R = "restatement"
def S(t,*ps): return ("sum",[(t,"total")]+[(x,"part") for x in ps])
def SH(sh,p,w): return ("share",[(sh,"share"),(p,"part"),(w,"whole")])
def RS(a,b): return (R,[(a,"first"),(b,"restated")])
def GAP(g,r,b): return ("gap",[(g,"gap"),(r,"rate"),(b,"base-rate")])
def ACC(c,l,e): return ("acceleration",[(c,"change"),(l,"later-rate"),(e,"earlier-rate")])
def GR(t,*pg):
    f=[(t,"total-growth")]
    for i in range(0,len(pg),2): f+= [(pg[i],"part"),(pg[i+1],"part-growth")]
    return ("growth",f)
def SC(c,sh,pg,wg): return ("share-change",[(c,"change"),(sh,"share"),(pg,"part-growth"),(wg,"whole-growth")])
def CT(c,p,pg,w,wg): return ("contribution",[(c,"contribution"),(p,"part"),(pg,"part-growth"),(w,"whole"),(wg,"whole-growth")])
def AB(c,l,g): return ("absolute-change",[(c,"change"),(l,"level"),(g,"growth")])
def AVT(a,t,n): return ("average",[(a,"average"),(t,"total"),(n,"count")])
def AVI(a,*it): return ("average",[(a,"average")]+[(x,"item") for x in it])
def CC(n,c,g): return ("count-change",[(n,"count"),(c,"change"),(g,"growth")])
def CP(n,c,p): return ("count-change",[(n,"count"),(c,"change"),(p,"previous")])
RELATIONS = [
    S("LOSS","FLTY","OTH"),
    S("FLTY","FL","TY"),
    S("OTH","DR","LT","HAIL","EQG"),
    S("SUM3","JUN","JUL","AUG"),
    S("DM_r","DM_FL","DM_TY","DM_O"),
    S("RF_r","RF_EM","RF_WS"),
    S("SUP_r","TENT","QUILT","BED","SUP_O"),
    S("MINE","COAL","NCOAL"),
    SH("LOSS_GDP","LOSS","GDP"),
    SH("FL_sh","FL","LOSS"),
    SH("FLTY_sh","FLTY","LOSS"),
    SH("SUM3_sh","SUM3","LOSS"),
    SH("YAGI_sh","YAGI","TY"),
    SH("DM_FL_sh","DM_FL","DM_r"),
    SH("RF_WS_sh","RF_WS","RF_r"),
    SH("HAZ_sh","HAZ_fix","HAZ"),
    SH("RFIRE_sh","RFIRE","FIRE"),
    SH("RFIRE_d_sh","RFIRE_d","FIRE_d"),
    SH("CALL_R_sh","CALL_R","CALL_r"),
    SH("ER_FT_sh","ER_FT","ER_r"),
    GAP("ACC_DEATH_gap","ACC_gr","DEATH_gr_r"),
    GAP("CHEM_gap","CHEM_gr","DEATH_gr_r"),
    ACC("LOSS_GDP_ch","LOSS_GDP","LOSS_GDP_prev"),
    ACC("DEATH_acc","DEATH_gr_r","DEATH_gr_prev"),
    RS("LOSS","q_LOSS"), RS("DM","DM_q"), RS("DM","DM_r"), RS("DM_gr","q_DM_gr"), RS("REL","REL_r"),
    RS("RF","RF_r"), RS("SUP","SUP_r"), RS("ACC_gr","q_ACC_gr"), RS("DEATH_gr","DEATH_gr_r"),
    RS("COAL_gr","COAL_gr_r"), RS("MAJ","MAJ_r"), RS("FIRE_d_gr","FIRE_d_gr_r"), RS("ER","ER_r"),
    RS("CALL","CALL_r"), RS("FIRE","CALL_F"),
    GR("MINE_gr","COAL","COAL_gr_r","NCOAL","NCOAL_gr"),
    GR("RF_gr","RF_EM","RF_EM_gr","RF_WS","RF_WS_gr"),
    SC("FL_shch","FL_sh","FL_gr","LOSS_gr"),
    CT("FL_contr","FL","FL_gr","LOSS","LOSS_gr"),
    CT("RF_EM_contr","RF_EM","RF_EM_gr","RF_r","RF_gr"),
    AB("LOSS_ch","LOSS","LOSS_gr"),
    AB("RF_ch","RF_r","RF_gr"),
    AVI("SUM_avg","JUN","JUL","AUG"),
    AVT("WS_avg","RF_WS","WS_N"),
    CC("DM","DM_ch","DM_gr"),
    CP("DM","DM_ch","DM_5y"),
    CC("ACC","ACC_ch","ACC_gr"),
    CC("DEATH","DEATH_ch","DEATH_gr"),
    CC("MAJ","MAJ_ch","MAJ_gr"),
    CC("COAL","COAL_ch","COAL_gr_r"),
    CP("COAL","COAL_ch","COAL_prev"),
    CC("NCOAL","NCOAL_ch","NCOAL_gr"),
    CC("CHEM","CHEM_ch","CHEM_gr"),
    CC("FIRE_d","FIRE_d_ch","FIRE_d_gr_r"),
    CP("EQ","EQ_ch","EQ_prev"),
]
PLANTED = [
    ("sum", "CALL_S_bad", ["CALL_r", "CALL_F", "CALL_R"]),
    ("gap", "COAL_gap_bad", ["COAL_gr_r", "NCOAL_gr"]),
]
