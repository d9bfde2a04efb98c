// What the compare, series and promise-board pages share: the small count
// bar, links into the reader, evidence with its shared words marked, the
// reviewer's box (confirm, change, note, history) for one commitment, and
// commitments grouped by follow-up, a page at a time.
import { getJson, explain, send } from './api.js';
import { type Attrs, type Child, h, highlight } from './dom.js';
import { badge, formatNumber, label, LABELS, type LabelKind } from './format.js';
import { pageHeading } from './layout.js';
import { sharedRuns } from './marks.js';
import { ruleName } from './reasons.js';
import type { Comparison, CommitmentReviewResult } from './types.js';

type FollowUp = Comparison['commitments'][number];
export type Review = NonNullable<FollowUp['review']>;

/** The effective follow-up: a reviewer's word wins over the automatic one. */
export const followUpOf = (c: Pick<FollowUp, 'status' | 'review'>) => c.review?.status ?? c.status;

/**
 * Shows the page's heading and a loading line (`waiting`) while `load` runs, so that a
 * failed request (a token missing, a report deleted) is told under the right
 * heading. On success both go: the page writes its own heading with what it
 * loaded.
 */
export async function loading<T>(root: HTMLElement, title: string, load: () => Promise<T>, waiting = '正在读取…'): Promise<T> {
  const heading = pageHeading(title);
  const line = h('p', { class: 'loading', role: 'status' }, waiting);
  root.append(heading, line);
  try {
    const result = await load();
    heading.remove();
    return result;
  } finally {
    line.remove();
  }
}

/** The reader at a place in a report (the reader scrolls to and marks offset `at`). */
export function readerUrl(report: number, at?: number): string {
  return at === undefined ? `/reports/${report}` : `/reports/${report}?at=${at}`;
}

export const compareUrl = (from: number, to: number) => `/compare?from=${from}&to=${to}`;

/** A share (0.42) as a percentage for Chinese readers: 42%. */
export const formatShare = (ratio: number, digits = 1) => `${formatNumber(ratio * 100, digits)}%`;

/** How many of `values` have each code of a label kind, in the kind's order. */
export function countsOf(kind: LabelKind, values: Iterable<string>): Map<string, number> {
  const counts = new Map(Object.keys(LABELS[kind]).map((code) => [code, 0]));
  for (const value of values) if (counts.has(value)) counts.set(value, counts.get(value)! + 1);
  return counts;
}

/**
 * A small stacked bar with its legend: the bar pictures the legend's numbers
 * (hidden from screen readers); the legend says them in words. With `anchor`,
 * each count above 0 is a link to the element of that id on the page, which it
 * opens when it is a disclosure (a group of commitments).
 */
export function countBar(title: Child, kind: LabelKind, counts: Map<string, number>, anchor?: (code: string) => string): HTMLElement {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const bar = h('div', { class: 'bar', 'aria-hidden': 'true' });
  const legend = h('ul', { class: 'bar-legend' });
  for (const [code, n] of counts) {
    if (n > 0) {
      const part = h('span', { class: `bar-part ${kind}-${code}` });
      // CSSOM, not a style attribute: the page's CSP allows no inline styles.
      part.style.flexGrow = String(n);
      bar.append(part);
    }
    const words = `${label(kind, code)} ${formatNumber(n)}`;
    legend.append(h('li', null, h('span', { class: `swatch ${kind}-${code}`, 'aria-hidden': 'true' }), anchor && n > 0 ? jumpLink(anchor(code), words) : words));
  }
  return h('div', { class: 'count-bar' }, h('span', { class: 'count-bar-title' }, title, `（${formatNumber(total)}）`), total > 0 ? bar : null, legend);
}

/** A link to an element of the page that opens it first when it is folded (the browser then scrolls to it). */
export function jumpLink(id: string, ...children: Child[]): HTMLElement {
  const open = () => {
    const target = document.getElementById(id);
    if (target instanceof HTMLDetailsElement) target.open = true;
  };
  return h('a', { href: `#${id}`, onclick: open }, ...children);
}

/**
 * The rule that decided, small and quiet under what it decided: its Chinese
 * name (the id in the title), or the id marked untranslated. Nothing for a
 * row stored before rules were named (null until reanalyse). `said` names
 * what the rule decided where two stand under one item (the board).
 */
export function ruleTag(id: string | null, said = '规则：'): HTMLElement | null {
  if (id === null) return null;
  const { text, translated } = ruleName(id);
  return h('span', { class: 'rule-tag', title: id }, said, translated ? text : h('span', { lang: 'en' }, text), translated ? null : h('span', { class: 'untranslated-mark' }, '（未翻译）'));
}

/** Who reviewed and when, and their note: said in words under the badges (the badge's title alone is not seen on a phone). */
export const reviewSaid = (review: Review): HTMLElement =>
  h('div', { class: 'latest' }, `审核人：${review.reviewer} · ${formatTime(review.reviewedAt)}`, review.note ? h('div', null, `备注：${review.note}`) : null);

/** The automatic follow-up and, when a reviewer has spoken, theirs: each a badge with its words. */
export function followUpBadges(automatic: string | null, review: Review | null): HTMLElement {
  return h(
    'span',
    { class: 'status' },
    automatic === null ? h('span', { class: 'muted' }, '自动：尚未判断') : h('span', null, '自动 ', badge('followUp', automatic)),
    review ? h('span', null, ' 审核 ', badge('followUp', review.status, `${review.reviewer} ${formatTime(review.reviewedAt)}`)) : null,
  );
}

/**
 * The evidence sentences of a follow-up in report `report` (at most `limit`), the words they
 * share with the commitment marked; past the first `shown`, folded. A no-evidence follow-up
 * has none: its closest sentence is shown as such, never as evidence.
 */
export function evidenceList(report: number, commitment: Pick<FollowUp, 'text' | 'evidence' | 'status'>, limit = 3, shown = limit): HTMLElement {
  if (commitment.evidence.length === 0) return h('p', { class: 'muted' }, '下一年报告中未找到相关句子。');
  const item = (e: FollowUp['evidence'][number]) =>
    h('li', null, h('a', { href: readerUrl(report, e.start) }, ...highlight(e.text, sharedRuns(commitment.text, e.text))), h('span', { class: 'score' }, ` 相似度 ${formatNumber(e.score, 2)}`));
  if (commitment.status === 'no-evidence') {
    return h('div', { class: 'nearest muted' }, h('p', null, '最接近的句子（不足以作为证据）：'), h('ul', { class: 'evidence' }, item(commitment.evidence[0]!)));
  }
  const items = commitment.evidence.slice(0, limit).map(item);
  const list = h('ul', { class: 'evidence' }, ...items.slice(0, shown));
  if (items.length <= shown) return list;
  return h('div', null, list, h('details', { class: 'more-evidence' }, h('summary', null, `其余 ${formatNumber(items.length - shown)} 句`), h('ul', { class: 'evidence' }, ...items.slice(shown))));
}

/**
 * The evidence on demand (the best sentence, past `shown` of `limit` folded
 * again), or the closest sentence marked as not evidence; nothing when none was found.
 */
export function evidenceFold(report: number, text: string, followUp: Pick<FollowUp, 'evidence' | 'status'>, limit = 1, shown = limit): HTMLElement | null {
  if (followUp.evidence.length === 0) return null;
  const name = followUp.status === 'no-evidence' ? '最接近的句子' : '证据';
  return h('details', { class: 'evidence-fold' }, h('summary', null, name), evidenceList(report, { text, evidence: followUp.evidence, status: followUp.status }, limit, shown));
}

/**
 * A commitment of several clauses, each judged on its own (its status, rule and best
 * sentence): folded, and built when first opened, since the commitment's own status sums them up.
 * Its title counts the parts by status, so one done clause of six is seen without opening it.
 */
export function partsFold(report: number, parts: FollowUp['parts']): HTMLElement | null {
  if (parts.length === 0) return null;
  // A part without evidence shows no "closest sentence": six of them would bury the one that has some.
  const item = (part: FollowUp['parts'][number]) =>
    h('li', { class: 'part' }, h('p', { class: 'part-text' }, part.text, ' ', badge('followUp', part.status)), ruleTag(part.rule) ?? '', part.status === 'no-evidence' ? '' : evidenceList(report, part, 1));
  const counts = [...countsOf('followUp', parts.map((part) => part.status))].filter(([, count]) => count > 0);
  const title = counts.map(([code, count]) => `${label('followUp', code)} ${formatNumber(count)}`).join(' · ');
  const fold = h('details', { class: 'parts-fold' }, h('summary', null, `分项（${formatNumber(parts.length)}）：${title}`));
  fold.addEventListener('toggle', () => {
    if (fold.open && fold.childElementCount === 1) fold.append(h('ul', { class: 'parts' }, ...parts.map(item)));
  });
  return fold;
}

export const formatTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/**
 * A reviewer confirms the automatic status, sets another, adds a note (with
 * a write token; without, the box shows the history only). The history is
 * read when the box is first opened; each save shows at once.
 */
export function reviewBox(
  commitment: { id: string; status: string | null; review: Review | null },
  writable: boolean,
  saved: (review: Review) => void,
): HTMLElement {
  const box = h('details', { class: 'review' }, h('summary', null, writable ? '审核' : '审核记录'));
  // The group the item stands in: a review that moves it to another says so.
  let group = commitment.review?.status ?? commitment.status ?? UNJUDGED;
  let built = false;
  box.addEventListener('toggle', () => {
    if (!box.open || built) return;
    built = true;
    const history = h('ol', { class: 'history', 'aria-label': '审核记录' });
    const message = h('p', { class: 'message', role: 'status' });
    const select = h('select', { name: 'status' }, ...Object.keys(LABELS.followUp).map((code) => h('option', { value: code }, label('followUp', code))));
    select.value = commitment.review?.status ?? commitment.status ?? 'no-evidence';
    const note = h('textarea', { name: 'note', rows: 2, maxlength: 2000 });
    const showHistory = (rows: Review[]) =>
      history.replaceChildren(
        ...(rows.length === 0
          ? [h('li', { class: 'muted' }, '尚无审核记录')]
          : rows.map((r) => h('li', null, `${formatTime(r.reviewedAt)} ${r.reviewer}：${label('followUp', r.status)}`, r.note ? `（${r.note}）` : null))),
      );
    const save = async (status: string) => {
      message.textContent = '保存中…';
      try {
        const body = { status, ...(note.value.trim() ? { note: note.value.trim() } : {}) };
        const result = await send<CommitmentReviewResult>('PUT', `/api/commitments/${commitment.id}/review`, body);
        saved(result.review);
        showHistory(result.history);
        select.value = result.review.status;
        note.value = '';
        const now = label('followUp', result.review.status);
        message.textContent = `已保存：${now}${result.review.status === group ? '' : `；这条承诺已移到“${now}”一组`}`;
        group = result.review.status;
      } catch (error) {
        message.textContent = `保存失败：${explain(error)}`;
      }
    };
    const confirm =
      commitment.status === null
        ? null
        : h('button', { type: 'button', class: 'secondary', onclick: () => void save(commitment.status!) }, `确认“${label('followUp', commitment.status)}”`);
    const form = h(
      'form',
      { class: 'review-form' },
      confirm,
      h('label', null, '改为 ', select),
      h('label', null, '备注 ', note),
      h('button', { type: 'submit' }, '保存审核'),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void save(select.value);
    });
    // Without a write token the box only shows the history (the server would refuse a save).
    // A title, not a heading: the box sits under an h2 on the compare page and an h3 on the board.
    if (writable) box.append(form, message, h('p', { class: 'history-title' }, '审核记录'), history);
    else box.append(h('p', { class: 'muted' }, '审核需要写入令牌（在页面顶部填写）。'), history);
    history.replaceChildren(h('li', { class: 'muted' }, '正在读取审核记录…'));
    getJson<{ history: Review[] }>(`/api/commitments/${commitment.id}/reviews`).then(
      (result) => showHistory(result.history),
      (error: unknown) => history.replaceChildren(h('li', { class: 'error' }, explain(error))),
    );
  });
  return box;
}

/** An element `make` builds, and a way to build it again in its place (counts, after a review moved an item). */
export function renewable(make: () => HTMLElement): [HTMLElement, () => void] {
  let shown = make();
  const renew = () => {
    const fresh = make();
    shown.replaceWith(fresh);
    shown = fresh;
  };
  return [shown, renew];
}

/** The group of a commitment with no follow-up yet: the library holds no next report, or it was not judged. */
export const UNJUDGED = 'unjudged';

/** A follow-up code in words, UNJUDGED included. */
export const groupName = (code: string) => (code === UNJUDGED ? '尚未判断' : label('followUp', code));

/** The groups in the order shown: the follow-up statuses, then those not judged. */
export const GROUP_CODES: readonly string[] = [...Object.keys(LABELS.followUp), UNJUDGED];

/** How many items a long list shows at a time, and adds per press of its 再显示 button: fewer on a phone, where each is a card. */
const pageSize = () => (matchMedia('(max-width: 600px)').matches ? 10 : 20);

/**
 * Where the keyboard lands in a newly shown item: a row's name cell, or the
 * item; its link or button when it starts with one (a figure's name), else
 * the element itself, made focusable.
 */
function landing(item: HTMLElement): HTMLElement {
  const start = item instanceof HTMLTableRowElement ? (item.cells[0] ?? item) : item;
  const control = start.querySelector<HTMLElement>(':scope > a, :scope > button');
  if (control) return control;
  start.tabIndex = -1;
  return start;
}

interface Pages {
  /** The 再显示 button and its status line, to put after the list. */
  more: HTMLElement;
  /** Builds the next page and returns its items. */
  next: () => HTMLElement[];
  /** How many items are built. */
  shown: () => number;
}

/**
 * A long list a page at a time: `next()` builds the next page (`add` makes the
 * elements of a batch starting at index `start` and puts them on the page), and
 * the `more` button does the same, takes the keyboard to the first new item
 * and says which are shown (a status line beside it, for screen readers).
 * The button says how many are left, and hides when none are.
 */
export function pager<T>(items: readonly T[], add: (batch: readonly T[], start: number) => HTMLElement[]): Pages {
  const size = pageSize();
  const button = h('button', { type: 'button', class: 'secondary more' });
  const said = h('span', { class: 'visually-hidden', role: 'status' });
  let shown = 0;
  const next = () => {
    const batch = items.slice(shown, shown + size);
    const added = add(batch, shown);
    shown += batch.length;
    const left = items.length - shown;
    button.hidden = left === 0;
    button.textContent = `再显示 ${formatNumber(Math.min(left, size))} 条（还有 ${formatNumber(left)} 条）`;
    return added;
  };
  button.addEventListener('click', () => {
    const from = shown;
    const [first] = next();
    said.textContent = `已显示第 ${formatNumber(from + 1)}–${formatNumber(shown)} 条，共 ${formatNumber(items.length)} 条`;
    if (first) landing(first).focus();
  });
  return { more: h('div', { class: 'pager' }, button, said), next, shown: () => shown };
}

/**
 * A disclosure of a long list, built when first opened and a page at a time
 * (`add` as for `pager`, its elements put before the `more` box it is given);
 * `open` opens it at once; the pages up to item `upTo` are built, open or not.
 */
export function pagedFold<T>(
  attrs: Attrs,
  summary: Child,
  members: readonly T[],
  add: (batch: readonly T[], start: number, more: HTMLElement) => HTMLElement[],
  { open = false, upTo = -1 } = {},
): HTMLDetailsElement {
  const fold = h('details', attrs, h('summary', null, summary));
  const pages: Pages = pager(members, (batch, start): HTMLElement[] => add(batch, start, pages.more));
  const { more, next, shown } = pages;
  fold.append(more);
  const build = () => {
    if (fold.open && shown() === 0) next();
  };
  fold.open = open;
  build();
  while (shown() <= upTo) next();
  fold.addEventListener('toggle', build);
  return fold;
}

/** The items of each code, in the order of `codes`; codes with none are left out. */
export function groupsOf<T>(codes: readonly string[], items: readonly T[], codeOf: (item: T) => string): Array<{ code: string; members: T[] }> {
  return codes.map((code) => ({ code, members: items.filter((item) => codeOf(item) === code) })).filter(({ members }) => members.length > 0);
}

interface StatusGroupOptions<T> {
  /** The follow-up code the item is grouped under (UNJUDGED for none). */
  statusOf: (item: T) => string;
  /** The item as an `li` of its group's list; `regroup` puts it under the group its status says now (after a review). */
  render: (item: T, regroup: () => void) => HTMLElement;
  /** A sub-heading the item stands under (its section): a new list starts where it changes. */
  sectionOf?: (item: T) => string;
  /** The item a URL names (#c-ID): its group opens with the pages up to it built. */
  named?: (item: T) => boolean;
  /** Told after a review, so that counts elsewhere on the page follow. */
  regrouped?: () => void;
}

/** The commitment id a URL names (`#c-ID`, as the items' ids), or null. */
export const namedCommitment = (url: URL): string | null => (url.hash.startsWith('#c-') ? decodeURIComponent(url.hash.slice(3)) : null);

/**
 * Scrolls to the commitment the URL names once its page is built (the browser
 * looked for it before it was), or opens the folded part it names (`#g-partly`,
 * as a count's link leaves in the address) and scrolls to that.
 */
export function revealNamed(url: URL): void {
  const id = namedCommitment(url);
  if (id !== null) document.getElementById(`c-${id}`)?.scrollIntoView({ block: 'start' });
  const fold = url.hash.length > 1 ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
  if (fold instanceof HTMLDetailsElement) {
    fold.open = true;
    fold.scrollIntoView({ block: 'start' });
  }
}

/**
 * Commitments by follow-up, each status a disclosure with its badge and count,
 * the first open (and the one holding the named item). A group
 * builds its items when first opened, a page at a time with a button for the
 * next, which takes the keyboard to the first new item: a report of 400
 * commitments shows at once, and a phone scrolls through 10, not 400.
 * Empty groups are left out. An item a review moves is put in its new group
 * at once (the groups are built again around the same elements, each group as
 * open and as far shown as it was), and the keyboard stays where it was in it.
 */
export function statusGroups<T>(items: readonly T[], options: StatusGroupOptions<T>): HTMLElement {
  const box = h('div', { class: 'status-groups' });
  const elements = new Map<T, HTMLElement>();
  /** The group each built item stands in. */
  const placed = new Map<T, string>();
  /** Each group as last built: its fold and how many of its items are built. */
  const built = new Map<string, { fold: HTMLDetailsElement; shown: () => number }>();
  const build = (moved?: T) => {
    const was = new Map([...built].map(([code, { fold, shown }]) => [code, { open: fold.open, shown: shown() }]));
    built.clear();
    const wanted = (item: T) => (moved === undefined ? (options.named?.(item) ?? false) : item === moved);
    const folds = groupsOf(GROUP_CODES, items, options.statusOf).map(({ code, members }, index) => {
      let list: HTMLElement | null = null;
      let section: string | null = null;
      const before = was.get(code);
      const at = members.findIndex(wanted);
      let shown = 0;
      const fold = pagedFold(
        { class: 'follow-up-group', id: `g-${code}`, 'data-status': code },
        [groupBadge(code), `（${formatNumber(members.length)} 条）`],
        members,
        (batch, start, more) => {
          shown = start + batch.length;
          return batch.map((item, i) => {
            const at = options.sectionOf?.(item) ?? '';
            if (list === null || at !== section) {
              section = at;
              list = h('ol', { class: 'commitments', start: start + i + 1 });
              more.before(...(options.sectionOf ? [h('h3', { class: 'group-section' }, at)] : []), list);
            }
            const element = elements.get(item) ?? options.render(item, () => regroup(item));
            elements.set(item, element);
            placed.set(item, code);
            list.append(element);
            return element;
          });
        },
        // As open and as far shown as before (one fewer when the moved item left it), and open up to the item wanted.
        { open: (before?.open ?? (was.size === 0 && index === 0)) || at >= 0, upTo: Math.max(Math.min(before?.shown ?? 0, members.length) - 1, at) },
      );
      built.set(code, { fold, shown: () => shown });
      return fold;
    });
    box.replaceChildren(...folds);
  };
  const regroup = (item: T) => {
    if (options.statusOf(item) !== placed.get(item)) {
      // Taken out of the page and put back, the focused control loses the keyboard: give it back.
      const active = document.activeElement;
      build(item);
      if (active instanceof HTMLElement && box.contains(active)) active.focus();
    }
    options.regrouped?.();
  };
  build();
  return box;
}

/** A group's badge: a follow-up status, or 尚未判断 (no colour: nothing was said). */
function groupBadge(code: string): HTMLElement {
  return code === UNJUDGED ? h('span', { class: 'badge followUp-unjudged' }, groupName(code)) : badge('followUp', code);
}
