import { describe, expect, it } from 'vitest';
import { trend } from '../../src/compare/trend.js';
import { readDocument } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';

// Three national work reports: each reviews the year before the one it is delivered in.
const years: Array<[string, number]> = [
  ['corpus/state-council-gwr-2019.txt', 2018],
  ['corpus/state-council-gwr-2020.txt', 2019],
  ['corpus/state-council-gwr-2021.txt', 2020],
];
const series = await Promise.all(
  years.map(async ([path, year]) => ({ id: path, analysis: analyzeDocument(await readDocument(path), { meta: { year } }) })),
);

const values = (query: string) =>
  trend(query, series).points.map((p) => [p.year, p.outcome?.value ?? null, p.target ? [p.target.value, p.target.valueMax, p.target.qualifier] : null]);

describe('trend', () => {
  it('gives the growth rate each year states, never the totals or five-year values beside it', () => {
    // 2020: 今年没有提出全年经济增速具体目标, so no target.
    expect(values('国内生产总值增长')).toEqual([
      [2018, 6.6, null],
      [2019, 6.1, [6, 6.5, 'exact']],
      [2020, 2.3, null],
      [2021, null, [6, null, 'at-least']],
    ]);
    expect(values('gdp-growth')).toEqual(values('国内生产总值增长'));
  });

  it('finds surveyed unemployment however it is worded (调查失业率在5.3%以下)', () => {
    const result = trend('surveyed-unemployment', series);
    expect(result.measure).toEqual({ id: 'surveyed-unemployment', name: '城镇调查失业率', kind: 'ratio', unit: 'percent' });
    const [y2018, y2019] = result.points;
    expect(y2018!.outcome).toMatchObject({ value: 5, report: 'corpus/state-council-gwr-2019.txt' });
    expect(y2019!.outcome).toMatchObject({ value: 5.3, report: 'corpus/state-council-gwr-2020.txt' });
    expect(y2019!.outcome!.sentence).toContain('调查失业率在5.3%以下');
    expect(y2019!.target).toMatchObject({ value: 5.5, qualifier: 'about', report: 'corpus/state-council-gwr-2019.txt' });
  });

  it('signs as the verdicts do: a cut such as 能耗下降 stays positive, by id or by label', () => {
    const cuts = (query: string) => trend(query, series).points.map((p) => [p.year, p.outcome?.value ?? null, p.target?.value ?? null]);
    // 单位国内生产总值能耗下降3.1%; 2019: 单位国内生产总值能耗下降3%左右 (no outcome stated for 2019 or 2020)
    expect(cuts('energy-intensity')).toEqual([
      [2018, 3.1, null],
      [2019, null, 3],
      [2020, null, null],
      [2021, null, 3],
    ]);
    expect(cuts('单位国内生产总值能耗下降')).toEqual(cuts('energy-intensity'));
  });

  it('keeps targets of a plan due later out of the year', () => {
    const jobs = trend('urban-jobs', series).points.map((p) => [p.year, p.outcome?.value ?? null, p.target?.value ?? null]);
    expect(jobs).toEqual([
      [2018, 1.361e7, null],
      [2019, 1.352e7, 1.1e7],
      [2020, 1.186e7, 9e6],
      [2021, null, 1.1e7],
    ]);
  });
});
