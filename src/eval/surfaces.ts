// `nianbao eval`, surface check: every figure of every report in the corpus is
// re-read from its surface alone; a value that differs means the reader took
// something from the context that its surface does not say. The one unit taken
// from the context on purpose (12.7个、12个百分点, 11.1、11.2个百分点: numeral:shared-unit) is read as its
// surface's 个 or nothing.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { POINTS_CUT_SHORT, SHARED_UNIT_RULE, scanNumbers } from '../extract/numerals.js';
import { readDocument } from '../ingest/index.js';
import { analyzeDocument } from '../pipeline.js';
import type { Figure } from '../types.js';

export interface SurfaceCheck {
  reports: number;
  figures: number;
  disagreements: Array<{ file: string; figure: Figure; reread: string }>;
}

/** What the reader makes of a surface on its own, or a note of why it makes nothing. */
function reread(figure: Figure): { same: boolean; reading: string } {
  const numbers = scanNumbers(figure.surface);
  if (numbers.length !== 1) return { same: false, reading: `${numbers.length} numbers` };
  const [number] = numbers;
  const units = figure.rule.split(' ').includes(SHARED_UNIT_RULE) && figure.unit === POINTS_CUT_SHORT.of ? [POINTS_CUT_SHORT.unit, ''] : [figure.unit];
  const same = number!.value === figure.value && (number!.valueMax ?? null) === figure.valueMax && units.includes(number!.unit ?? '');
  return { same, reading: `${number!.value}${number!.valueMax === undefined ? '' : `–${number!.valueMax}`} ${number!.unit ?? ''}` };
}

export async function checkSurfaces(folder: string): Promise<SurfaceCheck> {
  const names = (await readdir(folder)).filter((name) => /\.(?:txt|pdf|docx|html?)$/.test(name)).sort();
  const check: SurfaceCheck = { reports: 0, figures: 0, disagreements: [] };
  for (const name of names) {
    const analysis = analyzeDocument(await readDocument(join(folder, name)));
    check.reports++;
    for (const figure of analysis.figures) {
      check.figures++;
      const { same, reading } = reread(figure);
      if (!same) check.disagreements.push({ file: name, figure, reread: reading });
    }
  }
  return check;
}

export function formatSurfaceCheck(check: SurfaceCheck, verbose: boolean): string {
  const lines = [`\nsurface check (each figure re-read from its surface alone)`, `  reports ${check.reports}, figures ${check.figures}, disagreeing ${check.disagreements.length}`];
  const shown = verbose ? check.disagreements : check.disagreements.slice(0, 10);
  for (const { file, figure, reread } of shown) {
    lines.push(`    ${file} @${figure.start} ${figure.surface}: figure ${figure.value}${figure.valueMax === null ? '' : `–${figure.valueMax}`} ${figure.unit}, surface reads ${reread}`);
  }
  return lines.join('\n');
}
