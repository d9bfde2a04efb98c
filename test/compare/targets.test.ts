import { describe, expect, it } from 'vitest';
import { SURE_MATCH, checkTargets, judge, judgeTargets, notATarget, type NotATarget } from '../../src/compare/targets.js';
import { FULL_COVERAGE, countsAlike, measureOf, otherStages, recordedNamedUnit, similarity } from '../../src/compare/measures.js';
import { figuresOf } from '../extract/figures-of.js';
import { readDocument } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import type { Analysis, Figure, Qualifier, TargetCheck } from '../../src/types.js';
import { openCorpus } from '../../src/eval/corpus.js';

function target(label: string, value: number, qualifier: Qualifier, valueMax: number | null = null, direction: 'up' | 'down' = 'up'): Figure {
  return {
    id: 'f1', surface: `${value}%`, value, valueMax, qualifier, unit: '%', unitType: 'percent', label,
    change: { direction, basis: null }, modality: 'target', measure: null, period: null, start: 0, end: 1, sentence: 0, section: null, rule: 'test',
  };
}

// [target, actual outcome, verdict] as a careful analyst reads them
const cases: Array<[string, Figure, number, string]> = [
  ['CPI 3% about, prices rose 0.2%: lower is better', target('居民消费价格涨幅', 3, 'about'), 0.2, 'met'],
  ['GDP 5.5% about, grew 3%', target('国内生产总值增长', 5.5, 'about'), 3, 'missed'],
  ['GDP 7.5% about, grew 7.7%', target('国内生产总值增长', 7.5, 'about'), 7.7, 'met'],
  ['GDP 7.5% about, grew 7.4%: short by 0.1', target('国内生产总值增长', 7.5, 'about'), 7.4, 'met'],
  ['GDP 7% about, grew 6.8%: short by 0.2', target('国内生产总值增长', 7, 'about'), 6.8, 'met'],
  // Near the target (verdicts.json allowance): only about allows a shortfall. 甘肃2025 力争常住人口城镇化率达到58.1%, 2026 58.08%.
  ['urbanisation 58.1% bare, reached 58.08%: a bare value has no allowance', target('常住人口城镇化率', 58.1, 'exact'), 58.08, 'unclear'],
  ['urbanisation 58.1% about, reached 58.08%: within the allowance', target('常住人口城镇化率', 58.1, 'about'), 58.08, 'met'],
  ['GDP 5.5% bare, grew 5.5%: at the value', target('国内生产总值增长', 5.5, 'exact'), 5.5, 'met'],
  ['GDP 5.5% bare, grew 5.1%: short by 0.4', target('国内生产总值增长', 5.5, 'exact'), 5.1, 'unclear'],
  ['retail 6% about, grew 5.6%: short by 0.4', target('社会消费品零售总额增长', 6, 'about'), 5.6, 'unclear'],
  ['revenue 2% exact, grew 1.5%: short by 0.5', target('一般公共预算收入增长', 2, 'exact'), 1.5, 'missed'],
  ['GDP range 6.5%-7%, grew 6.7%', target('国内生产总值增长', 6.5, 'exact', 7), 6.7, 'met'],
  ['GDP range 6.5%-7%, grew 7.2%: the good side', target('国内生产总值增长', 6.5, 'exact', 7), 7.2, 'met'],
  ['GDP range 6.5%-7%, grew 6.3%: short of the range', target('国内生产总值增长', 6.5, 'exact', 7), 6.3, 'unclear'],
  ['unemployment at most 5.5%, was 5.1%', target('城镇调查失业率', 5.5, 'at-most'), 5.1, 'met'],
  ['unemployment at most 4.5%, was 4.6%', target('城镇登记失业率', 4.5, 'at-most'), 4.6, 'missed'],
  ['energy intensity down at least 3%, fell 5.6%', target('能耗强度下降', 3, 'at-least', null, 'down'), 5.6, 'met'],
  ['energy intensity down about 3%, fell 2%: a bigger cut is better', target('能耗强度下降', 3, 'about', null, 'down'), 2, 'missed'],
  // A projection (verdict:projection): state council 2016's 13% about, 11.3% in 2017's review, which says 低于…预期目标.
  ['M2 13% about, grew 11.3%: a projection, no side better', { ...target('广义货币M2预期增长', 13, 'about'), measure: 'm2-growth' }, 11.3, 'unclear'],
  ['M2 13% about, grew 13.6%', { ...target('广义货币M2预期增长', 13, 'about'), measure: 'm2-growth' }, 13.6, 'unclear'],
  ['M2 13% about, grew 13.1%: on the projection', { ...target('广义货币M2预期增长', 13, 'about'), measure: 'm2-growth' }, 13.1, 'met'],
  // A bare projection has no allowance, as a bare target has none (verdicts.json allowance): only its value meets it.
  ['M2 13% bare, grew 13.1%', { ...target('广义货币M2预期增长', 13, 'exact'), measure: 'm2-growth' }, 13.1, 'unclear'],
  ['M2 13% bare, grew 13%', { ...target('广义货币M2预期增长', 13, 'exact'), measure: 'm2-growth' }, 13, 'met'],
];

// Labels of one stage of building, and of two: [label, label, whether they may name one measure]. 竣工, 完工 and
// 建成 say a thing was finished (synonyms); 开工 says it was begun (distinct).
const stages: Array<[string, string, boolean]> = [
  ['竣工安居房', '建成安居房', true], // hainan 2025's plan, hainan 2026's review
  ['老楼加装电梯完工', '老楼加装电梯建成', true], // beijing 2025's plan
  ['自治区重大项目开工', '自治区重大项目竣工', false], // guangxi 2026: 自治区重大项目开工390个、竣工437个
];

// [target's label, outcome's label, whether both name a stage and not the same]: no object word makes them one.
const otherStageLabels: Array<[string, string, boolean]> = [
  ['保障性安居工程新安排', '城镇保障性安居工程住房基本建成', true], // state council 2015's plan (740万套), 2016's review (772万套)
  ['重大水利工程', '新开工重大水利工程', false], // state council 2016's 再开工20项重大水利工程, met by 2017's 新开工…21项: the label names no stage
  ['竣工安居房', '建成安居房', false], // one stage in two words
];

describe('stages of building', () => {
  it.each(stages)('%s ~ %s: %s', (a, b, same) => {
    expect(similarity(measureOf(a), measureOf(b)) >= SURE_MATCH).toBe(same);
  });

  it.each(otherStageLabels)('%s, %s: other stages %s', (a, b, other) => {
    expect(otherStages(a, b)).toBe(other);
  });
});

describe('judge', () => {
  it.each(cases)('%s', (_, figure, actual, verdict) => {
    expect(judge(figure, actual).verdict).toBe(verdict);
  });

  it('says why', () => {
    expect(judge(target('居民消费价格涨幅', 3, 'about'), 0.2).reason).toContain('lower is better');
  });
});

// Whole national reports, each reviewing the year before it was delivered: [older, newer, target as the older
// report states it, verdict]. Outcomes stated in other words are found by their measure.
const analyses = new Map<number, Promise<Analysis>>();
const national = (year: number) => {
  if (!analyses.has(year)) analyses.set(year, readDocument(`corpus/state-council-gwr-${year}.txt`).then((doc) => analyzeDocument(doc, { meta: { year: year - 1 } })));
  return analyses.get(year)!;
};
const pairs: Array<[number, string, string, string?]> = [
  [2019, '城镇调查失业率5.5%左右', 'met'], // 调查失业率在5.3%以下
  // 城镇保障性安居工程住房基本建成772万套 names every word of the object, but finishing is not starting (measures:stages);
  // only the five years' 城镇保障性安居工程住房建设4013万套 is left
  [2015, '今年保障性安居工程新安排740万套', 'unclear', 'verdict:five-year-review'],
  [2019, '全年减轻企业税收和社保缴费负担近2万亿元', 'met'], // 减税降费2.36万亿元，超过原定的近2万亿元规模
  [2019, '今年大规模扩招100万人', 'met'], // 高职院校扩招100万人
  [2019, '居民消费价格涨幅3%左右', 'met'],
  [2003, '今年经济增长预期目标为7%左右', 'met'], // 国内生产总值比上年增长9.1%
  [2016, '广义货币M2预期增长13%左右', 'unclear', 'verdict:projection'], // 广义货币M2增长11.3%，低于13%左右的预期目标: short by design, not missed
  [2010, '国内生产总值增长8%左右', 'met'], // 过去一年…国内生产总值增长10.3%, in the part on 2011's work; not 占国内生产总值比重没有完成
  [2017, '单位国内生产总值能耗下降3.4%以上', 'unclear'], // only 单位国内生产总值能耗、水耗均下降20%以上 of the five years
  [2021, '赤字率拟按3.2%左右安排', 'unclear'], // 财政赤字率和宏观杠杆率下降: a direction, no number
  // …，加快实施“十四五”重大工程 names the five-year plan after the figure (no verdict:later-years); the 2024 plan's
  // 拟安排地方政府专项债券3.9万亿元、比上年增加1000亿元 implies 2023's amount, as a budget
  [2023, '今年拟安排地方政府专项债券3.8万亿元', 'unclear', 'verdict:implied-by-plan'],
  [2018, '中央预算内投资安排5376亿元', 'unclear', 'verdict:implied-by-plan'], // 今年中央预算内投资安排5776亿元，比去年增加400亿元
  // 拟安排长期建设国债500亿元，比去年减少100亿元: the labels differ by the act (发行, 安排), every object word is named
  [2006, '拟发行长期建设国债600亿元', 'unclear', 'verdict:implied-by-plan'],
  [2018, '今年赤字率拟按2.6%安排', 'no-data', 'verdict:no-data'], // 比去年预算高0.2个百分点: on last year's budget, the target again
  [2018, '全年再为企业和个人减税8000多亿元', 'unclear'], // 全年为企业和个人减税降费约1.3万亿元: taxes and fees together
  [2021, '城镇调查失业率5.5%左右', 'met'], // 城镇调查失业率平均为5.1%: the year's mean
  [2018, '今年再减少农村贫困人口1000万以上', 'met'], // 农村贫困人口减少1386万: the label opens on the cut, so the number is one
  // No figure of the measure, but a sentence naming every word of what the target counts: the report speaks of it.
  [2018, '今年再压减钢铁产能3000万吨左右', 'unclear', 'verdict:object-named'], // 推进钢铁、煤炭行业市场化去产能
  [2018, '退出煤炭产能1.5亿吨左右', 'unclear', 'verdict:object-named'], // the same sentence: 退出 is the act, 煤炭 产能 the object
  [2010, '企业退休人员基本养老金今年再提高10%', 'unclear', 'verdict:object-named'], // 连续7年提高企业退休人员基本养老金水平，年均增长10%
  [2022, '使用1000亿元失业保险基金支持稳岗和培训', 'unclear', 'verdict:object-named'], // 实施失业保险基金稳岗返还、留工培训补助等政策
  // Within three years (三年内, period:multi-year) is not the year's target; 2025年内蒙古 is no span of years.
  [2009, '三年内参保率均提高到90%以上', 'unclear', 'verdict:later-years'],
];

// verdict:stretch — tibet-gwr-2025's 预期目标 against 2026's review (地区生产总值增长7%，固定资产投资增长17.2%，社会消费品零售总额增长4.4%):
// the aim above a floor (力争达到) is unclear short of it, the floor judged as ever; a higher figure of another thing
// (城乡居民人均可支配收入分别增长8%和10%) or without an aim word is no aim.
const stretch: Array<[string, string, string, string]> = [
  ['8%', '地区生产总值增长7%以上、力争达到8%', 'unclear', 'verdict:stretch'],
  ['7%', '地区生产总值增长7%以上、力争达到8%', 'met', 'verdict:floor'],
  ['20%', '全社会固定资产投资增长15%以上、力争达到20%', 'unclear', 'verdict:stretch'],
  ['8%', '社会消费品零售总额增长8%以上、力争达到10%', 'missed', 'verdict:floor'],
  ['10%', '城乡居民人均可支配收入分别增长8%和10%', 'missed', 'verdict:short'],
];

describe('verdict:stretch', () => {
  const tibet = (year: number) => readDocument(`corpus/tibet-gwr-${year}.txt`).then((doc) => analyzeDocument(doc));
  it.each(stretch)('%s of %s → %s (%s)', async (surface, commitment, verdict, rule) => {
    const checks = checkTargets(await tibet(2025), await tibet(2026));
    const check = checks.find((c) => c.target.surface === surface && c.commitment.includes(commitment));
    expect({ surface, commitment, verdict: check?.verdict, rule: check?.rule }).toEqual({ surface, commitment, verdict, rule });
  }, 60_000);
});

describe('checkTargets on national reports', () => {
  it.each(pairs)('%i: %s → %s', async (year, wording, verdict, rule) => {
    const checks = checkTargets(await national(year), await national(year + 1));
    const check = checks.find((c) => c.target.sentence.includes(wording) || wording.includes(c.commitment));
    expect({ wording, verdict: check?.verdict, reason: check?.reason, rule: check?.rule }).toMatchObject({ wording, verdict, ...(rule && { rule }) });
  }, 60_000);

  it('leaves out what is not a target and judges a target stated twice once', async () => {
    const checks = judgeTargets(await national(2019), await national(2020)).distinct;
    const surfaces = checks.map((c) => c.target.surface);
    // 近14亿中国人的饭碗, 我国60岁以上人口已达2.5亿, 现行16%的税率 (the old rate; 13% is the target)
    for (const fact of ['14亿', '60岁', '2.5亿']) expect(surfaces).not.toContain(fact);
    expect(checks.find((c) => c.target.surface === '16%' && c.target.label.includes('现行'))).toBeUndefined();
    const keys = checks.map((c) => `${c.target.label}|${c.target.surface}`);
    expect(keys.filter((key) => key.startsWith('国内生产总值增长|'))).toHaveLength(1);
  }, 60_000);

  // target:restated: 经过认真比较、反复权衡，把增长预期目标定在7.5%左右 restates the list's 国内生产总值增长7.5%左右;
  // 进出口总额预期增长7.5%左右 (no goal word) and 就业预期目标比去年多100万人 (no 100万人 before it) are targets of their own.
  it('lists a target restated by its goal once (target:restated), not a target of the same value', async () => {
    const surfaces = (checks: TargetCheck[]) => checks.map((c) => `${c.target.label}|${c.target.surface}`);
    const of2014 = surfaces(judgeTargets(await national(2014), await national(2015)).distinct);
    expect(of2014.filter((key) => key.endsWith('|7.5%'))).toEqual(['国内生产总值增长|7.5%', '进出口总额预期增长|7.5%']);
    expect(surfaces(judgeTargets(await national(2017), await national(2018)).distinct)).toContain('就业预期目标比去年多|100万人');
  }, 60_000);

  it('lists the year\'s target even when a five-year goal of the same figure comes first', async () => {
    // 2021: the 十四五 goals (城镇调查失业率控制在5.5%以内), then 今年…城镇调查失业率5.5%左右; 2022: 平均为5.1%.
    const checks = judgeTargets(await national(2021), await national(2022)).distinct;
    const year = checks.filter((c) => c.target.label.includes('城镇调查失业率') && c.target.surface === '5.5%');
    expect(year.map((c) => c.verdict)).toContain('met');
  }, 60_000);
});

// Figures of the plans parts of national reports: [report year, words of the sentence, figure, why it is no
// target (null: it is one)]. A statement about last year or a present state is no target; one target per
// measure and sentence.
const notTargets: Array<[number, string, string, NotATarget | null]> = [
  [2013, '去年居民消费价格涨幅回落到2.6%', '2.6%', 'past-year'],
  [2013, '去年价格上涨的翘尾影响约有1个百分点', '1个百分点', 'past-year'],
  [2013, '今年拟安排财政赤字1.2万亿元', '1.2万亿元', null],
  [2013, '比去年预算增加4000亿元', '4000亿元', 'on-last-year'],
  [2013, '其中中央财政赤字8500亿元', '8500亿元', 'part-of-target'],
  [2013, '由每人每年240元提高到280元', '240元', 'change-start'],
  [2013, '由每人每年240元提高到280元', '280元', null],
  [2013, '人均基本公共卫生服务经费标准由25元提高到30元', '30元', null],
  [2013, '目前我国年度财政性教育经费支出总额已经超过2万亿元', '2万亿元', 'present-state'],
  [2019, '近14亿中国人的饭碗', '14亿', 'qualifies-noun'],
  [2008, '城镇居民基本医疗保险试点要扩大到全国50%以上的城市', '50%', null],
  // A threshold bounding the noun after it with no 的 (label:bounds-noun); not a magnitude the noun counts, nor a share.
  [2018, '淘汰关停不达标的30万千瓦以下煤电机组', '30万千瓦', 'qualifies-noun'],
  [2016, '今年要完成1000万以上农村贫困人口脱贫任务', '1000万', null],
  [2017, '分级诊疗试点和家庭签约服务扩大到85%以上地市', '85%', null],
  [2019, '我国60岁以上人口已达2.5亿', '2.5亿', 'present-state'],
  [2019, '我国60岁以上人口已达2.5亿', '60岁', 'age'],
  [2019, '将制造业等行业现行16%的税率降至13%', '16%', 'present-state'],
  [2019, '将制造业等行业现行16%的税率降至13%', '13%', null],
  [2019, '今年赤字率拟按2.8%安排，比去年预算高0.2个百分点', '0.2个百分点', 'on-last-year'],
  [2019, '其中中央财政赤字1.83万亿元', '1.83万亿元', 'part-of-target'],
  [2019, '今年拟安排地方政府专项债券2.15万亿元，比去年增加8000亿元', '8000亿元', 'on-last-year'],
  [2025, '赤字规模5.66万亿元、比上年增加1.6万亿元', '1.6万亿元', 'on-last-year'],
  [2019, '今年财政支出超过23万亿元，增长6.5%', '6.5%', null],
  [2019, '从月销售额3万元提高到10万元', '10万元', null],
  [2022, '我国有2.9亿在校学生', '2.9亿', 'present-state'],
  [2015, '我国有13亿人口', '13亿人', 'present-state'],
  [2016, '届时，我国经济总量超过90万亿元', '90万亿元', null],
  [2011, '我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%', '7%', null],
];

// Clauses of reviews that call a rate whole (verdict:full-coverage), or only nearly so.
const coverage: Array<[string, boolean]> = [
  ['建制镇实现生活污水处理设施全覆盖', true],
  ['建制镇生活污水处理设施基本实现全覆盖', false],
  ['市区街乡三级监管部门基本实现扫码检查全覆盖', false],
];

describe('FULL_COVERAGE', () => {
  it.each(coverage)('%s → %s', (clause, whole) => {
    expect(FULL_COVERAGE.test(clause)).toBe(whole);
  });
});

describe('notATarget', () => {
  it.each(notTargets)('%i: %s — %s: %s', async (year, words, surface, why) => {
    const analysis = await national(year);
    const figure = analysis.figures.find((f) => f.surface === surface && analysis.text.slice(analysis.sentences[f.sentence]!.start, analysis.sentences[f.sentence]!.end).includes(words));
    expect(figure, `${surface} in ${words}`).toBeDefined();
    expect(notATarget(analysis, figure!)).toBe(why);
  }, 60_000);

  it('takes no annual fact of a province for a target (inner mongolia 2025: 我区每年接待游客近3亿人次，这些送上门来的消费…)', async () => {
    const { analysisOf } = await corpus;
    const analysis = await analysisOf('inner-mongolia-gwr-2025.txt');
    const visitors = analysis.figures.find((f) => f.surface === '3亿人次' && f.modality === 'target');
    expect(visitors && notATarget(analysis, visitors)).toBe('present-state');
  }, 60_000);

  it('lists the 2013 targets of GDP, CPI and the deficit once each', async () => {
    const { distinct, all } = judgeTargets(await national(2013), await national(2014));
    const count = (label: RegExp, surface: string) => distinct.filter((c) => label.test(c.target.label) && c.target.surface === surface).length;
    expect(count(/经济增长|国内生产总值/, '7.5%')).toBe(1);
    expect(count(/居民消费价格/, '3.5%')).toBe(1);
    // 代地方发债3500亿元 names no deficit, so it stays a target of its own.
    expect(distinct.filter((c) => c.target.sentence.includes('拟安排财政赤字1.2万亿元')).map((c) => c.target.surface)).toEqual(['1.2万亿元', '3500亿元']);
    // The restatement that explains the listed target (…7.5%左右，主要是…) is no commitment of its own (targetExplained).
    expect(all.some((c) => c.commitment.startsWith('今年经济增长预期目标定为7.5%'))).toBe(false);
  }, 60_000);
});

// Pairs of the corpus outside the verdict gold: [older report, target as it states it, verdict, how the
// newer report states the outcome]. Each row is one general rule, not one sentence.
const corpus = openCorpus('corpus');
const others: Array<[string, string, string, string]> = [
  ['tianjin-gwr-2025', '城镇新增就业30万人', 'met', '新增就业32.7万人: a verb phrase naming a measure is its label'],
  ['inner-mongolia-gwr-2025', '城镇新增就业18万人以上', 'unclear', 'not the appendix 2026年自治区民生实事, which follows the plans'],
  ['hubei-gwr-2025', '粮食产量继续保持500亿斤以上', 'unclear', '稳定在550亿斤左右 under “十四五”时期是…, before 刚刚过去的2025年'],
  ['hubei-gwr-2025', '城镇新增就业70万人以上', 'met', '城镇新增就业超额完成全年任务'],
  ['jiangxi-gwr-2025', '城镇新增就业41万人', 'met', '城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%'],
  ['guangxi-gwr-2025', '城镇调查失业率5.5%左右', 'met', '年末城镇调查失业率从上半年5.5%降到5.3%: the end value'],
  ['fujian-gwr-2025', '居民消费价格涨幅2%左右', 'met', '居民消费价格与上年持平: 0%'],
  ['jiangsu-gwr-2025', '全社会研发投入强度达3.35%左右', 'met', '研发投入强度达3.38%, a level as it stands, in the five-year review'],
  ['state-council-gwr-2022', '城镇调查失业率全年控制在5.5%以内', 'unclear', '年末城镇调查失业率降到5.5%: one moment says nothing of the whole year'],
  ['chongqing-gwr-2025', '单位地区生产总值能耗下降2.5%', 'unclear', '单位地区生产总值能耗下降预计完成国家下达目标: a direction without a number'],
  ['hunan-gwr-2025', '地方一般公共预算收入增长2.5%', 'unclear', '增长1.7%（同口径增长2.5%以上）: two bases, two verdicts (scope:two-bases)'],
  ['hunan-gwr-2025', '新增智能制造标杆企业360家', 'unclear', '新增智能制造企业1585家 counts them all, not the 标杆 ones (scope:other-object)'],
  ['hunan-gwr-2025', '规模工业增加值增长6.5%以上', 'missed', '其中规模工业增加值增长6.2%: 其中 opens a measure of its own, no part'],
  ['shandong-gwr-2025', '特殊困难家庭适老化改造1.5万户', 'met', '特殊困难老年人家庭适老化改造1.5万户: a narrower set at the target says the whole reached it'],
  ['yunnan-gwr-2025', '引进亿元以上项目超500个', 'met', '引进落地亿元以上项目904个: those landed are fewer than those brought in, and past the target'],
  ['tibet-gwr-2025', '城镇调查失业率、居民消费价格涨幅分别控制在5%', 'met', '城镇调查失业率控制在5%以内: 分别 gave each its label'],
  ['qinghai-gwr-2025', '勘探新增石油地质储量3000万吨、天然气200亿立方米', 'unclear', '生产原油239万吨、天然气56.5亿立方米: output, not reserves (scope:count-kind)'],
  ['qinghai-gwr-2025', '天然气产量稳定在60亿立方米以上', 'missed', '生产…天然气56.5亿立方米: 产量 named by 生产'],
  ['gansu-gwr-2025', '固定资产投资增长5%左右', 'unclear', '扣除房地产开发投资后，固定资产投资增长2.7% (scope:excluding)'],
  ['jiangxi-gwr-2025', '推动4000家左右企业提档升级', 'unclear', '1.4万余家企业实施改造: another act on the firms (scope:object-words)'],
  ['shanxi-gwr-2025', '水土保持率达到66.2%', 'met', '水土保持率提高到66.26% in the five-year review: a rate reached is the year\'s end level'],
  ['guizhou-gwr-2025', '新增五星级饭店5家', 'unclear', '新增五星级饭店16家 of the five years that 回望过去五年 opens, after a first sentence closing 2025 (各位代表！2025年主要目标任务的完成，…收官。)'],
  ['guizhou-gwr-2025', '新建、改建16万户农村户用卫生厕所', 'no-data', 'label 农村 alone: …农村木质房屋连片村寨“水改”“电改”圆满完成 names no 厕所, so says nothing of it in words'],
  ['guizhou-gwr-2025', '对全省957个50户以上农村木质房屋连片村寨实施“水改”“电改”', 'unclear', '…连片村寨“水改”“电改”圆满完成 in the five-year review: stated only in words (verdict:words-only)'],
  ['guizhou-gwr-2025', '实施农村公路安全生命防护工程8000公里', 'unclear', '3万公里 of the same five years'],
  ['guizhou-gwr-2025', '全省高速公路通车里程突破9500公里', 'met', '高速公路通车里程突破9500公里 in the five-year review: a level both sides say reached is the year\'s end level'],
  ['guizhou-gwr-2025', '全省高铁通车里程突破1900公里', 'met', '高铁营业里程突破1900公里 in the five-year review: the network\'s length, a stock of the catalogue (hsr-mileage)'],
  ['guizhou-gwr-2025', '每千人口拥有3岁以下婴幼儿托位数达到4.5个', 'met', '托位数达4.59个 in the five-year review: reached on both sides'],
  ['shaanxi-gwr-2025', '技术合同成交额5000亿元以上', 'met', '技术合同成交额从1795亿元增加到5260亿元: the end of the span, not its start'],
  ['shaanxi-gwr-2025', '新增成果转化企业1000家', 'met', '科技成果转化企业新增1013家: a label opening on 新增 counts an increase'],
  ['hainan-gwr-2025', '接待国内外游客1亿人次以上', 'met', '接待游客突破1亿人次: 国内外 names the whole of origins (words:whole), no part of what is counted'],
  ['guizhou-gwr-2025', '电力装机容量达9700万千瓦', 'met', '电力装机规模突破1亿千瓦: 容量 and 规模 ending the label say how much, not what (words:measure)'],
  ['zhejiang-gwr-2025', '力争海洋生产总值增长6%', 'unclear', '生产总值增长5.5% is of the whole economy: 海洋 is no loose word'],
  ['tianjin-gwr-2025', '优良天数比率达到72%以上', 'met', '优良天数比例达到77%: PM2.5年均浓度 before it in the plan is the year\'s mean, no multi-year target'],
  ['hainan-gwr-2025', '建制镇生活污水处理设施覆盖率达100%', 'met', '建制镇实现生活污水处理设施全覆盖 in the five-year review: 100%, a level reached (verdict:full-coverage)'],
  ['jilin-gwr-2025', '办好20件民生实事', 'met', '20项民生实事全面完成: 项 and 件 count alike (units:same-count); 全面 says how, it names no thing'],
  ['shanghai-gwr-2025', '新建30个社区长者食堂', 'met', '新建社区长者食堂57家: 家 and 个 one count, as follow-up converts them (units:converted-count)'],
  ['guizhou-gwr-2025', '新组建3家以上省实验室', 'unclear', '布局建设5个省实验室, in 个, of the five-year review'],
  ['shandong-gwr-2025', '新建大学生就业创业赋能中心15个', 'no-data', '建成高价值专利培育中心15家: the same number in a converted count restates nothing (not scope:same-number)'],
  ['tianjin-gwr-2025', '推进30个城中村改造项目', 'unclear', '启动改造19个城中村: the object named, no figure of it to compare (verdict:object-named)'],
  ['tianjin-gwr-2025', 'PM2.5年均浓度降至38微克／立方米', 'met', 'PM2.5年均浓度36.2微克/立方米: a year\'s mean of a concentration (年均浓度) is no average over years, and opens no five-year paragraph'],
  ['hainan-gwr-2025', '基本养老保险参保达763万人', 'met', '基本养老保险参保778万人 in the five-year review: a level the target says is to be reached, as it stands'],
  ['hainan-gwr-2025', '全省清洁能源装机比重达85%左右', 'met', '清洁能源装机占比达87.2%: 占比 and 比重 are one word (synonyms)'],
  ['hunan-gwr-2025', '园区规模工业占比达到75%以上', 'met', '园区规模工业增加值占全省比重增至76%以上: 全省 says what the share is of, it narrows nothing'],
  ['hunan-gwr-2025', '提质改造农村公路3000公里', 'met', '改造提升农村公路3983公里: the one long word of what is counted (农村公路) ends the outcome\'s label'],
  ['zhejiang-gwr-2025', '安排重大项目1000个以上', 'met', '1596个“千项万亿”重大项目完成投资1.5万亿元: 重大项目 ends the label'],
  ['hainan-gwr-2025', '地方一般公共预算收入增长3%左右', 'no-data', '税收占一般公共预算收入比重超75%: the word inside a share of something else'],
  ['state-council-gwr-2011', '今年中央财政拟投入423亿元', 'no-data', '中央财政“三农”支出: 中央财政 names who pays, no thing'],
  ['hebei-gwr-2025', '居民人均可支配收入增长5%左右', 'unclear', '居民人均可支配收入从27136元增长到36439元 under 这五年: the levels of the growth target\'s measure, a span (verdict:over-years)'],
  ['shandong-gwr-2025', '一般公共预算收入增长3%', 'unclear', '一般公共预算收入累计完成3.7万亿元，5年增长18.7%: the level, then its growth over the years (verdict:over-years)'],
  ['hubei-gwr-2025', '社会消费品零售总额增长7%左右', 'no-data', '社会消费品零售总额增至2.79万亿元: an end level alone says nothing of a growth'],
  ['hainan-gwr-2025', '竣工安居房1.4万套', 'unclear', '建成安居房7.5万套 in the five-year review: 竣工 and 建成 one stage (synonyms), so found, and of the five years'],
  ['hainan-gwr-2025', '装配式建筑面积占新建建筑比例达80%以上', 'met', '装配式建筑面积占新建建筑比重超80% in the five-year review: a rate reached, its 新建 no addition (levelReached)'],
  ['beijing-gwr-2025', '老楼加装电梯完工600部', 'unclear', '老楼加装电梯869台: 完工 an act as 建成 is, the object words named; 台 is no 部 (verdict:object-named)'],
  ['hebei-gwr-2025', '确保粮食总产740亿斤以上', 'unclear', '粮食产量稳定在760亿斤以上 under 这五年: 2025年 is named only as the end of a span (从2020年的…增长到2025年的…)'],
  ['jilin-gwr-2025', '空气优良天数保持在93%左右', 'met', '地级及以上城市空气质量优良天数比例达到92.8%: the share of all cities of prefecture level and above is the measure, no sum'],
  ['tianjin-gwr-2025', '新建提升口袋公园80个', 'met', '五大道公园、设计公园和85个口袋公园等建成开放: 85 counts only the item after it'],
  ['hainan-gwr-2025', '陵水黎安国际教育创新试验区师生规模突破1万人', 'met', '陵水黎安国际教育创新试验区初具规模，…在园师生达1万人: the object words named earlier in the sentence'],
  ['tianjin-gwr-2025', '建设社区型养老服务综合体（农村幸福院）30个', 'met', '建成养老服务综合体30个: the target\'s own number with its head (scope:same-number), though 社区 is not named'],
  ['liaoning-gwr-2025', '本桓、凌绥、台黑4条高速公路', 'met', '沈白高铁和京哈改扩建、本桓宽、凌绥、台黑4条高速提前建成通车: a count of a few, but of the things the target lists by name (scope:listed-names), so the joined list is no sum either'],
  ['tianjin-gwr-2025', '集装箱吞吐量突破2400万标准箱', 'met', '集装箱航线增至150条、吞吐量超2400万标准箱: the label 吞吐量 alone is no close match, the same number with the head is'],
  ['hainan-gwr-2025', '新增基础教育公办学位4万个', 'met', '新增基础教育学位4万个: the same number, though the target names only 公办 ones (scope:other-object passed over)'],
  ['hainan-gwr-2025', '推出2项以上科教融汇标志性成果', 'unclear', '2项制度创新成果入选…最佳实践案例: a count of a few recurs by chance (not scope:same-number)'],
  ['state-council-gwr-2021', '将制造业企业加计扣除比例提高到100%', 'met', '将制造业企业研发费用加计扣除比例提高到100%: the plan said 研发费用 before its label (延续执行企业研发费用加计扣除75%政策，…), so the outcome counts no narrower kind (scope:said-before)'],
  ['state-council-gwr-2022', '将科技型中小企业加计扣除比例从75%提高到100%', 'unclear', '将制造业企业、科技型中小企业分别从50%、75%提高至100% of the five years: the label 科技型中小企业 alone is no sure match'],
  ['shaanxi-gwr-2025', '农村户用卫生厕所普及率达到85%', 'met', '卫生户厕普及率超过…85％: 户厕 names 户用 and 厕所 by their first characters (words:first-characters), not by the same number, which a rate never is'],
  ['tianjin-gwr-2025', '清单化项目化改造燃气管网650公里', 'met', '有序改造供热管网1287公里、燃气管网810公里: 燃气管网 is what the target acts on, in 公里, its act 改造 in the clause, the one such figure (scope:same-unit-object)'],
  ['hainan-gwr-2025', '接待医疗旅游50万人次', 'met', '2025年医疗旅游人次86.5万: what 接待 acts on, in visits (人次 named by its noun), no longer a label that may measure something else'],
  ['zhejiang-gwr-2025', '实施城中村改造6万户', 'met', '开工改造城镇老旧小区196个、城中村6万户: 城中村 is what 实施…改造 acts on, 改造 said in the clause (scope:same-unit-object)'],
  ['zhejiang-gwr-2025', '更新改造住宅老旧电梯1.5万台', 'met', '更新住宅老旧电梯1.8万台: a close label whose words differ only by an act of the target\'s (更新 of 更新改造), so no narrower object (scope:same-unit-object passes scope:object-words)'],
  ['liaoning-gwr-2025', '选派企业科技特派员3000名以上', 'unclear', '4911名科技特派员开展入企服务: 企业 before the outcome\'s words is a noun, a narrower kind (no scope:same-unit-object)'],
  ['hainan-gwr-2025', '高新技术“精英行动”企业达220家', 'unclear', '新增46家高新技术“精英行动”企业: the addition, not the total; and 家, which any object has, says nothing of what is counted (no scope:same-unit-object)'],
  ['jiangxi-gwr-2025', '年销售收入超10亿元农业产业化龙头企业达到100家', 'met', '10亿元 bounds the noun after it (label:bounds-noun), so only 100家 is judged: 年销售收入超10亿元的龙头企业达100家以上 of the review, the same number with the head 龙头企业 (scope:same-number); its 10亿元, qualifying its noun, is no outcome'],
];

describe('checkTargets on other pairs', () => {
  it.each(others)('%s: %s → %s (%s)', async (older, wording, verdict) => {
    const { analysisOf } = await corpus;
    const year = Number(older.slice(-4));
    const checks = checkTargets(await analysisOf(`${older}.txt`), await analysisOf(`${older.slice(0, -4)}${year + 1}.txt`));
    // The longest surface the wording holds: 2.5% of 能耗下降2.5%, not the 5% of another target in its sentence.
    const check = checks.filter((c) => c.target.sentence.includes(wording) && wording.includes(c.target.surface)).sort((a, b) => b.target.surface.length - a.target.surface.length)[0];
    expect({ wording, verdict: check?.verdict, reason: check?.reason }).toMatchObject({ wording, verdict });
  }, 60_000);

  // verdict:named-other-measure and kin: no figure answers the target, but one of the review counts its head, a qualifier
  // of the target's right before it, measured otherwise; not a head qualifying a noun of its own, nor another qualifier.
  it.each([
    ['guangxi-gwr-2025', '自治区层面统筹推进重大项目2200个以上', 'unclear', 'verdict:named-other-measure'], // 自治区重大项目开工390个、竣工437个
    ['shaanxi-gwr-2025', '全省每万人口高价值发明专利拥有量达到12件', 'unclear', 'verdict:named-over-years'], // 每万人高价值发明专利拥有量增长1.8倍, five years
    ['hunan-gwr-2025', '力争全省城镇化率提高0.9个百分点', 'unclear', 'verdict:named-other-kind'], // 城镇化率达63%: a level for a change in points
    ['liaoning-gwr-2025', '进出口总额增长5%左右', 'unclear', 'verdict:named-other-measure'], // 跨境电商进出口增长16.3%: a part of a catalogue measure
    ['hainan-gwr-2025', '地方一般公共预算收入增长3%左右', 'no-data', 'verdict:no-data'], // 税收占一般公共预算收入比重超75%: the whole of a share
    ['guizhou-gwr-2025', '打造30个标准化养老机构', 'no-data', 'verdict:no-data'], // 养老机构护理型床位占比达73.4%: counts beds
    ['jilin-gwr-2025', '新建改建合作助老餐厅和助餐点1000个', 'unclear', 'verdict:named-part'], // 建成助老餐厅413个: one of the two things joined
    ['zhejiang-gwr-2025', '新建和改造提升高标准农田78万亩以上', 'no-data', 'verdict:no-data'], // 新建 joined to 改造提升: acts, no thing of its own
    ['shandong-gwr-2025', '新增省级现代服务业集聚区20个左右', 'no-data', 'verdict:no-data'], // 新培育省级现代海洋特色产业集聚区7个: 特色产业 is no word of the target's
  ])('%s: %s → %s (%s)', async (older, wording, verdict, rule) => {
    const { analysisOf } = await corpus;
    const year = Number(older.slice(-4));
    const checks = checkTargets(await analysisOf(`${older}.txt`), await analysisOf(`${older.slice(0, -4)}${year + 1}.txt`));
    const check = checks.find((c) => c.target.sentence.includes(wording) && wording.includes(c.target.label) && wording.includes(c.target.surface));
    expect({ wording, verdict: check?.verdict, rule: check?.rule, quoted: check?.quote === check?.actual?.sentence }).toEqual({ wording, verdict, rule, quoted: true });
  }, 60_000);

  // verdict:moved-in-words: of no catalogue measure, a clause of the year without a number naming the label and its change in
  // the target's direction; not a five-year review's, whose changes are of the five years. And a target found no more as no-data.
  it.each([
    ['state-council-gwr-2024', '城乡居民基础养老金月最低标准提高20元', 'unclear', 'verdict:moved-in-words'], // 提高城乡居民基础养老金和退休人员基本养老金
    ['state-council-gwr-2015', '企业退休人员基本养老金标准提高10%', 'unclear', 'verdict:moved-in-words'], // 提高低保、优抚、企业退休人员基本养老金等标准
    ['state-council-gwr-2018', '居民基本医保人均财政补助标准再增加40元', 'unclear', 'verdict:moved-in-words'], // 提高居民基本医保补助标准: 再 said of the change, ignored with it
    ['state-council-gwr-2022', '增长18%', 'unclear', 'verdict:moved-in-words'], // 中央对地方转移支付大幅增加
    ['guizhou-gwr-2025', '装备制造业增加值增长10%以上', 'no-data', 'verdict:no-data'], // 高端装备制造产业快速增长, in the five-year review
    ['state-council-gwr-2017', '对地方一般性转移支付规模增长9.5%', 'unclear', 'verdict:object-named'], // 中央对地方一般性转移支付规模大幅增加、专项转移支付项目减少三分之二: a number in the clause
    // 规上企业研发经费投入增长14.2%: R&D is 研发 (similarity.json synonyms), and 规上企业 names a narrower thing, whose growth says nothing of the whole.
    ['jilin-gwr-2025', 'R＆D经费投入增长10%左右', 'unclear', 'scope:object-words'],
  ])('%s: %s → %s (%s)', async (older, wording, verdict, rule) => {
    const { analysisOf } = await corpus;
    const year = Number(older.slice(-4));
    const checks = checkTargets(await analysisOf(`${older}.txt`), await analysisOf(`${older.slice(0, -4)}${year + 1}.txt`));
    // Of two targets of the sentence with the same number (国家高新技术企业数量增长10%以上，R＆D经费投入增长10%左右), the one the wording labels.
    const found = checks.filter((c) => c.target.sentence.includes(wording) && wording.includes(c.target.surface));
    const check = found.find((c) => wording.includes(c.target.label)) ?? found[0];
    expect({ wording, verdict: check?.verdict, rule: check?.rule }).toEqual({ wording, verdict, rule });
  }, 60_000);

  it('answers no change with a share (scope:share-vs-change), and a share with a share', async () => {
    const { analysisOf } = await corpus;
    const checks = checkTargets(await analysisOf('guizhou-gwr-2025.txt'), await analysisOf('guizhou-gwr-2026.txt'));
    // 工业投资增长10%以上 against 工业投资占固定资产投资比重从17.9%提升到35.5%: how big a part is, not how fast it grew.
    const growth = checks.find((c) => c.target.label === '工业投资增长' && c.target.surface === '10%');
    expect({ verdict: growth?.verdict, outcome: growth?.actual?.label ?? null }).toEqual({ verdict: 'unclear', outcome: null });
    const hainan = checkTargets(await analysisOf('hainan-gwr-2025.txt'), await analysisOf('hainan-gwr-2026.txt'));
    // 全省清洁能源装机比重达85%左右 by 清洁能源装机占比达87.2%: a share target, a share outcome.
    expect(hainan.find((c) => c.target.label.includes('清洁能源装机比重'))?.actual?.label).toContain('清洁能源装机占比');
  }, 60_000);

  it('quotes what marks a five-year review, and names the outcome found there', async () => {
    const { analysisOf } = await corpus;
    const checks = checkTargets(await analysisOf('yunnan-gwr-2025.txt'), await analysisOf('yunnan-gwr-2026.txt'));
    // 城镇新增就业261.6万人 shares its paragraph with 年均增长6.1%, a clause of another sentence: the paragraph before, opening
    // 这五年, tells (not the paragraph's own first words, 一般公共预算支出3.4万亿元, which mark nothing).
    const jobs = checks.find((c) => c.target.label === '城镇新增就业');
    expect({ rule: jobs?.rule, quote: jobs?.quote, reason: jobs?.reason }).toEqual({
      rule: 'verdict:five-year-review',
      quote: '这五年，我们深入践行以人民为中心的发展思',
      reason: 'the outcome found, 城镇新增就业 261.6万人, is in a five-year review ("这五年，我们深入践行以人民为中心的发展思")',
    });
  }, 60_000);

  // Where a long quote is cut on the page (quoteFocus): the clause naming the target's object, or of the outcome figure.
  it.each([
    // Must — jilin 2026: the words on 新雪季接待游客人次、出游总花费 end the sentence, after 沈白高铁、G331通车….
    ['jilin-gwr-2025', '新雪季接待游客人次、出游总花费增速', 'verdict:object-named', '全年接待游客人次、出游总花费分别增长20.7%、15.3%。'],
    // Must — liaoning 2026: the clause of the figure the reason names (跨境电商进出口增长16.3%), not the sentence's first.
    ['liaoning-gwr-2025', '进出口总额增长', 'verdict:named-other-measure', '跨境电商进出口增长16.3%。'],
    // Must — national 2012: the clause that moved, 稳步提高粮食最低收购价, of a sentence opening on 中央财政….
    ['state-council-gwr-2011', '小麦最低收购价提高', 'verdict:moved-in-words', '稳步提高粮食最低收购价'],
    // Must not — chongqing 2026: a five-year review's quote is what marks it, not words on the target.
    ['chongqing-gwr-2025', '重点民生实事', 'verdict:five-year-review', null],
  ])('focuses the quote of %s (%s, %s) on %s', async (older, label, rule, clause) => {
    const { analysisOf } = await corpus;
    const newer = older.replace(/\d{4}$/, (year) => String(Number(year) + 1));
    const check = checkTargets(await analysisOf(`${older}.txt`), await analysisOf(`${newer}.txt`)).find((c) => c.target.label === label);
    const focus = check?.quoteFocus;
    expect({ rule: check?.rule, clause: focus ? check!.quote!.slice(focus.start, focus.end) : null }).toEqual({ rule, clause });
  }, 60_000);

  // A change against the target's direction read on the measure's scale: a fall of a growth rate where a rise was set is
  // negative; a fall below a ceiling is good; a fall of another measure in the same clause is no outcome.
  it.each([
    // Must — fujian 2026: 固定资产投资下降3.3% for 固定资产投资增长5%左右: −3.3%, below any growth target.
    ['fujian-gwr-2025', '固定资产投资增长5%左右', '5%', 'missed', -3.3],
    // Must not — hainan 2026: CPI微降0.1% for 居民消费价格涨幅2%左右: a fall of a ceiling measure is on its good side.
    ['hainan-gwr-2025', '居民消费价格涨幅2%左右', '2%', 'met', -0.1],
    // Must not — fujian 2026: 进出口下降5.4% is of imports too, not the outcome of 出口增长3%左右.
    ['fujian-gwr-2025', '出口增长3%左右', '3%', 'no-data', null],
  ] as const)('%s: %s (%s) → %s, outcome %s', async (older, wording, surface, verdict, outcome) => {
    const { analysisOf } = await corpus;
    const checks = checkTargets(await analysisOf(`${older}.txt`), await analysisOf(`${older.slice(0, -4)}${Number(older.slice(-4)) + 1}.txt`));
    const check = checks.find((c) => c.target.sentence.includes(wording) && c.target.surface === surface && wording.startsWith(c.target.label));
    expect({ wording, verdict: check?.verdict, outcome: check?.compared?.outcomeValue ?? null }).toEqual({ wording, verdict, outcome });
  }, 60_000);

  it('judges the national CPI target of 2011 missed where the 2012 report admits it', async () => {
    const checks = checkTargets(await national(2011), await national(2012));
    // 节能减排、物价调控目标没有完成
    expect(checks.find((c) => c.commitment.includes('居民消费价格总水平涨幅'))?.verdict).toBe('missed');
  }, 60_000);

  it('judges each target a 分别 clause labels on its own (tibet 2025 → 2026: 城乡居民人均可支配收入分别增长8%和10%)', async () => {
    const { analysisOf } = await corpus;
    const checks = checkTargets(await analysisOf('tibet-gwr-2025.txt'), await analysisOf('tibet-gwr-2026.txt'));
    const income = checks.filter((c) => c.target.sentence.includes('分别增长8%和10%') && /^(?:城镇|农村)居民人均可支配收入/.test(c.target.label));
    // 城乡居民人均可支配收入分别增长6%和7.4%
    expect(income.map((c) => `${c.target.label} ${c.target.surface} ${c.verdict}`)).toEqual(['城镇居民人均可支配收入增长 8% missed', '农村居民人均可支配收入增长 10% missed']);
  }, 60_000);

  it('takes no list counted in words for a target', async () => {
    const checks = checkTargets(await national(2004), await national(2005));
    // 八项主张, 三件事, 和平共处五项原则
    for (const surface of ['八项', '三件', '五项']) expect(checks.map((c) => c.target.surface)).not.toContain(surface);
  }, 60_000);
});

describe('a count whose noun names its unit', () => {
  const figureOf = (text: string, surface: string): Figure => figuresOf(text).find((f) => f.surface === surface)!;
  // [target sentence and surface, outcome sentence and surface (corpus reports), whether they count alike]
  const rows: Array<[string, string, string, string, boolean]> = [
    // state-council-gwr-2018 → 2019: 1400万 of 农业转移人口 counts 人 (numeral:unit-named-after).
    ['今年再进城落户1300万人，加快农业转移人口市民化。', '1300万人', '新型城镇化扎实推进，近1400万农业转移人口在城镇落户。', '1400万', true],
    // Must not — state-council-gwr-2010: 用户 names no unit of people.
    ['今年再进城落户1300万人，加快农业转移人口市民化。', '1300万人', '新增510万沼气用户。', '510万', false],
  ];
  it.each(rows)('%s (%s) and %s (%s): alike %s', (targetText, targetSurface, outcomeText, outcomeSurface, alike) => {
    const [target, outcome] = [figureOf(targetText, targetSurface), figureOf(outcomeText, outcomeSurface)];
    expect(countsAlike(target, outcome)).toBe(alike);
    expect(recordedNamedUnit(outcome)?.unit ?? null).toBe(alike ? '人' : null);
  });
});
