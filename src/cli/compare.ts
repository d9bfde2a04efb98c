// The comparison commands: `compare OLDER NEWER` (files or stored ids),
// `series ISSUER` (every consecutive pair of a stored series) and
// `trend MEASURE|LABEL --issuer NAME` (one measure over the stored years)
// and `measures` (the catalogue with counts).
import { parseArgs } from 'node:util';
import { compare } from '../compare/index.js';
import { trendRows } from '../compare/trend.js';
import { measureById } from '../measures/index.js';
import { fail } from './fail.js';
import { readDocument } from '../ingest/index.js';
import { compareSeries, storedComparison } from '../library/comparisons.js';
import { reportOf, summaryOf } from '../library/reports.js';
import { measureList, storedTrend } from '../library/series.js';
import { MEASURE_COLUMNS, TREND_COLUMNS } from '../output/columns.js';
import { render, type Format } from '../output/render.js';
import { analyzeDocument } from '../pipeline.js';
import { type AsyncStore, openLibrary } from '../store/index.js';
import { clip } from '../output/table.js';
import type { Analysis, Comparison, DiffPart, FigureSide, Qualifier } from '../types.js';

export const COMPARE_HELP = `  nianbao compare OLDER NEWER [--json] [--db FILE]
      Two reports of one body side by side: figures paired with their change, last year's
      targets judged against this year's outcomes (met, missed, unclear, no-data), commitments
      with their evidence, aligned sections and sentences carried over. OLDER and NEWER are
      files or ids of stored reports.
  nianbao series ISSUER [--json] [--db FILE]
      compare for every consecutive pair of years of a stored issuer.
  nianbao trend MEASURE|LABEL --issuer NAME [--format table|json|csv] [--db FILE]
      One measure over every stored year of an issuer: per reviewed year, the outcome the
      report states and the target set the year before. MEASURE is a catalogue id (gdp-growth,
      cpi, surveyed-unemployment …; see measures) or a label (国内生产总值增长).
  nianbao measures [--format table|json|csv] [--db FILE]
      The catalogue of measures, with how many stored figures state each.
`;


function tally<T>(items: T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
}

/** A changed sentence with deletions as [-…-] and insertions as {+…+}. */
function marked(parts: DiffPart[]): string {
  return parts.map((p) => (p.op === 'delete' ? `[-${p.text}-]` : p.op === 'insert' ? `{+${p.text}+}` : p.text)).join('');
}

/** A bound's sign before the figure as written (>3万亿元, ≤5.5%, ~5%): why a pair's direction may be unclear. */
const QUALIFIER_SIGNS: Record<Qualifier, string> = { exact: '', about: '~', 'more-than': '>', 'at-least': '≥', 'at-most': '≤', 'less-than': '<' };
const stated = (side: FigureSide) => `${QUALIFIER_SIGNS[side.qualifier]}${side.surface}`;

export function formatComparison(c: Comparison): string {
  const name = (r: Comparison['from']) => `${r.issuer ?? r.name} ${r.year ?? '?'}`;
  const signed = (value: number | null) => (value === null ? '' : value > 0 ? `+${value}` : String(value));
  const lines = [`${name(c.from)} → ${name(c.to)}`, '', `Figures (${tally(c.figures, (p) => p.status)})`];
  for (const p of c.figures.filter((p) => p.status !== 'same' && p.from !== null && p.to !== null)) {
    lines.push(`  ${p.status.padEnd(7)} ${clip(p.label, 44).padEnd(22)} ${stated(p.from!).padEnd(12)} → ${stated(p.to!).padEnd(12)} ${signed(p.delta)}`);
  }
  lines.push('', `Targets (${tally(c.targets, (t) => t.verdict)})`);
  // The target by its label and number: one commitment may hold several (开工、投产新能源项目各160个); one
  // without a label by its commitment's words.
  for (const t of c.targets) {
    const named = `${t.target.label || clip(t.commitment, 24)} ${stated(t.target)}`;
    lines.push(`  ${t.verdict.padEnd(8)} ${clip(named, 40).padEnd(24)} ${clip(t.reason, 140)}`);
  }
  lines.push('', `Commitments (${tally(c.commitments, (f) => f.status)})`);
  for (const f of c.commitments.filter((f) => f.status === 'addressed')) {
    lines.push(`  ${f.score.toFixed(2)} ${clip(f.text, 88)}  [${f.rule}]`, `       ↳ ${clip(f.evidence[0]!.text, 140)}`);
    if (f.reason) lines.push(`       ${clip(f.reason, 140)}`);
  }
  lines.push('', 'Sections');
  for (const s of c.sections) {
    const counts = s.changes.length > 0 ? `  (${tally(s.changes, (change) => change.kind)})` : '';
    lines.push(`  ${s.similarity.toFixed(2)} ${clip(s.from ?? '—', 60).padEnd(30)} ↔ ${clip(s.to ?? '—', 60)}${counts}`);
  }
  const edited = c.sections.flatMap((s) => s.changes).filter((change) => change.parts.some((p) => p.number && p.op !== 'equal'));
  lines.push('', `Sentences whose numbers changed (${edited.length})`);
  for (const change of edited.slice(0, 10)) lines.push(`  ${clip(marked(change.parts), 180)}`);
  lines.push('', `Reuse: ${c.reuse.sentences} sentences carried over (${(c.reuse.ratio * 100).toFixed(1)}% of the newer report)`);
  for (const r of c.reuse.examples.slice(0, 3)) lines.push(`  ${clip(r.to, 140)}`);
  return lines.join('\n');
}

const isStored = (ref: string) => /^\d+$/.test(ref);

/** A report named by a stored id (digits) or by a file path. */
async function load(ref: string, store: () => Promise<AsyncStore>): Promise<Analysis> {
  if (!isStored(ref)) return analyzeDocument(await readDocument(ref));
  return (await reportOf(await store(), Number(ref))).analysis;
}

/** Opens the library only when a command needs it, and closes it after. */
async function withLazyStore<T>(db: string | undefined, run: (store: () => Promise<AsyncStore>) => Promise<T>): Promise<T> {
  let opening: Promise<AsyncStore> | null = null;
  try {
    return await run(() => (opening ??= openLibrary(db)));
  } finally {
    // Assigned inside `run`, which the compiler cannot see.
    const opened = opening as Promise<AsyncStore> | null;
    if (opened) await (await opened).close();
  }
}

async function compareCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, db: { type: 'string' } } });
  if (positionals.length !== 2) fail('compare takes two reports, OLDER and NEWER (files or stored ids)');
  const [older, newer] = positionals as [string, string];
  const comparison = await withLazyStore(values.db, async (store) =>
    // Two stored reports: the comparison the library keeps, computed once.
    isStored(older) && isStored(newer)
      ? storedComparison(await store(), await summaryOf(await store(), Number(older)), await summaryOf(await store(), Number(newer)))
      : compare(await load(older, store), await load(newer, store)),
  );
  process.stdout.write(values.json ? `${JSON.stringify(comparison)}\n` : `${formatComparison(comparison)}\n`);
  return 0;
}

async function seriesCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, db: { type: 'string' } } });
  if (positionals.length !== 1) fail('series takes one ISSUER');
  const { comparisons } = await withLazyStore(values.db, async (store) => {
    const library = await store();
    return compareSeries(library, positionals[0]!, (older, newer) => storedComparison(library, older, newer));
  });
  process.stdout.write(values.json ? `${JSON.stringify(comparisons)}\n` : `${comparisons.map(formatComparison).join('\n\n')}\n`);
  return 0;
}

async function trendCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { issuer: { type: 'string' }, format: { type: 'string' }, db: { type: 'string' } },
  });
  if (positionals.length !== 1 || !values.issuer) fail('trend takes one MEASURE or LABEL and --issuer NAME');
  const format = values.format ?? 'table';
  if (!['table', 'json', 'csv'].includes(format)) fail(`--format takes table, json or csv, not "${format}"`);
  if (/^[a-z0-9-]+$/.test(positionals[0]!) && !measureById(positionals[0]!)) fail(`there is no measure "${positionals[0]}"; nianbao measures lists them`);
  const result = await withLazyStore(values.db, async (store) => storedTrend(await store(), positionals[0]!, values.issuer!));
  if (format === 'table' && result.measure) process.stdout.write(`${result.measure.id}: ${result.measure.name} (${result.issuer})\n`);
  process.stdout.write(format === 'json' ? `${JSON.stringify(result)}\n` : render(trendRows(result), TREND_COLUMNS, format as Format));
  return 0;
}

async function measuresCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' }, db: { type: 'string' } } });
  if (positionals.length > 0) fail('measures takes no arguments');
  const format = values.format ?? 'table';
  if (!['table', 'json', 'csv'].includes(format)) fail(`--format takes table, json or csv, not "${format}"`);
  const rows = await withLazyStore(values.db, async (store) => measureList(await store()));
  process.stdout.write(render(rows, MEASURE_COLUMNS, format as Format));
  return 0;
}

export const COMPARE_COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  compare: compareCommand,
  series: seriesCommand,
  trend: trendCommand,
  measures: measuresCommand,
};
