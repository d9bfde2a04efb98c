import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/normalize.js';
import { parseDate } from '../../src/structure/dates.js';
import { detectMeta } from '../../src/structure/meta.js';

// Hand-made from the texts: what each report says of itself (empty = the text does not say).
const rows = readFileSync('test/fixtures/meta.gold.tsv', 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t'));

function metaOf(file: string) {
  return detectMeta(normalize(readFileSync(`corpus/${file}`, 'utf8')).text);
}

describe('detectMeta on the seed report', () => {
  it('finds year, date, issuer (completed from the addressee line) and kind', () => {
    expect(metaOf('xuchang-demo-zone-2021.txt')).toEqual({
      title: null,
      issuer: '许昌市城乡一体化示范区管委会',
      year: 2021,
      issuedDate: '2022-02-16',
      kind: '法治政府建设情况报告',
    });
  });
});

describe('detectMeta on every corpus report', () => {
  it.each(rows)('%s', (file, year, issuedDate, issuer) => {
    const meta = metaOf(file!);
    // A date is exactly what the text states, or null.
    expect(meta.issuedDate).toBe(issuedDate || null);
    // A year is never guessed: right when given, null when the text has no way to tell.
    if (meta.year !== null || !year) expect(meta.year).toBe(year ? Number(year) : null);
    if (meta.issuer !== null) expect(meta.issuer).toBe(issuer);
  });

  it('finds the year for most reports', () => {
    const found = rows.filter(([file, year]) => year && metaOf(file!).year !== null).length;
    expect(found / rows.filter(([, year]) => year).length).toBeGreaterThan(0.9);
  });
});

describe('parseDate', () => {
  it.each([
    ['2022年2月16日', '2022-02-16'],
    ['——2025年1月18日在河南省第十四届人民代表大会', '2025-01-18'],
    ['——二〇二六年一月二十七日在甘肃省', '2026-01-27'],
    ['二〇二二年二月十六日', '2022-02-16'],
    ['2021年', null],
    ['2022年13月1日', null],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});
