// Commitment follow-up against two kinds of hand-made gold.
// - corpus/verdicts/evidence.gold.jsonl (the dev gold): commitment–evidence pairs
//   judged addressed true or false. It gives the precision of `addressed` (the
//   tool's best evidence looked up) and its recall (commitments with a sentence
//   judged to show them done that the tool calls addressed).
// - corpus/verdicts/followup.gold.jsonl: one status per commitment, written from
//   the texts for pairs outside the dev set. Gold commitments are matched to the
//   extracted ones as commitments are scored (≥ 70% of the shorter shared).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { followUpCommitments, statusOfParts } from '../compare/evidence.js';
import { readDocument } from '../ingest/index.js';
import { normalize, normalizeInline } from '../normalize/normalize.js';
import type { Analysis, CommitmentFollowUp, Span } from '../types.js';
import { openCorpus, type Corpus } from './corpus.js';
import { placeGold } from './gold.js';
import { listsItems, overlap, sharedLength } from './score.js';

interface Judgement {
  pair: string;
  commitment: string;
  evidence: string;
  addressed: boolean;
}

export type Status = CommitmentFollowUp['status'];
export const STATUSES: Status[] = ['addressed', 'partly', 'no-evidence'];

export interface StatusJudgement {
  pair: string;
  commitment: string;
  status: Status;
  evidence: string | null;
  why: string;
  /** `own-dev`: judged from the texts by a rule writer before the tool ran on the pair; scored apart. */
  set?: string;
}

export interface EvidenceScore {
  addressed: number;
  right: number;
  wrong: number;
  /** Calls whose evidence nobody has judged yet: re-judge when this grows. */
  unjudged: number;
  /** Commitments with a sentence judged to show them done, and how many of them the tool calls addressed. */
  goldAddressed: number;
  foundAddressed: number;
  /** Of those, what the tool called the others, by rule. */
  missedBy: Record<string, number>;
  wrongExamples: string[];
  unjudgedExamples: string[];
  /** Against each status gold file the folder has (STATUS_GOLD), in that order. */
  statuses: StatusScore[];
}

/**
 * Status gold: followup.gold.jsonl, whose misses the rules were written after;
 * followup-own2…8.gold.jsonl, the first seven blind batches, opened to rule writers once
 * later batches could keep the blind score; followup-own9…10.gold.jsonl, written open for
 * the early 2000s' reports; followup-blind8.gold.jsonl … (later batches),
 * judged by someone who never saw the tool and not looked at while the rules were tuned.
 */
const STATUS_GOLD = ['followup.gold.jsonl', 'followup-own2.gold.jsonl', 'followup-own3.gold.jsonl', 'followup-own4.gold.jsonl', 'followup-own5.gold.jsonl', 'followup-own6.gold.jsonl', 'followup-own7.gold.jsonl', 'followup-own8.gold.jsonl', 'followup-own9.gold.jsonl', 'followup-own10.gold.jsonl', 'followup-blind8.gold.jsonl', 'followup-blind9.gold.jsonl', 'followup-blind10.gold.jsonl', 'followup-blind11.gold.jsonl', 'followup-blind12.gold.jsonl', 'followup-blind13.gold.jsonl', 'followup-blind14.gold.jsonl', 'followup-blind15.gold.jsonl', 'followup-blind16.gold.jsonl', 'followup-blind17.gold.jsonl'];

export interface StatusScore {
  /** The gold file's name, and its set when the file holds more than one. */
  file: string;
  pairs: number;
  commitments: number;
  /** Per status: gold count, calls among matched gold commitments, right calls. */
  counts: Record<Status, { gold: number; called: number; right: number }>;
  /** Blind gold's items are counted, never listed (see listsItems). */
  blind: boolean;
  unmatched: string[];
  wrongCalls: string[];
  /** Gold evidence sentences (of matched commitments) and how many of them the tool's evidence holds. */
  goldEvidence: number;
  evidenceFound: number;
}

/** Both reports of a pair, analysed with the metadata MANIFEST.tsv gives them (the years national reports do not state). */
async function analysesOf(corpus: Corpus, pair: string): Promise<{ older: Analysis; newer: Analysis }> {
  const [from, to] = pair.split('__');
  return { older: await corpus.analysisOf(`${from}.txt`), newer: await corpus.analysisOf(`${to}.txt`) };
}

export async function readLines<T>(file: string): Promise<T[]> {
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export async function evaluateEvidence(folder: string, corpus?: Corpus): Promise<EvidenceScore> {
  const reports = corpus ?? (await openCorpus(folder));
  const judgements = await readLines<Judgement>(join(folder, 'verdicts', 'evidence.gold.jsonl'));
  const verdict = new Map(judgements.map((j) => [`${j.pair}|${j.commitment}|${j.evidence}`, j.addressed]));
  const shownDone = new Set(judgements.filter((j) => j.addressed).map((j) => `${j.pair}|${j.commitment}`));
  const score: EvidenceScore = {
    addressed: 0, right: 0, wrong: 0, unjudged: 0, goldAddressed: shownDone.size, foundAddressed: 0, missedBy: {}, wrongExamples: [], unjudgedExamples: [], statuses: [],
  };
  for (const pair of new Set(judgements.map((j) => j.pair))) {
    const { older, newer } = await analysesOf(reports, pair);
    for (const followUp of followUpCommitments(older, newer)) {
      if (shownDone.has(`${pair}|${followUp.text}`)) {
        if (followUp.status === 'addressed') score.foundAddressed++;
        else {
          // By the follow-up rule alone: one decided through a target verdict also names the verdict's (followup:target-short verdict:floor).
          const rule = followUp.rule.split(' ')[0]!;
          score.missedBy[rule] = (score.missedBy[rule] ?? 0) + 1;
        }
      }
      if (followUp.status !== 'addressed') continue;
      score.addressed++;
      const judged = verdict.get(`${pair}|${followUp.text}|${followUp.evidence[0]!.text}`);
      const example = `[${followUp.rule}] ${followUp.text.slice(0, 40)} → ${followUp.evidence[0]!.text.slice(0, 70)}`;
      if (judged === undefined) {
        score.unjudged++;
        score.unjudgedExamples.push(example);
      } else if (judged) score.right++;
      else {
        score.wrong++;
        score.wrongExamples.push(example);
      }
    }
  }
  for (const file of STATUS_GOLD) {
    const path = join(folder, 'verdicts', file);
    if (!existsSync(path)) continue;
    const gold = await readLines<StatusJudgement>(path);
    const sets = new Set(gold.map((g) => g.set));
    for (const set of sets) {
      const name = sets.size > 1 && set !== undefined ? `${file}, set ${set}` : file;
      score.statuses.push(await evaluateStatuses(folder, name, reports, gold.filter((g) => g.set === set)));
    }
  }
  return score;
}

/** A pair's reports and, for each gold judgement of it, the index of the extracted commitment it names (≥ 70% shared), or null, and where the judgement lies in the older report. */
export async function placeJudgements(folder: string, corpus: Corpus, pair: string, wanted: StatusJudgement[]): Promise<{ older: Analysis; newer: Analysis; placed: Array<number | null>; spans: Span[] }> {
  const { older, newer } = await analysesOf(corpus, pair);
  // Gold commitments are copied from the file as it is; place them there, then in the normalised text.
  const { text: source } = await readDocument(join(folder, older.source.name));
  const spans = placeGold({ file: pair, metrics: [], commitments: wanted.map((g) => g.commitment) }, normalize(source), source).commitments;
  const placed = spans.map((span) => {
    const best = older.commitments
      .map((commitment, index) => ({ index, shared: overlap(commitment, span) }))
      .filter(({ shared }) => shared >= 0.7)
      .sort((a, b) => b.shared - a.shared)[0];
    return best?.index ?? null;
  });
  return { older, newer, placed, spans };
}

/**
 * What the tool says of the gold judgement's words: a gold item that is some clauses of a
 * commitment of several (the gold judges 建成16个幸福河湖, the tool's commitment holds three
 * more asks) is scored on the parts it holds most of, their statuses combined as a
 * commitment's are; one that holds every part, on the commitment. Its evidence is theirs.
 */
export function judgedAs(followUp: CommitmentFollowUp, gold: Span): Pick<CommitmentFollowUp, 'status' | 'rule' | 'evidence'> {
  const named = followUp.parts.filter((part) => heldBy(gold, { start: part.start, end: part.start + part.text.length }));
  if (named.length === 0 || named.length === followUp.parts.length) return followUp;
  const { status, rule } = statusOfParts(named);
  return { status, rule, evidence: named.flatMap((part) => part.evidence) };
}

/** A part is the gold item's when most of its characters lie within the gold span. */
const heldBy = (gold: Span, part: Span) => sharedLength(gold, part) > (part.end - part.start) / 2;

/** Per status, no gold, calls or right calls yet. */
export const noCounts = () => Object.fromEntries(STATUSES.map((s) => [s, { gold: 0, called: 0, right: 0 }])) as StatusScore['counts'];

async function evaluateStatuses(folder: string, file: string, corpus: Corpus, gold: StatusJudgement[]): Promise<StatusScore> {
  const counts = noCounts();
  const score: StatusScore = { file, pairs: 0, commitments: gold.length, counts, blind: gold.every((g) => g.set === 'blind'), unmatched: [], wrongCalls: [], goldEvidence: 0, evidenceFound: 0 };
  for (const pair of new Set(gold.map((g) => g.pair))) {
    score.pairs++;
    const wanted = gold.filter((g) => g.pair === pair);
    const { older, newer, placed, spans } = await placeJudgements(folder, corpus, pair, wanted);
    const followUps = followUpCommitments(older, newer);
    wanted.forEach((want, i) => {
      counts[want.status].gold++;
      const index = placed[i];
      if (index === null || index === undefined) {
        score.unmatched.push(`${pair}: ${want.commitment.slice(0, 40)} (${want.status})`);
        return;
      }
      const got = judgedAs(followUps[index]!, spans[i]!);
      if (want.evidence) {
        score.goldEvidence++;
        // Gold is copied from the file as it is, the tool's evidence from the normalised text (％ → %, spaces between Han characters dropped).
        const sentence = normalizeInline(want.evidence).text;
        if (got.evidence.some((e) => e.text.includes(sentence) || sentence.includes(e.text))) score.evidenceFound++;
      }
      counts[got.status].called++;
      if (got.status === want.status) counts[got.status].right++;
      else score.wrongCalls.push(`${want.status} called ${got.status} [${got.rule}] ${want.commitment.slice(0, 30)} → ${got.evidence[0]?.text.slice(0, 40) ?? '—'}`);
    });
  }
  return score;
}

export const share = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`);

export function formatEvidence(score: EvidenceScore, verbose: boolean): string {
  const judged = score.right + score.wrong;
  const missed = Object.entries(score.missedBy).sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(', ');
  const lines = [
    '\ncommitment evidence (gold: corpus/verdicts/evidence.gold.jsonl)',
    `  addressed calls    ${score.addressed} (${score.unjudged} not yet judged)`,
    `  precision          ${score.right}/${judged} (${share(score.right, judged)})`,
    `  recall             ${score.foundAddressed}/${score.goldAddressed} (${share(score.foundAddressed, score.goldAddressed)}) of commitments with a sentence judged to show them done`,
    `  those not called addressed, by rule: ${missed || '—'}`,
  ];
  if (verbose) for (const example of score.wrongExamples) lines.push(`    wrong  ${example}`);
  if (verbose) for (const example of score.unjudgedExamples) lines.push(`    not judged  ${example}`);
  for (const statuses of score.statuses) lines.push(formatStatuses(statuses, verbose));
  return lines.join('\n');
}

function formatStatuses(score: StatusScore, verbose: boolean): string {
  const lines = [
    `\ncommitment follow-up (gold: corpus/verdicts/${score.file}, ${score.commitments} commitments of ${score.pairs} pairs)`,
    '  status         gold  called  right  precision   recall',
  ];
  for (const status of STATUSES) {
    const { gold, called, right } = score.counts[status];
    lines.push(`  ${status.padEnd(12)} ${String(gold).padStart(5)} ${String(called).padStart(7)} ${String(right).padStart(6)} ${share(right, called).padStart(10)} ${share(right, gold).padStart(8)}`);
  }
  lines.push(`  gold evidence sentences among the tool's evidence: ${score.evidenceFound}/${score.goldEvidence} (${share(score.evidenceFound, score.goldEvidence)})`);
  lines.push(`  not matched to an extracted commitment (counted as misses): ${score.unmatched.length}`);
  const set = score.blind ? 'blind' : undefined;
  if (listsItems(set, true)) for (const miss of score.unmatched) lines.push(`    unmatched  ${miss}`);
  if (listsItems(set, verbose)) for (const call of score.wrongCalls) lines.push(`    wrong  ${call}`);
  return lines.join('\n');
}
