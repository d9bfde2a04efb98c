// Web pages to report text. Government sites wrap the report in navigation,
// search forms and footers; we keep the element that holds the report and
// write one paragraph per line.

import { Tokenizer } from 'htmlparser2';
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
  /** Its id and class, where the article hint is looked for. */
  hint: string;
  children: Node[];
  /** Inside page chrome or a script: kept out of the tree. */
  hidden: boolean;
}
type Node = Element | string;

const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Raw-text elements and page chrome: nothing inside them is report text.
const droppedTags = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'title',
  'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg', 'select', 'button',
]);
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
  const body = find(parse(html), 'body');
  return render(article(body));
}

/** Builds the element tree from tag and text events, without recursion. */
interface TreeBuilder {
  root: Element;
  openTag(tag: string, hint: string, selfClosing: boolean): void;
  closeTag(tag: string): void;
  appendText(text: string): void;
}

/**
 * Each tag costs the same at any depth: an end tag looks down the open
 * elements only when one of its name is open, and closes what it passes.
 */
function treeBuilder(): TreeBuilder {
  const root: Element = { tag: '#root', hint: '', children: [], hidden: false };
  const open = [root];
  const openByTag = new Map<string, number>();
  const current = (): Element => open[open.length - 1]!;
  const pop = (): void => {
    const element = open.pop()!;
    openByTag.set(element.tag, openByTag.get(element.tag)! - 1);
  };
  return {
    root,
    openTag(tag, hint, selfClosing) {
      const ends = impliedEnds[tag] ?? (blockTags.has(tag) && !voidTags.has(tag) ? ['p'] : []);
      while (open.length > 1 && ends.includes(current().tag)) pop();
      const parent = current();
      const element: Element = { tag, hint, children: [], hidden: parent.hidden || droppedTags.has(tag) };
      if (!element.hidden) parent.children.push(element);
      if (!voidTags.has(tag) && !selfClosing) {
        open.push(element);
        openByTag.set(tag, (openByTag.get(tag) ?? 0) + 1);
      }
    },
    closeTag(tag) {
      if (!openByTag.get(tag)) return;
      while (open.length > 1 && current().tag !== tag) pop();
      if (open.length > 1) pop();
    },
    appendText(text) {
      const parent = current();
      if (parent.hidden) return;
      const { children } = parent;
      const last = children.length - 1;
      // One run of text comes in pieces (around each entity); joined, its spaces collapse as one.
      if (typeof children[last] === 'string') children[last] += text;
      else children.push(text);
    },
  };
}

/**
 * The element tree from htmlparser2's tokenizer (which also keeps the text of
 * scripts and styles from being read as tags). Only id and class are kept of
 * the attributes: they are where the article hint is looked for.
 */
function parse(html: string): Element {
  const tree = treeBuilder();
  let tag = '';
  let hint = '';
  let attribute = '';
  const hinting = (): boolean => attribute === 'id' || attribute === 'class';
  // htmlparser2 decodes every HTML5 character reference in text (&ldquo;, &#x4E2D;, &amp without `;`).
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tag = html.slice(start, end).toLowerCase();
        hint = '';
      },
      onattribname(start, end) {
        attribute = html.slice(start, end).toLowerCase();
      },
      onattribdata(start, end) {
        if (hinting()) hint += html.slice(start, end);
      },
      onattribend() {
        if (hinting()) hint += ' ';
      },
      onopentagend: () => tree.openTag(tag, hint, false),
      onselfclosingtag: () => tree.openTag(tag, hint, true),
      onclosetag: (start, end) => tree.closeTag(html.slice(start, end).toLowerCase()),
      ontext: (start, end) => tree.appendText(html.slice(start, end)),
      ontextentity: (codepoint) => tree.appendText(String.fromCodePoint(codepoint)),
      onattribentity() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return tree.root;
}

/** Visits `root` and everything under it in document order; `leave` runs after an element's children. */
function walk(root: Element, enter: (node: Node) => void, leave: (element: Element) => void = () => {}): void {
  enter(root);
  const stack: Array<{ element: Element; next: number }> = [{ element: root, next: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.element.children[frame.next++];
    if (child === undefined) {
      stack.pop();
      leave(frame.element);
    } else {
      enter(child);
      if (typeof child !== 'string') stack.push({ element: child, next: 0 });
    }
  }
}

function find(root: Element, tag: string): Element {
  let found: Element | null = null;
  walk(root, (node) => {
    if (found === null && typeof node !== 'string' && node.tag === tag) found = node;
  });
  return found ?? root;
}

/**
 * The smallest content-like container (by id/class) that still holds at least
 * half of the page's Chinese text; the whole body when there is none.
 */
function article(body: Element): Element {
  // Each element's count of Chinese characters, summed from its children once.
  const counts = new Map<Element, number>();
  const hinted: Element[] = [];
  walk(
    body,
    (node) => {
      if (typeof node !== 'string' && articleHint.test(node.hint)) hinted.push(node);
    },
    (element) => {
      let count = 0;
      for (const child of element.children) count += typeof child === 'string' ? hanCount(child) : counts.get(child)!;
      counts.set(element, count);
    },
  );
  const total = counts.get(body)!;
  if (total === 0) return body;
  let best = body;
  let bestCount = total;
  for (const element of hinted) {
    const count = counts.get(element)!;
    if (element !== body && count >= total / 2 && count <= bestCount) [best, bestCount] = [element, count];
  }
  return best;
}

function hanCount(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

function render(root: Element): string {
  const out: string[] = [];
  walk(
    root,
    (node) => {
      if (typeof node === 'string') out.push(node.replace(/[ \t\n\r\f]+/g, ' '));
      else if (blockTags.has(node.tag)) out.push('\n');
    },
    (element) => {
      if (cellTags.has(element.tag)) out.push('\t');
      else if (blockTags.has(element.tag)) out.push('\n');
    },
  );
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
