// The reader's figure panel names every rule of a figure's trace in Chinese
// (web/src/figure-rules.ts), the measure by the catalogue's name: every id the
// extractor can emit, read from its sources and lexicons, and every id of the
// figures of real reports. An id the page does not know shows as it is, marked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import labelRules from '../../src/extract/lexicon/labels.json' with { type: 'json' };
import { readDocument } from '../../src/ingest/index.js';
import { MEASURES } from '../../src/measures/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { MeasurePeriod } from '../../src/types.js';
import { figureRuleName, figureRules, NAMED_FIGURE_RULES } from '../../web/src/figure-rules.js';

/** The names GET /api/measures gives (src/library/series.ts measureList). */
const MEASURE_NAMES = new Map(MEASURES.map((m) => [m.id, m.name]));

const sourceOf = (path: string) => readFileSync(path, 'utf8');
const EXTRACT = readdirSync('src/extract')
  .filter((file) => file.endsWith('.ts'))
  .map((file) => sourceOf(join('src/extract', file)))
  .join('\n');
// Rule ids the lexicons hold as data (numerals.json's group words: numeral:dozen, numeral:pair).
const LEXICONS = readdirSync('src/extract/lexicon')
  .filter((file) => file.endsWith('.json'))
  .map((file) => sourceOf(join('src/extract/lexicon', file)))
  .join('\n');
const MEASURING = sourceOf('src/measures/index.ts');
const quoted = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]!);

/** Every id a figure's trace may hold, by where it comes from (measure:ID/alias aside: the catalogue names those). */
const EMITTED: Record<string, string[]> = {
  // How the number was read: the first id of every trace (numeralRuleOf), then numeral:* from the reader.
  numeral: [...quoted(/function numeralRuleOf[^{]*\{\s*let rule = ([^;]*);/.exec(sourceOf('src/extract/figures.ts'))?.[1] ?? '', /'([a-z-]+)'/g), ...quoted(EXTRACT, /'(numeral:[a-z-]+)'/g), ...quoted(LEXICONS, /"(numeral:[a-z-]+)"/g)],
  label: [...quoted(EXTRACT, /'(label:[a-z-]+)'/g), ...Object.values(labelRules).flatMap((entry) => (typeof entry === 'object' && 'id' in entry ? [entry.id] : []))],
  modality: quoted(EXTRACT, /'(modality:[a-z-]+)'/g),
  measure: quoted(MEASURING, /none\('([a-z-]+)'/g).map((reason) => `measure:none/${reason}`),
  period: MeasurePeriod.enum.map((period) => `period:${period}`),
};
const ALL = [...new Set(Object.values(EMITTED).flat())];

/** The panel's words for a trace: group, then the rules' names. */
const said = (trace: string) => figureRules(trace, MEASURE_NAMES).map(({ group, rules }) => `${group}：${rules.map((r) => (r.translated ? r.text : `${r.text}（未翻译）`)).join('；')}`);

describe('figureRules', () => {
  // [a trace of a figure of state-council-gwr-2014 (its sentence), what the panel says]
  const cases: Array<[string, string, string[]]> = [
    ['国内生产总值达到56.9万亿元，比上年增长7.7%', 'arabic-numeral label:carried-subject modality:reported measure:gdp-growth/alias', ['读法：阿拉伯数字', '指标名：沿用前一个数字的主语（比上年增长）', '目标或实绩：无目标迹象，按实绩计', '统计指标：国内（地区）生产总值增长']],
    ['城镇居民人均可支配收入实际增长7%', 'arabic-numeral label:clause modality:reported measure:none/excluded', ['读法：阿拉伯数字', '指标名：分句中数字前的词语', '目标或实绩：无目标迹象，按实绩计', '统计指标：提到统计指标，但有排除词（人均、单位）']],
    ['主要预期目标是：国内生产总值增长7.5%左右', 'arabic-numeral label:clause modality:target-list measure:gdp-growth/alias', ['读法：阿拉伯数字', '指标名：分句中数字前的词语', '目标或实绩：在预期目标清单中', '统计指标：国内（地区）生产总值增长']],
    ['（a rule added later, and a measure the catalogue lost）', 'chinese-numeral numeral:range label:from-the-future measure:gone/alias period:average', ['读法：汉字数字；范围（3至5个、六至七成）', '指标名：label:from-the-future（未翻译）', '统计指标：measure:gone/alias（未翻译）', '口径：年均']],
  ];
  it.each(cases)('%s: %s', (_sentence, trace, expected) => {
    expect(said(trace)).toEqual(expected);
  });

  it('an id of no known kind goes last, under 其他, as it is', () => {
    expect(said('arabic-numeral unit:new-kind')).toEqual(['读法：阿拉伯数字', '其他：unit:new-kind（未翻译）']);
  });

  it.each(Object.entries(EMITTED))('the sources hold %s rule ids (the scan still finds them)', (_kind, ids) => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(ALL)('%s: a rule the extractor can emit has a Chinese name', (id) => {
    expect(figureRuleName(id, MEASURE_NAMES).translated).toBe(true);
  });

  it('names no rule the extractor cannot emit', () => {
    expect(NAMED_FIGURE_RULES.filter((id) => !ALL.includes(id))).toEqual([]);
  });

  it.each(['state-council-gwr-2014', 'hubei-gwr-2026', 'guizhou-gwr-2025'])('%s: every rule of every figure is named', async (name) => {
    const { figures } = await analyzeDocument(await readDocument(`corpus/${name}.txt`));
    const unnamed = figures.flatMap((f) => f.rule.split(' ').filter((id) => id !== '' && !figureRuleName(id, MEASURE_NAMES).translated));
    expect([...new Set(unnamed)]).toEqual([]);
  });
});
