TEXT = """
SCIO briefing on the national education statistics for 2024

Beijing | 10 a.m. June 18, 2025

The State Council Information Office (SCIO) held a press conference Wednesday in Beijing on the statistical bulletin on national education development in 2024.

Speakers

Han Zhongwei, vice minister of education

Liu Peixin, director general of the Department of Development Planning of the Ministry of Education (MOE)

Qiao Mingyue, director general of the Department of Vocational and Adult Education of the MOE

Chairperson

Xing Huiru, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese

Speakers:

Mr. Han Zhongwei, vice minister of education

Mr. Liu Peixin, director general of the Department of Development Planning of the Ministry of Education (MOE)

Ms. Qiao Mingyue, director general of the Department of Vocational and Adult Education of the MOE

Chairperson:

Ms. Xing Huiru, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Date:

June 18, 2025


Xing Huiru:

Ladies and gentlemen, good morning. Welcome to this press conference held by the State Council Information Office. Today, we have invited Mr. Han Zhongwei, vice minister of education, to brief you on the national education statistics for 2024 and to take your questions. Also attending are Mr. Liu Peixin, director general of the Department of Development Planning of the Ministry of Education (MOE), and Ms. Qiao Mingyue, director general of the Department of Vocational and Adult Education of the MOE. Now, I'll give the floor to Mr. Han.

Han Zhongwei:

Thank you. Good morning, friends from the media. Every year the statistical bulletin tells us how many schools, students and teachers the country has, and every year people read it for a different reason. This year I would ask you to read it with one question in mind: what does a changing population mean for our classrooms? Let me give you the main figures first.

In 2024, China had {487,600|schools|SCH} schools of all levels and types, {10,700|schools|SCH_ch} fewer than the year before, when there were {498,300|schools|SCH_prev}. They enrolled {286.7|students|STU} million students in academic education and employed {18.85|teachers|TCH} million full-time teachers. The system is getting smaller at the bottom and larger at the top, and that is the single most important fact in this year's figures.

Start with preschool. There were {253,300|kindergartens|KG} kindergartens, down {7.7|p|KG_gr}%, and they looked after {35.84|children|PRE} million children, {5.09|children|PRE_ch} million fewer than in 2023, a decline of {12.4|p|PRE_gr}%. Behind this is the smaller number of births since 2017. Yet the gross enrollment ratio in preschool education rose to {92|p|PRE_GER}%, and inclusive kindergartens, public or private but charging regulated fees, numbered {232,000|kindergartens|INC}, or {91.6|p|INC_sh}% of all kindergartens.

Compulsory education served {159.8|students|CE} million students in {191,400|schools|CE_S} schools. The {139,100|schools|PS} primary schools had {106.5|pupils|PS_STU} million pupils, and the {52,300|schools|JS} junior secondary schools had {53.3|students|JS_STU} million students. The consolidation rate of nine-year compulsory education, the share of children who start primary school and finish junior secondary school, reached {95.9|p|CONS}%.

At the senior secondary level, {42.6|students|SS} million students were enrolled: {29.2|students|GH} million in general senior high schools and {13.4|students|SV} million in secondary vocational schools. The gross enrollment ratio for senior secondary education was {92.0|p|SS_GER}%.

Higher education kept growing. Total enrollment in higher education reached {48.46|students|HE} million, and the gross enrollment ratio rose to {60.8|p|HE_GER}%. There were {3,119|institutions|HEI} institutions of higher education, {2,868|institutions|RHEI} regular institutions and {251|institutions|AHEI} institutions for adults. Regular institutions admitted {10.68|students|NE} million new undergraduate and junior college students, up {5.2|p|NE_gr}%. Postgraduate enrollment came to {4.09|students|PG} million.

On funding, total investment in education reached {6.82|y|EXP} trillion yuan, up {5.6|p|EXP_gr}%. Of that, government funds, what we call national fiscal funds for education, came to {5.42|y|FIS} trillion yuan, up {6.7|p|FIS_gr}%. That was {4.02|p|FIS_GDP}% of the GDP of {134.91|y|GDP} trillion yuan, the 13th consecutive year above {4|p|FIS_GDP_r}%. The other {1.40|y|OTH} trillion yuan came from tuition, donations and other sources, up {1.6|p|OTH_gr}%.

These figures are the result of work by local governments, schools and millions of teachers. My colleagues and I are happy to take your questions. Thank you.

Xing Huiru:

Thank you, Mr. Han. The floor is now open for questions. Please state your news organization before asking your question.

_ueditor_page_break_tag_

China Daily:

Nearly {36|children|q_PRE} million children are in kindergartens, over {5|children|q_PRE_ch} million fewer than a year before. Are kindergartens closing, and what happens to their teachers? Thank you.

Liu Peixin:

Thank you. Yes, some are closing, and I would rather say so plainly. The number of kindergartens fell by {21,100|kindergartens|KG_ch} in one year. Most of those were small private kindergartens in cities, and in many places two kindergartens have been merged into one. Full-time kindergarten teachers numbered {2.98|teachers|PRE_T} million, so there are now {12.0|children|PRE_R} children per teacher, which is a better ratio than we have ever had.

The gross enrollment ratio rose {0.9|pp|PRE_GER_acc} percentage point, from {91.1|p|PRE_GER_prev}% in 2023. With fewer children, the ratio rises even when the number of places stays the same, so this is not a figure to celebrate too loudly. What we want is to use the spare places well. Some kindergartens are now taking children aged 2 to 3, and we will keep the great majority of children in inclusive kindergartens. Thank you.

_ueditor_page_break_tag_

Xinhua News Agency:

Falling numbers in kindergartens will reach primary schools soon. How large is the change in compulsory education? Thank you.

Liu Peixin:

Thank you. It has started already. Primary schools admitted {16.21|first-graders|PS_NE} million first-graders last year, down {13.9|p|PS_NE_gr}%, and the total number of pupils fell for the first time in a decade. The {106.5|pupils|PS_STU_r} million primary pupils were taught by {6.58|teachers|PS_T} million full-time teachers, {16.2|pupils|PS_R} pupils per teacher. In junior secondary schools, {4.05|teachers|JS_T} million full-time teachers taught the {53.3|students|JS_STU_r} million students, or {13.2|students|JS_R} students per teacher.

Primary schools account for {72.7|p|PS_sh}% of the schools in compulsory education and for about {67|p|PS_STU_sh}% of its students. Junior secondary schools will feel the change in about six years. We are planning the school network county by county, so that teachers can move where the children are. Thank you.

_ueditor_page_break_tag_

CCTV:

Total investment in education was about {6.8|y|q_EXP} trillion yuan. How is the money divided, and will the {4|p|q_GOAL}% goal hold when growth slows? Thank you.

Han Zhongwei:

Thank you. The goal will hold. Fiscal funds for education were more than {5.4|y|FIS_r} trillion yuan, {340|y|FIS_ch} billion yuan more than in 2023, and they made up {79.5|p|FIS_sh}% of total investment. Because they grew faster than the other sources, their share rose by {0.8|pp|FIS_shch} percentage point, and they added {5.3|pp|FIS_contr} percentage points to the {5.6|p|EXP_gr_r}% growth in total investment. In all, total investment rose by about {360|y|EXP_ch} billion yuan.

Compulsory education received {2.63|y|CE_EXP} trillion yuan, or {48.5|p|CE_EXP_sh}% of fiscal funds, and higher education {1.24|y|HE_EXP} trillion yuan. In most provinces, the funding standard for higher vocational colleges is now between {12,000|y|HV_lo} and {15,000|y|HV_hi} yuan per student a year. Average general public budget spending per primary pupil was {14,620|y|PS_PSX} yuan, up {3.1|p|PS_PSX_gr}%. Thank you.

_ueditor_page_break_tag_

Guangming Daily:

The gross enrollment ratio in higher education is above {60|p|q_HE_GER}%. What comes next after mass higher education? Thank you.

Han Zhongwei:

Thank you. The ratio was {60.2|p|HE_GER_prev}% in 2023, so it rose {0.6|pp|HE_GER_acc} percentage point last year. With more than {48|students|HE_r} million students, our higher education system is the largest in the world, and the question now is quality rather than size.

Of the {2,868|institutions|RHEI_r} regular institutions, {1,308|institutions|UGI} offer undergraduate programs and {1,560|institutions|HVC} are higher vocational colleges. Full-time teachers in higher education numbered {2.12|teachers|HE_T} million, up {2.4|p|HE_T_gr}%, or {50,000|teachers|HE_T_ch} more than a year earlier. Thank you.

_ueditor_page_break_tag_

China Education Daily:

Could you give more details on vocational education? Many parents still see it as a second choice. Thank you.

Qiao Mingyue:

Thank you. I understand the feeling, and the figures show that it is changing. Secondary vocational schools had {13.4|students|SV_r} million students, {31.5|p|SV_sh}% of all senior secondary students, and admitted {4.38|students|SV_NE} million new students.

In higher education, the junior college programs of our vocational colleges admitted {5.89|students|JC_NE} million students, up {7.9|p|JC_gr}%, while undergraduate programs admitted {4.79|students|UG_NE} million, up {2.1|p|UG_gr}%. Junior college admissions grew {5.8|pp|JC_gap} percentage points faster, and they contributed {4.2|pp|JC_contr} percentage points to the growth in admissions. Admissions rose by {528,000|students|NE_ch} in all, and {431,000|students|JC_ch} of the increase, or {81.6|p|JC_ch_sh}%, came from junior college programs. They now make up {55.1|p|JC_sh}% of the {10.68|students|NE_r} million new students, {1.4|pp|JC_shch} percentage points more than a year earlier. Vocational undergraduate programs, a new type of degree, admitted {87,000|students|VUG} students.

Teachers with both teaching and industry qualifications made up {56.2|p|DQ_sh}% of full-time teachers in vocational colleges. We want more of them. Thank you.

_ueditor_page_break_tag_

The Paper:

A record number of graduates will leave college this year. How many graduated last year, and how many postgraduates are there? Thank you.

Liu Peixin:

Thank you. Some {11.8|graduates|q_GRAD} million college graduates left school in 2024, {11.79|graduates|GRAD} million to be precise. The class of 2025 numbers {12.22|graduates|GRAD25} million, {430,000|graduates|GRAD_ch} more, an increase of {3.6|p|GRAD_gr}%.

On postgraduates. In 2022 we admitted {1.24|postgraduates|PG22} million new postgraduates, in 2023 {1.30|postgraduates|PG23} million and last year {1.35|postgraduates|PGNE} million, about {1.3|postgraduates|PG_avg} million a year on average. Last year's intake was made up of {170,000|students|DOC} doctoral students and {1.18|students|MAS} million master's students, so doctoral students were {12.6|p|DOC_sh}% of new postgraduates. Total postgraduate enrollment of {4.09|students|PG_r} million was {210,000|students|PG_ch} more than a year earlier, up {5.4|p|PG_gr}%. Thank you.

_ueditor_page_break_tag_

Beijing Youth Daily:

Private schools have had a difficult few years. How many are left? Thank you.

Liu Peixin:

Thank you. There were {161,600|schools|PRV} private schools of all types, {6,200|schools|PRV_ch} fewer than in 2023, down {3.7|p|PRV_gr}%. They taught {48.1|students|PRV_STU} million students, or {18.6|p|PRV_sh_bad}% of the students in the whole country.

Most private schools are kindergartens: {132,500|kindergartens|PRV_KG} of them, {52.3|p|PRV_KG_sh}% of all kindergartens. The other {29,100|schools|PRV_OTH} private schools range from primary schools to universities. Private institutions of higher education numbered {789|institutions|PRV_HEI}, and they are not in decline. Under Article 19 of the Law on the Promotion of Privately-run Schools, a for-profit school may not offer compulsory education, and we have kept to that rule. Thank you.

_ueditor_page_break_tag_

Economic Daily:

What does all this mean for teachers, and for universities over the next decade? Thank you.

Han Zhongwei:

Thank you. Schools of all kinds employed close to {19|teachers|q_TCH} million full-time teachers. The total fell by {70,000|teachers|TCH_ch}, or {0.4|p|TCH_gr}%, almost all of it in kindergartens, while universities still hired. With {4.9|students|PG_bad} million postgraduate students and the gross enrollment ratio in higher education at {60.8|p|HE_GER_r}%, the pressure has moved upward, and that is where we will put resources. Thank you.

Xing Huiru:

That concludes today's press conference. Thank you, Mr. Han, Mr. Liu and Ms. Qiao, and thank you all.

Translated and edited by Zhao Wenjing, Fang Yu and Clare Whitfield. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Xing Huiru

/4\u00a0\u00a0\u00a0\u00a0Han Zhongwei

/4\u00a0\u00a0\u00a0\u00a0Liu Peixin

/4\u00a0\u00a0\u00a0\u00a0Qiao Mingyue
"""

R = "restatement"
RELATIONS = [
    # sum
    ("sum", [("STU", "total"), ("PRE", "part"), ("CE", "part"), ("SS", "part"), ("HE", "part")]),
    ("sum", [("CE", "total"), ("PS_STU", "part"), ("JS_STU", "part")]),
    ("sum", [("CE_S", "total"), ("PS", "part"), ("JS", "part")]),
    ("sum", [("SS", "total"), ("GH", "part"), ("SV", "part")]),
    ("sum", [("HEI", "total"), ("RHEI", "part"), ("AHEI", "part")]),
    ("sum", [("RHEI_r", "total"), ("UGI", "part"), ("HVC", "part")]),
    ("sum", [("EXP", "total"), ("FIS", "part"), ("OTH", "part")]),
    ("sum", [("NE_r", "total"), ("JC_NE", "part"), ("UG_NE", "part")]),
    ("sum", [("PGNE", "total"), ("DOC", "part"), ("MAS", "part")]),
    ("sum", [("PRV", "total"), ("PRV_KG", "part"), ("PRV_OTH", "part")]),
    # share
    ("share", [("INC_sh", "share"), ("INC", "part"), ("KG", "whole")]),
    ("share", [("FIS_GDP", "share"), ("FIS", "part"), ("GDP", "whole")]),
    ("share", [("FIS_sh", "share"), ("FIS", "part"), ("EXP", "whole")]),
    ("share", [("CE_EXP_sh", "share"), ("CE_EXP", "part"), ("FIS", "whole")]),
    ("share", [("PS_sh", "share"), ("PS", "part"), ("CE_S", "whole")]),
    ("share", [("PS_STU_sh", "share"), ("PS_STU_r", "part"), ("CE", "whole")]),
    ("share", [("SV_sh", "share"), ("SV_r", "part"), ("SS", "whole")]),
    ("share", [("JC_sh", "share"), ("JC_NE", "part"), ("NE_r", "whole")]),
    ("share", [("JC_ch_sh", "share"), ("JC_ch", "part"), ("NE_ch", "whole")]),
    ("share", [("DOC_sh", "share"), ("DOC", "part"), ("PGNE", "whole")]),
    ("share", [("PRV_KG_sh", "share"), ("PRV_KG", "part"), ("KG", "whole")]),
    # gap
    ("gap", [("JC_gap", "gap"), ("JC_gr", "rate"), ("UG_gr", "base-rate")]),
    # restatement
    (R, [("PRE", "first"), ("q_PRE", "restated")]),
    (R, [("PRE_ch", "first"), ("q_PRE_ch", "restated")]),
    (R, [("PS_STU", "first"), ("PS_STU_r", "restated")]),
    (R, [("JS_STU", "first"), ("JS_STU_r", "restated")]),
    (R, [("EXP", "first"), ("q_EXP", "restated")]),
    (R, [("FIS", "first"), ("FIS_r", "restated")]),
    (R, [("EXP_gr", "first"), ("EXP_gr_r", "restated")]),
    (R, [("FIS_GDP", "first"), ("FIS_GDP_r", "restated")]),
    (R, [("HE_GER", "first"), ("q_HE_GER", "restated")]),
    (R, [("HE_GER", "first"), ("HE_GER_r", "restated")]),
    (R, [("HE", "first"), ("HE_r", "restated")]),
    (R, [("RHEI", "first"), ("RHEI_r", "restated")]),
    (R, [("SV", "first"), ("SV_r", "restated")]),
    (R, [("NE", "first"), ("NE_r", "restated")]),
    (R, [("q_GRAD", "first"), ("GRAD", "restated")]),
    (R, [("PG", "first"), ("PG_r", "restated")]),
    (R, [("TCH", "first"), ("q_TCH", "restated")]),
    # growth
    ("growth", [("EXP_gr", "total-growth"), ("FIS", "part"), ("FIS_gr", "part-growth"), ("OTH", "part"), ("OTH_gr", "part-growth")]),
    ("growth", [("NE_gr", "total-growth"), ("JC_NE", "part"), ("JC_gr", "part-growth"), ("UG_NE", "part"), ("UG_gr", "part-growth")]),
    # share-change
    ("share-change", [("FIS_shch", "change"), ("FIS", "part"), ("EXP", "whole"), ("FIS_gr", "part-growth"), ("EXP_gr", "whole-growth")]),
    ("share-change", [("JC_shch", "change"), ("JC_sh", "share"), ("JC_gr", "part-growth"), ("NE_gr", "whole-growth")]),
    # acceleration
    ("acceleration", [("PRE_GER_acc", "change"), ("PRE_GER", "later-rate"), ("PRE_GER_prev", "earlier-rate")]),
    ("acceleration", [("HE_GER_acc", "change"), ("HE_GER", "later-rate"), ("HE_GER_prev", "earlier-rate")]),
    # contribution
    ("contribution", [("FIS_contr", "contribution"), ("FIS", "part"), ("FIS_gr", "part-growth"), ("EXP", "whole"), ("EXP_gr", "whole-growth")]),
    ("contribution", [("JC_contr", "contribution"), ("JC_NE", "part"), ("JC_gr", "part-growth"), ("NE_r", "whole"), ("NE_gr", "whole-growth")]),
    # absolute-change
    ("absolute-change", [("FIS_ch", "change"), ("FIS", "level"), ("FIS_gr", "growth")]),
    ("absolute-change", [("EXP_ch", "change"), ("EXP", "level"), ("EXP_gr", "growth")]),
    ("absolute-change", [("NE_ch", "change"), ("NE_r", "level"), ("NE_gr", "growth")]),
    ("absolute-change", [("JC_ch", "change"), ("JC_NE", "level"), ("JC_gr", "growth")]),
    # average
    ("average", [("PRE_R", "average"), ("PRE", "total"), ("PRE_T", "count")]),
    ("average", [("PS_R", "average"), ("PS_STU_r", "total"), ("PS_T", "count")]),
    ("average", [("JS_R", "average"), ("JS_STU_r", "total"), ("JS_T", "count")]),
    ("average", [("PG_avg", "average"), ("PG22", "item"), ("PG23", "item"), ("PGNE", "item")]),
    # count-change
    ("count-change", [("SCH", "count"), ("SCH_ch", "change"), ("SCH_prev", "previous")]),
    ("count-change", [("KG", "count"), ("KG_ch", "change"), ("KG_gr", "growth")]),
    ("count-change", [("PRE", "count"), ("PRE_ch", "change"), ("PRE_gr", "growth")]),
    ("count-change", [("TCH", "count"), ("TCH_ch", "change"), ("TCH_gr", "growth")]),
    ("count-change", [("HE_T", "count"), ("HE_T_ch", "change"), ("HE_T_gr", "growth")]),
    ("count-change", [("GRAD25", "count"), ("GRAD_ch", "change"), ("GRAD_gr", "growth")]),
    ("count-change", [("GRAD25", "count"), ("GRAD_ch", "change"), ("GRAD", "previous")]),
    ("count-change", [("PG_r", "count"), ("PG_ch", "change"), ("PG_gr", "growth")]),
    ("count-change", [("PRV", "count"), ("PRV_ch", "change"), ("PRV_gr", "growth")]),
]
PLANTED = [
    ("share", "PRV_sh_bad", ["PRV_STU", "STU"]),
    ("restatement", "PG_bad", ["PG"]),
]
