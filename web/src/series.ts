// An issuer's series as the pages read it: the issuer a URL names, its
// reports with a year (oldest first, as GET /api/series takes them) and the
// latest consecutive pair, the default comparison.
import { getJson } from './api.js';
import type { Issuer, IssuerList } from './types.js';

export type SeriesReport = Issuer['series'][number];

/** The issuer a URL names: its name or one of its aliases, else the only one whose name holds it (北京). */
export async function issuerNamed(name: string): Promise<Issuer | undefined> {
  const { issuers } = await getJson<IssuerList>('/api/issuers');
  const holding = issuers.filter((i) => i.name.includes(name));
  return issuers.find((i) => i.name === name) ?? issuers.find((i) => i.aliases.includes(name)) ?? (holding.length === 1 ? holding[0] : undefined);
}

export const yearly = (issuer: Issuer): SeriesReport[] => issuer.series.filter((r) => r.year !== null).sort((a, b) => a.year! - b.year!);

export function latestPair(issuer: Issuer): [SeriesReport, SeriesReport] | null {
  const reports = yearly(issuer);
  return reports.length < 2 ? null : [reports.at(-2)!, reports.at(-1)!];
}
