import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { REVIEW_COLUMNS, reviewCells } from '../../src/output/columns.js';
import { csvCell } from '../../src/output/csv.js';
import { progress } from '../../src/output/progress.js';
import { type Column, render } from '../../src/output/render.js';
import { clip } from '../../src/output/table.js';

interface Row {
  id: number;
  label: string;
  value: number | null;
  keywords: string[];
}

const columns: Column<Row>[] = [{ key: 'id', width: 4 }, { key: 'label', width: 10 }, { key: 'value', width: 8 }, { key: 'keywords' }];
const rows: Row[] = [
  { id: 1, label: '优良天数', value: 265, keywords: ['空气', '质量'] },
  { id: 2, label: '提供法律咨询服务人次', value: null, keywords: [] },
];

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['优良天数', '优良天数'],
    ['a,b', '"a,b"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+2', "'=1+2"],
    ['+86 10', "'+86 10"],
    ['-5%', "'-5%"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    ['a=b', 'a=b'],
  ])('%j is written %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers as numbers, null as empty and lists joined', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(1.3e12)).toBe('1300000000000');
    expect(csvCell(null)).toBe('');
    expect(csvCell(['空气', '质量'])).toBe('空气、质量');
  });
});

describe('render', () => {
  it('CSV starts with a BOM and a header, rows end in CRLF', () => {
    expect(render(rows, columns, 'csv')).toBe('\uFEFFid,label,value,keywords\r\n1,优良天数,265,空气、质量\r\n2,提供法律咨询服务人次,,\r\n');
  });

  it('JSON is one array of whole rows, also when empty', () => {
    expect(JSON.parse(render(rows, columns, 'json'))).toEqual(rows);
    expect(JSON.parse(render([], columns, 'json'))).toEqual([]);
  });

  it('JSON Lines is one object per line', () => {
    expect(render(rows, columns, 'jsonl').trim().split('\n').map((line) => JSON.parse(line))).toEqual(rows);
  });

  it('a table shows the columns with a width, aligned in display columns', () => {
    const lines = render(rows, columns, 'table').trimEnd().split('\n');
    expect(lines).toEqual([
      'id  label      value',
      '--  ---------  -----',
      ' 1  优良天数     265',
      ' 2  提供法律…  —',
    ]);
  });

  it('counts Chinese characters as two columns when clipping', () => {
    expect(stringWidth('法律a')).toBe(5);
    expect(clip('一二三四五六', 7)).toBe('一二三…');
    expect(clip('two\nlines', 20)).toBe('two lines');
  });
});

describe('review columns', () => {
  // The bytes the server's commitments CSV wrote for these reviews (report 3 of the corpus library)
  // before the columns were shared with the board's and the compare page's downloads.
  it.each([
    ['no review', null, '\uFEFFreviewStatus,reviewNote,reviewer,reviewedAt\r\n,,,\r\n'],
    [
      'a note with a formula, a comma, quotes and a line break',
      { status: 'partly', note: '=见第二部分, "重点"\n次行', reviewer: 'local', reviewedAt: '2026-12-03T15:16:16.418Z' },
      '\uFEFFreviewStatus,reviewNote,reviewer,reviewedAt\r\npartly,"\'=见第二部分, ""重点""\n次行",local,2026-12-03T15:16:16.418Z\r\n',
    ],
    [
      'no note',
      { status: 'addressed', note: null, reviewer: 'local', reviewedAt: '2026-12-03T15:16:16.729Z' },
      '\uFEFFreviewStatus,reviewNote,reviewer,reviewedAt\r\naddressed,,local,2026-12-03T15:16:16.729Z\r\n',
    ],
  ])('%s', (_, review, expected) => {
    expect(render([reviewCells(review)], REVIEW_COLUMNS, 'csv')).toBe(expected);
  });
});

describe('progress', () => {
  function stream(isTTY: boolean) {
    const out: string[] = [];
    return { out, isTTY, columns: 60, write: (chunk: string) => out.push(chunk) };
  }

  it('prints one plain line per step when not on a terminal', () => {
    const plain = stream(false);
    const bar = progress(plain, 2);
    bar.step(1, 'added a.txt');
    bar.step(2, 'added b.txt');
    bar.finish();
    expect(plain.out.join('')).toBe('[1/2] added a.txt\n[2/2] added b.txt\n');
  });

  it('redraws one line on a terminal and clears it at the end', () => {
    const tty = stream(true);
    const bar = progress(tty, 4);
    bar.step(2, 'added a.txt');
    bar.finish();
    expect(tty.out[0]).toMatch(/^\r\x1b\[2K█{12}░{12} 2\/4 added a\.txt$/);
    expect(tty.out.at(-1)).toBe('\r\x1b[2K');
    expect(tty.out.join('')).not.toContain('\n');
  });
});
