import { describe, expect, it } from 'vitest';
import { table } from '../../src/output/table.js';

describe('table', () => {
  it('pads Chinese by display width and right-aligns numbers', () => {
    expect(table([{ header: 'label', width: 10 }, { header: 'value', width: 8 }], [['优良天数', 265], ['法律咨询', 216]])).toBe(
      ['label     value', '--------  -----', '优良天数    265', '法律咨询    216'].join('\n'),
    );
  });

  it('lays out 200 000 rows without running out of stack', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`行${i}`, i]);
    expect(table([{ header: 'label', width: 10 }, { header: 'value', width: 8 }], rows).split('\n')).toHaveLength(200_002);
  });
});
