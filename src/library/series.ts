// A stored series: the reports of one issuer with a year, oldest first, and
// what is read over it (one measure's trend, the catalogue's counts), as the
// compare commands and the HTTP service ask for them.
import { InputError } from '../errors.js';
import type { AsyncStore, ReportSummary } from '../store/index.js';
import { type SeriesReport, type Trend, trend } from '../compare/trend.js';
import { MEASURES } from '../measures/index.js';
import type { MeasureRow, ReviewedComparison, SeriesPair, TrendResult } from './shapes.js';

/** The stored reports of an issuer (part of its name or an alias) that have a year, oldest first. */
export async function seriesReports(store: AsyncStore, issuer: string): Promise<ReportSummary[]> {
  const reports = (await store.listReports({ issuer })).filter((r) => r.year !== null);
  if (reports.length === 0) throw new InputError('REPORT_NOT_FOUND', issuer, 'has no stored reports with a year');
  return reports.sort((a, b) => a.year! - b.year!);
}

type Side = NonNullable<ReviewedComparison['figures'][number]['from']>;

/** The sentences a series pair cites, each once, and the index that names each. */
function sentenceTable() {
  const sentences: string[] = [];
  const index = new Map<string, number>();
  const ref = (text: string): number => {
    let i = index.get(text);
    if (i === undefined) index.set(text, (i = sentences.push(text) - 1));
    return i;
  };
  const side = (s: Side | null): SeriesPair['figures'][number]['from'] => s && { ...s, sentence: ref(s.sentence) };
  return { sentences, ref, side };
}

/**
 * A comparison as a series answers it by default (shapes.ts SeriesPair): each
 * sentence once, and the commitments the newer report answers or someone
 * reviewed; the text's changes counted, not listed. For the national series
 * 18.3 → 2.6 MB, mostly the evidence sentences repeated: ranked candidates
 * of each commitment and of each of its clauses.
 */
export function seriesPair(c: ReviewedComparison): SeriesPair {
  const { sentences, ref, side } = sentenceTable();
  const figures = c.figures.map((p) => ({ ...p, from: side(p.from), to: side(p.to) }));
  const targets = c.targets.map((t) => ({ ...t, target: side(t.target)!, actual: side(t.actual) }));
  const isAnswered = (f: ReviewedComparison['commitments'][number]) => f.status !== 'no-evidence' || f.review !== null;
  const answered = c.commitments.filter(isAnswered);
  const commitments = answered.map(({ id, text, status, rule, reason, score, evidence, review }) => {
    const best = evidence[0];
    return { id, text, status, rule, reason, score, evidence: best ? { sentence: ref(best.text), start: best.start, score: best.score } : null, review };
  });
  const unanswered = c.commitments.filter((f) => !isAnswered(f)).map((f) => f.id);
  const sections = c.sections.map(({ from, to, similarity, changes }) => {
    const count = (kind: string) => changes.filter((change) => change.kind === kind).length;
    return { from, to, similarity, changes: { added: count('added'), removed: count('removed'), changed: count('changed') } };
  });
  return { from: c.from, to: c.to, sentences, figures, targets, commitments, unanswered, sections, reuse: c.reuse, links: c.links };
}

/** The analyses of a stored series with their ids, oldest first, as `trend` takes them, and the issuer's name. */
export async function storedSeries(store: AsyncStore, issuer: string): Promise<{ issuer: string; series: Array<SeriesReport<number>> }> {
  const reports = await seriesReports(store, issuer);
  const series: Array<SeriesReport<number>> = [];
  for (const summary of reports) series.push({ id: summary.id, analysis: (await store.getReport(summary.id))!.analysis });
  return { issuer: reports[0]!.issuer ?? issuer, series };
}

/** One measure (a catalogue id) or label over the stored years of an issuer. */
export async function storedTrend(store: AsyncStore, query: string, issuer: string): Promise<Trend<number> & TrendResult> {
  const { issuer: name, series } = await storedSeries(store, issuer);
  return { ...trend(query, series), issuer: name };
}

/** The catalogue of measures with how many stored figures state each. */
export async function measureList(store: AsyncStore): Promise<MeasureRow[]> {
  const counts = new Map((await store.measureCounts()).map((row) => [row.measure, row.figures]));
  return MEASURES.map((m) => ({ id: m.id, name: m.name, kind: m.kind, unit: m.unit, direction: m.direction, figures: counts.get(m.id) ?? 0 }));
}
