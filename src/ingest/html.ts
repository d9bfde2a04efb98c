// Web pages to report text. Government sites wrap the report in navigation,
// search forms and footers; we keep the element that holds the report and
// write one paragraph per line.

import type { Encoding } from '../types.js';
import { decodeText, type Decoded } from './decode.js';

export function readHtml(bytes: Uint8Array, subject: string): Decoded {
  const { text, encoding } = decodeText(bytes, subject, declaredCharset(bytes));
  return { text: htmlToText(text), encoding };
}

const charsets: Readonly<Record<string, Encoding>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'euc-cn': 'gb18030',
  gb18030: 'gb18030',
};

/** The charset of `<meta charset>` or `<meta http-equiv … content="…; charset=…">`. */
export function declaredCharset(bytes: Uint8Array): Encoding | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const label = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  return (label && charsets[label]) || null;
}

interface Element {
  tag: string;
  attributes: string;
  children: Node[];
}
type Node = Element | string;

// Raw-text elements are cut out before tokenising: their content may hold "<p>".
const rawText = /<!--[\s\S]*?(?:-->|$)|<(script|style|noscript|template|textarea|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const token = /<[!?][^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const droppedTags = new Set(['nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg', 'select', 'button']);
const blockTags = new Set([
  'address', 'article', 'blockquote', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);
const cellTags = new Set(['td', 'th']);
// HTML lets these end tags be left out: a new sibling ends the open element.
const impliedEnds: Readonly<Record<string, readonly string[]>> = {
  li: ['li', 'p'],
  dt: ['dt', 'dd', 'p'],
  dd: ['dt', 'dd', 'p'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
};
const articleHint = /content|article|trs_editor|zoom/i;

export function htmlToText(html: string): string {
  const body = find(parse(html.replace(rawText, '')), 'body');
  return render(article(body));
}

function parse(html: string): Element {
  const root: Element = { tag: '#root', attributes: '', children: [] };
  const open = [root];
  const current = (): Element => open[open.length - 1] ?? root;
  let last = 0;
  for (const match of html.matchAll(token)) {
    if (match.index > last) current().children.push(html.slice(last, match.index));
    last = match.index + match[0].length;
    const [, slash, name, attributes = ''] = match;
    if (!name) continue; // doctype, CDATA, processing instruction
    const tag = name.toLowerCase();
    if (slash) {
      const at = open.map((element) => element.tag).lastIndexOf(tag);
      if (at > 0) open.length = at;
      continue;
    }
    const ends = impliedEnds[tag] ?? (blockTags.has(tag) && !voidTags.has(tag) ? ['p'] : []);
    while (open.length > 1 && ends.includes(current().tag)) open.pop();
    const element: Element = { tag, attributes, children: [] };
    current().children.push(element);
    if (!voidTags.has(tag) && !attributes.endsWith('/')) open.push(element);
  }
  if (last < html.length) current().children.push(html.slice(last));
  return root;
}

function find(root: Element, tag: string): Element {
  return elements(root).find((element) => element.tag === tag) ?? root;
}

/** Every element under `root`, in document order, skipping dropped subtrees. */
function elements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (element: Element): void => {
    if (droppedTags.has(element.tag)) return;
    found.push(element);
    for (const child of element.children) if (typeof child !== 'string') visit(child);
  };
  visit(root);
  return found;
}

/**
 * The smallest content-like container (by id/class) that still holds at least
 * half of the page's Chinese text; the whole body when there is none.
 */
function article(body: Element): Element {
  const total = hanCount(render(body));
  if (total === 0) return body;
  let best = body;
  let bestCount = total;
  for (const element of elements(body)) {
    if (!articleHint.test(idAndClass(element.attributes))) continue;
    const count = hanCount(render(element));
    if (count >= total / 2 && count <= bestCount) [best, bestCount] = [element, count];
  }
  return best;
}

function idAndClass(attributes: string): string {
  const values = attributes.matchAll(/\b(?:id|class)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi);
  return [...values].map((match) => match[1] ?? match[2] ?? match[3]).join(' ');
}

function hanCount(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

function render(root: Element): string {
  const out: string[] = [];
  const visit = (node: Node): void => {
    if (typeof node === 'string') {
      out.push(decodeEntities(node.replace(/[ \t\n\r\f]+/g, ' ')));
      return;
    }
    if (droppedTags.has(node.tag)) return;
    const before = blockTags.has(node.tag) ? '\n' : '';
    out.push(before);
    node.children.forEach(visit);
    out.push(cellTags.has(node.tag) ? '\t' : before);
  };
  visit(root);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

const namedEntities: Readonly<Record<string, string>> = {
  nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•',
  times: '×', divide: '÷', plusmn: '±', deg: '°', permil: '‰', sup2: '²', sup3: '³',
  yen: '¥', copy: '©', reg: '®',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]*));/gi, (entity, decimal?: string, hex?: string, name?: string) => {
    if (name) return namedEntities[name] ?? entity;
    const code = decimal ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}
