import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, scanNumbers } from '../../src/extract/numerals.js';
import { normalize } from '../../src/normalize/normalize.js';
import { analyzeDocument } from '../../src/pipeline.js';
import type { RawDocument } from '../../src/types.js';

// Chinese numerals written from known values, read back.
const EVERYDAY = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const FINANCIAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const POSITIONS = { everyday: ['', '十', '百', '千'], financial: ['', '拾', '佰', '仟'] };

/** 0 < n < 10000, in the standard form: 三千零五, 一百一十. */
function below10k(n: number, digits: string[], positions: string[]): string {
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += digits[0];
    zero = false;
    out += digits[d]! + positions[p]!;
  }
  return out;
}

/** n ≥ 1 below 10^12, with 万 and 亿 sections and 零 where a section is short. */
function write(n: number, kind: 'everyday' | 'financial'): string {
  const digits = kind === 'everyday' ? EVERYDAY : FINANCIAL;
  const positions = POSITIONS[kind];
  const groups = [Math.floor(n / 1e8), Math.floor(n / 1e4) % 1e4, n % 1e4];
  const names = ['亿', '万', ''];
  let out = '';
  groups.forEach((group, i) => {
    if (group === 0) {
      if (out !== '' && !out.endsWith(digits[0]!)) out += digits[0];
      return;
    }
    if (out !== '' && group < 1000 && !out.endsWith(digits[0]!)) out += digits[0];
    out += below10k(group, digits, positions) + names[i];
  });
  return out.endsWith(digits[0]!) ? out.slice(0, -1) : out;
}

describe('Chinese numerals read back to the value they were written from', () => {
  it('everyday numerals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(parseChineseNumeral(write(n, 'everyday')), write(n, 'everyday')).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('financial numerals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(parseChineseNumeral(write(n, 'financial')), write(n, 'financial')).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it('everyday, financial and traditional characters mixed at random, in running text', () => {
    const twin: Record<string, string> = { 万: '萬', 亿: '億', 十: '拾', 百: '佰', 千: '仟' };
    EVERYDAY.forEach((digit, d) => (twin[digit] = FINANCIAL[d]!));
    fc.assert(
      fc.property(fc.integer({ min: 11, max: 999_999_999_999 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (n, swaps) => {
        const numeral = [...write(n, 'everyday')].map((ch, i) => (swaps[i] ? (twin[ch] ?? ch) : ch)).join('');
        const text = `共计${numeral}元，`;
        const [number] = scanNumbers(text);
        expect(number?.value, text).toBe(n);
        expect(number?.surface, text).toBe(`${numeral}元`);
      }),
      { numRuns: 2000 },
    );
  });

  it('decimals with a unit, in running text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 99 }), (whole, hundredths) => {
        const fraction = String(hundredths).padStart(2, '0');
        const text = `全年完成${write(whole, 'everyday')}点${[...fraction].map((d) => EVERYDAY[Number(d)]).join('')}吨，`;
        const [number] = scanNumbers(text);
        expect(number?.value, text).toBe(Number(`${whole}.${fraction}`));
        expect(number?.unit, text).toBe('吨');
      }),
      { numRuns: 1000 },
    );
  });

  it('colloquial abbreviations: the last digit in tenths of the position before (一万五, 三千五万)', () => {
    const places: Array<[string, number]> = [['百', 100], ['千', 1000], ['万', 1e4], ['亿', 1e8]];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 3 }), fc.boolean(), (high, low, place, wan) => {
        const [position, size] = places[place]!;
        const scaled = wan && size < 1e4;
        const text = `${EVERYDAY[high]}${position}${EVERYDAY[low]}${scaled ? '万' : ''}`;
        const [number] = scanNumbers(`新增${text}人`);
        expect(number?.value, text).toBe((high * size + (low * size) / 10) * (scaled ? 1e4 : 1));
        expect(number?.rules, text).toContain('numeral:abbreviated');
      }),
      { numRuns: 500 },
    );
  });

  it('fractions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (over, part) => {
        const text = `占总量的${write(over, 'everyday')}分之${write(part, 'everyday')}以上`;
        const [number] = scanNumbers(text);
        expect(number?.value, text).toBe(part / over);
        expect(number?.fraction, text).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('discounts in 折 and tenths of 成, in every spelling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 4 }), (whole, tenth, form) => {
        const [w, t] = [EVERYDAY[whole]!, EVERYDAY[tenth]!];
        const spelled = [`${w}点${t}折`, `${w}${t}折`, `${whole}.${tenth}折`, `${whole}${tenth}折`, `${w}成${t}`][form]!;
        const text = `景区门票${spelled}${form === 4 ? '。' : '优惠'}`;
        const found = scanNumbers(text);
        expect(found.map((n) => [n.surface, n.value, n.unit]), text).toEqual([[spelled, whole + tenth / 10, form === 4 ? '成' : '折']]);
      }),
      { numRuns: 500 },
    );
  });

  it('角 and 分 after 元', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.boolean(), (yuan, jiao, fen, financial) => {
        const digits = financial ? FINANCIAL : EVERYDAY;
        const spelled = `${write(yuan, financial ? 'financial' : 'everyday')}元${digits[jiao]}角${digits[fen]}分`;
        const [number] = scanNumbers(`人均补贴${spelled}。`);
        expect([number?.surface, number?.value, number?.unit], spelled).toEqual([spelled, Number.parseFloat((yuan + jiao / 10 + fen / 100).toPrecision(15)), '元']);
      }),
      { numRuns: 500 },
    );
  });
});

// Fragments of report text, each also in its full-width form where it has one.
const FRAGMENTS: Array<[string, string]> = [
  ['增长', '增长'], ['，', '，'], ['。', '。'], ['22%', '２２％'], ['3.5%', '３．５％'], ['120个', '１２０个'], ['百分之12', '百分之１２'],
  ['1,234万元', '１,２３４万元'], ['5%-6%', '５％－６％'], ['下降-2.5%', '下降－２．５％'], ['1/3', '１／３'], ['三分之一', '三分之一'],
  ['两成半', '两成半'], ['企业', '企业'], ['达到', '达到'], ['零点五个百分点', '零点五个百分点'], ['2021年', '２０２１年'], ['PM2.5', 'ＰＭ２．５'],
  ['8.5折', '８．５折'], ['3元5角', '３元５角'], ['七成六', '七成六'], ['半成', '半成'],
];

const summary = (text: string) => scanNumbers(text).map((n) => [n.value, n.valueMax ?? null, n.unit ?? '', n.start, n.end]);

describe('normalising a text never changes the numbers it yields', () => {
  it('full-width and half-width texts read alike', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: FRAGMENTS.length - 1 }), fc.boolean()), { maxLength: 12 }), (picks) => {
        // Inside a sentence: a line of only "1/3" or "22" is a page number, which normalising drops.
        const text = `全年${picks.map(([i, wide]) => FRAGMENTS[i]![wide ? 1 : 0]).join('')}。`;
        const normalised = normalize(text).text;
        // Normalising keeps the length of these texts, so offsets must agree too.
        expect(normalised.length).toBe(text.length);
        expect(summary(normalised), text).toEqual(summary(text));
      }),
      { numRuns: 1000 },
    );
  });
});

const document = (text: string): RawDocument => ({ name: 'property.txt', format: 'txt', encoding: 'utf-8', sha256: '', bytes: text.length, text });
const figuresOf = (text: string) => analyzeDocument(document(text)).figures.map((f) => [f.value, f.valueMax, f.unit, f.start, f.end]);

describe('normalising a text never changes the figures it yields', () => {
  it('a text, its normalised form and its half-width twin give the same figures', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: FRAGMENTS.length - 1 }), fc.boolean()), { minLength: 1, maxLength: 10 }), (picks) => {
        const wide = `全市企业${picks.map(([i, w]) => FRAGMENTS[i]![w ? 1 : 0]).join('')}。`;
        const narrow = `全市企业${picks.map(([i]) => FRAGMENTS[i]![0]).join('')}。`;
        const figures = figuresOf(wide);
        expect(figuresOf(normalize(wide).text), wide).toEqual(figures);
        expect(figuresOf(narrow), wide).toEqual(figures);
      }),
      { numRuns: 300 },
    );
  });
});
