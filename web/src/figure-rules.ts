// How a figure was read, in Chinese: its rule trace (src/types.ts Figure.rule,
// ids separated by spaces) named id by id for the reader's figure panel. The
// reading of the number (src/extract/numerals.ts), the choice of its label
// (labels.ts, lexicon/labels.json), why it is a target or an outcome
// (figures.ts), the catalogue measure it states (src/measures/) and its period.
// A measure is named by the catalogue's own name (GET /api/measures); an id
// not listed here (a rule added later) is shown as it is, marked untranslated.
//
//   figureRules('arabic-numeral label:clause modality:reported measure:gdp-growth/alias', names)
//     → [{ group: '读法', rules: [{ id: 'arabic-numeral', text: '阿拉伯数字', translated: true }] }, …]

import type { Reason } from './reasons.js';

const NAMES: Record<string, string> = {
  'arabic-numeral': '阿拉伯数字',
  'chinese-numeral': '汉字数字',
  rank: '名次（第几）',
  'numeral:decimal': '汉字小数（三点五）',
  'numeral:fraction': '分数（三分之一、1/3）',
  'numeral:mixed-fraction': '带分数（三又三分之一）',
  'numeral:shared-qualifier': '共用前一个数字的限定词（分别超98.5%和99%）',
  'numeral:shared-unit': '“个”是后一个数字“个百分点”的省略（12.7个、12个百分点）',
  'numeral:part-of': '百分之几、千分之几',
  'numeral:sign': '带正负号（负3、百分之负三）',
  'numeral:negative-growth': '“负增长”读作负数',
  'numeral:zero-by-negation': '否定读作零（没有发生一起）',
  'numeral:rate-first': '基数在前的比率（每立方米20微克）',
  'numeral:range': '范围（3至5个、六至七成）',
  'numeral:shared-magnitude': '范围下限借用上限的数量级（三至五万）',
  'numeral:abbreviated': '口语省略（一万五读作15000）',
  'numeral:full-width-separator': '全角逗号作千位分隔符',
  'numeral:scientific': '科学记数法',
  'numeral:power': '乘方',
  'numeral:financial': '大写数字（壹、贰、叁）',
  'numeral:discount': '折扣（八折）',
  'numeral:tenths': '成、折后的一位（七成六）',
  'numeral:half': '带“半”（两成半、一倍半）',
  'numeral:currency-parts': '元角分',
  'numeral:trillion': '兆读作万亿（五兆六十二亿）',
  'numeral:latin-magnitude': '拉丁字母数量级（5k、3M）',
  'numeral:dozen': '打读作十二（两打）',
  'numeral:pair': '单独的双、对读作两个（一对读作2）',
  'numeral:spoken-decimal': '“点”后的“两”读作小数（两百点两）',
  'numeral:half-price': '对折读作五折',
  'numeral:digitwise': '逐位读数（一一读作11）',
  'numeral:leading-point': '省略整数的小数（点五）',
  'numeral:bare-point': '末尾的“点”不读作小数（零点）',
  'numeral:unit-times': '单位加“次”（艘次、辆次）',
  'numeral:unit-after-magnitude': '万、亿后的简写单位（38.8亿方即38.8亿立方米）',
  'numeral:unit-in-word': '量词是后面名词的第一个字，不是单位（2900多万家庭、1200亿台阶）',
  'numeral:unit-named-before': '指标名指明所计单位（农村贫困人口减少1386万计人）',
  'numeral:unit-named-after': '数字后的名词指明所计单位（1400万农业转移人口计人）',
  'label:clause': '分句中数字前的词语',
  'label:classified-noun': '量词后的名词（3家医院）',
  'label:activity': '次数所计的活动',
  'label:activity-of-persons': '人数所做的事（带动就业36.8万人）',
  'label:act-of-persons': '分句开头的人数后面的动词（1334万人参保）',
  'label:act-after-persons': '单个动词带出的人数之后所做的事（带动413万人增收 → 带动增收）',
  'label:completed-activity': '“完成”后动词所指的工作（完成置换63万亩）',
  'label:carried-subject': '沿用前一个数字的主语（比上年增长）',
  'label:noun-after-de': '“的”后的名词（5.5%左右的增长目标）',
  'label:noun-after-verb': '动词后的名词（发行1万亿元国债）',
  'label:attribute-of-noun-after-de': '“的”后名词的规模等属性',
  'label:share-of-whole': '占整体的份额（全国38.7%的贸易增量）',
  'label:respectively': '“分别”与所列各项依次对应',
  'label:respectively-carried': '“分别”对应前面各数字的主语',
  'label:respectively-earlier-list': '“分别”对应上一分句所列各项',
  'label:shared-quantity': '所列各项共用最后一项的数量词（太阳能电池、集成电路圆片产量 → 太阳能电池产量）',
  'label:list-to-run': '所列各项与各数字依次对应',
  'label:shared-by-list': '“均”：所列各项共用一个数字',
  'label:subject-before-comma': '逗号前的主语',
  'label:clause-subject': '前一分句的主语（进出口总值创历史新高，达到……）',
  'label:move-start': '去掉变化起点（从每人每月……提高到）',
  'label:object-after-figure': '以动词结尾的分句加金额后的名词（安排384亿元救灾款）',
  'label:verb-only': '只有动词，未识别指标',
  'label:purpose-after-figure': '金额后的用途（投入567亿元办好民生实事）',
  'label:parallel-predicate': '并列的动词沿用前一数字的事物（开工742个、完工548个）',
  'label:word-ending-clause': '分句末的词（三类需求）',
  'label:figure-in-phrase': '前一数字是名称的一部分（超10亿元项目）',
  'label:bounds-noun': '门槛数字，限定后面的名词，不是目标（超10亿元项目）',
  'label:coordinated-noun': '并列的名词（企业和个人）',
  'label:elided-noun': '省略的名词取自下一项',
  'label:graded-noun': '带等级的名词（5A级景区）',
  'label:level-at': '去掉“稳定在”“保持在”等',
  'label:rate-named': '以“率”结尾的指标名（化解率）',
  'label:whole-word': '不拆开词语（共建、惠及）',
  'label:level-reached': '去掉“升至”“迈上”“首次”“均”等',
  'label:negated-modifier': '带否定修饰（未就业毕业生）',
  'label:size-class': '规模等级（30万千瓦级机组）',
  'label:modifier-opens-noun': '数字后以修饰语开头的名词短语（长期建设国债、旧住房）',
  'label:adverb-opens-noun': '量词后被切分为副词的词是所计事物的开头（28个高速服务区出入口）',
  'label:adverb-before-predicate': '量词后被切分为副词、后接谓语的词是所计事物（4条高速提前建成通车 → 高速）',
  'label:subject-before-verb': '分句中无动词支配的数量是其后动词的主语，所计事物止于该动词前（34个项目进入全国5G工厂名录 → 项目）',
  'label:verb-ending-count': '量词后到分句末被切分为动词的词是所计事物（151项务实举措 → 务实举措）',
  'label:object-of-earlier-verb': '同一动词前文所带的宾语（发行超长期特别国债……今年先发行1万亿元）',
  'label:object-of-clause-before': '句中首个数字前只有一个动词时，所计的是前一分句的宾语，去掉“力度”等（加大保障性安居工程建设力度，今年新开工700万套）',
  'label:magnitude-counts-noun': '万、亿后紧接的名词短语是所计事物（2300万省外劳动力、近6000万低保人员）',
  'label:list-head': '顿号连接的单个词共享其后的词语（新建、改造高标准农田；襄阳、宜昌经济总量）',
  'label:period-run': '去掉连续几年（粮食总产量连续9年稳定在 → 粮食总产量）',
  'label:aim-opens': '去掉句首的力争、确保等目标词（力争全省研发经费 → 研发经费）',
  'label:topic-of-aim': '句首主题加“要”时，后面目标所计事物属于该主题（蒙能集团要……，力争电力总装机 → 蒙能集团电力总装机）',
  'label:enumerator': '去掉列举序号（三是……）',
  'label:move-between-times': '去掉起止时间和变化（从2020年的……增长到2025年的 → 生产总值）',
  'label:time-of-figure': '去掉数字所属时间（国内生产总值2000年达 → 国内生产总值）',
  'label:change-turn': '变化转向时补出所说的指标（由前三年上升转为下降1.2% → 单位国内生产总值能耗转为下降）',
  'label:per-unit': '保留按什么计（提高到每月815元 → 城乡低保标准每月）',
  'label:per-basis-of-change': '去掉变化所按的计量基数（每50公斤提高 → 最低收购价提高）',
  'label:predicate-after-noun': '去掉所计事物后面的谓语（高水平医院建设加速推进 → 高水平医院）',
  'label:threshold-class': '门槛类别（千亿县）',
  'label:stage-verb': '分词误标为名词的建设阶段动词（新开工、新建）不算所计事物',
  'label:conjunct-cut': '“和”后的并列项被截断（大中型水库和滇中引水……），所计的是“和”前的事物',
  'label:bound-inside-noun': '所计名词后跟门槛和“的”，所计的是“的”后的事物（9个人口20万以上的县）',
  'label:relative-clause-noun': '量词后是以动词开头、以“的”结尾的修饰语，所计的是修饰语连同“的”后的事物（320家承包或委托经营的中小学食堂）',
  'modality:target-list': '在预期目标清单中',
  'modality:plans-part': '在计划部分',
  'modality:target-cue': '前有目标用语（力争、确保）',
  'modality:planned-verb': '分句以计划用语开头（计划、将）',
  'modality:target-missed': '回顾承认没有实现的目标，数字是目标，不是实绩（没有实现……降低4%的目标）',
  'modality:reported': '无目标迹象，按实绩计',
  'modality:start-of-move': '变化的起点是现有水平，不是目标（从10万元提高到15万元）',
  'modality:review-paragraph': '计划部分中回顾过去的段落（过去五年、五年来）',
  'modality:past-frame': '计划部分中以“过去一年”“去年”等开头讲述的结果，不是目标（过去一年……国内生产总值增长10.3%）',
  'modality:object-done': '“将”引出所处置的对象，是已做的事，不是计划（将扶贫标准提高到2300元）',
  'measure:none/unit-or-kind': '提到统计指标，但单位或类型不符',
  'measure:none/excluded': '提到统计指标，但有排除词（人均、单位）',
  'measure:none/relative': '提到统计指标，但说的是比重或比较',
  'measure:none/qualified': '提到统计指标，但只是其中一部分',
  'period:average': '年均',
  'period:cumulative': '几年累计',
  'period:start': '变化的起点（从……）',
  'period:end': '变化的终点（……到）',
};

/** What each id's prefix says about the figure, in the panel's order. */
const GROUPS: Array<[string, RegExp]> = [
  ['读法', /^(?:numeral:|arabic-numeral$|chinese-numeral$|rank$)/],
  ['指标名', /^label:/],
  ['目标或实绩', /^modality:/],
  ['统计指标', /^measure:/],
  ['口径', /^period:/],
];

/** The figure rule ids this page names in Chinese (measure:ID/alias aside: the catalogue names those). */
export const NAMED_FIGURE_RULES: readonly string[] = Object.keys(NAMES);

export interface NamedRule extends Reason {
  id: string;
}

/** One id of a trace in Chinese; `measures` maps catalogue ids to their names. */
export function figureRuleName(id: string, measures: ReadonlyMap<string, string>): NamedRule {
  const measure = /^measure:([a-z0-9-]+)\/alias$/.exec(id)?.[1];
  const name = measure === undefined ? NAMES[id] : measures.get(measure);
  return name === undefined ? { id, text: id, translated: false } : { id, text: name, translated: true };
}

/** A figure's rule trace as named rules grouped by what they decided; ids of no known kind go last, under 其他. */
export function figureRules(trace: string, measures: ReadonlyMap<string, string>): Array<{ group: string; rules: NamedRule[] }> {
  const ids = trace.split(' ').filter((id) => id !== '');
  const groupOf = (id: string) => GROUPS.find(([, pattern]) => pattern.test(id))?.[0] ?? '其他';
  return [...GROUPS.map(([group]) => group), '其他']
    .map((group) => ({ group, rules: ids.filter((id) => groupOf(id) === group).map((id) => figureRuleName(id, measures)) }))
    .filter(({ rules }) => rules.length > 0);
}
