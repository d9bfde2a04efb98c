import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseManifest } from '../../src/library/manifest.js';

describe('MANIFEST.tsv', () => {
  it('gives issuer, year and kind by file, ignoring empty cells and other columns', () => {
    const manifest = parseManifest(
      '\uFEFFfile\tissuer\tyear\tkind\tnotes\r\na.txt\t国务院\t2012\t政府工作报告\tfrom wikisource\r\nb.txt\t\t2020\t\t\r\n\r\nc.txt\n',
      'MANIFEST.tsv',
    );
    expect([...manifest]).toEqual([
      ['a.txt', { issuer: '国务院', year: 2012, kind: '政府工作报告' }],
      ['b.txt', { year: 2020 }],
      ['c.txt', {}],
    ]);
  });

  it('reads columns by name, in any order', () => {
    expect(parseManifest('year\tfile\n2001\tx.txt\n', 'm').get('x.txt')).toEqual({ year: 2001 });
  });

  it('reads the corpus manifest, whose year is the year reviewed', () => {
    const manifest = parseManifest(readFileSync('corpus/MANIFEST.tsv', 'utf8'), 'corpus/MANIFEST.tsv');
    expect(manifest.get('state-council-gwr-2013.txt')).toEqual({ issuer: '国务院', year: 2012, kind: '政府工作报告' });
    expect(manifest.size).toBe(readdirSync('corpus').filter((name) => name.endsWith('.txt')).length);
  });

  it.each([
    ['name\tyear\na.txt\t2001\n', 'MANIFEST.tsv: has no `file` column in its first line'],
    ['file\tyear\na.txt\t2001\nb.txt\t二〇〇一\n', 'MANIFEST.tsv:3: year "二〇〇一" is not a four-digit year'],
  ])('refuses %j', (text, message) => {
    expect(() => parseManifest(text, 'MANIFEST.tsv')).toThrow(message);
  });
});
