TEXT = """
SCIO briefing on health services in 2024

Beijing | 10 a.m. Feb. 26, 2025

The State Council Information Office (SCIO) held a press conference Wednesday in Beijing on the development of health services in 2024.

Speakers

Guo Yanping, vice minister of the National Health Commission (NHC)

Fu Ming'an, director general of the Department of Planning, Development and Information Technology of the NHC

Shen Keru, director general of the Department of Medical Administration of the NHC

Luo Jiahui, director general of the Department of Maternal and Child Health of the NHC

Chairperson

Yan Shuhong, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese

Speakers:

Mr. Guo Yanping, vice minister of the National Health Commission (NHC)

Mr. Fu Ming'an, director general of the Department of Planning, Development and Information Technology of the NHC

Ms. Shen Keru, director general of the Department of Medical Administration of the NHC

Ms. Luo Jiahui, director general of the Department of Maternal and Child Health of the NHC

Chairperson:

Ms. Yan Shuhong, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Date:

Feb. 26, 2025


Yan Shuhong:

Ladies and gentlemen, good morning. Welcome to this press conference held by the State Council Information Office. Today we are joined by Mr. Guo Yanping, vice minister of the National Health Commission (NHC), who will brief you on how health services developed in 2024 and then take your questions together with his colleagues: Mr. Fu Ming'an, director general of the Department of Planning, Development and Information Technology of the NHC, Ms. Shen Keru, director general of the Department of Medical Administration of the NHC, and Ms. Luo Jiahui, director general of the Department of Maternal and Child Health of the NHC.

Mr. Guo, please.

Guo Yanping:

Thank you, Ms. Yan, and good morning to our friends from the press. Health is something every family measures for itself, in the waiting room, at the pharmacy counter, by a hospital bed. What I bring today are the national figures, and I will try to keep in mind that each of them is made of those moments.

In 2024, the health sector followed the guideline of putting people's health first. We deepened the reform of public hospitals, pushed quality resources down to counties and villages, and kept up the prevention and control of major diseases. Let me report the main results.

First, the service network grew denser. At the end of last year, the country had {1,093,551|institutions|INST} medical and health institutions, {22,766|institutions|INST_ch} more than a year before, a rise of {2.1|p|INST_gr}%.

Among them were {38,710|hospitals|HOSP} hospitals, {1,039,992|institutions|PRIM} primary-level institutions, {12,118|institutions|SPH} specialized public health institutions such as disease control centers and maternal and child health centers, and {2,731|institutions|OTH} of other kinds.

Hospitals were up {0.9|p|HOSP_gr}%. Public hospitals numbered {11,706|hospitals|HPUB}, down {0.6|p|HPUB_gr}%, mainly because small ones were merged into county medical communities. Private hospitals went the other way, up {1.6|p|HPRI_gr}%, and reached {27,004|hospitals|HPRI}, or {69.8|p|HPRI_sh}% of the total.

Second, capacity kept pace with need. Medical institutions had {10.40|beds|BEDS} million beds, up {2.3|p|BEDS_gr}%, which works out at {7.39|beds|BEDS_pk} beds for every 1,000 residents. Hospitals held {8.26|beds|BEDS_H} million of them, {79.4|p|BEDS_H_sh}%, primary-level institutions {1.82|beds|BEDS_P} million and other institutions {320,000|beds|BEDS_O}.

Third, the workforce expanded. Health workers numbered {15.90|health workers|W} million, up {4.4|p|W_gr}%. They included {4.95|doctors|DOC} million licensed doctors and licensed assistant doctors, up {3.6|p|DOC_gr}%, and {5.88|nurses|NUR} million registered nurses, up {4.8|p|NUR_gr}%. That is {3.52|doctors|DOC_pk} doctors and {4.18|nurses|NUR_pk} nurses per 1,000 people.

Fourth, people used the system more. Medical institutions received {10.12|visits|V} billion outpatient and emergency visits, up {6.0|p|V_gr}%, and admitted {312.6|inpatients|A} million inpatients, up {3.6|p|A_gr}%. Of the visits, hospitals received {4.47|visits|VH} billion and primary-level institutions {5.23|visits|VP} billion, so the primary level handled {51.7|p|VP_sh}% of the total.

Fifth, the health of our people kept improving. Average life expectancy reached {79.0|years|LE} years. The maternal mortality ratio fell to {14.3|deaths|MMR} deaths per 100,000 live births, and the infant mortality rate to {4.0|deaths|IMR} deaths per 1,000 live births, both the lowest on record.

We also know where the work falls short. Good doctors are still concentrated in big cities, and people in the countryside still travel too far for serious illness. Hospitals in some places are crowded, while beds in others stand empty.

This year, we will extend county medical communities to every county, strengthen pediatrics, geriatrics and mental health, and make it easier to see a doctor and to settle a bill. That concludes my introduction. Thank you.

Yan Shuhong:

Thank you, Mr. Guo. The floor is now open. Please state the news organization you work for before asking your question.

_ueditor_page_break_tag_

Xinhua News Agency:

Hospitals received more than {4.4|visits|q_VH} billion visits last year. Are they working more efficiently, and has the cost of treatment gone up? Thank you.

Shen Keru:

Thank you for the question. Efficiency is something we watch closely, and I would describe the trend as steady rather than dramatic.

Patients stayed in hospital an average of {8.1|days|LOS} days, {0.2|days|LOS_ch} days less than the {8.3|days|LOS_prev} days of 2023. Shorter stays mean the same bed can serve more people, and day surgery has helped a great deal here.

In tertiary public hospitals, day surgery accounted for {23.6|p|DS}% of elective operations. A patient comes in the morning and sleeps at home that night.

Bed occupancy in hospitals was {78.9|p|OCC}%, against {79.4|p|OCC_prev}% a year earlier, so {0.5|pp|OCC_ch} percentage point lower. In public hospitals the rate stood at {84.6|p|OCC_pub}%, compared with {86.0|p|OCC_pub_prev}% the year before, a drop of {0.4|pp|OCC_pub_ch} percentage point. Private hospitals had a much lower occupancy of {62.3|p|OCC_pri}%, {22.3|pp|OCC_gap} percentage points below public ones.

On cost. The average bill for an outpatient visit to a hospital was {364.2|y|CPV} yuan, up {0.7|p|CPV_gr}%, or {2.5|y|CPV_ch} yuan more. Inpatient revenue of hospitals came to {2.64|y|IPR} trillion yuan, which is about {10,200|y|CPA} yuan per admission, and that figure fell {2.0|p|CPA_gr}% as volume-based procurement brought down the price of drugs and consumables.

Fu Ming'an:

Let me add a word on volume. Hospital visits rose {4.9|p|VH_gr}%. Within hospitals, public ones received {3.68|visits|VH_pub} billion visits and private ones {790|visits|VH_pri} million, the private share being {17.7|p|VH_pri_sh}%.

Admissions to hospitals came to {258.4|inpatients|AH} million, {82.7|p|AH_sh}% of all admissions. Public hospitals admitted {214.6|inpatients|AH_pub} million of them and private hospitals {43.8|inpatients|AH_pri} million. Thank you.

_ueditor_page_break_tag_

CCTV:

Life expectancy is now {79|years|q_LE} years. What has changed for mothers and babies? Thank you.

Luo Jiahui:

Thank you. I'll start with the mothers, because behind the ratio is a simple fact: fewer women are dying in childbirth.

The maternal mortality ratio was {14.3|deaths|MMR_r} per 100,000 last year, {0.8|deaths|MMR_ch} fewer than the {15.1|deaths|MMR_prev} of 2023. Infant mortality came down to {4.0|deaths|IMR_r} per 1,000 from {4.5|deaths|IMR_prev}, down {0.5|deaths|IMR_ch}, a decline of {11.1|p|IMR_gr}% in one year, and under-five mortality to {5.6|deaths|U5MR} per 1,000.

Nearly every birth now takes place in a hospital. Of the {9.54|births|BIR} million babies born last year, {99.9|p|HD}% were delivered in hospital, and {97.8|p|PNC}% of mothers had at least one prenatal check.

We have built {3,217|centers|CRIT_M} treatment centers for critically ill pregnant women and {3,090|centers|CRIT_N} for critically ill newborns, so that within an hour's drive there is usually somewhere to go when things go wrong.

Protection starts early. Coverage of the vaccines in the national immunization program stayed above {90|p|VAC}% at the township level, and free HPV vaccination for girls is now offered in {15|provinces|HPV} provinces.

Guo Yanping:

I would add that life expectancy rose by {0.4|years|LE_ch} years from {78.6|years|LE_prev} in 2023. Mothers and children are part of that, but so are the older people we now follow more closely. Thank you.

_ueditor_page_break_tag_

Economic Daily:

China has more than {220|people|q_E65} million people aged 65 and above. How are health services for them developing? Thank you.

Guo Yanping:

Thank you. This is one of the questions that will shape the next ten years of our work. At the end of 2024, there were {220.23|people|E65} million people aged 65 and over in China, and {138.6|people|HM} million of them received health management services from primary-level institutions, a coverage rate of {62.9|p|HM_sh}%.

Of the {11,260|hospitals|GH} general hospitals at level two and above, {6,830|hospitals|GD} have opened a geriatrics department, or {60.7|p|GD_sh}%. We want that share to keep rising.

Institutions that combine medical care with elderly care numbered {7,850|institutions|MI}, {560|institutions|MI_ch} more than a year earlier, up {7.7|p|MI_gr}%. They had {2.04|beds|MI_B} million beds.

Fu Ming'an:

Let me add the picture at home, which is where most older people want to be. Family doctor teams signed contracts with {92.6|people|FD} million older people, and primary institutions set up {316,000|beds|HB} home sickbeds, beds that are in fact the patient's own bed, visited by a nurse.

Primary-level institutions received {5.23|visits|VP_r} billion visits, up {6.9|p|VP_gr}%, and we think older people account for much of that rise. Thank you.

_ueditor_page_break_tag_

People's Daily:

Remote consultations have become common. What do the figures show for telemedicine and internet hospitals? Thank you.

Fu Ming'an:

Thank you. Telemedicine now reaches every prefecture-level city and more than {90|p|TM_cty}% of counties.

Quarter by quarter, remote consultations numbered {8.6|consultations|TQ1} million, {9.7|consultations|TQ2} million, {10.4|consultations|TQ3} million and {11.7|consultations|TQ4} million, which is about {10.1|consultations|TQ_avg} million a quarter and {40.4|consultations|TM} million for the year.

The fourth quarter grew {18.3|p|TQ4_gr}%, {3.1|pp|TQ_acc} percentage points faster than the third, when growth was {15.2|p|TQ3_gr}%.

There are now {3,340|internet hospitals|IH} internet hospitals, {380|internet hospitals|IH_ch} more than at the end of 2023, an increase of {12.8|p|IH_gr}%. For follow-up visits and prescription refills, many patients no longer need to queue at all.

Shen Keru:

If I may add: a screen does not replace an examination. We require internet hospitals to be attached to a physical hospital, and the first visit for a new complaint must still be in person. Thank you.

_ueditor_page_break_tag_

China Daily:

The government wants most illnesses treated close to home. What share of visits does the primary level now handle, and is it rising? Thank you.

Fu Ming'an:

Thank you. It is rising, though slowly. Primary-level institutions handled {51.7|p|VP_sh_r}% of all visits, {0.4|pp|VP_shch} percentage point more than in 2023. Of the {6.0|p|V_gr_r}% growth in visits, they contributed {3.5|pp|VP_contr} percentage points, and hospitals {2.2|pp|VH_contr} percentage points.

Hospitals' share was {44.2|p|VH_sh}%, down {0.5|pp|VH_shch} percentage point. Other institutions took in the remaining {420|visits|VO} million, up {6.7|p|VO_gr}%.

The number of primary-level institutions rose by {23,754|institutions|PRIM_ch}, or {2.3|p|PRIM_gr}%. They employ {4.98|health workers|PW} million health workers, {31.3|p|PW_sh}% of the national total, among them {562,000|general practitioners|GP} general practitioners.

Guo Yanping:

I'd like to add one point. Some {1.04|institutions|q_PRIM} million primary-level institutions sounds like a great deal, but a village clinic with one doctor is also counted as one. What matters is whether that doctor is supported by the county hospital, and that is what the county medical communities are for. Thank you.

_ueditor_page_break_tag_

China News Service:

There is often talk of a shortage of nurses. How many doctors and nurses does China have now? Thank you.

Shen Keru:

Thank you. Nurses were the fastest-growing group last year. Registered nurses numbered {5.88|nurses|NUR_r} million, {37.0|p|NUR_sh}% of all health workers, and doctors {4.95|doctors|DOC_r} million, {31.1|p|DOC_sh}%.

The number of nurses grew {1.2|pp|NUR_gap} percentage points faster than that of doctors, and nurses alone contributed {1.8|pp|NUR_contr} percentage points to the growth of the health workforce.

Taken together, doctors and nurses came to {10.83|doctors and nurses|DN} million, up {4.2|p|DN_gr}%. That is still too few nurses for each doctor, and too few nurses at the bedside in county hospitals.

Fu Ming'an:

Let me put it in ratios. There are {3.52|doctors|DOC_pk_r} doctors per 1,000 people, and the number of nurses per 1,000 people is {4.18|nurses|NUR_pk_r}. The total workforce rose by {663,000|health workers|W_ch}, to nearly {16|health workers|q_W} million. Thank you.

_ueditor_page_break_tag_

Phoenix TV:

Medical institutions admitted more than {310|inpatients|q_A} million inpatients last year. Are hospitals becoming too big? Thank you.

Guo Yanping:

Thank you. We do not want hospitals to grow without limit. Public hospitals may no longer add beds as they please, and county hospitals are being built up instead of big-city ones.

Last year, hospitals and clinics admitted {300|inpatients|A_bad} million inpatients, {10.73|inpatients|A_ch} million more than in 2023, and that growth came mostly in counties. Beds grew more slowly than admissions.

Looked at per head, each resident made about {7.2|visits|VPC} visits to a doctor, out of a population of {1.408|people|POP} billion. Total visits rose by about {570|visits|V_ch} million.

Shen Keru:

I would add that the public hospitals with the highest occupancy are the ones we are asking to share their experts with county hospitals, through rotations and remote consultations. Over the year, {126,000|doctors|ROT} doctors from city hospitals worked for at least a month in county or township institutions.

Emergency care is part of the same effort. In cities, an ambulance called through 120 now reaches the patient in {12.4|minutes|AMB} minutes on average, and we want rural areas to come closer to that. Thank you.

Yan Shuhong:

Thank you, Mr. Guo, Mr. Fu, Ms. Shen and Ms. Luo, and thank you, friends from the media. Today's press conference is concluded. Goodbye.

Translated and edited by Liu Jiaqi, Ren Xiao, Bai Yutong and Martin Hale. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Yan Shuhong

/4\u00a0\u00a0\u00a0\u00a0Guo Yanping

/4\u00a0\u00a0\u00a0\u00a0Fu Ming'an

/4\u00a0\u00a0\u00a0\u00a0Shen Keru

/4\u00a0\u00a0\u00a0\u00a0Luo Jiahui
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
def abs_p(c, lvl, prev): return ("absolute-change", [(c, "change"), (lvl, "level"), (prev, "previous")])
def avg_tc(a, t, n): return ("average", [(a, "average"), (t, "total"), (n, "count")])
def avg_items(a, *items): return ("average", [(a, "average")] + [(x, "item") for x in items])
def cc_g(n, ch, g): return ("count-change", [(n, "count"), (ch, "change"), (g, "growth")])
def cc_p(n, ch, prev): return ("count-change", [(n, "count"), (ch, "change"), (prev, "previous")])

RELATIONS = [
    # sums
    total("INST", "HOSP", "PRIM", "SPH", "OTH"),
    total("HOSP", "HPUB", "HPRI"),
    growth("HOSP_gr", "HPUB", "HPUB_gr", "HPRI", "HPRI_gr"),
    total("BEDS", "BEDS_H", "BEDS_P", "BEDS_O"),
    total("V", "VH", "VP_r", "VO"),
    total("VH", "VH_pub", "VH_pri"),
    total("AH", "AH_pub", "AH_pri"),
    total("DN", "DOC_r", "NUR_r"),
    total("TM", "TQ1", "TQ2", "TQ3", "TQ4"),
    # shares
    share("HPRI_sh", "HPRI", "HOSP"),
    share("BEDS_H_sh", "BEDS_H", "BEDS"),
    share("VP_sh", "VP", "V"),
    share("VH_sh", "VH", "V"),
    share("VH_pri_sh", "VH_pri", "VH"),
    share("AH_sh", "AH", "A"),
    share("HM_sh", "HM", "E65"),
    share("GD_sh", "GD", "GH"),
    share("PW_sh", "PW", "W"),
    share("NUR_sh", "NUR_r", "W"),
    share("DOC_sh", "DOC_r", "W"),
    # gaps
    gap("NUR_gap", "NUR_gr", "DOC_gr"),
    gap("OCC_gap", "OCC_pub", "OCC_pri"),
    # restatements
    same("VH", "q_VH"), same("LE", "q_LE"), same("MMR", "MMR_r"), same("IMR", "IMR_r"),
    same("E65", "q_E65"), same("VP", "VP_r"), same("VP_sh", "VP_sh_r"), same("V_gr", "V_gr_r"),
    same("PRIM", "q_PRIM"), same("NUR", "NUR_r"), same("DOC", "DOC_r"), same("DOC_pk", "DOC_pk_r"),
    same("NUR_pk", "NUR_pk_r"), same("W", "q_W"), same("A", "q_A"),
    # growth of a total from its parts
    growth("V_gr", "VH", "VH_gr", "VP_r", "VP_gr", "VO", "VO_gr"),
    growth("DN_gr", "DOC_r", "DOC_gr", "NUR_r", "NUR_gr"),
    # share changes
    shchange("VP_shch", "VP_sh_r", "VP_gr", "V_gr"),
    shchange("VH_shch", "VH_sh", "VH_gr", "V_gr"),
    # accelerations
    accel("OCC_ch", "OCC", "OCC_prev"),
    accel("TQ_acc", "TQ4_gr", "TQ3_gr"),
    # contributions
    contrib("VP_contr", "VP_r", "VP_gr", "V", "V_gr_r"),
    contrib("VH_contr", "VH", "VH_gr", "V", "V_gr_r"),
    contrib("NUR_contr", "NUR_r", "NUR_gr", "W", "W_gr"),
    # absolute changes
    abs_g("CPV_ch", "CPV", "CPV_gr"),
    abs_g("A_ch", "A", "A_gr"),
    abs_g("V_ch", "V", "V_gr"),
    abs_p("LOS_ch", "LOS", "LOS_prev"),
    abs_p("LE_ch", "LE", "LE_prev"),
    # averages
    avg_tc("CPA", "IPR", "AH"),
    avg_items("TQ_avg", "TQ1", "TQ2", "TQ3", "TQ4"),
    avg_tc("VPC", "V", "POP"),
    # count changes
    cc_g("INST", "INST_ch", "INST_gr"),
    cc_g("MI", "MI_ch", "MI_gr"),
    cc_g("IH", "IH_ch", "IH_gr"),
    cc_g("PRIM", "PRIM_ch", "PRIM_gr"),
    cc_g("W", "W_ch", "W_gr"),
    cc_g("IMR_r", "IMR_ch", "IMR_gr"),
    cc_p("MMR_r", "MMR_ch", "MMR_prev"),
]
PLANTED = [
    ("restatement", "A_bad", ["A"]),
    ("acceleration", "OCC_pub_ch", ["OCC_pub", "OCC_pub_prev"]),
]
