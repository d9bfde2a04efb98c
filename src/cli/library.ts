// The library commands: thin handlers over src/library (ingest, reanalysis)
// and the store, printing through the one renderer in src/output.
import { once } from 'node:events';
import { closeSync, createReadStream, existsSync, openSync, writeSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../errors.js';
import { fail } from './fail.js';
import { DEFAULT_LIMITS, readLimits } from '../ingest/limits.js';
import { type IngestOptions, type IngestSummary, ingestPaths, type Outcome } from '../library/ingest.js';
import { analysisWork, ingestQueued, openAnalysisQueue, readQueueSettings } from '../library/jobs.js';
import { sharedPool } from '../library/pool.js';
import { exportRows, findFigures, findSentences } from '../library/listing.js';
import { type Reanalysis, reanalyzeReports } from '../library/reanalyze.js';
import { copyLibrary, importLibrary, libraryLines, type Moved, type MoveSummary } from '../library/transfer.js';
import { deleteReports, reportFigures, reportOf, reportPage } from '../library/reports.js';
import {
  COMMITMENT_COLUMNS,
  FIGURE_COLUMNS,
  PROBLEM_COLUMNS,
  REPORT_COLUMNS,
  REPORT_FIGURE_COLUMNS,
  SENTENCE_COLUMNS,
} from '../output/columns.js';
import { type Progress, progress } from '../output/progress.js';
import { type Column, type Format, FORMATS, render, type StreamFormat, streamRows } from '../output/render.js';
import { type AsyncStore, databaseUrl, type ExportKind, openLibrary, resolveDbPath, type StoredReport } from '../store/index.js';
import type { Modality } from '../types.js';
import { summarize } from './summary.js';

const FIGURE_LIMIT = 1000;
const SEARCH_LIMIT = 100;
const CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

export const LIBRARY_HELP = `  nianbao ingest PATH… [--max-chars N] [--no-worker]
      Store reports in the library: files, and folders searched recursively. A folder's
      MANIFEST.tsv (columns file, issuer, year, kind; any may be empty) overrides detection
      for the files it names. Content already stored (same sha256) is recognised, other
      file types in folders are skipped; exit 1 if any file failed. On PostgreSQL each file
      is a job of the queue, worked here and by any \`nianbao worker\` (only by those with
      --no-worker), and ingest waits for them all.
  nianbao list [--issuer NAME] [--format table|json|csv]
      Reports in the library, by issuer and year.
  nianbao show ID… [--format table|json|csv]
      Stored reports: metadata and figures (json: the whole analysis).
  nianbao delete ID…
      Removes reports and everything derived from them.
  nianbao figures [--q TEXT] [--issuer NAME] [--year Y | --from Y --to Y] [--unit U]
                  [--kind target|actual] [--limit N] [--format table|json|csv]
      Figures across the library. --q matches part of the label, --issuer part of an
      issuer's name or alias. At most --limit rows (default ${FIGURE_LIMIT}; 0 for all).
  nianbao search QUERY [--issuer NAME] [--year Y] [--limit N] [--format table|json|csv]
      Sentences holding the text of QUERY, inside words too, each occurrence in 【】 (at most ${SEARCH_LIMIT} unless --limit).
  nianbao export [--what figures|commitments|problems|library] [--format csv|json|jsonl] [--out FILE]
      Every figure (commitment, problem) in the library; CSV is UTF-8 with BOM.
      --format jsonl without --what: the library whole (each report with its source, analysis
      and reviews, one per line, after a header line), for \`import\` into another library.
  nianbao import FILE
      Reads a library export (- for standard input) into the library, a report at a time: a
      report already there (same sha256) gains only the reviews it lacks, so an import that was
      stopped is finished by running it again. Ids and times are kept where free.
  nianbao migrate --to postgres://USER@HOST/DATABASE
      Copies the SQLite library of --db into PostgreSQL (as export and import would), with a
      progress bar; run again after an interruption, it copies only the reports still missing.
  nianbao reanalyze [ID…] [--max-chars N]
      Analyses stored reports again (all without ID), replacing what was derived, keeping the source.
  nianbao start [--port N] [--host ADDRESS] [--db FILE] [--max-chars N] [--no-corpus] [--no-worker]
      What \`npm start\` runs: loads corpus/ into the library the first time (not with
      --no-corpus), then serves the HTTP API and the library page on HOST:PORT (default
      127.0.0.1:3000; API docs at /docs). SIGTERM or Ctrl-C stops it once the requests in
      hand are answered. On PostgreSQL, uploads are queued and this process works the queue
      too, unless --no-worker (then run \`nianbao worker\`).
  nianbao worker [--max-chars N]
      With NIANBAO_DATABASE_URL=postgres://…: analyses and stores the queued uploads, as many at
      once as NIANBAO_WORKERS, until SIGTERM or Ctrl-C (the jobs in hand finish first). Start
      any number, on any machine that reaches the database.
  Library commands take --db FILE; the default is $NIANBAO_DB, else data/nianbao.db.
  --max-chars N refuses reports of more than N characters (default $NIANBAO_MAX_CHARS, else ${DEFAULT_LIMITS.maxChars}).
`;

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with --db, which every library command takes. */
function parse<O extends Options>(args: string[], options: O) {
  return parseArgs({ args, allowPositionals: true, options: { ...options, db: { type: 'string' } } });
}

/** The library of --db (or NIANBAO_DATABASE_URL), as the application layer takes it, closed after `run`. */
async function withStore<T>(db: string | undefined, run: (store: AsyncStore) => Promise<T>): Promise<T> {
  const store = await openLibrary(db);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

function choice<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value !== undefined && !allowed.includes(value as T)) fail(`${flag} takes one of ${allowed.join(', ')}, not "${value}"`);
  return value as T | undefined;
}

function wholeNumber(value: string | undefined, flag: string): number | undefined {
  if (value !== undefined && !/^\d+$/.test(value)) fail(`${flag} takes a whole number, not "${value}"`);
  return value === undefined ? undefined : Number(value);
}

function year(value: string | undefined, flag: string): number | undefined {
  if (value !== undefined && !/^\d{4}$/.test(value)) fail(`${flag} takes a four-digit year, not "${value}"`);
  return value === undefined ? undefined : Number(value);
}

function ids(positionals: string[], command: string): number[] {
  if (positionals.length === 0) fail(`${command} needs at least one report ID (see \`nianbao list\`)`);
  return positionals.map((id) => wholeNumber(id, `${command} ID`)!);
}

function print<T extends object>(rows: Iterable<T>, columns: Column<T>[], format: Format): void {
  process.stdout.write(render(rows, columns, format));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function outcomeLine(outcome: Outcome): string {
  if (outcome.status === 'added') return `added #${outcome.id} ${outcome.path} (${outcome.figures} figures)`;
  if (outcome.status === 'present') return `already present #${outcome.id} ${outcome.path}`;
  return `failed ${outcome.reason}`;
}

function summaryText(summary: IngestSummary): string {
  const { added, present, skipped, failed } = summary;
  const lines = [`ingest: ${added} added, ${present} already present, ${skipped.length} skipped, ${failed.length} failed`];
  if (added === 0 && present > 0 && failed.length === 0) lines.push('nothing new: every report was already in the library');
  if (skipped.length > 0) lines.push(`skipped (not reports): ${count(skipped.length, 'file')} such as ${skipped.slice(0, 3).join(', ')}`);
  for (const { reason } of failed) lines.push(`failed: ${reason}`);
  return `${lines.join('\n')}\n`;
}

type Step = (line: string, done: number, total: number) => void;

/** Runs a long job, drawing its progress on stderr from its first step, when the total is known. */
async function withProgress<T>(job: (step: Step) => T | Promise<T>): Promise<T> {
  let bar: Progress | undefined;
  const result = await job((line, done, total) => {
    bar ??= progress(process.stderr, total);
    bar.step(done, line);
  });
  bar?.finish();
  return result;
}

function ingestWithProgress(store: AsyncStore, paths: string[], options: IngestOptions): Promise<IngestSummary> {
  return withProgress((step) => ingestPaths(store, paths, options, (outcome, done, total) => step(outcomeLine(outcome), done, total)));
}

/** Analysis in worker threads, one per core (NIANBAO_WORKERS), within the caps of the environment and --max-chars. */
function withPool<T>(maxChars: string | undefined, run: (options: IngestOptions) => Promise<T>): Promise<T> {
  return run({ pool: sharedPool(), limits: readLimits(process.env, { maxChars }) });
}

/**
 * On PostgreSQL: the files queued as jobs and waited for, worked here too
 * unless `work` is false (then by \`nianbao worker\` processes).
 */
async function ingestThroughQueue(store: AsyncStore, url: string, paths: string[], options: IngestOptions, work: boolean): Promise<IngestSummary> {
  const settings = readQueueSettings();
  const queue = await openAnalysisQueue(url, settings);
  try {
    if (work) await queue.work(analysisWork(store, queue, options), options.pool.options.threads);
    // Without a worker here, nothing moves until one runs somewhere: say so rather than seem to hang.
    else process.stderr.write('nianbao: files are queued for `nianbao worker` processes; waiting for them (Ctrl-C stops waiting, the jobs stay queued)\n');
    return await withProgress((step) =>
      ingestQueued(store, queue, paths, settings.pollSeconds * 250, (outcome, done, total) => step(outcomeLine(outcome), done, total)),
    );
  } finally {
    await queue.close();
  }
}

async function ingest(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { 'max-chars': { type: 'string' }, 'no-worker': { type: 'boolean' } });
  if (positionals.length === 0) fail('ingest needs at least one FILE or FOLDER');
  const url = databaseUrl();
  return withStore(values.db, async (store) => {
    const summary = await withPool(values['max-chars'], (options) =>
      url === null ? ingestWithProgress(store, positionals, options) : ingestThroughQueue(store, url, positionals, options, !values['no-worker']),
    );
    process.stdout.write(summaryText(summary));
    return summary.failed.length > 0 ? 1 : 0;
  });
}

async function list(args: string[]): Promise<number> {
  const { values } = parse(args, { issuer: { type: 'string' }, format: { type: 'string' } });
  const format = choice(values.format, FORMATS, '--format') ?? 'table';
  return withStore(values.db, async (store) => {
    print((await reportPage(store, { issuer: values.issuer })).reports, REPORT_COLUMNS, format);
    return 0;
  });
}

async function show(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { format: { type: 'string' } });
  const format = choice(values.format, FORMATS, '--format') ?? 'table';
  const wanted = ids(positionals, 'show');
  return withStore(values.db, async (store) => {
    const reports: StoredReport[] = [];
    for (const id of wanted) reports.push(await reportOf(store, id));
    if (format !== 'table') {
      print(reports, REPORT_COLUMNS, format);
      return 0;
    }
    for (const report of reports) {
      process.stdout.write(`${summarize(report.analysis, `report ${report.id}: ${report.source}`)}\n`);
      process.stdout.write(`  series     ${report.issuer ?? '—'}\n  added      ${report.createdAt}\n\n`);
      print(await reportFigures(store, report.id), REPORT_FIGURE_COLUMNS, 'table');
      process.stdout.write('\n');
    }
    return 0;
  });
}

async function remove(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {});
  const wanted = ids(positionals, 'delete');
  return withStore(values.db, async (store) => {
    await deleteReports(store, wanted, (id) => process.stdout.write(`deleted report ${id}\n`));
    return 0;
  });
}

async function figures(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    q: { type: 'string' },
    issuer: { type: 'string' },
    year: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    unit: { type: 'string' },
    kind: { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
  });
  if (positionals.length > 0) fail(`figures takes no positional argument; did you mean --q ${positionals.join(' ')}?`);
  if (values.year !== undefined && (values.from !== undefined || values.to !== undefined)) fail('give --year, or --from and --to, not both');
  const format = choice(values.format, FORMATS, '--format') ?? 'table';
  const limit = wholeNumber(values.limit, '--limit') ?? FIGURE_LIMIT;
  const filter = {
    q: values.q,
    issuer: values.issuer,
    year: year(values.year, '--year'),
    from: year(values.from, '--from'),
    to: year(values.to, '--to'),
    unit: values.unit,
    modality: choice<Modality>(values.kind, ['target', 'actual'], '--kind'),
  };
  return withStore(values.db, async (store) => {
    const { rows, more } = await findFigures(store, filter, limit === 0 ? undefined : limit);
    print(rows, FIGURE_COLUMNS, format);
    if (more) process.stderr.write(`nianbao: showing the first ${limit} figures; --limit 0 shows all\n`);
    return 0;
  });
}

async function search(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    issuer: { type: 'string' },
    year: { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
  });
  if (positionals.length === 0) fail('search needs a QUERY');
  const format = choice(values.format, FORMATS, '--format') ?? 'table';
  const limit = wholeNumber(values.limit, '--limit') ?? SEARCH_LIMIT;
  const filter = { issuer: values.issuer, year: year(values.year, '--year') };
  return withStore(values.db, async (store) => {
    print((await findSentences(store, positionals.join(' '), filter, limit === 0 ? undefined : limit)).rows, SENTENCE_COLUMNS, format);
    return 0;
  });
}

const EXPORT_COLUMNS = { figures: FIGURE_COLUMNS, commitments: COMMITMENT_COLUMNS, problems: PROBLEM_COLUMNS };

/** Where an export writes: --out FILE, else standard output, waiting for a slow reader (a library is gigabytes). */
async function withOutput<T>(out: string | undefined, run: (write: (chunk: string) => void | Promise<void>) => Promise<T>): Promise<T> {
  if (out === undefined) {
    return run((chunk) => {
      if (!process.stdout.write(chunk)) return once(process.stdout, 'drain').then(() => {});
    });
  }
  let fd: number;
  try {
    fd = openSync(out, 'w');
  } catch (error) {
    throw new InputError('BAD_ARGUMENT', out, `cannot be written (${(error as NodeJS.ErrnoException).code})`);
  }
  try {
    return await run((chunk) => {
      writeSync(fd, chunk);
    });
  } finally {
    closeSync(fd);
  }
}

async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { what: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } });
  if (positionals.length > 0) fail('export takes no positional argument; name the file with --out');
  const format = choice<StreamFormat>(values.format, ['csv', 'json', 'jsonl'], '--format') ?? 'csv';
  // JSON lines without --what are the library whole, which `import` reads back.
  const what = choice<ExportKind | 'library'>(values.what, ['figures', 'commitments', 'problems', 'library'], '--what') ??
    (format === 'jsonl' ? 'library' : 'figures');
  if (what === 'library' && format !== 'jsonl') fail('--what library is written as --format jsonl only');
  const to = values.out ? ` to ${values.out}` : '';
  return withStore(values.db, (store) =>
    withOutput(values.out, async (write) => {
      if (what === 'library') {
        let lines = 0;
        for await (const line of libraryLines(store)) {
          await write(line);
          lines++;
        }
        process.stderr.write(`nianbao: exported ${count(Math.max(0, lines - 1), 'report')}${to}\n`);
        return 0;
      }
      const written = await streamRows(exportRows(store, what), EXPORT_COLUMNS[what] as Column<object>[], format, write);
      process.stderr.write(`nianbao: exported ${written} ${what}${to}\n`);
      return 0;
    }),
  );
}

/** A file's lines (standard input's for -), read as they are used: a library export can be larger than memory. */
async function* fileLines(path: string): AsyncIterable<string> {
  const input = path === '-' ? process.stdin : createReadStream(path);
  let pending: Buffer[] = [];
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let from = 0;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, from)) {
        pending.push(chunk.subarray(from, at));
        yield Buffer.concat(pending).toString('utf8');
        pending = [];
        from = at + 1;
      }
      if (from < chunk.length) pending.push(chunk.subarray(from));
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('FILE_NOT_FOUND', path, 'does not exist');
    if (code === 'EISDIR') throw new InputError('NOT_A_FILE', path, 'is a folder');
    throw error;
  }
  if (pending.length > 0) yield Buffer.concat(pending).toString('utf8');
}

function movedLine(moved: Moved): string {
  const reviews = moved.reviews > 0 ? `, ${count(moved.reviews, 'review')}` : '';
  return `${moved.status === 'added' ? 'added' : 'already present'} #${moved.id} ${moved.source}${reviews}`;
}

function movedText(command: string, summary: MoveSummary, into: string): string {
  return `${command}: ${summary.added} added, ${summary.present} already present, ${count(summary.reviews, 'review')} added, into ${into}\n`;
}

async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {});
  if (positionals.length !== 1) fail('import needs one FILE written by `nianbao export --format jsonl` (- for standard input)');
  const file = positionals[0]!;
  return withStore(values.db, async (store) => {
    const summary = await withProgress((step) =>
      importLibrary(store, fileLines(file), file, (moved, done, total) => step(movedLine(moved), done, total)),
    );
    process.stdout.write(movedText('import', summary, store.path));
    return 0;
  });
}

async function migrateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { to: { type: 'string' } });
  if (positionals.length > 0 || !values.to) fail('migrate needs --to postgres://USER@HOST/DATABASE, and copies the SQLite library of --db into it');
  const url = databaseUrl({ NIANBAO_DATABASE_URL: values.to });
  const path = resolveDbPath(values.db);
  if (!existsSync(path)) throw new InputError('FILE_NOT_FOUND', path, 'is not a SQLite library (name it with --db or NIANBAO_DB)');
  // Each side named on its own, whatever NIANBAO_DATABASE_URL says.
  const from = await openLibrary(path, {}, {});
  try {
    const to = await openLibrary(undefined, {}, { NIANBAO_DATABASE_URL: url!, NIANBAO_DATABASE_POOL: process.env.NIANBAO_DATABASE_POOL });
    try {
      const summary = await withProgress((step) => copyLibrary(from, to, (moved, done, total) => step(movedLine(moved), done, total)));
      process.stdout.write(movedText('migrate', summary, to.path));
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
  return 0;
}

function reanalysisLine(result: Reanalysis): string {
  if (result.status === 'failed') return `failed ${result.reason}`;
  return `#${result.id} ${result.source}: ${result.before} → ${result.after} figures`;
}

async function reanalyze(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { 'max-chars': { type: 'string' } });
  const wanted = positionals.length > 0 ? ids(positionals, 'reanalyze') : undefined;
  return withStore(values.db, async (store) => {
    const results = await withPool(values['max-chars'], (options) =>
      withProgress((step) => reanalyzeReports(store, options, wanted, (result, done, total) => step(reanalysisLine(result), done, total))),
    );
    const done = results.filter((r) => r.status === 'done');
    const sum = (key: 'before' | 'after') => done.reduce((total, r) => total + r[key], 0);
    process.stdout.write(`reanalyze: ${count(done.length, 'report')}, figures ${sum('before')} → ${sum('after')}\n`);
    for (const result of results) if (result.status === 'failed') process.stdout.write(`failed: ${result.reason}\n`);
    return done.length === results.length ? 0 : 1;
  });
}

/** The corpus in the library, read once: later starts recognise every file by its hash at once. */
/** What start logs: how the corpus was loaded, and why each file that failed did. */
export async function loadCorpus(store: AsyncStore, options: IngestOptions): Promise<{ loaded: string; failures: string[] }> {
  const corpus = relative(process.cwd(), CORPUS) || '.';
  const summary = await ingestWithProgress(store, [corpus], options);
  const loaded =
    summary.added > 0
      ? `loaded ${count(summary.added, 'report')} from ${corpus} into ${store.path}`
      : `${store.path} already holds the ${count(summary.present, 'report')} of ${corpus}`;
  return { loaded, failures: summary.failed.map(({ reason }) => reason) };
}

export const LIBRARY_COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  ingest,
  list,
  show,
  delete: remove,
  figures,
  search,
  export: exportCommand,
  import: importCommand,
  migrate: migrateCommand,
  reanalyze,
};
