// Verdicts on targets against hand-made gold (corpus/verdicts/*.json): for
// each target of the older report, the verdict a careful analyst gave.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { judgeTargets } from '../compare/targets.js';
import type { TargetCheck, Verdict } from '../types.js';
import { openCorpus, type Corpus } from './corpus.js';
import { canonical } from './gold.js';
import { listsItems } from './score.js';
import { normalize } from '../normalize/normalize.js';

interface GoldVerdict {
  target: string;
  value: number;
  valueMax: number | null;
  unit: string;
  verdict: Verdict;
}

interface GoldPair {
  /** "new", "own-dev" or "blind" for pairs judged apart from the rules (see VerdictRow.set); absent for the dev set. */
  set?: string;
  from: string;
  to: string;
  targets: GoldVerdict[];
}

/** The headline measures the acceptance is about: growth, jobs, unemployment, prices. */
const HEADLINE = /生产总值|经济增长|新增就业|失业率|居民消费价格/;

export interface VerdictRow {
  pair: string;
  /**
   * dev: the gold the rules were written against; new: pairs judged after the rules were written
   * (and since looked at while improving them); own-dev: pairs a rule writer judged by hand before
   * running the tool on them; blind: pairs nobody tuning the rules has seen.
   */
  set: 'dev' | 'new' | 'own-dev' | 'blind';
  target: string;
  headline: boolean;
  want: Verdict;
  got: Verdict | 'not-found';
  reason: string;
}

function findCheck(checks: TargetCheck[], want: GoldVerdict): TargetCheck | undefined {
  const value = canonical(want.value, want.unit);
  // Gold is copied from the text as printed (8％左右); commitments are in the normalised text.
  const target = normalize(want.target).text;
  const candidates = checks.filter(
    (check) =>
      target.includes(check.commitment) || check.commitment.includes(target)
        ? Math.abs(check.target.value - value.value) < 1e-9 * Math.max(1, value.value)
        : false,
  );
  // Two figures of one commitment may share a value (综合体30个、老人家食堂30个): the gold's is the one its text labels.
  return candidates.find((check) => check.target.label !== '' && target.includes(check.target.label)) ?? candidates[0];
}

export async function evaluateVerdicts(folder: string, corpus?: Corpus): Promise<VerdictRow[]> {
  // trend.gold.json and other *.gold.json files hold other gold.
  const files = (await readdir(join(folder, 'verdicts')).catch(() => [])).filter((name) => name.endsWith('.json') && !name.endsWith('.gold.json')).sort();
  const reports = corpus ?? (await openCorpus(folder));
  const rows: VerdictRow[] = [];
  for (const name of files) {
    const gold = JSON.parse(await readFile(join(folder, 'verdicts', name), 'utf8')) as GoldPair;
    const checks = judgeTargets(await reports.analysisOf(gold.from), await reports.analysisOf(gold.to)).distinct;
    for (const want of gold.targets) {
      const check = findCheck(checks, want);
      rows.push({
        pair: name.replace(/\.json$/, ''),
        set: gold.set === 'new' || gold.set === 'own-dev' || gold.set === 'blind' ? gold.set : 'dev',
        target: want.target,
        headline: HEADLINE.test(want.target),
        want: want.verdict,
        got: check?.verdict ?? 'not-found',
        reason: check?.reason ?? '',
      });
    }
  }
  return rows;
}

export interface VerdictSummary {
  total: number;
  right: number;
  headline: number;
  headlineRight: number;
  /** met or missed where the gold says otherwise: the errors a supervisor cannot afford. */
  wrongCalls: number;
}

export function summarizeVerdicts(rows: VerdictRow[]): VerdictSummary {
  const right = (row: VerdictRow) => row.got === row.want;
  const headline = rows.filter((row) => row.headline);
  return {
    total: rows.length,
    right: rows.filter(right).length,
    headline: headline.length,
    headlineRight: headline.filter(right).length,
    wrongCalls: rows.filter((row) => (row.got === 'met' || row.got === 'missed') && !right(row)).length,
  };
}

export function formatVerdicts(rows: VerdictRow[], verbose: boolean): string {
  const pct = (a: number, b: number) => `${b === 0 ? '—' : ((a / b) * 100).toFixed(1)}%`;
  const lines: string[] = [];
  const sets: Array<[VerdictRow['set'], string]> = [
    ['dev', 'dev set: the pairs the rules were written against'],
    ['new', 'new pairs (held out, "set": "new")'],
    ['own-dev', 'own dev pairs (judged by hand before the tool ran on them, "set": "own-dev")'],
    ['blind', 'blind pairs (never seen while tuning, "set": "blind")'],
  ];
  for (const [set, title] of sets) {
    const own = rows.filter((row) => row.set === set);
    if (own.length === 0) continue;
    const s = summarizeVerdicts(own);
    lines.push(
      `\ntarget verdicts, ${title} (gold: corpus/verdicts)`,
      `  all targets        ${s.right}/${s.total} right (${pct(s.right, s.total)})`,
      `  headline targets   ${s.headlineRight}/${s.headline} right (${pct(s.headlineRight, s.headline)})`,
      `  wrong met/missed   ${s.wrongCalls}`,
    );
    // Pairs differ in size (one plan sets 15 targets, another 130): each pair's share shows which dominates.
    for (const pair of [...new Set(own.map((row) => row.pair))]) {
      const p = summarizeVerdicts(own.filter((row) => row.pair === pair));
      lines.push(`    ${pair.padEnd(52)} ${`${p.right}/${p.total}`.padStart(7)}  headline ${p.headlineRight}/${p.headline}  wrong ${p.wrongCalls}`);
    }
    if (listsItems(set, verbose)) {
      for (const row of own.filter((r) => r.got !== r.want)) {
        lines.push(`    ${row.pair}: ${row.target} — want ${row.want}, got ${row.got} (${row.reason.slice(0, 70)})`);
      }
    }
  }
  return lines.join('\n');
}
