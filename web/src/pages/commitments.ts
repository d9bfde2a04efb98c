// 承诺看板 (the supervisor's board): every commitment of one report, grouped
// by its follow-up in the next year's report and, within a group, by the
// section it stands in, with the best evidence and the latest review;
// filters and the CSV follow the URL.
import { REVIEW_COLUMNS, reviewCells } from '../../../src/output/columns.js';
import { explain, getJson } from '../api.js';
import { h } from '../dom.js';
import { csvButton, csvColumns } from '../download.js';
import { compareUrl, countBar, countsOf, evidenceFold, followUpBadges, GROUP_CODES, groupName, loading, namedCommitment, readerUrl, renewable, revealNamed, type Review, reviewBox, reviewSaid, ruleTag, statusGroups, UNJUDGED } from '../followup.js';
import { formatNumber, yearReportName } from '../format.js';
import { pageHeading, setTitle } from '../layout.js';
import { canWrite } from '../session.js';
import { issuerNamed, type SeriesReport, yearly } from '../series.js';
import type { CommitmentRow, Comparison, ReportCommitments, ReportDetail, Section } from '../types.js';

type Commitment = CommitmentRow;
type FollowUp = Comparison['commitments'][number];

interface BoardRow {
  commitment: Commitment;
  followUp: FollowUp | null;
  group: string;
}

/** The board's CSV: one row per commitment, its follow-up and its latest review. */
type CsvRow = ReturnType<typeof csvRow>;

const CSV_COLUMNS = [...csvColumns<CsvRow>(['id', 'section', 'topic', 'text', 'deadline', 'rule', 'status', 'statusRule', 'score', 'evidence']), ...REVIEW_COLUMNS];

export async function render(root: HTMLElement, url: URL): Promise<void> {
  const name = url.searchParams.get('issuer') ?? '';
  const issuer = name ? await loading(root, '承诺看板', () => issuerNamed(name)) : undefined;
  if (!issuer) {
    root.append(
      pageHeading('承诺看板'),
      name
        ? h('p', { class: 'error', role: 'alert' }, `文库中没有名为“${name}”的发布机关。`)
        : h('p', null, '请在文库中选择一个发布机关，从其历年系列页进入某一年的承诺看板（网址形如 /commitments?issuer=国务院&year=2013）。'),
      h('p', null, h('a', { href: '/' }, '返回文库')),
    );
    return;
  }
  const reports = yearly(issuer);
  const wanted = Number(url.searchParams.get('year'));
  // Without a year: the latest report whose follow-up the library holds.
  const report = reports.find((r) => r.year === wanted) ?? reports.at(-2) ?? reports.at(-1);
  if (!report) {
    root.append(pageHeading(`${issuer.name} 承诺看板`), h('p', { class: 'error', role: 'alert' }, '该机关没有标明年份的报告。'));
    return;
  }
  // The follow-up is in the next stored report, as on the series page.
  const next = reports[reports.indexOf(report) + 1] ?? null;
  // The board stands without its follow-up: a comparison that fails leaves every commitment 尚未判断, and says why.
  let failed: string | null = null;
  const [detail, { commitments }, comparison, writable] = await loading(root, `${issuer.name} 承诺看板`, () =>
    Promise.all([
      getJson<ReportDetail>(`/api/reports/${report.id}`),
      getJson<ReportCommitments>(`/api/reports/${report.id}/commitments`),
      next
        ? getJson<Comparison>('/api/compare', { from: report.id, to: next.id }).catch((error: unknown) => {
            failed = explain(error);
            return null;
          })
        : Promise.resolve(null),
      canWrite(),
    ]),
  );

  const followUps = new Map((comparison?.commitments ?? []).map((f) => [f.id, f]));
  const rows: BoardRow[] = commitments.map((commitment) => ({
    commitment,
    followUp: followUps.get(commitment.id) ?? null,
    group: sectionPath(detail.sections, commitment.section),
  }));
  const statusOf = (row: BoardRow) => row.commitment.review?.status ?? row.followUp?.status ?? UNJUDGED;

  const status = url.searchParams.get('status') ?? '';
  const topic = (url.searchParams.get('topic') ?? '').trim();
  const shown = rows.filter(
    (row) =>
      (!status || statusOf(row) === status) &&
      (!topic || [row.commitment.topic, row.commitment.text, ...row.commitment.keywords].some((t) => t.includes(topic))),
  );

  const head = pageHeading(
    `${issuer.name} ${yearReportName({ year: report.year })}承诺看板`,
    h('a', { href: readerUrl(report.id), title: report.source }, yearReportName(report)),
    '　',
    next
      ? h('span', null, `落实情况依据${yearReportName({ year: next.year })}`, h('span', { class: 'nowrap' }, '（', h('a', { href: compareUrl(report.id, next.id) }, '查看两年对比'), '）'))
      : h('span', null, `文库中没有${yearReportName({ year: report.year! + 1 })}，落实情况未知。`),
    '　',
    h('a', { href: `/issuers/${encodeURIComponent(issuer.name)}` }, '历年系列'),
  );
  head.append(yearNav(issuer.name, reports, report.year!));
  // A year the library does not hold (a mistyped or old link): say which board is shown instead.
  const asked = url.searchParams.get('year');
  if (asked && report.year !== wanted) head.append(h('p', { class: 'notice', role: 'status' }, `文库中没有${issuer.name}${asked}年度的报告，下面是${yearReportName({ year: report.year })}的承诺看板。`));
  if (status || topic) setTitle(`${issuer.name} ${yearReportName({ year: report.year })}承诺看板（已筛选）`);
  // Counts, reviews and the CSV: built again when a review moves a commitment to another group.
  const summary = () => {
    const counts = countsOf('followUp', rows.map(statusOf));
    return h(
      'section',
      { class: 'summary', 'aria-label': '概况' },
      // Unfiltered, each count opens its group (filtered, some groups are not on the page). None judged yet (no next report): no bar of zeros.
      [...counts.values()].some((n) => n > 0) ? countBar('承诺', 'followUp', counts, status || topic ? undefined : (code) => `g-${code}`) : null,
      h(
        'p',
        null,
        `共 ${formatNumber(rows.length)} 条承诺，已审核 ${formatNumber(rows.filter((r) => r.commitment.review).length)} 条`,
        status || topic ? `；符合筛选条件的 ${formatNumber(shown.length)} 条。` : '。',
      ),
      csvButton(`下载 CSV（${shown.length} 条，含审核）`, `${issuer.name}-${report.year}-承诺看板.csv`, () => shown.map(csvRow), CSV_COLUMNS),
    );
  };
  const [said, regrouped] = renewable(summary);
  root.append(
    head,
    failed === null
      ? ''
      : h(
          'p',
          { class: 'error', role: 'alert' },
          `读不到与${yearReportName({ year: next?.year ?? null })}的对比，落实情况暂时无法判断：${failed}`,
          ' ',
          h('button', { type: 'button', class: 'secondary small', onclick: () => location.reload() }, '重试'),
        ),
    filters(issuer.name, report.year!, status, topic),
    said,
  );

  if (shown.length === 0) {
    root.append(h('p', { class: 'notice', role: 'status' }, rows.length === 0 ? '这份报告中没有找到承诺。' : '没有符合筛选条件的承诺。'));
    return;
  }
  // Groups by follow-up (a review wins), in the report's order under their sections; the first group open (the only one when filtered).
  const named = namedCommitment(url);
  root.append(
    // The groups' section headings (h3) stand under it.
    h('h2', null, `承诺清单（${formatNumber(shown.length)} 条）`),
    h('p', { class: 'hint' }, next ? '按落实情况分组（审核结果优先于自动判定），点开一组查看；证据和审核在每条承诺下点开。' : '下一年的报告入库后才能判断落实情况。'),
    statusGroups(shown, {
      statusOf,
      render: (row, regroup) => boardItem(row, next?.id ?? null, writable, regroup),
      sectionOf: (row) => row.group,
      named: (row) => row.commitment.id === named,
      regrouped,
    }),
  );
  revealNamed(url);
}

/** A section's heading under its parents' (二、… › （一）…), or the role of an unheaded part. */
function sectionPath(sections: Section[], id: string | null): string {
  const names: string[] = [];
  for (let section = sections.find((s) => s.id === id); section; section = sections.find((s) => s.id === section!.parent)) {
    if (section.heading) names.unshift(section.heading);
  }
  return names.length > 0 ? names.slice(0, 2).join(' › ') : '（无标题部分）';
}

function yearNav(issuer: string, reports: SeriesReport[], year: number): HTMLElement {
  return h(
    'nav',
    { class: 'years', 'aria-label': '年份' },
    '年份：',
    ...reports.map((r) =>
      r.year === year
        ? h('strong', { 'aria-current': 'page' }, String(r.year))
        : h('a', { href: `/commitments?issuer=${encodeURIComponent(issuer)}&year=${r.year}` }, String(r.year)),
    ),
  );
}

function filters(issuer: string, year: number, status: string, topic: string): HTMLElement {
  const select = h(
    'select',
    { name: 'status', id: 'filter-status' },
    h('option', { value: '' }, '全部'),
    ...GROUP_CODES.map((code) => h('option', { value: code }, groupName(code))),
  );
  select.value = status;
  const input = h('input', { name: 'topic', id: 'filter-topic', type: 'search', value: topic, placeholder: '如：就业、医疗' });
  return h(
    'form',
    { class: 'filters', method: 'get', action: '/commitments', role: 'search' },
    h('input', { type: 'hidden', name: 'issuer', value: issuer }),
    h('input', { type: 'hidden', name: 'year', value: String(year) }),
    h('div', { class: 'field' }, h('label', { for: 'filter-status' }, '落实情况（含审核）'), select),
    h('div', { class: 'field' }, h('label', { for: 'filter-topic' }, '主题或关键词'), input),
    h('button', { type: 'submit' }, '筛选'),
    h('a', { class: 'clear-filters', href: `/commitments?issuer=${encodeURIComponent(issuer)}&year=${year}` }, '清除筛选'),
  );
}

/**
 * One commitment: its text (a link to its sentence), topic and deadline, the
 * follow-up with the rule that decided it, the latest review; the evidence and
 * the review box folded under it, one tap each.
 */
function boardItem({ commitment, followUp }: BoardRow, next: number | null, writable: boolean, regroup: () => void): HTMLElement {
  const status = h('div', { class: 'follow-up' });
  const said = h('div', { class: 'review-said' });
  const show = (review: Review | null) => {
    status.replaceChildren(followUpBadges(followUp?.status ?? null, review), ruleTag(followUp?.rule ?? null) ?? '');
    said.replaceChildren(review ? reviewSaid(review) : '');
  };
  show(commitment.review);
  const box = reviewBox({ id: commitment.id, status: followUp?.status ?? null, review: commitment.review }, writable, (saved) => {
    commitment.review = saved;
    show(saved);
    regroup();
  });
  const facts = [commitment.topic ? `主题：${commitment.topic}` : '', commitment.deadline ? `期限：${commitment.deadline}` : ''].filter((fact) => fact !== '');
  return h(
    'li',
    { class: 'commitment', id: `c-${commitment.id}` },
    // A box of its own, so the item keeps its number while its parts are laid out in a grid.
    h(
      'div',
      { class: 'board-item' },
      h('p', { class: 'commitment-text' }, h('a', { href: readerUrl(commitment.report, commitment.start) }, commitment.text)),
      // Why it counts as a commitment, apart from the rule under its follow-up: two lines both 规则： read as one twice.
      h('p', { class: 'meta' }, facts.join(' · '), ruleTag(commitment.rule, '认定依据：')),
      status,
      said,
      h('div', { class: 'folds' }, followUp && next !== null ? evidenceFold(next, commitment.text, followUp) : null, box),
    ),
  );
}

function csvRow({ commitment, followUp, group }: BoardRow) {
  return {
    id: commitment.id,
    section: group,
    topic: commitment.topic,
    text: commitment.text,
    deadline: commitment.deadline,
    rule: commitment.rule,
    status: followUp?.status ?? '',
    statusRule: followUp?.rule ?? '',
    score: followUp?.score ?? null,
    evidence: followUp?.evidence[0]?.text ?? '',
    ...reviewCells(commitment.review),
  };
}
