import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { readDocument } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import type { Analysis, Comparison } from '../../src/types.js';
import scopeRules from '../../src/compare/lexicon/scope.json' with { type: 'json' };
import verdictRules from '../../src/compare/lexicon/verdicts.json' with { type: 'json' };

async function analyse(path: string): Promise<Analysis> {
  return analyzeDocument(await readDocument(path));
}

describe('compare the seed report with a synthetic second year', () => {
  // test/fixtures/xuchang-demo-zone-2022.synthetic.txt is the seed with figures edited by hand.
  let result: Comparison;
  beforeAll(async () => {
    result = compare(await analyse('corpus/xuchang-demo-zone-2021.txt'), await analyse('test/fixtures/xuchang-demo-zone-2022.synthetic.txt'));
  });

  // [a word of the label, from, to] for every figure the edit changed
  const changed: Array<[string, number, number]> = [
    ['专题学习', 9, 11], ['讲座', 2, 3], ['政务服务事项', 98, 112], ['工业源企业', 18, 21], ['优良天数', 265, 270],
    ['行政执法证件', 19, 23], ['事项', 264, 251], ['审计业务', 4, 5], ['门户网站', 360, 410], ['政务新媒体', 420, 505],
    ['法律咨询', 216, 240], ['信访案件', 8, 6], ['法律援助', 15, 18], ['诉求', 85, 92], ['研判', 146, 150],
    ['法治宣传', 12, 15], ['宣传人次', 20000, 26000],
  ];

  it.each(changed)('%s: %d → %d', (word, from, to) => {
    const pair = result.figures.find((p) => p.from?.value === from && p.to?.value === to && p.label.includes(word));
    expect(pair).toBeDefined();
    expect(pair!.delta).toBe(to - from);
    expect(pair!.status).toBe(to > from ? 'up' : 'down');
  });

  it('pairs the 接待 and 现场协调 figures with their own, and leaves unchanged ones same', () => {
    const batches = result.figures.filter((p) => p.from?.value === 115);
    expect(batches.map((p) => [p.to?.value, p.label])).toEqual([[98, '县级领导共接待群众'], [98, '现场协调']]);
    expect(result.figures.filter((p) => p.status === 'same').map((p) => p.to!.surface).sort()).toEqual(
      ['100%', '100%', '1至2名', '32个', '37家', '3场', '5件', '5名', '6项', '第1位', '没有发生一起', '无出现一起'].sort(),
    );
  });

  it('finds no false pairs: every pair has the same value in both years or an edit made it', () => {
    const edits = new Set(changed.map(([, from, to]) => `${from}→${to}`).concat(['115→98', '383→301']));
    for (const pair of result.figures.filter((p) => p.status === 'up' || p.status === 'down')) {
      expect(edits.has(`${pair.from!.value}→${pair.to!.value}`)).toBe(true);
    }
  });

  it('reports removed and added figures', () => {
    expect(result.figures.filter((p) => p.status === 'dropped').map((p) => p.from!.surface)).toEqual(['4批次', '32份']);
    expect(result.figures.filter((p) => p.status === 'new').map((p) => p.to!.surface)).toEqual(['12名']);
  });

  it('counts the sentences carried over word for word', () => {
    expect(result.reuse.sentences).toBeGreaterThan(20);
    expect(result.reuse.ratio).toBeGreaterThan(0.5);
  });

  it('aligns the six numbered sections with themselves', () => {
    const numbered = result.sections.filter((s) => /^[一二三四五六]、/.test(s.from ?? ''));
    expect(numbered).toHaveLength(6);
    for (const pair of numbered) expect(pair.to).toBe(pair.from);
  });
});

describe('compare two national work reports', () => {
  it('judges the 2013 targets against the 2014 review', async () => {
    const result = compare(await analyse('corpus/state-council-gwr-2013.txt'), await analyse('corpus/state-council-gwr-2014.txt'));
    const gdp = result.targets.find((t) => t.commitment === '国内生产总值增长7.5%左右')!;
    expect(gdp).toMatchObject({ verdict: 'met', actual: { value: 7.7 } });
    expect(gdp.actual!.sentence).toContain('国内生产总值');
    const cpi = result.targets.find((t) => t.commitment.startsWith('居民消费价格涨幅'))!;
    expect(cpi).toMatchObject({ verdict: 'met', actual: { value: 2.6 } });
    expect(result.commitments.some((c) => c.status === 'addressed' && c.evidence.length > 0)).toBe(true);
  });
});

describe('pair the figures of one year with one year', () => {
  // The 2018 report reviews five years (五年来…城镇新增就业6600万人以上) before 2017 itself
  // (刚刚过去的2017年…城镇新增就业1351万人): last year's 1314万人 is paired with 2017's own figure.
  let result: Comparison;
  beforeAll(async () => {
    result = compare(await analyse('corpus/state-council-gwr-2017.txt'), await analyse('corpus/state-council-gwr-2018.txt'));
  });

  const pairs: Array<[string, number, number]> = [
    ['城镇新增就业', 13_140_000, 13_510_000],
    ['国内生产总值增长', 6.7, 6.9],
    // The end of 从54万亿元增加到82.7万亿元 is 2017's own level.
    ['国内生产总值', 74.4e12, 82.7e12],
  ];
  it.each(pairs)('%s: %d → %d', (word, from, to) => {
    const pair = result.figures.find((p) => p.from?.value === from && p.label.includes(word));
    expect(pair?.to?.value).toBe(to);
  });

  it('leaves the five-year figures unpaired with a year of the older report', () => {
    const fiveYear = [66_000_000, 54e12, 7.1];
    const paired = result.figures.filter((p) => p.from !== null && p.to !== null && fiveYear.includes(p.to.value));
    expect(paired.map((p) => `${p.label} ${p.from!.surface} → ${p.to!.surface}`)).toEqual([]);
  });
});

describe('every target verdict names the rule that decided it', () => {
  const scopeIds = Object.values(scopeRules).flatMap((group) => (typeof group === 'object' && 'id' in group ? [group.id] : []));
  const catalogue = new Set([...verdictRules.rules.map((rule) => rule.id), ...scopeIds]);
  const pairs = [
    ['state-council-gwr-2013', 'state-council-gwr-2014'],
    ['state-council-gwr-2019', 'state-council-gwr-2020'],
    ['beijing-gwr-2025', 'beijing-gwr-2026'],
    ['sichuan-gwr-2025', 'sichuan-gwr-2026'],
  ];
  it.each(pairs)('%s → %s: each rule is in the catalogue', async (older, newer) => {
    const result = compare(await analyse(`corpus/${older}.txt`), await analyse(`corpus/${newer}.txt`));
    expect(result.targets.length).toBeGreaterThan(0);
    for (const check of result.targets) expect(catalogue.has(check.rule), `${check.commitment}: ${check.rule}`).toBe(true);
  });

  it('lists no rule the code never gives', () => {
    const code = readFileSync('src/compare/targets.ts', 'utf8');
    for (const { id } of verdictRules.rules) expect(code.includes(`'${id}'`), id).toBe(true);
  });
});
