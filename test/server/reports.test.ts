// Reports over HTTP: upload (the seed report as TXT and PDF, duplicates,
// overrides, unreadable and unsupported files), list, read and delete.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportSummary } from '../../src/store/index.js';
import { appFor, errorCode, file, multipart } from './helpers.js';

const { app } = await appFor();

type Uploaded = ReportSummary & { added: boolean };
const upload = (...parts: Parameters<typeof multipart>[0]) => app.inject({ method: 'POST', url: '/api/reports', ...multipart(parts) });
const uploaded = (response: { json: () => unknown }) => (response.json() as { reports: Uploaded[] }).reports;
const total = async () => (await app.inject('/api/reports')).json().total as number;

const SEED = 'corpus/xuchang-demo-zone-2021.txt';
let txt: Uploaded;
let pdf: Uploaded;
beforeAll(async () => {
  const first = await upload(file(SEED));
  expect(first.statusCode).toBe(201);
  txt = uploaded(first)[0]!;
  // Any field name carries a file; the fields override detection.
  const second = await upload(file('test/fixtures/xuchang.pdf', 'report'), { field: 'year', content: '2021' });
  expect(second.statusCode).toBe(201);
  pdf = uploaded(second)[0]!;
}, 60_000);

describe('POST /api/reports', () => {
  it('stores the seed report sent as TXT (curl -F file=@…), analysed, with the uploader', () => {
    expect(txt).toMatchObject({
      added: true,
      issuer: '许昌市城乡一体化示范区管委会',
      year: 2021,
      format: 'txt',
      source: 'xuchang-demo-zone-2021.txt',
      uploadedBy: 'local',
    });
    expect(txt.figures).toBeGreaterThan(20);
    expect(txt.commitments).toBeGreaterThan(0);
  });

  it('stores the seed report sent as PDF, under any field name', () => {
    expect(pdf).toMatchObject({ added: true, format: 'pdf', issuer: '许昌市城乡一体化示范区管委会', year: 2021, source: 'xuchang.pdf' });
    expect(pdf.id).not.toBe(txt.id);
  });

  it('answers 200 with the stored id for content already stored, and stores nothing', async () => {
    const before = await total();
    const again = await upload(file(SEED, 'other'));
    expect(again.statusCode).toBe(200);
    expect(uploaded(again)).toEqual([expect.objectContaining({ id: txt.id, added: false })]);
    expect(await total()).toBe(before);
  });

  it('takes several files in one request, and issuer, year and kind fields for all of them', async () => {
    const response = await upload(
      file('test/fixtures/xuchang.docx', 'files'),
      file('test/fixtures/xuchang.html', 'files'),
      { field: 'issuer', content: '许昌市城乡一体化示范区管委会' },
      { field: 'kind', content: '法治政府建设报告' },
      { field: 'year', content: '2021' },
    );
    expect(response.statusCode).toBe(201);
    const reports = uploaded(response);
    expect(reports.map((r) => [r.format, r.kind, r.year, r.added])).toEqual([
      ['docx', '法治政府建设报告', 2021, true],
      ['html', '法治政府建设报告', 2021, true],
    ]);
    const detail = (await app.inject(`/api/reports/${reports[0]!.id}`)).json();
    expect(detail.overrides).toEqual({ issuer: '许昌市城乡一体化示范区管委会', kind: '法治政府建设报告', year: 2021 });
  });

  it.each([
    ['test/fixtures/image.png', 415, 'UNSUPPORTED_FORMAT'],
    ['test/fixtures/program.exe', 415, 'UNSUPPORTED_FORMAT'],
    ['test/fixtures/scanned.pdf', 422, 'NO_TEXT_LAYER'],
    ['test/fixtures/encrypted.pdf', 422, 'ENCRYPTED_PDF'],
    ['test/fixtures/empty.txt', 422, 'EMPTY_FILE'],
  ])('refuses %s with %i %s, naming the file', async (path, status, code) => {
    const response = await upload(file(path));
    expect(response.statusCode).toBe(status);
    expect(errorCode(response)).toBe(code);
    expect(response.json().error.message.startsWith(path.split('/').pop()!)).toBe(true);
  });

  it('stores nothing from an upload with one unreadable file', async () => {
    const before = await total();
    const response = await upload(file('test/fixtures/xuchang.utf8bom.txt'), file('test/fixtures/scanned.pdf'));
    expect(response.statusCode).toBe(422);
    expect(await total()).toBe(before);
  });

  it.each([
    ['no file', [{ field: 'year', content: '2021' }]],
    ['an unknown field', [file('test/fixtures/xuchang.utf8bom.txt'), { field: 'yaer', content: '2021' }]],
    ['a year that is not four digits', [file('test/fixtures/xuchang.utf8bom.txt'), { field: 'year', content: '21' }]],
  ])('refuses an upload with %s: 400 VALIDATION', async (_, parts) => {
    const response = await upload(...parts);
    expect(response.statusCode).toBe(400);
    expect(errorCode(response)).toBe('VALIDATION');
  });

  it('refuses a body that is not multipart with 415', async () => {
    for (const [type, payload] of [
      ['application/json', '{"file":"x"}'],
      ['text/plain', readFileSync(SEED, 'utf8')],
      ['application/pdf', readFileSync('test/fixtures/xuchang.pdf')],
    ] as const) {
      const response = await app.inject({ method: 'POST', url: '/api/reports', payload, headers: { 'content-type': type } });
      expect(response.statusCode, type).toBe(415);
      expect(errorCode(response), type).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });
});

describe('GET /api/reports', () => {
  it('lists reports with the total, a page at a time', async () => {
    const all = (await app.inject('/api/reports')).json();
    expect(all.total).toBe(all.reports.length);
    expect(all).toMatchObject({ limit: 100, offset: 0 });
    const page = (await app.inject('/api/reports?limit=1&offset=1')).json();
    expect(page).toMatchObject({ total: all.total, limit: 1, offset: 1 });
    expect(page.reports).toEqual([all.reports[1]]);
    expect((await app.inject('/api/reports?limit=0')).json().reports).toHaveLength(all.total);
  });

  it('filters by issuer (part of a name), year and kind', async () => {
    const ids = async (query: string) => (await app.inject(`/api/reports?${query}`)).json().reports.map((r: ReportSummary) => r.id);
    expect(await ids(`issuer=${encodeURIComponent('示范区')}&year=2021`)).toContain(txt.id);
    expect(await ids('year=2020')).toEqual([]);
    expect(await ids(`kind=${encodeURIComponent('法治政府建设报告')}`)).toHaveLength(2);
  });

  it('answers ?format=csv with the CLI columns, a BOM and text/csv', async () => {
    const response = await app.inject('/api/reports?format=csv');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.body.startsWith('\uFEFFid,issuer,year,kind,title,issuedDate,source,format,encoding,sha256,')).toBe(true);
    expect(response.body.split('\r\n').filter(Boolean)).toHaveLength(1 + (await total()));
  });

  it('refuses bad parameters with 400 VALIDATION', async () => {
    for (const query of ['limit=-1', 'limit=ten', 'year=21', 'format=xml', 'offset=1.5']) {
      const response = await app.inject(`/api/reports?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(errorCode(response), query).toBe('VALIDATION');
    }
  });
});

describe('one report', () => {
  it('GET /api/reports/:id gives metadata, counts and sections', async () => {
    const detail = (await app.inject(`/api/reports/${txt.id}`)).json();
    expect(detail).toMatchObject({ id: txt.id, issuer: txt.issuer, year: 2021, overrides: {}, counts: { figures: txt.figures } });
    expect(detail.counts.sections).toBe(detail.sections.length);
    expect(detail.sections[0]).toEqual(expect.objectContaining({ id: expect.any(String), role: expect.any(String), start: 0 }));
    expect(detail).not.toHaveProperty('analysis');
  });

  it('GET /api/reports/:id/text gives the text with the spans of figures, commitments and problems', async () => {
    const body = (await app.inject(`/api/reports/${txt.id}/text`)).json();
    expect(body.figures).toHaveLength(txt.figures);
    expect(body.commitments).toHaveLength(txt.commitments);
    expect(body.problems).toHaveLength(txt.problems);
    const figure = body.figures[0];
    const figures = (await app.inject(`/api/reports/${txt.id}/figures`)).json().figures;
    expect(body.text.slice(figure.start, figure.end)).toBe(figures[0].surface);
  });

  it('GET …/figures, …/commitments and …/problems list rows as JSON and CSV', async () => {
    const figures = (await app.inject(`/api/reports/${txt.id}/figures`)).json();
    expect(figures.report).toBe(txt.id);
    expect(figures.figures).toHaveLength(txt.figures);
    expect(figures.figures[0]).toMatchObject({ report: txt.id, figure: 'f1', sentence: expect.any(String) });
    const commitments = (await app.inject(`/api/reports/${txt.id}/commitments`)).json().commitments;
    expect(commitments).toHaveLength(txt.commitments);
    expect(commitments[0]).toMatchObject({ id: `${txt.id}-c1`, commitment: 'c1', review: null, keywords: expect.any(Array) });
    const problems = (await app.inject(`/api/reports/${txt.id}/problems`)).json().problems;
    expect(problems).toHaveLength(txt.problems);
    // Each names the rule that made it (src/extract/lexicon/items.json).
    expect(commitments.every((c: { rule: string }) => /^commitment:/.test(c.rule))).toBe(true);
    expect(problems.every((p: { rule: string }) => /^problem:/.test(p.rule))).toBe(true);
    for (const [what, header] of [
      ['figures', 'report,issuer,year,source,figure,label,'],
      ['commitments', 'report,issuer,year,source,commitment,text,'],
      ['problems', 'report,issuer,year,source,problem,text,'],
    ]) {
      const csv = await app.inject(`/api/reports/${txt.id}/${what}?format=csv`);
      expect(csv.headers['content-type'], what).toBe('text/csv; charset=utf-8');
      expect(csv.body.startsWith(`\uFEFF${header}`), what).toBe(true);
      if (what !== 'figures') expect(csv.body.split('\r\n')[0], what).toContain(',start,end,rule');
    }
  });

  it('GET …/diagnostics lists the numbers not kept, each at its place in the text, as JSON and CSV', async () => {
    const { text } = (await app.inject(`/api/reports/${txt.id}/text`)).json();
    const body = (await app.inject(`/api/reports/${txt.id}/diagnostics`)).json();
    expect(body.report).toBe(txt.id);
    expect(body.diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of body.diagnostics) {
      expect(text.slice(diagnostic.start, diagnostic.end), diagnostic.rule).toBe(diagnostic.surface);
      expect(diagnostic.rule).toMatch(/^(?:not-figure|numeral):/);
    }
    // The seed reviews 2021: its year is seen and not kept.
    expect(body.diagnostics).toContainEqual(expect.objectContaining({ surface: '2021', rule: 'not-figure:year' }));
    const csv = await app.inject(`/api/reports/${txt.id}/diagnostics?format=csv`);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.startsWith('\uFEFFstart,end,surface,rule,message,more')).toBe(true);
  });

  it('returns a text holding <script> as JSON data, never as HTML', async () => {
    const text = [
      '许昌市某区2021年法治政府建设情况报告',
      '一、主要工作',
      '全年共提供法律咨询216人次<script>alert("x")</script>,调解纠纷<b>8</b>起。<img src=x onerror=alert(1)>',
      '二、下一步工作',
      '下一步,我们将继续推进法治政府建设<iframe src="//example.invalid"></iframe>。',
    ].join('\n');
    const response = await upload({ field: 'file', filename: 'script.txt', content: text, type: 'text/html' });
    expect(response.statusCode).toBe(201);
    const id = uploaded(response)[0]!.id;
    for (const url of [`/api/reports/${id}/text`, `/api/reports/${id}`, `/api/reports/${id}/figures`, `/api/search?q=${encodeURIComponent('法律咨询')}`]) {
      const read = await app.inject(url);
      expect(read.headers['content-type'], url).toBe('application/json; charset=utf-8');
      expect(read.headers['x-content-type-options'], url).toBe('nosniff');
      expect(read.body.trimStart().startsWith('<'), url).toBe(false);
    }
    const body = (await app.inject(`/api/reports/${id}/text`)).json();
    expect(body.text).toContain('<script>alert("x")</script>');
    expect(body.text).toContain('<img src=x onerror=alert(1)>');
  });

  it('DELETE /api/reports/:id removes it: 204, then 404', async () => {
    const id = uploaded(await upload(file('test/fixtures/xuchang.utf16le.txt')))[0]!.id;
    const before = await total();
    const deleted = await app.inject({ method: 'DELETE', url: `/api/reports/${id}` });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expect(await total()).toBe(before - 1);
    for (const response of [
      await app.inject(`/api/reports/${id}`),
      await app.inject({ method: 'DELETE', url: `/api/reports/${id}` }),
      await app.inject(`/api/reports/${id}/figures`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(errorCode(response)).toBe('REPORT_NOT_FOUND');
    }
  });

  it.each([
    '/api/reports/99999',
    '/api/reports/99999/text',
    '/api/reports/99999/commitments',
    '/api/reports/99999/problems',
    '/api/reports/99999/diagnostics',
    '/api/reports/abc',
    '/api/reports/1.5',
    '/api/reports/-1',
    '/api/reports/..%2f..%2fpackage.json',
    '/api/reports/%2e%2e%2f%2e%2e%2fpackage.json',
    '/api/reports/..%252f..%252fpackage.json',
    '/api/reports/1%2f..%2f..%2fpackage.json/text',
    '/api/reports/../../package.json',
    '/api/reports/1/../../../package.json',
    '/api/reports/%00',
  ])('answers 404 for %s, never a file', async (url) => {
    const response = await app.inject(url);
    expect(response.statusCode).toBe(404);
    expect(['REPORT_NOT_FOUND', 'NOT_FOUND']).toContain(errorCode(response));
    expect(response.body).not.toContain('"name": "nianbao"');
  });
});
