// 历年系列 of one body: every stored year and, for each consecutive pair, how
// last year's targets and commitments fared (a small stacked bar each),
// linking to each comparison.
import { explain, getJson } from '../api.js';
import { h } from '../dom.js';
import { apiLink } from '../download.js';
import { compareUrl, countBar, countsOf, followUpOf, loading, readerUrl } from '../followup.js';
import { formatNumber, formatYear, yearReportName } from '../format.js';
import { pageHeading } from '../layout.js';
import { issuerNamed, latestPair, type SeriesReport, yearly } from '../series.js';
import type { Comparison } from '../types.js';

export async function render(root: HTMLElement, url: URL): Promise<void> {
  const name = decodeURIComponent(url.pathname.replace(/^\/issuers\//, ''));
  const issuer = await loading(root, '历年系列', () => issuerNamed(name));
  if (!issuer) {
    root.append(pageHeading('历年系列'), h('p', { class: 'error', role: 'alert' }, `文库中没有名为“${name}”的发布机关。`), h('p', null, h('a', { href: '/' }, '返回文库')));
    return;
  }
  const reports = yearly(issuer);
  const latest = latestPair(issuer);
  root.append(
    pageHeading(
      `${issuer.name} 历年系列`,
      `共 ${formatNumber(reports.length)} 年${issuer.aliases.length > 0 ? `，又称 ${issuer.aliases.join('、')}` : ''}。`,
      latest ? h('a', { href: compareUrl(latest[0].id, latest[1].id) }, `最新对比：${yearReportName({ year: latest[0].year })} → ${yearReportName({ year: latest[1].year })}`) : '只有一年的报告，无法对比。',
      '　',
      latest ? h('a', { href: `/commitments?issuer=${encodeURIComponent(issuer.name)}&year=${latest[0].year}` }, `${yearReportName({ year: latest[0].year })}承诺看板`) : '',
      '　',
      h('a', { href: `/trends?measure=gdp-growth&issuer=${encodeURIComponent(issuer.name)}` }, '指标趋势'),
      '　',
      // An export: every pair's comparison whole (the default answer leaves out the text's changes and unanswered commitments' candidates).
      apiLink('JSON', `/api/series/${encodeURIComponent(issuer.name)}?full=true`, `series-${issuer.name}.json`),
    ),
  );
  const rows = reports.map((report, i) => pairRow(reports[i - 1] ?? null, report, issuer.name));
  const table = h(
    'table',
    { class: 'series stack', 'aria-busy': 'true' },
    h('caption', { class: 'hint' }, '每行是一年的报告（年份指报告回顾的年度）；条形图为上一年报告的目标和承诺在这一年报告中的结果。'),
    h(
      'thead',
      null,
      h('tr', null, h('th', { scope: 'col' }, '年份'), h('th', { scope: 'col' }, '报告'), h('th', { scope: 'col' }, '上年目标完成情况'), h('th', { scope: 'col' }, '上年承诺落实情况'), h('th', { scope: 'col' }, '对比')),
    ),
    h('tbody', null, ...rows.map((r) => r.row)),
  );
  root.append(h('div', { class: 'table-wrap' }, table));
  // A comparison takes the server a moment: two at a time, newest first, each
  // row filled in as its answer comes; the page is usable meanwhile.
  const queue = rows.filter((r) => r.fill !== null).reverse();
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await next.fill!();
  };
  void Promise.all([worker(), worker()]).then(() => table.setAttribute('aria-busy', 'false'));
}

function pairRow(previous: SeriesReport | null, report: SeriesReport, issuer: string) {
  const targets = h('td', { class: 'bar-cell', 'data-label': '上年目标' });
  const commitments = h('td', { class: 'bar-cell', 'data-label': '上年承诺' });
  const row = h(
    'tr',
    null,
    h('th', { scope: 'row' }, formatYear(report.year)),
    h('td', { 'data-label': '报告' }, h('a', { href: readerUrl(report.id) }, yearReportName(report)), h('div', { class: 'file-name' }, report.source)),
    targets,
    commitments,
    h(
      'td',
      { 'data-label': '对比' },
      previous
        ? h(
            'span',
            { class: 'pair-links' },
            h('a', { href: compareUrl(previous.id, report.id) }, `对比 ${previous.year}→${report.year}`),
            h('a', { href: `/commitments?issuer=${encodeURIComponent(issuer)}&year=${previous.year}` }, `${yearReportName({ year: previous.year })}承诺看板`),
          )
        : null,
    ),
  );
  if (!previous) {
    targets.append(h('span', { class: 'muted' }, '首年，无上年可比'));
    return { row, fill: null };
  }
  const fill = async () => {
    targets.replaceChildren(h('span', { class: 'loading' }, '正在对比…'));
    commitments.replaceChildren();
    try {
      const c = await getJson<Comparison>('/api/compare', { from: previous.id, to: report.id });
      // A report without targets or commitments says so, not a bar of zeros.
      targets.replaceChildren(
        c.targets.length > 0 ? countBar('目标', 'verdict', countsOf('verdict', c.targets.map((t) => t.verdict))) : h('span', { class: 'muted' }, `${yearReportName({ year: previous.year })}中没有可核对的数字目标`),
      );
      commitments.replaceChildren(
        c.commitments.length > 0
          ? countBar('承诺', 'followUp', countsOf('followUp', c.commitments.map(followUpOf)))
          : h('span', { class: 'muted' }, `${yearReportName({ year: previous.year })}中没有找到承诺`),
      );
    } catch (error) {
      // The pair's failure said once, with a retry; the other rows stand.
      targets.replaceChildren(
        h('span', { class: 'error' }, `无法对比：${explain(error)}`),
        h('button', { type: 'button', class: 'secondary small retry', onclick: () => void fill() }, '重试'),
      );
      commitments.replaceChildren(h('span', { class: 'muted' }, '未读到'));
    }
  };
  return { row, fill };
}
