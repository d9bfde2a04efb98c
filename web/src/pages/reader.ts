// 阅读 (/reports/:id): the report's text with its figures (actual outcomes and
// targets in two styles), commitments and problems marked by slicing the text
// at their offsets; an outline of its sections with their roles; a panel with
// a figure's details when it is clicked (or chosen with the keyboard); a table
// of its figures (sort, filter, CSV) whose rows jump to their place in the
// text. `#s=OFFSET` (or `?at=OFFSET`) scrolls to the sentence at OFFSET and
// marks it: search hits link here that way. Under the figures, folded, the
// numbers the text holds that are no figure, each with its reason.
import { apiUrl, getJson } from '../api.js';
import { type Child, fragment, h, highlight, type Mark } from '../dom.js';
import { diagnosticCount, FIGURE_COLUMNS } from '../../../src/output/columns.js';
import { apiLink, csvButton } from '../download.js';
import { badge, formatNumber, formatRange, formatYear, label, reportName } from '../format.js';
import { loading } from '../followup.js';
import { field, pageHeading } from '../layout.js';
import { figureRules, type NamedRule } from '../figure-rules.js';
import { ruleName } from '../reasons.js';
import type { Diagnostic, FigureRow, MeasureList, ReportDetail, ReportDiagnostics, ReportFigures, ReportText, Section } from '../types.js';

interface Paragraph {
  start: number;
  end: number;
}

/** The offset a URL asks to show: `#s=OFFSET`, else `?at=OFFSET`. */
function offsetIn(url: URL): number | null {
  const found = /^#s=(\d+)$/.exec(url.hash)?.[1] ?? url.searchParams.get('at');
  return found !== null && found !== undefined && /^\d+$/.test(found) ? Number(found) : null;
}

function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') paragraphs.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return paragraphs;
}

/** The index of the span holding `offset` (the last one starting at or before it), or -1. */
function indexAt(spans: readonly { start: number; end: number }[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function change(row: FigureRow): string {
  if (row.changeDirection === null) return '水平值';
  const basis = row.changeBasis ? `（${row.changeBasis}）` : '';
  return `${label('change', row.changeDirection)}${basis}`;
}

/** Each rule of a figure's trace by its Chinese name, its id in the title; an untranslated one says so. */
function ruleNames(rules: NamedRule[]): Child[] {
  return rules.flatMap((rule, i) => [i > 0 ? '；' : '', h('span', { title: rule.id }, rule.text, rule.translated ? '' : '（未翻译）')]);
}

/** `measures`: the catalogue's names by id, for the measure a figure states. */
function figurePanel(row: FigureRow, measures: ReadonlyMap<string, string>, close: () => void): HTMLElement {
  const item = (term: string, ...value: Child[]) => [h('dt', null, term), h('dd', null, ...value)];
  return h(
    'div',
    { class: 'panel-body' },
    h(
      'div',
      { class: 'panel-head' },
      h('h2', { id: 'figure-panel-title' }, '数字详情'),
      h('button', { type: 'button', class: 'secondary small', onclick: close, 'aria-label': '关闭数字详情' }, '关闭'),
    ),
    h(
      'dl',
      null,
      item('原文', h('strong', null, row.surface)),
      item('数值', formatRange(row.value, row.valueMax, row.unit, row.surface)),
      item('单位', row.unit === '' ? '—' : row.unit),
      item('限定', label('qualifier', row.qualifier)),
      item('指标', row.label === '' ? '（未识别）' : row.label),
      item('类型', badge('modality', row.modality)),
      item('变化', change(row)),
    ),
    h('p', { class: 'meta' }, h('a', { href: `#s=${row.start}` }, '在正文中标出所在句子')),
    // How it was read, in words; the ids stay there for whoever checks a rule (in each name's title, and unfolded here).
    h('h3', { id: 'figure-rules-title' }, '判断依据'),
    h('dl', { class: 'figure-rules', 'aria-labelledby': 'figure-rules-title' }, ...figureRules(row.rule, measures).flatMap(({ group, rules }) => item(group, ...ruleNames(rules)))),
    h('details', { class: 'rule-ids' }, h('summary', null, '规则编号'), h('code', null, row.rule)),
  );
}

type SortKey = 'position' | 'label' | 'value' | 'modality';

function figuresTable(id: number, rows: FigureRow[]): HTMLElement {
  const units = [...new Set(rows.map((r) => r.unit).filter((u) => u !== ''))].sort();
  const unit = h('select', { id: 'figure-unit' }, h('option', { value: '' }, '全部'), ...units.map((u) => h('option', { value: u }, u)));
  const modality = h(
    'select',
    { id: 'figure-modality' },
    h('option', { value: '' }, '全部'),
    h('option', { value: 'actual' }, '实绩'),
    h('option', { value: 'target' }, '目标'),
  );
  const query = h('input', { type: 'search', id: 'figure-label', autocomplete: 'off', placeholder: '如：法律咨询' });
  const count = h('p', { class: 'meta', role: 'status' });
  const all = apiLink('下载 CSV', apiUrl(`/api/reports/${id}/figures`, { format: 'csv' }), `report-${id}-figures.csv`, { class: 'button secondary' });
  const exported = h('span', { class: 'export' }, all);
  const body = h('tbody');
  let sort: SortKey = 'position';
  let ascending = true;
  const headers = new Map<SortKey, HTMLTableCellElement>();

  function header(key: SortKey, text: string, numeric = false): HTMLTableCellElement {
    const cell = h(
      'th',
      { scope: 'col', class: numeric ? 'number' : null },
      h(
        'button',
        {
          type: 'button',
          class: 'sort',
          onclick: () => {
            ascending = sort === key ? !ascending : true;
            sort = key;
            show();
          },
        },
        text,
      ),
    );
    headers.set(key, cell);
    return cell;
  }

  function show() {
    const wanted = query.value.trim();
    const shown = rows
      .filter((r) => (unit.value === '' || r.unit === unit.value) && (modality.value === '' || r.modality === modality.value) && (wanted === '' || r.label.includes(wanted)))
      .sort((a, b) => {
        const by =
          sort === 'label' ? a.label.localeCompare(b.label, 'zh-CN') : sort === 'value' ? a.value - b.value : sort === 'modality' ? a.modality.localeCompare(b.modality) : a.start - b.start;
        return (ascending ? by : -by) || a.start - b.start;
      });
    for (const [key, cell] of headers) cell.setAttribute('aria-sort', key === sort ? (ascending ? 'ascending' : 'descending') : 'none');
    count.textContent = `显示 ${formatNumber(shown.length)} / ${formatNumber(rows.length)} 个数字`;
    // All of them: the API's CSV, a link to paste; filtered: the rows shown, in the same columns and order.
    exported.replaceChildren(
      shown.length === rows.length ? all : csvButton(`下载筛选结果 CSV（${formatNumber(shown.length)} 个）`, `report-${id}-figures-filtered.csv`, () => shown, FIGURE_COLUMNS),
    );
    // An empty table says why it is empty, in its own body: under its headers, where the eye looks.
    const none = rows.length === 0 ? '本报告没有提取到数字。' : '没有符合筛选条件的数字。';
    body.replaceChildren(
      ...(shown.length === 0 ? [h('tr', null, h('td', { colspan: 6, class: 'muted' }, none))] : []),
      ...shown.map((r) =>
        h(
          'tr',
          null,
          h('td', null, h('a', { href: `#s=${r.start}`, title: '在正文中定位' }, r.surface)),
          h('td', null, r.label === '' ? '（未识别）' : r.label),
          h('td', { class: 'number' }, formatRange(r.value, r.valueMax, r.unit, r.surface)),
          // Named in the cell too: on a phone the row is a card without the headers.
          h('td', { 'data-label': '限定' }, label('qualifier', r.qualifier)),
          h('td', null, badge('modality', r.modality)),
          h('td', { 'data-label': '变化' }, change(r)),
        ),
      ),
    );
  }

  for (const control of [unit, modality]) control.addEventListener('change', show);
  query.addEventListener('input', show);
  const table = h(
    'table',
    { class: 'figures' },
    h(
      'thead',
      null,
      h('tr', null, header('position', '原文（定位）'), header('label', '指标'), header('value', '数值', true), h('th', { scope: 'col' }, '限定'), header('modality', '类型'), h('th', { scope: 'col' }, '变化')),
    ),
    body,
  );
  show();
  return h(
    'section',
    { class: 'figure-table', 'aria-labelledby': 'figures-title' },
    h('h2', { id: 'figures-title' }, '数字一览'),
    h(
      'div',
      { class: 'filters' },
      field('指标包含', query),
      field('单位', unit),
      field('类型', modality),
      exported,
    ),
    count,
    h('div', { class: 'table-wrap' }, table),
  );
}

const CONTEXT = 12;

/**
 * 未提取的数字: every number seen and not kept, and below it the figures read by a
 * guess, each with a few characters around it, its reason in Chinese and a link to its sentence.
 */
function diagnosticsList(id: number, diagnostics: Diagnostic[], text: string): HTMLElement {
  const row = (d: Diagnostic) =>
    h(
      'tr',
      null,
      h('td', null, h('a', { href: `#s=${d.start}`, title: '在正文中定位' }, d.surface)),
      h('td', { class: 'context' }, text.slice(Math.max(0, d.start - CONTEXT), d.start), h('mark', null, d.surface), text.slice(d.end, d.end + CONTEXT)),
      h('td', null, label('diagnostic', d.rule), d.message === undefined ? '' : `：${d.message}`, d.more === undefined ? '' : `（此后同类还有 ${formatNumber(d.more)} 个，未列出）`),
    );
  const table = (caption: string, rows: Diagnostic[]) =>
    h(
      'table',
      { class: 'diagnostics' },
      h('caption', null, caption),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, '原文（定位）'), h('th', { scope: 'col' }, '上下文'), h('th', { scope: 'col' }, '原因'))),
      h('tbody', null, ...rows.map(row)),
    );
  const skipped = diagnostics.filter((d) => d.rule.startsWith('not-figure:'));
  const guessed = diagnostics.filter((d) => !d.rule.startsWith('not-figure:'));
  return h(
    'section',
    { class: 'diagnostic-list', 'aria-labelledby': 'diagnostics-title' },
    h(
      'details',
      null,
      h('summary', null, h('h2', { id: 'diagnostics-title' }, `未提取的数字（${formatNumber(diagnosticCount(skipped))}）`, guessed.length > 0 ? ` · 存疑读法（${formatNumber(diagnosticCount(guessed))}）` : '')),
      h('p', { class: 'meta' }, '正文中读到、但未作为数字提取的数，及按推测读出的数字，各附原因。', apiLink('未提取数字 CSV', apiUrl(`/api/reports/${id}/diagnostics`, { format: 'csv' }), `report-${id}-diagnostics.csv`)),
      h('div', { class: 'table-wrap' }, table('未提取的数字', skipped), ...(guessed.length > 0 ? [table('存疑读法（已提取）', guessed)] : [])),
    ),
  );
}

/** Punctuation that must not start a line, and that must not end one. */
const CLOSING = /^[，。、；：？！）》」』”’]/;
const OPENING = /[（《「『“‘]$/;

/**
 * Keeps each figure with the punctuation beside it: a button is laid out as a
 * box, and the browser breaks a line after a box even before a comma (，城镇…
 * starting a line) or after an opening bracket.
 */
function keepPunctuation(paragraph: HTMLElement): void {
  for (const button of paragraph.querySelectorAll('button.fig')) {
    const after = button.nextSibling instanceof Text && CLOSING.test(button.nextSibling.data) ? button.nextSibling : null;
    const before = button.previousSibling instanceof Text && OPENING.test(button.previousSibling.data) ? button.previousSibling : null;
    if (after === null && before === null) continue;
    after?.splitText(1);
    const kept = before === null ? null : before.splitText(before.length - 1);
    const together = h('span', { class: 'nowrap' });
    button.before(together);
    together.append(...[kept, button, after].filter((node) => node !== null));
  }
}

/** Where the outline links for a section: its heading in the text, else its first paragraph. */
function anchorOf(section: Section, text: string, paragraphs: Paragraph[]): string {
  if (section.heading !== null && text.startsWith(section.heading, section.start)) return `sec-${section.id}`;
  return `p-${Math.max(0, indexAt(paragraphs, section.start))}`;
}

function outline(sections: Section[], text: string, paragraphs: Paragraph[]): HTMLElement {
  const shown = sections.filter((s) => s.level <= 2);
  const items = shown.map((section) =>
    h(
      'li',
      { class: `level-${section.level}` },
      h('a', { href: `#${anchorOf(section, text, paragraphs)}` }, section.heading ?? `（${label('role', section.role)}部分）`),
      ' ',
      badge('role', section.role),
    ),
  );
  return h(
    'nav',
    { class: 'outline', 'aria-labelledby': 'outline-title' },
    // Open beside the text on wide screens; folded above it on narrow ones.
    h('details', { open: matchMedia('(min-width: 1001px)').matches }, h('summary', null, h('h2', { id: 'outline-title' }, '章节')), h('ol', null, ...items)),
  );
}

const LEGEND: Array<[string, string]> = [
  ['fig fig-actual', '实绩数字'],
  ['fig fig-target', '目标数字'],
  ['commitment', '承诺'],
  ['problem', '问题'],
];

export async function render(root: HTMLElement, url: URL): Promise<void> {
  const id = Number(url.pathname.split('/')[2]);
  const [detail, body, figureRows, diagnostics] = await loading(root, '报告', () =>
    Promise.all([
      getJson<ReportDetail>(`/api/reports/${id}`),
      getJson<ReportText>(`/api/reports/${id}/text`),
      getJson<ReportFigures>(`/api/reports/${id}/figures`),
      getJson<ReportDiagnostics>(`/api/reports/${id}/diagnostics`),
    ]),
  );
  const { text, sections, sentences } = body;
  const paragraphs = paragraphsOf(text);
  const rows = new Map(figureRows.figures.map((row) => [row.figure, row]));
  const title = reportName(detail);

  const panel = h('aside', { class: 'figure-panel', 'aria-labelledby': 'figure-panel-title', hidden: true, tabindex: -1 });
  let opened: HTMLElement | null = null;
  function closePanel() {
    panel.hidden = true;
    opened?.setAttribute('aria-expanded', 'false');
    opened?.focus();
    opened = null;
  }
  // The catalogue's measure names, asked once when a figure is first opened; without them a measure shows its id.
  let measureNames: Promise<ReadonlyMap<string, string>> | null = null;
  const namesOfMeasures = () =>
    (measureNames ??= getJson<MeasureList>('/api/measures').then(
      ({ measures }) => new Map(measures.map((m) => [m.id, m.name])),
      () => new Map(),
    ));
  async function openPanel(button: HTMLElement) {
    const row = rows.get(button.dataset.figure ?? '');
    if (row === undefined) return;
    const measures = await namesOfMeasures();
    opened?.setAttribute('aria-expanded', 'false');
    opened = button;
    button.setAttribute('aria-expanded', 'true');
    panel.replaceChildren(figurePanel(row, measures, closePanel));
    panel.hidden = false;
    // On a narrow window the panel is fixed over the lower half: keep the figure in sight above it.
    const covered = button.getBoundingClientRect().bottom - panel.getBoundingClientRect().top;
    if (getComputedStyle(panel).position === 'fixed' && covered > 0) window.scrollBy({ top: covered + 16 });
    // The panel follows the whole text in the page's order: the focus goes to it, so that Tab
    // reaches its link and its close button next; Escape or 关闭 brings it back to the figure.
    panel.focus({ preventScroll: true });
  }
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) closePanel();
  });

  // The static marks of the text: section headings, commitments, problems, figures (innermost).
  const marks: Mark[] = [];
  for (const section of sections) {
    if (section.level <= 2 && section.heading !== null && text.startsWith(section.heading, section.start)) {
      marks.push({ start: section.start, end: section.start + section.heading.length, tag: 'strong', attrs: { id: `sec-${section.id}`, class: `run-in level-${section.level}` } });
    }
  }
  // The rule that made each, in the tooltip: quiet beside the marks, there for whoever asks why.
  const titled = (kind: string, rule: string | null) => {
    const name = rule === null ? null : ruleName(rule);
    return name === null ? kind : `${kind} · 规则：${name.text}${name.translated ? '' : '（未翻译）'}`;
  };
  for (const c of body.commitments) marks.push({ start: c.start, end: c.end, attrs: { class: 'commitment', title: titled('承诺', c.rule) } });
  for (const p of body.problems) marks.push({ start: p.start, end: p.end, attrs: { class: 'problem', title: titled('问题', p.rule) } });
  for (const f of body.figures) {
    const kind = label('modality', f.modality);
    marks.push({
      start: f.start,
      end: f.end,
      tag: 'button',
      attrs: { type: 'button', class: `fig fig-${f.modality}`, 'data-figure': f.id, 'aria-expanded': 'false', 'aria-controls': 'figure-panel', title: `${kind}：${f.label}` },
    });
  }
  panel.id = 'figure-panel';

  let at: { start: number; end: number } | null = null;
  const article = h('article', { class: 'report-text', 'aria-labelledby': 'text-title' });
  const nodes: HTMLElement[] = paragraphs.map((_, index) => h('p', { id: `p-${index}` }));

  function fill(index: number) {
    const paragraph = paragraphs[index]!;
    const extra: Mark[] = at && at.start < paragraph.end && at.end > paragraph.start ? [{ start: at.start, end: at.end, tag: 'span', attrs: { class: 'at-sentence', id: 'at-sentence', tabindex: -1 } }] : [];
    nodes[index]!.replaceChildren(...highlight(text.slice(paragraph.start, paragraph.end), [...extra, ...marks], paragraph.start));
    keepPunctuation(nodes[index]!);
  }
  paragraphs.forEach((_, index) => fill(index));

  /** Marks the sentence holding `offset` and scrolls to it. */
  function goTo(offset: number, focus: boolean) {
    const previous = at;
    const sentence = sentences[indexAt(sentences, offset)];
    at = sentence && offset < sentence.end ? sentence : { start: offset, end: Math.min(text.length, offset + 1) };
    for (const span of [previous, at]) {
      if (span === null) continue;
      for (let i = Math.max(0, indexAt(paragraphs, span.start)); i < paragraphs.length && paragraphs[i]!.start < span.end; i++) fill(i);
    }
    const target = document.getElementById('at-sentence');
    target?.scrollIntoView({ block: 'center' });
    if (focus) target?.focus({ preventScroll: true });
  }

  article.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('button.fig');
    if (button) void openPanel(button);
  });

  const heading = pageHeading(
    title,
    detail.issuer === null ? '发布机关不明' : h('a', { href: `/issuers/${encodeURIComponent(detail.issuer)}` }, detail.issuer),
    // The year is the one the report looks back on (the library's 年份): said so, beside a title that names the next one.
    ` · ${detail.year === null ? formatYear(null) : `回顾${formatYear(detail.year)}`} · ${detail.kind ?? '类型不明'} · ${detail.source}`,
  );
  const counts = detail.counts;
  root.append(
    heading,
    h(
      'p',
      { class: 'counts' },
      // Past the text, whose every figure is a stop of the Tab key, straight to the table of figures.
      h('a', { href: '#figures-title' }, `${formatNumber(counts.figures)} 个数字`),
      ` · ${formatNumber(counts.commitments)} 项承诺 · ${formatNumber(counts.problems)} 个问题 · ${formatNumber(counts.sections)} 个章节 · `,
      apiLink('承诺 CSV', apiUrl(`/api/reports/${id}/commitments`, { format: 'csv' }), `report-${id}-commitments.csv`),
      ' · ',
      apiLink('问题 CSV', apiUrl(`/api/reports/${id}/problems`, { format: 'csv' }), `report-${id}-problems.csv`),
      ' · ',
      apiLink('JSON', `/api/reports/${id}/text`, `report-${id}.json`),
    ),
    h(
      'div',
      { class: 'reader' },
      outline(sections, text, paragraphs),
      h(
        'div',
        { class: 'text-column' },
        h('h2', { id: 'text-title', class: 'visually-hidden' }, '正文'),
        h('ul', { class: 'legend', 'aria-label': '标记说明' }, ...LEGEND.map(([cls, name]) => h('li', null, h('span', { class: cls }, name)))),
        fragment(article),
      ),
      panel,
    ),
    figuresTable(id, figureRows.figures),
    diagnosticsList(id, diagnostics.diagnostics, text),
  );
  article.append(...nodes);

  const onHash = () => {
    const offset = offsetIn(new URL(location.href));
    if (offset !== null) goTo(offset, true);
  };
  window.addEventListener('hashchange', onHash);
  // The listener goes with the page: the router renders the next page into a new element.
  const observer = new MutationObserver(() => {
    if (!root.isConnected) {
      window.removeEventListener('hashchange', onHash);
      observer.disconnect();
    }
  });
  if (root.parentElement) observer.observe(root.parentElement, { childList: true });

  const offset = offsetIn(url);
  if (offset !== null) goTo(offset, true);
  else if (url.hash.length > 1) document.getElementById(decodeURIComponent(url.hash.slice(1)))?.scrollIntoView();
}
