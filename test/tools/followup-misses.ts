// Open follow-up gold the tool calls no-evidence though the gold says addressed or partly, with
// where the gold's evidence sentence lies: in the year's review or the five-year review, and its
// rank among the evidence the tool shows (-1: not shown). The bucket to sort into classes of
// wording before writing a naming rule. Open gold only (followup.gold.jsonl's dev and own-dev
// sets, followup-own2 … own10): blind gold is never read.
// `--wrong-addressed`: instead, every open gold item the tool calls addressed though the gold says
// partly or no-evidence, scored as eval scores it (`clauses`: the gold's clauses) or on the whole
// commitment (`whole`), with the deciding rule, each part's rule and the tool's evidence sentence:
// the bucket for precision.
// `--partly`: instead, every open gold item the gold says addressed and the tool, scored as eval
// scores it, partly, with the same fields: the bucket for addressed recall lost to partly.
// `npx tsx test/tools/followup-misses.ts [--wrong-addressed | --partly] > misses.jsonl`
import { existsSync } from 'node:fs';
import { followUpCommitments } from '../../src/compare/evidence.js';
import { fiveYearPart } from '../../src/compare/periods.js';
import { openCorpus } from '../../src/eval/corpus.js';
import { judgedAs, placeJudgements, readLines, type StatusJudgement } from '../../src/eval/evidence.js';
import { normalizeInline } from '../../src/normalize/normalize.js';
import type { Analysis, CommitmentFollowUp, Span } from '../../src/types.js';

const FOLDER = 'corpus';
const OPEN = ['followup.gold.jsonl', ...Array.from({ length: 9 }, (_, i) => `followup-own${i + 2}.gold.jsonl`)];
const WRONG_ADDRESSED = process.argv.includes('--wrong-addressed');
const PARTLY = process.argv.includes('--partly');

/** Whether a sentence of the newer report lies in its five-year review. */
function inFiveYears(newer: Analysis, older: Analysis, sentence: string): boolean | null {
  const at = newer.text.indexOf(sentence);
  const found = newer.sentences.find((s) => s.start <= at && at < s.end);
  if (at === -1 || !found) return null;
  const reviewed = newer.meta.year ?? (older.meta.year === null ? null : older.meta.year + 1);
  return fiveYearPart(newer, found, reviewed) !== null;
}

/** A miss: the gold says done in part or whole, the tool no-evidence. */
function miss(file: string, pair: string, want: StatusJudgement, got: CommitmentFollowUp, newer: Analysis, older: Analysis): void {
  if (got.status !== 'no-evidence' || want.status === 'no-evidence' || !want.evidence) return;
  const evidence = normalizeInline(want.evidence).text;
  const rank = got.evidence.findIndex((e) => e.text.includes(evidence) || evidence.includes(e.text));
  const fiveYears = inFiveYears(newer, older, evidence.slice(0, 12));
  console.log(JSON.stringify({ file, pair, gold: want.status, commitment: want.commitment, evidence, fiveYears, rank }));
}

/** A wrong addressed call, on the gold's clauses or on the whole commitment. */
function wrongAddressed(file: string, pair: string, want: StatusJudgement, got: CommitmentFollowUp, span: Span): void {
  if (want.status === 'addressed') return;
  const scored = judgedAs(got, span);
  const scoring = scored.status === 'addressed' ? 'clauses' : got.status === 'addressed' ? 'whole' : null;
  if (scoring) show(file, pair, want, got, scoring === 'clauses' ? scored : got, scoring);
}

/** An addressed item the tool calls partly, scored on the gold's clauses. */
function partlyMiss(file: string, pair: string, want: StatusJudgement, got: CommitmentFollowUp, span: Span): void {
  const scored = judgedAs(got, span);
  if (want.status === 'addressed' && scored.status === 'partly') show(file, pair, want, got, scored, scored === got ? 'whole' : 'clauses');
}

/** One line: the deciding rule, each part's rule and the tool's evidence beside the gold's. */
function show(file: string, pair: string, want: StatusJudgement, got: CommitmentFollowUp, decided: Pick<CommitmentFollowUp, 'rule' | 'evidence'>, scoring: string): void {
  const parts = got.parts.map((p) => `${p.status}/${p.rule.replace('followup:', '')}: ${p.text.slice(0, 30)}`);
  const evidence = decided.evidence[0]?.text ?? null;
  console.log(JSON.stringify({ file, pair, gold: want.status, scoring, rule: decided.rule, commitment: want.commitment, evidence, parts, why: want.why, goldEvidence: want.evidence }));
}

const corpus = await openCorpus(FOLDER);
for (const file of OPEN.filter((name) => existsSync(`${FOLDER}/verdicts/${name}`))) {
  const gold = (await readLines<StatusJudgement>(`${FOLDER}/verdicts/${file}`)).filter((g) => g.set !== 'blind');
  for (const pair of new Set(gold.map((g) => g.pair))) {
    const wanted = gold.filter((g) => g.pair === pair);
    const { older, newer, placed, spans } = await placeJudgements(FOLDER, corpus, pair, wanted);
    const followUps = followUpCommitments(older, newer);
    wanted.forEach((want, i) => {
      const got = placed[i] === null || placed[i] === undefined ? null : followUps[placed[i]!]!;
      if (!got) return;
      if (WRONG_ADDRESSED) wrongAddressed(file, pair, want, got, spans[i]!);
      else if (PARTLY) partlyMiss(file, pair, want, got, spans[i]!);
      else miss(file, pair, want, got, newer, older);
    });
  }
}
