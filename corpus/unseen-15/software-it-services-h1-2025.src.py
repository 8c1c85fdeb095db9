TEXT = """
SCIO press conference on the performance of the software and information technology services industry in H1 2025

Beijing | 3 p.m. July 24, 2025

The State Council Information Office (SCIO) held a press conference Thursday in Beijing on the performance of the software and information technology services industry in the first half of 2025.

Speakers

Tao Ruqing, vice minister of Industry and Information Technology

Fang Zhiyuan, director general of the Department of Information Technology Development of the Ministry of Industry and Information Technology (MIIT)

Yin Shuhua, director general of the Department of Operation Monitoring and Coordination of the MIIT

Pei Lang, chief engineer of the China Center for Information Industry Development (CCID)

Chairperson

Xie Peiling, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese

Speakers:

Mr. Tao Ruqing, vice minister of Industry and Information Technology

Ms. Fang Zhiyuan, director general of the Department of Information Technology Development of the Ministry of Industry and Information Technology (MIIT)

Mr. Yin Shuhua, director general of the Department of Operation Monitoring and Coordination of the MIIT

Mr. Pei Lang, chief engineer of the China Center for Information Industry Development (CCID)

Chairperson:

Ms. Xie Peiling, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Date:

July 24, 2025


Xie Peiling:

Ladies and gentlemen, good afternoon. Welcome to this press conference held by the State Council Information Office. Today we have invited Mr. Tao Ruqing, vice minister of Industry and Information Technology, to brief you on the software and information technology services industry in the first half of the year and to answer your questions. Also present are Ms. Fang Zhiyuan, director general of the Department of Information Technology Development of the MIIT, Mr. Yin Shuhua, director general of the Department of Operation Monitoring and Coordination of the MIIT, and Mr. Pei Lang, chief engineer of the China Center for Information Industry Development.

Now, I'll give the floor to Mr. Tao.

Tao Ruqing:

Thank you, Ms. Xie. Good afternoon, friends. People used to measure industry in tonnes of steel. Today much of its value is written in lines of code, and the code is written by young people in offices from Shenzhen to Chengdu. Let me start with the overall picture.

In the first half of the year, the software and information technology services industry earned revenue of {7.06|y|REV} trillion yuan, up {11.9|p|REV_gr}% year on year, or about {750|y|REV_ch} billion yuan more than in the same period last year. Total profits were {858.1|y|PRF} billion yuan, up {12.0|p|PRF_gr}%.

Software exports came to {27.11|usd|EXP} billion US dollars, up {5.3|p|EXP_gr}%. The industry has {38,612|enterprises|ENT} enterprises above designated size, which employed {7.62|people|EMP} million people. On average each of them earned about {183|y|ENT_avg} million yuan of revenue in six months.

Basic software and industrial software are getting stronger, open-source communities are growing, and the cloud now carries a large part of the economy. In the second half we will carry out the remaining tasks of the 14th Five-Year Plan, push software into factories and hospitals, and keep the market fair for small developers. Thank you.

Xie Peiling:

Thank you, Mr. Tao. The floor is now open. Please identify your news outlet before asking your question.

_ueditor_page_break_tag_

Xinhua News Agency:

Revenue has topped {7|y|q_REV} trillion yuan and grew nearly {12|p|q_REV_gr}%. Which segments did best? Thank you.

Fang Zhiyuan:

Thank you. I will go segment by segment. Software products earned {1.51|y|SP} trillion yuan, up {10.9|p|SP_gr}%, {21.4|p|SP_sh}% of the total. Information technology services earned {4.88|y|ITS} trillion yuan, up {12.5|p|ITS_gr}%, {69.1|p|ITS_sh}% of the total, a share {0.4|pp|ITS_shch} percentage point higher than a year earlier.

Information security products and services earned {101.7|y|SEC} billion yuan, up {6.2|p|SEC_gr}%, {7.5|pp|SEC_gap} percentage points slower than the industry as a whole. It is {1.4|p|SEC_sh}% of revenue, small but essential. Embedded systems software earned {567.1|y|EMB} billion yuan, up {9.9|p|EMB_gr}%, or {8.0|p|EMB_sh}% of revenue.

So services led. They grew {1.6|pp|ITS_SP_gap} percentage points faster than software products and contributed {8.6|pp|ITS_c} percentage points of the growth. Software products contributed {2.4|pp|SP_c} points.

Pei Lang:

Let me add some detail inside services. Cloud services earned {653.2|y|CLD} billion yuan, up {16.8|p|CLD_gr}%, {13.4|p|CLD_sh}% of information technology services revenue. Big data services earned {879.4|y|BD} billion yuan, up {12.3|p|BD_gr}%. Integrated circuit design earned {234.1|y|ICD} billion yuan, up {16.2|p|ICD_gr}%, about {32.6|y|ICD_ch} billion yuan more.

_ueditor_page_break_tag_

China Daily:

Did growth pick up during the half year, or slow down? Thank you.

Yin Shuhua:

It picked up. Quarter by quarter, then. Revenue in the first quarter was {3.15|y|Q1} trillion yuan, up {10.0|p|Q1_gr}%. The second quarter brought {3.91|y|Q2} trillion yuan, up {13.5|p|Q2_gr}%, {3.5|pp|Q_acc} percentage points faster.

Within the second quarter, revenue grew {12.8|p|M4}% in April, {13.4|p|M5}% in May and {14.2|p|M6}% in June, an average of {13.5|p|M_avg}% a month. June was {0.8|pp|M_acc} percentage point faster than May.

For the first five months cumulative growth was {11.3|p|M15}%, so the half year ended {0.6|pp|H_acc} percentage point higher. The second quarter alone earned close to {4|y|q_Q2} trillion yuan.

Profits moved with revenue. The {858.1|y|PRF_r} billion yuan of profit was {12.2|p|PRF_sh}% of revenue, about {92|y|PRF_ch} billion yuan more than a year before.

_ueditor_page_break_tag_

Economic Daily:

How is the industry spread across the country? Thank you.

Yin Shuhua:

Unevenly, and that is no surprise. The eastern region earned {5.79|y|RE} trillion yuan, up {12.1|p|RE_gr}%, {0.2|pp|RE_gap} percentage point above the national pace. Its share was {82.0|p|RE_sh}% of the national total, {0.1|pp|RE_shch} point higher than a year earlier.

The central region earned {341.5|y|RC} billion yuan, up {10.3|p|RC_gr}%. The western region earned {771.4|y|RW} billion yuan, up {11.6|p|RW_gr}%, or {10.9|p|RW_sh}% of the total. The northeast earned {158.3|y|RNE} billion yuan, up {9.2|p|RNE_gr}%, {2.2|p|RNE_sh}% of the national figure.

The west grew {2.4|pp|RGAP} percentage points faster than the northeast. Chengdu, Chongqing and Xi'an are pulling it along.

Fang Zhiyuan:

If I may add, the four largest provinces, Beijing, Guangdong, Jiangsu and Shandong, earned {4.42|y|TOP4} trillion yuan together, {62.6|p|TOP4_sh}% of the total. The fifteen China Software Cities are where most of it happens. Still, more than {80|p|q_RE_sh}% of revenue in the east is too much in one place, and we are encouraging data centers and service teams to move west.

_ueditor_page_break_tag_

Reuters:

Exports grew just over {5|p|q_EXP_gr}%, much slower than revenue at home. Why? Thank you.

Pei Lang:

Thank you. Exports were {27.11|usd|EXP_r} billion US dollars, up {5.3|p|EXP_gr_r}%, {6.6|pp|EXP_gap} percentage points slower than revenue. Demand abroad is weaker, and some clients are moving work closer to home.

By type, outsourcing services exports were {10.42|usd|EXO} billion dollars, embedded system software exports {6.18|usd|EXE} billion, and games, industrial software and licences the remaining {10.51|usd|EXR} billion. Outsourcing was {38.4|p|EXO_sh}% of the total.

Our engineers are still competitive. Many contracts are priced between {20|usd|RG1} and {40|usd|RG2} US dollars an hour, well below rates in Europe.

Tao Ruqing:

I would only add that exports are not the only measure of openness. Many Chinese apps and games now earn abroad through their own companies overseas, and that revenue does not show up as exports.

_ueditor_page_break_tag_

Science and Technology Daily:

How many companies and people work in the industry, and how much do they earn? Thank you.

Yin Shuhua:

There are {38,612|enterprises|ENT_r} enterprises above designated size, {1,236|enterprises|ENT_ch} more than a year earlier, up {3.3|p|ENT_gr}%. They employed {7.62|people|EMP_r} million people, {210,000|people|EMP_ch} more, an increase of {2.8|p|EMP_gr}%.

Of the employees, {2.41|people|RD} million work in research and development and {5.21|people|NRD} million in other jobs. R&D staff are {31.6|p|RD_sh}% of the workforce.

The payroll came to {731.5|y|PAY} billion yuan, an average of about {96,000|y|PAY_avg} yuan per person for the six months. More than half of our engineers are aged 25 to 35.

Pei Lang:

Let me add open source, because that is where many young engineers learn. Gitee, the largest domestic code-hosting platform, has more than {13.5|developers|DEV} million developers and {36|repositories|REPO} million repositories. OpenHarmony 5.0 now runs on more than {1,100|device models|OHD} device models.

_ueditor_page_break_tag_

CCTV:

Cloud services grew more than {16|p|q_CLD_gr}%. Is artificial intelligence behind it? Thank you.

Tao Ruqing:

Largely, yes. Training and running models needs computing power, and most companies rent it. Cloud services contributed {2.2|pp|CLD_c} percentage points of the growth of information technology services. Big data services grew {4.5|pp|CLD_BD_gap} percentage points slower than cloud, but they are larger.

Cloud, big data and chip design together earned {1.97|y|THREE} trillion yuan, and chip design alone exceeded {230|y|q_ICD} billion yuan.

Fang Zhiyuan:

I would add industrial software. Its revenue was {148.6|y|INDSW} billion yuan, up {8.7|p|INDSW_gr}%. And information security topped {100|y|q_SEC} billion yuan in half a year for the first time.

_ueditor_page_break_tag_

The Paper:

There seem to be nearly {2.6|apps|q_APPS} million apps on the market. Is the number still growing? Thank you.

Fang Zhiyuan:

No, it is shrinking, and that is healthy. At the end of June we monitored {2.58|apps|APPS} million apps, down from {2.64|apps|APPS0} million at the end of last year, {60,000|apps|APPS_ch} fewer. Of them, {1.05|apps|APPSG} million were games, {40.7|p|APPSG_sh}% of the total. Copycat and abandoned apps are leaving.

People who find harmful or fraudulent apps can report them to the 12321 hotline.

Tao Ruqing:

Let me close with three figures. Revenue above seven trillion yuan, close to {860|y|q_PRF} billion yuan of profit and about {70|p|q_ITS_sh}% of it all from services. The industry has become a service industry, and our policy has to follow. Thank you.

Xie Peiling:

Thank you, Mr. Tao, Ms. Fang, Mr. Yin and Mr. Pei. Thank you, friends from the media. Today's press conference is concluded. Goodbye.

Translated and edited by Liu Qian, Ma Xiaodong and Sarah Benson. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Xie Peiling

/4\u00a0\u00a0\u00a0\u00a0Tao Ruqing

/4\u00a0\u00a0\u00a0\u00a0Fang Zhiyuan

/4\u00a0\u00a0\u00a0\u00a0Yin Shuhua

/4\u00a0\u00a0\u00a0\u00a0Pei Lang
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
    total("REV", "SP", "ITS", "SEC", "EMB"),
    total("REV", "Q1", "Q2"),
    total("REV", "RE", "RC", "RW", "RNE"),
    total("EXP_r", "EXO", "EXE", "EXR"),
    total("EMP_r", "RD", "NRD"),
    # shares
    share("SP_sh", "SP", "REV"),
    share("ITS_sh", "ITS", "REV"),
    share("SEC_sh", "SEC", "REV"),
    share("EMB_sh", "EMB", "REV"),
    share("CLD_sh", "CLD", "ITS"),
    share("PRF_sh", "PRF_r", "REV"),
    share("RE_sh", "RE", "REV"),
    share("RW_sh", "RW", "REV"),
    share("RNE_sh", "RNE", "REV"),
    share("TOP4_sh", "TOP4", "REV"),
    share("EXO_sh", "EXO", "EXP_r"),
    share("RD_sh", "RD", "EMP_r"),
    share("APPSG_sh", "APPSG", "APPS"),
    # gaps
    gap("ITS_SP_gap", "ITS_gr", "SP_gr"),
    gap("RE_gap", "RE_gr", "REV_gr"),
    gap("RGAP", "RW_gr", "RNE_gr"),
    gap("EXP_gap", "EXP_gr_r", "REV_gr"),
    gap("CLD_BD_gap", "CLD_gr", "BD_gr"),
    # restatements
    same("REV", "q_REV"), same("REV_gr", "q_REV_gr"), same("PRF", "PRF_r"), same("PRF", "q_PRF"),
    same("EXP", "EXP_r"), same("EXP_gr", "EXP_gr_r"), same("EXP_gr", "q_EXP_gr"), same("ENT", "ENT_r"),
    same("EMP", "EMP_r"), same("CLD_gr", "q_CLD_gr"), same("APPS", "q_APPS"), same("ITS_sh", "q_ITS_sh"),
    same("RE_sh", "q_RE_sh"), same("Q2", "q_Q2"), same("ICD", "q_ICD"), same("SEC", "q_SEC"),
    # growth of a total from its parts
    growth("REV_gr", "SP", "SP_gr", "ITS", "ITS_gr", "SEC", "SEC_gr", "EMB", "EMB_gr"),
    growth("REV_gr", "Q1", "Q1_gr", "Q2", "Q2_gr"),
    growth("REV_gr", "RE", "RE_gr", "RC", "RC_gr", "RW", "RW_gr", "RNE", "RNE_gr"),
    # share changes
    shchange("ITS_shch", "ITS_sh", "ITS_gr", "REV_gr"),
    shchange("RE_shch", "RE_sh", "RE_gr", "REV_gr"),
    # accelerations
    accel("Q_acc", "Q2_gr", "Q1_gr"),
    accel("M_acc", "M6", "M5"),
    accel("H_acc", "REV_gr", "M15"),
    # contributions
    contrib("ITS_c", "ITS", "ITS_gr", "REV", "REV_gr"),
    contrib("SP_c", "SP", "SP_gr", "REV", "REV_gr"),
    contrib("CLD_c", "CLD", "CLD_gr", "ITS", "ITS_gr"),
    # absolute changes
    abs_g("REV_ch", "REV", "REV_gr"),
    abs_g("PRF_ch", "PRF_r", "PRF_gr"),
    abs_g("ICD_ch", "ICD", "ICD_gr"),
    # averages
    avg_items("M_avg", "M4", "M5", "M6"),
    avg_tc("PAY_avg", "PAY", "EMP_r"),
    avg_tc("ENT_avg", "REV", "ENT"),
    # count changes
    cc_g("ENT_r", "ENT_ch", "ENT_gr"),
    cc_g("EMP_r", "EMP_ch", "EMP_gr"),
    cc_p("APPS", "APPS_ch", "APPS0"),
]
PLANTED = [
    ("gap", "SEC_gap", ["SEC_gr", "REV_gr"]),
    ("sum", "THREE", ["CLD", "BD", "ICD"]),
]
