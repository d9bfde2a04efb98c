// Kept orders and the reports waiting to be merged into them (src/store/pages.ts):
// a page is answered without merging only when no waiting report can reach it.
import { describe, expect, it } from 'vitest';
import { inSeriesOrder, keptOrders, ordering, orderOf, type SeriesKey, seriesKey, settled, waiting, withAdded } from '../../src/store/pages.js';

// Issuers that sort 三亚 < 云南 < 北京 < 西安 by their UTF-8 bytes; one unknown, sorting last.
const SERIES: Record<number, SeriesKey> = {
  1: seriesKey('北京市人民政府', 2024, 1),
  2: seriesKey('云南省人民政府', 2024, 2),
  3: seriesKey('西安市人民政府', 2023, 3),
  4: seriesKey('三亚市人民政府', 2025, 4),
  5: seriesKey('西安市人民政府', 2025, 5),
  6: seriesKey(null, null, 6),
};
const keyOf = (report: number) => SERIES[report]!;

/** Report 2's rows 10, 11, report 1's 20, 21, 22, report 3's 30: the series order of the three. */
function kept() {
  const orders = keptOrders();
  const order = orders.keep('q', orderOf([[10, 2], [11, 2], [20, 1], [21, 1], [22, 1], [30, 3]]), 0);
  return { orders, order };
}

describe('matches put in series order', () => {
  // [rows as [row, report, place in the report], row ids in series order]
  const cases: Array<[Array<[number, number, number]>, number[]]> = [
    [[], []],
    // by issuer bytes (三亚 < 云南 < 北京 < 西安), then year; unknowns last
    [[[60, 6, 0], [50, 5, 0], [40, 4, 0], [30, 3, 0], [20, 1, 0], [10, 2, 0]], [40, 10, 20, 30, 50, 60]],
    // a report's rows by their place, not their id or the order they came in
    [[[21, 1, 2], [10, 2, 0], [20, 1, 1], [23, 1, 0], [11, 2, 1]], [10, 11, 23, 20, 21]],
  ];
  it.each(cases)('%j in order: %j', (rows, expected) => {
    const order = inSeriesOrder(rows, keyOf);
    expect(Array.from(order.ids)).toEqual(expected);
    expect(Array.from(order.reports)).toEqual(expected.map((id) => rows.find(([row]) => row === id)![1]));
  });
});

describe('matches put in series order a step at a time', () => {
  // A generated library: 400 reports of six issuers (one unknown), years 2020–2024 or unknown, rows in shuffled places.
  const random = (seed: number) => () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const next = random(7);
  const names = ['北京市人民政府', '云南省人民政府', '西安市人民政府', '三亚市人民政府', '西安市', null];
  const keys = new Map<number, SeriesKey>();
  for (let report = 1; report <= 400; report++) {
    const year = next() < 0.1 ? null : 2020 + Math.floor(next() * 5);
    keys.set(report, seriesKey(names[Math.floor(next() * names.length)]!, year, report));
  }
  const rows: Array<[number, number, number]> = [];
  for (let id = 1; id <= 20_000; id++) rows.push([id, 1 + Math.floor(next() * 400), Math.floor(next() * 1_000)]);

  it('gives the order inSeriesOrder gives, each step\'s rows already in their final place, a deleted report left out', () => {
    const whole = inSeriesOrder(rows, (report) => keys.get(report)!);
    // Each report's rows by place, the reports by issuer bytes (unknown last), year (unknown last), id.
    const expected = [...rows].sort(([idA, a, placeA], [idB, b, placeB]) => {
      const [nameA, yearA] = keys.get(a)!;
      const [nameB, yearB] = keys.get(b)!;
      if ((nameA === null) !== (nameB === null)) return nameA === null ? 1 : -1;
      const byName = nameA && nameB ? Buffer.compare(nameA, nameB) : 0;
      if (byName !== 0) return byName;
      if ((yearA === null) !== (yearB === null)) return yearA === null ? 1 : -1;
      return (yearA ?? 0) - (yearB ?? 0) || a - b || placeA - placeB || idA - idB;
    });
    expect(Array.from(whole.ids)).toEqual(expected.map(([id]) => id));
    const steps = ordering(rows[Symbol.iterator](), (report) => (report === 5 ? undefined : keys.get(report)), 0);
    const kept = expected.filter(([, report]) => report !== 5).map(([id]) => id);
    let step = steps.next();
    let [count, misplaced] = [0, 0];
    for (; !step.done; step = steps.next()) {
      count++;
      const { order, placed } = step.value ?? { order: whole, placed: 0 };
      for (let at = 0; at < placed; at++) if (order.ids[at] !== kept[at]) misplaced++;
    }
    expect([count > 400, misplaced]).toEqual([true, 0]);
    expect(Array.from(step.value.ids)).toEqual(kept);
  });
});

describe('reports waiting to be merged', () => {
  // [waiting reports, page offset, limit, whether the page is answered without merging]
  const cases: Array<[number[], number, number | undefined, boolean]> = [
    [[], 0, 3, true],
    [[5], 0, 6, true], // 西安 2025 sorts after every row
    [[5], 3, 4, false], // a page that is not whole: report 5's rows could end it
    [[3], 0, 5, true], // report 3 already held sorts at row 5
    [[3], 0, 6, false],
    [[4], 0, 1, false], // 三亚 sorts first
    [[1], 0, 2, true],
    [[1], 0, 3, false],
    [[6, 5], 0, 6, true], // unknown issuers sort last
    [[5, 2], 1, 1, false], // the first of several counts
    [[5], 0, undefined, false], // every row: new ones may end it
  ];
  it.each(cases)('waiting %j: the page at %i of %s rows is settled: %s', (reports, offset, limit, expected) => {
    const { order } = kept();
    waiting(order, reports, 1, keyOf);
    expect(settled(order, offset, limit)).toBe(expected);
    expect(order.seen).toBe(1);
  });

  it('settles the whole order again once the waiting reports are merged', () => {
    const { orders, order } = kept();
    waiting(order, [4], 1, keyOf);
    expect(settled(order, 0, 1)).toBe(false);
    orders.update(order, withAdded(order, orderOf([[40, 4], [41, 4]]), keyOf), 1);
    expect(Array.from(order.ids)).toEqual([40, 41, 10, 11, 20, 21, 22, 30]);
    expect(settled(order, 0, 8)).toBe(true);
  });
});
