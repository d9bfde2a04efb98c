// 文库 (/): the library by issuer, each with a strip of its years (a missing
// year is shown as such), its reports with their numbers of figures,
// commitments and problems, and links to the reader, the issuer's series and
// the comparison of its latest consecutive pair. Filters (issuer, year, kind)
// live in the URL query. Where the server lets this tab write: upload (several
// files, a progress bar and the outcome per file, optional overrides) and
// delete (after a confirmation).
import { REPORT_COLUMNS } from '../../../src/output/columns.js';
import { ApiError, explain, getJson, send, upload } from '../api.js';
import { csvButton } from '../download.js';
import { fragment, h } from '../dom.js';
import { formatNumber, formatYear, reportName } from '../format.js';
import { field, pageHeading } from '../layout.js';
import { replaceUrl } from '../router.js';
import { canWrite, writePolicy } from '../session.js';
import type { Issuer, IssuerList, Queued, ReportList, ReportSummary, Uploaded } from '../types.js';

/** Marked once the first listing is on screen, for the browser tests' timings. */
export const INTERACTIVE_MARK = 'nianbao:library-interactive';

const ACCEPT = '.txt,.pdf,.docx,.html,.htm,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/html';
const KINDS = ['政府工作报告', '法治政府建设情况报告'];
/** A report's year is the one it reviews, not the one it is given in: said once, where years are first listed. */
const YEAR_MEANS = '年份指报告回顾的年度（如2021年所作的政府工作报告回顾2020年）。';

interface Filters {
  issuer: string;
  year: string;
  kind: string;
}

function filtersOf(url: URL): Filters {
  return { issuer: url.searchParams.get('issuer') ?? '', year: url.searchParams.get('year') ?? '', kind: url.searchParams.get('kind') ?? '' };
}

function matches(report: ReportSummary, filters: Filters): boolean {
  return (
    (filters.issuer === '' || (report.issuer ?? '') === filters.issuer) &&
    (filters.year === '' || String(report.year ?? '') === filters.year) &&
    (filters.kind === '' || (report.kind ?? '') === filters.kind)
  );
}

const issuerHref = (name: string) => `/issuers/${encodeURIComponent(name)}`;
const readerHref = (id: number) => `/reports/${id}`;

/** The two latest reports of a series whose years follow each other, older first. */
function latestPair(reports: ReportSummary[]): [ReportSummary, ReportSummary] | null {
  const dated = reports.filter((r) => r.year !== null).sort((a, b) => b.year! - a.year!);
  for (let i = 0; i + 1 < dated.length; i++) if (dated[i]!.year! - dated[i + 1]!.year! === 1) return [dated[i + 1]!, dated[i]!];
  return null;
}

/** Every year from the first to the last stored: stored years link to their report, missing ones say so. */
function yearStrip(reports: ReportSummary[]): HTMLElement | null {
  const years = reports.map((r) => r.year).filter((y): y is number => y !== null);
  if (years.length === 0) return null;
  const first = Math.min(...years);
  const last = Math.max(...years);
  const items: HTMLElement[] = [];
  for (let year = first; year <= last; year++) {
    const report = reports.find((r) => r.year === year);
    items.push(
      h(
        'li',
        null,
        report
          ? h('a', { href: readerHref(report.id), class: 'year', title: `${year}年 ${reportName(report)}` }, String(year))
          : h('span', { class: 'year missing', title: `${year}年：文库中没有` }, String(year), h('span', { class: 'visually-hidden' }, '（缺）')),
      ),
    );
  }
  return h('ol', { class: 'year-strip', 'aria-label': '收录年份' }, ...items);
}

function reportRow(report: ReportSummary, writable: boolean, onDelete: (report: ReportSummary) => void): HTMLTableRowElement {
  const title = reportName(report);
  return h(
    'tr',
    null,
    h('td', { class: 'number' }, report.year === null ? '—' : String(report.year)),
    h(
      'td',
      null,
      h('a', { href: readerHref(report.id) }, title),
      h('div', { class: 'meta' }, [report.kind ?? '类型不明', report.source].join(' · ')),
    ),
    h('td', { class: 'number', 'data-label': '数字' }, formatNumber(report.figures)),
    h('td', { class: 'number', 'data-label': '承诺' }, formatNumber(report.commitments)),
    h('td', { class: 'number', 'data-label': '问题' }, formatNumber(report.problems)),
    writable
      ? h('td', { class: 'actions' }, h('button', { type: 'button', class: 'danger small', onclick: () => onDelete(report), 'aria-label': `删除 ${title}` }, '删除'))
      : null,
  );
}

function issuerSection(name: string | null, issuer: Issuer | undefined, reports: ReportSummary[], writable: boolean, onDelete: (r: ReportSummary) => void): HTMLElement {
  const sorted = [...reports].sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  const pair = latestPair(reports);
  const total = (key: 'figures' | 'commitments' | 'problems') => formatNumber(reports.reduce((sum, r) => sum + r[key], 0));
  const links = h(
    'p',
    { class: 'issuer-links' },
    name === null ? null : h('a', { href: issuerHref(name) }, '历年系列'),
    pair ? h('a', { href: `/compare?from=${pair[0].id}&to=${pair[1].id}` }, `对比 ${pair[0].year}→${pair[1].year}`) : null,
  );
  return h(
    'section',
    { class: 'issuer', 'aria-label': name ?? '发布机关不明' },
    h('h2', null, name === null ? '发布机关不明' : h('a', { href: issuerHref(name) }, name)),
    issuer && issuer.aliases.length > 0 ? h('p', { class: 'meta' }, `又称 ${issuer.aliases.join('、')}`) : null,
    h('p', { class: 'counts' }, `${reports.length} 份报告 · 数字 ${total('figures')} · 承诺 ${total('commitments')} · 问题 ${total('problems')}`),
    yearStrip(reports),
    links,
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'reports' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { class: 'number', scope: 'col' }, '年份'),
            h('th', { scope: 'col' }, '报告'),
            h('th', { class: 'number', scope: 'col' }, '数字'),
            h('th', { class: 'number', scope: 'col' }, '承诺'),
            h('th', { class: 'number', scope: 'col' }, '问题'),
            writable ? h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, '操作')) : null,
          ),
        ),
        h('tbody', null, ...sorted.map((r) => reportRow(r, writable, onDelete))),
      ),
    ),
  );
}

function select(name: string, text: string, values: string[], chosen: string, all: string): HTMLDivElement {
  const control = h('select', { name, id: `filter-${name}` }, h('option', { value: '' }, all), ...values.map((value) => h('option', { value, selected: value === chosen }, value)));
  return field(text, control);
}

function sizeOf(bytes: number): string {
  return bytes < 1024 * 1024 ? `${formatNumber(bytes / 1024, 1)} KB` : `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

/** The upload form: files by picker or drop, optional overrides, one row per file with its progress and outcome. */
type Stored = Uploaded['reports'][number];

/**
 * The report an upload stored: in the answer, or, where workers analyse
 * uploads (PostgreSQL), once the job the answer names is done.
 */
async function storedOf(answer: Uploaded | Queued, outcome: HTMLElement): Promise<Stored | undefined> {
  if ('reports' in answer) return answer.reports[0];
  for (;;) {
    const { job } = await getJson<Queued>(`/api/jobs/${answer.job.id}`);
    if (job.state === 'failed') throw new ApiError(job.error?.code ?? 'INTERNAL_ERROR', 422, job.error?.problem ?? '');
    if (job.state === 'done') {
      const [report] = job.reports ?? [];
      return report && { ...(await getJson<ReportSummary>(`/api/reports/${report.id}`)), added: report.added };
    }
    outcome.textContent = job.state === 'queued' ? '排队等待分析…' : '正在分析…';
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function uploader(onUploaded: () => void): HTMLElement {
  const input = h('input', { type: 'file', id: 'upload-files', name: 'files', multiple: true, accept: ACCEPT, class: 'visually-hidden' });
  const zone = h(
    'div',
    { class: 'drop-zone' },
    h('p', null, '把报告文件拖到这里，或 ', input, h('label', { for: 'upload-files', class: 'button secondary' }, '选择文件')),
    h('p', { class: 'meta' }, '可一次上传多个文件，格式为 .txt、.pdf、.docx 或 .html。文库会自动识别发布机关、年份和类型；识别不了时可在下方填写。'),
  );
  const issuer = h('input', { type: 'text', name: 'issuer', id: 'upload-issuer', autocomplete: 'off' });
  const year = h('input', { type: 'number', name: 'year', id: 'upload-year', min: 1949, max: 2100, inputmode: 'numeric' });
  const kind = h('select', { name: 'kind', id: 'upload-kind' }, h('option', { value: '' }, '自动识别'), ...KINDS.map((k) => h('option', { value: k }, k)));
  const overrides = h(
    'details',
    { class: 'overrides' },
    h('summary', null, '指定发布机关、年份或类型（可选，适用于本次上传的所有文件）'),
    h(
      'div',
      { class: 'filters' },
      field('发布机关', issuer),
      field('所述年份', year),
      field('类型', kind),
    ),
  );
  const list = h('ul', { class: 'uploads', 'aria-live': 'polite' });
  let queue = Promise.resolve();

  function add(files: File[]) {
    const fields = { issuer: issuer.value.trim(), year: year.value.trim(), kind: kind.value };
    for (const file of files) {
      const bar = h('progress', { max: 100, value: 0, 'aria-label': `${file.name} 上传进度` });
      const outcome = h('span', { class: 'outcome' }, '等待上传…');
      const row = h('li', { class: 'upload' }, h('span', { class: 'file-name' }, file.name), h('span', { class: 'meta' }, sizeOf(file.size)), bar, outcome);
      list.append(row);
      // Once it has an outcome, a row can go; the keyboard then moves to the next row's button, or back to the file chooser.
      const dismiss = () => {
        const rows = [...list.querySelectorAll<HTMLElement>('.upload .dismiss')];
        const at = rows.indexOf(button);
        row.remove();
        (rows[at + 1] ?? rows[at - 1] ?? input).focus();
      };
      const button = h('button', { type: 'button', class: 'secondary small dismiss', 'aria-label': `移除“${file.name}”这一行`, onclick: dismiss }, '移除');
      // One file at a time: the server analyses in its one process, and a bad file fails only itself.
      queue = queue.then(async () => {
        outcome.textContent = '正在上传…';
        const { done } = upload<Uploaded | Queued>(file, fields, (loaded, total) => {
          bar.value = total > 0 ? Math.round((loaded / total) * 100) : 0;
          if (loaded >= total) outcome.textContent = '正在分析…';
        });
        try {
          const stored = await storedOf(await done, outcome);
          bar.value = 100;
          row.classList.add('done');
          outcome.replaceChildren(
            stored
              ? h(
                  'span',
                  { class: 'ok' },
                  stored.added ? '✓ 已加入文库：' : '✓ 文库中已有此文件：',
                  h('a', { href: readerHref(stored.id) }, `${stored.issuer ?? '发布机关不明'} ${formatYear(stored.year)}`),
                  `（${formatNumber(stored.figures)} 个数字）`,
                )
              : '✓',
          );
          onUploaded();
        } catch (error) {
          row.classList.add('failed');
          bar.hidden = true;
          outcome.replaceChildren(h('span', { class: 'error', role: 'alert' }, `未能上传：${explain(error)}`));
          if (!(error instanceof ApiError)) console.warn(error);
        }
        outcome.append(' ', button);
      });
    }
  }

  input.addEventListener('change', () => {
    add([...(input.files ?? [])]);
    input.value = '';
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    add([...(event.dataTransfer?.files ?? [])]);
  });

  return h('section', { class: 'upload-box', 'aria-labelledby': 'upload-title' }, h('h2', { id: 'upload-title' }, '上传报告'), zone, overrides, list);
}

export async function render(root: HTMLElement): Promise<void> {
  const heading = pageHeading('文库', '正在加载…');
  root.append(heading);
  const [writable, policy] = await Promise.all([canWrite(), writePolicy()]);
  const readOnly =
    writable ? null : h('p', { class: 'notice' }, policy === 'tokens' ? '上传和删除报告需要写入令牌：请在页面右上角填写。' : '此服务器未开放写入：只能阅读。');
  const listing = h('div', { class: 'listing' });
  const status = h('p', { class: 'status', role: 'status' });
  const exported = h('p', { class: 'export' });
  const filterBox = h('form', { class: 'filters', role: 'search', 'aria-label': '筛选报告' });
  let reports: ReportSummary[] = [];
  // load() fills both before the first show().
  let issuers: IssuerList['issuers'] = [];

  async function remove(report: ReportSummary) {
    const title = `《${reportName(report)}》（${report.source}）`;
    if (!window.confirm(`确定删除 ${title} 吗？\n报告及其数字、承诺、问题和审核记录都会从文库中删除，无法恢复。`)) return;
    try {
      await send('DELETE', `/api/reports/${report.id}`);
      status.textContent = `已删除 ${title}。`;
      await load();
    } catch (error) {
      status.replaceChildren(h('span', { class: 'error' }, `删除失败：${explain(error)}`));
    }
  }

  function show() {
    const filters = filtersOf(new URL(location.href));
    const issuerNames = [...new Set(reports.map((r) => r.issuer).filter((n): n is string => n !== null))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    const years = [...new Set(reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b - a).map(String);
    const kinds = [...new Set(reports.map((r) => r.kind).filter((k): k is string => k !== null))].sort();
    filterBox.replaceChildren(
      fragment(
      select('issuer', '发布机关', issuerNames, filters.issuer, '全部'),
      select('year', '年份', years, filters.year, '全部'),
      select('kind', '类型', kinds, filters.kind, '全部'),
      filters.issuer || filters.year || filters.kind ? h('a', { href: '/', class: 'clear-filters' }, '清除筛选') : null,
      ),
    );
    const shown = reports.filter((r) => matches(r, filters));
    const groups = new Map<string | null, ReportSummary[]>();
    for (const report of shown) groups.set(report.issuer, [...(groups.get(report.issuer) ?? []), report]);
    const names = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'zh-CN')));
    heading.querySelector('.lede')!.textContent =
      reports.length === 0 ? '文库是空的。' : `共 ${formatNumber(reports.length)} 份报告，来自 ${formatNumber(issuerNames.length)} 个发布机关。${YEAR_MEANS}`;
    // The reports shown, in the columns of the API's CSV (whose issuer filter also takes part of a name: built here, it lists what the page does).
    exported.replaceChildren(shown.length === 0 ? '' : csvButton(`下载报告清单 CSV（${formatNumber(shown.length)} 份）`, 'reports.csv', () => shown, REPORT_COLUMNS));
    listing.replaceChildren(
      ...(shown.length === 0
        ? [h('p', { class: 'notice' }, reports.length === 0 ? (writable ? '文库是空的：请在上方上传报告。' : '文库是空的。') : '没有符合筛选条件的报告。')]
        : names.map((name) => issuerSection(name, issuers.find((i) => i.name === name), groups.get(name)!, writable, (r) => void remove(r)))),
    );
  }

  async function load() {
    const [list, fresh] = await Promise.all([getJson<ReportList>('/api/reports', { limit: 0 }), getJson<IssuerList>('/api/issuers')]);
    reports = list.reports;
    issuers = fresh.issuers;
    show();
  }

  filterBox.addEventListener('change', () => {
    const next = new URL(location.href);
    for (const [key, value] of new FormData(filterBox)) {
      if (value === '') next.searchParams.delete(key);
      else next.searchParams.set(key, String(value));
    }
    replaceUrl(next);
    show();
  });

  try {
    await load();
  } catch (error) {
    // Nothing is loading any more, and there is no library to upload into or filter: the error alone says what to do.
    heading.querySelector('.lede')!.remove();
    throw error;
  }
  root.append(fragment(writable ? uploader(() => void load()) : readOnly, filterBox, exported, status, listing));
  performance.mark(INTERACTIVE_MARK);
}
