import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures-of.js';

// [sentence from a corpus report, expected figures as [surface, value, unit, a word the label must hold]]
const cases: Array<[string, Array<[string, number, string, string]>]> = [
  ['依法依规集体研究征地拆迁补偿、重大项目建设、招商引资、疫情防控等事项264个', [['264个', 264, '个', '事项']]],
  ['2021年全区6项基本空气质量指标较去年明显改善,优良天数达到265天', [['6项', 6, '项', '空气质量指标'], ['265天', 265, '天', '优良天数']]],
  ['全年共提供法律咨询216人次,调解信访案件8起', [['216人次', 216, '人次', '法律咨询'], ['8起', 8, '起', '信访案件']]],
  ['县级领导共接待群众115批383人次', [['115批', 115, '批', '接待'], ['383人次', 383, '人次', '接待']]],
  ['全区全流程可办事项上网率达到100%', [['100%', 100, '%', '上网率']]],
  ['全区18家工业源企业纳入“双随机、一公开”监管系统', [['18家', 18, '家', '企业']]],
  ['国内生产总值达到56.9万亿元，比上年增长7.7%', [['56.9万亿元', 56.9e12, '元', '国内生产总值'], ['7.7%', 7.7, '%', '国内生产总值']]],
  ['城镇新增就业1310万人，创历史新高', [['1310万人', 1.31e7, '人', '城镇新增就业']]],
  ['粮食产量超过1.2万亿斤，实现“十连增”', [['1.2万亿斤', 1.2e12, '斤', '粮食产量']]],
  ['城镇登记失业率4.1%', [['4.1%', 4.1, '%', '失业率']]],
  ['农村贫困人口减少1650万人', [['1650万人', 1.65e7, '人', '贫困人口']]],
  ['每个村(居)均设置了人民调解委员会、至少配有5名兼职调解员和1至2名信访明白人', [['5名', 5, '名', '调解员'], ['1至2名', 1, '名', '信访明白人']]],
  ['在全市与魏都区、东城区并列排名第1位', [['第1位', 1, '位', '排名']]],
  ['通过管委会门户网站公开信息360余条', [['360余条', 360, '条', '门户网站']]],
  ['服务业增加值比重达到46.1%，首次超过第二产业', [['46.1%', 46.1, '%', '服务业增加值比重']]],
  // 百分之百 is a part of a whole, not a bare magnitude (每百人).
  ['义务教育巩固率百分之百', [['百分之百', 100, '%', '巩固率']]],
  // 方 after 亿 is 立方米 (numeral:unit-after-magnitude).
  ['推进青石峁天然气、石嘴山矿区煤层气等开发利用，天然气产能达到22亿方。', [['22亿方', 2.2e9, '立方米', '天然气产能']]],
  // A unit jieba reads as the first character of a noun is none (numeral:unit-in-word): 家庭 counts no 家, 台阶 no 台;
  // jiangxi-gwr-2026 (constructed around), gansu-gwr-2026. A classifier jieba keeps apart stays.
  ['全市8万家庭医生签约服务', [['8万', 8e4, '', '家庭医生']]],
  ['庆阳经济总量迈上1200亿台阶', [['1200亿', 1.2e11, '', '经济总量']]],
  ['新增5万家企业', [['5万家', 5e4, '家', '企业']]],
];

// Sentences whose numerals are dates, names, headings or ordinals, never figures.
const none: string[] = [
  '现将2021年度法治政府建设情况报告如下。',
  '示范区出台了三项制度实施方案',
  '纳入“双随机、一公开”监管系统，“一网通办”工作能效得到大力提升',
  '先后制定完善了示范区党工委管委会会议制度、“三重一大”议事制度等决策机制',
  '实施“一村一警一法律顾问一支民调队伍”及“信访明白人”工作机制',
  '一是大力推进“放管服”改革，二是围绕构建亲情政商关系，三是坚持依法行政',
  '严格落实党政主要负责人推进法治政府建设第一责任人职责',
  '落实《法治政府建设实施纲要（2021—2025年）》和国办发〔2025〕33号文件',
  '2022年2月16日',
  '在北京市第十六届人民代表大会第四次会议上',
  '“十四五”规划圆满收官，锚定“两个确保”，实施“十大战略”',
  '全社会消费品零售总额稳步回升，千方百计促进农民增收',
  // 方 is a volume only after 万 or 亿 (38.8亿方): after a bare numeral it is a side.
  '面对突如其来的自然灾害，在党中央、国务院深切关怀下，一方有难、八方支援',
  '引入第三方评估和社会评价',
  '深化“四方合作”和科技援疆机制',
];

describe('extractFigures', () => {
  it.each(cases)('%s', (text, expected) => {
    const figures = figuresOf(text);
    expect(figures.map((f) => [f.surface, f.value, f.unit])).toEqual(expected.map(([s, v, u]) => [s, v, u]));
    figures.forEach((figure, i) => expect(figure.label).toContain(expected[i]![3]));
  });

  it.each(none)('finds no figure in %s', (text) => {
    expect(figuresOf(text).map((f) => f.surface)).toEqual([]);
  });

  it('reads qualifiers, ranges and changes', () => {
    const [about, range, more, atLeast, down] = figuresOf(
      '国内生产总值增长5%左右，增速6%－6.5%，进出口总额突破4万亿美元，城镇新增就业1100万人以上，能耗下降3%',
    );
    expect(about).toMatchObject({ value: 5, qualifier: 'about', change: { direction: 'up' } });
    expect(range).toMatchObject({ value: 6, valueMax: 6.5, unit: '%' });
    expect(more).toMatchObject({ value: 4e12, unit: '美元', qualifier: 'more-than', unitType: 'money' });
    expect(atLeast).toMatchObject({ value: 1.1e7, qualifier: 'at-least', unitType: 'persons' });
    expect(down).toMatchObject({ value: 3, change: { direction: 'down' } });
  });

  // [sentence, the figure's surface, its value, its label exactly, the rule that chose the label]

  // [sentence from a corpus report, each figure as surface and qualifier, * when shared]: a word before the first
  // of numbers of one unit joined as a list qualifies each (numeral:shared-qualifier); not across units, nor one said after.
  const listQualifiers: Array<[string, string[]]> = [
    ['食品、药品抽检合格率分别超98.5%和99%', ['98.5% more-than', '99% more-than*']], // beijing 2026
    ['城镇和农村居民人均可支配收入分别超过8万元、4.5万元', ['8万元 more-than', '4.5万元 more-than*']], // zhejiang 2026
    ['农村自来水、卫生户厕普及率超过98%、85%', ['98% more-than', '85% more-than*']], // shaanxi 2026
    ['新增1个经济总量近千亿、4个过五百亿的县', ['1个 exact', '千亿 less-than', '4个 exact', '五百亿 exact']], // hunan 2026: 近 is of 千亿 only
    ['成功应对全网用电负荷39天破亿、4次刷新历史记录', ['39天 exact', '亿 more-than', '4次 exact']], // shandong 2025
    ['地区生产总值增长5%以上和6%', ['5% at-least', '6% exact']],
  ];
  // [sentence from a corpus report, each figure as surface and qualifier]: a comparative (高于, 低于) qualifies only a
  // number right after it; with a base between, the number is the difference from that base.
  const comparatives: Array<[string, string[]]> = [
    ['规上工业增加值增长7.7%，高于全国1.8个百分点', ['7.7% exact', '1.8个百分点 exact']], // guangxi 2026
    ['地区生产总值增长4.7%、低于全国0.3个百分点', ['4.7% exact', '0.3个百分点 exact']], // inner-mongolia 2026
    ['县域经济增速高于全省1个百分点', ['1个百分点 exact']], // shaanxi 2025
    ['城镇调查失业率低于5.5%', ['5.5% at-most']],
    ['空气质量优良天数比例高于90%', ['90% more-than']],
  ];
  it.each(comparatives)('qualifies %s', (text, expected) => {
    expect(figuresOf(text).map((f) => `${f.surface} ${f.qualifier}`)).toEqual(expected);
  });

  it.each(listQualifiers)('qualifies %s', (text, expected) => {
    const shared = (rule: string) => (rule.split(' ').includes('numeral:shared-qualifier') ? '*' : '');
    expect(figuresOf(text).map((f) => `${f.surface} ${f.qualifier}${shared(f.rule)}`)).toEqual(expected);
  });

  const labels: Array<[string, string, number, string, string]> = [
    ['稳妥推进55个扩面试点项目', '55个', 55, '扩面试点项目', 'label:classified-noun'],
    ['将继续实施10大类60项民生实事项目', '10大类', 10, '民生实事项目', 'label:classified-noun'],
    ['新增软件和研发设计等4个过五千亿元的新兴产业', '4个', 4, '新兴产业', 'label:noun-after-de'],
    ['实现5.5%左右的预期增长目标', '5.5%', 5.5, '预期增长目标', 'label:noun-after-de'],
    ['稳妥推进55个', '55个', 55, '', 'label:verb-only'],
    ['群众满意率达到百分之九十五点五', '百分之九十五点五', 95.5, '群众满意率', 'label:clause'],
  ];

  it.each(labels)('labels %s with what is counted', (text, surface, value, label, rule) => {
    const figure = figuresOf(text).find((f) => f.surface === surface);
    expect(figure).toMatchObject({ value, label });
    expect(figure!.rule).toContain(rule);
  });

  // [sentence from a corpus report, the figure's surface, its unit type, whether the label named its unit]
  const unitNamed: Array<[string, string, string, boolean]> = [
    // state-council-gwr-2019: 人口 names people; the change after it (减少) is read past.
    ['精准脱贫有力推进，农村贫困人口减少1386万，易地扶贫搬迁280万人。', '1386万', 'persons', true],
    // hainan-gwr-2026: 人次 names person-times.
    ['2025年医疗旅游人次86.5万、收入83.9亿元。', '86.5万', 'person-times', true],
    // Must not change — state-council-gwr-2010: 用户 is no unit of people.
    ['新增510万沼气用户。', '510万', 'other', false],
    // Must not change — a unit of its own is kept.
    ['城镇新增就业1310万人，创历史新高', '1310万人', 'persons', false],
  ];
  // [sentence from a corpus report, the figure's surface, its unit type, whether the noun after it named its unit]
  const unitNamedAfter: Array<[string, string, string, boolean]> = [
    // state-council-gwr-2019: the thing counted follows the magnitude; 转移 is part of the compound.
    ['新型城镇化扎实推进，近1400万农业转移人口在城镇落户。', '1400万', 'persons', true],
    // sichuan-gwr-2025: 余 is part of the surface; the noun ending on 人口 follows it.
    ['630余万低收入人口纳入动态监测。', '630余万', 'persons', true],
    // Must not change — state-council-gwr-2010: 用户 is no unit of people.
    ['新增510万沼气用户。', '510万', 'other', false],
  ];
  it.each(unitNamedAfter)('the thing after the number names the unit of %s', (text, surface, unitType, named) => {
    const figure = figuresOf(text).find((f) => f.surface === surface)!;
    expect(figure.unit).toBe('');
    expect(figure.unitType).toBe(unitType);
    expect(figure.rule.split(' ').includes('numeral:unit-named-after')).toBe(named);
  });

  it.each(unitNamed)('the label names the unit of %s', (text, surface, unitType, named) => {
    const figure = figuresOf(text).find((f) => f.surface === surface)!;
    // The unit stays the one the surface writes, so that re-reading the surface agrees.
    expect(figure.unit).toBe(surface.endsWith('人') ? '人' : '');
    expect(figure.unitType).toBe(unitType);
    expect(figure.rule.split(' ').includes('numeral:unit-named-before')).toBe(named);
  });

  it('a count of people named by its label states the measure of its label', () => {
    const [figure] = figuresOf('农村贫困人口减少1386万。');
    expect(figure!.measure).toBe('poverty-reduction');
  });

  it('a count of people whose label names them and not a flow states no measure (fujian-gwr-2026)', () => {
    const figure = figuresOf('城镇新增就业54.58万人，高校毕业生就业保持稳定，退役军人就业服务精准高效，13.2万脱贫人口实现稳岗就业。').find((f) => f.surface === '13.2万');
    expect([figure!.label, figure!.unitType, figure!.measure]).toEqual(['脱贫人口', 'persons', null]);
  });

  it('a negated single occurrence is a zero with its own rule', () => {
    const [zero] = figuresOf('全年无出现一起群众投诉');
    expect(zero).toMatchObject({ surface: '无出现一起', value: 0, unit: '起' });
    expect(zero!.rule).toContain('numeral:zero-by-negation');
  });

  it('fractions are figures, with the qualifier after them', () => {
    const [third] = figuresOf('完成投资总额的三分之一以上');
    expect(third).toMatchObject({ surface: '三分之一', qualifier: 'at-least', unit: '' });
    expect(third!.value).toBeCloseTo(1 / 3, 12);
    expect(third!.rule).toContain('numeral:fraction');
  });

  it('a level reached is not a change', () => {
    expect(figuresOf('常住人口城镇化率提高到70%')[0]!.change).toBeNull();
  });

  it('figures in a plans part are targets', () => {
    const text = '一、2024年工作回顾\n地区生产总值增长5.4%。\n二、2025年工作安排\n地区生产总值增长5%左右。';
    expect(figuresOf(text).map((f) => [f.value, f.modality])).toEqual([
      [5.4, 'actual'],
      [5, 'target'],
    ]);
  });

  const PLANS = '二、2025年工作安排';
  const FIVE_YEARS = '二、“十三五”时期发展成就和“十四五”时期主要目标任务';
  const REVIEW = '一、2012年工作回顾';
  // [the heading of the part, a sentence or paragraph of it from a corpus report, a figure's surface, its modality, the rule that decided it]
  const modalities: Array<[string, string, string, string, string]> = [
    // In a plan the value a move starts from is the level now, not the year's target (state-council-gwr-2021).
    [PLANS, '将小规模纳税人增值税起征点从月销售额10万元提高到15万元。', '10万元', 'actual', 'modality:start-of-move'],
    [PLANS, '将小规模纳税人增值税起征点从月销售额10万元提高到15万元。', '15万元', 'target', 'modality:plans-part'],
    // state-council-gwr-2019: the current rate, with no 从 before it.
    [PLANS, '深化增值税改革，将制造业等行业现行16%的税率降至13%。', '16%', 'actual', 'modality:start-of-move'],
    // guangdong-gwr-2026: a run of starts handed to a run of ends.
    [PLANS, '困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。', '280元', 'actual', 'modality:start-of-move'],
    // Must not change — tibet-gwr-2025: a second item of a list is no end of a move.
    [PLANS, '地区生产总值增长7%以上、力争达到8%。', '7%', 'target', 'modality:plans-part'],
    // Must not change — guangxi-gwr-2026: a threshold of the counted things, in another unit than the count.
    [PLANS, '经济总量超500亿元的县域增至12个。', '500亿元', 'target', 'modality:plans-part'],
    // A paragraph of a plans part that reviews five years before its plans (state-council-gwr-2021): structure
    // makes it a review sub-part (role:five-years-review), so its figures are reported.
    [FIVE_YEARS, '过去五年，我国经济社会发展取得新的历史性成就。人民生活水平显著提高，城镇新增就业超过6000万人。', '6000万人', 'actual', 'modality:reported'],
    // state-council-gwr-2006
    [FIVE_YEARS, '五年来，人民生活明显改善。城镇新增就业4200万人。', '4200万人', 'actual', 'modality:reported'],
    // After a sub-heading structure splits nothing: the paragraph's own opening tells it reports (state-council-gwr-2006's words).
    [FIVE_YEARS, '（一）主要情况\n五年来，人民生活明显改善。城镇新增就业4200万人。', '4200万人', 'actual', 'modality:review-paragraph'],
    // Must not change — state-council-gwr-2021: the next paragraph of the part plans.
    [FIVE_YEARS, '“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。城镇调查失业率控制在5.5%以内。', '5.5%', 'target', 'modality:plans-part'],
    // In a review, 将 that governs an object reports what was done to it (state-council-gwr-2013).
    [REVIEW, '制定实施新十年农村扶贫开发纲要，将扶贫标准提高到2300元。', '2300元', 'actual', 'modality:object-done'],
    // state-council-gwr-2022: the figure itself is the object.
    [REVIEW, '建立常态化财政资金直达机制，将2.8万亿元中央财政资金纳入直达范围。', '2.8万亿元', 'actual', 'modality:object-done'],
    // A target a review admits missed is the target's value, not the outcome (state-council-gwr-2007, -2017).
    [REVIEW, '但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。', '4%', 'target', 'modality:target-missed'],
    [REVIEW, '但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。', '2%', 'target', 'modality:target-missed'],
    [REVIEW, '稳健的货币政策灵活适度，广义货币M2增长11.3%，低于13%左右的预期目标。', '13%', 'target', 'modality:target-missed'],
    // Must not change — state-council-gwr-2021: a target met; state-council-gwr-2007: those who met it are counted;
    // shaanxi-gwr-2025: the outcome, then 完成 the target.
    [REVIEW, '实现高职院校扩招100万人目标。', '100万人', 'actual', 'modality:reported'],
    [REVIEW, '410个“两基”攻坚县已有317个县实现目标。', '317个', 'actual', 'modality:reported'],
    [REVIEW, '每千人医疗床位数7.75张、提前完成“十四五”规划目标。', '7.75张', 'actual', 'modality:reported'],
  ];
  it.each(modalities)('under %s, %s → %s is %s', (heading, text, surface, modality, rule) => {
    const figure = figuresOf(`${heading}\n${text}`).find((f) => f.surface === surface)!;
    expect(figure.modality).toBe(modality);
    expect(figure.rule.split(' ')).toContain(rule);
  });

  // [a paragraph of a plans part from a corpus report, the year the report reviews, a figure's surface, its modality, the
  // rule that decided it]: a sentence a past-time frame opens, and those after it in its paragraph until one addresses the
  // future or opens as work, tell results (modality:past-frame, as commitment:past-frame does for commitments).
  const framed: Array<[string, number | null, string, string, string]> = [
    // state-council-gwr-2011: last year's outcomes, told after the frame sentence, inside the plans.
    ['2011年，是“十二五”开局之年。过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，居民消费价格涨幅控制在3.3%，城镇新增就业1168万人，国际收支状况有所改善。', 2010, '1168万人', 'actual', 'modality:past-frame'],
    ['2011年，是“十二五”开局之年。过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，居民消费价格涨幅控制在3.3%，城镇新增就业1168万人，国际收支状况有所改善。', 2010, '3.3%', 'actual', 'modality:past-frame'],
    // state-council-gwr-2008: the frame sentence itself.
    ['合理安排财政超收收入。去年全国财政比年度预算超收7239亿元，其中中央财政超收4168亿元。', 2007, '4168亿元', 'actual', 'modality:past-frame'],
    // Must not change — state-council-gwr-2013: the target after a framed sentence, opened by 把 as work to do.
    ['去年价格上涨的翘尾影响约有1个百分点。把居民消费价格涨幅控制在3.5%左右，是充分考虑各方面因素后作出的选择。', 2012, '3.5%', 'target', 'modality:plans-part'],
    // Must not change — state-council-gwr-2013's two sentences as one: the frame ends where the year ahead is addressed.
    ['去年居民消费价格涨幅回落到2.6%，今年要把居民消费价格涨幅控制在3.5%左右。', 2012, '2.6%', 'actual', 'modality:past-frame'],
    ['去年居民消费价格涨幅回落到2.6%，今年要把居民消费价格涨幅控制在3.5%左右。', 2012, '3.5%', 'target', 'modality:plans-part'],
    // Must not change — state-council-gwr-2011: the year ahead is no past year.
    ['2012年财政性教育经费支出占国内生产总值比重达到4%。', 2010, '4%', 'target', 'modality:plans-part'],
  ];
  it.each(framed)('in a plans part, %s (reviewing %s) → %s is %s', (text, year, surface, modality, rule) => {
    const figure = figuresOf(`${PLANS}\n${text}`, year).find((f) => f.surface === surface)!;
    expect(figure.modality).toBe(modality);
    expect(figure.rule.split(' ')).toContain(rule);
  });

  it('every figure points at its surface in the text', () => {
    const text = cases.map(([sentence]) => sentence).join('。\n');
    for (const figure of figuresOf(text)) expect(text.slice(figure.start, figure.end)).toBe(figure.surface);
  });
});
