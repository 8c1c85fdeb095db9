TEXT = """
SCIO press conference on the summer grain harvest and the agricultural and rural economy in H1 2025

Beijing | 10 a.m. Aug 21, 2025

The State Council Information Office (SCIO) held a press conference Thursday in Beijing on the summer grain harvest of 2025 and the performance of the agricultural and rural economy in the first half of the year.

Speakers

Mao Jinghua, vice minister of Agriculture and Rural Affairs

Ren Qiuyan, director general of the Department of Rural Socio-Economic Surveys of the National Bureau of Statistics (NBS)

Pan Wenlu, director general of the Department of Crop Production of the Ministry of Agriculture and Rural Affairs (MARA)

Yan Shoucheng, director general of the Bureau of Animal Husbandry and Veterinary Medicine of the MARA

Chairperson

Hou Yuanqing, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Read in Chinese

Speakers:

Mr. Mao Jinghua, vice minister of Agriculture and Rural Affairs

Ms. Ren Qiuyan, director general of the Department of Rural Socio-Economic Surveys of the National Bureau of Statistics (NBS)

Mr. Pan Wenlu, director general of the Department of Crop Production of the Ministry of Agriculture and Rural Affairs (MARA)

Ms. Yan Shoucheng, director general of the Bureau of Animal Husbandry and Veterinary Medicine of the MARA

Chairperson:

Mr. Hou Yuanqing, deputy director general of the Press Bureau of the State Council Information Office (SCIO) and spokesperson of the SCIO

Date:

Aug 21, 2025


Hou Yuanqing:

Ladies and gentlemen, good morning. Welcome to this press conference of the State Council Information Office. Today we have invited Mr. Mao Jinghua, vice minister of Agriculture and Rural Affairs, to brief you on this year's summer grain harvest and on the agricultural and rural economy in the first half, and to answer your questions. He is joined by Ms. Ren Qiuyan of the National Bureau of Statistics, and by Mr. Pan Wenlu and Ms. Yan Shoucheng of the Ministry of Agriculture and Rural Affairs.

Mr. Mao, please.

Mao Jinghua:

Thank you, Mr. Hou. Good morning, friends from the media. Every summer the first thing we look at is the rice bowl, so let me start in the wheat fields and then move on to the pig farms, the fish ponds and the farmers' pockets.

This year's summer grain harvest came in at {149.74|tonnes|SG} million tonnes, {154,000|tonnes|SG_ch} tonnes less than in 2024, a slight decline of {0.1|p|SG_gr}%. The sown area shrank a little, but the yield per hectare rose, and that is what held the harvest steady in a year of spring drought in the north. Wheat, the backbone of the summer harvest, came to {138.19|tonnes|W} million tonnes. In the south, the early rice harvest has just ended, with output of {28.29|tonnes|ER} million tonnes, up {0.4|p|ER_gr}%.

The barns are full as well. In the first half, the output of pork, beef, mutton and poultry reached {48.43|tonnes|M} million tonnes, up {2.8|p|M_gr}% year on year. At the end of June there were {424.47|hogs|HOG} million hogs on farms and {40.43|breeding sows|SOW} million breeding sows.

The value added of the primary industry was {3.12|y|VA} trillion yuan. Rural residents' per capita disposable income reached {11,936|y|RI} yuan, up {6.2|p|RI_gr}% in nominal terms, faster than that of urban residents.

In short, the grain is in, meat is plentiful and farmers' incomes keep rising. The second half brings typhoons, floods and the autumn harvest, which is three quarters of the year's grain, so nobody in our ministry is taking a holiday. Thank you.

Hou Yuanqing:

Thank you, Mr. Mao. The floor is now open. Please identify your news organization before asking a question.

_ueditor_page_break_tag_

Xinhua News Agency:

Summer grain output dipped {0.1|p|q_SG_gr}% this year. Did the loss come from the area or from the yield? Thank you.

Ren Qiuyan:

Thank you. Our answer comes from a survey, not from an impression. Before the combines went in, our surveyors measured the sown area plot by plot and cut sample plots in thousands of villages. On that basis, the summer grain sown area was {26.54|hectares|AREA} million hectares, or {398.12|mu|AREA_mu} million mu, {72,300|hectares|AREA_ch} hectares fewer than in 2024, a decrease of {0.3|p|AREA_gr}%.

The yield went the other way. Summer grain averaged {5,641.7|kilograms per hectare|Y} kilograms per hectare, an increase of {9.5|kilograms|Y_ch} kilograms per hectare, or {0.2|p|Y_gr}%. Put plainly, every hectare gave {5.64|tonnes|Y_t} tonnes of grain. The area took a little off, the yield put most of it back, and the net loss was about one thousandth of the harvest.

Wheat made up {92.3|p|W_sh}% of the summer grain. Its output of {138.19|tonnes|W_r} million tonnes was down {0.4|p|W_gr}%, while barley, peas, broad beans, early potatoes and the other summer crops, {11.55|tonnes|OTH} million tonnes in all, grew {3.6|p|OTH_gr}%. Counted in the unit our farmers use, the harvest was about {299.5|jin|JIN} billion jin.

_ueditor_page_break_tag_

CCTV:

There was a serious drought this spring in Henan, Shaanxi and Shanxi. How much damage did it do? Thank you.

Pan Wenlu:

I spent a good part of May in the fields of western Henan, so let me answer from there. From March to May, rainfall in parts of Henan, Shaanxi, Shanxi and Gansu was {40|p|RAIN_lo}% to {70|p|RAIN_hi}% below normal, and at the peak the drought reached deep into the wheat belt. We ran pumps day and night, and many fields were watered twice in the key weeks. Many of the growers I met were past 60, and they carried hoses across the fields themselves.

The central government allocated {1.5|y|FUND} billion yuan for drought relief and for spraying the crop in its last weeks. Of that, {800|y|FUND_a} million yuan went to irrigation and {700|y|FUND_b} million yuan to sprays against dry hot wind and pests.

Henan is the place to look. It produced {37.29|tonnes|HEN} million tonnes of summer grain, {380,000|tonnes|HEN_ch} tonnes less than last year, a fall of {1.0|p|HEN_gr}%. Without irrigation the loss would have been several times larger. Shandong, with better water, raised its output {0.6|p|SD_gr}% to {27.10|tonnes|SD} million tonnes, or about {160,000|tonnes|SD_ch} tonnes more.

_ueditor_page_break_tag_

Farmers' Daily:

The summer harvest is concentrated in a few provinces. How much do the main producers contribute? Thank you.

Ren Qiuyan:

The five big wheat provinces produced {110.64|tonnes|FIVE} million tonnes together, {73.9|p|FIVE_sh}% of the national summer grain. Henan, at {37.29|tonnes|HEN_r} million tonnes, had {24.9|p|HEN_sh}% of the total, and Shandong {18.1|p|SD_sh}%. Between them the two provinces produced {64.39|tonnes|HS} million tonnes, {43.0|p|HS_sh}% of the country's summer grain. Henan's lead over Shandong is narrower than a year ago because of the drought.

Anhui followed with {17.38|tonnes|AH} million tonnes, or {11.6|p|AH_sh}%. Hebei harvested {15.02|tonnes|HEB} million tonnes, {11.0|p|HEB_sh}% of the national total, and Jiangsu {13.85|tonnes|JS} million tonnes, {9.2|p|JS_sh}%. The three of them account for {46.25|tonnes|AHJ} million tonnes.

_ueditor_page_break_tag_

Economic Daily:

What about early rice, and what does the first half mean for the whole year? Thank you.

Pan Wenlu:

Early rice is the first grain of the year in the south, and it had a good season. Output was {28.29|tonnes|ER_r} million tonnes, {110,000|tonnes|ER_ch} tonnes more than last year. It was grown on {4.73|hectares|ER_A} million hectares, so the yield came close to {6|tonnes|ER_Y} tonnes per hectare.

For the year as a whole, the autumn crops are now in the ground. Last year the country harvested {706.50|tonnes|ANN} million tonnes of grain, and summer grain, at {149.89|tonnes|SG0} million tonnes, was {21.2|p|SG0_sh}% of it.

Our task for this year is to hold output at last year's level, and the autumn crops will decide it.

_ueditor_page_break_tag_

China Daily:

Hog prices have been low for months. How large is the pork supply, and is capacity being cut? Thank you.

Yan Shoucheng:

Let me be direct: supply is ample, and that is why prices are low. In the first half, pork output was {30.20|tonnes|PK} million tonnes, up {1.3|p|PK_gr}%, and it made up {62.4|p|PK_sh}% of the {48.43|tonnes|M_r} million tonnes of meat. Pork on its own added {0.8|pp|PK_c} percentage point to the growth of meat output, but its share of meat slipped {0.9|pp|PK_shch} percentage point.

Poultry is the fastest riser. Poultry meat output was {12.46|tonnes|PO} million tonnes, up {6.9|p|PO_gr}%, which is {5.6|pp|PO_PK_gap} percentage points faster than pork. It contributed {1.7|pp|PO_c} percentage points, more than twice as much as pork, and its share of meat rose by about {1|pp|PO_shch} percentage point to {25.7|p|PO_sh}%.

Beef output rose {4.9|p|BF_gr}% to {3.61|tonnes|BF} million tonnes, while mutton dropped {2.0|p|MT_gr}% to {2.16|tonnes|MT} million tonnes.

Now to capacity. At the end of June, the hog inventory stood at {424.47|head|HOG_r} million head, up {2.2|p|HOG_gr}%, or {9.14|head|HOG_ch} million head more than a year earlier. Breeding sows numbered {40.43|head|SOW_r} million, down {0.4|p|SOW_gr}% or some {160,000|head|SOW_ch} head. That is {103.7|p|SOW_sh}% of the normal holding of {39|head|SOW_norm} million head we use as the benchmark, so the herd is still on the high side.

In June, live hogs sold for about {14.6|y|HPR} yuan per kilogram, {3.9|y|HPR_ch} yuan less than a year earlier, a drop of {21.1|p|HPR_gr}%. We have asked the large producers to cut their sows by about a million head and to sell hogs at lighter weights. Cutting early is cheaper than cutting late.

_ueditor_page_break_tag_

Reuters:

What about milk, eggs and aquatic products? Dairy farmers say they are losing money. Thank you.

Yan Shoucheng:

They are, and I will not pretend otherwise. Milk output in the first half was {18.55|tonnes|MILK} million tonnes, down {0.9|p|MILK_gr}%, as farms culled older cows when raw milk sold below cost. Eggs reached {17.19|tonnes|EGG} million tonnes, up {2.1|p|EGG_gr}%. So meat, eggs and milk came to {84.17|tonnes|MEM} million tonnes in six months.

Ren Qiuyan:

If I may add the fishery. Aquatic output was {31.47|tonnes|AQ_r} million tonnes. Farmed products came to {25.62|tonnes|AQC} million tonnes and the catch from seas, rivers and lakes {6.85|tonnes|AQW} million tonnes. Aquaculture now supplies {81.4|p|AQC_sh}% of our fish and seafood.

_ueditor_page_break_tag_

People's Daily:

How much did agriculture add to the economy, and are farmers' incomes still catching up with those of city dwellers? Thank you.

Ren Qiuyan:

The value added of the primary industry reached {3.12|y|VA_r} trillion yuan in the first half, {4.7|p|VA_sh}% of GDP of {66.05|y|GDP} trillion yuan. It grew {3.7|p|VA_gr_r}%, {1.6|pp|VA_gap} percentage points slower than the economy's {5.3|p|GDP_gr}%, and {0.2|pp|VA_acc} percentage point faster than in the first quarter, when it was {3.5|p|VA_gr_q1}%. Agriculture contributed about {0.18|pp|VA_c} percentage point to GDP growth, or about {3.3|p|VA_csh}% of the growth.

On incomes, the answer is yes. Rural residents' per capita disposable income was {11,936|y|RI_r} yuan, nearly {700|y|RI_ch} yuan more than a year earlier. Urban residents had {28,844|y|UI} yuan, up {4.7|p|UI_gr}%, so rural incomes grew {1.5|pp|RI_gap} percentage points faster, and the rural figure is now {41.4|p|RI_sh}% of the urban one. Rural income growth was {0.3|pp|RI_acc} percentage point slower than in the first quarter, when it reached {6.5|p|RI_gr_q1}%.

Where does the money come from? Wages are the largest part, {5,108|y|WAGE} yuan, up {6.0|p|WAGE_gr}%, or {42.8|p|WAGE_sh}% of the total. Net income from farming and other businesses was {3,605|y|BUS} yuan, up {5.8|p|BUS_gr}%; property income {287|y|PROPI} yuan, up {3.1|p|PROPI_gr}%; and transfers such as pensions and subsidies {2,936|y|TRAN} yuan, up {7.4|p|TRAN_gr}%. Wages alone added {2.6|pp|WAGE_c} percentage points to the growth of income.

_ueditor_page_break_tag_

Phoenix TV:

In June wheat traded below the minimum purchase price in some markets. Can farmers sell their grain, and what does this harvest mean for grain security? Thank you.

Pan Wenlu:

The minimum purchase price for wheat this year is {119|y|MPP} yuan per 50 kilograms, {1|y|MPP_ch} yuan higher than the {118|y|MPP0} yuan of 2024. Where the market fell under the floor, state grain companies started purchases at the minimum price, first in Henan and Anhui on June 6. Enterprises of all kinds have been buying steadily since then.

Mao Jinghua:

Let me finish with the rice bowl. Nearly {150|tonnes|q_SG} million tonnes of summer grain, most of it wheat, a yield that rose even in a drought year, and more than {48|tonnes|q_M} million tonnes of meat in six months. Our bowls are filled mainly with our own grain. Grain security is not a slogan; it is built season by season and plot by plot. Farmers with questions about the policies can call the 12316 hotline. Thank you.

Hou Yuanqing:

Thank you, Mr. Mao, Ms. Ren, Mr. Pan and Ms. Yan. Thank you, friends from the media. Today's press conference is concluded. Goodbye.

Translated and edited by Wang Yiran, Zhao Peng and Helen Marsh. In case of any discrepancy between the English and Chinese texts, the Chinese version is deemed to prevail.

/4\u00a0\u00a0\u00a0\u00a0Hou Yuanqing

/4\u00a0\u00a0\u00a0\u00a0Mao Jinghua

/4\u00a0\u00a0\u00a0\u00a0Ren Qiuyan

/4\u00a0\u00a0\u00a0\u00a0Pan Wenlu

/4\u00a0\u00a0\u00a0\u00a0Yan Shoucheng
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
    total("SG", "W_r", "OTH"),
    total("FUND", "FUND_a", "FUND_b"),
    total("HS", "HEN_r", "SD"),
    total("AHJ", "AH", "HEB", "JS"),
    total("FIVE", "HS", "AHJ"),
    total("M_r", "PK", "PO", "BF", "MT"),
    total("MEM", "M_r", "MILK", "EGG"),
    total("RI_r", "WAGE", "BUS", "PROPI", "TRAN"),
    # shares
    share("W_sh", "W_r", "SG"),
    share("SG0_sh", "SG0", "ANN"),
    share("FIVE_sh", "FIVE", "SG"),
    share("HEN_sh", "HEN_r", "SG"),
    share("SD_sh", "SD", "SG"),
    share("HS_sh", "HS", "SG"),
    share("AH_sh", "AH", "SG"),
    share("JS_sh", "JS", "SG"),
    share("PK_sh", "PK", "M_r"),
    share("PO_sh", "PO", "M_r"),
    share("SOW_sh", "SOW_r", "SOW_norm"),
    share("AQC_sh", "AQC", "AQ_r"),
    share("VA_sh", "VA_r", "GDP"),
    share("VA_csh", "VA_c", "GDP_gr"),
    share("RI_sh", "RI_r", "UI"),
    share("WAGE_sh", "WAGE", "RI_r"),
    # gaps
    gap("VA_gap", "GDP_gr", "VA_gr_r"),
    gap("RI_gap", "RI_gr", "UI_gr"),
    gap("PO_PK_gap", "PO_gr", "PK_gr"),
    # accelerations
    accel("VA_acc", "VA_gr_r", "VA_gr_q1"),
    accel("RI_acc", "RI_gr", "RI_gr_q1"),
    # restatements
    same("SG_gr", "q_SG_gr"), same("W", "W_r"), same("HEN", "HEN_r"), same("ER", "ER_r"),
    same("M", "M_r"), same("HOG", "HOG_r"), same("SOW", "SOW_r"), same("VA", "VA_r"),
    same("RI", "RI_r"), same("SG", "q_SG"), same("M", "q_M"),
    # growth of a total from its parts
    growth("SG_gr", "W_r", "W_gr", "OTH", "OTH_gr"),
    growth("M_gr", "PK", "PK_gr", "PO", "PO_gr", "BF", "BF_gr", "MT", "MT_gr"),
    growth("RI_gr", "WAGE", "WAGE_gr", "BUS", "BUS_gr", "PROPI", "PROPI_gr", "TRAN", "TRAN_gr"),
    # share changes
    shchange("PO_shch", "PO_sh", "PO_gr", "M_gr"),
    shchange("PK_shch", "PK_sh", "PK_gr", "M_gr"),
    # contributions
    contrib("PK_c", "PK", "PK_gr", "M_r", "M_gr"),
    contrib("PO_c", "PO", "PO_gr", "M_r", "M_gr"),
    contrib("VA_c", "VA_r", "VA_gr_r", "GDP", "GDP_gr"),
    contrib("WAGE_c", "WAGE", "WAGE_gr", "RI_r", "RI_gr"),
    # absolute changes
    abs_g("SD_ch", "SD", "SD_gr"),
    abs_g("RI_ch", "RI_r", "RI_gr"),
    # averages
    avg_tc("Y_t", "SG", "AREA"),
    avg_tc("ER_Y", "ER_r", "ER_A"),
    # count changes
    cc_p("SG", "SG_ch", "SG0"),
    cc_g("SG", "SG_ch", "SG_gr"),
    cc_g("AREA", "AREA_ch", "AREA_gr"),
    cc_g("Y", "Y_ch", "Y_gr"),
    cc_g("HEN", "HEN_ch", "HEN_gr"),
    cc_g("ER_r", "ER_ch", "ER_gr"),
    cc_g("HOG_r", "HOG_ch", "HOG_gr"),
    cc_g("SOW_r", "SOW_ch", "SOW_gr"),
    cc_g("HPR", "HPR_ch", "HPR_gr"),
    cc_p("MPP", "MPP_ch", "MPP0"),
]
PLANTED = [
    ("share", "HEB_sh", ["HEB", "SG"]),
    ("sum", "AQW", ["AQ_r", "AQC"]),
]
