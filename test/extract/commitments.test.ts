import { describe, expect, it } from 'vitest';
import { extractCommitments } from '../../src/extract/commitments.js';
import { extractFigures } from '../../src/extract/figures.js';
import { keywordModel } from '../../src/extract/keywords.js';
import { extractProblems } from '../../src/extract/problems.js';
import { detectSections } from '../../src/structure/sections.js';
import { detectSentences } from '../../src/structure/sentences.js';
import { segment } from '../../src/segment/jieba.js';
import type { Span } from '../../src/types.js';

function analyse(text: string, year: number | null = null) {
  const sections = detectSections(text);
  const sentences = detectSentences(text, sections);
  const figures = extractFigures(text, sentences, sections, segment(text)).figures;
  const model = keywordModel(segment(text), sections.filter((s) => s.level <= 2));
  const keywords = (span: Span) => model.of(span);
  return {
    figures,
    commitments: extractCommitments(text, sentences, sections, figures, keywords, year),
    problems: extractProblems(text, sentences, sections, keywords),
  };
}

const PLANS_HEADING = '二、2022年工作安排\n';

describe('extractCommitments', () => {
  // [a plans paragraph from a corpus report, the items it promises]
  const cases: Array<[string, string[]]> = [
    [
      '下一步,示范区将认真贯彻落实市委、市政府及示范区党工委关于法治政府建设的决策部署,坚持以落实党政第一责任人职责为引领,加大法治政府建设统筹推进力度,以健全决策机制为重点,持续提升行政决策科学化法制化水平,以教育培训为抓手,全面提升党员干部法治建设工作能力,推动示范区法治政府建设再上新台阶。',
      [
        '认真贯彻落实市委、市政府及示范区党工委关于法治政府建设的决策部署',
        '坚持以落实党政第一责任人职责为引领,加大法治政府建设统筹推进力度',
        '以健全决策机制为重点,持续提升行政决策科学化法制化水平',
        '以教育培训为抓手,全面提升党员干部法治建设工作能力',
        '推动示范区法治政府建设再上新台阶',
      ],
    ],
    [
      '改革是今年政府工作的首要任务。要以经济体制改革为重点，全面深化改革。',
      ['要以经济体制改革为重点，全面深化改革'],
    ],
    [
      // gansu 2025: numbered 民生实事, each a sentence; the ordinal (二是) is no description (改革是…).
      '今年，将继续办好群众普遍需求、可感可及的10件实事。二是继续支持1万名未就业普通高校毕业生到基层就业，城镇新增就业30万人。五是继续实施万名老年人白内障复明工程。',
      ['今年，将继续办好群众普遍需求、可感可及的10件实事', '二是继续支持1万名未就业普通高校毕业生到基层就业，城镇新增就业30万人', '五是继续实施万名老年人白内障复明工程'],
    ],
  ];
  it.each(cases)('%s', (paragraph, expected) => {
    expect(analyse(PLANS_HEADING + paragraph).commitments.map((c) => c.text)).toEqual(expected);
  });

  it('a 预期目标 list gives one commitment per target, linked to its figure', () => {
    const text =
      '三、2014年工作总体部署\n今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右，居民消费价格涨幅控制在3.5%左右；城镇新增就业1000万人以上，城镇登记失业率4.6%以内；国际收支趋于基本平衡。';
    const { commitments, figures } = analyse(text);
    expect(commitments.map((c) => c.text)).toEqual([
      '国内生产总值增长7.5%左右',
      '居民消费价格涨幅控制在3.5%左右',
      '城镇新增就业1000万人以上',
      '城镇登记失业率4.6%以内',
      '国际收支趋于基本平衡',
    ]);
    const target = (i: number) => figures.find((f) => f.id === commitments[i]!.targets[0]);
    expect(target(0)).toMatchObject({ value: 7.5, unit: '%', qualifier: 'about', modality: 'target' });
    expect(target(0)!.label).toContain('国内生产总值');
    expect(target(2)).toMatchObject({ value: 1e7, qualifier: 'at-least' });
    expect(target(3)).toMatchObject({ value: 4.6, qualifier: 'at-most' });
    expect(commitments[4]!.targets).toEqual([]);
  });

  it('a list the report only proposes (主要预期目标建议为：, yunnan 2025) is a 预期目标 list too', () => {
    const text = '二、2025年工作安排\n经济社会发展的主要预期目标建议为：地区生产总值增长5%左右，城镇调查失业率5.5%以内，城镇新增就业50万人以上。';
    expect(analyse(text).commitments.map((c) => c.text)).toEqual(['地区生产总值增长5%左右', '城镇调查失业率5.5%以内', '城镇新增就业50万人以上']);
  });

  // [a part of a corpus report, the commitments it makes: the speaker explaining the targets promises nothing]
  const explanations: Array<[string, string[]]> = [
    // state-council-gwr-2013: in a 预期目标 list.
    [
      '二、2013年工作安排\n今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右，发展的协调性进一步增强；居民消费价格涨幅3.5%左右；国际收支状况进一步改善。这里，着重对经济增长和物价总水平两个指标作些说明。',
      ['国内生产总值增长7.5%左右', '发展的协调性进一步增强', '居民消费价格涨幅3.5%左右', '国际收支状况进一步改善'],
    ],
    // state-council-gwr-2008: in a plans part, with the explanation after it.
    [
      PLANS_HEADING + '这里要着重说明，提出国内生产总值增长8%左右，主要是综合考虑了国内和国际多种因素。要坚持把控制物价过快上涨作为首要任务。',
      ['要坚持把控制物价过快上涨作为首要任务'],
    ],
    // Must not change — state-council-gwr-2010: 着重 that leads to work, not to an explanation.
    [PLANS_HEADING + '要抓紧启动实施国家中长期教育改革和发展规划纲要。着重抓好五个方面：', ['要抓紧启动实施国家中长期教育改革和发展规划纲要', '着重抓好五个方面']],
  ];
  it.each(explanations)('the speaker explaining is no commitment: %s', (text, expected) => {
    expect(analyse(text).commitments.map((c) => c.text)).toEqual(expected);
  });

  // [a plans paragraph from a corpus report, the year it reviews, the items it promises]: the past told or explained
  // there, with no word addressed to the future and no verb opening it as work, is no commitment (commitment:past-statement).
  const past: Array<[string, number | null, string[]]> = [
    // state-council-gwr-2013: last year's CPI explained, beside this year's plan.
    ['去年居民消费价格涨幅回落到2.6%，这是我们控制通货膨胀取得的一个重要成果，也与经济运行整体态势有关。今年拟安排财政赤字1.2万亿元。', null, ['今年拟安排财政赤字1.2万亿元']],
    // state-council-gwr-2013: the lesson of a year before the one reviewed (就是要 states the lesson, it asks nothing).
    ['2003年抗击突如其来的非典疫情给我们的重要启示之一，就是要统筹经济社会发展。', 2012, []],
    // Must not change — state-council-gwr-2011: a year after the one reviewed is a target.
    ['2012年财政性教育经费支出占国内生产总值比重达到4%。', 2010, ['2012年财政性教育经费支出占国内生产总值比重达到4%']],
    // state-council-gwr-2013: what the past gave, with 了.
    ['国内外形势的深刻变化，对我国开放型经济发展提出了新的更高要求。', null, []],
    // Must not change — zhejiang-gwr-2025: 已 before a verb that modifies the thing of work to do.
    ['加快已开工“两重”项目建设进度。', null, ['加快已开工“两重”项目建设进度']],
    // Must not change — state-council-gwr-2013: what was done, then what is to be done (要).
    ['我们已经制定了深化收入分配制度改革若干意见，要抓紧研究制定具体政策。', null, ['我们已经制定了深化收入分配制度改革若干意见，要抓紧研究制定具体政策']],
    // Must not change — state-council-gwr-2006: a plan's targets told in the past tense are still promised.
    [
      '《纲要（草案）》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右、主要污染物排放总量减少10%等目标。',
      null,
      ['《纲要（草案）》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右、主要污染物排放总量减少10%等目标'],
    ],
  ];
  it.each(past)('the past told in a plans part is no commitment: %s', (paragraph, year, expected) => {
    expect(analyse(PLANS_HEADING + paragraph, year).commitments.map((c) => c.text)).toEqual(expected);
  });

  // [a plans paragraph from a corpus report, the year it reviews, the items it promises]: a sentence opened by a
  // past-time frame, and those after it in its paragraph until one addresses the future or opens with work, report
  // results; their figures are outcomes, no targets (commitment:past-frame).
  const framed: Array<[string, number | null, string[]]> = [
    // state-council-gwr-2011: last year's outcomes, told after the frame sentence, inside the plans.
    [
      '2011年，是“十二五”开局之年。过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，居民消费价格涨幅控制在3.3%，城镇新增就业1168万人，国际收支状况有所改善。',
      2010,
      // Nor is the year described (commitment:described-subject).
      [],
    ],
    // state-council-gwr-2000: what last year's diplomacy did, with no 了 in it.
    ['去年上半年中美关系严重受损。江泽民主席与克林顿总统在奥克兰的会晤，使中美关系得到恢复和改善。', 1999, []],
    // Must not change — state-council-gwr-2005: the frame ends where the future is addressed (必须, 要).
    [
      '去年以来，一些地方和行业发生的多起重大特大安全事故，给人民生命财产造成严重损失。我们必须认真吸取这些惨痛的教训，采取更加有力的措施加强安全生产工作。要严格安全生产责任制。',
      2004,
      ['我们必须认真吸取这些惨痛的教训，采取更加有力的措施加强安全生产工作', '要严格安全生产责任制'],
    ],
    // Must not change — jiangxi-gwr-2025: the year ahead after last year's thanks.
    ['过去一年，工青妇、红十字会等群团组织积极作为。新的一年，我们要支持其发挥更大作用。', 2024, ['新的一年，我们要支持其发挥更大作用']],
  ];
  it.each(framed)('results told after a past-time frame are no commitment: %s', (paragraph, year, expected) => {
    expect(analyse(PLANS_HEADING + paragraph, year).commitments.map((c) => c.text)).toEqual(expected);
  });

  it('the figures of results told after a past-time frame are no commitment\'s targets', () => {
    const paragraph = '2011年，是“十二五”开局之年。过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，城镇新增就业1168万人。今年国内生产总值增长8%左右。';
    const { commitments, figures } = analyse(PLANS_HEADING + paragraph, 2010);
    const targets = commitments.flatMap((c) => c.targets.map((id) => figures.find((f) => f.id === id)?.surface));
    expect(targets).toEqual(['8%']);
  });

  it('outside plans parts only promised sentences are commitments', () => {
    const text = '一、工作回顾\n全年共提供法律咨询216人次。现将情况报告如下。区政府将于年底前完成全部审批事项清理。';
    expect(analyse(text).commitments.map((c) => [c.text, c.deadline])).toEqual([['于年底前完成全部审批事项清理', '年底前']]);
  });

  // [a sentence of a review part from a corpus report, whether its promise cue reads as the future (commitment:promise-cue)]
  const cues: Array<[string, boolean]> = [
    // 将 before 于/在, a verb, or an adverbial then 把: the future.
    ['区政府将于年底前完成全部审批事项清理。', true],
    // guangdong-gwr-2025
    ['我们将巩固成效、持续努力，扎扎实实做好防风险、保安全、护稳定各项工作。', true],
    // state-council-gwr-2000: 把…作为 after the future 将 is still promised.
    ['我们将坚定不移地把加强同发展中国家的团结与合作作为我国对外政策的基本立足点。', true],
    // ningxia-gwr-2025: 计划 as the main verb; state-council-gwr-2009: 拟 as its own word.
    ['全年计划实施项目2900个，完成年度投资2400亿元。', true],
    ['今年中央财政拟安排“三农”投入7161亿元，比上年增加1206亿元。', true],
    // Must not — 将 of the 把 construction: state-council-gwr-2023, state-council-gwr-2012.
    ['将更多群众急需药品纳入医保报销范围。', false],
    ['中央决定将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准，比2009年提高92%，把更多农村低收入人口纳入扶贫范围，这是社会的巨大进步。', false],
    // Must not — 计划 inside a word or as a noun: state-council-gwr-2004, state-council-gwr-2001.
    ['人口和计划生育工作进一步加强。', false],
    ['“863”计划顺利实施。', false],
    // Must not — 拟 inside 虚拟 (guangdong-gwr-2025), 力争 inside 全力争取 (ningxia-gwr-2025).
    ['15.虚拟电厂：一种通过先进信息通信技术和软件系统，实现分布式电源、储能系统的聚合和协调优化。', false],
    ['全力争取西夏陵申遗成功，实现我区世界文化遗产零的突破。', false],
  ];
  it.each(cues)('outside plans, a promise cue read as the future: %s', (sentence, expected) => {
    expect(analyse('一、工作回顾\n' + sentence).commitments.length).toBe(expected ? 1 : 0);
  });

  // [a plans paragraph from a corpus report, the items it promises]: a heading run in (a topic alone) promises nothing.
  const headings: Array<[string, string[]]> = [
    // state-council-gwr-2014
    ['关于经济增长。我国仍是一个发展中国家，还处于社会主义初级阶段。', []],
    // jiangxi-gwr-2026: numbered; state-council-gwr-2006: after 一是.
    ['（一）关于“十五五”时期发展的时代背景。', []],
    ['一是关于经济增长速度问题。', []],
    // zhejiang-gwr-2026: a numbered field, …方面, with a verb inside it (关爱); jilin-gwr-2026: numbered, nouns alone.
    ['3.关爱儿童方面。为全省0—6岁儿童免费开展孤独症筛查。为1万名困境、留守儿童进行心理健康评估干预。', ['为全省0—6岁儿童免费开展孤独症筛查', '为1万名困境、留守儿童进行心理健康评估干预']],
    ['（二）重点任务。主要包括：一是构建体现吉林特色的现代化产业体系，巩固壮大实体经济根基。', ['主要包括', '一是构建体现吉林特色的现代化产业体系，巩固壮大实体经济根基']],
    // Must not change — state-council-gwr-2009: a run-in heading that is work; state-council-gwr-2017: 对于 opening a clause.
    ['二是以市场需求为导向调整农业结构。支持重要紧缺农产品生产。', ['二是以市场需求为导向调整农业结构', '支持重要紧缺农产品生产']],
    ['对于侵害企业和公民产权的行为，必须严肃查处、有错必纠。', ['对于侵害企业和公民产权的行为，必须严肃查处、有错必纠']],
    // Must not change — state-council-gwr-2023, state-council-gwr-2000: a numbered run-in heading with a verb (扩大; 深化 jieba tags j).
    ['（一）着力扩大国内需求。把恢复和扩大消费摆在优先位置。', ['着力扩大国内需求', '把恢复和扩大消费摆在优先位置']],
    ['三是深化外贸体制改革。外贸企业要形成积极开拓国际市场的经营机制。', ['三是深化外贸体制改革', '外贸企业要形成积极开拓国际市场的经营机制']],
  ];
  it.each(headings)('a heading run in is no commitment: %s', (paragraph, expected) => {
    expect(analyse(PLANS_HEADING + paragraph).commitments.map((c) => c.text)).toEqual(expected);
  });

  // [a plans part of a corpus report (its lines), the items it promises]: a line opening on 一是 that the structure stage takes
  // for a heading is an item when it holds several clauses and ends with a full stop (commitment:item-line).
  const itemLines: Array<[string, string[]]> = [
    // state-council-gwr-2002: each line an item of the list.
    [
      '二是按照加入世贸组织的承诺，有步骤地扩大对外开放领域。\n三是认真研究、掌握和充分行使我国作为世贸组织成员享有的各项权利，积极推动和参与区域经济合作。',
      ['二是按照加入世贸组织的承诺，有步骤地扩大对外开放领域', '三是认真研究、掌握和充分行使我国作为世贸组织成员享有的各项权利，积极推动和参与区域经济合作'],
    ],
    // Must not change — guangdong-gwr-2026, state-council-gwr-2002: a title in one clause names its part, the items follow.
    ['一是联合港澳承办十五运会和残特奥会。\n二是推动全省经济运行稳中有进、稳中向好。', []],
  ];
  it.each(itemLines)('an item line of 一是 is an item, a title a heading: %s', (lines, expected) => {
    expect(analyse(PLANS_HEADING + lines).commitments.map((c) => c.text)).toEqual(expected);
  });

  // [a plans sentence of a corpus report, promised or not]: 是 after 特别, 尤其 is emphasis inside an ask, no copula (commitment:especially).
  const especially: Array<[string, boolean]> = [
    // state-council-gwr-2000, state-council-gwr-2002, state-council-gwr-2019
    ['切实增加对各种所有制中小企业特别是科技型企业的贷款。', true],
    ['鼓励外商特别是跨国公司在我国境内建立研究开发中心、生产制造基地和地区总部。', true],
    ['抓好农业特别是粮食生产。', true],
    // Must not change — state-council-gwr-2006 (a description), the gansu-gwr-2025 ordinal above: 是 as a copula.
    ['改革开放是决定当代中国命运的关键抉择。', false],
  ];
  it.each(especially)('特别是 inside an ask: %s', (sentence, promised) => {
    expect(analyse(PLANS_HEADING + sentence).commitments.length).toBe(promised ? 1 : 0);
  });

  // [a plans sentence of a corpus report, promised or not]: a first clause that a clause opening on 是 describes is no promise (commitment:described-subject).
  const described: Array<[string, boolean]> = [
    // qinghai-gwr-2025, state-council-gwr-2003, state-council-gwr-2019
    ['保护好青海生态环境，是“国之大者”。', false],
    ['加强国防和军队建设，是国家安全和现代化建设的可靠保证。', false],
    ['把市场主体的活跃度保持住、提上去，是促进经济平稳增长的关键所在。', false],
    // state-council-gwr-2000, state-council-gwr-2001, state-council-gwr-2002: 要 of 重要 and 要求 asks nothing.
    ['加强国防和军队建设，是国家安全和现代化建设的重要保证。', false],
    ['能源特别是石油问题，是资源战略的一个重要问题。', false],
    ['保持国民经济较快增长，是扩大就业、改善人民生活和维护社会稳定的基础，也是推进结构调整和深化改革的重要条件。', false],
    // Must not change — state-council-gwr-2006: a focus, what follows 是 the work; inner-mongolia-gwr-2025: a later clause asks.
    ['财政体制改革的重点，是健全公共财政体系，完善转移支付制度，实施政府收支分类改革，完善预算管理制度。', true],
    ['筑牢我国北方重要生态安全屏障，是我们必须牢记的“国之大者”，要始终把生态环境保护挺在前头，构建全要素全方位治理格局。', true],
    // inner-mongolia-gwr-2026: the later clause's 要 after its subject still asks.
    ['筑牢我国北方重要生态安全屏障，是内蒙古必须牢记的“国之大者”，我们要始终把生态环境保护挺在前头，坚决守护好这片碧绿、这方蔚蓝、这份纯净。', true],
    // state-council-gwr-2008: called a task of the year.
    ['防止价格总水平过快上涨，是今年宏观调控的重大任务。', true],
  ];
  it.each(described)('a subject described by 是 is no promise: %s', (sentence, promised) => {
    expect(analyse(PLANS_HEADING + sentence).commitments.length > 0).toBe(promised);
  });

  // [a plans part of a corpus report, the items it promises]: a 预期目标 list's target explained again is listed once.
  const explained: Array<[string, string[]]> = [
    // state-council-gwr-2014
    [
      '今年经济社会发展的主要预期目标是：居民消费价格涨幅控制在3.5%左右。\n关于价格水平。把居民消费价格涨幅控制在3.5%左右，考虑了去年涨价翘尾影响和今年新涨价因素。必须做好物价调控。',
      ['居民消费价格涨幅控制在3.5%左右', '必须做好物价调控'],
    ],
    // hubei-gwr-2026: two listed targets of 5.5%左右; the explained one names no measure, so it may restate either.
    [
      '经济社会发展主要预期目标是：经济增长5.5%左右；城镇调查失业率5.5%左右。\n5.5%左右的预期增长目标与“十五五”发展目标总体衔接，是一个既积极有为又切实可行的目标。',
      ['经济增长5.5%左右', '城镇调查失业率5.5%左右'],
    ],
    // Must not change — state-council-gwr-2004: explained, but no target of the list; state-council-gwr-2017: a figure the list does not hold;
    // hubei-gwr-2026's list with only its 城镇调查失业率 and state-council-gwr-2015's explained 经济增长 at its value: another measure.
    [
      '经济社会发展主要预期目标是：城镇调查失业率5.5%左右。\n经济增长预期5.5%左右，考虑了需要和可能。',
      ['城镇调查失业率5.5%左右', '经济增长预期5.5%左右，考虑了需要和可能'],
    ],
    ['维护香港、澳门长期稳定和繁荣发展，是我们坚定不移的目标。', ['维护香港、澳门长期稳定和繁荣发展，是我们坚定不移的目标']],
    [
      '今年赤字率保持不变，主要是为了进一步减税降费，全年再减少企业税负3500亿元左右。',
      ['今年赤字率保持不变，主要是为了进一步减税降费，全年再减少企业税负3500亿元左右'],
    ],
  ];
  it.each(explained)('a target explained again is no second commitment: %s', (paragraph, expected) => {
    expect(analyse(PLANS_HEADING + paragraph).commitments.map((c) => c.text)).toEqual(expected);
  });

  // [a plans paragraph from a corpus report, the items it promises]: who is addressed (commitment:salutation) and who runs
  // a listed item (commitment:field-line) are no promise.
  const notPromised: Array<[string, string[]]> = [
    // beijing-gwr-2026: a salutation alone, and one before an item, which starts after it (the speech opens on one too).
    ['加快建设花园城市。\n各位代表！', ['加快建设花园城市']],
    [
      '加快建设花园城市。\n各位代表，完成今年目标任务，确保“十五五”开好局、起好步，必须把政府自身建设得更加坚强有力。',
      ['加快建设花园城市', '完成今年目标任务', '确保“十五五”开好局、起好步，必须把政府自身建设得更加坚强有力'],
    ],
    // yunnan-gwr-2025: the organisers of one of its 10件惠民实事.
    ['主办单位：省人力资源社会保障厅、省财政厅，各州、市人民政府', []],
    // Must not change — yunnan-gwr-2025: a field line whose rest is work; shanghai-gwr-2025: 代表 not addressed.
    ['年度目标：对10类重点就业群体新发放创业担保贷款不低于80亿元，支持不低于4万人创业。', ['年度目标：对10类重点就业群体新发放创业担保贷款不低于80亿元，支持不低于4万人创业']],
    ['认真办理人大代表建议和政协提案。', ['认真办理人大代表建议和政协提案']],
  ];
  it.each(notPromised)('who is addressed or runs an item is no commitment: %s', (paragraph, expected) => {
    expect(analyse(`各位代表：\n${PLANS_HEADING}${paragraph}`).commitments.map((c) => c.text)).toEqual(expected);
  });

  // [a part of a corpus report, the rule of each commitment it gives (src/extract/lexicon/items.json)]
  const rules: Array<[string, string[]]> = [
    [PLANS_HEADING + cases[1]![0], ['commitment:plans-part']],
    [
      '二、2025年工作安排\n经济社会发展的主要预期目标建议为：地区生产总值增长5%左右，城镇调查失业率5.5%以内。',
      ['commitment:target-list', 'commitment:target-list'],
    ],
    ['一、工作回顾\n全年共提供法律咨询216人次。区政府将于年底前完成全部审批事项清理。', ['commitment:promise-cue']],
  ];
  it.each(rules)('names the rule that made each commitment: %s', (text, expected) => {
    expect(analyse(text).commitments.map((c) => c.rule)).toEqual(expected);
  });

  it('gives each commitment keywords and a topic from its own words', () => {
    const [, , third] = analyse(PLANS_HEADING + cases[0]![0]).commitments;
    expect(third!.topic).toContain('决策');
    expect(third!.keywords.some((k) => k.includes('决策'))).toBe(true);
    expect(third!.keywords).not.toContain('推进');
  });
});

describe('extractProblems', () => {
  it('the seed: three admitted shortcomings, lead-ins dropped', () => {
    const text =
      '六、依法化解矛盾\n全年共提供法律咨询216人次。\n总体上示范区2021年法治建设工作取得了积极成效,但示范区作为功能区,机构设置不健全、法治工作队伍力量相对薄弱等问题突出,面对繁重的项目建设和拆迁任务,法治政府建设与高水平执法诉求仍存在薄弱环节,另一方面部门行政执法权受限,工作开展不规范、不全面,社会管理效能亟待提升。';
    expect(analyse(text).problems.map((p) => p.text)).toEqual([
      '机构设置不健全、法治工作队伍力量相对薄弱等问题突出',
      '法治政府建设与高水平执法诉求仍存在薄弱环节',
      '部门行政执法权受限,工作开展不规范、不全面,社会管理效能亟待提升',
    ]);
  });

  it('a list of problems: one a clause, without the introduction or the resolution', () => {
    const text =
      '一、2024年工作回顾\n地区生产总值增长5.1%。\n在肯定成绩的同时，我们也清醒地看到面临的问题和挑战:部分企业生产经营困难，群众就业增收压力较大，财政收支矛盾突出，公共服务存在短板。我们一定直面问题，全力以赴做好政府工作。';
    expect(analyse(text).problems.map((p) => p.text)).toEqual([
      '部分企业生产经营困难',
      '群众就业增收压力较大',
      '财政收支矛盾突出',
      '公共服务存在短板',
    ]);
  });

  it('in a review a remedy is not an admission; a plain admission is', () => {
    const text = '一、工作回顾\n补齐民生短板，解决群众急难愁盼问题。行政执法队伍建设仍存在薄弱环节。';
    expect(analyse(text).problems.map((p) => p.text)).toEqual(['行政执法队伍建设仍存在薄弱环节']);
  });

  // [a part of a corpus report, the rule of each problem it gives (src/extract/lexicon/items.json)]
  const rules: Array<[string, string[]]> = [
    [
      '一、2024年工作回顾\n地区生产总值增长5.1%。\n在肯定成绩的同时，我们也清醒地看到面临的问题和挑战:部分企业生产经营困难，群众就业增收压力较大。',
      ['problem:problems-part', 'problem:problems-part'],
    ],
    ['一、工作回顾\n补齐民生短板，解决群众急难愁盼问题。行政执法队伍建设仍存在薄弱环节。', ['problem:admission']],
  ];
  it.each(rules)('names the rule that made each problem: %s', (text, expected) => {
    expect(analyse(text).problems.map((p) => p.rule)).toEqual(expected);
  });
});
