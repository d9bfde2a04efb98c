// Behaviour snapshot for refactors: analyses every corpus report (and the
// ingest fixtures, which exercise HTML, DOCX, PDF and the encodings), compares
// consecutive years of each body, writes one canonical JSON per result, and
// compares with an earlier snapshot.
//
//   npm run snapshot -- take snapshots/before
//   npm run snapshot -- check snapshots/after snapshots/before
//   npm run snapshot -- check snapshots/after snapshots/before analyze:commitments[].rule analyze:problems[].rule
//
// `check` takes a new snapshot into the first folder, then prints, per result,
// how many values differ and the first few paths. The paths after the folders
// are the intended differences, each after the kind of result it is in
// (analyze: or compare:), array indices written []: they are counted apart and
// do not fail the check. Exit 1 when any other value differs.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { compare } from '../../src/compare/index.js';
import { InputError } from '../../src/errors.js';
import { readDocument } from '../../src/ingest/index.js';
import { analyzeDocument } from '../../src/pipeline.js';
import type { Analysis } from '../../src/types.js';
import { yearPairs } from '../tools/corpus-pairs.js';

const CORPUS = 'corpus';
const FIXTURES = 'test/fixtures';
const FIXTURE_FORMATS = /\.(txt|html|docx|pdf)$/;
const SHOWN_DIFFS = 5;

/** Keys sorted at every level, two-space indent: equal values give equal bytes. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

async function inputs(): Promise<string[]> {
  const corpus = (await readdir(CORPUS)).filter((name) => name.endsWith('.txt')).map((name) => join(CORPUS, name));
  const fixtures = (await readdir(FIXTURES)).filter((name) => FIXTURE_FORMATS.test(name)).map((name) => join(FIXTURES, name));
  return [...corpus, ...fixtures].sort();
}

async function take(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const analyses = new Map<string, Analysis>();
  const write = (name: string, value: unknown) => writeFile(join(folder, `${name}.json`), `${JSON.stringify(canonical(value), null, 2)}\n`);
  for (const path of await inputs()) {
    try {
      const analysis = analyzeDocument(await readDocument(path));
      analyses.set(path, analysis);
      await write(`analyze.${basename(path)}`, analysis);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      await write(`analyze.${basename(path)}`, { error: error.message });
    }
  }
  for (const [older, newer] of yearPairs([...analyses.keys()].filter((path) => path.startsWith(CORPUS)))) {
    await write(`compare.${basename(older)}.${basename(newer)}`, compare(analyses.get(older)!, analyses.get(newer)!));
  }
}

/** Paths (`figures[3].label`) where two JSON values differ. */
function differences(a: unknown, b: unknown, path = '', out: string[] = []): string[] {
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const child = Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], child, out);
    }
  } else if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push(`${path}: ${JSON.stringify(b)?.slice(0, 80)} → ${JSON.stringify(a)?.slice(0, 80)}`);
  }
  return out;
}

/** Whether a difference (`commitments[3].rule: …`) of result `name` (`analyze.x.txt.json`) is an intended one (`analyze:commitments[].rule`). */
function isIntended(intended: readonly string[], name: string, line: string): boolean {
  const path = line.slice(0, line.indexOf(': ')).replace(/\[\d+\]/g, '[]');
  return intended.includes(`${name.slice(0, name.indexOf('.'))}:${path}`);
}

async function check(folder: string, baseline: string, intended: readonly string[]): Promise<number> {
  await take(folder);
  const names = new Set([...(await readdir(folder)), ...(await readdir(baseline))]);
  let changed = 0;
  let expected = 0;
  for (const name of [...names].sort()) {
    const read = (dir: string) => readFile(join(dir, name), 'utf8').then(JSON.parse, () => undefined);
    const all = differences(await read(folder), await read(baseline));
    const found = all.filter((line) => !isIntended(intended, name, line));
    expected += all.length - found.length;
    if (found.length === 0) continue;
    changed++;
    console.log(`${name}: ${found.length} differences`);
    for (const line of found.slice(0, SHOWN_DIFFS)) console.log(`  ${line}`);
  }
  console.log(`${names.size} results, ${changed} differ${intended.length > 0 ? `; ${expected} intended differences (${intended.join(', ')})` : ''}`);
  return changed > 0 ? 1 : 0;
}

const [command, folder, baseline, ...intended] = process.argv.slice(2);
if (command === 'take' && folder) await take(folder);
else if (command === 'check' && folder && baseline) process.exitCode = await check(folder, baseline, intended);
else {
  console.error('usage: snapshot take FOLDER | snapshot check FOLDER BASELINE [INTENDED PATH …]');
  process.exitCode = 2;
}
