TEXT = """
Press conference on procuratorial work in 2024

Beijing | 3 p.m. Feb. 26, 2025

The Supreme People's Procuratorate (SPP) held a press conference on Wednesday in Beijing, at which it released the main figures of procuratorial work in 2024.

Speakers

Zheng Guoqiang, deputy procurator-general of the Supreme People's Procuratorate (SPP)

Xu Anping, director of the First Procuratorial Office of the SPP

Fang Yuhe, director of the Eighth Procuratorial Office of the SPP

Chairperson

Lu Wenjing, director general of the Press Office of the SPP and spokesperson of the SPP

Read in Chinese

Speakers:

Mr. Zheng Guoqiang, deputy procurator-general of the Supreme People's Procuratorate (SPP)

Mr. Xu Anping, director of the First Procuratorial Office of the SPP

Ms. Fang Yuhe, director of the Eighth Procuratorial Office of the SPP

Chairperson:

Ms. Lu Wenjing, director general of the Press Office of the SPP and spokesperson of the SPP

Date:

Feb. 26, 2025


Lu Wenjing:

Good afternoon, friends from the media. Welcome to the press conference of the Supreme People's Procuratorate. Each year in the run-up to the sessions of the National People's Congress, we publish what procuratorates across the country did in the year before. Deputy Procurator-General Zheng Guoqiang will present the figures for 2024, and Director Xu Anping and Director Fang Yuhe will join him in answering your questions.

Mr. Zheng, please.

Zheng Guoqiang:

Thank you, and good afternoon.

Figures are where a prosecutor's year leaves its footprints. I will keep to the main ones.

In 2024, procuratorates approved the arrest of {712,300|people|AR} criminal suspects and decided to prosecute {1,628,400|people|PR}. The number prosecuted was down {3.5|p|gPR}% from 2023, when it stood at {1,688,100|people|PR23}; that is {59,700|people|PR_fall} people fewer.

Against 2020 the figure is still {5.1|p|gPR20}% higher. In that year {1,549,000|people|PR20} were prosecuted, so the rise over four years comes to {79,400|people|PR20_rise}.

We decided not to prosecute {401,200|people|NP}, or {19.8|p|NPR}% of the {2,029,600|people|EX} whose cases came to us for review and prosecution.

The system of leniency for those who admit guilt and accept punishment was applied to {1,470,500|people|PL}, which is {90.3|p|PLsh}% of those prosecuted. Courts adopted {96.4|p|ADOPT}% of our sentencing recommendations.

In public-interest litigation we handled {187,600|cases|PIL} cases. We lodged {8,920|protests|PROT} protests against criminal judgments we considered wrong.

Victims of telecom and online fraud got back {18.62|y|COMP} billion yuan with our help.

The Five-Year Reform Outline for procuratorial work, 2023-2027, is now at its midpoint, and the 12309 service hotline answered the public around the clock.

Lu Wenjing:

Thank you, Mr. Zheng. Now the floor is open. Please identify your news outlet first.

_ueditor_page_break_tag_

Xinhua News Agency:

Prosecutions fell by more than {3|p|gPR_q}% last year, to about {1.63|people|PR_q} million people, yet fraud prosecutions reportedly rose by over {50|p|gTF_q}%. What lies behind the two trends? Thank you.

Xu Anping:

Thank you. Two trends, one cause: crime is moving off the street and onto the screen.

Telecom and online fraud first. We prosecuted {78,600|people|TF}, up {53.2|p|gTF}%. That is {27,300|people|TF_rise} more people in the dock than a year earlier.

Fraud now accounts for {4.8|p|TFsh}% of everyone prosecuted, {1.8|pp|TFshch} percentage points more than in 2023. On its own it added {1.6|pp|TFc} percentage points to the year's change. Without it, the decline would have been steeper.

Fraud grew {56.7|pp|TFgap} percentage points faster than prosecutions as a whole. The pace did ease: growth was {10.2|pp|TFacc} percentage points slower than in 2023, when it reached {63.4|p|gTF23}%.

Drug crimes went the other way. We prosecuted {62,300|people|DRUG}, down {11.5|p|gDRUG}%. They are now {3.8|p|DRUGsh}% of the total, {0.3|pp|DRUGshch} percentage point less than in 2023, and they took {0.5|pp|DRUGc} percentage point off the total.

Add crimes against minors, which I will come back to, and these three groups came to {202,300|people|FDM}, up {13.1|p|gFDM}%.

_ueditor_page_break_tag_

CCTV:

What about corruption? How many duty crime cases did procuratorates take over from the supervisory commissions? Thank you.

Zheng Guoqiang:

The supervisory commissions investigate; we review the evidence and prosecute. In 2024 we prosecuted {21,500|people|DUTY} for duty crimes, {1,400|people|DUTY_ch} more than in 2023, an increase of {7.0|p|gDUTY}%. Among them were {58|officials|MINIST} former officials at or above the provincial and ministerial level.

Illicit gains of {35.6|y|DUTYREC} billion yuan were recovered in these cases. A corrupt official must never come out ahead.

Duty crimes are one of the six categories we report on separately. With intellectual property and environmental crimes added to the three groups Director Xu described, the six came to {289,800|people|SIX}, up {10.9|p|gSIX}%. The other {1,338,600|people|REST}, prosecuted mainly for theft, dangerous driving and assault, fell {6.2|p|gREST}%.

So the total fell, but the kind of work changed. Fewer cases, harder cases.

_ueditor_page_break_tag_

Legal Daily:

Public-interest litigation has grown fast in recent years. Was 2024 a year of consolidation? Thank you.

Fang Yuhe:

Thank you. Yes, you could put it that way. We handled {187,600|cases|PIL_r} cases, down {1.7|p|gPIL}%. We chose fewer, weightier cases.

The largest field is ecology and resources: {96,300|cases|ECO}, up {1.2|p|gECO}%, {61.3|p|ECOsh}% of the total. Along the Yangtze, where the 10-year fishing ban is in force, a single case can cover three counties and a hundred kilometers of river.

Food and drug safety came next with {31,800|cases|FOOD}, up {6.4|p|gFOOD}%. That is {17.0|p|FOODsh}% of all public-interest cases, {1.3|pp|FOODshch} percentage points more than in 2023, and it added {1.0|pp|FOODc} percentage point to the total.

State assets and the transfer of state land accounted for {18,900|cases|ASSET}, down {12.5|p|gASSET}%. The remaining {40,600|cases|OTHPIL}, in fields such as work safety, personal information and heritage, fell {7.9|p|gOTHPIL}%.

In {142,700|cases|PRE} cases, or {76.1|p|PREsh}% of the total, the matter was settled before any lawsuit, by a procuratorial recommendation that the responsible authority acted on. Only {11,900|cases|SUIT} went to court, and courts upheld our claims in {99.6|p|SUITWIN}% of the judgments.

_ueditor_page_break_tag_

The Paper:

How often do procuratorates challenge court judgments, and how often do they succeed? Thank you.

Xu Anping:

We lodged {8,920|protests|PROT_r} protests against criminal judgments, {620|protests|PROT_ch} more than in 2023, or {7.5|p|gPROT}% more. Courts changed the judgment or ordered a retrial in {6,310|cases|PROT_ok}, {70.7|p|PROT_sh}% of them.

A protest is not a complaint. It costs the court time and us credibility if it fails, so we lodge it only when we expect to win.

_ueditor_page_break_tag_

Southern Daily:

Guangdong is said to prosecute close to {130,000|people|GD_q} people a year. How do the provinces compare? Thank you.

Xu Anping:

Guangdong prosecuted {128,500|people|GD}, the most of any province and {7.9|p|GD_sh}% of the national total. Its number fell {1.2|p|gGD}%, {2.3|pp|GD_gap} percentage points less than the country as a whole.

Jiangsu followed with {101,300|people|JS} and Zhejiang with {98,700|people|ZJ}. The three coastal provinces together prosecuted {328,500|people|THREE}.

Henan prosecuted {96,400|people|HN}, a decline of {6.8|p|gHN}%, which is {3.3|pp|HN_gap} percentage points more than the national decline, and Sichuan {82,100|people|SC}.

Together the five account for {507,000|people|FIVE}, {31.1|p|FIVE_sh}% of the national figure, or an average of {101,400|people|FIVE_avg} each.

_ueditor_page_break_tag_

China Youth Daily:

Prosecutions for crimes against minors rose {7.5|p|gMIN_q}%. Is that more crime, or more reporting? Thank you.

Fang Yuhe:

Both, and I would rather have the second. Every case that reaches us is a child who was believed.

We prosecuted {61,400|people|MIN} for crimes against minors, up {7.5|p|gMIN}%, or {4,300|people|MIN_rise} more. That growth was {11.0|pp|MIN_gap} percentage points above the national rate.

For young offenders aged 14 to 18, we favour education over punishment: {31,200|people|COND} of them received conditional non-prosecution, and about {3|p|JUV_fail}% of those later failed their probation period.

_ueditor_page_break_tag_

Economic Daily:

Fraud victims often say the money never comes back. How much was recovered, and what about intellectual property? Thank you.

Xu Anping:

More than people expect. Victims got back {18.62|y|COMP_r} billion yuan, up {24.7|p|gCOMP}%, {3.69|y|COMP_rise} billion yuan more than in 2023. Behind that sum are the {78,600|people|TF_q2} fraud defendants, roughly {237,000|y|COMP_avg} yuan for each of them. Freezing accounts in the first hours is what makes the difference.

On intellectual property, we prosecuted {19,800|people|IP}, up {12.5|p|gIP}%. That is {9.6|pp|IP_gap} percentage points faster than environmental crimes, where {46,200|people|ENV} were prosecuted, up {2.9|p|gENV}%.

_ueditor_page_break_tag_

China Daily:

More than {90|p|PLsh_q}% of defendants now admit guilt. Does that make a prosecutor's job lighter? Thank you.

Zheng Guoqiang:

Lighter in court, heavier before it. The rate was {90.3|p|PLsh_r}%, up from {89.6|p|PL23}% in 2023, a rise of {0.7|pp|PL_acc} percentage point. Each of those cases needs a sentencing recommendation that the defendant, the victim and the court can accept.

We have {68,400|procurators|PROC} procurators handling cases. On average each prosecuted {23.8|people|PER_PROC} people last year, and that count leaves out the cases closed without prosecution.

Non-prosecution decisions rose {3.7|p|gNP}% to {401,200|people|NP_r}, {14,300|people|NP_ch} more than the {386,900|people|NP23} of 2023, while the number of people examined fell {2.2|p|gEX}%. The non-prosecution rate therefore rose to {19.8|p|NPR_r}%, {1.1|pp|NPR_ch} percentage points above 2023. It was {13.7|p|NPR20}% in 2020, so it is {6.1|pp|NPR_acc} percentage points higher in four years.

Arrests fell as well. We approved {712,300|people|AR_r} arrests against {726,500|people|AR23} in 2023, {24,200|people|AR_ch} fewer, or a fall of {2.0|p|gAR}%. Detention should be the exception, not the rule.

Lu Wenjing:

Thank you, Mr. Zheng, Mr. Xu and Ms. Fang, and thank you all. This concludes today's press conference.

Translated and edited by Liu Xiaoqing, Wang Jiarui and Thomas Reilly. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Lu Wenjing

/4\u00a0\u00a0\u00a0\u00a0Zheng Guoqiang

/4\u00a0\u00a0\u00a0\u00a0Xu Anping

/4\u00a0\u00a0\u00a0\u00a0Fang Yuhe
"""

# ---- relation builders written for set 35 (ids refer to the inline marks in TEXT) ----
def adds_up(total, *parts):
    return ("sum", [(total, "total")] + [(p, "part") for p in parts])
def portion(pct, part, whole):
    return ("share", [(pct, "share"), (part, "part"), (whole, "whole")])
def echo(first, later):
    return ("restatement", [(first, "first"), (later, "restated")])
def margin(pp, rate, base):
    return ("gap", [(pp, "gap"), (rate, "rate"), (base, "base-rate")])
def swing(pp, later, earlier):
    return ("acceleration", [(pp, "change"), (later, "later-rate"), (earlier, "earlier-rate")])
def pooled_growth(tg, *pairs):
    figs = [(tg, "total-growth")]
    for i in range(0, len(pairs), 2):
        figs += [(pairs[i], "part"), (pairs[i + 1], "part-growth")]
    return ("growth", figs)
def weight_move(pp, part, whole, pg, wg):
    return ("share-change", [(pp, "change"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def weight_move_pct(pp, pct, pg, wg):
    return ("share-change", [(pp, "change"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def pull(pp, part, whole, pg, wg):
    return ("contribution", [(pp, "contribution"), (part, "part"), (whole, "whole"), (pg, "part-growth"), (wg, "whole-growth")])
def pull_pct(pp, pct, pg, wg):
    return ("contribution", [(pp, "contribution"), (pct, "share"), (pg, "part-growth"), (wg, "whole-growth")])
def moved_by_rate(amt, level, rate):
    return ("absolute-change", [(amt, "change"), (level, "level"), (rate, "growth")])
def moved_from(amt, level, before):
    return ("absolute-change", [(amt, "change"), (level, "level"), (before, "previous")])
def mean_of(avg, *items):
    return ("average", [(avg, "average")] + [(x, "item") for x in items])
def per_unit(avg, total, count):
    return ("average", [(avg, "average"), (total, "total"), (count, "count")])
def headcount_rate(n, d, rate):
    return ("count-change", [(n, "count"), (d, "change"), (rate, "growth")])
def headcount_from(n, d, before):
    return ("count-change", [(n, "count"), (d, "change"), (before, "previous")])
RELATIONS = [
    # sums
    adds_up("EX", "PR", "NP"),
    adds_up("FDM", "TF", "DRUG", "MIN"),
    adds_up("SIX", "FDM", "DUTY", "IP", "ENV"),
    adds_up("PR", "SIX", "REST"),
    adds_up("PIL_r", "ECO", "FOOD", "ASSET", "OTHPIL"),
    adds_up("THREE", "GD", "JS", "ZJ"),
    adds_up("FIVE", "THREE", "HN", "SC"),
    # shares
    portion("NPR", "NP", "EX"),
    portion("PLsh", "PL", "PR"),
    portion("TFsh", "TF", "PR"),
    portion("DRUGsh", "DRUG", "PR"),
    portion("FOODsh", "FOOD", "PIL_r"),
    portion("PREsh", "PRE", "PIL_r"),
    portion("PROT_sh", "PROT_ok", "PROT_r"),
    portion("GD_sh", "GD", "PR"),
    portion("FIVE_sh", "FIVE", "PR"),
    # gaps
    margin("TFgap", "gTF", "gPR"),
    margin("MIN_gap", "gMIN", "gPR"),
    margin("GD_gap", "gGD", "gPR"),
    margin("HN_gap", "gHN", "gPR"),
    margin("IP_gap", "gIP", "gENV"),
    # growth of totals from parts
    pooled_growth("gPR", "SIX", "gSIX", "REST", "gREST"),
    pooled_growth("gFDM", "TF", "gTF", "DRUG", "gDRUG", "MIN", "gMIN"),
    pooled_growth("gPIL", "ECO", "gECO", "FOOD", "gFOOD", "ASSET", "gASSET", "OTHPIL", "gOTHPIL"),
    # share changes
    weight_move_pct("TFshch", "TFsh", "gTF", "gPR"),
    weight_move("DRUGshch", "DRUG", "PR", "gDRUG", "gPR"),
    weight_move_pct("FOODshch", "FOODsh", "gFOOD", "gPIL"),
    weight_move("NPR_ch", "NP_r", "EX", "gNP", "gEX"),
    # accelerations
    swing("TFacc", "gTF", "gTF23"),
    swing("PL_acc", "PLsh_r", "PL23"),
    swing("NPR_acc", "NPR_r", "NPR20"),
    # contributions
    pull("TFc", "TF", "PR", "gTF", "gPR"),
    pull_pct("DRUGc", "DRUGsh", "gDRUG", "gPR"),
    pull("FOODc", "FOOD", "PIL_r", "gFOOD", "gPIL"),
    # absolute changes
    moved_by_rate("PR_fall", "PR", "gPR"),
    moved_from("PR_fall", "PR", "PR23"),
    moved_from("PR20_rise", "PR", "PR20"),
    moved_by_rate("TF_rise", "TF", "gTF"),
    moved_by_rate("MIN_rise", "MIN", "gMIN"),
    moved_by_rate("COMP_rise", "COMP_r", "gCOMP"),
    # averages
    per_unit("PER_PROC", "PR", "PROC"),
    per_unit("COMP_avg", "COMP_r", "TF_q2"),
    mean_of("FIVE_avg", "GD", "JS", "ZJ", "HN", "SC"),
    # count changes
    headcount_rate("PR", "PR20_rise", "gPR20"),
    headcount_rate("DUTY", "DUTY_ch", "gDUTY"),
    headcount_rate("PROT_r", "PROT_ch", "gPROT"),
    headcount_from("NP_r", "NP_ch", "NP23"),
    headcount_rate("NP_r", "NP_ch", "gNP"),
    # restatements
    echo("gPR", "gPR_q"),
    echo("gTF", "gTF_q"),
    echo("PR", "PR_q"),
    echo("TF", "TF_q2"),
    echo("PIL", "PIL_r"),
    echo("PROT", "PROT_r"),
    echo("COMP", "COMP_r"),
    echo("GD_q", "GD"),
    echo("gMIN_q", "gMIN"),
    echo("PLsh_q", "PLsh_r"),
    echo("PLsh", "PLsh_r"),
    echo("NPR", "NPR_r"),
    echo("NP", "NP_r"),
    echo("AR", "AR_r"),
]
PLANTED = [
    ("share", "ECOsh", ["ECO", "PIL_r"]),
    ("count-change", "AR_ch", ["AR_r", "AR23"]),
]
