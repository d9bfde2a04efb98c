// Why a target was judged met, missed or unclear, in Chinese. The verdict's
// rule (src/compare/lexicon/verdicts.json, scope.json) chooses the sentence;
// the numbers, the report's words it quotes and the years come from the
// verdict's fields (compared, quote, due), never from the English reason. A
// rule not listed here (a new one), or a verdict without the fields its
// sentence needs, is shown as the server wrote it, marked untranslated: a
// wrong translation is worse than English.
//
//   reasonOf({ rule: 'verdict:floor', verdict: 'met', compared: { outcomeValue: 11860000, targetValue: 9000000, unit: '人', … }, … })
//     → { text: '实际 1,186万人，目标不少于 900万人：已达到', translated: true }

import { formatNumber, formatRange, formatValue } from './format.js';
import type { Comparison } from './types.js';

type TargetCheck = Comparison['targets'][number];
/** What the page reads of a verdict: its fields, the target's label and surface, the outcome's label and period. */
export type Check = Pick<TargetCheck, 'rule' | 'verdict' | 'reason' | 'compared' | 'quote' | 'due'> & {
  target: Pick<TargetCheck['target'], 'label' | 'surface'>;
  actual: Pick<TargetCheck['target'], 'label' | 'period'> | null;
};
type Say = (check: Check) => string | null;

export interface Reason {
  text: string;
  /** False when the text is the server's English. */
  translated: boolean;
}

/** A figure's period (src/types.ts MeasurePeriod) as the reports say it. */
const PERIODS: Record<string, string> = { average: '年均', cumulative: '累计', start: '期初', end: '期末' };

/**
 * The outcome and the target as compared, both in the magnitude the target is
 * written in (万, 亿), and how far short: a percentage falls short by points.
 */
function numbers({ compared, target }: Check) {
  if (!compared) return null;
  const { outcomeValue, targetValue, targetValueMax, unit, gap } = compared;
  return {
    actual: formatValue(outcomeValue, unit, target.surface),
    target: formatRange(targetValue, targetValueMax, unit, target.surface),
    short: unit === '%' || unit === '个百分点' ? `${formatNumber(gap, 4)}个百分点` : formatValue(gap, unit, target.surface),
  };
}

/** The sentence of a numeric rule (`rule`, which for a plan share is the rule its numbers met). */
function numericSentence(rule: string, check: Check): string | null {
  const shown = numbers(check);
  if (!shown || !check.compared) return null;
  const met = check.verdict === 'met';
  switch (rule) {
    case 'verdict:floor':
      return `实际 ${shown.actual}，目标不少于 ${shown.target}：${met ? '已达到' : '没有达到'}`;
    case 'verdict:ceiling':
      return `实际 ${shown.actual}，目标不超过 ${shown.target}：${met ? '没有超出' : '超出了'}`;
    case 'verdict:good-side':
      return `实际 ${shown.actual}，目标 ${shown.target}：此项越${check.compared.better === 'lower' ? '低' : '高'}越好，已做到`;
    case 'verdict:about':
      return `实际 ${shown.actual}，目标 ${shown.target}：差 ${shown.short}，在“左右”允许的范围内`;
    case 'verdict:projection':
      if (check.compared.gap === 0) return `实际 ${shown.actual}，预期 ${shown.target}：落在预期上`;
      return `实际 ${shown.actual}，预期 ${shown.target}：预期值高低都不算更好，相差 ${shown.short}，${met ? '在“左右”允许的范围内' : '无法判断是否完成'}`;
    case 'verdict:nearly':
    case 'verdict:short':
      return `实际 ${shown.actual}，目标 ${shown.target}：差 ${shown.short}`;
    case 'verdict:stretch':
      return `实际 ${shown.actual}，力争目标 ${shown.target}：差 ${shown.short}；力争目标在下限之上，是否完成看下限目标`;
    default:
      return null;
  }
}

/** The report's words a verdict quotes. */
const quoted = (say: (quote: string) => string): Say => ({ quote }) => (quote === undefined ? null : say(quote));
const numeric: Say = (check) => numericSentence(check.rule, check);

const RULES: Record<string, Say> = {
  'verdict:floor': numeric,
  'verdict:ceiling': numeric,
  'verdict:good-side': numeric,
  'verdict:about': numeric,
  'verdict:nearly': numeric,
  'verdict:short': numeric,
  'verdict:projection': numeric,
  'verdict:stretch': numeric,
  'verdict:completion-word': quoted((q) => `报告明确这样说：“${q}”`),
  'verdict:admitted-shortfall': quoted((q) => `报告明确这样说：“${q}”`),
  'verdict:flat': quoted((q) => `报告说持平，按 0% 计（“${q}”）`),
  'verdict:full-coverage': quoted((q) => `报告说已全覆盖，按 100% 计（“${q}”）`),
  'verdict:plan-share': (check) => {
    const share = check.compared?.planShare;
    const judged = share && numericSentence(share.rule, check);
    return judged && check.quote !== undefined ? `完成计划的 ${formatNumber(share.share, 4)}%（“${check.quote}”）；${judged}` : null;
  },
  'verdict:below-expectation': quoted((q) => `报告说低于预期：“${q}”`),
  'verdict:words-only': quoted((q) => `本年报告对这一项只有文字，没有数字：“${q}”`),
  'verdict:direction-only': quoted((q) => `本年报告只说了变化的方向，没有数字：“${q}”`),
  'verdict:moved-in-words': quoted((q) => `本年报告说做到了目标所说的变化，但没有说变化多少：“${q}”`),
  'verdict:over-years': quoted((q) => `本年报告只给出几年合计的数字：“${q}”`),
  'verdict:implied-by-plan': quoted((q) => `回顾部分没有给出结果，只有今年计划与上年相比的数字：“${q}”`),
  'verdict:object-named': quoted((q) => `本年报告提到了这一项，但没有可以比较的数字：“${q}”`),
  'verdict:named-other-measure': ({ actual, quote }) =>
    actual && quote !== undefined ? `本年报告说到了这一项，但只给出了它的另一项数字（“${actual.label}”），不能据此判断：“${quote}”` : null,
  'verdict:named-over-years': ({ actual, quote }) =>
    actual && quote !== undefined ? `本年报告说到了这一项，但只给出了几年的数字（“${actual.label}”），不是本年的：“${quote}”` : null,
  'verdict:named-other-kind': ({ actual, quote }) =>
    actual && quote !== undefined ? `本年报告说到了这一项，但给出的数字（“${actual.label}”）是另一种量，与目标无法比较：“${quote}”` : null,
  'verdict:named-part': ({ actual, quote }) =>
    actual && quote !== undefined ? `本年报告只给出了目标所列几项中一项的数字（“${actual.label}”），不能据此判断：“${quote}”` : null,
  'verdict:no-data': () => '本年报告没有给出这项指标的结果',
  'verdict:other-basis': quoted((basis) => `本年报告的结果口径不同（${basis}）`),
  'verdict:period': ({ actual }) => (actual?.period ? `本年报告的结果口径不同（${PERIODS[actual.period]}）` : null),
  'verdict:moment': quoted((moment) => `只是某一时点的数值（${moment}），不能说明全年都做到了`),
  'verdict:five-year-review': ({ quote, actual }) =>
    quote === undefined ? null : `找到的结果${actual ? `“${actual.label}”` : ''}出自五年回顾，不是本年的（据“${quote}”）`,
  'verdict:unsure-match': ({ actual }) => (actual ? `最接近的结果“${actual.label}”可能统计的是另一回事` : null),
  'verdict:payer-only': ({ target }) => `“${target.label}”只说了谁出资，没说用于什么`,
  'verdict:later-years': ({ due }) => (due ? `目标的期限是 ${due.year} 年，本年报告回顾的是 ${due.reviewed} 年` : '这是几年的目标，一年的结果无法判断'),
  'verdict:respectively': () => '用“分别”一次设定的几项之一，无法逐项对应',
  // The scope rules' detail (what each side counts) stays in the cell's title.
  'scope:added-vs-total': () => '目标是新增量，找到的结果是总量（或反过来），统计范围不同，难以判断',
  'scope:single-vs-combined': () => '找到的结果是几项合计（或只是其中一项），与目标的范围不同，难以判断',
  'scope:part-of-whole': () => '找到的结果只是其中一部分，与目标的范围不同，难以判断',
  'scope:multi-year': () => '找到的结果说的是几年（连续几年、多年保持），不是本年，难以判断',
  'scope:other-object': () => '找到的结果说的是另一个对象，难以判断',
  'scope:object-words': () => '找到的结果与目标说的对象不完全相同（如惠企实事与惠民实事），可能是另一回事，难以判断',
  'scope:count-kind': () => '目标和找到的结果统计的不是同一种量（如新增储量与产量、产能），难以判断',
  'scope:excluding': () => '找到的结果扣除了一部分（扣除……后），与目标的口径不同，难以判断',
  'scope:two-bases': () => '报告按两种口径给出结果，结论不同，难以判断',
  'scope:magnitude': () => '找到的结果与目标相差十倍以上，可能不是同一项，难以判断',
  // Names how an outcome was matched (its verdict's rule is the numeric one): said here for a page that shows the id.
  'scope:same-number': () => '本年报告给出的数字与目标完全相同，说的是同一事物，措辞不同也视为同一项',
  // Names how an outcome was matched (its verdict's rule is the numeric one): said here for a page that shows the id.
  'scope:listed-names': () => '本年报告给出的数字与目标相同，且列出了目标逐一点名的各项（如本桓、凌绥、台黑），说的是同一批事物',
  // Names how an outcome was matched (its verdict's rule is the numeric one): said here for a page that shows the id.
  'scope:same-unit-object': () => '本年报告中唯一一个单位相同、说的正是目标所做之事的对象（如改造的燃气管网）的当年数字，措辞不同也视为同一项',
  // Keeps a share from answering a change (its verdict's rule is another): said here for a page that shows the id.
  'scope:share-vs-change': () => '占比（比重）说的是所占份额，不是增长多少，不能回答增长目标',
};

/** The rule ids this page says in Chinese. */
export const TRANSLATED_RULES: readonly string[] = Object.keys(RULES);

/** The verdict's reason in Chinese, or the server's as it is when its rule (or its detail) is not known here. */
export function reasonOf(check: Check): Reason {
  const text = RULES[check.rule]?.(check) ?? null;
  return text === null ? { text: check.reason, translated: false } : { text, translated: true };
}

/**
 * The rule that decided, named in a few Chinese words: the rules of
 * commitments and problems (src/extract/lexicon/items.json), of follow-up
 * (src/compare/lexicon/followup.json and evidence.ts) and of verdicts
 * (verdicts.json, scope.json).
 */
const RULE_NAMES: Record<string, string> = {
  'commitment:target-list': '预期目标清单中的一项',
  'commitment:plans-part': '计划部分的一项工作',
  'commitment:promise-cue': '有承诺用语（将、力争、下一步）',
  'commitment:past-statement': '计划部分中讲过去或作解释的话，不是承诺',
  'commitment:past-frame': '计划部分中“过去一年”“去年”等开头讲上年结果的话，不是承诺',
  'commitment:salutation': '称呼听众的话（各位代表），不是承诺',
  'commitment:field-line': '列出主办单位等栏目的一行，不是承诺',
  'commitment:item-line': '以“一是”开头、有几个分句并以句号结束的一行是列举的一项，不是标题',
  'commitment:especially': '“特别是”“尤其是”中的“是”表示强调，该项仍是承诺',
  'commitment:described-subject': '“……，是……”说明前一分句是什么或为什么重要，不是承诺',
  'problem:problems-part': '问题部分中说困难的一句',
  'problem:admission': '直接承认的问题（仍存在、亟待）',
  'followup:target-met': '承诺的目标数字已达到',
  'followup:target-short': '承诺的目标数字未全部达到',
  'followup:target-near': '目标数字没有完全做到：差一点没有达到（超出“左右”允许的差距，或略低于不带“左右”的数），或偏离了预期值',
  'followup:in-step': '回顾所说当年居民收入增速与经济增速相比：跟上（或更快）即算落实，落后即部分落实',
  'followup:over-years': '五年回顾中的累计数不算当年的结果',
  'followup:not-done': '证据说尚未做到',
  'followup:completion-word': '证据说已完成（完成、建成、开通）',
  'followup:part-of-list': '证据只说到所列事项的一部分',
  'followup:started': '要启动的事已启动',
  'followup:stated-outcome': '证据给出了结果数字',
  'followup:amount-unstated': '证据说做了，但没有给出承诺的数量',
  'followup:narrower-outcome': '承诺的是整体的增长率，证据给出的是其中更窄一部分的增速（如跨境电商进出口之于进出口总额），不能说明整体达到与否，算部分落实',
  'followup:level-unstated': '承诺的是达到某一水平（数量、浓度、比率），证据只说了增减变化（如增长30.5%、改善10.8%），没有说达到的水平，算部分落实',
  'followup:growth-unstated': '承诺的是增长率，证据只给出了同一事物的总量、占比或排名，没有给出增速，不算证据',
  'followup:year-task': '证据说完成了当年的年度任务或目标，承诺的数量视为达到',
  'followup:year-task-share': '证据说完成了年度任务的一定比例（如完成年度目标任务的90%），按该比例判断：不足100%为部分完成',
  'followup:distinctive-term': '承诺里两份报告都很少提到的名词（如白内障、石漠化）在回顾的同一分句里都出现，且该分句给出以其为名的结果数字（如完成石漠化综合治理47.9万亩），即算说到了承诺对象',
  'followup:one-word-subject': '承诺对象只有一个词（如进出口总额保持正增长），回顾在这个词后面给出了结果（数字或完成），即算说到了承诺对象',
  'followup:another-kind': '两句话说到同一事项名称，但前面限定的是另一种（如低保与失业保险的保障范围），说的不是同一件事，不作为证据',
  'followup:place-alone': '只共有一个地名（如三亚）的两句话说的不是同一件事，不作为证据',
  'followup:place-pair': '以所连两地首字加线路类别的简称（如乌尉高速）称呼去年所说的两地间线路（乌鲁木齐至尉犁高速公路），视为提到同一项目',
  'followup:defined-name': '报告自己界定的简称（如“以下简称‘亚冬会’”、名词解释里的“两重”）与其全称视为同一名称：回顾用其中一种说法，承诺用另一种，也算说到了承诺对象',
  'followup:held-level': '五年回顾说某一水平五年来一直稳定（保持）在目标以上，当年也达到了目标',
  'followup:held-stable': '承诺保持某一水平稳定，五年回顾说它五年来一直稳定（保持）在某一数值，当年也保持住了',
  'followup:other-form': '承诺里两个双字词在回顾中前后对调、紧挨着写出（如“职工分流”写作“分流职工”），且前后没有承诺所无的限定词，视为同一说法：承诺自身的词语找不到回顾句时才用',
  'followup:enumerated-head': '承诺列举若干领域再加统称（如钢铁、有色等重点行业），回顾只用统称说到同一事项，视为提到承诺对象',
  'followup:year-list-done': '这是上年所列民生实事中的一项，回顾说这些民生实事已全部完成',
  'followup:year-list-whole': '承诺的就是上年所列的这批民生实事，回顾说这批民生实事已全部完成，件数相同',
  'followup:head-figure': '相近证据句中同一对象的结果数字（单位可换算）与目标比对',
  'followup:same-unit-figure': '目标没有找到同名的结果，但当年回顾中只有一个同单位（公里、万亩、套等）的数字，其分句含承诺的少见词（如管网），与目标比对',
  'followup:head-ratio': '相近证据句中同一对象、同一比率（如参保率、普及率）的结果与目标比对',
  'followup:act-word': '证据说已实施（实施、建立、开展）',
  'followup:wider-outcome': '承诺的是某一类中更窄的一部分（如智能制造标杆企业），证据给出的是整类的数字（智能制造企业），说明不了承诺的那部分达到与否，算部分落实',
  'followup:plan-only': '证据只说制定了方案（如制定…实施方案），这是第一步，承诺的改革或工作本身尚未说做成，算部分落实',
  'followup:level-reached': '证据说已达到某一水平或范围（超过、扩大到、全面推开）',
  'followup:prevented': '要防止的事证据说未发生（未发生重大事故）',
  'followup:result-after': '证据句再提到承诺对象后给出了它的结果数字',
  'followup:progress-made': '要持续推进的工作，回顾（当年或五年）说已取得进展（取得突破性进展、迈出实质性步伐、进展顺利）',
  'followup:object-advanced': '要持续推进的工作，当年回顾以承诺对象为主语说它深入推进、不断深化（如“放管服”改革纵深推进），算落实；动词在前（深入实施…）只是再说一遍',
  'followup:result-phrase': '回顾在承诺对象之后说出了结果（有效促进、大幅增长、明显提升），虽无数字，也算落实',
  'followup:perfective': '证据说已做了（进行了、实行了、开展了）',
  'followup:restated-whole': '当年回顾把承诺的做法几乎原样说成做过的事（无推进、深入等字）',
  'followup:act-restated': '无目标数字的承诺，当年回顾的分句以动词开头、承诺对象在其后（如推进医疗机构检查检验结果互认），列为当年做过的事，算落实；对象在前说进展（…有序开展、…不断优化）、以深入、加强、更好开头、说的是另一件事（…推进会）或在指导思想句中的仍只算再说一遍',
  'followup:effort-word': '证据只说在推进（加快、正在）',
  'followup:restated': '证据只是再说了一遍',
  'followup:names-part': '证据只说到承诺对象的一部分',
  'followup:items-named': '承诺所列的各个具体项目，回顾逐一点名并说已完成（或已开工）',
  'followup:list-counted': '承诺所列事项的个数与种类，回顾以同样的个数说已完成或已实施（如十大重点产业调整振兴规划）',
  'followup:act-of-another': '证据里“开展”等所做的是对承诺内容的督查、检查或评估（如“推动高质量发展综合督查”），承诺的内容只是修饰它的定语，不是承诺本身已落实',
  'followup:done-of-another': '证据里的“完成”“建成”等说的是与承诺对象相关的另一件事（如某铁路施工事故的救援处置），不是承诺对象本身',
  'followup:similar': '证据与承诺的说法非常接近',
  'followup:items-adjacent': '证据句漏掉的所列事项，同段前后句都已说到',
  'followup:no-evidence': '回顾部分没有相关的句子',
  'followup:object-pairs': '证据句按说到承诺对象的多少排序',
  'followup:measure-named': '证据须说承诺所说的同一统计指标',
  'followup:word-pieces': '长名词也按其两字部分比对',
  'followup:adverbial-de': '动词前以“地”结尾的状语（如积极稳妥地）说的是怎样做，不算承诺对象的词',
  'followup:five-years-streak': '五年回顾中“连续几年”的说法（不带其他数字）也说了当年',
  'followup:quoted-name': '回顾加引号的专名（如“保交房”）承诺里也有，即算说到了承诺对象，哪怕专名很短',
  'followup:five-years-only': '回顾只讲五年、没有单讲当年的部分：五年回顾里仍在推进或再提到的事算部分落实',
  'followup:years-summed': '只讲五年的回顾里，累计、以来等几年合计的数字不算当年的结果',
  'followup:five-years-item-done': '五年回顾说清单中某一项已完成或开工：算部分落实',
  'followup:five-years-named': '当年回顾没有说到，五年回顾里说到仍在推进或再提到：算部分落实',
  'followup:object-held': '没有一句点名说到，但最接近的一句说到承诺对象的大部分和其中的专名：算部分落实',
  'verdict:floor': '下限目标',
  'verdict:ceiling': '上限目标',
  'verdict:good-side': '结果在目标好的一侧',
  'verdict:about': '“左右”允许的差距',
  'verdict:nearly': '差距不大',
  'verdict:short': '差距较大',
  'verdict:projection': '预期值，无好坏方向',
  'verdict:stretch': '下限之上的力争目标',
  'verdict:completion-word': '报告说已完成',
  'verdict:admitted-shortfall': '报告承认没有完成',
  'verdict:flat': '持平按 0% 计',
  'verdict:full-coverage': '全覆盖按 100% 计',
  'verdict:plan-share': '完成计划的比例',
  'verdict:below-expectation': '低于预期',
  'verdict:words-only': '只有文字',
  'verdict:direction-only': '只有变化方向',
  'verdict:moved-in-words': '只说有变化，无数字',
  'verdict:over-years': '只有几年合计',
  'verdict:implied-by-plan': '只见于今年计划与上年的比较',
  'verdict:object-named': '提到但无可比数字',
  'verdict:named-other-measure': '只有另一项数字',
  'verdict:named-over-years': '只有几年的数字',
  'verdict:named-other-kind': '另一种量',
  'verdict:named-part': '只有其中一项的数字',
  'verdict:no-data': '没有结果',
  'verdict:other-basis': '口径不同',
  'verdict:period': '口径不同（年均、累计）',
  'verdict:moment': '某一时点的数值',
  'verdict:five-year-review': '出自五年回顾',
  'verdict:unsure-match': '可能不是同一指标',
  'verdict:payer-only': '只说了出资方',
  'verdict:later-years': '多年或以后到期的目标',
  'verdict:respectively': '“分别”设定的一项',
  'scope:added-vs-total': '新增量与总量',
  'scope:single-vs-combined': '单项与合计',
  'scope:part-of-whole': '部分与整体',
  'scope:multi-year': '几年与本年',
  'scope:other-object': '另一个对象',
  'scope:object-words': '对象不完全相同',
  'scope:count-kind': '统计的量不同',
  'scope:excluding': '扣除了一部分',
  'scope:two-bases': '两种口径',
  'scope:magnitude': '数量级不同',
  'scope:same-number': '与目标数字相同',
  'scope:listed-names': '点名的各项相同',
  'scope:same-unit-object': '同一对象、同一单位',
  'scope:share-vs-change': '占比不是增速',
};

/** The rule ids this page names in Chinese. */
export const NAMED_RULES: readonly string[] = Object.keys(RULE_NAMES);

/**
 * A rule's Chinese name, or its id when the page does not know it (a rule added later). A follow-up reached through a
 * target verdict names both rules (followup:target-near verdict:nearly): each is named, joined by "；".
 */
export function ruleName(id: string): Reason {
  const names = id.split(' ').map((one) => RULE_NAMES[one]);
  return names.every((name) => name !== undefined) ? { text: names.join('；'), translated: true } : { text: id, translated: false };
}
