// The follow-up status model's training rows and its honest measure. Rows come
// from the OPENED status gold only (the tuned pairs, own-dev, own2…own7; never a
// blind batch): each gold commitment placed on the extracted one, with the hand
// rules' call and the evidence features (assessFollowUps). Held out by pair: each
// pair is scored by a model fitted on the others, so a pair's own wording never
// helps its score.
import { join } from 'node:path';
import { assessFollowUps } from '../compare/evidence.js';
import { fit, predict, type Features } from '../compare/model.js';
import { openCorpus } from './corpus.js';
import { noCounts, placeJudgements, readLines, STATUSES, type Status, type StatusJudgement, type StatusScore } from './evidence.js';

export const TRAINING_GOLD = ['followup.gold.jsonl', 'followup-own2.gold.jsonl', 'followup-own3.gold.jsonl', 'followup-own4.gold.jsonl', 'followup-own5.gold.jsonl', 'followup-own6.gold.jsonl', 'followup-own7.gold.jsonl'];

export interface Row {
  pair: string;
  gold: Status;
  /** The hand rules' status and rule. */
  status: Status;
  rule: string;
  features: Features;
}

export async function trainingRows(folder: string): Promise<Row[]> {
  const corpus = await openCorpus(folder);
  const gold = (await Promise.all(TRAINING_GOLD.map((file) => readLines<StatusJudgement>(join(folder, 'verdicts', file))))).flat();
  if (gold.some((g) => g.set === 'blind')) throw new Error('blind gold must never train the follow-up model');
  const rows: Row[] = [];
  for (const pair of new Set(gold.map((g) => g.pair))) {
    const wanted = gold.filter((g) => g.pair === pair);
    const { older, newer, placed } = await placeJudgements(folder, corpus, pair, wanted);
    const assessed = assessFollowUps(older, newer);
    wanted.forEach((want, i) => {
      const index = placed[i];
      if (index === null || index === undefined) return;
      const { followUp, features } = assessed[index]!;
      rows.push({ pair, gold: want.status, status: followUp.status, rule: followUp.rule, features: features() });
    });
  }
  return rows;
}

/** How a held-out pair's rows are decided, given the other pairs' rows. */
export type Decider = (training: Row[]) => (row: Row) => Status;

/** The model fitted on rows, their gold status the label. */
export const fitRows = (rows: Row[]) => fit(rows.map((row) => ({ features: row.features, label: row.gold })), STATUSES);

export const byRules: Decider = () => (row) => row.status;

/**
 * The model decides the commitments whose hand rule is one of `rules` (every
 * commitment when none are given), fitted on such rows only; the rules decide the rest.
 */
export function byModel(rules?: ReadonlySet<string>): Decider {
  return (training) => {
    const decides = (row: Row) => rules === undefined || rules.has(row.rule);
    const model = fitRows(training.filter(decides));
    return (row) => (decides(row) ? (predict(model, row.features).label as Status) : row.status);
  };
}

/** Leave one pair out: each pair's rows decided by what the others trained, the calls summed. */
export function heldOut(rows: Row[], decider: Decider): StatusScore['counts'] {
  const counts = noCounts();
  for (const pair of new Set(rows.map((row) => row.pair))) {
    const decide = decider(rows.filter((row) => row.pair !== pair));
    for (const row of rows.filter((r) => r.pair === pair)) {
      const called = decide(row);
      counts[row.gold].gold++;
      counts[called].called++;
      if (called === row.gold) counts[called].right++;
    }
  }
  return counts;
}
