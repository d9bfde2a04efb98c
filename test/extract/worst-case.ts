// Texts that once made extraction quadratic: a megabyte of one character, of
// digits, of 百分之 repeated, of numbers that are no figures, of headings. Shared by the linear-time test and `npm run bench`.
import type { RawDocument } from '../../src/types.js';

const MEGABYTE = 1_000_000;

export function megabyteOf(piece: string): string {
  return piece.repeat(Math.ceil(MEGABYTE / Buffer.byteLength(piece)));
}

export const WORST_CASES: Array<[string, RawDocument]> = [
  ['一', '一'],
  ['digits', '1234567890'],
  ['百分之', '百分之'],
  ['figures without a break', '增长3个百分点'],
  // Every number a diagnostic: years, ordinals, list items, juxtaposed digits, codes.
  ['numbers that are no figures', '2021年第3，一是十四五PM2.5、'],
  // Whole numbers joined by 又, each of which could open a fraction (三又三分之一).
  ['又 between numerals', '一又'],
  // 半, a discount, 角 after 元, .5 and a power: each reads a few characters past the numeral.
  ['halves, discounts, cents and powers', '半百.5八折1元2角2^-1'],
  // 兆 reads the numeral after it to see whether it reaches 亿.
  ['兆 before 亿', '五兆六十二亿一兆'],
  // A count of a level without its noun looks for the noun of the next count of the list, and that one's.
  ['levels of a list', '1个国家级、'],
]
  .map(([name, piece]) => [name!, megabyteOf(piece!)] as const)
  // Every line a numbered heading: each opens a part, whose role, siblings and end are looked up.
  .concat([['numbered headings', headings()]])
  .map(([name, text]) => [name, { name: `${name}.txt`, format: 'txt', encoding: 'utf-8', sha256: '', bytes: Buffer.byteLength(text), text }]);

/** A megabyte of parts and their numbered sub-parts, each line its own (a line repeated is taken for a page's header and dropped). */
function headings(): string {
  const lines: string[] = [];
  for (let i = 0, bytes = 0; bytes < MEGABYTE; i++) {
    const line = i % 10 === 0 ? `一、第${i}部分的工作回顾` : `（二）加强第${i}项薄弱环节`;
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n');
}
