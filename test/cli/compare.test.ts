import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { formatComparison } from '../../src/cli/compare.js';
import { captureOutput } from './capture.js';
import type { Trend } from '../../src/compare/trend.js';
import type { Comparison } from '../../src/types.js';

const io = captureOutput();

const folder = mkdtempSync(join(tmpdir(), 'nianbao-compare-'));
const db = join(folder, 'library.db');
beforeAll(async () => {
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  await main(['ingest', 'corpus/beijing-gwr-2025.txt', 'corpus/beijing-gwr-2026.txt', '--db', db]);
  vi.restoreAllMocks();
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('nianbao compare', () => {
  it('compares two files, judging last year\'s targets', async () => {
    expect(await main(['compare', 'corpus/beijing-gwr-2025.txt', 'corpus/beijing-gwr-2026.txt', '--json'])).toBe(0);
    const comparison = JSON.parse(io.out) as Comparison;
    expect(comparison.from).toMatchObject({ issuer: '北京市人民政府', year: 2024 });
    expect(comparison.to).toMatchObject({ year: 2025 });
    const gdp = comparison.targets.find((t) => t.commitment.startsWith('地区生产总值增长5%左右'))!;
    expect(gdp).toMatchObject({ verdict: 'met', actual: { value: 5.4 } });
  });

  it('compares stored reports by id and prints tables', async () => {
    expect(await main(['compare', '1', '2', '--db', db])).toBe(0);
    expect(io.out).toContain('北京市人民政府 2024 → 北京市人民政府 2025');
    expect(io.out).toContain('Targets (');
    // Each target by its label and number as stated (~ for 左右).
    expect(io.out).toMatch(/met\s+地区生产总值增长 ~5% /);
  });

  it('an unknown id exits 2 with one line', async () => {
    expect(await main(['compare', '1', '99', '--db', db])).toBe(2);
    expect(io.err).toContain('report 99');
  });

  it('series compares every consecutive pair of a stored issuer', async () => {
    expect(await main(['series', '北京', '--json', '--db', db])).toBe(0);
    expect((JSON.parse(io.out) as Comparison[]).map((c) => [c.from.year, c.to.year])).toEqual([[2024, 2025]]);
  });

  it('trend gives one measure over the stored years: each year\'s outcome and the target set for it', async () => {
    expect(await main(['trend', '地区生产总值增长', '--issuer', '北京', '--format', 'json', '--db', db])).toBe(0);
    const result = JSON.parse(io.out) as Trend<number>;
    expect(result.measure).toMatchObject({ id: 'gdp-growth', kind: 'growth', unit: 'percent' });
    expect(result.points.map((p) => [p.year, p.outcome?.value ?? null, p.target?.value ?? null])).toEqual([
      [2024, 5.2, null],
      [2025, 5.4, 5],
      [2026, null, 5],
    ]);
    expect(result.points[1]!.target!.sentence).toContain('地区生产总值增长5%左右');
  });

  it('measures lists the catalogue with the stored figures of each', async () => {
    expect(await main(['measures', '--format', 'json', '--db', db])).toBe(0);
    const rows = JSON.parse(io.out) as Array<{ id: string; figures: number }>;
    expect(rows.find((r) => r.id === 'gdp-growth')!.figures).toBeGreaterThan(0);
    expect(rows.find((r) => r.id === 'deficit-ratio')).toMatchObject({ figures: 0 });
  });

  it('trend refuses a measure id the catalogue lacks', async () => {
    expect(await main(['trend', 'gdp-grow', '--issuer', '北京', '--db', db])).toBe(2);
  });
});

describe('formatComparison', () => {
  it('keeps the figures\' columns aligned whatever the status, unclear the longest', () => {
    const side = (surface: string, qualifier: string) => ({ surface, qualifier });
    const pair = (status: string, from: ReturnType<typeof side>, to: ReturnType<typeof side>, delta: number | null) => ({ status, label: '地区生产总值', from, to, delta });
    const report = { issuer: '某省人民政府', year: 2025 };
    const comparison = {
      from: report,
      to: { ...report, year: 2026 },
      figures: [pair('up', side('31534亿元', 'exact'), side('32765亿元', 'exact'), 1231), pair('unclear', side('31534亿元', 'exact'), side('3万亿元', 'more-than'), null)],
      targets: [],
      commitments: [],
      sections: [],
      reuse: { sentences: 0, ratio: 0, examples: [] },
    } as unknown as Comparison;
    const rows = formatComparison(comparison).split('\n').filter((line) => line.includes('地区生产总值'));
    expect(rows.map((row) => row.indexOf('地区生产总值'))).toEqual([10, 10]);
    expect(rows[1]).toContain('>3万亿元');
  });

  it('names a target by its label and number, or by its commitment\'s words when it has no label', () => {
    const target = (label: string, surface: string, qualifier: string, commitment: string) => ({ verdict: 'no-data', reason: 'the newer report does not state this measure', commitment, target: { label, surface, qualifier } });
    const comparison = {
      from: { issuer: '国务院', year: 2013 },
      to: { issuer: '国务院', year: 2014 },
      figures: [],
      // state-council-gwr-2014: two targets of one commitment, the second with no label of its own.
      targets: [
        target('农业转移人口落户城镇', '1亿', 'about', '促进约1亿农业转移人口落户城镇'),
        target('', '1亿人', 'about', '引导约1亿人在中西部地区就近城镇化'),
      ],
      commitments: [],
      sections: [],
      reuse: { sentences: 0, ratio: 0, examples: [] },
    } as unknown as Comparison;
    const rows = formatComparison(comparison).split('\n').filter((line) => line.startsWith('  no-data'));
    expect(rows[0]).toMatch(/^ {2}no-data +农业转移人口落户城镇 ~1亿 /);
    expect(rows[1]).toMatch(/^ {2}no-data +引导约1亿人在中西部地区… ~1亿人 /);
  });
});
