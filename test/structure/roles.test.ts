import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import lexicon from '../../src/structure/lexicon/roles.json' with { type: 'json' };
import { detectSections } from '../../src/structure/sections.js';
import { sectionAt } from '../../src/structure/sentences.js';

// The roles of every corpus report's top-level parts, written by reading its
// headings (and the opening words of unheaded parts): the title block, the
// review of the past year (or five), the admitted problems, then the plans.
// Once the plans begin, later parts are plans (六、确保实现脱贫攻坚目标 included);
// annexes (附件, 名词解释) close the report, and the 民生实事 listed in an annex are plans.
const R = 'review';
const X = 'problems';
const P = 'plans';
const C = 'closing';
const START = ['preamble', R, X];
const TYPICAL = [...START, P, P];

const EXPECTED: Record<string, string[]> = {
  'anhui-gwr-2025': TYPICAL,
  'anhui-gwr-2026': TYPICAL,
  'beijing-gwr-2025': [...START, P],
  'beijing-gwr-2026': TYPICAL,
  'chongqing-gwr-2025': TYPICAL,
  'chongqing-gwr-2026': [...TYPICAL, P],
  'fujian-gwr-2025': TYPICAL,
  'fujian-gwr-2026': [...TYPICAL, P],
  'gansu-gwr-2025': TYPICAL,
  'gansu-gwr-2026': TYPICAL,
  'guangdong-gwr-2025': [...START, P, C, P, P, P, P, P, P, P, P, P, P, C],
  'guangdong-gwr-2026': [...START, P, P, P, P, C, P, P, P, P, P, P, P, P, P, P, C, C],
  'guangxi-gwr-2025': [...START, P],
  'guangxi-gwr-2026': TYPICAL,
  'guizhou-gwr-2025': [...START, P],
  'guizhou-gwr-2026': TYPICAL,
  'hainan-gwr-2025': TYPICAL,
  'hainan-gwr-2026': [...TYPICAL, P, C],
  'hebei-gwr-2025': [...START, P],
  'hebei-gwr-2026': TYPICAL,
  'heilongjiang-gwr-2025': [...TYPICAL, P],
  'heilongjiang-gwr-2026': [...TYPICAL, P],
  'henan-gwr-2025': TYPICAL,
  'henan-gwr-2026': TYPICAL,
  'hubei-gwr-2025': TYPICAL,
  'hubei-gwr-2026': [...TYPICAL, P],
  'hunan-gwr-2025': TYPICAL,
  'hunan-gwr-2026': [...TYPICAL, P],
  'inner-mongolia-gwr-2025': ['preamble', R, P],
  'inner-mongolia-gwr-2026': [...START, P, P, P, P, P, C],
  'jiangsu-gwr-2025': TYPICAL,
  'jiangsu-gwr-2026': TYPICAL,
  'jiangxi-gwr-2025': [...START, P, C],
  'jiangxi-gwr-2026': [...TYPICAL, C],
  'jilin-gwr-2025': ['preamble', R, P, P],
  'jilin-gwr-2026': [...TYPICAL, P],
  'liaoning-gwr-2025': TYPICAL,
  'liaoning-gwr-2026': TYPICAL,
  'ningxia-gwr-2025': [...START, P],
  'ningxia-gwr-2026': TYPICAL,
  'qinghai-gwr-2025': ['preamble', R, P, P],
  'qinghai-gwr-2026': TYPICAL,
  'shaanxi-gwr-2025': [...START, P],
  'shaanxi-gwr-2026': TYPICAL,
  'shandong-gwr-2025': TYPICAL,
  'shandong-gwr-2026': TYPICAL,
  'shanghai-gwr-2025': TYPICAL,
  'shanghai-gwr-2026': [...TYPICAL, P],
  'shanxi-gwr-2025': TYPICAL,
  'shanxi-gwr-2026': [...TYPICAL, P],
  'sichuan-gwr-2025': [...TYPICAL, C],
  'sichuan-gwr-2026': [...TYPICAL, C],
  'state-council-gwr-2000': [...START, P, P, P, P, P, P, P, P, P],
  'state-council-gwr-2001': [...START, P, P, P, P, P, P, P, P, P],
  'state-council-gwr-2002': [...START, P, P, P, P, P, P, P, P],
  'state-council-gwr-2003': [...START, P],
  'state-council-gwr-2004': TYPICAL,
  'state-council-gwr-2005': [...START, P, P, P, P, P, P],
  'state-council-gwr-2006': TYPICAL,
  'state-council-gwr-2007': [...START, P, P, P, P, P],
  'state-council-gwr-2008': [...START, P],
  'state-council-gwr-2009': TYPICAL,
  'state-council-gwr-2010': ['preamble', R, P],
  'state-council-gwr-2011': TYPICAL,
  'state-council-gwr-2012': TYPICAL,
  'state-council-gwr-2013': TYPICAL,
  'state-council-gwr-2014': TYPICAL,
  'state-council-gwr-2015': ['preamble', R, P, P, P, P, P],
  'state-council-gwr-2016': TYPICAL,
  'state-council-gwr-2017': TYPICAL,
  'state-council-gwr-2018': TYPICAL,
  'state-council-gwr-2019': TYPICAL,
  'state-council-gwr-2020': [...START, P, P, P, P, P, P, P],
  'state-council-gwr-2021': TYPICAL,
  'state-council-gwr-2022': TYPICAL,
  'state-council-gwr-2023': [...START, P],
  // Difficulties overcome (回顾过去一年，多重困难挑战交织叠加), then the year's work again (一年来，我们…), then the admission.
  'state-council-gwr-2024': [...START, R, X, P, P],
  'state-council-gwr-2025': TYPICAL,
  'tianjin-gwr-2025': TYPICAL,
  'tianjin-gwr-2026': TYPICAL,
  'tibet-gwr-2025': [...START, P],
  'tibet-gwr-2026': TYPICAL,
  'xinjiang-gwr-2025': TYPICAL,
  'xinjiang-gwr-2026': [...TYPICAL, P],
  'xuchang-demo-zone-2021': ['preamble', R, R, R, R, R, R, X, P, C],
  'yunnan-gwr-2025': [...TYPICAL, C, C, P, P, P, P, P, P, P, P, P, P],
  'yunnan-gwr-2026': TYPICAL,
  'zhejiang-gwr-2025': [...START, P],
  'zhejiang-gwr-2026': TYPICAL,
};

function topRoles(stem: string): Array<[string, string]> {
  const { text } = normalize(readFileSync(`corpus/${stem}.txt`, 'utf8'));
  return detectSections(text)
    .filter((s) => s.level === 1)
    .map((s) => [s.heading ?? text.slice(s.start, s.start + 20), s.role]);
}

describe('roles of every corpus report’s top-level parts', () => {
  it('the table covers every report of the corpus', () => {
    const reports = new Set(
      readFileSync('corpus/MANIFEST.tsv', 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t')[0]!.replace(/\.txt$/, ''))
        .filter((stem) => stem !== ''),
    );
    expect([...reports].filter((stem) => !(stem in EXPECTED))).toEqual([]);
  });

  it.each(Object.entries(EXPECTED))('%s', (stem, roles) => {
    const parts = topRoles(stem);
    // On failure the heading beside each role shows where it went wrong.
    expect(parts.map(([heading, role], i) => `${i} ${role} ${heading}`)).toEqual(parts.map(([heading], i) => `${i} ${roles[i]} ${heading}`));
    expect(parts.length).toBe(roles.length);
  });
});

// Which rule decided each role, on parts of real reports (found by their first words).
const RULES: Array<[stem: string, opening: string, rule: string]> = [
  ['xuchang-demo-zone-2021', '一、加强组织领导', 'role:default-review'],
  ['xuchang-demo-zone-2021', '总体上示范区2021年', 'role:opening-problems'],
  ['xuchang-demo-zone-2021', '下一步,示范区将', 'role:opening-plans'],
  ['xuchang-demo-zone-2021', '示范区管委会', 'role:signature'],
  ['state-council-gwr-2020', '一、2019年和今年以来工作回顾', 'role:heading-review'],
  ['state-council-gwr-2020', '二、今年发展主要目标', 'role:heading-plans'],
  ['state-council-gwr-2020', '六、确保实现脱贫攻坚目标', 'role:after-plans'],
  ['guangdong-gwr-2025', '附件1', 'role:heading-closing'],
  ['beijing-gwr-2026', '（一）深入落实城市总体规划', 'role:parent'],
  // A sub-part whose heading names a lack (薄弱, 差距) before a sibling naming none is one of the parts reviewed or planned, not an admission.
  ['state-council-gwr-2005', '（二）控制固定资产投资过快增长，大力加强薄弱环节', 'role:between-parts'],
  ['zhejiang-gwr-2025', '（七）着力缩小“三大差距”，共同富裕示范区建设迈出新步伐', 'role:between-parts'],
  // A plans part that reviews the past five years (二、“十四五”时期发展成就和“十五五”时期主要目标任务): under its
  // heading, the review (这五年，我们…; 过去五年，…), then the turn back to plans (“十五五”时期是…; 根据《…建议》).
  ['beijing-gwr-2026', '二、“十四五”时期发展成就和“十五五”时期主要目标任务', 'role:heading-plans'],
  ['beijing-gwr-2026', '“十四五”时期是极不平凡的五年', 'role:five-years-review'],
  ['beijing-gwr-2026', '“十五五”时期是基本实现社会主义现代化', 'role:five-years-turn'],
  ['guangxi-gwr-2026', '过去五年，我们牢记习近平总书记殷切嘱托', 'role:five-years-review'],
  ['guangxi-gwr-2026', '根据《中国共产党广西壮族自治区委员会', 'role:five-years-turn'],
  // Sub-headings after the turn are the plans part's own, not the review's.
  ['guangxi-gwr-2026', '（一）大力发展人工智能，加快培育新质生产力', 'role:parent'],
  ['state-council-gwr-2021', '过去五年，我国经济社会发展取得新的历史性成就', 'role:five-years-review'],
  ['state-council-gwr-2021', '“十四五”时期是开启全面建设社会主义现代化国家新征程', 'role:five-years-turn'],
  // The review may come second: 上海2026 opens the part with 根据《…建议》…提请本次大会审查.
  ['shanghai-gwr-2026', '“十四五”时期，上海发展历程极不寻常', 'role:five-years-review'],
  ['shanghai-gwr-2026', '“十五五”时期具有承前启后的重要地位', 'role:five-years-turn'],
  ['state-council-gwr-2006', '（二）“十五”期间国民经济和社会发展主要情况', 'role:five-years-subpart'],
  // Not: the coming period's plans part, its sub-part on the coming period, a review of five years in a part that is no plans.
  ['anhui-gwr-2026', '二、“十五五”时期主要目标和重大任务', 'role:heading-plans'],
  ['state-council-gwr-2006', '（三）“十一五”时期经济社会发展的指导原则和主要目标', 'role:parent'],
  ['state-council-gwr-2018', '回顾过去五年，诸多矛盾交织叠加', 'role:opening-problems'],
  // The year's work after difficulties overcome is review again; the admission after it, problems.
  ['state-council-gwr-2024', '一年来，我们深入学习贯彻党的二十大', 'role:opening-review-resumed'],
  ['state-council-gwr-2024', '在肯定成绩的同时，我们也清醒看到', 'role:opening-problems'],
  ['state-council-gwr-2018', '一、过去五年工作回顾', 'role:heading-review'],
];

describe('each section names the rule that decided its role', () => {
  const ids = new Set([
    ...lexicon.headings.map((rule) => rule.id),
    lexicon.clearReview.id,
    ...Object.values(lexicon.openings).map((rule) => rule.id),
    lexicon.content.id,
    lexicon.fiveYears.review.id,
    lexicon.fiveYears.turn.id,
    lexicon.fiveYears.subpart.id,
    ...Object.values(lexicon.structural),
  ]);

  it.each(Object.keys(EXPECTED))('%s: every roleRule is a rule of roles.json', (stem) => {
    const { text } = normalize(readFileSync(`corpus/${stem}.txt`, 'utf8'));
    const unknown = detectSections(text).filter((s) => !ids.has(s.roleRule ?? ''));
    expect(unknown.map((s) => `${s.id} ${s.roleRule}`)).toEqual([]);
  });

  it.each(RULES)('%s: %s → %s', (stem, opening, rule) => {
    const { text } = normalize(readFileSync(`corpus/${stem}.txt`, 'utf8'));
    const section = detectSections(text).find((s) => text.startsWith(opening, s.start));
    expect(section?.roleRule).toBe(rule);
  });
});

describe('a plans part splits at a review of past years only', () => {
  // [a report's text (its part on the coming years), words of it, the role of the innermost part holding them]
  const cases: Array<[string, string, string]> = [
    // A paragraph that opens on the five years but looks ahead stays plans (beijing-gwr-2026's heading, a plan's wording).
    ['二、“十四五”时期发展成就和“十五五”时期主要目标任务\n这五年，是基本实现社会主义现代化夯实基础、全面发力的关键时期，要建设10个国家级基地。\n', '这五年', 'plans'],
    // A sub-heading naming a past period as what plans carry on is plans (anhui-gwr-2026's kind of part).
    ['二、“十五五”时期主要目标和重大任务\n（四）实施“十四五”规划重大工程项目\n加快建设一批重大工程。\n', '（四）', 'plans'],
    // The review, then a sub-heading: the sub-heading opens the plans, no empty part before it.
    ['二、“十四五”时期发展成就和“十五五”时期主要目标任务\n过去五年，我们完成了“十四五”规划主要目标任务。\n（一）主要目标\n到2030年，经济总量迈上新台阶。\n', '（一）', 'plans'],
  ];
  it.each(cases)('%s: %s → %s', (text, opening, role) => {
    const sections = detectSections(text);
    expect(sectionAt(sections, text.indexOf(opening))?.role).toBe(role);
    expect(sections.filter((s) => s.end <= s.start)).toEqual([]);
  });
});
