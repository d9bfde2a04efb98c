// Turns decoded text from any format into one canonical form: one paragraph
// per line, half-width digits and Latin letters, no page furniture.
import { alternation } from '../extract/lexicon.js';
import breaks from './lexicon/breaks.json' with { type: 'json' };
import { identity, MappedBuilder, rewrite, type MappedText } from './mapped.js';

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u2014\\u2018-\\u201d\\u2026';

/** Full-width ASCII that should read as ASCII: digits, letters, ％ and ．. */
function foldWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  const isDigitOrLetter =
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a);
  if (isDigitOrLetter || ch === '％' || ch === '．') return String.fromCharCode(code - 0xfee0);
  return ch;
}

function cleanCharacters(source: MappedText): MappedText {
  return rewrite(
    source,
    /\r\n?|\f|[\u200b-\u200d\u2060\ufeff\u00ad]|[\u00a0\u3000\t\v]|[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a％．]/g,
    ([ch]) => {
      if (ch === '\r\n' || ch === '\r' || ch === '\f') return '\n';
      if (/[\u00a0\u3000\t\v]/.test(ch!)) return ' ';
      if (/[\u200b-\u200d\u2060\ufeff\u00ad]/.test(ch!)) return '';
      return foldWidth(ch!);
    },
  );
}

const PAGE_NUMBER = [
  /^[-—–－~～_\s]*\d{1,4}[-—–－~～_\s]*$/,
  /^第\s*\d{1,4}\s*页(\s*[,，]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
];

/** Lines that start a new paragraph even when the line before looks wrapped. */
const PARAGRAPH_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、](?!\d)|——|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|各位代表)/;

/** What can follow a number in the same expression: a magnitude, 多/余, %, a common unit (lexicon/breaks.json). */
const NUMBER_CONTINUES = new RegExp(`^(?:${alternation(breaks.continuations)})`);

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    lines.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start += part.length + 1;
  }
  return lines;
}

/** Short lines repeated on many pages are running headers or footers. */
function runningHeaders(lines: Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.text.length > 0 && line.text.length <= 40) {
      counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([text]) => text));
}

/**
 * The length of a full line when the text was hard-wrapped (PDF), or null when
 * lines are paragraphs already.
 */
export function wrapWidth(lengths: number[]): number | null {
  if (lengths.length < 8) return null;
  // The commonest length is the full line; paragraph ends and headings vary.
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [width] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
  if (width > 120) return null;
  const full = lengths.filter((n) => Math.abs(n - width) <= 2).length;
  return full >= lengths.length * 0.4 ? width : null;
}

/**
 * A line runs on into the next when it is about full. The first line of a
 * paragraph is shorter by its indent, and a last line ends a sentence short
 * of the margin.
 */
function isWrapped(line: Line, next: Line, width: number): boolean {
  const length = line.text.length;
  if (length < Math.min(width * 0.85, width - 4)) return false;
  if (/[。！？!?：:]$/.test(line.text) && length < width - 1) return false;
  return !PARAGRAPH_START.test(next.text);
}

/** Drops page furniture and blank lines, and joins lines wrapped inside a paragraph. */
function cleanLines(source: MappedText): MappedText {
  const headers = runningHeaders(splitLines(source.text));
  const lines = splitLines(source.text).filter(
    (line) =>
      line.text.length > 0 &&
      !PAGE_NUMBER.some((re) => re.test(line.text)) &&
      !headers.has(line.text),
  );
  const width = wrapWidth(lines.map((line) => line.text.length));
  const out = new MappedBuilder();
  lines.forEach((line, i) => {
    out.copy(source, line.start, line.end);
    const next = lines[i + 1];
    if (!next) return;
    // "达到74.4\n万亿元" is one line broken between a number and its magnitude or unit.
    const brokenNumber = /\d$/.test(line.text) && NUMBER_CONTINUES.test(next.text);
    if (brokenNumber || (width !== null && isWrapped(line, next, width))) {
      const latin = /[A-Za-z0-9]$/.test(line.text) && /^[A-Za-z0-9]/.test(next.text);
      if (latin) out.replace(source, line.end, next.start, ' ');
    } else {
      out.replace(source, line.end, next.start, '\n');
    }
  });
  return out.finish(source);
}

const SPACE_IN_CJK = new RegExp(
  `(?<=[${CJK}${CJK_PUNCT}]) +(?=[${CJK}${CJK_PUNCT}0-9])|(?<=[0-9]) +(?=[${CJK}${CJK_PUNCT}])`,
  'g',
);

/** PDF extraction puts spaces between CJK characters; Chinese text has none. */
function collapseSpaces(source: MappedText): MappedText {
  const joined = rewrite(source, SPACE_IN_CJK, () => '');
  return rewrite(joined, / {2,}/g, () => ' ');
}

/**
 * One piece of text normalised character by character (widths, spaces between CJK
 * characters) without the line passes, which would take a lone number for a page number.
 */
export function normalizeInline(raw: string): MappedText {
  return [cleanCharacters, collapseSpaces].reduce((text, pass) => pass(text), identity(raw));
}

/** Normalised text with the origin of every character in `raw`. */
export function normalize(raw: string): MappedText {
  return [cleanCharacters, cleanLines, collapseSpaces].reduce(
    (text, pass) => pass(text),
    identity(raw),
  );
}
