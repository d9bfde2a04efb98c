// 年度对比: two reports of one body. Last year's targets against this year's
// outcomes, figures with their change, commitments with the sentences that
// follow them up (and a reviewer's say on each), and the text by section.
import { getJson } from '../api.js';
import { h, highlight } from '../dom.js';
import { apiLink } from '../download.js';
import { figureRuleName } from '../figure-rules.js';
import { countBar, countsOf, evidenceList, followUpBadges, formatShare, loading, namedCommitment, readerUrl, revealNamed, reviewBox, ruleTag, statusGroups, type Review } from '../followup.js';
import { badge, formatDelta, formatNumber, formatValue, formatYear, label, yearReportName } from '../format.js';
import { pageHeading } from '../layout.js';
import { surfaceIn } from '../marks.js';
import { reasonOf } from '../reasons.js';
import { canWrite } from '../session.js';
import type { Comparison } from '../types.js';

type Side = NonNullable<Comparison['targets'][number]['actual']>;
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
  root.append(
    header(comparison),
    summary(comparison),
    targetsPart(comparison),
    figuresPart(comparison),
    commitmentsPart(comparison, writable, namedCommitment(url)),
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
  const head = pageHeading(
    title(c),
    '上年报告：',
    reportLink(c.from),
    '　本年报告：',
    reportLink(c.to),
    issuer ? h('span', null, '　', h('a', { href: `/issuers/${encodeURIComponent(issuer)}` }, '该机关历年系列')) : '',
    '　',
    apiLink('JSON', `/api/compare?from=${c.from.id}&to=${c.to.id}`, `compare-${c.from.id}-${c.to.id}.json`),
  );
  head.append(
    h(
      'nav',
      { class: 'toc', 'aria-label': '本页目录' },
      h('a', { href: '#targets' }, '目标与完成'),
      h('a', { href: '#figures' }, '数字变化'),
      h('a', { href: '#commitments' }, '承诺落实'),
      h('a', { href: '#text' }, '文本对照'),
    ),
  );
  return head;
}

/** The effective follow-up: a reviewer's word wins over the automatic one. */
const followUpOf = (c: CommitmentFollowUp) => c.review?.status ?? c.status;

function summary(c: Comparison): HTMLElement {
  return h(
    'section',
    { class: 'summary', 'aria-label': '概况' },
    countBar('上年目标', 'verdict', countsOf('verdict', c.targets.map((t) => t.verdict))),
    countBar('上年承诺', 'followUp', countsOf('followUp', c.commitments.map(followUpOf))),
    h('p', { class: 'reuse-share' }, `逐字沿用：本年报告有 ${formatNumber(c.reuse.sentences)} 句与上年几乎相同，占全文句子的 ${formatShare(c.reuse.ratio)}。`),
  );
}

/** A figure's sentence with the figure marked, linking to it in the reader. */
const sideSentence = (report: number, side: Side) =>
  h('a', { class: 'sentence', href: readerUrl(report, side.start) }, ...highlight(side.sentence, surfaceIn(side.sentence, side.surface, side.label)));

/** Period names need no catalogue measures. */
const NO_MEASURES: ReadonlyMap<string, string> = new Map();

/**
 * A target or an outcome as the figure the report states (its surface: value
 * and unit as written), after its period (年均) and qualifier (约, 不少于),
 * right-aligned in its column. The label goes under it only when it is
 * not the row's: an outcome read from another wording is worth seeing.
 */
function sideFigure(side: Side, rowLabel: string): HTMLElement[] {
  const qualifier = side.qualifier === 'exact' ? null : h('span', { class: 'qualifier' }, label('qualifier', side.qualifier));
  const period = side.period === null ? null : h('span', { class: 'qualifier' }, figureRuleName(`period:${side.period}`, NO_MEASURES).text);
  const figure = h('span', { class: 'figure' }, period, qualifier, h('strong', null, side.surface));
  return side.label === '' || side.label === rowLabel ? [figure] : [figure, h('span', { class: 'side-label' }, side.label)];
}

/** Why the verdict: in Chinese from its fields, or the server's English marked as such; under it the rule that decided. */
function reasonCell(t: Comparison['targets'][number]): HTMLElement {
  const { text, translated } = reasonOf(t);
  const said = translated ? h('span', null, text) : h('span', null, h('span', { class: 'untranslated-mark' }, '（未翻译的说明）'), ' ', h('span', { lang: 'en' }, text));
  return h('td', { class: translated ? 'reason' : 'reason untranslated', 'data-label': '依据', title: t.reason }, said, ruleTag(t.rule));
}

/**
 * Last year's targets with this year's outcome: those the newer report lets
 * us judge first, in a table; the ones it gives no outcome for (often most of
 * them) after it, closed, so that the few verdicts are not lost among them.
 */
function targetsPart(c: Comparison): HTMLElement {
  const part = h('section', { id: 'targets' }, h('h2', null, `目标与完成（${c.targets.length}）`));
  if (c.targets.length === 0) {
    part.append(h('p', null, '上年报告没有可核对的数字目标。'));
    return part;
  }
  const row = (t: Comparison['targets'][number]) => {
    const what = t.target.label === '' ? t.commitment : t.target.label;
    // The sentences on demand: one long sentence often holds several targets, and the row is about one of them.
    const sentences = h(
      'details',
      { class: 'sentences' },
      h('summary', null, '原句'),
      h('p', null, h('span', { class: 'side-name' }, '上年：'), sideSentence(c.from.id, t.target)),
      t.actual ? h('p', null, h('span', { class: 'side-name' }, '本年：'), sideSentence(c.to.id, t.actual)) : null,
    );
    return h(
      'tr',
      null,
      h('th', { scope: 'row', class: 'target-name' }, h('span', { class: 'what' }, what), sentences),
      h('td', { class: 'number', 'data-label': '上年目标' }, sideFigure(t.target, what)),
      h('td', { class: 'number', 'data-label': '本年实际' }, t.actual ? sideFigure(t.actual, what) : h('span', { class: 'muted' }, '未提及')),
      h('td', { 'data-label': '结论' }, badge('verdict', t.verdict)),
      reasonCell(t),
    );
  };
  const head = () => h('tr', null, ...['指标', '上年目标', '本年实际', '结论', '依据'].map((name, i) => h('th', { scope: 'col', class: i === 1 || i === 2 ? 'number' : null }, name)));
  const table = (targets: Comparison['targets']) => h('div', { class: 'table-wrap' }, h('table', { class: 'targets stack' }, h('thead', null, head()), h('tbody', null, ...targets.map(row))));
  const judged = c.targets.filter((t) => t.verdict !== 'no-data');
  const unstated = c.targets.filter((t) => t.verdict === 'no-data');
  part.append(judged.length > 0 ? table(judged) : h('p', { class: 'notice' }, '本年报告没有给出上年任何一项数字目标的结果。'));
  if (unstated.length > 0) {
    part.append(h('details', { class: 'no-data-targets', open: judged.length === 0 }, h('summary', null, `本年报告未给出结果的目标（${formatNumber(unstated.length)}）`), table(unstated)));
  }
  return part;
}

const ARROWS: Record<string, string> = { up: '↑', down: '↓', same: '→' };

/** The change as an arrow with its word, the difference and the change in per cent. */
function change(pair: FigurePair): HTMLElement {
  const cell = h('span', { class: `change change-${pair.status}` }, `${ARROWS[pair.status] ?? ''} ${label('status', pair.status)}`);
  if (pair.delta !== null && pair.delta !== 0) {
    // Percentages change by points (个百分点), other units in the report's own magnitude.
    const size = pair.unit === '%' ? `${formatNumber(Math.abs(pair.delta), 2)}个百分点` : formatValue(Math.abs(pair.delta), pair.unit, pair.to?.surface ?? '');
    cell.append(` ${pair.delta > 0 ? '+' : '−'}${size}`);
  }
  // A change of a percentage is in points, and its relative change means little.
  if (pair.deltaPct !== null && pair.deltaPct !== 0 && pair.unit !== '%') cell.append(`（${formatDelta(Number(pair.deltaPct.toFixed(1)), '%')}）`);
  return cell;
}

function figuresPart(c: Comparison): HTMLElement {
  const paired = c.figures.filter((f) => f.from && f.to);
  const added = c.figures.filter((f) => !f.from && f.to);
  const dropped = c.figures.filter((f) => f.from && !f.to);
  const part = h('section', { id: 'figures' }, h('h2', null, `数字变化（${paired.length} 组对应）`));
  const surface = (report: number, side: Side | null) => (side ? h('a', { href: readerUrl(report, side.start), title: side.sentence }, side.surface) : '—');
  part.append(
    paired.length === 0
      ? h('p', { class: 'notice' }, '两年报告中没有能一一对应的数字（同一指标、同一单位）。')
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'figures stack' },
            h('thead', null, h('tr', null, h('th', null, '指标'), h('th', null, '单位'), h('th', { class: 'number' }, '上年'), h('th', { class: 'number' }, '本年'), h('th', null, '变化'))),
            h(
              'tbody',
              null,
              ...paired.map((f) =>
                h(
                  'tr',
                  null,
                  h('td', null, f.to!.label || f.label),
                  h('td', { class: 'unit', 'data-label': '单位' }, f.unit),
                  h('td', { class: 'number', 'data-label': '上年' }, surface(c.from.id, f.from)),
                  h('td', { class: 'number', 'data-label': '本年' }, surface(c.to.id, f.to)),
                  h('td', { 'data-label': '变化' }, change(f)),
                ),
              ),
            ),
          ),
        )
  );
  const list = (heading: string, pairs: FigurePair[], report: number, side: (f: FigurePair) => Side) =>
    h(
      'details',
      { class: 'figure-list' },
      h('summary', null, `${heading}（${pairs.length}）`),
      h('ul', null, ...pairs.map((f) => h('li', null, h('a', { href: readerUrl(report, side(f).start) }, `${side(f).label || f.label}：${side(f).surface}`)))),
    );
  part.append(list('本年新出现的数字', added, c.to.id, (f) => f.to!), list('本年不再出现的数字', dropped, c.from.id, (f) => f.from!));
  return part;
}

/**
 * Commitments by their automatic follow-up, a page at a time: those with
 * evidence open, the long tail without it closed.
 */
function commitmentsPart(c: Comparison, writable: boolean, named: string | null): HTMLElement {
  const part = h('section', { id: 'commitments' }, h('h2', null, `承诺落实（${formatNumber(c.commitments.length)}）`));
  if (c.commitments.length === 0) {
    part.append(h('p', { class: 'notice' }, '上年报告中没有找到承诺。'));
    return part;
  }
  part.append(
    h('p', { class: 'hint' }, '证据取自本年报告的工作回顾部分，与承诺相同的词语已标出。审核结果保存后立即生效，历次审核均保留。'),
    ...statusGroups(c.commitments, {
      statusOf: (commitment) => commitment.status,
      render: (commitment) => commitmentItem(c, commitment, writable),
      title: (badge, count) => ['自动判定为', badge, `（${formatNumber(count)}）`],
      open: (code) => code !== 'no-evidence',
      named: (commitment) => commitment.id === named,
    }),
  );
  return part;
}

function commitmentItem(c: Comparison, commitment: CommitmentFollowUp, writable: boolean): HTMLElement {
  const status = h('div', { class: 'follow-up' });
  const item = h('li', { class: 'commitment', id: `c-${commitment.id}` });
  const show = (review: Review | null) => status.replaceChildren(followUpBadges(commitment.status, review), ruleTag(commitment.rule) ?? '');
  show(commitment.review);
  item.append(
    h('p', { class: 'commitment-text' }, commitment.text),
    status,
    // The best sentence in sight, the others on demand: a phone scrolls through dozens of commitments.
    evidenceList(c.to.id, commitment, 3, 1),
    reviewBox(commitment, writable, (review) => {
      commitment.review = review;
      show(review);
    }),
  );
  return item;
}

function textPart(c: Comparison): HTMLElement {
  const part = h('section', { id: 'text' }, h('h2', null, '文本对照'));
  part.append(
    h('p', { class: 'hint' }, `按章节对齐，只列出有改动的句子：左为上年，右为本年；删去的文字加删除线，新增的文字加下划线，改动的数字加粗。本年报告逐字沿用上年的句子 ${formatNumber(c.reuse.sentences)} 句，占 ${formatShare(c.reuse.ratio)}。`),
    ...c.sections.map(sectionPair),
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
