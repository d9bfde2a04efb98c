// The numeral reader: every numeric expression in a text, Arabic, Chinese or
// mixed, with magnitudes folded into the value and the unit that follows.
// Pure and context-free; deciding which numbers are figures is figures.ts's job.
import { APPROXIMATORS, MAGNITUDES, MAGNITUDE_WORDS, NUMERAL_WORDS, UNITS, matchAt } from './lexicon.js';
import type { Qualifier } from '../types.js';

export interface NumberMatch {
  surface: string;
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  unit?: string;
  /** 余/多 between number and unit: "360余条". */
  approximate?: Qualifier;
  /** Preceded by 第: an ordinal or rank. */
  ordinal?: boolean;
  /** Written in Chinese numerals. */
  chinese?: boolean;
}

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const POSITIONS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Value of a Chinese numeral (一百零五, 两千, 一亿二千万, 二〇二一), or null when
 * the characters do not form one (十四五, 一二三).
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  const positional = /[十百千万亿]/.test(text);
  if (!positional) {
    if (text.length === 1) return DIGITS[text] ?? null;
    // Digit by digit, as years are written: 二〇二一.
    if (!/[〇零]/.test(text) || /两/.test(text)) return null;
    return Number([...text].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let previous = '';
  for (const ch of text) {
    if (ch in DIGITS) {
      // Two digits in a row (十四五) are not one numeral, except after 零.
      if (digit !== null && previous !== '零' && previous !== '〇') return null;
      digit = DIGITS[ch]!;
    } else if (ch in POSITIONS) {
      if (previous in POSITIONS) return null;
      section += (digit ?? 1) * POSITIONS[ch]!;
      digit = null;
    } else if (ch === '万') {
      section = (section + (digit ?? 0)) * 1e4;
      if (section === 0) section = 1e4;
      total += section;
      section = 0;
      digit = null;
    } else if (ch === '亿') {
      total = (total + section + (digit ?? 0)) * 1e8;
      if (total === 0) total = 1e8;
      section = 0;
      digit = null;
    } else {
      return null;
    }
    previous = ch;
  }
  return total + section + (digit ?? 0);
}

const NUMERAL = /百分之|千分之|\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+/g;
const RANGE_DASH = /^[-－—–~～至到]/;
const LATIN = /[A-Za-z_]/;
/** Units a lone 一 may carry and still be a number worth reporting. */
const ONE_UNITS = new Set(['成', '个百分点', '百分点', '倍']);

function fold(value: number, factor: number): number {
  return Number.parseFloat((value * factor).toPrecision(15));
}

interface Tail {
  end: number;
  factor: number;
  unit?: string;
  approximate?: Qualifier;
}

/** Magnitude, 余/多 and unit after a numeral, in the orders reports use them. */
function readTail(text: string, at: number, chinese: boolean): Tail {
  let end = at;
  let factor = 1;
  let approximate: Qualifier | undefined;
  const approximator = () => {
    const word = matchAt(text, end, Object.keys(APPROXIMATORS));
    if (word && !approximate) {
      approximate = APPROXIMATORS[word];
      end += word.length;
    }
  };
  approximator();
  if (!chinese) {
    const unitHere = matchAt(text, end, UNITS);
    const magnitude = matchAt(text, end, MAGNITUDE_WORDS);
    if (magnitude && !(unitHere && unitHere.length > magnitude.length)) {
      factor = MAGNITUDES[magnitude]!;
      end += magnitude.length;
      approximator();
      // 3万多亿元: a second magnitude after 多 multiplies the first.
      const second = matchAt(text, end, ['亿', '万']);
      if (second && approximate) {
        factor *= MAGNITUDES[second]!;
        end += second.length;
      }
    }
  }
  const unit = matchAt(text, end, UNITS) ?? undefined;
  if (unit) end += unit.length;
  else if (approximate && end > at && factor === 1) {
    // 多 and 余 only approximate when a unit or magnitude follows: 一年多 is not.
    end -= 1;
    approximate = undefined;
  }
  return { end, factor, unit, approximate };
}

interface Numeral {
  value: number;
  end: number;
  chinese: boolean;
}

function readNumeral(text: string, match: RegExpExecArray): Numeral | null {
  const raw = match[0];
  if (/^\d/.test(raw)) {
    const before = text[match.index - 1] ?? '';
    const after = text[match.index + raw.length] ?? '';
    if (LATIN.test(before) || (LATIN.test(after) && !/^(?:km|kW|GW|MW|TEU)/.test(text.slice(match.index + raw.length)))) {
      return null;
    }
    if (before === '.' || before === '+' || after === '+') return null;
    return { value: Number(raw.replaceAll(',', '')), end: match.index + raw.length, chinese: false };
  }
  // A Chinese run may end in characters that start a unit (六百分点 is 六 +
  // 百分点): prefer the longest reading that leaves a unit after it.
  let fallback: Numeral | null = null;
  for (let length = raw.length; length > 0; length--) {
    const rest = match.index + length;
    const value = parseChineseNumeral(raw.slice(0, length));
    if (value === null) continue;
    if (matchAt(text, rest, UNITS)) return { value, end: rest, chinese: true };
    if (length === raw.length) fallback = { value, end: rest, chinese: true };
  }
  return fallback;
}

/** Every numeric expression in `text`, left to right, not overlapping. */
export function scanNumbers(text: string): NumberMatch[] {
  const found: NumberMatch[] = [];
  NUMERAL.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = NUMERAL.exec(text))) {
    const number = readNumber(text, match);
    if (!number) continue;
    found.push(number);
    NUMERAL.lastIndex = number.end;
  }
  return found;
}

function readNumber(text: string, match: RegExpExecArray): NumberMatch | null {
  const start = match.index;
  if (match[0] === '百分之' || match[0] === '千分之') {
    const inner = new RegExp(NUMERAL.source, 'y');
    inner.lastIndex = start + 3;
    const next = inner.exec(text);
    const numeral = next && readNumeral(text, next);
    if (!numeral) return null;
    const unit = match[0] === '百分之' ? '%' : '‰';
    return { surface: text.slice(start, numeral.end), start, end: numeral.end, value: numeral.value, unit, chinese: numeral.chinese };
  }
  const numeral = readNumeral(text, match);
  if (!numeral) return null;
  let tail = readTail(text, numeral.end, numeral.chinese);
  let value = fold(numeral.value, tail.factor);
  // 1万6千多户, 1亿3千多万: a smaller part after a magnitude adds to it.
  const smaller = /^\d+(?=[千百万])/.exec(text.slice(tail.end, tail.end + 8));
  if (smaller && !tail.unit && !tail.approximate && tail.factor >= 1e4) {
    const rest = readTail(text, tail.end + smaller[0].length, false);
    if (rest.factor < tail.factor) {
      value += fold(Number(smaller[0]), rest.factor);
      tail = rest;
    }
  }
  // A lone Chinese character is often part of a word (零售, 三是, 千方百计, 三亚),
  // and 一 or 两 is a number only in a few fixed units (一成, 两个百分点).
  const lone = numeral.chinese && numeral.end - start === 1 ? text[start]! : '';
  const loneWord =
    lone !== '' &&
    text[start - 1] !== '第' &&
    (/[零〇]/.test(lone) || text[numeral.end] === '是' || matchAt(text, start, NUMERAL_WORDS) !== null || (/[一两]/.test(lone) && !ONE_UNITS.has(tail.unit ?? '')));
  const ordinal = text[start - 1] === '第';
  const from = ordinal ? start - 1 : start;
  const result: NumberMatch = {
    surface: text.slice(from, tail.end),
    start: from,
    end: tail.end,
    value,
    ...(tail.unit ? { unit: tail.unit } : {}),
    ...(tail.approximate ? { approximate: tail.approximate } : {}),
    ...(ordinal ? { ordinal } : {}),
    ...(numeral.chinese ? { chinese: true } : {}),
  };
  // 两至三万人: a lone numeral may still open a range.
  return readRange(text, result) ?? (loneWord ? null : result);
}

/** 1至2名, 6%－6.5%, 3-5个: a second number after a dash or 至 makes a range. */
function readRange(text: string, low: NumberMatch): NumberMatch | null {
  const dash = RANGE_DASH.exec(text.slice(low.end, low.end + 1));
  if (!dash || low.ordinal) return null;
  const inner = new RegExp(NUMERAL.source, 'y');
  inner.lastIndex = low.end + 1;
  const next = inner.exec(text);
  if (!next) return null;
  const numeral = readNumeral(text, next);
  if (!numeral || numeral.chinese !== Boolean(low.chinese)) return null;
  const tail = readTail(text, numeral.end, numeral.chinese);
  if (low.unit && tail.unit && low.unit !== tail.unit) return null;
  const unit = tail.unit ?? low.unit;
  // 三至五万人, 1至2万人: the high end's magnitude is the low end's too, unless it has its own.
  const highRun = text.slice(next.index, numeral.end);
  const highMagnitude = numeral.chinese ? (/万亿$/.test(highRun) ? 1e12 : /亿$/.test(highRun) ? 1e8 : /万$/.test(highRun) ? 1e4 : 1) : tail.factor;
  const lowHasMagnitude = /[万亿]/.test(low.surface) || (!low.chinese && /\d[千百]/.test(low.surface));
  const lowFactor = low.unit || lowHasMagnitude ? 1 : highMagnitude;
  return {
    ...low,
    surface: text.slice(low.start, tail.end),
    end: tail.end,
    value: fold(low.value, lowFactor),
    valueMax: fold(numeral.value, tail.factor),
    ...(unit ? { unit } : {}),
  };
}
