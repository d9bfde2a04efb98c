// `nianbao eval`: scores extraction on every hand-made gold file in a folder.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readDocument } from '../ingest/index.js';
import { normalize } from '../normalize/normalize.js';
import { analyzeDocument } from '../pipeline.js';
import { placeGold, type GoldFile } from './gold.js';
import { listsItems, ratios, scoreFigures, scoreItems, scoreTargets, type Counts, type FigureScore, type ItemScore } from './score.js';

export interface FileScore {
  file: string;
  set: 'dev' | 'blind';
  score: FigureScore;
  /** Absent where the gold file does not annotate them. */
  targets?: ItemScore;
  commitments?: ItemScore;
  problems?: ItemScore;
}

export async function evaluateFolder(folder: string): Promise<FileScore[]> {
  const goldFiles = (await readdir(folder)).filter((name) => name.endsWith('.gold.json')).sort();
  const results: FileScore[] = [];
  for (const name of goldFiles) {
    const raw = JSON.parse(await readFile(join(folder, name), 'utf8')) as GoldFile;
    const doc = await readDocument(join(folder, raw.file));
    const analysis = analyzeDocument(doc);
    const gold = placeGold(raw, normalize(doc.text), doc.text);
    const annotated = (items: string[] | undefined) => (items?.length ?? 0) > 0;
    results.push({
      file: raw.file,
      set: raw.set === 'blind' ? 'blind' : 'dev',
      score: scoreFigures(analysis.figures, gold),
      ...(annotated(raw.targets?.map((t) => t.text)) && { targets: scoreTargets(analysis.commitments, analysis.figures, gold) }),
      ...(annotated(raw.commitments) && { commitments: scoreItems(analysis.commitments, gold.commitments, gold.commitmentSpans) }),
      ...(annotated(raw.problems) && { problems: scoreItems(analysis.problems, gold.problems, gold.problemSpans) }),
    });
  }
  return results;
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);

function row(name: string, counts: Counts & { labelled?: number }, labels: boolean): string {
  const r = ratios(counts);
  const cells = [percent(r.precision), percent(r.recall), percent(r.f1), ...(labels ? [percent(r.labels)] : [])];
  return `${name.padEnd(30)} ${String(counts.gold).padStart(5)} ${String(counts.extracted).padStart(5)}   ${cells.join('  ')}`;
}

function add<T extends Counts & { labelled?: number }>(total: T, score: T): void {
  total.gold += score.gold;
  total.extracted += score.extracted;
  total.matched += score.matched;
  if (total.labelled !== undefined) total.labelled += score.labelled ?? 0;
}

type Part = 'targets' | 'commitments' | 'problems';

function itemTable(results: FileScore[], part: Part, title: string, verbose: boolean): string[] {
  const lines = [`\n${title}`.padEnd(31) + '  gold found   precision   recall       F1'];
  const total = { gold: 0, extracted: 0, matched: 0 };
  for (const result of results) {
    const score = result[part];
    if (!score) continue;
    lines.push(row(result.file, score, false));
    if (verbose) {
      for (const miss of score.missed) lines.push(`    missed    ${miss.slice(0, 60)}`);
      for (const extra of score.spurious) lines.push(`    spurious  ${extra.slice(0, 60)}`);
    }
    add(total, score);
  }
  lines.push(row('TOTAL', total, false));
  return lines;
}

const SETS = [
  ['dev', 'dev gold'],
  ['blind', 'blind gold (never seen while tuning, "set": "blind")'],
] as const;

function figureTable(results: FileScore[], title: string, verbose: boolean): string[] {
  const lines = [title, `${'file'.padEnd(30)}  gold found   precision   recall       F1   labels`];
  const total = { gold: 0, extracted: 0, matched: 0, labelled: 0 };
  for (const { file, score } of results) {
    lines.push(row(file, score, true));
    if (verbose) {
      for (const miss of score.missed) lines.push(`    missed    ${miss.surface} (${miss.value} ${miss.unit}) @${miss.start}`);
      for (const extra of score.spurious) lines.push(`    spurious  ${extra.surface} @${extra.start} [${extra.label}]`);
      for (const { figure, keys } of score.mislabelled) lines.push(`    label     ${figure.surface} "${figure.label}" lacks ${keys.join('+')}`);
    }
    add(total, score);
  }
  lines.push(row('TOTAL', total, true));
  return lines;
}

/** Every table per set, dev and blind apart, so tuning on one cannot hide in the other. */
export function formatScores(results: FileScore[], verbose: boolean): string {
  const lines: string[] = [];
  for (const [set, title] of SETS) {
    const inSet = results.filter((result) => result.set === set);
    if (inSet.length > 0) lines.push(...(lines.length > 0 ? [''] : []), ...figureTable(inSet, `figures: ${title}`, listsItems(set, verbose)));
  }
  for (const part of ['targets', 'commitments', 'problems'] as const) {
    for (const [set] of SETS) {
      const inSet = results.filter((result) => result.set === set && result[part]);
      if (inSet.length > 0) lines.push(...itemTable(inSet, part, set === 'dev' ? part : `${part}: ${set}`, listsItems(set, verbose)));
    }
  }
  return lines.join('\n');
}
