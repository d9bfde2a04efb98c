import { describe, expect, it } from 'vitest';
import { actOnObject, countsHeadOf, countsWider, heldOverYears, levelReached, missingIn, namesEveryWord, namesListed, namesMore, rateReached, scopeDifference, wordsApart } from '../../src/compare/scope.js';
import type { PlacedSide } from '../../src/compare/scope.js';

/** One side as the pipeline makes it: the sentence as printed, the figure's surface and its label. */
function side(sentence: string, surface: string, label: string, value = 0): PlacedSide {
  return { value, valueMax: null, qualifier: 'exact', surface, label, sentence, start: 0, period: null, at: sentence.indexOf(surface) };
}

/** The value is given only where the case is about sizes. */
type Side = [sentence: string, surface: string, label: string, value?: number];

// [what the case shows, target (a plan's sentence), outcome (a review's sentence), rule or null, the verdict it keeps].
// Sentences from corpus/ as printed; the report each comes from is in the comment.
const cases: Array<[string, Side, Side, string | null, 'met' | 'missed' | null]> = [
  [
    'an addition of the year against a total over five years', // hunan 2025 → 2026
    ['构建汛旱并防与耕地置换协同推进机制，新增建设和改造提升高标准农田300万亩以上', '300万亩', '新增建设和改造提升高标准农田'],
    ['粮食综合生产能力稳步提升，粮食播种面积稳定在7100万亩以上，累计建成高标准农田4397万亩、推广镉低积累水稻种植面积超600万亩', '4397万亩', '建成高标准农田'],
    'scope:added-vs-total', null,
  ],
  [
    'a total against an addition', // hunan 2025; chongqing 2026
    ['培育和支持创新型企业、科技领军企业、科技型中小企业发展，高新技术企业总量突破1.8万家', '1.8万家', '高新技术企业总量'],
    ['新增高新技术企业3000家、专精特新企业1000家左右', '3000家', '新增高新技术企业'],
    'scope:added-vs-total', null,
  ],
  [
    'of one sentence, the total after the addition is a total', // a 2025 review
    ['新增国家级农业龙头企业16家、总数达到98家', '16家', '新增国家级农业龙头企业'],
    ['新增国家级农业龙头企业16家、总数达到98家', '98家', '总数'],
    'scope:added-vs-total', null,
  ],
  [
    'a measure named with 新增 in front counts the addition', // national 2020; national 2023
    ['今年继续执行下调增值税税率和企业养老保险费率等制度，新增减税降费约5000亿元', '5000亿元', '新增减税降费'],
    ['减税降费公平普惠、高效直达，五年累计减税5.4万亿元、降费2.8万亿元，既帮助企业渡过难关、留得青山', '5.4万亿元', '五年累计减税'],
    'scope:added-vs-total', null,
  ],
  [
    'the year\'s new cuts against all cuts of the year, named by the measure without 新增', // national 2020 → 2021
    ['今年继续执行下调增值税税率和企业养老保险费率等制度，新增减税降费约5000亿元', '5000亿元', '新增减税降费'],
    ['实施阶段性大规模减税降费，与制度性安排相结合，全年为市场主体减负超过2.6万亿元，其中减免社保费1.7万亿元', '2.6万亿元', '全年为市场主体减负'],
    'scope:added-vs-total', null,
  ],
  [
    'new cuts against new cuts', // national 2020; national 2023
    ['今年继续执行下调增值税税率和企业养老保险费率等制度，新增减税降费约5000亿元', '5000亿元', '新增减税降费'],
    ['全年增值税留抵退税超过2.4万亿元，新增减税降费超过1万亿元，缓税缓费7500多亿元', '1万亿元', '新增减税降费'],
    null, null,
  ],
  [
    'the name of the measure holds 新增: no scope word', // hunan 2025 → 2026
    ['今年经济社会发展主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业70万人', '70万人', '城镇新增就业'],
    ['全方位促进就业创业。城镇新增就业82.7万人，农村劳动力转移就业1697.7万人', '82.7万人', '城镇新增就业'],
    null, null,
  ],
  [
    'new starts against new starts', // national 2021 → 2022
    ['政府投资更多向惠及面广的民生项目倾斜，新开工改造城镇老旧小区5.3万个，提升县城公共服务水平', '5.3万个', '新开工改造城镇老旧小区'],
    ['新开工改造城镇老旧小区5.6万个，惠及近千万家庭', '5.6万个', '新开工改造城镇老旧小区'],
    null, null,
  ],
  [
    'a total against a total reached', // shandong 2025 → 2026
    ['高速公路通车里程突破9300公里', '9300公里', '高速公路通车里程'],
    ['高速公路由7473公里增至9310公里、八车道里程全国第一', '9310公里', '高速公路由7473公里增至'],
    null, null,
  ],
  [
    'one tax measure against taxes and fees together', // national 2017; national 2020
    ['全年再减少企业税负3500亿元左右、涉企收费约2000亿元', '3500亿元', '减少企业税负'],
    ['减税降费2.36万亿元，超过原定的近2万亿元规模，制造业和小微企业受益最多', '2.36万亿元', '减税降费'],
    'scope:single-vs-combined', 'missed',
  ],
  [
    'tax cuts against taxes and fees together, both for 企业和个人: who gains is no sum', // national 2018 → 2019
    ['全年再为企业和个人减税8000多亿元，促进实体经济转型升级', '8000多亿元', '再为企业和个人减税'],
    ['全年为企业和个人减税降费约1.3万亿元', '1.3万亿元', '为企业和个人减税降费'],
    'scope:single-vs-combined', 'missed',
  ],
  [
    'taxes and fees against taxes and fees', // national 2019 → 2020
    ['全年减轻企业税收和社保缴费负担近2万亿元', '2万亿元', '减轻企业税收和社保缴费负担'],
    ['减税降费2.36万亿元，超过原定的近2万亿元规模，制造业和小微企业受益最多', '2.36万亿元', '减税降费'],
    null, null,
  ],
  [
    'national and provincial firms summed against national ones', // a 2025 review; heilongjiang 2026
    ['新增国家级农业龙头企业16家、总数达到98家', '16家', '新增国家级农业龙头企业'],
    ['农产品精深加工业加快发展，新增国家级和省级龙头企业74家，农产品加工营收超4500亿元、增长10%以上', '74家', '新增国家级和省级龙头企业'],
    'scope:single-vs-combined', 'missed',
  ],
  [
    'one investment against three summed, the names listed in the clause', // shandong 2025 → 2026
    ['今年力争交通、水利分别完成投资2500亿元、800亿元', '800亿元', '水利完成投资'],
    ['交通、能源、水利完成投资5400多亿元，董家口至五莲铁路及胶新铁路扩能改造、招远核电一期等项目开工', '5400多亿元', '水利完成投资'],
    'scope:single-vs-combined', 'missed',
  ],
  [
    '和 of 和美乡村 joins nothing', // chongqing 2026
    ['新建和美乡村250个', '250个', '新建和美乡村'],
    ['新建和美乡村250个', '250个', '新建和美乡村'],
    null, null,
  ],
  [
    '惠及 of a longer label joins nothing', // shandong 2025 → 2026
    ['完成非直供电小区改造100万户', '100万户', '非直供电小区改造'],
    ['“非直供电小区”改造惠及群众106万户', '106万户', '非直供电小区改造惠及群众'],
    null, null,
  ],
  [
    'a part after 其中', // anhui 2025 → 2026
    ['中国（安徽）自贸试验区推出全国首创制度创新成果12项', '12项', '自贸试验区推出全国首创制度创新成果'],
    ['中国（安徽）自贸试验区累计推出259项制度创新成果，其中56项为全国首创', '56项', '其中'],
    'scope:part-of-whole', 'met',
  ],
  [
    'a narrower thing named after 其中 is a part of the whole the target counts', // national 2000
    ['新增公路通车里程1.2万公里，其中高速公路3358公里', '1.2万公里', '新增公路通车里程'],
    ['新增公路通车里程1.2万公里，其中高速公路3358公里', '3358公里', '高速公路'],
    'scope:part-of-whole', 'met',
  ],
  [
    'a part\'s rate says nothing of the whole\'s: no verdict kept', // chongqing 2025; hunan 2026
    ['今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，全体居民人均可支配收入增长6%左右，居民消费价格涨幅2%左右', '6%', '全体居民人均可支配收入增长'],
    ['全体居民人均可支配收入达39545元、增长5%，其中农村居民收入增长5.8%', '5.8%', '农村居民收入增长'],
    'scope:part-of-whole', null,
  ],
  [
    'what is left of a cut word (值 of 增加值) counts no other thing', // shanxi 2025 → 2026
    ['推动大数据、集成电路、智能终端等数字经济核心产业增长10%以上', '10%', '智能终端等数字经济核心产业增长'],
    ['5G基站万人拥有量33.7座，综合算力指数全国排名第八，数字经济核心产业增加值预计增长10%', '10%', '数字经济核心产业增加值预计增长'],
    null, null,
  ],
  [
    'how an act is done (继续) is not what is counted', // national 2013 → 2014
    ['今年企业退休人员基本养老金继续提高10%，城乡低保和优抚对象补助标准也进一步提高', '10%', '企业退休人员基本养老金继续提高'],
    ['推进养老保险、社会救助制度建设，城乡低保标准分别提高13.1%和17.7%，企业退休人员基本养老金水平提高10%', '10%', '企业退休人员基本养老金水平提高'],
    null, null,
  ],
  [
    '其中 opening a measure of its own is no part', // hunan 2025 → 2026
    ['今年经济社会发展主要预期目标是：地区生产总值增长5.5%左右，地方一般公共预算收入增长2.5%，规模工业增加值增长6.5%以上', '6.5%', '规模工业增加值增长'],
    ['全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%，其中规模工业增加值增长6.2%、高于全国平均0.3个百分点', '6.2%', '规模工业增加值增长'],
    null, null,
  ],
  [
    'an amount of a sentence that opens on five years', // national 2002 → 2003
    ['根据需要和可能，今年拟发行1500亿元长期建设国债，主要用于在建的国债建设项目、西部开发项目、重点企业技术改造', '1500亿元', ''],
    ['五年全社会固定资产投资累计完成17.2万亿元，特别是发行6600亿元长期建设国债，带动银行贷款和其他社会资金形成3.28万亿元的投资规模', '6600亿元', ''],
    'scope:multi-year', null,
  ],
  [
    'a value held six years running', // chongqing 2025 → 2026
    ['力争空气质量优良天数达到338天以上', '338天', '空气质量优良天数'],
    ['全市空气质量优良天数连续6年稳定在325天以上', '325天', '全市空气质量优良天数'],
    'scope:multi-year', null,
  ],
  [
    'the target narrows the name with a word inside it', // hunan 2025 → 2026
    ['大力推进“数实融合”，纵深推进“智赋万企”行动，新增智能制造标杆企业360家、产线车间1080家', '360家', '新增智能制造标杆企业'],
    ['纵深推进“智赋万企”行动，新增智能制造企业1585家、上云上平台企业超12万家', '1585家', '新增智能制造企业'],
    'scope:other-object', 'missed',
  ],
  [
    'the target names a catalogue measure after a word narrowing it', // zhejiang 2025 → 2026
    ['培育壮大船舶海工、海洋清洁能源等特色产业，发展现代海洋渔业，建设现代海洋牧场，力争海洋生产总值增长6%以上', '6%', '海洋生产总值增长'],
    ['全省生产总值增长5.5%，一般公共预算收入增长1.8%，城镇和农村居民人均可支配收入分别增长4.3%、5.5%，十方面民生实事圆满完成', '5.5%', '生产总值增长'],
    'scope:other-object', null,
  ],
  [
    'a word of scope before a catalogue measure narrows nothing', // guizhou 2025; zhejiang 2026
    ['主要预期目标是：全省地区生产总值增长5.5%左右', '5.5%', '全省地区生产总值增长'],
    ['全省生产总值增长5.5%，一般公共预算收入增长1.8%，城镇和农村居民人均可支配收入分别增长4.3%、5.5%，十方面民生实事圆满完成', '5.5%', '生产总值增长'],
    null, null,
  ],
  [
    'a catalogue measure after 占 is the whole a share is of, not narrowed by what comes before', // national 2012 → 2013
    ['中央财政已按全国财政性教育经费支出占国内生产总值的4%编制预算，地方财政也要相应安排，确保实现这一目标', '4%', '中央财政已按全国财政性教育经费支出占国内生产总值'],
    ['国家财政性教育经费支出五年累计7.79万亿元，年均增长21.58%，2012年占国内生产总值比例达到4%', '4%', '国家财政性教育经费支出占国内生产总值比例'],
    null, null,
  ],
  [
    'a qualifier the plan said before its label is the target\'s too', // national 2021 → 2022
    ['延续执行企业研发费用加计扣除75%政策，将制造业企业加计扣除比例提高到100%，用税收优惠机制激励企业加大研发投入', '100%', '制造业企业加计扣除比例'],
    ['延续实施研发费用加计扣除政策，将制造业企业研发费用加计扣除比例提高到100%', '100%', '制造业企业研发费用加计扣除比例'],
    null, null,
  ],
  [
    'a qualifier the plan never said narrows the outcome', // national 2021 → 2022, the plan's sentence cut before 研发费用
    ['将制造业企业加计扣除比例提高到100%，用税收优惠机制激励企业加大研发投入', '100%', '制造业企业加计扣除比例'],
    ['延续实施研发费用加计扣除政策，将制造业企业研发费用加计扣除比例提高到100%', '100%', '制造业企业研发费用加计扣除比例'],
    'scope:other-object', null,
  ],
  [
    'two words named by their first characters, a word of its own (户用 厕所: 户厕)', // shaanxi 2025 → 2026
    ['做好村庄实用性规划编制，创建“千万工程”示范村500个，提高农村生活污水治理率，农村户用卫生厕所普及率达到85%', '85%', '农村户用卫生厕所普及率'],
    ['建成“千万工程”示范村507个，农村自来水、卫生户厕普及率超过98％、85％，脱贫攻坚成果得到巩固', '85％', '卫生户厕普及率'],
    null, null,
  ],
  [
    'the same banks, however worded', // national 2021 → 2022
    ['大型商业银行普惠小微企业贷款增长30%以上', '30%', '大型商业银行普惠小微企业贷款增长'],
    ['银行业金融机构普惠小微企业贷款增长27.3%，大型商业银行普惠小微企业贷款增幅超过40%', '40%', '大型商业银行普惠小微企业贷款增幅'],
    null, null,
  ],
  [
    'each side names its own place', // gansu 2025; chongqing 2026
    ['兰州中川机场旅客吞吐量突破1700万人次', '1700万人次', '兰州中川机场旅客吞吐量'],
    ['江北国际机场年旅客吞吐量首次突破5000万人次', '5000万人次', '江北国际机场年旅客吞吐量'],
    'scope:other-object', null,
  ],
  [
    'one airport against all of the province\'s: the outcome does not name the target\'s place', // hunan 2026
    ['长沙机场旅客年吞吐量突破3000万人次', '3000万人次', '长沙机场旅客年吞吐量'],
    ['全省机场旅客吞吐量达1.8亿人次', '1.8亿人次', '全省机场旅客吞吐量'],
    'scope:object-words', null,
  ],
  [
    'a province-wide word is no object word', // chongqing 2025; a 2026 review
    ['建设100个口袋公园、10座体育公园', '100个', '口袋公园'],
    ['全市新建口袋公园100个', '100个', '全市新建口袋公园'],
    null, null,
  ],
  [
    'the same last word, another object: matters for firms, not for people', // yunnan 2025 → 2026
    ['抓好10件惠企实事，扩大市场准入效能评估结果应用范围', '10件', '惠企实事'],
    ['年度10件惠民实事圆满办结', '10件', '惠民实事'],
    'scope:object-words', null,
  ],
  [
    'a bare noun: what follows its number says what is counted', // jiangxi 2025 → 2026
    ['深入开展大规模制造业企业数智化改造，推动4000家左右企业提档升级、1万家企业实施改造', '4000家左右', '企业'],
    ['制造业数字化转型深入开展，66个产业集群和园区开展试点，1.4万余家企业实施改造，34个项目进入全国5G工厂名录', '1.4万余家', '企业'],
    'scope:object-words', null,
  ],
  [
    'a bare noun followed by the same words', // jiangxi 2025 → 2026
    ['深入开展大规模制造业企业数智化改造，推动4000家左右企业提档升级、1万家企业实施改造', '1万家', '企业'],
    ['制造业数字化转型深入开展，66个产业集群和园区开展试点，1.4万余家企业实施改造，34个项目进入全国5G工厂名录', '1.4万余家', '企业'],
    null, null,
  ],
  [
    'a label of its own: what follows its number is no object (为牵引)', // jiangxi 2025 → 2026
    ['坚持尽力而为、量力而行，以办好10件民生实事为牵引，让改革发展成果更多更公平惠及全体人民', '10件', '民生实事'],
    ['10件民生实事如期兑现', '10件', '民生实事'],
    null, null,
  ],
  [
    'building and building on are what is done, not what is built', // tibet 2025 → 2026
    ['新建续建保障性安居工程1.79万套，改造老旧小区70个', '1.79万套', '新建续建保障性安居工程'],
    ['建设保障性安居工程1.79万套，改造老旧小区70个，实施农村危房改造和抗震加固6101户', '1.79万套', '建设保障性安居工程'],
    null, null,
  ],
  [
    'words after the number say what the share is of', // jiangxi 2025 → 2026
    ['推进城市地下空间开发利用，力争城市建成区50%以上面积达到海绵城市建设标准', '50%', '力争城市建成区'],
    ['常住人口城镇化率提高至64.8%，城市建成区园林绿化覆盖率、绿地率分别达46.84%、43.46%，均居全国第2', '46.84%', '城市建成区园林绿化覆盖率'],
    'scope:object-words', null,
  ],
  [
    'a short form names the same thing (营业收入, 营收)', // heilongjiang 2025 → 2026
    ['实施“人工智能+”行动计划，推进算电融合试点，数字经济核心产业营业收入增长7%以上', '7%', '数字经济核心产业营业收入增长'],
    ['经济发展新引擎不断壮大，数字经济核心产业营收增长10.9%，生物经济重点产业营收快速增长', '10.9%', '数字经济核心产业营收增长'],
    null, null,
  ],
  [
    'reserves found against output, a list item inheriting its opener (勘探新增…储量)', // qinghai 2025 → 2026
    ['勘探新增石油地质储量3000万吨、天然气200亿立方米，天然气产量稳定在60亿立方米以上', '200亿立方米', '天然气'],
    ['生产原油239万吨、天然气56.5亿立方米，勘探新增油气储量2亿吨', '56.5亿立方米', '天然气'],
    'scope:count-kind', null,
  ],
  [
    'output against output', // qinghai 2025 → 2026
    ['勘探新增石油地质储量3000万吨、天然气200亿立方米，天然气产量稳定在60亿立方米以上', '60亿立方米', '天然气产量'],
    ['生产原油239万吨、天然气56.5亿立方米，勘探新增油气储量2亿吨', '56.5亿立方米', '天然气'],
    null, null,
  ],
  [
    'an outcome with a part left out (扣除…后)', // gansu 2025 → 2026
    ['今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，固定资产投资增长5%左右', '5%', '固定资产投资增长'],
    ['扣除房地产开发投资后，固定资产投资增长2.7%', '2.7%', '固定资产投资增长'],
    'scope:excluding', null,
  ],
  [
    'prices taken out is the measure\'s own basis, left to it', // national 2006
    ['城镇居民人均可支配收入增长5%', '5%', '城镇居民人均可支配收入增长'],
    ['城镇居民人均可支配收入达到10493元，农村居民人均纯收入达到3255元，扣除价格因素，分别增长9.6%和6.2%', '9.6%', '城镇居民人均可支配收入增长'],
    null, null,
  ],
  [
    'a programme named in an earlier clause sets the scene', // hunan 2026
    ['开展“人工智能+”和“数据要素×”行动，打造国家绿色智能计算产业先导区、力争产业规模突破万亿元，数字经济核心产业增加值增长15%', '15%', '数字经济核心产业增加值增长'],
    ['深入实施“人工智能+”行动，围绕5大领域部署推进“五个十大”任务，数字经济核心产业增加值增长9%以上', '9%', '数字经济核心产业增加值增长'],
    null, null,
  ],
  [
    'provincial clusters against national ones', // jiangxi 2025 → 2026
    ['深入实施产业集群提能升级计划，建立分类培育机制，遴选打造3个左右省级先进制造业集群', '3个', '省级先进制造业集群'],
    ['有色金属产业营收突破1万亿元，新增国家级中小企业特色产业集群3个、国家重点支持“小巨人”企业23家', '3个', '新增国家级中小企业特色产业集群'],
    'scope:other-object', null,
  ],
  [
    'projects in the parks against the parks', // ningxia 2025 → 2026
    ['投资250亿元建设现代煤化工、硅基、铝锰基、大数据算力等4个绿电园区', '4个', '绿电园区'],
    ['新能源投资增长70%、装机规模增长38%，利用率达94.5%、连续5年保持西北第一，建成8个绿电园区项目，成为全国首个“绿电自足”省区', '8个', '绿电园区项目'],
    'scope:other-object', null,
  ],
  [
    'the area of what is treated is what is treated', // tibet 2025 → 2026
    ['治理水土流失面积20万亩', '20万亩', '治理水土流失面积'],
    ['治理水土流失23万亩', '23万亩', '治理水土流失'],
    null, null,
  ],
  [
    'a label that names only an act, its object after the number', // ningxia 2025 → 2026
    ['投资250亿元建设现代煤化工、硅基、铝锰基、大数据算力等4个绿电园区', '250亿元', '投资'],
    ['组织开展扩大有效投资专项行动，实施重点项目2800多个，完成投资2400多亿元', '2400多亿元', '完成投资'],
    'scope:other-object', null,
  ],
  [
    'an act with nothing after its number is compared as it is', // national 2019 → 2020
    ['改革完善高职院校考试招生办法，鼓励更多应届高中毕业生和退役军人、下岗职工、农民工等报考，今年大规模扩招100万人', '100万人', '大规模扩招'],
    ['义务教育学生生活补助人数增加近40%，高职院校扩招100万人', '100万人', '高职院校扩招'],
    null, null,
  ],
  [
    'a catalogue measure however its label ends', // national 2005 → 2006
    ['城镇新增就业900万人', '900万人', '城镇新增就业'],
    ['城镇新增就业人口970万人', '970万人', '城镇新增就业人口'],
    null, null,
  ],
  [
    'the year\'s mean of a rate is the rate', // yunnan 2025 → 2026
    ['城镇调查失业率5.5%左右', '5.5%', '城镇调查失业率'],
    ['城镇调查失业率均值5.2%', '5.2%', '城镇调查失业率均值'],
    null, null,
  ],
  [
    'a count hundreds of times off is of something else', // qinghai 2025 → 2026
    ['全年新增规模以上工业企业80户，建成绿色工厂8家，4100家企业实现上云上平台', '4100家', '企业', 4100],
    ['国有企业改革深化提升，西部矿业、能源发展集团等6家企业入选2025西部企业数字化建设成效卓越单位', '6家', '企业', 6],
    'scope:magnitude', null,
  ],
  [
    'cities of prefecture level and above are one set, not a sum', // jilin 2025 → 2026
    ['抓好秸秆禁烧和综合利用，推进重点行业超低排放改造，空气优良天数保持在93%左右', '93%', '空气优良天数'],
    ['地级及以上城市空气质量优良天数比例达到92.8%', '92.8%', '地级及以上城市空气质量优良天数比例'],
    null, null,
  ],
  [
    'items listed before the outcome\'s own number are not summed in it', // tianjin 2025 → 2026
    ['推动五大道公园、柳林公园三期和设计公园一期尽早建成开放，新建提升口袋公园80个，不断增强生态惠民获得感', '80个', '新建提升口袋公园'],
    ['海河沿线亮化净化清新靓丽，五大道公园、设计公园和85个口袋公园等建成开放，交通设施、城市家具、绿化景观、公共空间等全面提升', '85个', '口袋公园'],
    null, null,
  ],
  [
    'an act the target opens with, said after the object, is no other object', // liaoning 2025 → 2026
    ['围绕企业和个人全生命周期服务，上线“高效办成一件事”21项，推进“办事不找关系、用权不图好处”成为常态', '21项', '上线高效办成一件事'],
    ['35项“高效办成一件事”上线运行，1100余项政策实现“免申即享”', '35项', '高效办成一件事上线'],
    null, null,
  ],
  [
    'the object words named earlier in the outcome\'s sentence: the scene its figure stands in', // hainan 2025 → 2026
    ['陵水黎安国际教育创新试验区师生规模突破1万人，推动二期开工建设', '1万人', '陵水黎安国际教育创新试验区师生规模'],
    ['陵水黎安国际教育创新试验区初具规模，签约入驻国内外知名高校26所，在园师生达1万人，“五互一共”［3］人才培养新模式成效初显', '1万人', '园师生'],
    null, null,
  ],
  [
    'a count within ten times is judged', // qinghai 2025 → 2026
    ['新建和改造农村户厕2万座', '2万座', '新建和改造农村户厕', 20000],
    ['改造农村户厕2.1万座', '2.1万座', '改造农村户厕', 21000],
    null, null,
  ],
];

describe('scopeDifference', () => {
  it.each(cases)('%s', (_, target, outcome, rule, keeps) => {
    const found = scopeDifference(side(...target), side(...outcome));
    expect({ target: target[0], outcome: outcome[0], rule: found?.rule ?? null, keeps: found?.keeps ?? null }).toEqual({
      target: target[0],
      outcome: outcome[0],
      rule,
      keeps,
    });
  });

  // [what the case shows, target, outcome, rule without and with the target's own number stated (scope:same-number)].
  const sameNumber: Array<[string, Side, Side, string | null, string | null]> = [
    [
      'a word of the target unnamed is passed over when the number is the target\'s own', // tianjin 2025 → 2026
      ['优化社区嵌入式养老服务设施，建设社区型养老服务综合体（农村幸福院）30个、示范型老人家食堂30个', '30个', '建设社区型养老服务综合体', 30],
      ['提高最低生活保障标准，建成养老服务综合体30个、示范型老人家食堂30个，新筹集保障性租赁住房6957套（间）', '30个', '建成养老服务综合体', 30],
      'scope:object-words', null,
    ],
    [
      'an addition against a total is not a difference of naming', // hunan 2025 → 2026
      ['构建汛旱并防与耕地置换协同推进机制，新增建设和改造提升高标准农田300万亩以上', '300万亩', '新增建设和改造提升高标准农田'],
      ['粮食综合生产能力稳步提升，粮食播种面积稳定在7100万亩以上，累计建成高标准农田4397万亩、推广镉低积累水稻种植面积超600万亩', '4397万亩', '建成高标准农田'],
      'scope:added-vs-total', 'scope:added-vs-total',
    ],
  ];
  it.each(sameNumber)('%s', (_, target, outcome, without, withNumber) => {
    const rules = [undefined, 'naming' as const].map((passes) => scopeDifference(side(...target), side(...outcome), undefined, passes)?.rule ?? null);
    expect(rules).toEqual([without, withNumber]);
  });

  it('says which rule and why', () => {
    const [, target, outcome] = cases[0]!;
    expect(scopeDifference(side(...target), side(...outcome))?.reason).toMatch(/^scope:added-vs-total: .*新增.*累计/);
  });
});

// [review sentence, figure, held over years]: a five-year review's level as it stands is the year's.
const held: Array<[string, string, string | null]> = [
  ['粮食综合生产能力稳步提升，粮食播种面积稳定在7100万亩以上', '7100万亩', '稳定在'], // hunan 2026
  ['全市空气质量优良天数连续6年稳定在325天以上', '325天', '连续6年'], // chongqing 2026
  ['近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨', '9000多万吨', '近三年'], // national 2016
  ['从国债投资的效果看，两年来通过财政向银行发行2100亿元长期国债，带动4200多亿元银行贷款和自筹资金', '2100亿元', '两年来'], // national 2000
  ['生态环境质量持续改善，城镇化率达63%', '63%', null], // hunan 2026
  ['全社会研发投入强度提升至2.62%，技术合同成交额突破5000亿元', '2.62%', null], // hunan 2026
];

describe('heldOverYears', () => {
  it.each(held)('%s: %s', (sentence, surface, words) => {
    expect(heldOverYears(side(sentence, surface, ''))).toBe(words);
  });
});

// [what the case shows, target, outcome, whether the outcome's label names every word of the target's object].
const named: Array<[string, Side, Side, boolean]> = [
  [
    'another verb, the same object', // shandong 2025 → 2026
    ['新开外贸航线10条以上', '10条', '新开外贸航线'],
    ['沿海港口万吨级以上泊位达到404个，新开辟外贸航线20条', '20条', '新开辟外贸航线'],
    true,
  ],
  [
    'a bare noun, its object after the number', // qinghai 2025 → 2026
    ['加强残疾、失能老年人照护服务，增加护理型床位供给，改造100个农村互助幸福院', '100个', '农村'],
    ['改造提升农村互助幸福院108个，完成困难老人家庭适老化改造2056户', '108个', '改造提升农村互助幸福院'],
    true,
  ],
  [
    'output named by the clause\'s verb of producing', // qinghai 2025 → 2026
    ['勘探新增石油地质储量3000万吨、天然气200亿立方米，天然气产量稳定在60亿立方米以上', '60亿立方米', '天然气产量'],
    ['生产原油239万吨、天然气56.5亿立方米，勘探新增油气储量2亿吨', '56.5亿立方米', '天然气'],
    true,
  ],
  [
    '规模 says how much, not what: the digital economy\'s words are named (namesMore then finds its core industries narrower)', // shanxi 2025 → 2026
    ['数字经济规模增长15%以上', '15%', '数字经济规模增长'],
    ['5G基站万人拥有量33.7座，综合算力指数全国排名第八，数字经济核心产业增加值预计增长10%', '10%', '数字经济核心产业增加值预计增长'],
    true,
  ],
  [
    'the examples before 等 are some of what is counted, not all of it', // shanxi 2025 → 2026
    ['推动大数据、集成电路、智能终端等数字经济核心产业增长10%以上', '10%', '智能终端等数字经济核心产业增长'],
    ['5G基站万人拥有量33.7座，综合算力指数全国排名第八，数字经济核心产业增加值预计增长10%', '10%', '数字经济核心产业增加值预计增长'],
    true,
  ],
  [
    'how much (人数) makes no match: one object word is not enough', // zhejiang 2025 → 2026
    ['持续推进长护险提质扩面，新增参保人数1500万人，实现长护险制度基本覆盖', '1500万人', '新增参保人数'],
    ['新增长护险参保人数1561万人，参保率达93%', '1561万人', '新增长护险参保人数'],
    false,
  ],
  [
    'words of another figure of the clause name nothing', // shanxi 2025 → 2026
    ['促进先进金属材料和先进装备制造营业收入增长10%以上、航空航天增长20%以上、生物医药增长6%左右、新能源装备制造增长30%以上', '30%', '新能源装备制造增长'],
    ['新能源产业、装备制造业增加值分别增长25.3%、7.9%，工业机器人、光伏电池产量成倍增长', '25.3%', '新能源产业增加值增长'],
    false,
  ],
  [
    'national centres are not provincial ones', // qinghai 2025 → 2026
    ['建成2所国家区域医疗中心，投运3所省级区域医疗中心', '2所', '国家区域医疗中心'],
    ['健康青海行动深入推进，全省首个国家区域医疗中心和3所省级区域医疗中心投入运行', '3所', '省级区域医疗中心'],
    false,
  ],
];

describe('namesMore', () => {
  it('gives the words of the outcome\'s object the target does not say', () => {
    // qinghai 2025 → 2026: 清洁能源装机突破8200万千瓦; 清洁能源发电装机规模超7900万千瓦
    const target = side('新型储能超500万千瓦，清洁能源装机突破8200万千瓦', '8200万千瓦', '清洁能源装机');
    expect(namesMore(target, side('清洁能源发电装机规模超7900万千瓦、装机占比超93%', '7900万千瓦', '清洁能源发电装机规模'))).toEqual(['发电']);
    expect(namesMore(target, side('清洁能源装机达到8300万千瓦', '8300万千瓦', '清洁能源装机'))).toEqual([]);
    // shanxi 2025 → 2026: the core industries are a part of the digital economy, whatever its 规模
    const economy = side('数字经济规模增长15%以上', '15%', '数字经济规模增长');
    expect(namesMore(economy, side('5G基站万人拥有量33.7座，综合算力指数全国排名第八，数字经济核心产业增加值预计增长10%', '10%', '数字经济核心产业增加值预计增长'))).toEqual(['核心', '产业']);
  });
});

describe('countsWider (followup:wider-outcome)', () => {
  it('gives the qualifier of the target the outcome leaves out, never the other way round', () => {
    // hunan 2025 → 2026: 新增智能制造标杆企业360家; 新增智能制造企业1585家
    const target = side('大力推进“数实融合”，纵深推进“智赋万企”行动，新增智能制造标杆企业360家、产线车间1080家', '360家', '新增智能制造标杆企业');
    const all = side('纵深推进“智赋万企”行动，新增智能制造企业1585家、上云上平台企业超12万家', '1585家', '新增智能制造企业');
    expect(countsWider(target, all)).toBe('标杆');
    expect(countsWider(all, target)).toBeNull();
    // fujian 2025 → 2026: the same label counts the same kind
    const jobs = side('城镇新增就业50万人、失业人员实现再就业10万人', '50万人', '城镇新增就业');
    expect(countsWider(jobs, side('城镇新增就业54.58万人，高校毕业生就业保持稳定', '54.58万人', '城镇新增就业'))).toBeNull();
  });
});

describe('namesEveryWord', () => {
  it.each(named)('%s', (_, target, outcome, expected) => {
    expect({ target: target[0], outcome: outcome[0], named: namesEveryWord(side(...target), side(...outcome)) }).toEqual({ target: target[0], outcome: outcome[0], named: expected });
  });
});

// [review sentence, figure, label, a rate said reached]: the level at the end of a five-year span is the year's.
const reached: Array<[string, string, string, boolean]> = [
  ['水土保持率提高到66.26%', '66.26%', '水土保持率', true], // shanxi 2026
  ['农村卫生厕所普及率达87%，宜居村庄整治建设基本实现全覆盖', '87%', '农村卫生厕所普及率', true], // jiangxi 2026
  ['民生支出占一般公共预算支出比例稳定在80%左右', '80%', '民生支出占一般公共预算支出比例', false], // gansu 2026
  ['人均体育场地面积增加至2.9平方米', '2.9平方米', '人均体育场地面积', false], // jiangxi 2026
];

describe('rateReached', () => {
  it.each(reached)('%s: %s', (sentence, surface, label, expected) => {
    expect(rateReached(side(sentence, surface, label))).toBe(expected);
  });
});

// [what the case shows, target, outcome in a five-year review, a level both say reached]: the end of the span is the year's.
const levels: Array<[string, Side, Side, boolean]> = [
  [
    'a length reached on both sides', // guizhou 2025 → 2026
    ['开工建设贵阳环城高速公路扩容工程、蔗香至红水河高速公路等项目，全省高速公路通车里程突破9500公里', '9500公里', '高速公路通车里程'],
    ['开放通道进一步畅通，全省高速公路通车里程突破9500公里、高铁营业里程突破1900公里', '9500公里', '高速公路通车里程'],
    true,
  ],
  [
    'a sum reached over the years is no level', // hainan 2025; hainan 2026
    ['全省技术合同成交额达70亿元', '70亿元', '技术合同成交额'],
    ['技术合同成交额累计达260亿元', '260亿元', '技术合同成交额累计'],
    false,
  ],
  [
    'an addition reached is no level', // hunan 2025; chongqing 2025
    ['培育和支持创新型企业、科技领军企业、科技型中小企业发展，高新技术企业总量突破1.8万家', '1.8万家', '高新技术企业总量'],
    ['新增软件企业超过6400家', '6400家', '新增软件企业'],
    false,
  ],
  [
    'a level stated as it stands, of a target to reach', // hainan 2025 → 2026
    ['深入实施全民参保计划，基本养老保险参保达763万人', '763万人', '基本养老保险参保'],
    ['基本养老保险参保778万人', '778万人', '基本养老保险参保'],
    true,
  ],
  [
    'a rate reached is no addition: 新建 says what the share is of', // hainan 2025 → 2026
    ['装配式建筑面积占新建建筑比例达80%以上', '80%', '装配式建筑面积占新建建筑比例'],
    ['装配式建筑面积占新建建筑比重超80%', '80%', '装配式建筑面积占新建建筑比重'],
    true,
  ],
  [
    'a target that does not say reached', // guizhou 2025 → 2026
    ['调度原煤产量1.8亿吨', '1.8亿吨', '调度原煤产量'],
    ['现代能源产业做大做强，电力装机规模突破1亿千瓦，调度原煤产量达1.83亿吨', '1.83亿吨', '调度原煤产量'],
    false,
  ],
];

describe('levelReached', () => {
  it.each(levels)('%s', (_, target, outcome, expected) => {
    expect(levelReached(side(...target), side(...outcome))).toBe(expected);
  });
});

// [target label, outcome label (corpus figures), the words they are apart by, or null for two measures].
const apart: Array<[string, string, string[] | null]> = [
  ['接待国内外游客', '接待游客', ['国内外']], // hainan 2025 → 2026: every origin is the whole
  ['高新技术企业总量', '高新技术企业数量', ['总量', '数量']], // hunan 2025 → 2026: how much, at the end
  ['电力装机容量', '电力装机规模', ['容量', '规模']], // guizhou 2025 → 2026: jieba keeps 装机容量 one word
  ['全区接待游客', '接待游客', ['全区']], // inner-mongolia 2025; hainan 2026
  ['力争海洋生产总值增长', '生产总值增长', null], // zhejiang 2025 → 2026: 海洋 names another measure
  ['高新技术企业总量', '国家高新技术企业', null], // henan 2025 → 2026
  ['接待国内外游客', '接待入境游客', null], // hainan 2025 → 2026: 入境 is a part, not the whole
  ['规模以上工业增加值', '工业增加值', null], // 规模 opens the label: not how much
  ['力争电力总装机', '电力总装机规模', null], // inner-mongolia 2025 → 2026: 力争 is no loose word (蒙能集团's, not the region's)
  ['城中村改造项目', '改造项目', null], // shanghai 2025 → 2026
  ['居民人均可支配收入', '居民可支配收入', null], // per head is not the total
  ['建设规模', '建设', null], // national 2010 (扩大农村沼气建设规模): what remains names no thing
  ['创建全域旅游示范区', '创建旅游示范区', null], // national 2018: 全域 names a kind of area, not the whole of one
];

describe('wordsApart', () => {
  it.each(apart)('%s and %s: %j', (target, outcome, expected) => {
    expect(wordsApart(target, outcome)).toEqual(expected);
  });
});

describe('missingIn: words named by their first characters (words:first-characters)', () => {
  // [object words, the outcome's text (corpus/), the words it does not name].
  const rows: Array<[string[], string, string[]]> = [
    [['户用', '厕所'], '农村自来水、卫生户厕普及率超过98％、85％', []], // shaanxi 2026: 户厕, a word of its own
    [['户用', '厕所'], '农村自来水、户用卫生厕所普及率分别达到97.7%和83.1%', []], // shaanxi 2025: named in full
    [['高新', '技术'], '高技术制造业增加值增长13%', ['高新']], // jilin 2026: 高技 only inside 高技术
    [['国有', '资本'], '深化国资国企改革', []], // anhui 2025: 国资, as reports shorten 国有资本 (and 国有资产)
    [['国有', '资本'], '继续深化国有企业改革', ['国有', '资本']], // 国企, the short form of 国有企业, is no 国资
  ];
  it.each(rows)('%j in %s: missing %j', (terms, text, missing) => {
    expect(missingIn(terms, text)).toEqual(missing);
  });
});

describe('actOnObject: the outcome names what the target acts on (scope:same-unit-object)', () => {
  // [target label, outcome label (corpus/), the acts the outcome's clause is still to say, or null].
  const rows: Array<[string, string, string[] | null]> = [
    ['清单化项目化改造燃气管网', '燃气管网', ['改造']], // tianjin 2025 → 2026: 清单化, 项目化 are of manner
    ['接待医疗旅游', '医疗旅游人次', ['接待']], // hainan 2025 → 2026: 人次 says how much
    ['实施城中村改造', '城中村', ['实施', '改造']], // zhejiang 2025 → 2026: acts on both sides of the object
    ['更新改造住宅老旧电梯', '更新住宅老旧电梯', []], // zhejiang 2025 → 2026: the outcome says the act itself
    ['选派企业科技特派员', '科技特派员', null], // liaoning 2025 → 2026: 企业, a noun, makes a narrower kind
    ['建成新型储能', '新型储能装机', null], // yunnan 2025 → 2026: 装机 is not inside the target's label
    ['新增通车里程', '新增里程', null], // guangxi 2025 → 2026: without 里程 nothing is left that names a thing
    ['供热管网', '有序改造供热管网', null], // tianjin: 改造 is no act of the target's label
    ['清单化项目化改造燃气管网', '有序改造燃气管网', []], // tianjin's wordings (有序改造供热管网 of 2026): the outcome's 有序 neither blocks nor makes it
  ];
  it.each(rows)('%s by %s: %j', (target, outcome, acts) => {
    expect(actOnObject(target, outcome)).toEqual(acts);
  });
});

describe('countsHeadOf: an outcome counting the target\'s head otherwise (verdict:named-other-measure)', () => {
  it.each([
    // Guangxi 2025 → 2026: the starts of the same projects.
    ['自治区层面统筹推进重大项目', '重大项目', '自治区重大项目开工', true],
    // Shaanxi 2025 → 2026: the same measure, grown over five years.
    ['全省每万人口高价值发明专利拥有量', '拥有量', '每万人高价值发明专利拥有量增长', true],
    // Liaoning 2026: a part of the measure, read in its canonical name (进出口 is 进出口总额).
    ['进出口总额增长', '进出口总额', '跨境电商进出口增长', true],
    // Guangdong 2026: anywhere after 占, the whole a share is of.
    ['规模以上工业增加值增长', '规模以上工业增加值', '先进制造业增加值占规模以上工业增加值比重', false],
    // Guizhou 2026: 机构 qualifies 床位, which is what is counted.
    ['标准化养老机构', '机构', '养老机构护理型床位占比', false],
    // Hainan 2026: the whole a share of taxes is of.
    ['地方一般公共预算收入增长', '一般公共预算收入', '税收占一般公共预算收入比重', false],
    // Shandong 2026: the word before the head (特色产业) is none of the target's.
    ['新增省级现代服务业集聚区', '集聚区', '新培育省级现代海洋特色产业集聚区', false],
    // National 2007: 中央财政 names who pays, and is no qualifier of 支出.
    ['中央财政为此将增加支出', '支出', '中央财政用于三农支出', false],
  ])('%s, head %s, by %s: %s', (target, head, actual, counts) => {
    expect({ target, actual, counts: countsHeadOf(target, head, actual) }).toEqual({ target, actual, counts });
  });
});

// scope:listed-names: the names a target lists before its count, after the list's first 、, all named in the outcome's clause.
describe('namesListed', () => {
  const target = side('沈白高铁和京哈高速改扩建、本桓、凌绥、台黑4条高速公路提前建成通车', '4条', '高速公路', 4); // liaoning 2025
  it.each([
    ['every name listed, in a list of its own', '沈白高铁和京哈改扩建、本桓宽、凌绥、台黑4条高速提前建成通车', true], // liaoning 2026
    ['one name of the list only', '凌绥等4条高速公路建成通车', false],
    ['the names after the number, not before it', '4条高速公路建成通车，其中凌绥、台黑提前', false],
  ])('%s', (_, sentence, named) => {
    expect(namesListed(target, side(sentence, '4条', '高速', 4))).toBe(named);
  });
  // The same names say the same things are counted: the checks of what is counted are passed, not those of the years or the basis.
  it.each([
    ['沈白高铁和京哈改扩建、本桓宽、凌绥、台黑4条高速提前建成通车', null],
    ['近三年，沈白高铁和京哈改扩建、本桓宽、凌绥、台黑4条高速建成通车', 'scope:multi-year'], // made up
    ['扣除沈白高铁后，本桓宽、凌绥、台黑4条高速建成通车', 'scope:excluding'], // made up
  ])('passes what is counted, not the years or the basis: %s', (sentence, rule) => {
    expect(scopeDifference(target, side(sentence, '4条', '高速', 4), undefined, 'counting')?.rule ?? null).toBe(rule);
  });
  it('needs two names after the first item: one shared name does not decide', () => {
    const one = side('推进厦门、泉州3个省级人工智能产业园建设', '3个', '省级人工智能产业园', 3);
    expect(namesListed(one, side('厦门、泉州等3个省级人工智能产业园建成', '3个', '省级人工智能产业园', 3))).toBe(false);
  });
});
