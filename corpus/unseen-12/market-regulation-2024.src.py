TEXT = """
SCIO briefing on market regulation in 2024

Beijing | 10 a.m. Jan. 17, 2025

The State Council Information Office (SCIO) held a press conference Friday in Beijing on the work of market regulation in 2024.

Speakers

Lin Chengzhi, deputy head of the State Administration for Market Regulation (SAMR)

Hou Jiamin, director general of the Registration Bureau of the SAMR

Peng Shuya, director general of the Department of Food Safety Sampling Inspection and Monitoring of the SAMR

Qiao Dongsheng, director general of the Law Enforcement and Inspection Bureau of the SAMR

Chairperson

Tan Yuwen, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese

Speakers:

Mr. Lin Chengzhi, deputy head of the State Administration for Market Regulation (SAMR)

Mr. Hou Jiamin, director general of the Registration Bureau of the SAMR

Ms. Peng Shuya, director general of the Department of Food Safety Sampling Inspection and Monitoring of the SAMR

Mr. Qiao Dongsheng, director general of the Law Enforcement and Inspection Bureau of the SAMR

Chairperson:

Ms. Tan Yuwen, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Date:

Jan. 17, 2025


Tan Yuwen:

Ladies and gentlemen, good morning. Welcome to this press conference held by the State Council Information Office. This is the third in our series of briefings on the high-quality development of government departments. Today, we have invited Mr. Lin Chengzhi, deputy head of the State Administration for Market Regulation (SAMR), to brief you on the work of market regulation in 2024 and to answer your questions. Also present are Mr. Hou Jiamin, director general of the Registration Bureau of the SAMR, Ms. Peng Shuya, director general of the Department of Food Safety Sampling Inspection and Monitoring of the SAMR, and Mr. Qiao Dongsheng, director general of the Law Enforcement and Inspection Bureau of the SAMR.

Now, I'll give the floor to Mr. Lin for his introduction.

Lin Chengzhi:

Thank you, Ms. Tan. Good morning, friends from the media. Market regulation touches every shop, every meal and every purchase, so I am glad of this chance to report to you. Last year, market regulators across the country kept to the principle of pursuing progress while ensuring stability. We worked to make entry easier, competition fairer and consumption safer. Let me give you the main figures.

The year was not an easy one for many firms. Demand was weak in some sectors, prices were low, and small businesses in particular felt the pressure. That made our work of keeping markets open and fair more important, not less.

First, the ranks of business entities kept growing. At the end of 2024, China had {189.07|business entities|EN} million registered business entities, up {2.7|p|EN_gr}% from a year earlier, or {4.97|business entities|EN_ch} million more.

Of this total, enterprises numbered {60.49|enterprises|EP} million, up {3.9|p|EP_gr}%. Individual businesses, the small shops, stalls and workshops that line every street, numbered {126.37|individual businesses|IB} million, up {2.2|p|IB_gr}%. Farmers' specialized cooperatives came to {2.21|cooperatives|CO} million, down {2.4|p|CO_gr}%, as weak cooperatives that had stopped operating were cleared from the register.

Behind these totals are people who decided to start something, a noodle shop, a repair stall, a software company. We count them, but we also try to remember that each of them is a decision taken at a kitchen table.

Individual businesses made up {66.8|p|IB_sh}% of all business entities, and enterprises {32.0|p|EP_sh}%.

Among enterprises, private enterprises reached {56.70|private enterprises|PE} million, up {4.1|p|PE_gr}%, and they accounted for {93.7|p|PE_sh}% of the total. There were also {1.24|foreign-invested enterprises|FIE} million foreign-invested enterprises.

Second, market entry stayed active. During the year, {27.36|business entities|NEW} million new business entities were registered, up {3.4|p|NEW_gr}%. They included {8.65|enterprises|NEWE} million new enterprises, up {2.9|p|NEWE_gr}%, and {18.54|individual businesses|NEWI} million new individual businesses, up {3.7|p|NEWI_gr}%. Another {170,000|cooperatives|NEWC} cooperatives and other entities registered, down {5.0|p|NEWC_gr}%.

Individual businesses thus made up {67.8|p|NEWI_sh}% of new registrations, while new enterprises made up {31.6|p|NEWE_sh}%.

Third, the business environment improved. We extended the simplified procedure for closing a business. Last year, {3.06|enterprises|DER} million enterprises were deregistered, and {1.47|enterprises|DER_S} million of them, or {48.0|p|DER_S_sh}%, used the simplified procedure. By the end of June, {92.3|p|AR}% of enterprises had filed their annual reports for 2023.

Registration itself has become simpler. In most cities, a new business can now be registered online in one go, with the business license, the official seal and the tax invoice handled together. We also launched a single national window for moving a company's registered address from one city to another.

Fourth, enforcement became stronger and more targeted. Market regulators at all levels handled {812,000|cases|CASES} cases, up {6.3|p|CASES_gr}%, or {48,100|cases|CASES_ch} more than in 2023. Fines and confiscations totaled {17.6|y|FINES} billion yuan, up {5.4|p|FINES_gr}%. We transferred {9,860|cases|TRANS} cases to public security organs.

We focused on the areas that matter most to people's daily lives: food, medicine sold at retail, gas cylinders, fire-fighting products, electric bicycle batteries and charging equipment, and online sales. A joint campaign on gas safety alone inspected {1.08|businesses|GAS} million businesses.

Fifth, food safety held steady. Regulators sampled {6.87|batches|FS} million batches of food and found {183,000|batches|FS_bad} batches that failed, a failure rate of {2.66|p|FS_rate}%, lower by {0.12|pp|FS_rate_ch} percentage point than the {2.78|p|FS_prev}% recorded in 2023.

Sixth, the quality of products improved. National supervisory spot checks covered {22,400|batches|PQ} batches of products made by {19,800|enterprises|PQ_ent} enterprises, and {2,660|batches|PQ_bad} batches did not meet standards, or {11.9|p|PQ_rate}%. Producers recalled {8.43|units|REC} million units of defective consumer products in {1,120|recalls|RECN} recalls.

We also issued {2,891|standards|STD} national standards, the largest number in any year, and more than half of them concern consumer goods, services and safety.

Seventh, consumers were better protected. The 12315 platform received {43.6|complaints|CP} million complaints, reports and inquiries from consumers, and helped them get back {4.87|y|LOSS} billion yuan in economic losses.

Eighth, competition became fairer. We concluded {46|cases|AM} monopoly cases and reviewed {643|cases|MRG} cases of concentration of undertakings, and we reviewed {1.31|policy measures|FCR} million policy measures to remove rules that favor some firms over others.

This year, we will keep working to build a unified national market. We will clean up local rules that keep firms from other provinces out, and we will publish the results.

We will regulate fairly. A firm that keeps its promises should be inspected less often, and a firm that breaks them should feel it.

And we will protect consumers, especially the old and the young, who are the easiest to cheat. Thank you.

Tan Yuwen:

Thank you, Mr. Lin. Now the floor is open for questions. Please identify the news outlet you represent before asking your question.

_ueditor_page_break_tag_

Xinhua News Agency:

There are now more than {189|business entities|q_EN} million business entities in China. How did private enterprises and individual businesses do last year? Thank you.

Hou Jiamin:

Thank you for your question. I will start with the private sector, because that is where most of the growth came from, and then turn to individual businesses.

Private enterprises numbered {56.70|private enterprises|PE_r} million at the end of last year, {2.23|private enterprises|PE_ch} million more than a year earlier. Their number grew {0.2|pp|PE_gap} percentage point faster than that of enterprises as a whole.

Their share of all enterprises rose to {93.7|p|PE_sh_r}%, up {0.2|pp|PE_shch} percentage point.

Put another way, of the {3.9|p|EP_gr_r}% growth in the number of enterprises, private enterprises contributed {3.8|pp|PE_contr} percentage points. The number of enterprises rose by {2.27|enterprises|EP_ch} million, and nearly all of the increase was private.

Individual businesses are a different story. They are small, often a family and a counter. There are {126.37|individual businesses|IB_r} million of them, employing nearly {300|people|IB_emp} million people, or about {2.4|people|IB_avg} people per business.

Their number grew more slowly, by {2.2|p|IB_gr_r}%, and last year {186,000|individual businesses|I2E} of them converted into enterprises as they grew.

Lin Chengzhi:

Let me add a word on foreign firms, since I am often asked about them. Foreign-invested enterprises, about {1.2|foreign-invested enterprises|q_FIE} million of them, are part of the same market and enjoy the same treatment in registration.

When we review local rules for fair competition, we look at whether they treat foreign firms differently, and where they do, we ask for them to be changed. Thank you.

_ueditor_page_break_tag_

CCTV:

The failure rate in food sampling was below {3|p|q_FS}% last year. Where were the samples taken, and what were the main problems? Thank you.

Peng Shuya:

Thank you. Of the {6.87|batches|FS_r} million batches sampled, {3.12|batches|FS_mkt} million were taken in markets and supermarkets, {2.05|batches|FS_cat} million in restaurants and canteens, and {1.09|batches|FS_prod} million from producers. The remaining {610,000|batches|FS_onl} were bought online, where we sample more each year.

Of the {183,000|batches|FS_bad_r} that failed, residues of pesticides and veterinary drugs were found in {63,100|batches|FS_pest_n}, or {43.5|p|FS_pest_sh_bad}%. Excess microbes were found in {29,400|batches|FS_mic}, and misuse of food additives in {24,900|batches|FS_add}.

Vegetables, aquatic products and eggs were the foods most often found wanting. For each of them we publish the names of the sellers, and we go back to the same stalls a few weeks later.

The failure rate is lower than before, {2.66|p|FS_rate_r}% against {2.78|p|FS_prev_r}% a year earlier. That is progress, but I would not call it success. Behind each failed batch there is a shop and a family who ate from it.

Qiao Dongsheng:

I'd like to add a word on enforcement. Food safety cases came to {263,000|cases|FS_cases} last year, up {8.7|p|FS_cases_gr}%, or {32.4|p|FS_cases_sh}% of all cases handled by market regulators. They grew {2.4|pp|FS_cases_gap} percentage points faster than cases overall. Thank you.

_ueditor_page_break_tag_

Economic Daily:

What did the SAMR do last year to keep competition fair, especially among large platforms? Thank you.

Lin Chengzhi:

Thank you. Fair competition is the foundation of a market economy. Last year, we worked along three lines.

First, enforcement of the Anti-Monopoly Law. We concluded {46|cases|AM_r} monopoly cases, with fines and confiscations of {2.13|y|AM_f} billion yuan.

Most of them involved pharmaceuticals, public utilities and building materials. In several cases, a supplier of raw materials for medicines had raised its prices many times over, and patients paid the bill.

Second, merger review. We reviewed {643|cases|MRG_r} cases of concentration of undertakings. Of these, {579|cases|MRG_S} were simple cases, or {90.0|p|MRG_S_sh}%, and we cleared them in {13.6|days|MRG_D} days on average. We approved four deals with conditions and blocked none.

Third, fair competition review. Of the {1.31|policy measures|FCR_r} million policy measures we reviewed, {4,218|measures|FCR_bad} were found to hinder fair competition, such as rules that favored local firms in bidding. By the end of the year, {4,036|measures|FCR_fix} had been corrected, {95.7|p|FCR_sh}% of the total.

As for platforms, we issued rules on fair pricing and on how platforms treat the merchants who sell on them. A big platform and a corner shop must play by the same rules.

Qiao Dongsheng:

If I may add one point on unfair competition. Last year, we handled {58,300|cases|UC} cases of unfair competition and false advertising, among them fake reviews, paid rankings and online shops that copy the names of well-known brands. The fines in these cases reached {1.94|y|UC_f} billion yuan. Thank you.

_ueditor_page_break_tag_

People's Daily:

Complaints about live-streaming sales have grown quickly. How many complaints did the 12315 platform receive, and how much did consumers get back? Thank you.

Qiao Dongsheng:

Thank you. Of the {43.6|complaints|CP_r} million items the platform received, {17.82|complaints|CP_c} million were complaints, {6.35|reports|CP_r2} million were reports of violations and {19.43|inquiries|CP_i} million were inquiries. Complaints rose {9.8|p|CP_c_gr}%.

Complaints about live-streaming e-commerce came to {1.16|complaints|LS} million, up {42.7|p|LS_gr}%, or {32.9|pp|LS_gap} percentage points faster than complaints as a whole.

Prepaid cards for gyms, beauty salons and training courses drew another {1.73|complaints|PP} million.

We recovered {4.87|y|LOSS_r} billion yuan for consumers, {530|y|LOSS_ch} million yuan more than in 2023, an increase of {12.2|p|LOSS_gr}%. That is about {273|y|LOSS_avg} yuan for each complaint received. Around the "Double 11" shopping festival, we also asked the major platforms to settle disputes within their own systems first, and many did so within 24 hours.

Live-streaming has brought new problems. A host may promise one thing on camera and ship another, or a shop may close its account after a few weeks and disappear. We now ask platforms to keep records of live-streamed sales for at least three years, so that a consumer who comes back later still has something to point to.

On enforcement in general, market regulators handled {812,000|cases|CASES_r} cases in all, and the fines and confiscations came to {900|y|FINES_ch} million yuan more than in 2023, about {21,700|y|FINES_avg} yuan per case. Thank you.

_ueditor_page_break_tag_

China Daily:

Nearly {12|p|q_PQ}% of product batches failed the national spot checks. Which products were the worst, and how did recalls go? Thank you.

Lin Chengzhi:

Thank you. The failure rate was highest for children's products, electric heaters and some building materials, and we published the names of the firms concerned.

On recalls. Of the {8.43|units|REC_r} million units recalled, {2.16|units|REC_ch} million were children's products, {3.05|units|REC_ha} million were household appliances, which is {36.2|p|REC_ha_sh}% of the total, and the other {3.22|units|REC_o} million were other consumer goods.

The number of recalls rose {21.6|p|REC_gr}%. More firms now recall on their own, before we ask them to, and we see that as a sign of a healthier market.

On special equipment. There are {21.5|units|SE} million units of special equipment registered in China, boilers, pressure vessels, cranes and elevators among them, and {11.3|elevators|SE_el} million are elevators, or {52.6|p|SE_el_sh}%.

Accidents involving special equipment killed {151|people|SE_d} people last year, {15|people|SE_d_ch} fewer than the year before, down {9.0|p|SE_d_gr}%. Many old elevators in residential buildings, some older than 15 years, are now being replaced.

Peng Shuya:

Let me add that recalls of food are handled separately. When a batch fails our sampling, the producer must stop sales and recall it, and the local regulator checks that it has done so. Last year, {2,740|tonnes|FREC} tonnes of food were recalled or destroyed in this way. Thank you.

_ueditor_page_break_tag_

China News Service:

Which regions registered the most new enterprises, and did registrations pick up towards the end of the year? Thank you.

Hou Jiamin:

Thank you. The east is still where most firms are born. Last year, {4.71|enterprises|NE_E} million new enterprises were registered in the eastern region, up {2.4|p|NE_E_gr}%. The central region registered {1.84|enterprises|NE_C} million, up {3.9|p|NE_C_gr}%, and the western region {1.78|enterprises|NE_W} million, up {4.1|p|NE_W_gr}%. The northeast registered {320,000|enterprises|NE_NE}, down {1.8|p|NE_NE_gr}%.

So the east accounted for {54.5|p|NE_E_sh}% of new enterprises, {0.3|pp|NE_E_shch} percentage point less than in 2023. It contributed {1.3|pp|NE_E_contr} percentage points to the {2.9|p|NEWE_gr_r}% growth, and the west {0.8|pp|NE_W_contr} percentage point. Registrations in the west grew {1.7|pp|NE_W_gap} percentage points faster than in the east.

By quarter, new enterprises numbered {2.01|enterprises|Q1} million in the first quarter, {2.18|enterprises|Q2} million in the second, {2.15|enterprises|Q3} million in the third and {2.31|enterprises|Q4} million in the fourth, an average of about {2.16|enterprises|Q_avg} million a quarter.

In the fourth quarter, registrations grew {5.6|p|Q4_gr}%, {4.1|pp|Q4_acc} percentage points faster than in the third, when they grew {1.5|p|Q3_gr}%. So yes, the year ended stronger than it began.

Lin Chengzhi:

I would only add that the regional picture is changing slowly. The central and western regions are where costs are lower and where many new industrial parks have opened, and we expect their share to keep rising. Thank you.

_ueditor_page_break_tag_

Hong Kong Commercial Daily:

Small businesses say costs are high and demand is weak. What will the SAMR do for them this year? Thank you.

Lin Chengzhi:

Thank you. We hear the same from the businesses we visit. We have {120|individual businesses|IB_bad} million individual businesses, and they are the first to feel a slow month.

This year, we will make it easier for them to change their registered address, their scope of business and their operators, and we will stop the practice of charging them for services that ought to be free. Last year, we checked {38,500|cases|FEE} cases of arbitrary charges and returned {1.62|y|FEE_v} billion yuan to businesses, in most cases between {2,000|y|FEE_lo} and {50,000|y|FEE_hi} yuan each.

We will also help individual businesses that grow to become enterprises. The {186,000|individual businesses|I2E_r} that converted last year kept their names and their credit records, so their customers could still find them.

Finally, we will grade individual businesses by how long they have operated and how they have kept their promises, and give the best of them more support from banks and local governments.

Hou Jiamin:

Let me add a practical point. An individual business that wants to close can now do so online, and if it has no debts and no unpaid taxes, the procedure takes about {20|days|CLOSE} days. We want people to feel that starting a business and closing one are both normal parts of working life. Thank you.

Tan Yuwen:

Thank you, Mr. Lin, Mr. Hou, Ms. Peng and Mr. Qiao, and thank you, friends from the media. That concludes today's press conference. Goodbye.

Translated and edited by Zhang Rui, Zhou Jing and Thomas Ellery. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Tan Yuwen

/4\u00a0\u00a0\u00a0\u00a0Lin Chengzhi

/4\u00a0\u00a0\u00a0\u00a0Hou Jiamin

/4\u00a0\u00a0\u00a0\u00a0Peng Shuya

/4\u00a0\u00a0\u00a0\u00a0Qiao Dongsheng
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
RELATIONS = [
    S("EN","EP","IB","CO"),
    S("NEW","NEWE","NEWI","NEWC"),
    S("FS_r","FS_mkt","FS_cat","FS_prod","FS_onl"),
    S("CP_r","CP_c","CP_r2","CP_i"),
    S("REC_r","REC_ch","REC_ha","REC_o"),
    S("NEWE","NE_E","NE_C","NE_W","NE_NE"),
    S("NEWE","Q1","Q2","Q3","Q4"),
    SH("IB_sh","IB","EN"),
    SH("EP_sh","EP","EN"),
    SH("PE_sh","PE","EP"),
    SH("NEWI_sh","NEWI","NEW"),
    SH("NEWE_sh","NEWE","NEW"),
    SH("DER_S_sh","DER_S","DER"),
    SH("FS_rate","FS_bad","FS"),
    SH("PQ_rate","PQ_bad","PQ"),
    SH("FS_cases_sh","FS_cases","CASES_r"),
    SH("MRG_S_sh","MRG_S","MRG_r"),
    SH("FCR_sh","FCR_fix","FCR_bad"),
    SH("REC_ha_sh","REC_ha","REC_r"),
    SH("SE_el_sh","SE_el","SE"),
    SH("NE_E_sh","NE_E","NEWE"),
    GAP("PE_gap","PE_gr","EP_gr"),
    GAP("FS_cases_gap","FS_cases_gr","CASES_gr"),
    GAP("LS_gap","LS_gr","CP_c_gr"),
    GAP("NE_W_gap","NE_W_gr","NE_E_gr"),
    ACC("FS_rate_ch","FS_rate","FS_prev"),
    ACC("Q4_acc","Q4_gr","Q3_gr"),
    RS("EN","q_EN"), RS("PE","PE_r"), RS("PE_sh","PE_sh_r"), RS("EP_gr","EP_gr_r"),
    RS("IB","IB_r"), RS("IB_gr","IB_gr_r"), RS("FIE","q_FIE"), RS("FS_rate","q_FS"),
    RS("FS","FS_r"), RS("FS_bad","FS_bad_r"), RS("FS_rate","FS_rate_r"), RS("FS_prev","FS_prev_r"),
    RS("AM","AM_r"), RS("MRG","MRG_r"), RS("FCR","FCR_r"), RS("CP","CP_r"), RS("LOSS","LOSS_r"),
    RS("CASES","CASES_r"), RS("PQ_rate","q_PQ"), RS("REC","REC_r"), RS("NEWE_gr","NEWE_gr_r"), RS("I2E","I2E_r"),
    GR("EN_gr","EP","EP_gr","IB","IB_gr","CO","CO_gr"),
    GR("NEW_gr","NEWE","NEWE_gr","NEWI","NEWI_gr","NEWC","NEWC_gr"),
    GR("NEWE_gr_r","NE_E","NE_E_gr","NE_C","NE_C_gr","NE_W","NE_W_gr","NE_NE","NE_NE_gr"),
    SC("PE_shch","PE_sh_r","PE_gr","EP_gr"),
    SC("NE_E_shch","NE_E_sh","NE_E_gr","NEWE_gr_r"),
    CT("PE_contr","PE_r","PE_gr","EP","EP_gr_r"),
    CT("NE_E_contr","NE_E","NE_E_gr","NEWE","NEWE_gr_r"),
    CT("NE_W_contr","NE_W","NE_W_gr","NEWE","NEWE_gr_r"),
    AB("LOSS_ch","LOSS_r","LOSS_gr"),
    AB("FINES_ch","FINES","FINES_gr"),
    CC("EP","EP_ch","EP_gr_r"),
    AVT("IB_avg","IB_emp","IB_r"),
    AVT("LOSS_avg","LOSS_r","CP_c"),
    AVT("FINES_avg","FINES","CASES_r"),
    AVI("Q_avg","Q1","Q2","Q3","Q4"),
    CC("EN","EN_ch","EN_gr"),
    CC("CASES","CASES_ch","CASES_gr"),
    CC("PE_r","PE_ch","PE_gr"),
    CC("SE_d","SE_d_ch","SE_d_gr"),
]
PLANTED = [
    ("restatement", "IB_bad", ["IB"]),
    ("share", "FS_pest_sh_bad", ["FS_pest_n", "FS_bad_r"]),
]
