// `nianbao eval`: scores extraction on every hand-made gold file in a folder.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocument } from '../ingest/index.js';
import { normalize } from '../normalize/normalize.js';
import { analyzeDocument } from '../pipeline.js';
import { placeGold, type GoldFile } from './gold.js';
import { ratios, scoreFigures, type FigureScore } from './score.js';

export interface FileScore {
  file: string;
  score: FigureScore;
}

export async function evaluateFolder(folder: string): Promise<FileScore[]> {
  const goldFiles = (await readdir(folder)).filter((name) => name.endsWith('.gold.json')).sort();
  const results: FileScore[] = [];
  for (const name of goldFiles) {
    const gold = JSON.parse(await readFile(join(folder, name), 'utf8')) as GoldFile;
    const doc = await readDocument(join(folder, gold.file));
    const analysis = analyzeDocument(doc);
    results.push({ file: gold.file, score: scoreFigures(analysis.figures, placeGold(gold, normalize(doc.text))) });
  }
  return results;
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

export function formatScores(results: FileScore[], verbose: boolean): string {
  const lines = [`${'file'.padEnd(30)} ${'gold'.padStart(5)} ${'found'.padStart(5)}   precision  recall      F1  labels`];
  const total = { gold: 0, extracted: 0, matched: 0, labelled: 0 };
  for (const { file, score } of results) {
    const r = ratios(score);
    lines.push(
      `${file.padEnd(30)} ${String(score.gold).padStart(5)} ${String(score.extracted).padStart(5)}   ${percent(r.precision)}  ${percent(r.recall)} ${percent(r.f1)} ${percent(r.labels)}`,
    );
    if (verbose) {
      for (const miss of score.missed) lines.push(`    missed    ${miss.surface} (${miss.value} ${miss.unit}) @${miss.start}`);
      for (const extra of score.spurious) lines.push(`    spurious  ${extra.surface} @${extra.start} [${extra.label}]`);
      for (const { figure, keys } of score.mislabelled) lines.push(`    label     ${figure.surface} "${figure.label}" lacks ${keys.join('+')}`);
    }
    total.gold += score.gold;
    total.extracted += score.extracted;
    total.matched += score.matched;
    total.labelled += score.labelled;
  }
  const r = ratios(total);
  lines.push(
    `${'TOTAL'.padEnd(30)} ${String(total.gold).padStart(5)} ${String(total.extracted).padStart(5)}   ${percent(r.precision)}  ${percent(r.recall)} ${percent(r.f1)} ${percent(r.labels)}`,
  );
  return lines.join('\n');
}
