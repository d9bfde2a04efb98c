import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

// [sentence from a corpus report, the figure's surface, its label exactly, the rule that chose the label]
type Case = [string, string, string, string];

const classified: Case[] = [
  // fujian-gwr-2026: a locative opens the counted phrase.
  ['累计出台326项两岸共通标准。', '326项', '两岸共通标准', 'label:classified-noun'],
  // gansu-gwr-2025: a negation opens it; 到基层 leads away from it.
  ['二是继续支持1万名未就业普通高校毕业生到基层就业，城镇新增就业30万人。', '1万名', '未就业普通高校毕业生', 'label:negated-modifier'],
  // henan-gwr-2025: a quoted name stands inside the phrase; 全面 (tagged a noun) ends it.
  ['318个“两重”项目全面开工，汽车以旧换新超40万辆、家电超450万台。', '318个', '两重项目', 'label:classified-noun'],
  // jiangxi-gwr-2026
  ['7家国家区域医疗中心基本建成，职工医保个人账户实现跨省共济。', '7家', '国家区域医疗中心', 'label:classified-noun'],
  // hubei-gwr-2025: a grade between the count and its noun.
  ['新增钟祥明显陵、麻城龟峰山2家5A级景区。', '2家', '5A级景区', 'label:graded-noun'],
  // yunnan-gwr-2025: the segmenter glued the classifier to the noun (个州).
  ['实现16个州（市）高等学校全覆盖。', '16个', '州', 'label:classified-noun'],
  // sichuan-gwr-2025: a verb of more than one character may still lead to the noun that is counted.
  ['29项成果获国家科学技术奖励。', '29项', '成果获国家科学技术奖励', 'label:classified-noun'],
  // hainan-gwr-2025: a time word and a 和 inside the counted phrase.
  ['“天涯海角”获评国家5A级景区，石梅湾入选国家级旅游度假区，新增3家国家级夜间文化和旅游消费集聚区。', '3家', '国家级夜间文化和旅游消费集聚区', 'label:coordinated-noun'],
  // state-council-gwr-2012: a verb before a verbal noun (享受生活补助) is not part of the counted phrase.
  ['免除3000多万名农村寄宿制学生住宿费，其中1228万名中西部家庭经济困难学生享受生活补助。', '1228万名', '中西部家庭经济困难学生', 'label:classified-noun'],
  // hubei-gwr-2026
  ['稳妥推进55个扩面试点项目、30个城市更新重点片区建设，让更多群众住上好房子、享受好服务。', '55个', '扩面试点项目', 'label:classified-noun'],
  // shanxi-gwr-2025: a place word (海外/s) opens the counted phrase; anhui-gwr-2025: after a qualifier (左右).
  ['建成27个海外仓，中欧班列再添新线路。', '27个', '海外仓', 'label:classified-noun'],
  ['发挥徽派企业国际经贸合作联盟作用，构建海外经贸服务网络，设立20个左右境外商务服务网点。', '20个', '境外商务服务网点', 'label:classified-noun'],
  // yunnan-gwr-2026: a word jieba takes for a pronoun (本科/r) before the first noun.
  ['新增2所本科高校、1所职业院校，中外合作办学机构实现零的突破。', '2所', '本科高校', 'label:classified-noun'],
  // beijing-gwr-2025: an adjective with its suffix (紧密/a 型/k).
  ['全面推进健康北京建设，建成9个紧密型城市医疗集团，全市统一预约挂号平台上线运行。', '9个', '紧密型城市医疗集团', 'label:classified-noun'],
  // xinjiang-gwr-2026: 赴 leads away to a place, like 到.
  ['全区涌现一批民族团结进步先进集体和先进个人，11万余名各族青少年赴首都北京等地参加活动。', '11万余名', '各族青少年', 'label:classified-noun'],
  // label:stage-verb — state-council-gwr-2013: 新开工/nz is a verb, said of the thing of the figure before (label:parallel-predicate),
  // an adverb jieba tags a noun (基本/n) left out; state-council-gwr-2022: 新建/ns alone names nothing, the noun after does.
  ['今年城镇保障性住房基本建成470万套、新开工630万套，继续推进农村危房改造。', '630万套', '城镇保障性住房新开工', 'label:stage-verb'],
  ['加强中低产田改造，新建1亿亩高标准农田，新建改造一批大中型灌区。', '1亿亩', '高标准农田', 'label:stage-verb'],
  // Must not change — state-council-gwr-2015: a stage verb before its thing names it with the thing.
  ['企业退休人员基本养老金水平又提高10%。新开工保障性安居工程740万套，基本建成511万套。', '740万套', '新开工保障性安居工程', 'label:clause'],
  // label:conjunct-cut — yunnan-gwr-2025: the conjunct stops before a locative inside a name (滇|中引水); hunan-gwr-2025: at the
  // phrase's length, a noun after it; state-council-gwr-2012: the conjunct opens a 、 list of things closed by 等.
  ['及早开工建设3件大型灌区、5件大中型水库和滇中引水二期骨干等重点水利工程。', '5件', '大中型水库', 'label:conjunct-cut'],
  ['支持新实施20个左右制造业关键产品“揭榜挂帅”和产业链协同攻关项目，开展新技术新产品新场景大规模应用示范行动。', '20个', '制造业关键产品揭榜挂帅', 'label:conjunct-cut'],
  ['推进政府预算、决算公开，98个中央部门和北京、上海、广东、陕西等省市公开“三公经费”。', '98个', '中央部门', 'label:conjunct-cut'],
  // Must not change — fujian-gwr-2025: the 、 list runs on to a verb (出台), not 等 or a count of things; ningxia-gwr-2026:
  // within the length, a noun after the conjunct (全部/n) is no part of it; hainan-gwr-2025: the conjunct ends the clause.
  ['推动政策落地，累计争取28家中央和国家部委、金融机构出台25份配套支持政策。', '28家', '中央和国家部委', 'label:coordinated-noun'],
  ['坚持以开放添活力，第七届中阿博览会首次实现22个阿拉伯国家、全国31个省区市和港澳台地区全部参会。', '31个', '省区市和港澳台地区', 'label:coordinated-noun'],
  ['“天涯海角”获评国家5A级景区，石梅湾入选国家级旅游度假区，新增3家国家级夜间文化和旅游消费集聚区。', '3家', '国家级夜间文化和旅游消费集聚区', 'label:coordinated-noun'],
  // Must not change — state-council-gwr-2014: after the first noun a pronoun-tagged word (本级) starts another thing.
  ['中央国家机关“三公”经费减少35%，31个省份本级公务接待费减少26%。', '31个', '省份', 'label:classified-noun'],
];

const threshold: Case[] = [
  // hubei-gwr-2026: a threshold after 过, and one led by its magnitude, between the count and its noun.
  ['新增荆州、孝感、黄冈3个过三千亿元城市，新增仙桃、潜江、宜都、大冶4个千亿县。', '3个', '过三千亿元城市', 'label:threshold-class'],
  ['新增荆州、孝感、黄冈3个过三千亿元城市，新增仙桃、潜江、宜都、大冶4个千亿县。', '4个', '千亿县', 'label:threshold-class'],
  // label:bound-inside-noun — yunnan-gwr-2025, hubei-gwr-2025, guangxi-gwr-2025: a bound and 的 after the count's noun; the
  // thing counted is the noun after 的 (up to a verb), the label the whole phrase.
  ['在9个人口20万以上的县建成特殊教育学校，健全专门教育保障机制。', '9个', '人口20万以上的县', 'label:bound-inside-noun'],
  ['2957个重大产业项目建成投产，82个预增产值过10亿元的重大增长点稳定发力。', '82个', '预增产值过10亿元的重大增长点', 'label:bound-inside-noun'],
  ['实施文旅经济“融百业超万亿”行动，推进200个以上投资超亿元的文旅重大项目。', '200个', '投资超亿元的文旅重大项目', 'label:bound-inside-noun'],
  // Must not change — shandong-gwr-2026: a count after its noun; hubei-gwr-2025: a bound right after the count (label:noun-after-de).
  ['实施补链强链重点项目1900个、投资2000万元以上的技改项目3000个。', '1900个', '实施补链强链重点项目', 'label:clause'],
  ['盯紧抓实64个预增产值过10亿元、2334个过2000万元的工业新增长点，规上工业增加值增长7.5%左右。', '2334个', '工业新增长点', 'label:noun-after-de'],
  // guangdong-gwr-2025: a unit that counts no things (岁) makes a threshold too.
  ['建设5个市级托育综合服务中心、10个县级托育服务机构，惠及超50万名3岁以下婴幼儿。', '50万名', '3岁以下婴幼儿', 'label:threshold-class'],
  // inner-mongolia-gwr-2026, ningxia-gwr-2025, qinghai-gwr-2026: a number with a unit of no list (千伏/q) is the size of
  // the things counted, not a figure naming nothing.
  ['建成20个500千伏输变电工程，启动阿拉善至蒙中地区特高压柔性直流输电线路论证。', '20个', '500千伏输变电工程', 'label:threshold-class'],
  ['新建宁夏电网7个750千伏输变电工程，外送能力达到2000万千瓦。', '7个', '750千伏输变电工程', 'label:threshold-class'],
  ['推进卡阳、松如沟等14个750千伏电网工程、青疆联网通道建设。', '14个', '750千伏电网工程', 'label:threshold-class'],
  // hubei-gwr-2026: a grade written as 一类.
  ['脑机接口、新型空芯光纤、原子量子计算机等前沿技术加速迈向产业化，4个一类创新药获批上市、数量居全国前列。', '4个', '一类创新药', 'label:graded-noun'],
  // hubei-gwr-2026: a class followed by 、 shares the noun of the next count of the list.
  ['新增软件和研发设计等4个过五千亿、北斗应用等4个过千亿新兴产业，人形机器人、人工智能等产业营收保持20%以上增长。', '4个', '过五千亿新兴产业', 'label:elided-noun'],
  // hunan-gwr-2026
  ['新增2家千亿级、24家百亿级工业企业。', '2家', '千亿级工业企业', 'label:elided-noun'],
  // liaoning-gwr-2026: levels share the noun of the last count of the list, across more than one count, and after 和.
  ['着力培育6个世界级、7个国家级、9个区域级产业集群。', '6个', '世界级产业集群', 'label:elided-noun'],
  ['进国家医学中心项目建设，争创国家儿童医学中心，建强2个国家级和22个省级区域医疗中心。', '2个', '国家级区域医疗中心', 'label:elided-noun'],
  // hebei-gwr-2026, chongqing-gwr-2026, guangxi-gwr-2025: 级 (a classifier to jieba) after a word and before a noun finishes a grade.
  ['实施工业互联网创新发展工程，打造10个“数字领航”企业、100个先进级智能工厂。', '100个', '先进级智能工厂', 'label:graded-noun'],
  ['入选国家中小企业数字化转型试点城市，新建15个国家卓越级智能工厂，培育未来工厂10家。', '15个', '国家卓越级智能工厂', 'label:graded-noun'],
  ['加快重点优势产业链延链补链强链，提升发展12个自治区级集群，支持中小企业特色产业集群发展壮大。', '12个', '自治区级集群', 'label:graded-noun'],
  // Must not change — heilongjiang-gwr-2026: 级 inside a numeral's word (一级/m) is the size class it was.
  ['营商环境持续优化，营商环境评价8个一级指标、28个二级指标及数字政府建设达到国内先进水平。', '8个', '一级指标', 'label:size-class'],
  // chongqing-gwr-2025: a level before its noun.
  ['新增3个国家级科创平台，中国地质调查局在渝设立机构。', '3个', '国家级科创平台', 'label:graded-noun'],
  // hubei-gwr-2026: the one word between a count and the end of its clause is what is counted, though jieba reads 需求 as a verb.
  ['进一步促进消费、投资、出口三类需求，进一步依靠企业增量提质和产业转型升级优化供给。', '三类', '需求', 'label:word-ending-clause'],
  // anhui-gwr-2026
  ['统筹安排省级财政资金350亿元以上，实施稳经济30项举措。', '30项', '举措', 'label:word-ending-clause'],
  // Must not change — jiangsu-gwr-2026: a milestone passed is the subject's level, which the figures after carry on.
  ['地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%。', '14.2万亿元', '地区生产总值', 'label:carried-subject'],
  // Must not change — gansu-gwr-2026: a second count (46万 people) is no threshold of the households.
  ['实施生态及地质灾害避险搬迁一期工程，让13.07万户46万群众远离了危险。', '13.07万户', '', 'label:verb-only'],
];

const persons: Case[] = [
  // hubei-gwr-2026: the people counted are the ones who do what the verb phrase says.
  ['新增返乡创业市场经营主体13.9万户、带动就地就业36.8万人，城镇新增就业超额完成全年任务。', '36.8万人', '带动就地就业', 'label:activity-of-persons'],
  // sichuan-gwr-2025
  ['科学应对19轮强降雨，提前转移避险197万余人次，实现洪涝灾害“零亡人”。', '197万余人次', '提前转移避险', 'label:activity-of-persons'],
  // guizhou-gwr-2025: a bare verb names nothing alone; what the people do after it names the activity (label:act-after-persons).
  ['安排衔接资金37.9亿元实施产业奖补到户，带动413万人增收。', '413万人', '带动增收', 'label:activity-of-persons'],
  // Must not change — shaanxi-gwr-2026: a bare verb with nothing after the people still names nothing.
  ['提高城乡低保标准、覆盖119.2万人，发放高龄补贴32亿元。', '119.2万人', '', 'label:verb-only'],
  // state-council-gwr-2012: people counted at the start of a clause are the subject of the one verb after them
  // (label:act-of-persons), not the counties of the clause before.
  ['2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金。', '1334万人', '参保', 'label:act-of-persons'],
  // state-council-gwr-2023: past a qualifier before the count (超过), and for a count of person-times.
  ['持续推进大众创业万众创新，连续举办8届全国双创活动周、超过5.2亿人次参与，鼓励以创业带动就业。', '5.2亿人次', '参与', 'label:act-of-persons'],
  // Must not change — state-council-gwr-2012: a noun after the verb makes it the counted phrase.
  ['2147个县（市、区）实施城镇居民社会养老保险试点，1334万人参保，641万人领取养老金。', '641万人', '领取养老金', 'label:classified-noun'],
  // Must not change — sichuan-gwr-2025: a clause before the count names it; the qualifier after is no verb.
  ['城镇新增就业85万人以上，城镇调查失业率5.5%左右。', '85万人', '城镇新增就业', 'label:clause'],
  // guizhou-gwr-2026: what 完成 completes is the work the verbs after it name (label:completed-activity).
  ['有序推进耕地下山、林地上山，完成置换63万亩。', '63万亩', '置换', 'label:completed-activity'],
  // inner-mongolia-gwr-2025
  ['全区在线监测室温达标率99%以上，完成清洁取暖改造19.3万户，群众满意度明显提升。', '19.3万户', '清洁取暖改造', 'label:completed-activity'],
  // inner-mongolia-gwr-2025, tianjin-gwr-2025: what 实现 brings about, a noun jieba tags as a verb (收入/v).
  ['全区接待游客2.73亿人次、实现收入4140亿元，增长18.6%和23.4%。', '4140亿元', '收入', 'label:completed-activity'],
  ['盘活土地2.26万亩、房产超过1000万平方米，实现收入593.6亿元。', '593.6亿元', '收入', 'label:completed-activity'],
  // Must not change — sichuan-gwr-2025: a bare verb without 完成 names nothing.
  ['开展重大地质灾害隐患治理1884处、搬迁26216户、建设监测台站2781处，保护受威胁群众。', '26216户', '', 'label:verb-only'],
  // Must not change — hubei-gwr-2026: a count of things introduced by a verb is labelled by its noun.
  ['稳妥推进55个扩面试点项目、30个城市更新重点片区建设。', '55个', '扩面试点项目', 'label:classified-noun'],
];

const nounAfter: Case[] = [
  // state-council-gwr-2016: a bare magnitude counts the noun after it.
  ['又解决6434万农村人口饮水安全问题。', '6434万', '农村人口饮水安全问题', 'label:noun-after-verb'],
  // guangxi-gwr-2026: a share of the noun after it, without the verb that follows.
  ['实施“千村引领、万村提升”工程项目2758个、完工2746个，99%乡镇通三级及以上等级公路。', '99%', '乡镇', 'label:noun-after-verb'],
  // ningxia-gwr-2026: a clause of only its time names nothing; the noun after 的 is what the share is of.
  ['坚持系统化工程化施策，持续推进“八项民生工程”、“十小便民工程”和“十件群众急难愁盼事项”，每年将75%以上的财力用于民生，5年累计投入6200多亿元。', '75%', '财力', 'label:noun-after-de'],
  // guangdong-gwr-2026: the size of the fund after 的.
  ['招银金投、信银金投开业运营，组建总规模1000亿元的省战略性新兴产业投资引导基金。', '1000亿元', '省战略性新兴产业投资引导基金总规模', 'label:attribute-of-noun-after-de'],
  // shaanxi-gwr-2025: 年产, as 年产能, is the annual output of the project after 的 (38.8亿方: 亿立方米).
  ['狠抓能源工业稳产释能，新增煤矿产能2420万吨，年产38.8亿方的延安气田增产项目全面投产。', '38.8亿方', '延安气田增产项目年产', 'label:attribute-of-noun-after-de'],
  // guangdong-gwr-2025: a share of the whole's thing after 的.
  ['进出口总额突破9万亿元、增长9.8%，总量连续39年居全国首位，贡献了全国38.7%的贸易增量。', '38.7%', '贡献了全国的贸易增量', 'label:share-of-whole'],
];

const respectively: Case[] = [
  // sichuan-gwr-2025: the items share 增加值 after the word they end with.
  ['六大优势产业、高技术制造业、绿色低碳优势产业增加值分别增长6.9%、8.4%、10.2%，人工智能等新兴产业增长20%以上。', '6.9%', '六大优势产业增加值增长', 'label:respectively'],
  ['六大优势产业、高技术制造业、绿色低碳优势产业增加值分别增长6.9%、8.4%、10.2%，人工智能等新兴产业增长20%以上。', '8.4%', '高技术制造业增加值增长', 'label:respectively'],
  // state-council-gwr-2007: one-word items share 事业的支出; the last is joined by 和.
  ['全年中央财政用于科技、教育、卫生和文化事业的支出分别为774亿元、536亿元、138亿元和123亿元。', '774亿元', '中央财政用于科技事业的支出', 'label:respectively'],
  ['全年中央财政用于科技、教育、卫生和文化事业的支出分别为774亿元、536亿元、138亿元和123亿元。', '138亿元', '卫生事业的支出', 'label:respectively'],
  // state-council-gwr-2023: a four-character word shares the last item's second word (制造业投资).
  ['全年基础设施、制造业投资分别增长9.4%、9.1%，带动固定资产投资增长5.1%。', '9.4%', '基础设施投资增长', 'label:respectively'],
  // Must not change — fujian-gwr-2026: after a four-character word the last item is not cut at a shorter first word
  // (which gave 城镇居民居民人均可支配收入); the shared tail stays unread here, a known gap.
  ['城镇居民、农村居民人均可支配收入分别增长4.5%、5.7%。', '4.5%', '城镇居民增长', 'label:respectively'],
  // state-council-gwr-2013: two things joined by 和.
  ['城镇居民人均可支配收入和农村居民人均纯收入年均分别增长8.8%、9.9%；', '8.8%', '城镇居民人均可支配收入年均增长', 'label:respectively'],
  // fujian-gwr-2026: items with nothing in common keep their own words.
  ['单位地区生产总值能耗、主要污染物排放强度分别约为全国平均的70%、60%。', '70%', '单位地区生产总值能耗约为全国平均', 'label:respectively'],
  // shanghai-gwr-2025: a second 分别 with no list hands the figures to the things of the first.
  ['跨国公司地区总部、外资研发中心分别新认定60家和30家，累计分别达到1016家和591家。', '30家', '外资研发中心新认定', 'label:respectively'],
  ['跨国公司地区总部、外资研发中心分别新认定60家和30家，累计分别达到1016家和591家。', '1016家', '跨国公司地区总部新认定', 'label:respectively-carried'],
  // state-council-gwr-2007: 分别 after two figures hands the changes to their things.
  ['城镇居民人均可支配收入11759元，农村居民人均纯收入3587元，扣除价格因素，分别比上年实际增长10.4%和7.4%。', '7.4%', '农村居民人均纯收入比上年实际增长', 'label:respectively-carried'],
  // gansu-gwr-2025, shaanxi-gwr-2025: a word naming two things.
  ['城乡居民人均可支配收入分别增长5%和7%左右。', '7%', '农村居民人均可支配收入增长', 'label:respectively'],
  ['现代服务业规模超过5500亿元，银行存贷款增速分别达7.9%、8%。', '7.9%', '银行存款增速', 'label:respectively'],
  // guizhou-gwr-2026: a word naming three things.
  ['主要预期目标是：地区生产总值增长5%左右，其中一二三产增加值分别增长3.5%左右、6%左右、5%左右。', '6%', '二产增加值增长', 'label:respectively'],
  // hainan-gwr-2025: an aside in brackets inside the list.
  ['打好农村人居环境整治五年行动收官战，农村生活污水治理率、自来水普及率、生活垃圾分类屋（亭）行政村覆盖率分别达90%、96%、100%，村内主干道和公共场所路灯安装率达50%。', '90%', '农村生活污水治理率', 'label:respectively'],
  // state-council-gwr-2018: 均 gives one figure to the whole list.
  ['单位国内生产总值能耗、水耗均下降20%以上，主要污染物排放量持续下降。', '20%', '单位国内生产总值能耗、水耗下降', 'label:shared-by-list'],
];

// label:shared-quantity — shaanxi-gwr-2025: the quantity word ending the last product is said of the others too;
// state-council-gwr-2016: items that end on quantities of their own (用水量, 能耗) share none.
const sharedQuantity: Case[] = [
  ['汽车、有色金属行业增加值分别增长18.1%、16.6%，太阳能电池、集成电路圆片产量分别增长57.2%、36.7%，新能源汽车产量达到119.8万辆。', '57.2%', '太阳能电池产量增长', 'label:shared-quantity'],
  ['汽车、有色金属行业增加值分别增长18.1%、16.6%，太阳能电池、集成电路圆片产量分别增长57.2%、36.7%，新能源汽车产量达到119.8万辆。', '36.7%', '集成电路圆片产量增长', 'label:respectively'],
  ['今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%，森林覆盖率达到23.04%。', '15%', '能耗下降', 'label:respectively'],
  // hainan-gwr-2026: an item ending as a quantity word does (货值) makes the list one of unlike things.
  ['新增经营主体2.68万户，进口货值、免签入境游客、国际航行船舶进出、新增外资企业、离岛免税销售额分别增长38.9%、64%、19.6%、13%、46.8%。', '64%', '免签入境游客增长', 'label:respectively'],
];

const carried: Case[] = [
  // tibet-gwr-2025: an aim word alone before a figure ending its clause restates the figure before, change and all.
  ['经济社会发展主要预期目标是：地区生产总值增长7%以上、力争达到8%，全社会固定资产投资增长15%以上、力争达到20%。', '8%', '地区生产总值增长', 'label:carried-subject'],
  ['经济社会发展主要预期目标是：地区生产总值增长7%以上、力争达到8%，全社会固定资产投资增长15%以上、力争达到20%。', '20%', '全社会固定资产投资增长', 'label:carried-subject'],
  // Must not change — gansu-gwr-2025: words after the figure are what it counts.
  ['完成生态及地质灾害避险搬迁2.14万户，确保12.98万户一期工程圆满收官。', '12.98万户', '', 'label:verb-only'],
  // state-council-gwr-2007: a change that turned (label:change-turn's words) names no thing of its own; the measure is the subject's.
  ['单位国内生产总值能耗比上年上升0.2%，转为下降1.2%。', '1.2%', '单位国内生产总值能耗转为下降', 'label:carried-subject'],
  // shanghai-gwr-2026: a share 占… takes the subject of the figure before.
  ['工业战略性新兴产业总产值增长6.5%、占规模以上工业总产值比重提高到45%。', '45%', '工业战略性新兴产业总产值占规模以上工业总产值比重', 'label:carried-subject'],
  // state-council-gwr-2023: a change led by its period.
  ['国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元。', '5.2%', '国内生产总值五年年均增长', 'label:carried-subject'],
  // shanghai-gwr-2025: a restatement in another currency.
  ['外贸进出口总额达到4.27万亿元、再创历史新高，实际使用外资175亿美元左右、约合1243亿元人民币。', '1243亿元', '实际使用外资约合', 'label:carried-subject'],
  // sichuan-gwr-2025: a total.
  ['新增国家高新技术企业1200家，总量达到1.8万家。', '1.8万家', '新增国家高新技术企业总量', 'label:carried-subject'],
  // state-council-gwr-2016: a change of the stock said by a verb alone.
  ['去年末居民储蓄存款余额增长8.5%，新增4万多亿元。', '4万多亿元', '居民储蓄存款余额新增', 'label:carried-subject'],
  // hunan-gwr-2025: a comparison with the whole.
  ['规模工业企业利润增长4.1%、高于全国8.8个百分点。', '8.8个百分点', '规模工业企业利润高于全国', 'label:carried-subject'],
  // state-council-gwr-2008: a move from one rank to another.
  ['2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%，从世界第六位上升到第四位；', '第六位', '国内生产总值从世界', 'label:carried-subject'],
  // xinjiang-gwr-2026: a rank said of no thing; the run of years is no part of it (label:period-run).
  ['油气当量3.25亿吨、连续5年稳居全国第一；原煤产量增速连续4年居全国主要产煤省区首位。', '第一', '油气当量稳居全国', 'label:carried-subject'],
  // state-council-gwr-2010: a basis with what it was measured against.
  ['2009年中央政府公共投资9243亿元，比上年预算增加5038亿元。', '5038亿元', '中央政府公共投资增加', 'label:carried-subject'],
  // state-council-gwr-2023: a change of output said by a verb alone.
  ['国际收支保持平衡。粮食产量1.37万亿斤，增产74亿斤。', '74亿斤', '粮食产量增产', 'label:carried-subject'],
  // state-council-gwr-2023: a multiple of an earlier time.
  ['去年底企业数量超过5200万户、个体工商户超过1.1亿户，市场主体总量超过1.6亿户、是十年前的3倍，发展内生动力明显增强。', '3倍', '市场主体总量是十年前', 'label:carried-subject'],
  // state-council-gwr-2003: the figure after a multiple carries its subject without the multiple.
  ['2002年，全国财政性教育经费投入3366亿元，是1997年的1.8倍，占国内生产总值的比重从2.5%提高到3.3%。', '2.5%', '财政性教育经费投入占国内生产总值的比重', 'label:carried-subject'],
];

const clause: Case[] = [
  // sichuan-gwr-2025: an aside in brackets is read past.
  ['中欧班列（成渝）累计开行量突破3.6万列，长江班列稳定开行。', '3.6万列', '中欧班列累计开行量', 'label:clause'],
  // jiangxi-gwr-2026: 对外 is a word, not the preposition 对.
  ['对外直接投资增长4.3%，越来越多的江西企业抱团出海。', '4.3%', '对外直接投资增长', 'label:clause'],
  // state-council-gwr-2007: the start of a change (从, 由…的) is not part of the thing.
  ['西部地区“两基”人口覆盖率由2003年的77%提高到96%。', '77%', '西部地区两基人口覆盖率', 'label:clause'],
];

const figureInPhrase: Case[] = [
  // gansu-gwr-2026: an amount that bounds the noun after it (3岁以下) stays in the thing of the figure after it.
  ['每千人拥有3岁以下婴幼儿托位数4.59个。', '4.59个', '每千人拥有3岁以下婴幼儿托位数', 'label:figure-in-phrase'],
  // fujian-gwr-2026: a threshold after 超.
  ['持续加大招商引资力度，打造“投资福建”品牌，新引进落地总投资超10亿元项目50个以上。', '50个', '新引进落地总投资超10亿元项目', 'label:figure-in-phrase'],
  // Must not change — state-council-gwr-2023: the start of a move is left out.
  ['常住人口城镇化率从60.2%提高到65.2%，乡村振兴战略全面实施。', '65.2%', '常住人口城镇化率', 'label:clause'],
];

const subjectBeforeComma: Case[] = [
  // state-council-gwr-2003: a verbal noun (经费/vn) ends the thing before the comma too.
  ['全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元，占国内生产总值的比重由0.64%提高到1.1%。', '509亿元', '研究与试验开发经费', 'label:subject-before-comma'],
  // state-council-gwr-2003: a first figure whose clause only moves from a value takes the thing of the clause before its comma.
  ['居民收入持续增加。城镇居民家庭人均可支配收入，由1997年的5160元增加到2002年的7703元。', '5160元', '城镇居民家庭人均可支配收入', 'label:subject-before-comma'],
  // Must not change — state-council-gwr-2023: a clause with no move or level is not handed the clause before (约6700万人受益):
  // its own verb names the people (label:act-of-persons).
  ['向更多低收入群众发放价格补贴，约6700万人受益。', '6700万人', '受益', 'label:act-of-persons'],
];

const levelAt: Case[] = [
  // state-council-gwr-2019: the verb of state and its preposition are no part of the thing.
  ['城镇新增就业1361万人、调查失业率稳定在5%左右的较低水平。', '5%', '调查失业率', 'label:level-at'],
  // hunan-gwr-2026: with its adverb.
  ['民生支出占比持续保持在70%以上，连续部署推进“十大重点民生实事”。', '70%', '民生支出占比', 'label:level-at'],
  // guangdong-gwr-2026: in a list handed its figures by 分别.
  ['大力发展生猪、肉鸡、肉鸽等优势畜禽养殖，生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上。', '13.5亿只', '家禽年出栏量', 'label:level-at'],
  // state-council-gwr-2020: a bare preposition after the thing.
  ['城镇新增就业1352万人，调查失业率在5.3%以下。', '5.3%', '调查失业率', 'label:level-at'],
  // Must not change — state-council-gwr-2013: 在 ending a word (现在) is no preposition.
  ['企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元。', '1721元', '企业退休人员基本养老金从2004年人均每月提高到现在', 'label:clause'],
  // Must not change — state-council-gwr-2018: 控制在 is a ceiling qualifier, taken off as before.
  ['财政赤字率一直控制在3%以内。', '3%', '财政赤字率一直', 'label:clause'],
];

const sizeClass: Case[] = [
  // gansu-gwr-2026: jieba glues the class word to the unit (亿吨级/m); the noun is read from after it.
  ['新探明泾川特大型铀矿、玉门超40吨金矿、平凉7亿吨级冶镁白云岩等大中型矿产地35处。', '7亿吨', '冶镁白云岩', 'label:size-class'],
  // henan-gwr-2026: or to the noun (级风/x).
  ['全球首台25兆瓦级风电主轴轴承、全球最高10米液压支架、全球最大直径竖井掘进机成功下线。', '25兆瓦', '风电主轴轴承', 'label:size-class'],
  // guizhou-gwr-2026: the figure is a class of size; the label names the things of that size.
  ['深入实施节能降碳改造，推动30万千瓦级煤电机组“上大压小”。', '30万千瓦', '煤电机组上大压小', 'label:size-class'],
  // liaoning-gwr-2025
  ['成功研制1000千瓦级内电混合动力机车。', '1000千瓦', '内电混合动力机车', 'label:size-class'],
  // xinjiang-gwr-2025: a count of things of a size class.
  ['大力发展新能源产业，建成3个千万千瓦级新能源基地。', '3个', '千万千瓦级新能源基地', 'label:size-class'],
  // hunan-gwr-2026
  ['新增2家千亿级、24家百亿级工业企业。', '24家', '百亿级工业企业', 'label:size-class'],
  // Must not change — hubei-gwr-2025: a grade is read as before.
  ['新增钟祥明显陵、麻城龟峰山2家5A级景区。', '2家', '5A级景区', 'label:graded-noun'],
];

const earlierList: Case[] = [
  // state-council-gwr-2006: 分别 whose clause names nothing hands the run to the list of the clause before.
  ['城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长58.3%和29.2%。', '29.2%', '农村居民人均纯收入实际增长', 'label:respectively-earlier-list'],
  // state-council-gwr-2001
  ['农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元。', '6280元', '城镇居民人均可支配收入', 'label:respectively-earlier-list'],
  // ningxia-gwr-2026: the words opening the clause (其中) are not the list's first thing.
  ['全体居民人均可支配收入增长5.5%，居全国第五，其中城镇、农村居民收入分别增长4.8%、5.9%。', '4.8%', '城镇居民收入增长', 'label:respectively'],
  // yunnan-gwr-2026, guizhou-gwr-2025: jieba's one word (第三产业, 三产) holds what the items alike but for their numerals share.
  ['规模以上工业增加值增长4.5%，第一、第三产业增加值分别增长3.1%、5.1%。', '3.1%', '第一产业增加值增长', 'label:respectively'],
  ['地区生产总值增长5.5%左右，其中一、二、三产增加值分别增长3.5%以上、7%左右、5%左右。', '7%', '二产增加值增长', 'label:respectively'],
  // Must not change — state-council-gwr-2005: figures before carry their things to the run.
  ['城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，扣除价格因素，分别实际增长7.7%和6.8%。', '6.8%', '农村居民人均纯收入实际增长', 'label:respectively-carried'],
  // Must not change — jiangxi-gwr-2026: a clause with its own verb (从无到有) is no list of things.
  ['万亿产业、国家先进制造业集群从无到有，分别达2个、3个。', '3个', '', 'label:clause'],
];

const listToRun: Case[] = [
  // gansu-gwr-2025: as many figures as things in the list, with no 分别: each its own; the 分别 after carries them on.
  ['原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米，分别增长9.3%、7.3%、21.2%。', '1253.6万吨', '原油产量', 'label:list-to-run'],
  ['原煤、原油、天然气产量达到6640.8万吨、1253.6万吨、9.1亿立方米，分别增长9.3%、7.3%、21.2%。', '9.3%', '原煤产量增长', 'label:respectively-carried'],
  // hebei-gwr-2025
  ['深入开展燃气、矿山、消防等领域专项整治，生产安全事故起数、死亡人数下降17.6%、11.6%。', '17.6%', '生产安全事故起数下降', 'label:list-to-run'],
  // state-council-gwr-2012: two things joined by 和 alone, two figures joined by 和; state-council-gwr-2013: the things share the words after the last.
  ['城镇新增就业1221万人，城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4％和11.4％。', '8.4％', '城镇居民人均可支配收入实际增长', 'label:list-to-run'],
  ['2012年底，城镇和农村人均住房面积32.9平方米、37.1平方米，分别比2007年增加2.8平方米和5.5平方米。', '32.9平方米', '城镇人均住房面积', 'label:list-to-run'],
  // Must not change — qinghai-gwr-2026: one figure after a list is no run (a list of two, 和 inside an item); the list's single
  // word shares the verb's object, the sector 交通运输、仓储和邮政业 (label:list-head).
  ['服务业平稳趋好，交通运输、仓储和邮政业增长8.5%，客货总周转量增长9.5%。', '8.5%', '交通运输、仓储和邮政业增长', 'label:list-head'],
];

const clauseSubject: Case[] = [
  // shaanxi-gwr-2026: a clause with no figure names its own subject between the figure before and a figure given by a verb.
  ['对中亚五国、东盟进出口分别增长37.2%、19%，全省进出口总值创历史新高，达到5379亿元、增长18.5%。', '5379亿元', '进出口总值', 'label:clause-subject'],
  ['对中亚五国、东盟进出口分别增长37.2%、19%，全省进出口总值创历史新高，达到5379亿元、增长18.5%。', '18.5%', '进出口总值增长', 'label:carried-subject'],
  // hunan-gwr-2026: the clause between them ends at a 、.
  ['上市公司达162家、居中部前列，外贸实绩企业突破9000家，高新技术企业数量实现翻番、达1.8万家。', '1.8万家', '高新技术企业数量', 'label:clause-subject'],
  // qinghai-gwr-2026
  ['民生领域财政支出占比保持在76%以上，就业形势持续稳定向好，全体居民人均可支配收入增速高于经济增速、突破3万元。', '3万元', '全体居民人均可支配收入', 'label:clause-subject'],
  // Must not change — shanghai-gwr-2025: a clause that opens with its verb (再创历史新高) names no subject.
  ['外贸进出口总额达到4.27万亿元、再创历史新高，增长5%。', '5%', '外贸进出口总额增长', 'label:carried-subject'],
];

const planWords: Case[] = [
  // state-council-gwr-2021: the object marker of a plan opens no thing; the basis a move starts from ends none.
  ['将小规模纳税人增值税起征点从月销售额10万元提高到15万元。', '10万元', '小规模纳税人增值税起征点', 'label:move-start'],
  // state-council-gwr-2013: 把 as well.
  ['把居民消费价格涨幅控制在3.5%左右。', '3.5%', '居民消费价格涨幅', 'label:clause'],
  // state-council-gwr-2021: the plan's verb and its preposition.
  ['今年赤字率拟按3.2%左右安排、比去年有所下调。', '3.2%', '赤字率', 'label:clause'],
  // state-council-gwr-2007: a move counted from last year.
  ['为此中央财政支出将由上年18亿元增加到95亿元。', '18亿元', '为此中央财政支出', 'label:move-start'],
  // Must not change — guangdong-gwr-2025: 由 inside a word (理由) starts no move.
  ['线下无理由退货承诺店超4500家。', '4500家', '线下无理由退货承诺店', 'label:clause'],
  // Must not change — state-council-gwr-2008: a move between ranks keeps its scope.
  ['2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%，从世界第六位上升到第四位；', '第六位', '国内生产总值从世界', 'label:carried-subject'],
];

const objectAfterFigure: Case[] = [
  // guangdong-gwr-2026: a clause that ends on its verb; the amount of money is the noun's after it.
  ['招银金投、信银金投开业运营，国家创业投资引导基金在大湾区设立超500亿元区域基金。', '500亿元', '国家创业投资引导基金在大湾区设立区域基金', 'label:object-after-figure'],
  // state-council-gwr-2009
  ['中央财政安排384亿元救灾款和740亿元恢复重建资金。', '384亿元', '中央财政安排救灾款', 'label:object-after-figure'],
  // Must not change — gansu-gwr-2025: a milestone after the amount is the level its subject passed.
  ['临夏州经济总量跻身500亿元行列。', '500亿元', '临夏州经济总量', 'label:clause'],
  // Must not change — xinjiang-gwr-2026: after a length the noun is rarely what is measured (城市).
  ['建设改造4075公里城市地下管网。', '4075公里', '建设改造', 'label:clause'],
];

const carriedOnce: Case[] = [
  // anhui-gwr-2026: the subject carried already ends with the words of the clause (从全国); they are not said twice.
  ['科技型中小企业数增长4.9倍、从全国第13位升至第5位，高新技术企业数增长1.7倍。', '第5位', '科技型中小企业数从全国', 'label:carried-subject'],
  // zhejiang-gwr-2026
  ['出口规模突破4万亿元，占全国份额从14%提升到15.5%，跃居全国第2位。', '15.5%', '出口规模占全国份额', 'label:carried-subject'],
];

const rateNamed: Case[] = [
  // gansu-gwr-2025: 化解/v 率/v is a rate, not a verb phrase.
  ['行政复议改革受理案件6965件，化解率达到90%。', '90%', '化解率', 'label:rate-named'],
  // Must not change — hubei-gwr-2026: a verb alone still names nothing.
  ['稳妥推进55个扩面试点项目、30个城市更新重点片区建设。', '55个', '扩面试点项目', 'label:classified-noun'],
];

const comparison: Case[] = [
  // anhui-gwr-2026: 优于全国 names no thing of its own; the figure before has it.
  ['社会物流总费用与GDP的比率从14.7%降至13%左右、优于全国约1个百分点。', '1个百分点', '社会物流总费用与GDP的比率优于全国', 'label:carried-subject'],
];

const parallelPredicate: Case[] = [
  // beijing-gwr-2025: a verb alone after a figure in the same unit is said of that figure's thing.
  ['老旧小区改造开工742个、完工548个，启动危旧楼房改建和简易楼腾退。', '548个', '老旧小区改造完工', 'label:parallel-predicate'],
  // state-council-gwr-2003: the thing follows the earlier count; the verbs that open the earlier label are left out (提请审议, xinjiang-gwr-2025).
  ['对2000年底以前发布的756件行政法规进行全面清理，废止71件，宣布失效80件。', '80件', '行政法规宣布失效', 'label:parallel-predicate'],
  ['提请审议地方性法规14部、废止11部，出台政府规章5部、废止7部，落实重大行政决策法定程序。', '11部', '地方性法规废止', 'label:parallel-predicate'],
  // hainan-gwr-2026: right after it, in another unit, one word is another measure of the same thing.
  ['2025年医疗旅游人次86.5万、收入83.9亿元，累计22种药械产品通过真实世界数据应用试点获批上市。', '83.9亿元', '医疗旅游收入', 'label:parallel-predicate'],
  // Must not change — shanxi-gwr-2025: after a classifier the last noun is the thing counted, no measure of it.
  ['十一是维修农村供水工程1800处，受益200万人。', '200万人', '', 'label:verb-only'],
  // Must not change — henan-gwr-2026: words after the figure name its own thing, though not read.
  ['加快钢铁、煤炭、有色等10个传统产业提质升级，实施200个以上节能降碳改造和用能设备更新项目。', '200个', '', 'label:verb-only'],
  // Must not change — state-council-gwr-2007: a rate that turned takes the subject the move started from (label:change-turn), not the verb's thing.
  ['单位国内生产总值能耗由前三年分别上升4.9%、5.5%、0.2%，转为下降1.2%；', '1.2%', '单位国内生产总值能耗转为下降', 'label:carried-subject'],
];

const wholeWord: Case[] = [
  // gansu-gwr-2026: the 共 of 共建 is no filler (累计, 共 …) where it opens a verb.
  ['外贸进出口总值首次突破700亿元、年均增长13.2%，对共建“一带一路”国家进出口年均增长14.4%。', '14.4%', '共建一带一路国家进出口年均增长', 'label:whole-word'],
  // liaoning-gwr-2026: nor the 及 of 惠及 at the end.
  ['16万儿童享受学前一年免费教育，育儿补贴惠及60万人。', '60万人', '育儿补贴惠及', 'label:whole-word'],
  // shanxi-gwr-2026: a filler (并) that would leave one character opens a word jieba does not know alone (并网/x).
  ['探索新能源一体化、融合化发展路径，安排风电光伏装机规模3000万千瓦、并网2000万千瓦。', '2000万千瓦', '并网', 'label:whole-word'],
  // Must not change — state-council-gwr-2023: one character that is a filler itself goes too (共向), and the noun after names the thing.
  ['延续实施失业保险保障扩围政策，共向1000多万失业人员发放失业保险待遇。', '1000多万', '失业人员发放失业保险待遇', 'label:noun-after-verb'],
  // Must not change — ningxia-gwr-2026: 达 after a word jieba glues from unknown characters (率达/x) is a filler.
  ['创建群众信访问题依法容缺化解机制，信访积案化解率达97.5%。', '97.5%', '信访积案化解率', 'label:clause'],
];

const levelReached: Case[] = [
  // liaoning-gwr-2026: a verb ending in 至 brings the thing to the figure's level.
  ['深入实施国企改革“三能”机制改革攻坚专项行动，省属国有企业重组整合至11家。', '11家', '省属国有企业重组', 'label:level-reached'],
  // anhui-gwr-2025: 升至 after a share.
  ['省属高校与新兴产业紧密相关的专业点占比升至64.9%。', '64.9%', '省属高校与新兴产业紧密相关的专业点占比', 'label:level-reached'],
  // liaoning-gwr-2026: a milestone verb of the lexicon.
  ['粮食产量跃上500亿斤台阶。', '500亿斤', '粮食产量', 'label:level-reached'],
  // jiangsu-gwr-2026: an adverb before the verb goes with it.
  ['地区生产总值连续迈上4个万亿元台阶、达14.2万亿元、年均增长5.7%。', '14.2万亿元', '地区生产总值', 'label:carried-subject'],
  // beijing-gwr-2025: an adverb right before the figure.
  ['新增普惠性托位近1.9万个，适龄儿童入园率和普惠率均达到93%；', '93%', '适龄儿童入园率和普惠率', 'label:level-reached'],
  // Must not change — anhui-gwr-2026: 连续 before a count of occasions stays.
  ['长江十年禁渔连续4次获评全国优秀。', '4次', '长江十年禁渔连续获评全国', 'label:activity'],
  // Must not change — yunnan-gwr-2026: a thing jieba reads as a verb (支出) stays with its adverb.
  ['地方一般公共预算收入增长2.3%、支出首次超过7000亿元。', '7000亿元', '支出首次', 'label:clause'],
];

const purposeAfterFigure: Case[] = [
  // anhui-gwr-2025: an amount given by a verb alone is what the verb after it spends it on.
  ['聚焦群众急难愁盼，投入567亿元办好民生实事。', '567亿元', '投入办好民生实事', 'label:purpose-after-figure'],
  // sichuan-gwr-2025: a count between the verb and its object is left out.
  ['统筹20亿元实施6个重大科技专项，54个产业链攻关项目取得突破。', '20亿元', '统筹实施重大科技专项', 'label:purpose-after-figure'],
  // Must not change — gansu-gwr-2026: people are counted otherwise (13.07万户 is no money).
  ['实施生态及地质灾害避险搬迁一期工程，让13.07万户46万群众远离了危险。', '13.07万户', '', 'label:verb-only'],
];

const predicateAfterNoun: Case[] = [
  // jiangsu-gwr-2025: the verbal noun a verb follows is said of the thing counted.
  ['持续提升医疗服务能力，16家高水平医院建设加速推进。', '16家', '高水平医院', 'label:predicate-after-noun'],
  // chongqing-gwr-2026
  ['为70万妇女免费开展“两癌”筛查。', '70万', '妇女', 'label:predicate-after-noun'],
  // Must not change — shaanxi-gwr-2026: a verb with an object of its own after the verbal noun (纵向补偿基金).
  ['设立10亿元绿色发展纵向补偿基金，完善生态保护补偿机制。', '10亿元', '绿色发展', 'label:noun-after-verb'],
];

const emptyNoMore: Case[] = [
  // state-council-gwr-2003: jieba reads 长期 as an adverb; it opens the noun phrase after the amount.
  ['综合考虑各方面因素，今年拟发行1400亿元长期建设国债。', '1400亿元', '长期建设国债', 'label:modifier-opens-noun'],
  // guangdong-gwr-2025: 超/v 长期/d 特别/d 国债资金.
  ['争取161.4亿元超长期特别国债资金支持，推进国家重大战略实施和重点领域安全能力建设项目142个、总投资1514亿元。', '161.4亿元', '超长期特别国债资金', 'label:modifier-opens-noun'],
  // shanghai-gwr-2026: an adjective (旧/a).
  ['完成20万平方米旧住房成套改造。', '20万平方米', '旧住房', 'label:modifier-opens-noun'],
  // state-council-gwr-2024: the verb said again counts the object it took earlier in the sentence.
  ['从今年开始拟连续几年发行超长期特别国债，专项用于国家重大战略实施和重点领域安全能力建设，今年先发行1万亿元。', '1万亿元', '超长期特别国债', 'label:object-of-earlier-verb'],
  // label:object-of-clause-before — state-council-gwr-2014, sichuan-gwr-2026: a bare verb opening the sentence's figures
  // acts on the object of the clause before, less its effort word and the activity it is of.
  ['坚持分类指导、分步实施、分级负责，加大保障性安居工程建设力度，今年新开工700万套以上，其中各类棚户区470万套以上，加强配套设施建设。', '700万套', '保障性安居工程新开工', 'label:object-of-clause-before'],
  ['防范和化解重点领域风险，打好“保交房”攻坚战，交付31.7万套。', '31.7万套', '保交房交付', 'label:object-of-clause-before'],
  // Must not change — anhui-gwr-2026, liaoning-gwr-2025: words after the figure are what it counts;
  // state-council-gwr-2012: a figure before it (基本建成500万套) leaves the clause before another's.
  ['更好适配群众健身需求和闲置资源，拓展教练培训、资质认证服务，改造多功能运动空间，提升15分钟健身圈服务功能。', '15分钟', '', 'label:verb-only'],
  ['坚持把稳实体经济作为重中之重，打好政策“组合拳”，深入落实党中央稳经济一揽子政策，相继出台43条、16条具体举措。', '43条', '', 'label:verb-only'],
  ['继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套，新开工700万套以上。', '700万套', '', 'label:verb-only'],
];

const relativeClause: Case[] = [
  // label:relative-clause-noun — guangdong-gwr-2026, guangdong-gwr-2025: a clause opened by a verb or an adverb and closed by
  // 的 between the count and its noun says which things are counted.
  ['改造提升超5000个已建成自然村的生活污水治理设施，优化已建成自然村生活污水治理设施运维管护。', '5000个', '已建成自然村的生活污水治理设施', 'label:relative-clause-noun'],
  ['全省320家承包或委托经营的中小学食堂实现全流程检查评价及供餐质量安全监测全覆盖。', '320家', '承包或委托经营的中小学食堂', 'label:relative-clause-noun'],
  // jiangsu-gwr-2025: a threshold (超) opens the clause.
  ['实施农业全产业链高质量发展三年行动，努力建成10条超五百亿级的市域特色链、10条超百亿级的县域特色链。', '10条', '超五百亿级的市域特色链', 'label:relative-clause-noun'],
  // Must not change — state-council-gwr-2014: people counted are who does what the clause says, not its noun.
  ['今后一个时期，着重解决好现有“三个1亿人”问题，促进约1亿农业转移人口落户城镇，改造约1亿人居住的城镇棚户区和城中村，引导约1亿人在中西部地区就近城镇化。', '1亿人', '城镇棚户区和城中村', 'label:noun-after-de'],
];

const periodRun: Case[] = [
  // henan-gwr-2026: how long the level held is no part of the thing.
  ['积极应对气候变化影响，粮食总产量连续9年稳定在1300亿斤以上。', '1300亿斤', '粮食总产量', 'label:period-run'],
  // guangdong-gwr-2025: a rank keeps its scope.
  ['区域创新能力连续8年全国第一。', '第一', '区域创新能力全国', 'label:period-run'],
  // jiangsu-gwr-2026: the verb of state goes with the run.
  ['新建全国法治政府示范地区和项目12个，群众安全感连续7年保持98%以上。', '98%', '群众安全感', 'label:period-run'],
  // Must not change — guangdong-gwr-2026: a run before a predicate of its own.
  ['全面落实育儿补贴政策，连续6年成为全国唯一出生人口超百万的省份。', '百万', '连续6年成为全国唯一出生人口', 'label:clause'],
];

const qualifierAfter: Case[] = [
  // guangdong-gwr-2026: another classifier in brackets after the unit is stepped over; liaoning-gwr-2026: and the qualifier after it.
  ['推动建设超100条（个）幸福河湖，超5个县（市、区）开展全域幸福河湖建设。', '100条', '幸福河湖', 'label:classified-noun'],
  ['开放共享科研设施和科研仪器1万台（套）以上。', '1万台', '开放共享科研设施和科研仪器', 'label:clause'],
  // henan-gwr-2026: jieba cuts the qualifier in two (及/c 以下/f); it is stepped over as text.
  ['全面完成存量煤电项目优化改造，关停淘汰10万千瓦及以下燃煤机组。', '10万千瓦', '燃煤机组', 'label:noun-after-verb'],
  // hainan-gwr-2025: or glues it to the classifier (户及/x).
  ['实现20户及以上自然村千兆光纤和5G网络全覆盖。', '20户', '自然村', 'label:classified-noun'],
  // guangdong-gwr-2025: a threshold keeps the qualifier after its unit (免费 before a verb with an object stays: a known fault).
  ['为超2.5万名65岁及以上失能老年人免费提供健康管理服务。', '2.5万名', '65岁及以上失能老年人免费', 'label:threshold-class'],
];

// What a rate is counted per stays in its label (label:per-unit); an amount it is counted per before a change is no
// part of the thing (label:per-basis-of-change); neither ends a name on 每.
const perUnit: Case[] = [
  // state-council-gwr-2014, inner-mongolia-gwr-2026, jilin-gwr-2025, zhejiang-gwr-2025
  ['城乡居民基本医保财政补助标准提高到人均320元。', '320元', '城乡居民基本医保财政补助标准人均', 'label:per-unit'],
  ['城乡低保标准提高到每月815元和615元，基本民生保障全部达标。', '615元', '城乡低保标准每月', 'label:per-unit'],
  ['城乡居民基本医疗保险补助标准提高到每人每年670元。', '670元', '城乡居民基本医疗保险补助标准每人每年', 'label:per-unit'],
  ['配置AED达每10万人45台。', '45台', '配置AED每10万人', 'label:per-unit'],
  // state-council-gwr-2012, state-council-gwr-2011
  ['今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。', '7.4元', '小麦最低收购价平均提高', 'label:per-basis-of-change'],
  ['今年小麦最低收购价每50公斤提高5到7元，水稻最低收购价每50公斤提高9到23元。', '9到23元', '水稻最低收购价提高', 'label:per-basis-of-change'],
  // Must not change — hainan-gwr-2026: 每10万人口 opens the name of what is measured; state-council-gwr-2009: the start
  // of a move loses its per-unit words with 由, as its end does.
  ['新增普通高校7所，每10万人口高等教育平均在校生增长27%。', '27%', '每10万人口高等教育平均在校生增长', 'label:clause'],
  ['将农村部分计划生育家庭奖励扶助标准由人均600元提高到720元。', '600元', '农村部分计划生育家庭奖励扶助标准', 'label:clause'],
];

// label:bounds-noun: [sentence, figure, whether it bounds the noun after it]; compare takes such a threshold for no target.
const boundsNoun: Array<[string, string, boolean]> = [
  // jiangxi-gwr-2025: a threshold after 超, with no 的.
  ['做深做细“土特产”文章，推进优势特色产业集群、现代农业产业园、农业产业强镇建设，建设10个食品产业园，年销售收入超10亿元农业产业化龙头企业达到100家以上。', '10亿元', true],
  // shandong-gwr-2025: a threshold before 以上.
  ['改造升级传统产业，加快设备更新和技术改造，实施500万元以上技改项目1.2万个左右。', '500万元', true],
  // Must not — shandong-gwr-2025: the count of the bounded things.
  ['改造升级传统产业，加快设备更新和技术改造，实施500万元以上技改项目1.2万个左右。', '1.2万个', false],
  // Must not — state-council-gwr-2016: a magnitude the noun after it counts (numeral:unit-named-after).
  ['今年要完成1000万以上农村贫困人口脱贫任务，其中易地搬迁脱贫200万人以上，继续推进贫困农户危房改造。', '1000万', false],
  // Must not — state-council-gwr-2009: an amount of its own before a noun.
  ['中央财政安排384亿元救灾款和740亿元恢复重建资金，迅速出台一系列支援灾区的政策措施。', '384亿元', false],
];

describe('label:bounds-noun', () => {
  it.each(boundsNoun)('%s → %s: %s', (text, surface, bounds) => {
    const figure = figuresOf(text).find((f) => f.surface === surface);
    expect(figure!.rule.split(' ').includes('label:bounds-noun')).toBe(bounds);
  });
});

// [a sentence of a corpus report, a count's surface, its label, whether label:adverb-opens-noun read it]: right after a
// count's classifier, a word jieba tags as an adverb that a noun follows opens the counted noun.
const adverbOpens: Array<[string, string, string, boolean]> = [
  // fujian-gwr-2026: 高速/d 服务区/n.
  ['新开工33个“两通工程”项目，新开通28个高速服务区出入口，累计惠及80个乡镇近300万群众。', '28个', '高速服务区出入口', true],
  // beijing-gwr-2026: 难点/d 问题/n.
  ['狠抓每月一题专项治理，攻坚突破家政服务市场规范等11个难点问题。', '11个', '难点问题', true],
  // tianjin-gwr-2026: 更新/d 项目/n.
  ['提请市人大常委会审议通过城市更新条例，新开工郁江新里等8个更新项目，启动改造19个城中村。', '8个', '更新项目', true],
  // Must not change — shanghai-gwr-2025: before a verb the adverb modifies it (相对/d 集中/v).
  ['1.2万户相对集中居住农户入住新居。', '1.2万户', '', false],
  // Must not change — qinghai-gwr-2025: one character finishes the unit (头只/d), no noun after it.
  ['牛羊出栏937万头只。', '937万头', '牛羊出栏', false],
  // Must not change — gansu-gwr-2025: a word opening on a numeral (一期/d) is no noun's start.
  ['确保12.98万户一期工程圆满收官。', '12.98万户', '', false],
  // Must not change — guizhou-gwr-2025: past a qualifier the count is a threshold of the villages (30户以上自然/d 村寨).
  ['农村生活污水治理（管控）率55.7%，30户以上自然村寨生活垃圾收运设施覆盖率提高至80%。', '30户', '农村生活污水治理率', false],
];

// [a sentence of a corpus report, a count's surface, its label, whether the rule read it]: a count wants a thing.
const countWantsThing: Array<[string, string, string, string, boolean]> = [
  // liaoning-gwr-2026: 高速/d, then verbs to the clause's end (通车/n the last word).
  ['沈白高铁和京哈改扩建、本桓宽、凌绥、台黑4条高速提前建成通车，真正实现了“市市通高铁、县县通高速”。', '4条', '高速', 'label:adverb-before-predicate', true],
  // Must not change — shanghai-gwr-2025: a noun among the verbs (农户) leaves the adverb to them.
  ['1.2万户相对集中居住农户入住新居。', '1.2万户', '', 'label:adverb-before-predicate', false],
  // shandong-gwr-2025, shanghai-gwr-2025, anhui-gwr-2026, fujian-gwr-2025: modifiers and 举措/v ending the clause.
  ['接续推出三批政策清单、151项务实举措。', '151项', '务实举措', 'label:verb-ending-count', true],
  ['实施新一轮优化营商环境58条改革举措。', '58条', '改革举措', 'label:verb-ending-count', true],
  ['实施法治化营商环境100项提升举措，提档升级合肥法务区，组建涉外法律服务联盟，加强知识产权保护和运用。', '100项', '提升举措', 'label:verb-ending-count', true],
  ['深入贯彻党的二十届三中全会精神，落细落实省委十一届六次全会确定的15个方面300多项重要改革举措，7项改革经验被中央改革办推介。', '300多项', '重要改革举措', 'label:verb-ending-count', true],
  // Must not change — state-council-gwr-2002: an adverb after the thing opens its predicate.
  ['城镇职工基本医疗保险制度、医疗卫生体制和药品生产流通体制三项改革稳步推进。', '三项', '改革', 'label:verb-ending-count', false],
  // Must not change — fujian-gwr-2026, beijing-gwr-2026: a noun before the verb is the thing (tags cannot tell 举措 from 上榜).
  ['国有企业改革深化提升行动圆满收官，重组组建省工业控股集团，推动出台民营经济促进条例，中国企业500强、民营企业500强中各有20家企业上榜。', '20家', '企业', 'label:verb-ending-count', false],
  ['《纲要草案》具体部署了13项任务举措：一是坚守职责使命，全力服务保障政治中心功能。', '13项', '任务', 'label:verb-ending-count', false],
  // Must not change — a count opening its clause after its thing was named is the subject of the words after it
  // (no corpus sentence yet; written as reports write them): they are its predicate, the thing is carried.
  ['实施重点项目30个，12个已经完成验收。', '12个', '实施重点项目', 'label:adverb-before-predicate', false],
  ['新开工项目20个，8个提前完工。', '8个', '新开工项目', 'label:verb-ending-count', false],
  ['实施3项重大改革，12项稳步推进。', '12项', '重大改革', 'label:verb-ending-count', false],
];

// label:subject-before-verb: a count no verb of its clause governs is the subject of the verb after its noun.
// [sentence, surface, label, whether the rule read it]
const subjectBeforeVerb: Array<[string, string, string, boolean]> = [
  // jiangxi-gwr-2026 (twice), hubei-gwr-2025, chongqing-gwr-2025: the phrase stopped inside its clause; the verb's object is
  // not the thing counted.
  ['良好营商环境助力企业提质扩容，新增上市企业13家，14家企业上榜中国民营企业500强，“四上”单位突破7万家。', '14家', '企业', true],
  ['制造业数字化转型深入开展，66个产业集群和园区开展试点，1.4万余家企业实施改造，34个项目进入全国5G工厂名录。', '34个', '项目', true],
  ['引进亿元以上项目793个，其中12条重点产业链项目占比达84.4%；对外直接投资增长4.3%。', '12条', '重点产业链项目', true],
  // A verb with one word and another verb after it makes a kind; the next verb is the predicate.
  ['国家天然气（页岩气）千亿方产能基地提速建设，300个川渝共建重点项目完成年度投资5200亿元。', '300个', '川渝共建重点项目', true],
  // hubei-gwr-2025, chongqing-gwr-2026: a verb inside a name or an earlier item of the list governs nothing.
  ['咸安机电制造、京山智能轻工装备等5个集群入选国家级中小企业特色产业集群，天门、潜江、松滋等15个县市入选全国县域商业“领跑县”。', '5个', '集群', true],
  ['铜锣山矿区生态修复项目入选联合国“生态恢复十年”优秀案例，2个矿山修复项目、3个生物多样性保护成果入选全国典型案例。', '3个', '生物多样性保护成果', true],
  // Must not change — beijing-gwr-2025, fujian-gwr-2025: a verb before the list's first count governs it, and so does a
  // set phrase jieba tags l (全面完成/l).
  ['健全养老服务体系，新建105家街道乡镇区域养老服务中心、240个农村邻里互助养老服务点，新增9829张家庭养老床位。', '240个', '农村邻里互助养老服务', false],
  ['坚决做到“两个维护”，全面完成30项省委省政府为民办实事项目，提请审议省级地方性法规8件。', '30项', '省委省政府为民办实事项目', false],
  // Must not change — anhui-gwr-2026, sichuan-gwr-2025: a phrase running to its clause's end says what the things did whole.
  ['7所高职学校入选国家“双高计划”，3所高职高专升格本科。', '7所', '高职学校入选国家双高计划', false],
  ['29项成果获国家科学技术奖励。', '29项', '成果获国家科学技术奖励', false],
  // Must not change — anhui-gwr-2026: a verb before the count governs it; a verb with one word after it ending the clause makes a kind.
  ['中国（安徽）自贸试验区累计推出259项制度创新成果，其中56项为全国首创。', '259项', '制度创新成果', false],
];

// label:aim-opens: an aim word opening a label is the aim the figure is set at, no part of its thing.
// [sentence, surface, label, whether the rule read it]
const aimOpens: Array<[string, string, string, boolean]> = [
  // gansu-gwr-2025, guizhou-gwr-2026, guangxi-gwr-2026: 力争, 确保, 争取 before the thing.
  ['加大科技投入，力争全省研发经费达到180亿元，财政科技支出占一般公共预算支出比重达到1.5%。', '180亿元', '研发经费', true],
  ['坚持良田粮用，确保耕地保有量不少于5028.04万亩、永久基本农田保护面积不少于3613.97万亩。', '5028.04万亩', '耕地保有量', true],
  ['争取中央各类建设发展资金超900亿元，争取中央转移支付资金4113.7亿元、同口径增长5.6%。', '4113.7亿元', '中央转移支付资金', true],
  // inner-mongolia-gwr-2025 (twice): a sentence opening on its topic and 要 (label:topic-of-aim) counts the topic's
  // thing; a label that opens with the topic already does not say it twice.
  ['包钢集团要全力突围，在稳经营、调结构、提效益上下功夫，力争营收达到1200亿元。', '1200亿元', '包钢集团营收', true],
  ['乳业要提升国际竞争力，支持伊利、蒙牛两大乳企推进全球化战略，特别是着力优化产品结构，加快布局奶酪、乳清、乳铁蛋白等精深加工产业，扩大奶粉、酸奶、冰品市场份额，力争乳业产业链产值突破2500亿元。', '2500亿元', '乳业产业链产值', true],
  // Must not change — state-council-gwr-2007, zhejiang-gwr-2025: what follows the aim word names no thing of its own.
  ['五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨。', '3000万吨', '力争分别淘汰', false],
  ['加速建设中欧班列集结中心，创新班列市场化运营模式，力争全年开行2500列以上。', '2500列', '力争全年开行', false],
];

// What frames a figure names no thing: the ordinal of its item, a move dated at both ends, the date of the figure,
// a time the change is counted from. [sentence, surface, label, rule, whether the rule read it]
const framed: Array<[string, string, string, string, boolean]> = [
  // gansu-gwr-2026, shanxi-gwr-2025: the ordinal of an item (label:enumerator).
  ['七是完成困难重度残疾人家庭无障碍改造5000户，改造建设残疾人日间照料服务省级示范中心20个。', '5000户', '困难重度残疾人家庭无障碍改造', 'label:enumerator', true],
  ['十四是免费送戏下乡1万场。', '1万场', '免费送戏下乡', 'label:enumerator', true],
  // hebei-gwr-2026, state-council-gwr-2013, guizhou-gwr-2026: a move dated at both ends (label:move-between-times).
  ['全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元、实现万亿级跃升，一般公共预算收入从3826.5亿元增长到4398.6亿元。', '4.93万亿元', '生产总值', 'label:move-between-times', true],
  ['加强农村金融服务，涉农贷款余额从2007年末的6.12万亿元增加到2012年末的17.63万亿元。', '17.63万亿元', '涉农贷款余额', 'label:move-between-times', true],
  ['深入推进“3个100万”，常住人口城镇化率从2020年的53.2%提升到2025年的57.7%。', '57.7%', '常住人口城镇化率', 'label:move-between-times', true],
  // state-council-gwr-2002: a move of no thing carries the subject of its start.
  ['城市居民最低生活保障的覆盖人数，由年初的400多万人扩大到年末的1120多万人。', '1120多万人', '城市居民最低生活保障的覆盖人数', 'label:carried-subject', true],
  // Must not change — hebei-gwr-2026: a move between values without dates, and the start of a dated one.
  ['全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元、实现万亿级跃升，一般公共预算收入从3826.5亿元增长到4398.6亿元。', '4398.6亿元', '一般公共预算收入', 'label:move-between-times', false],
  ['全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元、实现万亿级跃升。', '3.68万亿元', '生产总值', 'label:move-between-times', false],
  // state-council-gwr-2001, state-council-gwr-2000, shanxi-gwr-2026: the date of the figure (label:time-of-figure).
  ['国家外汇储备2000年底达1656亿美元，比1995年底增加920亿美元。', '1656亿美元', '国家外汇储备', 'label:time-of-figure', true],
  ['人民币汇率稳定，国家外汇储备年底达到1547亿美元。', '1547亿美元', '国家外汇储备', 'label:time-of-figure', true],
  ['发挥煤电兜底保障和系统调节作用，力争新增可再生能源装机1亿千瓦，非常规天然气产量2030年达到300亿立方米，打造千亿级产业链。', '300亿立方米', '非常规天然气产量', 'label:time-of-figure', true],
  // state-council-gwr-2001, shanxi-gwr-2026, gansu-gwr-2026, liaoning-gwr-2026: a time a change is counted from names no thing (label:carried-subject).
  ['国家外汇储备2000年底达1656亿美元，比1995年底增加920亿美元。', '920亿美元', '国家外汇储备比1995年底增加', 'label:carried-subject', true],
  ['国内生产总值2000年达89404亿元，平均每年增长8.3%。', '8.3%', '国内生产总值平均每年增长', 'label:carried-subject', true],
  ['全年GDP增长4%，快于2024年1.8个百分点，投资、消费增速分别快于全国3.4个、1个百分点。', '1.8个百分点', 'GDP快于2024年', 'label:carried-subject', true],
  ['全省地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%。', '4374.4亿元', '地区生产总值较十三五末增加', 'label:carried-subject', true],
  // gansu-gwr-2026: the basis stays with the subject carried on: the growth is on the same base (a five-year one).
  ['全省地区生产总值达到13697.5亿元，较“十三五”末的9323.1亿元增加4374.4亿元，增长33.6%。', '33.6%', '地区生产总值较十三五末增长', 'label:carried-subject', true],
  ['攻坚克难、埋头苦干，地区生产总值年均增长4.5%，高于“十三五”时期1.2个百分点，中国式现代化辽宁实践不断向前、稳步推进。', '1.2个百分点', '地区生产总值高于十三五时期', 'label:carried-subject', true],
  // shanxi-gwr-2026: and hands a run of figures to the things of the figures before it (label:respectively-carried).
  ['新建改造城市道路4767公里，更新改造地下管网1.8万公里，较“十三五”时期分别增长4.8%、50%。', '50%', '更新改造地下管网较十三五时期增长', 'label:respectively-carried', true],
  // guangxi-gwr-2025, shanxi-gwr-2026, hainan-gwr-2026: 各 right before the figure gives it to each thing of the list (label:shared-by-list).
  ['新增职业技术大学、高等职业学校各2所。', '2所', '新增职业技术大学、高等职业学校', 'label:shared-by-list', true],
  ['筹建一批省实验室，新建省重点实验室、省技术创新中心、省工程研究中心各20家。', '20家', '新建省重点实验室、省技术创新中心、省工程研究中心', 'label:shared-by-list', true],
  ['争创国家现代农业产业园、产业集群、产业强镇各1个，农产品加工业总产值与农业总产值之比突破1：1。', '1个', '争创国家现代农业产业园、产业集群、产业强镇', 'label:shared-by-list', true],
  // Must not change — jiangxi-gwr-2026: 各 opening a word (各类) after a list is no 各 of the list.
  ['零基预算改革省级纵深推进、市县全面铺开，省级清理退出、盘活优化各类项目资金140亿元。', '140亿元', '盘活优化各类项目资金', 'label:shared-by-list', false],
  // state-council-gwr-2001, state-council-gwr-2009: a run whose clause names only a change takes the things of as many figures before it, in order.
  ['农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元，平均每年实际增长4.7%和5.7%。', '4.7%', '农村居民人均纯收入平均每年实际增长', 'label:respectively-carried', true],
  ['城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%。', '8.4%', '城镇居民人均可支配收入实际增长', 'label:respectively-carried', true],
  // inner-mongolia-gwr-2025: the second of the run is the second thing's (实现收入4140亿元, label:completed-activity).
  ['全区接待游客2.73亿人次、实现收入4140亿元，增长18.6%和23.4%。', '18.6%', '接待游客增长', 'label:respectively-carried', true],
  ['全区接待游客2.73亿人次、实现收入4140亿元，增长18.6%和23.4%。', '23.4%', '收入增长', 'label:respectively-carried', true],
  // Constructed from it: a figure before that names nothing (投入4140亿元) leaves its figure of the run no label, not the first thing.
  ['全区接待游客2.73亿人次、投入4140亿元，增长18.6%和23.4%。', '18.6%', '接待游客增长', 'label:respectively-carried', true],
  ['全区接待游客2.73亿人次、投入4140亿元，增长18.6%和23.4%。', '23.4%', '', 'label:respectively-carried', true],
];

describe('label:enumerator, label:move-between-times, label:time-of-figure, timed bases', () => {
  it.each(framed)('%s → %s is %s (%s: %s)', (text, surface, label, rule, read) => {
    const figure = figuresOf(text).find((f) => f.surface === surface);
    expect(figure?.label).toBe(label);
    expect(figure!.rule.split(' ').includes(rule)).toBe(read);
  });
});

describe('label:adverb-before-predicate, label:verb-ending-count', () => {
  it.each(countWantsThing)('%s → %s is %s (%s: %s)', (text, surface, label, rule, read) => {
    const figure = figuresOf(text).find((f) => f.surface === surface);
    expect(figure?.label).toBe(label);
    expect(figure!.rule.split(' ').includes(rule)).toBe(read);
  });
});

describe('label:subject-before-verb', () => {
  it.each(subjectBeforeVerb)('%s → %s is %s', (text, surface, label, read) => {
    const figure = figuresOf(text).find((f) => f.surface === surface);
    expect(figure?.label).toBe(label);
    expect(figure!.rule.split(' ').includes('label:subject-before-verb')).toBe(read);
  });
});

describe('label:aim-opens', () => {
  it.each(aimOpens)('%s → %s is %s', (text, surface, label, read) => {
    const figure = figuresOf(text).find((f) => f.surface === surface);
    expect(figure?.label).toBe(label);
    expect(figure!.rule.split(' ').includes('label:aim-opens')).toBe(read);
  });
});

describe('label:adverb-opens-noun', () => {
  it.each(adverbOpens)('%s → %s is %s', (text, surface, label, opens) => {
    const figure = figuresOf(text).find((f) => f.surface === surface);
    expect(figure?.label).toBe(label);
    expect(figure!.rule.split(' ').includes('label:adverb-opens-noun')).toBe(opens);
  });
});

const listAndMagnitude: Array<[string, string, string, string, boolean]> = [
  // anhui-gwr-2025, hainan-gwr-2026, tibet-gwr-2025: single words joined by 、 before a verb share its object (label:list-head).
  ['加快江淮粮仓建设，全面实施“四良两优”工程，新建、改造高标准农田454.6万亩，生物育种实验室启动建设。', '454.6万亩', '新建、改造高标准农田', 'label:list-head', true],
  ['制定、修改、废止省政府规章45件。', '45件', '制定、修改、废止省政府规章', 'label:list-head', true],
  ['深入推进法治政府建设，提请人大常委会审议法规议案7件，修订、制定政府规章12件，办理人大代表建议246件、政协委员提案330件。', '12件', '修订、制定政府规章', 'label:list-head', true],
  // guizhou-gwr-2026: the verb jieba reads in the clause (光伏/v) makes a list of things share it too: the share of all three.
  ['现代能源产业做大做强，电力装机规模突破1亿千瓦，水电、风电、光伏发电量占比达43.3%，调度原煤产量达1.83亿吨。', '43.3%', '水电、风电、光伏发电量占比', 'label:list-head', true],
  // hubei-gwr-2025, state-council-gwr-2014: a list of things shares what follows, said of both.
  ['多极支撑更加强劲，武汉在副省级城市中增速靠前，襄阳、宜昌经济总量突破6000亿元，稳居中部非省会城市前列。', '6000亿元', '襄阳、宜昌经济总量', 'label:list-head', true],
  ['加大节能减排力度，控制能源消费总量，今年能源消耗强度要降低3.9%以上，二氧化硫、化学需氧量排放量都要减少2%。', '2%', '二氧化硫、化学需氧量排放量都要减少', 'label:list-head', true],
  // hubei-gwr-2026: the first item a verb and a word: the verb stays out, as it stayed out of the last item's label.
  ['持续优化社会治理，新增黄石、咸宁、天门等全国文明城市12个，总数达到22个。', '12个', '黄石、咸宁、天门等全国文明城市', 'label:list-head', true],
  // Must not change — guizhou-gwr-2026: the first item is more than a verb and a word (开展留守/v 儿童).
  ['开展留守儿童、流动儿童和困境儿童关爱服务100万人次。', '100万人次', '流动儿童和困境儿童关爱服务', 'label:list-head', false],
  // Must not change — yunnan-gwr-2025: a list after an aside (…（含重点产业1000人）左右、) is none: 左右 is the figure's.
  ['其中银龄教师6000人左右、银龄科技人才300人（其中银龄科技专家200人、银龄农业科技特派员100人）左右、银龄技师1000人左右。', '1000人', '银龄技师', 'label:list-head', false],
  // Must not change — heilongjiang-gwr-2025: the list's first item is more than one word (新建改造供水).
  ['开工改造老旧小区、城中村、农村危房、灾后农房36.9万户，新建改造供水、燃气、排水等管网4216公里。', '4216公里', '排水等管网', 'label:list-head', false],
  // Must not change — state-council-gwr-2008: a clause of the verb alone leaves the count its noun after it.
  ['五年国务院共向全国人大常委会提交39件法律议案，制定、修订137件行政法规。', '137件', '行政法规', 'label:list-head', false],
  // zhejiang-gwr-2025, state-council-gwr-2018, xinjiang-gwr-2026, state-council-gwr-2021: a bare magnitude counts the noun after it (label:magnitude-counts-noun).
  ['加强困难群体就业兜底帮扶，确保城镇新增就业100万人以上，保持2300万省外劳动力和240万省外脱贫劳动力在浙稳定就业。', '2300万', '省外劳动力', 'label:magnitude-counts-noun', true],
  ['提高低保、优抚等标准，完善社会救助制度，近6000万低保人员和特困群众基本生活得到保障。', '6000万', '低保人员', 'label:magnitude-counts-noun', true],
  ['全社会形成了学习使用国家通用语言文字的浓厚氛围，近20万各民族家庭参与“小手拉大手·全家一起学”活动。', '20万', '各民族家庭', 'label:magnitude-counts-noun', true],
  // An idiom after the noun is its predicate.
  ['广泛开展线上教学，秋季学期实现全面复学，1000多万高中毕业生顺利完成高考。', '1000多万', '高中毕业生', 'label:magnitude-counts-noun', true],
  // fujian-gwr-2026, state-council-gwr-2021: a noun naming its unit (人口) too, not the subject of a figure before
  // (城镇新增就业, 农村贫困人口); 脱贫人口 is no flow's name, so measures read none from it (test/measures/assign.test.ts).
  ['城镇新增就业54.58万人，高校毕业生就业保持稳定，退役军人就业服务精准高效，13.2万脱贫人口实现稳岗就业。', '13.2万', '脱贫人口', 'label:magnitude-counts-noun', true],
  ['脱贫攻坚成果举世瞩目，5575万农村贫困人口实现脱贫，960多万建档立卡贫困人口通过易地扶贫搬迁摆脱了“一方水土养不起一方人”的困境。', '960多万', '建档立卡贫困人口', 'label:magnitude-counts-noun', true],
  // guizhou-gwr-2025, state-council-gwr-2014: a bare verb before people counted names what they do after them (label:act-after-persons).
  ['安排衔接资金37.9亿元实施产业奖补到户，带动413万人增收。', '413万人', '带动增收', 'label:act-after-persons', true],
  ['引导约1亿人在中西部地区就近城镇化。', '1亿人', '引导在中西部地区就近城镇化', 'label:act-after-persons', true],
  // Must not change — shaanxi-gwr-2026, shanxi-gwr-2025: nothing after the people: the bare verb names nothing.
  ['提高城乡低保标准、覆盖119.2万人，发放高龄补贴32亿元。', '119.2万人', '', 'label:act-after-persons', false],
  ['十一是维修农村供水工程1800处，受益200万人。', '200万人', '', 'label:act-after-persons', false],
  // Must not change — inner-mongolia-gwr-2025: no noun after the magnitude.
  ['我区60岁以上老年人平均每年新增30万，还有63万失能老人、158万残疾人。', '30万', '60岁以上老年人平均每年新增', 'label:magnitude-counts-noun', false],
  // Must not change — state-council-gwr-2021: a noun right after it was read before (label:noun-after-verb alone).
  ['脱贫攻坚成果举世瞩目，5575万农村贫困人口实现脱贫，960多万建档立卡贫困人口通过易地扶贫搬迁摆脱了“一方水土养不起一方人”的困境。', '5575万', '农村贫困人口', 'label:magnitude-counts-noun', false],
];

describe('label:list-head, label:magnitude-counts-noun, label:act-after-persons', () => {
  it.each(listAndMagnitude)('%s → %s is %s (%s: %s)', (text, surface, label, rule, read) => {
    const figure = figuresOf(text).find((f) => f.surface === surface);
    expect(figure?.label).toBe(label);
    expect(figure!.rule.split(' ').includes(rule)).toBe(read);
  });
});

describe('labels a person would write', () => {
  it.each([...perUnit, ...carriedOnce, ...rateNamed, ...comparison, ...wholeWord, ...levelReached, ...purposeAfterFigure, ...parallelPredicate, ...classified, ...threshold, ...persons, ...nounAfter, ...respectively, ...sharedQuantity, ...carried, ...clause, ...figureInPhrase, ...subjectBeforeComma, ...levelAt, ...sizeClass, ...earlierList, ...listToRun, ...clauseSubject, ...planWords, ...objectAfterFigure, ...predicateAfterNoun, ...qualifierAfter, ...emptyNoMore, ...periodRun, ...relativeClause])('%s → %s is %s', (text, surface, label, rule) => {
    const figure = figuresOf(text).find((f) => f.surface === surface);
    expect(figure?.label).toBe(label);
    expect(figure!.rule.split(' ')).toContain(rule);
  });
});
