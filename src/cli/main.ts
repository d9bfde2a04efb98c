// The nianbao command line: a thin shell over the library. Bad input ends in
// one line on stderr and exit code 2; a bug ends in exit code 1.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';
import { complaint, fail } from './fail.js';
import { evaluateEvidence, formatEvidence } from '../eval/evidence.js';
import { evaluateFolder, formatScores } from '../eval/run.js';
import { openCorpus } from '../eval/corpus.js';
import { evaluateTrend, formatTrend } from '../eval/trend.js';
import { checkSurfaces, formatSurfaceCheck } from '../eval/surfaces.js';
import { evaluateVerdicts, formatVerdicts } from '../eval/verdicts.js';
import { scanNumbers } from '../extract/numerals.js';
import { readDocument } from '../ingest/index.js';
import { normalizeInline } from '../normalize/normalize.js';
import { readLimits } from '../ingest/limits.js';
import { analyzeDocument, STAGES, type Stage } from '../pipeline.js';
import type { ReportMeta } from '../types.js';
import { COMPARE_COMMANDS, COMPARE_HELP } from './compare.js';
import { LIBRARY_COMMANDS, LIBRARY_HELP } from './library.js';
import { start } from './start.js';
import { summarize } from './summary.js';
import { worker } from './worker.js';

export const HELP = `nianbao — figures and commitments from Chinese government annual reports

Usage:
  nianbao analyze FILE… [--json] [--issuer NAME] [--year YYYY] [--kind KIND] [--until STAGE] [--max-chars N]
      Analyse reports (txt, pdf, docx, html; UTF-8, UTF-16 or GB18030).
      Prints a summary per file, or with --json one JSON object per file, one per line.
      --issuer/--year/--kind override what detection found.
      --until stops after a stage (${STAGES.join(', ')}), for debugging.
  nianbao numbers [TEXT]
      Every numeric expression in TEXT as a JSON array of {surface,start,end,value,valueMax?,unit?}.
      Without TEXT, reads standard input and prints one array per line.
  nianbao eval [FOLDER] [--verbose]
      Scores against the hand-made gold in FOLDER (default: corpus): figures (precision, recall,
      labels), targets, commitments and problems (*.gold.json), target verdicts (verdicts/*.json;
      the dev set and held-out pairs marked "set": "new" apart), trend points
      (verdicts/trend.gold.json), the precision and recall of addressed commitments
      (verdicts/evidence.gold.jsonl) and of each follow-up status (verdicts/followup.gold.jsonl).
${LIBRARY_HELP}${COMPARE_HELP}  nianbao help
      This text.
`;

function metaOverrides(values: { issuer?: string; year?: string; kind?: string }): Partial<ReportMeta> {
  const meta: Partial<ReportMeta> = {};
  if (values.issuer) meta.issuer = values.issuer;
  if (values.kind) meta.kind = values.kind;
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year)) fail(`--year takes a four-digit year, not "${values.year}"`);
    meta.year = Number(values.year);
  }
  return meta;
}

async function analyze(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      issuer: { type: 'string' },
      year: { type: 'string' },
      kind: { type: 'string' },
      until: { type: 'string' },
      'max-chars': { type: 'string' },
    },
  });
  if (positionals.length === 0) fail('analyze needs at least one FILE');
  const limits = readLimits(process.env, { maxChars: values['max-chars'] });
  const until = values.until as Stage | undefined;
  if (until && !STAGES.includes(until)) fail(`--until takes one of ${STAGES.join(', ')}`);
  const meta = metaOverrides(values);
  let failed = 0;
  for (const path of positionals) {
    try {
      const analysis = analyzeDocument(await readDocument(path, limits), { meta, until });
      process.stdout.write(values.json ? `${JSON.stringify(analysis)}\n` : `${summarize(analysis, path)}\n\n`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(complaint(error));
      failed++;
    }
  }
  return failed > 0 ? 2 : 0;
}

/**
 * The numbers of one text given on its own, read in the general context (40k, 一打, 一一 → 11,
 * which `analyze` refuses in a report), after normalising its characters
 * (widths, spaces PDF extraction put between characters: 三千 九百), with surfaces and offsets in the text as given.
 */
function numbersOf(text: string): string {
  const input = text.trim();
  const { text: normalized, origin } = normalizeInline(input);
  return JSON.stringify(
    scanNumbers(normalized, { context: 'general' }).map(({ start: from, end: to, value, valueMax, unit }) => {
      const [start, end] = [origin[from]!, origin[to - 1]! + 1];
      return { surface: input.slice(start, end), start, end, value, valueMax, unit };
    }),
  );
}

async function numbers(args: string[]): Promise<number> {
  if (args.length > 0) {
    process.stdout.write(`${numbersOf(args.join(' '))}\n`);
    return 0;
  }
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    process.stdout.write(`${numbersOf(line)}\n`);
  }
  return 0;
}

async function evaluate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { verbose: { type: 'boolean', short: 'v' } } });
  const folder = positionals[0] ?? 'corpus';
  const verbose = Boolean(values.verbose);
  process.stdout.write(`${formatScores(await evaluateFolder(folder), verbose)}\n`);
  const corpus = await openCorpus(folder);
  process.stdout.write(`${formatVerdicts(await evaluateVerdicts(folder, corpus), verbose)}\n`);
  const trendRows = await evaluateTrend(folder, corpus);
  if (trendRows.length > 0) process.stdout.write(`${formatTrend(trendRows, verbose)}\n`);
  if (existsSync(join(folder, 'verdicts', 'evidence.gold.jsonl'))) {
    process.stdout.write(`${formatEvidence(await evaluateEvidence(folder, corpus), verbose)}\n`);
  }
  process.stdout.write(`${formatSurfaceCheck(await checkSurfaces(folder), verbose)}\n`);
  return 0;
}

/** Every command by its name: what `nianbao help` and README must each document. */
export const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  analyze,
  numbers,
  eval: evaluate,
  help: async () => {
    process.stdout.write(HELP);
    return 0;
  },
  ...LIBRARY_COMMANDS,
  ...COMPARE_COMMANDS,
  // `npm start` runs this: the HTTP service.
  start,
  // Analysis of the uploads queued in a PostgreSQL library.
  worker,
};

export async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...args] = argv;
  const run = COMMANDS[command === '--help' || command === '-h' ? 'help' : command];
  try {
    if (!run) fail(`unknown command "${command}"`);
    return await run(args);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(complaint(error));
      return 2;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`nianbao: ${error.message}; see \`nianbao help\`\n`);
      return 2;
    }
    process.stderr.write(`nianbao: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    return 1;
  }
}
