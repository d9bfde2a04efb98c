// One comparison of two stored reports as a compare thread runs it: the two
// analyses in (or only their keys, when the thread may hold them), the
// comparison's JSON text out, as the library caches it (so that a fresh answer
// and a cached one are the same to the byte).
import { compare } from '../compare/index.js';
import { keepPackedTokens, loadDictionaries } from '../segment/jieba.js';
import type { Analysis } from '../types.js';

/**
 * A stored report's analysis sent to a thread, with the tokens the library kept for it (held apart from the
 * object: jieba.ts tokensOf); or its key alone (analysis null), for a thread that may hold it already.
 */
export interface SentAnalysis {
  /** The report's id, sha256 and time of analysis: the same key is the same analysis. */
  key: string;
  analysis: Analysis | null;
  tokens: Uint8Array | null;
}

export interface CompareTask {
  older: SentAnalysis;
  newer: SentAnalysis;
}

/** The comparison's JSON text, or the keys of the analyses sent by key alone that the thread does not hold: to be sent whole. */
export type CompareAnswer = string | { missing: string[] };

/** Analyses kept, at most this many. */
const RECENT_ANALYSES = 2;

/**
 * The value under `key` among the last ones used, made by `make` when it is
 * not: a series compares each report with the year before and then the year
 * after, and an analysis compared again keeps what comparing it made (its
 * words cut, its outline): a series took 6–11% less CPU.
 */
export async function recentOr<T>(recent: Map<string, T>, key: string, make: () => T | Promise<T>): Promise<T> {
  let value = recent.get(key);
  if (value === undefined) {
    value = await make();
    if (recent.size >= RECENT_ANALYSES) recent.delete(recent.keys().next().value!);
  } else {
    recent.delete(key);
  }
  recent.set(key, value);
  return value;
}

// Read as the thread starts, before piscina gives it a job: a thread started for a job that waits (a second
// at once) is then ready when the busy one may not be, and the job goes to the first ready.
loadDictionaries();

const recent = new Map<string, Analysis>();

/** The analysis sent, or the same one this thread holds already, as compared last. */
function held({ key, analysis, tokens }: SentAnalysis): Promise<Analysis> {
  return recentOr(recent, key, () => {
    // Sent whole whenever not held (compareWorker checks before).
    if (tokens) keepPackedTokens(analysis!, tokens);
    return analysis!;
  });
}

/** The worker's entry: compare() of the two analyses, as JSON text; or, before any work, the keys sent alone that this thread does not hold. */
export default async function compareWorker({ older, newer }: CompareTask): Promise<CompareAnswer> {
  const missing = [older, newer].filter(({ key, analysis }) => analysis === null && !recent.has(key)).map(({ key }) => key);
  if (missing.length > 0) return { missing };
  // The newer one first when sent by key: keeping the older one, sent whole, drops the analysis held longest, which may be it.
  const newerHeld = newer.analysis === null ? await held(newer) : null;
  const olderAnalysis = await held(older);
  return JSON.stringify(compare(olderAnalysis, newerHeld ?? (await held(newer))));
}
