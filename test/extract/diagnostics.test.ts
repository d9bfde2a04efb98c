import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LISTED_PER_RULE, extractFigures } from '../../src/extract/figures.js';
import catalogue from '../../src/extract/lexicon/diagnostics.json' with { type: 'json' };
import { readDocument } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { segment } from '../../src/segment/jieba.js';
import { detectSections } from '../../src/structure/sections.js';
import { detectSentences } from '../../src/structure/sentences.js';

function extracted(text: string) {
  const sections = detectSections(text);
  return extractFigures(text, detectSentences(text, sections), sections, segment(text));
}

function diagnosticsOf(text: string): Array<[string, string, string?]> {
  const { diagnostics } = extracted(text);
  return diagnostics.map((d) => (d.message === undefined ? [d.surface, d.rule] : [d.surface, d.rule, d.message]));
}

// [sentence (from corpus reports unless marked), every number it holds that is no figure or is read by a guess, with the rule]
const cases: Array<[string, Array<[string, string, string?]>]> = [
  ['2025年是“十四五”规划收官之年', [['2025', 'not-figure:year'], ['十四五', 'not-figure:juxtaposed']]],
  ['2025年1月20日在安徽省第十四届人民代表大会第四次会议上', [['2025', 'not-figure:year'], ['1', 'not-figure:time'], ['20', 'not-figure:time'], ['第十四届', 'not-figure:ordinal'], ['第四次', 'not-figure:ordinal']]],
  ['用3年时间完成', [['3', 'not-figure:time']]],
  ['一是聚焦全方位扩大内需，二是加强科技创新', [['一', 'not-figure:list-index'], ['二', 'not-figure:list-index']]],
  ['二、主要目标', [['二', 'not-figure:list-index']]],
  ['（三）坚决打好三大攻坚战', [['三', 'not-figure:list-index'], ['三', 'not-figure:name']]],
  ['5.稳增长“18”条', [['5', 'not-figure:list-index'], ['18', 'not-figure:name']]],
  ['深入学习贯彻党的二十届三中全会精神', [['二十届', 'not-figure:name'], ['三', 'not-figure:in-word']]],
  // yunnan-gwr-2025, guangdong-gwr-2026: a session right after its congress's 届 is a name in a list too.
  ['按照省委十一届六次、七次全会和省委经济工作会议要求', [['十一届', 'not-figure:ordinal'], ['六次', 'not-figure:name'], ['七次', 'not-figure:name']]],
  // jiangxi-gwr-2025, anhui-gwr-2025: a session inside a 、-list of sessions closing on 全会 is a name too;
  // state-council-gwr-2009: counts of times before a verb stay figures.
  ['按照省委十五届四次、五次、六次、七次全会和省委经济工作会议部署', [['十五届', 'not-figure:ordinal'], ['四次', 'not-figure:name'], ['五次', 'not-figure:name'], ['六次', 'not-figure:name'], ['七次', 'not-figure:name']]],
  ['按照省委十一届七次、八次、九次全会部署', [['十一届', 'not-figure:ordinal'], ['七次', 'not-figure:name'], ['八次', 'not-figure:name'], ['九次', 'not-figure:name']]],
  ['三次提高出口退税率，五次下调金融机构存贷款基准利率，四次下调存款准备金率', []],
  ['按照党的二十届四中全会及省委十三届七次、八次全会部署', [['二十届', 'not-figure:name'], ['四', 'not-figure:in-word'], ['十三届', 'not-figure:ordinal'], ['七次', 'not-figure:name'], ['八次', 'not-figure:name']]],
  ['强化长三角生态绿色一体化发展', [['三', 'not-figure:in-word']]],
  ['发展农村二三产业', [['二三', 'not-figure:juxtaposed']]],
  ['PM2.5平均浓度35微克/立方米', [['2.5', 'not-figure:code']]],
  ['建成5G基站超25万个', [['5', 'not-figure:code']]],
  ['确保万元GDP用水量下降', [['万元', 'not-figure:per-unit']]],
  // state-council-gwr-2011, zhejiang-gwr-2025: an amount right after 每 is the basis of a rate, the rate after it a figure.
  ['今年小麦最低收购价每50公斤提高5到7元', [['50公斤', 'not-figure:per-unit']]],
  ['配置AED达每10万人45台', [['10万人', 'not-figure:per-unit']]],
  ['新增球类场地405片', [['405', 'not-figure:unknown-unit', '片']]],
  ['开设老年教育课程100门', [['100', 'not-figure:no-unit']]],
  ['目前城镇还有几千万人居住在条件简陋的棚户区', [['几千万', 'not-figure:vague']]],
  // guangdong-gwr-2026, jiangxi-gwr-2026: the parts a speech or a plan is given in.
  ['重点抓好以下14个方面的工作：', [['14个', 'not-figure:speech-parts']]],
  ['并从5方面提出了28个主要指标', [['5方面', 'not-figure:speech-parts']]],
  ['方便几亿农民就地就近看病就医', [['几亿', 'not-figure:vague']]],
  // Constructed: readings that are guesses stay figures, and say so.
  ['城镇新增就业一万五人', [['一万五人', 'numeral:abbreviated']]],
  ['完成投资一千五万元', [['一千五万元', 'numeral:abbreviated']]],
  ['新增就业三至五万人', [['三至五万人', 'numeral:shared-magnitude']]],
  ['新增网点100，200个', [['100，200个', 'numeral:full-width-separator']]],
  // Nothing to tell: figures read as written, and words that hold a numeral.
  ['城镇新增就业一万五千人', []],
  // A rate written base first is a figure in the rate's unit (微克/立方米), no unknown 微克.
  ['细颗粒物平均浓度每立方米20微克', []],
  ['一切为了人民，推进区域一体化，进一步深化改革，以防万一，全国统一大市场', []],
  ['思想统一是前提', []],
];

describe('diagnostics: numbers not kept, and readings that are guesses', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(diagnosticsOf(text), text).toEqual(expected);
  });
});

describe('diagnostics of a whole report', () => {
  it('one per number occurrence, in text order, at its place, never on a figure, each rule in the catalogue', async () => {
    const analysis = analyzeDocument(await readDocument('corpus/xuchang-demo-zone-2021.txt'));
    const { diagnostics, figures, text } = analysis;
    expect(diagnostics.length).toBeGreaterThan(0);
    let last = -1;
    for (const d of diagnostics) {
      expect(text.slice(d.start, d.end)).toBe(d.surface);
      expect(d.start, d.surface).toBeGreaterThanOrEqual(last);
      last = d.end;
      expect(Object.keys(catalogue)).toContain(d.rule);
      if (d.rule.startsWith('not-figure:')) expect(figures.some((f) => f.start < d.end && d.start < f.end), d.surface).toBe(false);
    }
  });
});

// A constructed text of five numbers that are no figures, each of another rule (a year, an ordinal, an item, digits side by side, a code).
const FIVE_RULES = '2021年第3，一是十四五PM2.5、';

describe('a report lists 200 diagnostics of a rule, and the next one counts the rest (more)', () => {
  // [times FIVE_RULES is repeated (each rule's count), diagnostics listed of each rule, the last one's more]
  it.each([
    [1, 1, undefined],
    [LISTED_PER_RULE, LISTED_PER_RULE, undefined],
    [LISTED_PER_RULE + 1, LISTED_PER_RULE + 1, undefined],
    [LISTED_PER_RULE + 2, LISTED_PER_RULE + 1, 1],
    // A pathological text: 3 000 of each rule, 201 listed, the last counting the 2 799 after it.
    [3000, LISTED_PER_RULE + 1, 3000 - LISTED_PER_RULE - 1],
  ])('%i of each rule: %i listed, the last with more %s', (times, listed, more) => {
    const text = FIVE_RULES.repeat(times);
    const { diagnostics } = extracted(text);
    const rules = ['not-figure:year', 'not-figure:ordinal', 'not-figure:list-index', 'not-figure:juxtaposed', 'not-figure:code'];
    expect(new Set(diagnostics.map((d) => d.rule))).toEqual(new Set(rules));
    for (const rule of rules) {
      const own = diagnostics.filter((d) => d.rule === rule);
      expect(own, rule).toHaveLength(listed);
      expect(own.at(-1)!.more, rule).toBe(more);
      expect(own.slice(0, -1).every((d) => d.more === undefined), rule).toBe(true);
      // Listed and folded, every occurrence is counted once; the fold is the first number past those listed.
      expect(own.reduce((sum, d) => sum + 1 + (d.more ?? 0), 0), rule).toBe(times);
      expect(text.slice(own.at(-1)!.start, own.at(-1)!.end)).toBe(own.at(-1)!.surface);
    }
  });
});

describe('the diagnostic catalogue', () => {
  it('has a Chinese reason for every rule in the web UI’s one table', () => {
    const format = readFileSync('web/src/format.ts', 'utf8');
    for (const rule of Object.keys(catalogue)) expect(format, rule).toContain(`'${rule}': '`);
  });
});
