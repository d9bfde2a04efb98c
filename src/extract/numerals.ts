// The numeral reader: every numeric expression in a text, Arabic, Chinese,
// financial or mixed, with decimals, fractions, signs and magnitudes folded
// into the value and the unit that follows. Pure and context-free; deciding
// which numbers are figures is figures.ts's job. One pass, each character read
// a bounded number of times, so the cost is linear in the text.
import { APPROXIMATORS, MAGNITUDES, MAGNITUDE_WORDS, NUMERAL_WORDS, QUALIFIERS_AFTER, UNITS, UNIT_SPELLINGS, UNIT_TYPES, byFirstCharacter, matchAt } from './lexicon.js';
import numerals from './lexicon/numerals.json' with { type: 'json' };
import type { Qualifier } from '../types.js';
import { memo } from '../memo.js';

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
  /** A part of a whole without unit: 三分之一, 1/3. */
  fraction?: boolean;
  /** Ids of the reading rules beyond the plain numeral (numeral:decimal, numeral:fraction …). */
  rules?: string[];
}

/**
 * Where the text comes from. In a `report` a numeral next to a letter or before a
 * word is a name or a verb as often as a number (4K, 三打两建, 一一对应), and a wrong
 * value is worse than none; a `general` text is a numeral given on its own
 * (`nianbao numbers`), read as everyday usage writes numbers (40k, 一打, 一一 → 11).
 */
export type ReadingContext = 'report' | 'general';

export interface ScanOptions {
  /** Receives the numerals read as no number, for a reason worth telling. */
  refused?: Refusal[];
  context?: ReadingContext;
}

/** Numerals the reader saw and gives as no number, with the rule that refused them. */
export interface Refusal {
  surface: string;
  start: number;
  end: number;
  rule: 'not-figure:code' | 'not-figure:list-index' | 'not-figure:juxtaposed' | 'not-figure:vague';
}

const DIGITS: Readonly<Record<string, number>> = numerals.digits;
const POSITIONS: Readonly<Record<string, number>> = numerals.positions;
const SECTIONS: Readonly<Record<string, number>> = numerals.sections;
const TENS: Readonly<Record<string, number>> = numerals.tens;
const FINANCIAL = new Set(numerals.financial);
const PARTS_OF: Readonly<Record<string, string>> = numerals.partsOf;
const PART_WORDS = Object.keys(PARTS_OF);
const LONE_UNITS = new Set(numerals.loneUnits);
const CURRENCIES = new Set(numerals.currencyUnits);
const CURRENCY_UNIT = numerals.currencyUnits[0]!;
const HALF_AFTER = new Set(numerals.halfAfter);
const HALF_OF: Readonly<Record<string, number>> = numerals.halfOf;
const HALF_UNITS = Object.keys(HALF_OF).sort((a, b) => b.length - a.length);
const TIMES_OF_TYPES = new Set<string>(numerals.timesOfTypes);
const TENTHS_AFTER = new Set(numerals.tenthsAfter);
const DISCOUNT = numerals.discount;
const CURRENCY_PARTS = Object.entries(numerals.currencyParts);
const QUALIFIER_AFTER_WORDS = Object.keys(QUALIFIERS_AFTER);
/** Rates among the units (微克/立方米) as [measure, base, unit], for the base written first: 每立方米20微克. */
const RATES = Object.keys(UNIT_TYPES)
  .filter((unit) => unit.includes('/'))
  .map((unit) => [...unit.split('/'), unit] as [string, string, string]);
const NEEDS_UNIT = new Set(numerals.needsUnit);
const UNITS_AFTER_MAGNITUDE: Readonly<Record<string, string>> = numerals.unitsAfterMagnitude.spellings;
const unitAfterMagnitudeAt = byFirstCharacter(Object.keys(UNITS_AFTER_MAGNITUDE));
const NEGATIVE_BEFORE = [...numerals.negativeBefore].sort((a, b) => b.length - a.length);
const ZERO = numerals.zeroByNegation;
const ZERO_BEFORE = new RegExp(`(?:${ZERO.negations.join('|')})(?:${ZERO.verbs.join('|')})过?$`);
/** Chinese characters that are numerals in both everyday and financial writing. */
const SHARED = new Set(['零', '〇', '万', '亿', '萬', '億', '兩']);
const NUMERAL_CHARS = new Set([DIGITS, POSITIONS, SECTIONS, TENS].flatMap((kind) => Object.keys(kind)));
export const isNumeralChar = (ch: string) => NUMERAL_CHARS.has(ch);
const isDecimalDigit = (ch: string) => ch in DIGITS && ch !== '两' && ch !== '兩';

const unitAt = byFirstCharacter(UNITS);
const numeralWordAt = byFirstCharacter(NUMERAL_WORDS);

/**
 * Values of each prefix of a Chinese numeral: `values[k]` reads the first k+1
 * characters; the list stops at the first character that cannot continue a numeral
 * (十四五 stops at 五). `abbreviated[k]` says the reading of that prefix took a digit
 * for the tenths of the position before it (一万五 → 15 000).
 */
interface Prefixes {
  values: number[];
  abbreviated: boolean[];
}

/** A positional numeral read so far, one character at a time. */
interface Reading {
  /** Characters read. */
  read: number;
  /** An abbreviation closed into a section (一千五万). */
  folded: boolean;
  /** 亿 and above, closed. */
  total: number;
  /** The 万 part, closed. */
  upper: number;
  /** Below 万. */
  section: number;
  digit: number | null;
  lastPosition: number;
  previous: 'digit' | 'zero' | 'position' | 'section' | null;
  previousMultiplier: number;
  seenWan: boolean;
  seenYi: boolean;
}

/** Reads a digit (一, 〇, 壹); false when it cannot continue the numeral. */
function readDigit(reading: Reading, ch: string): boolean {
  const value = DIGITS[ch]!;
  if (reading.digit !== null) return false; // 十四五: two digits in a row
  if (value === 0) {
    if (reading.previous === null || reading.previous === 'zero') return false;
  } else {
    reading.digit = value;
  }
  reading.previous = value === 0 ? 'zero' : 'digit';
  return true;
}

/** Reads a position below 万 (十, 百, 千) or a tens word (廿, 卅); false when it cannot continue the numeral. */
function readPosition(reading: Reading, ch: string): boolean {
  const position = ch in TENS ? 10 : POSITIONS[ch]!;
  if (position >= reading.lastPosition) return false;
  if (ch in TENS) {
    if (reading.digit !== null) return false;
    reading.section += TENS[ch]!;
  } else {
    // 十 may stand bare (十五, 一千零十, 一万十); 百 and 千 only open a number (千余家).
    const { previous, section } = reading;
    const bare = reading.read === 0 || (position === 10 && (previous === 'zero' || (previous === 'section' && section === 0)));
    if (reading.digit === null && !bare) return false;
    reading.section += (reading.digit ?? 1) * position;
  }
  reading.digit = null;
  reading.lastPosition = position;
  reading.previous = 'position';
  reading.previousMultiplier = position;
  return true;
}

/** Reads a section (万, 亿), which closes what is below it; false when it cannot continue the numeral. */
function readSection(reading: Reading, ch: string, run: string): boolean {
  const multiplier = SECTIONS[ch]!;
  const { digit, previous, previousMultiplier, read } = reading;
  // 一千五万, 两千五亿: a digit after a smaller position is its tenths here too (1 500万, not 1 005万).
  const tenths = digit !== null && previous === 'digit' && lastCharWasMultiplier(read - 1, run) && previousMultiplier >= 100 && previousMultiplier < multiplier;
  if (tenths) reading.folded = true;
  const part = reading.section + (digit === null ? 0 : tenths ? (digit * previousMultiplier) / 10 : digit);
  // 四万万: 万 right after a number's 万 squares it into 亿 (万万 alone is "by no means").
  const squared = multiplier === 1e4 && previous === 'section' && previousMultiplier === 1e4 && part === 0 && read > 1 && reading.total === 0;
  if (squared) {
    reading.total = reading.upper * 1e4;
    reading.upper = 0;
    reading.seenWan = false;
    reading.seenYi = true;
  } else if (multiplier === 1e4) {
    if (reading.seenWan || (part === 0 && read > 0)) return false; // 万万 alone, 亿万
    reading.upper = (part || 1) * 1e4;
    reading.seenWan = true;
  } else {
    // 万亿 and 亿亿 multiply; a second 亿 otherwise is no numeral.
    const compound = previous === 'section' && part === 0 && read > 0;
    if (reading.seenYi && !compound) return false;
    const below = reading.upper + part;
    if (below === 0 && read > 0 && !compound) return false;
    reading.total = compound ? (reading.total + reading.upper) * 1e8 : (reading.total + (below || 1)) * 1e8;
    reading.upper = 0;
    reading.seenWan = false;
    reading.seenYi = true;
  }
  reading.section = 0;
  reading.digit = null;
  reading.lastPosition = Infinity;
  reading.previous = 'section';
  reading.previousMultiplier = multiplier;
  return true;
}

/** Prefixes of a positional numeral (一百零五, 两千, 一亿二千万, 壹佰贰拾叁万, 廿三). */
function positionalPrefixes(run: string): Prefixes {
  const values: number[] = [];
  const abbreviated: boolean[] = [];
  const reading: Reading = {
    read: 0,
    folded: false,
    total: 0,
    upper: 0,
    section: 0,
    digit: null,
    lastPosition: Infinity,
    previous: null,
    previousMultiplier: 1,
    seenWan: false,
    seenYi: false,
  };
  for (const ch of run) {
    const read = ch in DIGITS ? readDigit(reading, ch) : ch in POSITIONS || ch in TENS ? readPosition(reading, ch) : readSection(reading, ch, run);
    if (!read) break;
    const { digit, previous, previousMultiplier, total, upper, section, folded } = reading;
    // 一万五, 三千五: a digit right after a position of a hundred or more counts in its tenths.
    const tenths = previous === 'digit' && lastCharWasMultiplier(reading.read, run) && previousMultiplier >= 100;
    values.push(total + upper + section + (digit === null ? 0 : tenths ? (digit * previousMultiplier) / 10 : digit));
    abbreviated.push(folded || (digit !== null && tenths));
    reading.read++;
  }
  return { values, abbreviated };
}

/** True when the character before the k-th is a position or section (not 零). */
function lastCharWasMultiplier(k: number, run: string): boolean {
  const before = run[k - 1] ?? '';
  return before in POSITIONS || before in SECTIONS;
}

/**
 * Value of a Chinese numeral (一百零五, 两千, 一亿二千万, 二〇二一, 壹佰贰拾叁), or null
 * when the characters do not form one (十四五, 一二三).
 */
export function parseChineseNumeral(text: string): number | null {
  const { values } = prefixes(text);
  return values.length === text.length ? values[values.length - 1]! : null;
}

function prefixes(run: string): Prefixes {
  if (run.length === 0) return { values: [], abbreviated: [] };
  let positional = false;
  for (let i = 0; i < run.length && !positional; i++) positional = !(run[i]! in DIGITS);
  if (positional) return positionalPrefixes(run);
  // Digit by digit, as years are written (二〇二一): only with a zero among them, never first (零壹分 is no 1).
  const digitwise = run.length > 1 && /[〇零]/.test(run) && !/[两兩]/.test(run) && DIGITS[run[0]!] !== 0;
  const values: number[] = [];
  let value = 0;
  for (const ch of digitwise ? run : run[0]!) values.push((value = value * 10 + DIGITS[ch]!));
  return { values, abbreviated: values.map(() => false) };
}

const CONTINUATIONS = new Set([numerals.mixedFraction, numerals.decimalPoint, numerals.fraction[0]!]);

/**
 * End of the run of Chinese numeral characters at `at`. Everyday and financial
 * characters mix in one numeral (拾万零五十六, 七十八万五佰零六), but a change of kind
 * ends the run where the new character starts a word (三十陆续, 五支队伍): it continues
 * only into another numeral character, a unit, 又, 点 or 分, or out of Chinese text; in general
 * usage also into a word that counts a group (壹百对).
 */
function runEnd(text: string, at: number, context: ReadingContext = 'report'): number {
  let financial: boolean | null = null;
  let end = at;
  while (end < text.length && isNumeralChar(text[end]!)) {
    const ch = text[end]!;
    if (!SHARED.has(ch)) {
      const kind = FINANCIAL.has(ch);
      const next = text[end + 1] ?? '';
      const group = context === 'general' && GROUPS.some(({ word }) => text.startsWith(word, end + 1));
      const continues = isNumeralChar(next) || !CJK.test(next) || CONTINUATIONS.has(next) || unitAt(text, end + 1) !== null || group;
      if (financial !== null && financial !== kind && !continues) break;
      financial = kind;
    }
    end++;
  }
  return end;
}

/** Products already rounded: reading them again costs a string each time (toPrecision), and reports repeat their values. */
const rounded = memo((product: number) => Number.parseFloat(product.toPrecision(15)));

/** `value * factor` rounded to 15 significant digits, so that 0.1 × 3 reads 0.3. */
function fold(value: number, factor: number): number {
  const product = value * factor;
  // A whole number under 10¹⁵ has no digit to round (+ 0 makes -0 0, as toPrecision writes it).
  if (Number.isInteger(product) && Math.abs(product) < 1e15) return product + 0;
  return rounded(product);
}

interface Numeral {
  value: number;
  end: number;
  chinese: boolean;
  /** The magnitude written at its end (万, 亿), for the low end of a range. */
  magnitude: number;
  rules: string[];
}

// ， is also the clause comma: as a thousands separator it joins one group only,
// never inside a list (分别为120，150，180家 is three numbers).
// 2e5, 1.2E+10: an exponent only when no letter or digit follows it (2e5x is a code).
// .5: a decimal may drop its leading zero.
const ARABIC = /(?:\d{1,3}(?:,\d{3})+(?!\d)|(?<!\d[，,])\d{1,3}，\d{3}(?![\d，,])|\d+|(?=\.\d))(?:\.\d+)?(?:[eE][-+]?\d+(?![\dA-Za-z.]))?/y;
const LATIN = /[A-Za-z_]/;
const LIST_BEFORE = new RegExp(`(?:${numerals.listCues.join('|')})[^。；，,]*$`);
const LATIN_UNITS = /^(?:km|kW|GW|MW|TEU)/;
const GENERAL = numerals.general;
const LATIN_MAGNITUDES: Readonly<Record<string, number>> = GENERAL.latinMagnitudes;
const GROUPS = GENERAL.groups;
const ORDINAL = numerals.ordinal;
const LATIN_MAGNITUDE = new RegExp(` ?([${Object.keys(LATIN_MAGNITUDES).join('')}])(?![A-Za-z])`, 'y');
const MAGNITUDE_AT_END: Array<[string, number]> = [['万亿', 1e12], ['萬億', 1e12], ['亿', 1e8], ['億', 1e8], ['万', 1e4], ['萬', 1e4]];

const POWER = /^\^([-+]*)(\d{1,3})(?![\d.])/;

/** An Arabic number at `at`, or null (next to Latin letters it is a model name: PM2.5, C919). */
function readArabic(text: string, at: number, context: ReadingContext): Numeral | null {
  ARABIC.lastIndex = at;
  const match = ARABIC.exec(text);
  if (!match) return null;
  // 分别为100，200个: after a word that announces a list the comma separates its items.
  const raw = match[0].includes('，') && LIST_BEFORE.test(text.slice(Math.max(0, at - 12), at)) ? match[0].slice(0, match[0].indexOf('，')) : match[0];
  // 2^5, 2.5^-1: a power, the signs before its exponent multiplied.
  const power = text[at + raw.length] === '^' ? POWER.exec(text.slice(at + raw.length, at + raw.length + 16)) : null;
  let end = at + raw.length + (power?.[0].length ?? 0);
  // 40k, -2.5 M, 12k个百分点: in general usage a letter after the digits may be their thousands or
  // millions, where the words end or a unit follows (5G网络, 4K视频, 5G-A, 6G、量子科技 are names).
  LATIN_MAGNITUDE.lastIndex = end;
  const latin = context === 'general' ? LATIN_MAGNITUDE.exec(text) : null;
  const closed = latin && (end + latin[0].length === text.length || unitAt(text, end + latin[0].length));
  if (latin && closed) end += latin[0].length;
  const before = text[at - 1] ?? '';
  const after = text[end] ?? '';
  if (LATIN.test(before) || (LATIN.test(after) && !LATIN_UNITS.test(text.slice(end, end + 3)))) return null;
  if (before === '.' || before === '+' || after === '+') return null;
  // COVID-19, e-1: digits after a letter and a dash belong to the name.
  if (before === '-' && LATIN.test(text[at - 2] ?? '')) return null;
  const base = Number(/[,，]/.test(raw) ? raw.replace(/[,，]/g, '') : raw);
  const powered = power ? fold(base ** ((power[1]!.split('-').length % 2 === 0 ? -1 : 1) * Number(power[2])), 1) : base;
  const value = latin && closed ? fold(powered, LATIN_MAGNITUDES[latin[1]!]!) : powered;
  // A run of digits too long for a quantity is a code or an identifier.
  if (!Number.isFinite(value) || raw.length > 24) return null;
  const rules: string[] = [];
  if (raw.includes('，')) rules.push('numeral:full-width-separator');
  if (/[eE]/.test(raw)) rules.push('numeral:scientific');
  if (power) rules.push('numeral:power');
  if (latin && closed) rules.push('numeral:latin-magnitude');
  return { value, end, chinese: false, magnitude: 1, rules };
}

/**
 * A Chinese numeral at `at`, with its decimal part (九十五点五); a run ending in
 * the start of a unit (六百分点) gives way to the unit.
 */
function readChinese(text: string, at: number, runStop: number, context: ReadingContext): Numeral | null {
  // 千米, 百分点: a unit that opens with a numeral character is a unit, not a number.
  if (unitAt(text, at)) return null;
  const { values, abbreviated } = prefixes(text.slice(at, runStop));
  let financial = false;
  for (let i = at; i < runStop && !financial; i++) financial = FINANCIAL.has(text[i]!);
  const rules = financial ? ['numeral:financial'] : [];
  let end = -1;
  if (values.length === runStop - at) end = runStop;
  // 六百分点: the run's last characters may open a unit; a shorter reading then wins.
  if (!unitAt(text, runStop)) {
    for (let stop = runStop - 1; stop > at && stop >= runStop - 5; stop--) {
      if (values.length >= stop - at && unitAt(text, stop)) {
        end = stop;
        break;
      }
    }
  }
  // 拾柒百分之: a run that reads as no numeral gives way to a part word at its end (五百分之一 reads whole).
  if (end === -1 && runStop - 1 > at && values.length >= runStop - 1 - at && matchAt(text, runStop - 1, PART_WORDS)) end = runStop - 1;
  // 三八折, 九五折: two digits before 折 are its units and tenths.
  const [units, tenths] = [text[at]!, text[at + 1] ?? ''];
  if (end === -1 && runStop - at === 2 && text[runStop] === DISCOUNT && isDecimalDigit(units) && isDecimalDigit(tenths) && DIGITS[units]! > 0) {
    return { value: DIGITS[units]! + DIGITS[tenths]! / 10, end: runStop, chinese: true, magnitude: 1, rules: [...rules, 'numeral:discount'] };
  }
  if (end === -1) return null;
  let value = values[end - at - 1]!;
  if (abbreviated[end - at - 1]) rules.push('numeral:abbreviated');
  const run = text.slice(at, end);
  let magnitude = MAGNITUDE_AT_END.find(([word]) => run.endsWith(word))?.[1] ?? 1;
  // 零点五, 九十五点五, 三点五万亿: digits after 点 are a decimal part, unless 点 tells the time.
  if (end === runStop && text[end] === numerals.decimalPoint) {
    let stop = end + 1;
    while (stop < text.length && isDecimalDigit(text[stop]!)) stop++;
    // 两百点两: in general usage 两 right after 点 may open the decimals where the words end (一点两面
    // in a report is none; in 一点二两 两 is the weight).
    let spoken = stop;
    while (context === 'general' && stop === end + 1 && (DIGITS[text[spoken] ?? ''] ?? 0) > 0) spoken++;
    if (spoken > stop && standsAlone(text, spoken)) {
      stop = spoken;
      rules.push('numeral:spoken-decimal');
    }
    const next = text[stop] ?? '';
    const timeOfDay = matchAt(text, stop, numerals.notDecimalAfter) !== null && !text.startsWith(numerals.fraction, stop);
    if (stop > end + 1 && !(next in POSITIONS || next in TENS) && !timeOfDay) {
      const digits = [...text.slice(end + 1, stop)].map((ch) => DIGITS[ch]).join('');
      // 三点五万: a magnitude after the decimal scales it; 一万点五 has had its own.
      const big = magnitude === 1 ? MAGNITUDE_AT_END.find(([word]) => text.startsWith(word, stop)) : undefined;
      value = fold(Number(`${value}.${digits}`), big ? big[1] : 1);
      if (big) magnitude = big[1];
      end = stop + (big ? big[0].length : 0);
      rules.push('numeral:decimal');
    } else if (context === 'general' && stop === text.length) {
      // 零点, 一点: a point ending the words given has no decimals to read.
      end = stop;
      rules.push('numeral:bare-point');
    }
  }
  return { value, end, chinese: true, magnitude, rules };
}

function readNumeral(text: string, at: number, context: ReadingContext): Numeral | null {
  if (/^\.?\d/.test(text.slice(at, at + 2))) return readArabic(text, at, context);
  // 百分之点五: after a part word a point with no whole part is a decimal, in a report too (not 5).
  if (text[at] === numerals.decimalPoint) return leadingPoint(text, at);
  if (!isNumeralChar(text[at] ?? '')) return null;
  const numeral = readChinese(text, at, runEnd(text, at, context), context);
  return numeral && withTrillions(text, numeral, context);
}

/**
 * 五兆六十二亿四万五千二: 兆 before a numeral that reaches 亿 can only be 10¹², the
 * next magnitude up; before anything else it stays a word or a unit of its own (5兆瓦).
 */
function withTrillions(text: string, numeral: Numeral, context: ReadingContext): Numeral {
  if (text[numeral.end] !== numerals.trillion || !Number.isInteger(numeral.value) || numeral.value >= 1e4) return numeral;
  // 五兆零六十二亿: a 零 may stand for the magnitudes skipped.
  const from = numeral.end + (DIGITS[text[numeral.end + 1] ?? ''] === 0 ? 2 : 1);
  const rest = isNumeralChar(text[from] ?? '') ? readChinese(text, from, runEnd(text, from, context), context) : null;
  if (!rest || rest.value < 1e8 || rest.value >= 1e12) return numeral;
  const rules = [...numeral.rules, ...rest.rules.filter((rule) => !numeral.rules.includes(rule)), 'numeral:trillion'];
  return { value: numeral.value * 1e12 + rest.value, end: rest.end, chinese: true, magnitude: rest.magnitude, rules };
}

interface Tail {
  end: number;
  factor: number;
  unit?: string;
  approximate?: Qualifier;
  /** numeral:unit-after-magnitude when the unit is one written only after 万 or 亿 (38.8亿方). */
  rule?: string;
}

const APPROXIMATOR_WORDS = Object.keys(APPROXIMATORS);

/** Magnitude, 余/多 and unit after a numeral, in the orders reports use them. */
function readTail(text: string, at: number, chinese: boolean): Tail {
  let factor = 1;
  let word = matchAt(text, at, APPROXIMATOR_WORDS);
  let approximate: Qualifier | undefined = word ? APPROXIMATORS[word] : undefined;
  let end = at + (word?.length ?? 0);
  if (chinese && approximate) {
    // 十余万, 一千多万: a magnitude after 余/多 multiplies the numeral before it.
    const section = MAGNITUDE_AT_END.find(([word]) => text.startsWith(word, end));
    if (section) {
      factor = section[1];
      end += section[0].length;
    }
  } else if (!chinese) {
    const unitHere = unitAt(text, end);
    const magnitude = matchAt(text, end, MAGNITUDE_WORDS);
    if (magnitude && !(unitHere && unitHere.length > magnitude.length)) {
      factor = MAGNITUDES[magnitude]!;
      end += magnitude.length;
      if (!approximate && (word = matchAt(text, end, APPROXIMATOR_WORDS))) {
        approximate = APPROXIMATORS[word];
        end += word.length;
      }
      // 3万多亿元: a second magnitude after 多 multiplies the first.
      const second = matchAt(text, end, ['亿', '万']);
      if (second && approximate) {
        factor *= MAGNITUDES[second]!;
        end += second.length;
      }
    }
  }
  // 6.5 %: PDF extraction may part a sign of percent from its number.
  const spaced = text[end] === ' ' ? (/^ +/.exec(text.slice(end, end + 4))?.[0].length ?? 0) : 0;
  if (spaced > 0 && numerals.unitsAfterSpace.includes(text[end + spaced] ?? '')) end += spaced;
  const spelled = unitAt(text, end);
  if (spelled) end += spelled.length;
  else if (approximate && end > at && factor === 1) {
    // 多 and 余 only approximate when a unit or magnitude follows: 一年多 is not.
    end -= 1;
    approximate = undefined;
  }
  if (!spelled) return afterMagnitude(text, end, factor, approximate);
  return { end, factor, unit: UNIT_SPELLINGS[spelled] ?? spelled, approximate };
}

/**
 * 38.8亿方, 千亿方: a unit written only right after 万 or 亿 (lexicon unitsAfterMagnitude); after a bare numeral (八方, 第三方) none.
 * The tail is made here whole: spreading a part into it was the reader's costliest line.
 */
function afterMagnitude(text: string, at: number, factor: number, approximate: Qualifier | undefined): Tail {
  const short = SECTIONS[text[at - 1] ?? ''] ? unitAfterMagnitudeAt(text, at) : null;
  if (!short) return { end: at, factor, approximate };
  return { end: at + short.length, unit: UNITS_AFTER_MAGNITUDE[short], rule: 'numeral:unit-after-magnitude', factor, approximate };
}

/** A number without range: a numeral with its tail, a part of a whole (百分之五, 三分之一), a sign. */
interface Core {
  start: number;
  end: number;
  value: number;
  unit?: string;
  approximate?: Qualifier;
  chinese: boolean;
  fraction?: boolean;
  magnitude: number;
  rules: string[];
  /** A lone character that may be part of a word (一切, 三亚): kept only in a range or standing alone. */
  lone: boolean;
}

function readPartOf(text: string, at: number, context: ReadingContext): Core | null {
  const word = matchAt(text, at, PART_WORDS);
  if (!word) return null;
  // 百分之负三: the sign may follow the part word.
  const sign = matchAt(text, at + word.length, numerals.signsAfterPart);
  const numeral = readNumeral(text, at + word.length + (sign?.length ?? 0), context);
  if (!numeral) return null;
  const rules = [...numeral.rules, 'numeral:part-of', ...(sign ? ['numeral:sign'] : [])];
  return { start: at, end: numeral.end, value: sign ? -numeral.value : numeral.value, unit: PARTS_OF[word], chinese: numeral.chinese, magnitude: 1, rules, lone: false };
}

const SLASH_FRACTION = /^[/／](\d{1,3})(?![\d/／.])/;

/** 三分之一, 五分之二, 3分之1: the numeral after 分之 over the one read at `at`, or null. */
function fractionOver(text: string, at: number, under: Numeral, context: ReadingContext): Core | null {
  if (!text.startsWith(numerals.fraction, under.end) || under.value <= 0) return null;
  // 3分之负157: the numerator may carry a sign, as after 百分之.
  const sign = matchAt(text, under.end + numerals.fraction.length, numerals.signsAfterPart);
  const over = readNumeral(text, under.end + numerals.fraction.length + (sign?.length ?? 0), context);
  if (!over) return null;
  const rules = [...under.rules, 'numeral:fraction', ...(sign ? ['numeral:sign'] : [])];
  return { start: at, end: over.end, value: (sign ? -over.value : over.value) / under.value, chinese: under.chinese, fraction: true, magnitude: 1, rules, lone: false };
}

/** 1/3: a slash between two short whole numbers, not a date (2023/1/5) nor a rate (元/人). */
function slashFraction(text: string, at: number, numeral: Numeral): Core | null {
  if (numeral.chinese || !Number.isInteger(numeral.value) || numeral.end - at > 3 || /[/／]/.test(text[at - 1] ?? '')) return null;
  const slash = SLASH_FRACTION.exec(text.slice(numeral.end, numeral.end + 6));
  if (!slash || Number(slash[1]) <= 0) return null;
  return { start: at, end: numeral.end + slash[0].length, value: numeral.value / Number(slash[1]), chinese: false, fraction: true, magnitude: 1, rules: ['numeral:fraction'], lone: false };
}

/**
 * 三百五十又三分之一, 3又一千分之23: a whole number and a fraction; in general usage
 * also a whole number, a space and a slash fraction (1 4/3), which in a report are two numbers.
 */
function mixedFraction(text: string, at: number, whole: Numeral, context: ReadingContext): Core | null {
  let part: Core | null = null;
  if (text[whole.end] === numerals.mixedFraction) {
    const under = readNumeral(text, whole.end + 1, context);
    part = under && fractionOver(text, whole.end + 1, under, context);
  } else if (context === 'general' && !whole.chinese && Number.isInteger(whole.value) && text[whole.end] === ' ') {
    const from = whole.end + 1;
    const over = /\d/.test(text[from] ?? '') ? readArabic(text, from, context) : null;
    part = over && slashFraction(text, from, over);
  }
  if (!part) return null;
  return { ...part, start: at, value: whole.value + part.value, chinese: whole.chinese, rules: [...whole.rules, ...part.rules, 'numeral:mixed-fraction'] };
}

/** 人民币壹角, 5角: in general usage 角 after a financial or Arabic digit is a tenth of 元 with no 元 written. */
function readTenthsAlone(text: string, at: number): Core | null {
  const ch = text[at] ?? '';
  const arabic = /\d/.test(ch);
  if (text[at + 1] !== CURRENCY_PARTS[0]![0] || !(arabic || FINANCIAL.has(ch))) return null;
  const parts = currencyParts(text, at);
  return parts && { start: at, end: parts.end, value: fold(parts.value, 1), unit: CURRENCY_UNIT, chinese: !arabic, magnitude: 1, rules: ['numeral:currency-parts'], lone: false };
}

/**
 * 一打, 五十打, 一对, 三双: in general usage a word that counts a group (打 a dozen, 双 and 对 a pair)
 * after a numeral counts its members where no word goes on, a pair only in a text that is the count
 * alone; before a word it is a verb or the measure of what follows as often (三打白骨精, 一对一帮扶,
 * 三双鞋), in a sentence pairs are what is counted (国际友城达137对), and 第一对 is the first pair:
 * those stay the numeral written.
 */
function groupAt(text: string, numeralAt: number, at: number, context: ReadingContext): (typeof GROUPS)[number] | undefined {
  if (context !== 'general' || text[numeralAt - 1] === ORDINAL) return undefined;
  const group = GROUPS.find(({ word }) => text.startsWith(word, at));
  const end = at + (group?.word.length ?? 0);
  const alone = group?.wholeText ? numeralAt === 0 && /^[\p{P}\s]*$/u.test(text.slice(end)) : true;
  return group && alone && standsAlone(text, end) ? group : undefined;
}

function readCore(text: string, at: number, context: ReadingContext): Core | null {
  const partOf = readPartOf(text, at, context);
  if (partOf) return partOf;
  const tenths = context === 'general' ? readTenthsAlone(text, at) : null;
  if (tenths) return tenths;
  // 百分之 with no numeral it can read (百分之15K, 百分之点) is no 100.
  if (matchAt(text, at, PART_WORDS)) return null;
  const numeral = readNumeral(text, at, context);
  if (!numeral) return null;
  // 四百分之16ooo: a denominator whose numerator cannot be read is no number either.
  if (text.startsWith(numerals.fraction, numeral.end)) return fractionOver(text, at, numeral, context);
  const mixed = mixedFraction(text, at, numeral, context);
  if (mixed) return mixed;
  const slash = slashFraction(text, at, numeral);
  if (slash) return slash;
  return withWordsAfter(text, at, context, numeral);
}

/** 1万6千多户, 1亿3千多万, 5万4千6百: the tail after a numeral, each smaller part after a magnitude added to it. */
function withSmallerParts(text: string, numeral: Numeral): { tail: Tail; value: number } {
  let tail = readTail(text, numeral.end, numeral.chinese);
  let value = fold(numeral.value, tail.factor);
  for (let first = true; !tail.unit && !tail.approximate && tail.factor >= (first ? 1e4 : 100); first = false) {
    const smaller = /^\d+(?=[千百万])/.exec(text.slice(tail.end, tail.end + 8));
    if (!smaller) break;
    const rest = readTail(text, tail.end + smaller[0].length, false);
    if (rest.factor >= tail.factor) break;
    value += fold(Number(smaller[0]), rest.factor);
    tail = rest;
  }
  return { tail, value };
}

/** A numeral read on: its tail, then the words after its unit that count, halve or add to it. */
function withWordsAfter(text: string, at: number, context: ReadingContext, numeral: Numeral): Core | null {
  const { tail, value: read } = withSmallerParts(text, numeral);
  let value = read;
  const rules = tail.rule ? [...numeral.rules, tail.rule] : [...numeral.rules];
  let end = tail.end;
  let unit = tail.unit;
  const group = unit || tail.approximate ? undefined : groupAt(text, at, end, context);
  if (group) {
    value = fold(value, group.value);
    end += group.word.length;
    rules.push(group.rule);
  }
  // 两成半, 一倍半, 三个半月: half a unit more.
  if (HALF_AFTER.has(unit ?? '') && text[end] === numerals.half) {
    value += 0.5;
    end++;
    rules.push('numeral:half');
  }
  // 91艘次, 832万辆次, 1.19亿亩次: 次 after a unit of things counts occasions of them (numeral:unit-times).
  if (unit && TIMES_OF_TYPES.has(UNIT_TYPES[unit] ?? '') && text[end] === numerals.timesOf) {
    unit += numerals.timesOf;
    end++;
    rules.push('numeral:unit-times');
  }
  // 八折, 8.5折, 75折: a discount in tenths of the price, only below ten (百折不挠, 一波三折 are none);
  // 折 opening a word (300万折旧, 30亿折合美元) leaves the number as it is.
  if (!unit && !tail.approximate && text[end] === DISCOUNT && !matchAt(text, end, numerals.discountWordsAfter)) {
    if (!numeral.chinese && end - at === 2 && value % 10 !== 0) {
      value /= 10;
      rules.push('numeral:discount');
    }
    if (value <= 0 || value >= 10 || numerals.discountIdioms.some((idiom) => text.startsWith(idiom, end + 1 - idiom.length))) return null;
    unit = DISCOUNT;
    end++;
  }
  // 七成六: a digit right after 成 or 折 is its tenths, when no word goes on from it.
  const tenth = TENTHS_AFTER.has(unit ?? '') && Number.isInteger(value) && value < 10 ? digitAt(text, end) : undefined;
  if (tenth && standsAlone(text, end + 1)) {
    value = fold(value + tenth / 10, 1);
    end++;
    rules.push('numeral:tenths');
  }
  // 壹元壹角壹分, 10元零5分: 角 and 分 after 元 are its tenths and hundredths.
  const cents = CURRENCIES.has(unit ?? '') ? currencyParts(text, end) : null;
  if (cents) {
    value = fold(value + cents.value, 1);
    end = cents.end;
    rules.push('numeral:currency-parts');
  }
  // 一元五角 is an amount, where 一元 alone may be a word.
  const lone = numeral.chinese && numeral.end - at === 1 && !cents && !group;
  // 三至五打: the group counts the low end too, as a magnitude does.
  const magnitude = (numeral.chinese ? numeral.magnitude : tail.factor) * (group?.value ?? 1);
  return { start: at, end, value, unit: unit || undefined, approximate: tail.approximate || undefined, chinese: numeral.chinese, magnitude, rules, lone };
}

/** A single digit at `at`, Chinese or Arabic, that no other digit follows. */
function digitAt(text: string, at: number): number | undefined {
  const ch = text[at] ?? '';
  if (isDecimalDigit(ch)) return DIGITS[ch];
  return /\d/.test(ch) && !/[\d.]/.test(text[at + 1] ?? '') ? Number(ch) : undefined;
}

/** True when no word goes on at `at`: the text ends, leaves Chinese, or goes on with 的 or 以上, 左右. */
function standsAlone(text: string, at: number): boolean {
  const next = text[at] ?? '';
  return (!CJK.test(next) && !/\d/.test(next)) || next === '的' || matchAt(text, at, QUALIFIER_AFTER_WORDS) !== null;
}

/** 角 and 分 after 元 (壹角, 零壹分, 5角) where no word goes on: their worth in 元, or null. */
function currencyParts(text: string, at: number): { value: number; end: number } | null {
  let [value, end] = [0, at];
  for (const [part, worth] of CURRENCY_PARTS) {
    // 零壹分: a 零 may stand for the part skipped; 零分 is a part of none.
    const i = DIGITS[text[end] ?? ''] === 0 && text[end + 1] !== part ? end + 1 : end;
    const digit = digitAt(text, i);
    // 5分钟, 3分之1: 分 opening a longer word is no part of 元.
    const word = matchAt(text, i + 1, [numerals.fraction, ...numerals.notDecimalAfter]);
    if (digit === undefined || text[i + 1] !== part || (word !== null && word !== part)) continue;
    value += digit * worth;
    end = i + 2;
  }
  // 1亿元三角债: a part word opening a word is none.
  const closed = standsAlone(text, end) || matchAt(text, end, numerals.afterCurrencyParts) !== null;
  return end > at && closed ? { value, end } : null;
}

const RANGE_DASH = /^[-－—–~～至到]/;
const SIGN = /^[-−]/;
/** Before a minus sign: what ends a number or a date, where the dash joins a range instead. */
const NOT_BEFORE_SIGN = /[\d%％‰A-Za-z年月日号.]/;

const START_CHARACTERS = `\\d\\-−.${numerals.half}${[...NUMERAL_CHARS].join('')}`;
/** A character that may start a number: a digit, a sign, a point (.5), 半, a Chinese numeral character; in general usage 点 (点五) and 对 (打对折). */
const NUMBER_START: Readonly<Record<ReadingContext, RegExp>> = {
  report: new RegExp(`[${START_CHARACTERS}]`),
  general: new RegExp(`[${START_CHARACTERS}${numerals.decimalPoint}${GENERAL.halfPrice.word[0]}]`),
};
/** NUMBER_START by character code, 1 where a number may start: the jump to the next start makes no match object for each. */
const STARTS_BY_CODE: Readonly<Record<ReadingContext, Uint8Array>> = {
  report: new Uint8Array(0x10000).map((_, code) => (NUMBER_START.report.test(String.fromCharCode(code)) ? 1 : 0)),
  general: new Uint8Array(0x10000).map((_, code) => (NUMBER_START.general.test(String.fromCharCode(code)) ? 1 : 0)),
};

/**
 * Every numeric expression in `text`, left to right, not overlapping. Numerals
 * that read as no number for a reason worth telling go into `refused`.
 */
export function scanNumbers(original: string, { refused, context = 'report' }: ScanOptions = {}): NumberMatch[] {
  const text = foldCharacters(original);
  const digitwise = context === 'general' ? readDigitwise(text, original) : null;
  if (digitwise) return [digitwise];
  const found: NumberMatch[] = [];
  const starts = STARTS_BY_CODE[context];
  let at = 0;
  let lastEnd = -1;
  while (at < text.length) {
    // Most characters start no number: jump to the next that may.
    while (at < text.length && starts[text.charCodeAt(at)] === 0) at++;
    if (at === text.length) break;
    const ch = text[at]!;
    const before = text[at - 1] ?? '';
    if (ch === numerals.half) {
      const half = readHalf(text, original, at);
      if (half) found.push(half);
      at = half ? (lastEnd = half.end) : at + 1;
      continue;
    }
    if (ch === numerals.decimalPoint || ch === GENERAL.halfPrice.word[0]) {
      const word = ch === numerals.decimalPoint ? readLeadingPoint(text, original, at) : readHalfPrice(text, original, at);
      if (word) found.push(word);
      at = word ? (lastEnd = word.end) : at + 1;
      continue;
    }
    const signed = SIGN.test(ch) && /^\.?\d/.test(text.slice(at + 1, at + 3)) && at !== lastEnd && !NOT_BEFORE_SIGN.test(before) && !isNumeralChar(before);
    // .5 after no digit, letter or point (1.2.5 and v.5 are no .5).
    const pointed = ch === '.' && /\d/.test(text[at + 1] ?? '') && !/[\dA-Za-z.]/.test(before);
    // C919万, o3.1千万: a Chinese numeral right after digits that were not read is their magnitude, no number.
    if ((!signed && !pointed && !/\d/.test(ch) && !isNumeralChar(ch)) || (isNumeralChar(ch) && /\d/.test(before) && at !== lastEnd)) {
      at++;
      continue;
    }
    // 几十个, 几百万人: how many tens or millions is not said, and 十个 or 百万人 would be a wrong value.
    if (before === numerals.vagueBefore && isNumeralChar(ch) && !numeralWordAt(text, at)) {
      const end = runEnd(text, at);
      refused?.push({ surface: original.slice(at - 1, end), start: at - 1, end, rule: 'not-figure:vague' });
      at = end;
      continue;
    }
    const from = signed ? at + 1 : at;
    const number = readNumber(text, original, from, signed, context);
    if (number) {
      found.push(number);
      at = lastEnd = number.end;
    } else {
      const refusal = refused ? refusalAt(text, original, from) : null;
      if (refusal) refused!.push(refusal);
      at = Math.max(skipRun(text, from), refusal?.end ?? 0);
    }
  }
  return withPointsShared(found, text);
}

/** Only a joining word between two numbers of a list (lexicon listJoiners): 12.7个、12个百分点, 98.5%和99%. */
export const NUMBERS_JOINED = new RegExp(`^(?:${numerals.listJoiners.join('|')})$`);

/** The unit a surface cuts short (个) and the one it stands for (个百分点) when the number after it says so. */
export const POINTS_CUT_SHORT: Readonly<{ unit: string; of: string }> = numerals.pointsCutShort;
export const SHARED_UNIT_RULE = 'numeral:shared-unit';

/** Digits alone, no unit or magnitude: 11.1 of 分别提高11.1、11.2个百分点. */
const bare = (number: NumberMatch) => number.unit === undefined && /^\d+(?:\.\d+)?$/.test(number.surface);

/**
 * 分别高于全国12.7个、12个百分点, 分别提高11.1、11.2个百分点: a 个, or digits alone, before a number of 个百分点
 * it is joined to is that unit cut short, not a count or a number of nothing (numeral:shared-unit). Read from
 * the last number back, so a longer list (20.9、36.2、54个百分点) hands the unit on to its first.
 */
function withPointsShared(found: NumberMatch[], text: string): NumberMatch[] {
  const shared = [...found];
  for (let i = shared.length - 2; i >= 0; i--) {
    const [number, next] = [shared[i]!, shared[i + 1]!];
    if (!(number.unit === POINTS_CUT_SHORT.unit || bare(number)) || next.unit !== POINTS_CUT_SHORT.of || !NUMBERS_JOINED.test(text.slice(number.end, next.start))) continue;
    shared[i] = { ...number, unit: next.unit, rules: [...(number.rules ?? []), SHARED_UNIT_RULE] };
  }
  return shared;
}

/**
 * 半成, 半折, 半个百分点, 半百: 半 before a unit it halves or a lone 百 or 千, where no word
 * goes on (过半成员, 半成品).
 */
function readHalf(text: string, original: string, at: number): NumberMatch | null {
  const unit = matchAt(text, at + 1, HALF_UNITS);
  const position = unit ? 0 : (POSITIONS[text[at + 1] ?? ''] ?? 0);
  const value = unit ? HALF_OF[unit]! : position >= 100 && !numeralWordAt(text, at + 1) && !unitAt(text, at + 1) ? position / 2 : null;
  const end = at + 1 + (unit?.length ?? 1);
  if (value === null || !standsAlone(text, end)) return null;
  const half: NumberMatch = { surface: original.slice(at, end), start: at, end, value };
  if (unit) half.unit = unit;
  half.chinese = true;
  half.rules = ['numeral:half'];
  return half;
}

/** 一一, 壹壹壹: in general usage words of digits alone are read digit by digit (十四五 has a position, 两两 is "in pairs"). */
function readDigitwise(text: string, original: string): NumberMatch | null {
  if (text.length < 2 || text.length > 15 || DIGITS[text[0]!] === 0 || ![...text].every(isDecimalDigit)) return null;
  const value = [...text].reduce((sum, ch) => sum * 10 + DIGITS[ch]!, 0);
  return { surface: original, start: 0, end: text.length, value, chinese: true, rules: ['numeral:digitwise'] };
}

/** 点五, 点二八: a decimal that drops its whole part, as .5 does. */
function leadingPoint(text: string, at: number): Numeral | null {
  if (text[at] !== numerals.decimalPoint) return null;
  let end = at + 1;
  while (end < text.length && isDecimalDigit(text[end]!)) end++;
  if (end === at + 1) return null;
  const value = Number(`0.${[...text.slice(at + 1, end)].map((ch) => DIGITS[ch]).join('')}`);
  return { value, end, chinese: true, magnitude: 1, rules: ['numeral:decimal', 'numeral:leading-point'] };
}

/** 点五, 点零 on their own, where no word goes on (点一下 is "click", 重点一项 no decimal). */
function readLeadingPoint(text: string, original: string, at: number): NumberMatch | null {
  if (CJK.test(text[at - 1] ?? '') || /[\dA-Za-z.]/.test(text[at - 1] ?? '')) return null;
  const point = leadingPoint(text, at);
  if (!point || !standsAlone(text, point.end)) return null;
  return { surface: original.slice(at, point.end), start: at, end: point.end, value: point.value, chinese: true, rules: point.rules };
}

/** 打对折: in general usage half the price, 5 折 (对折 alone also means folding in two). */
function readHalfPrice(text: string, original: string, at: number): NumberMatch | null {
  const { after, word, value } = GENERAL.halfPrice;
  if (!text.startsWith(word, at) || !text.endsWith(after, at)) return null;
  const end = at + word.length;
  return { surface: original.slice(at, end), start: at, end, value, unit: DISCOUNT, chinese: true, rules: ['numeral:half-price'] };
}

const DIGIT_RUN = /\d+(?:\.\d+)*/y;

/** Why the numeral at `at`, which reads as no number, is none; null for a word (一切) or a lone 一. */
function refusalAt(text: string, original: string, at: number): Refusal | null {
  const refusal = (end: number, rule: Refusal['rule']): Refusal => ({ surface: original.slice(at, end), start: at, end, rule });
  if (numeralWordAt(text, at)) return null;
  DIGIT_RUN.lastIndex = at;
  const digits = DIGIT_RUN.exec(text);
  if (digits) {
    const end = at + digits[0].length;
    // PM2.5, C919, 5G: a number inside a model name or code.
    return LATIN.test(text[at - 1] ?? '') || LATIN.test(text[end] ?? '') ? refusal(end, 'not-figure:code') : null;
  }
  if (!isNumeralChar(text[at] ?? '')) return null;
  const end = runEnd(text, at);
  // 一是…二是: an item of a list, opening a clause (统一是 is no item).
  if (end === at + 1 && text[end] === '是' && !CJK.test(text[at - 1] ?? '')) return refusal(end, 'not-figure:list-index');
  // 十四五, 三四十, 一二三产业: different digits side by side make a name or a guess, never one number.
  for (let i = at + 1; i < end; i++) {
    const [a, b] = [DIGITS[text[i - 1]!], DIGITS[text[i]!]];
    if (a !== undefined && b !== undefined && a !== b && a > 0 && b > 0) return refusal(end, 'not-figure:juxtaposed');
  }
  return null;
}

/** Past the run of numeral characters at `at`, so a run that reads as nothing is read once. */
function skipRun(text: string, at: number): number {
  const word = numeralWordAt(text, at);
  if (word) return at + word.length;
  if (matchAt(text, at, PART_WORDS) || !isNumeralChar(text[at]!)) {
    let end = at + 1;
    while (end < text.length && /\d/.test(text[end]!)) end++;
    return end;
  }
  // 零百分之五: a run that reads as nothing still leaves a part word inside it to be read.
  const end = runEnd(text, at);
  for (let i = at + 1; i < end; i++) if (matchAt(text, i, PART_WORDS)) return i;
  return end;
}

const VARIANTS: Readonly<Record<string, string>> = numerals.variants;
const FOLDED = new RegExp(`[\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a％．－／${Object.keys(VARIANTS).join('')}]`, 'g');
/** Whether FOLDED holds each character code (tested with a copy of it that is not global, so that no lastIndex is kept). */
const FOLDED_ONE = new RegExp(FOLDED.source);
const FOLDS = new Uint8Array(0x10000).map((_, code) => Number(FOLDED_ONE.test(String.fromCharCode(code))));

/**
 * Full-width digits, letters, ％, ．, －, ／ as their ASCII twins, and traditional
 * numeral characters (點, 負, 個, 萬) as their simplified ones, one for one, keeping every offset.
 */
function foldCharacters(text: string): string {
  // Most sentences hold none: a look at each character code is cheaper than the pattern's replace.
  for (let i = 0; i < text.length; i++) {
    if (FOLDS[text.charCodeAt(i)]) return text.replace(FOLDED, (ch) => VARIANTS[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  }
  return text;
}

/** A Chinese character (CJK unified ideographs and extension A). */
export const CJK = /[\u3400-\u9fff]/;

/** 负 is a sign only where no word ends in it (减负, 税负): after punctuation, a space or a linking verb (为负). */
function negativeBefore(text: string, at: number, signed: boolean): string | null {
  if (signed) return text[at - 1]!;
  const word = NEGATIVE_BEFORE.find((w) => at >= w.length && text.startsWith(w, at - w.length));
  if (!word) return null;
  const before = text[at - word.length - 1] ?? '';
  return !CJK.test(before) || numerals.signAfter.includes(before) || word.length > 1 ? word : null;
}

function readNumber(text: string, original: string, at: number, signed: boolean, context: ReadingContext): NumberMatch | null {
  const core = readCore(text, at, context);
  if (!core) return null;
  const ordinal = text[at - 1] === ORDINAL;
  // The core's rules are its own, made for this reading.
  const rules = core.rules;
  let start = ordinal ? at - 1 : at;
  let value = core.value;
  // 无发生一起, 没有出现一起: a negated single occurrence counts none.
  const zero = core.lone && text[at] === '一' && ZERO.units.includes(core.unit ?? '') ? ZERO_BEFORE.exec(text.slice(Math.max(0, at - 6), at)) : null;
  if (zero) {
    start = at - zero[0].length;
    value = 0;
    rules.push('numeral:zero-by-negation');
  }
  // 下降-2.5%, 负增长2.5%, 负3: the sign is part of the number and of its surface.
  const negative = ordinal || zero ? null : negativeBefore(text, at, signed);
  if (negative) {
    start = at - negative.length;
    value = -value;
    rules.push(negative.length > 1 ? 'numeral:negative-growth' : 'numeral:sign');
  }
  // 每立方米20微克: a rate written base first, where the measure is no unit on its own, reads as the rate.
  const rate = core.unit || ordinal || zero || negative ? undefined : RATES.find(([measure, base]) => text.startsWith(measure, core.end) && text.endsWith(`${numerals.per}${base}`, at));
  if (rate) {
    start = at - numerals.per.length - rate[1].length;
    rules.push('numeral:rate-first');
  }
  const [end, unit] = rate ? [core.end + rate[0].length, rate[2]] : [core.end, core.unit];
  // A numeral inside a word (十分, 万一, 三亚, 千家万户, 一点一滴) is no number.
  const numeralWord = numeralWordAt(text, at);
  if (numeralWord && at + numeralWord.length >= core.end) return null;
  const standalone = start === 0 && end === text.length;
  const character = text[at]!;
  // 成达万高铁, 万达: a lone 万 counts only before a unit (每万人), standing alone too (the name 万, 万物's
  // 万), where 一万 is the number; 破亿, 百强, 近百万 stay numbers.
  const wordlike = core.lone && !unit && !ordinal && NEEDS_UNIT.has(character);
  const loneWord =
    wordlike ||
    (core.lone &&
      !ordinal &&
      !zero &&
      !standalone &&
      // 壹元, 零元: a financial digit or a zero before a currency is an amount (陆续, 队伍, 零件 are words).
      (((/[零〇]/.test(character) || FINANCIAL.has(character)) && !CURRENCIES.has(unit ?? '')) ||
        text[end] === '是' ||
        (/[一两兩]/.test(character) && !LONE_UNITS.has(unit ?? ''))));
  // Each optional field set only when present, in this order (a spread of each made an object per field).
  const result: NumberMatch = { surface: original.slice(start, end), start, end, value };
  if (unit) result.unit = unit;
  if (core.approximate) result.approximate = core.approximate;
  if (ordinal) result.ordinal = ordinal;
  if (core.chinese) result.chinese = true;
  if (core.fraction) result.fraction = true;
  if (rules.length > 0) result.rules = rules;
  if (ordinal || zero || core.fraction) return result;
  // 两至三万人: a lone numeral may still open a range.
  return readRange(text, original, result, core, context) ?? (loneWord ? null : result);
}

/** 1至2名, 6%－6.5%, 3-5个, 六至七成, 百分之五至百分之六: a second number after a dash or 至 makes a range. */
function readRange(text: string, original: string, low: NumberMatch, lowCore: Core, context: ReadingContext): NumberMatch | null {
  if (!RANGE_DASH.test(text[low.end] ?? '')) return null;
  const high = readCore(text, low.end + 1, context);
  if (!high || high.chinese !== lowCore.chinese || high.fraction) return null;
  if (low.unit && high.unit && low.unit !== high.unit) return null;
  const unit = high.unit ?? low.unit;
  // 三至五万人, 1至2万人: the high end's magnitude is the low end's too, unless it has its own.
  const lowFactor = low.unit || lowCore.magnitude > 1 ? 1 : high.magnitude;
  const shared = lowFactor > 1 ? ['numeral:shared-magnitude'] : [];
  return {
    ...low,
    surface: original.slice(low.start, high.end),
    end: high.end,
    value: fold(low.value, lowFactor),
    valueMax: high.value,
    ...(unit ? { unit } : {}),
    rules: [...new Set([...(low.rules ?? []), ...high.rules, 'numeral:range', ...shared])],
  };
}
