// 年度对比: two reports of one body. Last year's targets against this year's
// outcomes, figures with their change, commitments with the sentences that
// follow them up (and a reviewer's say on each), and the text by section.
import { getJson } from '../api.js';
import { h, highlight } from '../dom.js';
import type { Column } from '../../../src/output/render.js';
import { REVIEW_COLUMNS, reviewCells } from '../../../src/output/columns.js';
import { apiLink, csvButton, csvColumns } from '../download.js';
import { figureRuleName } from '../figure-rules.js';
import { countBar, countsOf, evidenceFold, followUpBadges, formatShare, followUpOf, groupsOf, jumpLink, loading, namedCommitment, pagedFold, pager, partsFold, readerUrl, renewable, revealNamed, reviewBox, reviewSaid, ruleTag, statusGroups, type Review } from '../followup.js';
import { badge, formatDelta, formatNumber, formatValue, formatYear, label, yearReportName } from '../format.js';
import { pageHeading } from '../layout.js';
import { surfaceIn } from '../marks.js';
import { reasonOf } from '../reasons.js';
import { canWrite } from '../session.js';
import type { Comparison } from '../types.js';

type Target = Comparison['targets'][number];
type Side = NonNullable<Target['actual']>;
type FigurePair = Comparison['figures'][number];
type CommitmentFollowUp = Comparison['commitments'][number];
type SectionPair = Comparison['sections'][number];

/** A Performance API mark: the page is built (the browser test prints the time). */
const RENDERED = 'nianbao:compare-rendered';

export async function render(root: HTMLElement, url: URL): Promise<void> {
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  if (!from || !to || !/^\d+$/.test(from) || !/^\d+$/.test(to)) {
    root.append(
      pageHeading('年度对比'),
      h('p', null, '请在文库中选择一个发布机关，从其历年系列页进入两年的对比（网址形如 /compare?from=报告编号&to=报告编号）。'),
      h('p', null, h('a', { href: '/' }, '返回文库')),
    );
    return;
  }
  // The server reads both reports whole: a long pair takes it several seconds, which the line says.
  const [comparison, writable] = await loading(
    root,
    '年度对比',
    () => Promise.all([getJson<Comparison>('/api/compare', { from, to }), canWrite()]),
    '正在对比两份报告，可能需要几秒到十几秒…',
  );
  // A review that moves a commitment to another group changes the overview's counts too.
  const [summary, regrouped] = renewable(() => overview(comparison));
  root.append(
    header(comparison),
    summary,
    targetsPart(comparison),
    figuresPart(comparison),
    commitmentsPart(comparison, writable, namedCommitment(url), regrouped),
    textPart(comparison),
  );
  revealNamed(url);
  performance.mark(RENDERED);
}

const yearOf = (report: Comparison['from']) => (report.year === null ? report.name : formatYear(report.year));

function title(c: Comparison): string {
  return `${c.to.issuer ?? c.from.issuer ?? ''} ${yearOf(c.from)} → ${yearOf(c.to)} 对比`;
}

function header(c: Comparison): HTMLElement {
  const issuer = c.to.issuer ?? c.from.issuer;
  // The file name is only a detail (in the link's title): people name a report by its year and kind.
  const reportLink = (report: Comparison['from']) => h('a', { href: readerUrl(report.id), title: report.name }, yearReportName(report));
  return pageHeading(
    title(c),
    '上年报告：',
    reportLink(c.from),
    '　本年报告：',
    reportLink(c.to),
    issuer ? h('span', null, '　', h('a', { href: `/issuers/${encodeURIComponent(issuer)}` }, '该机关历年系列')) : '',
    '　',
    apiLink('JSON', `/api/compare?from=${c.from.id}&to=${c.to.id}`, `compare-${c.from.id}-${c.to.id}.json`),
  );
}

/**
 * What a supervisor looks for first, each part's counts linking to it: the
 * targets by verdict, the commitments by follow-up (each count opens its
 * group), how many figures changed, how much text did.
 */
function overview(c: Comparison): HTMLElement {
  const { paired, added, dropped } = figuresBySide(c);
  const figureCounts = countsOf('status', paired.map((f) => f.status));
  // Each count whole on its line: Chinese breaks anywhere, and 不再出现 / 173 reads wrong.
  const said = (...parts: string[]) => h('span', { class: 'counts-said' }, ...parts.flatMap((part, i) => [i > 0 ? ' · ' : '', h('span', { class: 'nowrap' }, part)]));
  return h(
    'section',
    { class: 'summary overview', id: 'overview', 'aria-label': '概况' },
    countBar(jumpLink('targets', '上年目标'), 'verdict', countsOf('verdict', c.targets.map((t) => t.verdict)), (code) => `t-${code}`),
    countBar(jumpLink('commitments', '上年承诺'), 'followUp', countsOf('followUp', c.commitments.map(followUpOf)), (code) => `g-${code}`),
    h(
      'p',
      { class: 'overview-line' },
      h('span', { class: 'count-bar-title' }, jumpLink('figures', '数字变化'), `（${formatNumber(paired.length)} 组对应）`),
      ' ',
      said(
        ...['up', 'down', 'same'].map((code) => `${label('status', code)} ${formatNumber(figureCounts.get(code) ?? 0)}`),
        // Places in a ranking apart from amounts, said only where the reports rank something.
        ...['ahead', 'behind', 'unclear'].filter((code) => figureCounts.get(code)! > 0).map((code) => `${label('status', code)} ${formatNumber(figureCounts.get(code)!)}`),
        `新出现 ${formatNumber(added.length)}`,
        `不再出现 ${formatNumber(dropped.length)}`,
      ),
    ),
    h(
      'p',
      { class: 'overview-line' },
      h('span', { class: 'count-bar-title' }, jumpLink('text-sections', '文本对照'), `（${formatNumber(c.sections.length)} 节）`),
      ' ',
      said(`${formatNumber(changedSentences(c))} 处改动`, `逐字沿用上年 ${formatNumber(c.reuse.sentences)} 句，占全文 ${formatShare(c.reuse.ratio)}`),
    ),
  );
}

/** The figures of both years, of this year only and of last year only. */
const figuresBySide = (c: Comparison) => ({
  paired: c.figures.filter((f) => f.from && f.to),
  added: c.figures.filter((f) => !f.from && f.to),
  dropped: c.figures.filter((f) => f.from && !f.to),
});

/** How many sentences changed, over all sections. */
const changedSentences = (c: Comparison) => c.sections.reduce((sum, s) => sum + s.changes.length, 0);

/** A part's heading, with the way back to the overview at its end (a phone scrolls far). */
const partHead = (title: string) => h('div', { class: 'part-head' }, h('h2', null, title), h('a', { class: 'to-overview', href: '#overview' }, '回到概况'));

/** A figure's sentence with the figure marked, linking to it in the reader. */
const sideSentence = (report: number, side: Side) =>
  h('a', { class: 'sentence', href: readerUrl(report, side.start) }, ...highlight(side.sentence, surfaceIn(side.sentence, side.surface, side.label)));

/** Period names need no catalogue measures. */
const NO_MEASURES: ReadonlyMap<string, string> = new Map();

/** A figure's qualifier (约, 不少于) when it has one. */
const qualifierWords = (side: Side): string[] => (side.qualifier === 'exact' ? [] : [label('qualifier', side.qualifier)]);

/** The words before a figure: its period (年均) and qualifier (约, 不少于), when it has them. */
const sideWords = (side: Side): string[] => [...(side.period === null ? [] : [figureRuleName(`period:${side.period}`, NO_MEASURES).text]), ...qualifierWords(side)];

/** A figure as the page says it, in one string (约7.5%). */
const sideText = (side: Side | null): string => (side === null ? '' : [...sideWords(side), side.surface].join(''));

/**
 * A target or an outcome as the figure the report states (its surface: value
 * and unit as written), after its period (年均) and qualifier (约, 不少于),
 * right-aligned in its column. The label goes under it only when it is
 * not the row's: an outcome read from another wording is worth seeing.
 */
function sideFigure(side: Side, rowLabel: string): HTMLElement[] {
  const figure = h('span', { class: 'figure' }, ...sideWords(side).map((word) => h('span', { class: 'qualifier' }, word)), h('strong', null, side.surface));
  return side.label === '' || side.label === rowLabel ? [figure] : [figure, h('span', { class: 'side-label' }, side.label)];
}

/** How much of the report's words a reason quotes in a card: a longer quote is cut there, and said whole under 原句. */
const QUOTE_SHOWN = 24;

/** The report's words a verdict quotes, when too long for its reason (cut there, said whole under 原句). */
const longQuote = (t: Target): string | null => (t.quote !== undefined && t.quote.length > QUOTE_SHOWN + 6 ? t.quote : null);

/**
 * A long quote as a reason shows it: the clause that names the target (quoteFocus; up to twice QUOTE_SHOWN), else its start;
 * … where words are left out (not for the full stop alone).
 */
function quoteShown(quote: string, focus: Target['quoteFocus']): string {
  const [start, end] = focus ? [focus.start, Math.min(focus.end, focus.start + 2 * QUOTE_SHOWN)] : [0, QUOTE_SHOWN];
  return `${start > 0 ? '…' : ''}${quote.slice(start, end)}${/^[。！？]?$/.test(quote.slice(end)) ? '' : '…'}`;
}

/**
 * Why the verdict: in Chinese from its fields, or the server's English marked as such; under it the rule that decided.
 * A `quote` too long for it (longQuote) is cut to the words that matter (quoteShown).
 */
function reasonCell(t: Target, quote: string | null): HTMLElement {
  const { text, translated } = reasonOf(t);
  const cut = quote === null ? text : text.replace(`“${quote}”`, `“${quoteShown(quote, t.quoteFocus)}”`);
  const said = translated ? h('span', null, cut) : h('span', null, h('span', { class: 'untranslated-mark' }, '（未翻译的说明）'), ' ', h('span', { lang: 'en' }, text));
  return h('td', { class: translated ? 'reason' : 'reason untranslated', 'data-label': '依据', title: t.reason }, said, ruleTag(t.rule));
}

/**
 * Each part's rows as CSV, built in the page (the API answers a comparison as
 * JSON only): the rows the part lists, its figures as the report wrote them
 * and its reasons as the page says them.
 */
interface TargetCsv {
  verdict: string;
  label: string;
  target: string;
  actual: string;
  reason: string;
  rule: string;
  targetSentence: string;
  actualSentence: string;
}
interface FigureCsv {
  status: string;
  label: string;
  unit: string;
  from: string;
  to: string;
  delta: number | null;
  deltaPct: number | null;
  fromSentence: string;
  toSentence: string;
}
type CommitmentCsv = ReturnType<typeof commitmentCsv>;
const TARGET_CSV = csvColumns<TargetCsv>(['verdict', 'label', 'target', 'actual', 'reason', 'rule', 'targetSentence', 'actualSentence']);
const FIGURE_CSV = csvColumns<FigureCsv>(['status', 'label', 'unit', 'from', 'to', 'delta', 'deltaPct', 'fromSentence', 'toSentence']);
const COMMITMENT_CSV = [...csvColumns<CommitmentCsv>(['id', 'text', 'status', 'rule', 'score', 'evidence']), ...REVIEW_COLUMNS];

/** A part's CSV button: `name` goes in the file's name after the issuer and the two years. */
function partCsv<T extends object>(c: Comparison, name: string, rows: () => T[], count: number, keys: Column<T>[]): HTMLElement {
  const file = `${c.to.issuer ?? c.from.issuer ?? '对比'}-${c.from.year ?? c.from.id}-${c.to.year ?? c.to.id}-${name}.csv`;
  return csvButton(`下载${name} CSV（${formatNumber(count)} 行）`, file, rows, keys);
}

const targetCsv = (t: Target): TargetCsv => ({
  verdict: t.verdict,
  label: targetName(t),
  target: sideText(t.target),
  actual: sideText(t.actual),
  reason: reasonOf(t).text,
  rule: t.rule,
  targetSentence: t.target.sentence,
  actualSentence: t.actual?.sentence ?? '',
});

const figureCsv = (f: FigurePair): FigureCsv => ({
  status: f.status,
  label: f.to?.label || f.from?.label || f.label,
  unit: f.unit,
  from: sideText(f.from),
  to: sideText(f.to),
  delta: f.delta,
  deltaPct: f.deltaPct,
  fromSentence: f.from?.sentence ?? '',
  toSentence: f.to?.sentence ?? '',
});

function commitmentCsv(f: CommitmentFollowUp) {
  return { id: f.id, text: f.text, status: f.status, rule: f.rule, score: f.score, evidence: f.evidence[0]?.text ?? '', ...reviewCells(f.review) };
}

/**
 * The verdicts in the order the groups are shown: those a supervisor must
 * look at first, then those done, then those the newer report says nothing of.
 */
const VERDICT_GROUPS = ['missed', 'unclear', 'met', 'no-data'] as const;
/** The groups open as the page opens (when none has members, the first group is). */
const NEEDS_A_LOOK: ReadonlySet<string> = new Set(['missed', 'unclear']);

/**
 * Last year's targets with this year's outcome, grouped by verdict, each
 * group a table a page at a time: those missed or unclear first and open,
 * those met and those without an outcome (often most of them) folded, a tap
 * (or an overview count) away.
 */
function targetsPart(c: Comparison): HTMLElement {
  const part = h('section', { id: 'targets' }, partHead(`目标与完成（${formatNumber(c.targets.length)}）`));
  if (c.targets.length === 0) {
    part.append(h('p', null, '上年报告没有可核对的数字目标。'));
    return part;
  }
  const groups = groupsOf(VERDICT_GROUPS, c.targets, (t) => t.verdict);
  const opened = groups.some(({ code }) => NEEDS_A_LOOK.has(code)) ? (code: string) => NEEDS_A_LOOK.has(code) : (code: string) => code === groups[0]!.code;
  part.append(
    // The quoted word whole: a phone broke it (点“原 / 句”).
    h('p', { class: 'hint' }, '按结论分组，未完成和难以判断的在前并已展开；点', h('span', { class: 'nowrap' }, '“原句”'), '看两年的句子。'),
    partCsv(c, '目标', () => c.targets.map(targetCsv), c.targets.length, TARGET_CSV),
    ...groups.map(({ code, members }) => {
      const name = `${label('verdict', code)}的目标`;
      const body = h('tbody');
      const head = h('tr', null, ...['指标', '上年目标', '本年实际', '依据'].map((column, i) => h('th', { scope: 'col', class: i === 1 || i === 2 ? 'number' : null }, column)));
      const table = h('div', { class: 'table-wrap' }, h('table', { class: 'targets stack' }, h('caption', { class: 'visually-hidden' }, name), h('thead', null, head), body));
      return pagedFold(
        { class: 'verdict-group', id: `t-${code}`, 'data-verdict': code },
        [badge('verdict', code), `（${formatNumber(members.length)} 项）`, code === 'no-data' ? '：本年报告未给出结果' : ''],
        members,
        (batch, _start, more) => {
          if (!table.parentNode) more.before(table);
          const rows = batch.map((t) => targetRow(c, t));
          body.append(...rows);
          return rows;
        },
        { open: opened(code) },
      );
    }),
  );
  return part;
}

/** What a target counts: its label, else the words of the commitment it stands in. */
const targetName = (t: Target) => (t.target.label === '' ? t.commitment : t.target.label);

/** A target as a row (on a phone a card): what is counted, with its sentences folded under it; the two figures; why. */
function targetRow(c: Comparison, t: Target): HTMLElement {
  const what = targetName(t);
  const quote = longQuote(t);
  // The sentences on demand: one long sentence often holds several targets, and the row is about one of them.
  const sentences = h(
    'details',
    { class: 'sentences' },
    h('summary', null, '原句'),
    h('p', null, h('span', { class: 'side-name' }, '上年：'), sideSentence(c.from.id, t.target)),
    t.actual ? h('p', null, h('span', { class: 'side-name' }, '本年：'), sideSentence(c.to.id, t.actual)) : null,
    // The words the reason quotes, whole, when they are not the outcome's sentence shown above.
    quote !== null && !t.actual?.sentence.includes(quote) ? h('p', null, h('span', { class: 'side-name' }, '本年：'), `“${quote}”`) : null,
  );
  return h(
    'tr',
    null,
    h('th', { scope: 'row', class: 'target-name' }, h('span', { class: 'what' }, what), sentences),
    h('td', { class: 'number', 'data-label': '上年目标' }, sideFigure(t.target, what)),
    // No outcome figure is not "not mentioned": the reason may quote the report's words on it.
    h('td', { class: 'number', 'data-label': '本年实际' }, t.actual ? sideFigure(t.actual, what) : h('span', { class: 'muted' }, '未给出数字')),
    reasonCell(t, quote),
  );
}

const ARROWS: Record<string, string> = { up: '↑', down: '↓', same: '→', ahead: '↑', behind: '↓', unclear: '↕' };

/** A ranking's change (第2位 → 第5位: ↓ 名次后移 3位) said as places moved, not as a number that rose, and without a per cent. */
function rankChange(pair: FigurePair): HTMLElement {
  return h('span', { class: `change change-${pair.status}` }, h('span', { class: 'nowrap' }, `${ARROWS[pair.status]} `, h('span', { class: 'change-word' }, label('status', pair.status))), ' ', h('span', { class: 'nowrap' }, `${formatNumber(Math.abs(pair.delta ?? 0))}位`));
}

/** The change as an arrow with its word, the difference and the change in per cent, each kept whole when the cell wraps. */
function change(pair: FigurePair): HTMLElement {
  // On a phone the arrow says it alone beside a difference (the word stays for screen readers).
  const delta = pair.delta === 0 ? null : pair.delta;
  if (pair.status === 'ahead' || pair.status === 'behind') return rankChange(pair);
  const cell = h('span', { class: `change change-${pair.status}` }, h('span', { class: 'nowrap' }, `${ARROWS[pair.status] ?? ''} `, h('span', { class: delta === null ? null : 'change-word' }, label('status', pair.status))));
  if (delta !== null) {
    // Percentages change by points (个百分点), other units in the report's own magnitude.
    const size = pair.unit === '%' ? `${formatNumber(Math.abs(delta), 2)}个百分点` : formatValue(Math.abs(delta), pair.unit, pair.to?.surface ?? '');
    cell.append(' ', h('span', { class: 'nowrap' }, `${delta > 0 ? '+' : '−'}${size}`));
  }
  // A change of a percentage is in points, and its relative change means little.
  if (pair.deltaPct !== null && pair.deltaPct !== 0 && pair.unit !== '%') cell.append(h('span', { class: 'nowrap' }, `（${formatDelta(Number(pair.deltaPct.toFixed(1)), '%')}）`));
  return cell;
}

/**
 * The figures both years state, compact enough for a phone: the name, the two
 * figures as written (value and unit) right-aligned, the change; the two
 * sentences on demand in a row under it; a page at a time. Then the figures
 * of one year only, folded.
 */
function figuresPart(c: Comparison): HTMLElement {
  const { paired, added, dropped } = figuresBySide(c);
  const part = h('section', { id: 'figures' }, partHead(`数字变化（${formatNumber(paired.length)} 组对应）`));
  if (paired.length === 0) part.append(h('p', { class: 'notice' }, '两年报告中没有能一一对应的数字（同一指标、同一单位）。'));
  else {
    const body = h('tbody');
    const { more, next } = pager(paired, (batch, start) =>
      batch.flatMap((f, i) => {
        const rows = figureRows(c, f, `figure-${start + i}`);
        body.append(...rows);
        return rows.slice(0, 1);
      }),
    );
    const head = h('tr', null, h('th', { scope: 'col' }, '指标'), h('th', { scope: 'col', class: 'number' }, '上年'), h('th', { scope: 'col', class: 'number' }, '本年'), h('th', { scope: 'col', class: 'number' }, '变化'));
    part.append(h('p', { class: 'hint' }, '点指标名看两年的原句；数字链接到它在报告中的位置。'), h('div', { class: 'table-wrap' }, h('table', { class: 'figures compact' }, h('thead', null, head), body)), more);
    next();
  }
  // Hundreds of figures of one year only, a page at a time when opened.
  const list = (heading: string, pairs: FigurePair[], report: number, side: (f: FigurePair) => Side) => {
    const items = h('ul');
    return pagedFold({ class: 'figure-list' }, `${heading}（${formatNumber(pairs.length)}）`, pairs, (batch, _start, more) => {
      if (!items.parentNode) more.before(items);
      const lines = batch.map((f) => h('li', null, h('a', { href: readerUrl(report, side(f).start) }, `${side(f).label || f.label}：${side(f).surface}`)));
      items.append(...lines);
      return lines;
    });
  };
  part.append(
    list('本年新出现的数字', added, c.to.id, (f) => f.to!),
    list('本年不再出现的数字', dropped, c.from.id, (f) => f.from!),
    // Every figure of the part: those of both years, then those of one year only.
    c.figures.length > 0 ? partCsv(c, '数字', () => [...paired, ...added, ...dropped].map(figureCsv), c.figures.length, FIGURE_CSV) : '',
  );
  return part;
}

/** A pair of figures as a row, and its two sentences in a row under it that the name's button shows. */
function figureRows(c: Comparison, f: FigurePair, id: string): HTMLElement[] {
  const from = f.from!;
  const to = f.to!;
  const sentences = h(
    'tr',
    { class: 'figure-sentences', id, hidden: true },
    h(
      'td',
      { colspan: 4 },
      h('p', null, h('span', { class: 'side-name' }, '上年：'), sideSentence(c.from.id, from)),
      h('p', null, h('span', { class: 'side-name' }, '本年：'), sideSentence(c.to.id, to)),
    ),
  );
  const toggle = h('button', { type: 'button', class: 'disclosure', 'aria-expanded': 'false', 'aria-controls': id }, to.label || f.label);
  toggle.addEventListener('click', () => {
    sentences.hidden = !sentences.hidden;
    toggle.setAttribute('aria-expanded', String(!sentences.hidden));
  });
  // Its qualifier with it: 突破3万亿元 beside 31534亿元 is why a pair's direction may be unclear.
  const figure = (report: number, side: Side) => h('a', { href: readerUrl(report, side.start), title: side.sentence }, ...qualifierWords(side).map((word) => h('span', { class: 'qualifier' }, word)), side.surface);
  const row = h(
    'tr',
    null,
    h('th', { scope: 'row', class: 'figure-name' }, toggle),
    h('td', { class: 'number' }, figure(c.from.id, from)),
    h('td', { class: 'number' }, figure(c.to.id, to)),
    h('td', { class: 'number' }, change(f)),
  );
  return [row, sentences];
}

/**
 * Commitments by follow-up (a review wins over the automatic call, as in the
 * overview's counts), a page at a time: the first group open, the others a
 * tap away; each item's evidence and review folded under it.
 */
function commitmentsPart(c: Comparison, writable: boolean, named: string | null, regrouped: () => void): HTMLElement {
  const part = h('section', { id: 'commitments' }, partHead(`承诺落实（${formatNumber(c.commitments.length)}）`));
  if (c.commitments.length === 0) {
    part.append(h('p', { class: 'notice' }, '上年报告中没有找到承诺。'));
    return part;
  }
  part.append(
    h('p', { class: 'hint' }, '按落实情况分组（审核结果优先于自动判定），点开一组查看。证据取自本年报告的工作回顾部分，与承诺相同的词语已标出。审核结果保存后立即生效，历次审核均保留。'),
    partCsv(c, '承诺', () => c.commitments.map(commitmentCsv), c.commitments.length, COMMITMENT_CSV),
    statusGroups(c.commitments, {
      statusOf: followUpOf,
      render: (commitment, regroup) => commitmentItem(c, commitment, writable, regroup),
      named: (commitment) => commitment.id === named,
      regrouped,
    }),
  );
  return part;
}

function commitmentItem(c: Comparison, commitment: CommitmentFollowUp, writable: boolean, regroup: () => void): HTMLElement {
  // The follow-up, the evidence and the review on one line, the rule under them: a phone scrolls through dozens of commitments.
  const said = h('span', { class: 'said' });
  const show = (review: Review | null) => said.replaceChildren(followUpBadges(commitment.status, review), ruleTag(commitment.rule) ?? '', review ? reviewSaid(review) : '');
  show(commitment.review);
  return h(
    'li',
    { class: 'commitment', id: `c-${commitment.id}` },
    h('p', { class: 'commitment-text' }, commitment.text),
    h(
      'div',
      { class: 'follow-up folds' },
      said,
      // One tap each; the best sentence first, the others folded again.
      evidenceFold(c.to.id, commitment.text, commitment, 3, 1),
      reviewBox(commitment, writable, (review) => {
        commitment.review = review;
        show(review);
        regroup();
      }),
      // After the review, so 审核 stays on the first line when the parts are open.
      partsFold(c.to.id, commitment.parts),
    ),
  );
}

/** The text by aligned section, on demand: folded, each section folded again and built when opened. */
function textPart(c: Comparison): HTMLElement {
  const part = h('section', { id: 'text' }, partHead('文本对照'));
  part.append(
    h('p', { class: 'hint' }, `按章节对齐，只列出有改动的句子：左为上年，右为本年；删去的文字加删除线，新增的文字加下划线，改动的数字加粗。本年报告逐字沿用上年的句子 ${formatNumber(c.reuse.sentences)} 句，占 ${formatShare(c.reuse.ratio)}。`),
    h('details', { class: 'text-sections', id: 'text-sections' }, h('summary', null, `逐节对照（${formatNumber(c.sections.length)} 节，${formatNumber(changedSentences(c))} 处改动）`), ...c.sections.map(sectionPair)),
  );
  return part;
}

function sectionPair(pair: SectionPair): HTMLElement {
  const heading = pair.from && pair.to ? (pair.from === pair.to ? pair.to : `${pair.from} → ${pair.to}`) : pair.to ? `${pair.to}（本年新增）` : `${pair.from ?? '（无标题）'}（本年删去）`;
  // A section of one year only has nothing to set beside it: no similarity, no changes to count.
  const paired = pair.from !== null && pair.to !== null;
  const counts = paired ? ` · 相似度 ${formatShare(pair.similarity, 0)} · ${formatNumber(pair.changes.length)} 处改动` : '';
  const box = h('details', { class: 'section-pair' }, h('summary', null, `${heading}${counts}`));
  // Built when first opened: a long report has hundreds of changed sentences.
  box.addEventListener('toggle', () => {
    if (box.open && box.childElementCount === 1) box.append(pair.changes.length > 0 ? changesGrid(pair, heading) : h('p', { class: 'notice' }, unchanged(pair)));
  });
  return box;
}

/** What an opened section without changed sentences says instead of an empty grid. */
function unchanged(pair: SectionPair): string {
  if (pair.from === null) return '这一节只在本年报告中有，上年报告没有与之对应的章节，可在阅读页查看全文。';
  if (pair.to === null) return '这一节只在上年报告中有，本年报告没有与之对应的章节。';
  return '这一节两年的句子没有改动。';
}

function changesGrid(pair: SectionPair, heading: string): HTMLElement {
  const grid = h('div', { class: 'sbs', role: 'table', 'aria-label': heading });
  grid.append(h('div', { class: 'sbs-row sbs-head', role: 'row' }, h('div', { role: 'columnheader' }, '上年'), h('div', { role: 'columnheader' }, '本年')));
  for (const change of pair.changes) {
    const left = h('div', { role: 'cell', class: `sbs-cell ${change.kind}`, 'data-label': '上年' });
    const right = h('div', { role: 'cell', class: `sbs-cell ${change.kind}`, 'data-label': '本年' });
    if (change.kind === 'changed') {
      for (const p of change.parts) {
        const text = p.number ? h('strong', { class: 'num' }, p.text) : p.text;
        if (p.op !== 'insert') left.append(p.op === 'delete' ? h('del', null, text) : text);
        if (p.op !== 'delete') right.append(p.op === 'insert' ? h('ins', null, text) : text);
      }
    } else if (change.kind === 'removed') left.append(h('del', null, change.from ?? ''));
    else right.append(h('ins', null, change.to ?? ''));
    grid.append(h('div', { class: 'sbs-row', role: 'row' }, left, right));
  }
  return grid;
}
