// Comparisons over HTTP (two reports, a series, a trend) and the reviews a
// person adds to them: figure links and commitment follow-ups, kept as
// history and shown beside the automatic result.
import type { Static } from 'typebox';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/types.js';
import type { ComparisonBody, SeriesResult } from '../../src/server/schemas.js';
import { appFor, cli, errorCode, file, multipart } from './helpers.js';

const { app, db } = await appFor();

const idOf = async (path: string) => {
  const response = await app.inject({ method: 'POST', url: '/api/reports', ...multipart([file(path)]) });
  expect(response.statusCode).toBe(201);
  return response.json().reports[0].id as number;
};

let older: number;
let newer: number;
let comparison: ComparisonBody;
beforeAll(async () => {
  older = await idOf('corpus/xuchang-demo-zone-2021.txt');
  newer = await idOf('test/fixtures/xuchang-demo-zone-2022.synthetic.txt');
  comparison = (await app.inject(`/api/compare?from=${older}&to=${newer}`)).json();
}, 60_000);

type SeriesBody = Static<typeof SeriesResult>;
const SERIES = `/api/series/${encodeURIComponent('示范区')}`;

const compared = async () => (await app.inject(`/api/compare?from=${older}&to=${newer}`)).json() as ComparisonBody;
const putLink = (body: object, from = older, to = newer) => app.inject({ method: 'PUT', url: `/api/compare/${from}/${to}/links`, payload: body });
const putCommitment = (id: string, body: object) => app.inject({ method: 'PUT', url: `/api/commitments/${id}/review`, payload: body });

describe('GET /api/compare', () => {
  it("is the CLI's compare JSON, with ids, figure ids and (no) reviews beside it", async () => {
    expect(comparison.from).toMatchObject({ id: older, year: 2021 });
    expect(comparison.to).toMatchObject({ id: newer, year: 2022 });
    expect(comparison.links).toEqual([]);
    expect(comparison.commitments[0]).toMatchObject({ id: `${older}-c1`, review: null });
    const paired = comparison.figures.find((p) => p.from && p.to)!;
    expect(paired.from!.figure).toMatch(/^f\d+$/);
    expect(paired.review).toBeNull();

    // Without what the API adds, it is what `nianbao compare --json` prints.
    const cliJson = JSON.parse(await cli('compare', String(older), String(newer), '--json', '--db', db)) as Comparison;
    const side = <T extends { figure?: string } | null>(s: T) => {
      if (s === null) return s;
      const { figure: _, ...rest } = s;
      return rest;
    };
    const { links: _links, ...rest } = comparison;
    const plain = {
      ...rest,
      from: (({ id: _, ...ref }) => ref)(comparison.from),
      to: (({ id: _, ...ref }) => ref)(comparison.to),
      figures: comparison.figures.map(({ review: _, ...pair }) => ({ ...pair, from: side(pair.from), to: side(pair.to) })),
      targets: comparison.targets.map((t) => ({ ...t, target: side(t.target), actual: side(t.actual) })),
      commitments: comparison.commitments.map(({ id: _, review: __, ...followUp }) => followUp),
    };
    expect(plain).toEqual(cliJson);
  });

  it('refuses missing or malformed ids with 400 and unknown ones with 404', async () => {
    for (const [url, status, code] of [
      [`/api/compare?from=${older}`, 400, 'VALIDATION'],
      [`/api/compare?from=abc&to=${newer}`, 400, 'VALIDATION'],
      [`/api/compare?from=${older}&to=99999`, 404, 'REPORT_NOT_FOUND'],
    ] as const) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(status);
      expect(errorCode(response), url).toBe(code);
    }
  });
});

describe('GET /api/series/:issuer and /api/trend', () => {
  it('compares every consecutive pair of an issuer, found by part of its name: each sentence once, whole with full=true', async () => {
    const response = await app.inject(SERIES);
    expect(response.statusCode).toBe(200);
    const body = response.json() as SeriesBody;
    expect(body.issuer).toBe('许昌市城乡一体化示范区管委会');
    expect(body.comparisons).toHaveLength(1);
    const [pair] = body.comparisons as [SeriesBody['comparisons'][number]];
    expect(new Set(pair.sentences).size).toBe(pair.sentences.length);
    // Figures and targets are compare's, each side's sentence named by its index.
    const side = <S extends { sentence: number }>(s: S | null) => s && { ...s, sentence: pair.sentences[s.sentence] };
    expect(pair.figures.map((p) => ({ ...p, from: side(p.from), to: side(p.to) }))).toEqual(comparison.figures);
    expect(pair.targets.map((t) => ({ ...t, target: side(t.target), actual: side(t.actual) }))).toEqual(comparison.targets);
    // The commitments the newer report answers, with their best sentence; the others by id.
    const answered = comparison.commitments.filter((c) => c.status !== 'no-evidence');
    expect(answered.length).toBeGreaterThan(0);
    expect(pair.commitments.map((c) => [c.id, c.status, c.rule, c.evidence && pair.sentences[c.evidence.sentence]])).toEqual(
      answered.map((c) => [c.id, c.status, c.rule, c.evidence[0]?.text ?? null]),
    );
    expect(pair.unanswered).toEqual(comparison.commitments.filter((c) => c.status === 'no-evidence').map((c) => c.id));
    // The text's changes counted, not listed.
    expect(pair.sections.map((s) => s.changes.added + s.changes.removed + s.changes.changed)).toEqual(comparison.sections.map((s) => s.changes.length));
    expect(pair.from).toEqual(comparison.from);
    expect((await app.inject(`${SERIES}?full=true`)).json().comparisons).toEqual([comparison]);
  });

  it('answers 404 for an issuer with no stored series', async () => {
    const response = await app.inject(`/api/series/${encodeURIComponent('不存在的机关')}`);
    expect(response.statusCode).toBe(404);
    expect(errorCode(response)).toBe('REPORT_NOT_FOUND');
  });

  it('follows one measure over the years, as JSON and as the CSV the CLI writes', async () => {
    const label = comparison.figures.find((p) => p.from && p.to)!.label;
    const query = `label=${encodeURIComponent(label)}&issuer=${encodeURIComponent('示范区')}`;
    const body = (await app.inject(`/api/trend?${query}`)).json();
    expect(body).toMatchObject({ measure: null, label, issuer: '许昌市城乡一体化示范区管委会' });
    expect(body.points.map((p: { year: number }) => p.year).slice(0, 2)).toEqual([2021, 2022]);
    expect(body.points[0].outcome).toMatchObject({ value: expect.any(Number), report: older });
    const csv = await app.inject(`/api/trend?${query}&format=csv`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body).toBe(await cli('trend', label, '--issuer', '示范区', '--format', 'csv', '--db', db));
    const missing = await app.inject(`/api/trend?issuer=x`);
    expect(missing.statusCode).toBe(400);
    expect(errorCode(missing)).toBe('VALIDATION');
    const unknown = await app.inject(`/api/trend?issuer=x&measure=gdp-grow`);
    expect(errorCode(unknown)).toBe('VALIDATION');
  });

  it('lists the measure catalogue with counts, as JSON and CSV', async () => {
    const body = (await app.inject('/api/measures')).json();
    expect(body.measures.find((m: { id: string }) => m.id === 'cpi')).toMatchObject({ name: '居民消费价格涨幅', kind: 'growth', unit: 'percent', direction: 'ceiling', figures: expect.any(Number) });
    const csv = await app.inject('/api/measures?format=csv');
    expect(csv.body).toBe(await cli('measures', '--format', 'csv', '--db', db));
  });
});

describe('PUT /api/compare/:from/:to/links', () => {
  it('confirms, then rejects a pairing: both kept, the latest shown in compare', async () => {
    const pair = comparison.figures.find((p) => p.from && p.to)!;
    const confirm = await putLink({ from: { figure: pair.from!.figure }, to: { figure: pair.to!.figure }, decision: 'confirm' });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().review).toMatchObject({
      from: { report: older, start: pair.from!.start, figure: pair.from!.figure, surface: pair.from!.surface },
      to: { report: newer, start: pair.to!.start, figure: pair.to!.figure },
      decision: 'confirm',
      note: null,
      reviewer: 'local',
      reviewedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    // Named by offsets this time, as the compare JSON gives them.
    const reject = await putLink({ from: { start: pair.from!.start }, to: { start: pair.to!.start }, decision: 'reject', note: '口径不同' });
    expect(reject.statusCode).toBe(200);
    expect(reject.json().history.map((r: { decision: string }) => r.decision)).toEqual(['confirm', 'reject']);

    const shown = (await compared()).figures.find((p) => p.from?.start === pair.from!.start && p.to?.start === pair.to!.start)!;
    expect(shown.review).toMatchObject({ decision: 'reject', note: '口径不同' });
    expect(shown.status).toBe(pair.status);
  });

  it('adds a link compare missed, listed with the reviews', async () => {
    const dropped = comparison.figures.find((p) => p.status === 'dropped')!;
    const added = comparison.figures.find((p) => p.status === 'new')!;
    const response = await putLink({ from: { figure: dropped.from!.figure }, to: { start: added.to!.start }, decision: 'add' });
    expect(response.statusCode).toBe(200);
    const links = (await compared()).links;
    expect(links.map((l) => l.decision).sort()).toEqual(['add', 'reject']);
    expect(links.find((l) => l.decision === 'add')).toMatchObject({ from: { start: dropped.from!.start }, to: { start: added.to!.start } });
  });

  it('refuses figures the reports do not hold with 422 FIGURE_NOT_FOUND', async () => {
    const pair = comparison.figures.find((p) => p.from && p.to)!;
    for (const body of [
      { from: { figure: 'f9999' }, to: { figure: pair.to!.figure }, decision: 'confirm' },
      { from: { figure: pair.from!.figure, start: pair.from!.start + 1 }, to: { figure: pair.to!.figure }, decision: 'confirm' },
      { from: { figure: pair.from!.figure }, to: { start: 1 }, decision: 'add' },
    ]) {
      const response = await putLink(body);
      expect(response.statusCode).toBe(422);
      expect(errorCode(response)).toBe('FIGURE_NOT_FOUND');
    }
  });

  it('refuses a malformed body with 400, a body that is not JSON with 415, unknown reports with 404', async () => {
    for (const body of [
      { from: { figure: 'f1' }, to: { figure: 'f1' }, decision: 'maybe' },
      { from: {}, to: { figure: 'f1' }, decision: 'confirm' },
      { from: { figure: 'f1' }, to: { figure: 'f1' }, decision: 'confirm', extra: 1 },
      { from: { figure: 'f1' }, decision: 'confirm' },
    ]) {
      const response = await putLink(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(errorCode(response)).toBe('VALIDATION');
    }
    for (const [type, payload] of [
      ['application/xml', '<link/>'],
      ['text/plain', JSON.stringify({ from: { figure: 'f1' }, to: { figure: 'f1' }, decision: 'confirm' })],
    ]) {
      const response = await app.inject({ method: 'PUT', url: `/api/compare/${older}/${newer}/links`, payload, headers: { 'content-type': type } });
      expect(response.statusCode, type).toBe(415);
      expect(errorCode(response), type).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    const broken = await app.inject({ method: 'PUT', url: `/api/compare/${older}/${newer}/links`, payload: '{"from":', headers: { 'content-type': 'application/json' } });
    expect(broken.statusCode).toBe(400);
    expect(errorCode(broken)).toBe('MALFORMED_REQUEST');
    const unknown = await putLink({ from: { figure: 'f1' }, to: { figure: 'f1' }, decision: 'confirm' }, 99999, newer);
    expect(unknown.statusCode).toBe(404);
    expect(errorCode(unknown)).toBe('REPORT_NOT_FOUND');
    const malformed = await app.inject({ method: 'PUT', url: `/api/compare/..%2f/${newer}/links`, payload: {} });
    expect(malformed.statusCode).toBe(404);
    expect(errorCode(malformed)).toBe('NOT_FOUND');
  });
});

describe('PUT /api/commitments/:id/review', () => {
  it('sets a follow-up by hand: history kept, the latest shown in compare and in the report', async () => {
    const id = comparison.commitments[0]!.id;
    const first = await putCommitment(id, { status: 'addressed', note: '2022年报告第二部分' });
    expect(first.statusCode).toBe(200);
    expect(first.json().review).toMatchObject({ report: older, commitment: 'c1', status: 'addressed', reviewer: 'local' });
    const second = await putCommitment(id, { status: 'partly' });
    expect(second.json().history.map((r: { status: string }) => r.status)).toEqual(['addressed', 'partly']);
    const history = await app.inject(`/api/commitments/${id}/reviews`);
    expect(history.statusCode).toBe(200);
    expect(history.json()).toEqual({ history: second.json().history });

    const shown = (await compared()).commitments[0]!;
    expect(shown.status).toBe(comparison.commitments[0]!.status);
    expect(shown.review).toMatchObject({ status: 'partly', note: null });
    // A series lists a reviewed commitment whatever compare found.
    const [pair] = ((await app.inject(SERIES)).json() as SeriesBody).comparisons;
    expect(pair!.commitments.find((c) => c.id === id)?.review).toMatchObject({ status: 'partly' });
    expect(pair!.unanswered).not.toContain(id);
    const listed = (await app.inject(`/api/reports/${older}/commitments`)).json().commitments[0];
    expect(listed.review).toMatchObject({ status: 'partly' });
    const csv = (await app.inject(`/api/reports/${older}/commitments?format=csv`)).body.split('\r\n');
    expect(csv[0]!.endsWith(',reviewStatus,reviewNote,reviewer,reviewedAt')).toBe(true);
    expect(csv[1]).toContain(',partly,,local,');
  });

  it('refuses an unknown commitment with 404 and a bad status with 400', async () => {
    for (const [id, code] of [
      [`${older}-c999`, 'COMMITMENT_NOT_FOUND'],
      ['99999-c1', 'COMMITMENT_NOT_FOUND'],
      ['c1', 'NOT_FOUND'],
      ['..%2f..%2fpackage.json', 'NOT_FOUND'],
    ]) {
      const response = await putCommitment(id!, { status: 'addressed' });
      expect(response.statusCode, id).toBe(404);
      expect(errorCode(response), id).toBe(code);
    }
    const unknown = await app.inject(`/api/commitments/${older}-c999/reviews`);
    expect(unknown.statusCode).toBe(404);
    expect(errorCode(unknown)).toBe('COMMITMENT_NOT_FOUND');
    const bad = await putCommitment(`${older}-c1`, { status: 'done' });
    expect(bad.statusCode).toBe(400);
    expect(errorCode(bad)).toBe('VALIDATION');
  });

  it('deletes the reviews of a deleted report with it', async () => {
    const extra = await idOf('test/fixtures/xuchang.gb18030.txt');
    expect((await putCommitment(`${extra}-c1`, { status: 'partly' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: `/api/reports/${extra}` })).statusCode).toBe(204);
    expect((await putCommitment(`${extra}-c1`, { status: 'partly' })).statusCode).toBe(404);
  });
});
