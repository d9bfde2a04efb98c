// Building the page without HTML strings. Report text is untrusted: it only
// ever reaches the page as text nodes (strings given to `h` become text
// nodes; `highlight` slices the text at offsets). Nothing here, and nothing
// in the pages, parses a string as HTML.
//
//   h('a', { href: `/reports/${id}`, class: 'title' }, report.title)
//   h('button', { type: 'button', onclick: () => remove(id) }, '删除')
//   h('p', null, ...highlight(sentence, [{ start: 3, end: 7, attrs: { class: 'match' } }], 0))
//
// Attributes: a string or number is set as is; true sets an empty attribute
// (`hidden: true`); false, null and undefined leave it out; a function under
// an `on…` name is an event listener. Never pass `style` (the Content
// Security Policy forbids style attributes): use classes, or element.style
// from code.

export type Child = Node | string | number | null | undefined | false | readonly Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) for (const each of child as readonly Child[]) append(parent, each);
  else if (child instanceof Node) parent.appendChild(child);
  else parent.appendChild(document.createTextNode(String(child)));
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/** A fragment of children, for `replaceChildren` and the like. */
export function fragment(...children: Child[]): DocumentFragment {
  const result = document.createDocumentFragment();
  append(result, children);
  return result;
}

/** A marked stretch of text: [start, end) in the same offsets as the text given to `highlight`. */
export interface Mark {
  start: number;
  end: number;
  /** The element that wraps it (default `mark`). */
  tag?: keyof HTMLElementTagNameMap;
  attrs?: Attrs;
}

/**
 * The text as nodes, each mark wrapping its stretch in an element. `base` is
 * the offset of `text` within the document the marks index (a paragraph of a
 * report: marks use report offsets), and marks are clipped to the text. Marks
 * nest (a figure inside a commitment); a mark that crosses the end of the
 * mark it starts in is cut in two there (the second part without an id), so
 * the nodes stay a tree and every character keeps its marks.
 */
export function highlight(text: string, marks: readonly Mark[], base = 0): Node[] {
  const end = base + text.length;
  const order = (a: Mark, b: Mark) => a.start - b.start || b.end - a.end;
  const inside = marks
    .map((mark) => ({ ...mark, start: Math.max(mark.start, base), end: Math.min(mark.end, end) }))
    .filter((mark) => mark.start < mark.end)
    .sort(order);
  let next = 0;

  /** Nodes for [from, to), taking the marks that start inside it. */
  function build(from: number, to: number): Node[] {
    const nodes: Node[] = [];
    let cursor = from;
    while (next < inside.length && inside[next]!.start < to) {
      const mark = inside[next++]!;
      if (mark.start < cursor) continue; // starts inside a sibling it crosses: its start was already used
      if (mark.start > cursor) nodes.push(document.createTextNode(text.slice(cursor - base, mark.start - base)));
      const stop = Math.min(mark.end, to);
      if (mark.end > to) {
        // Crosses the end of the mark it starts in: the rest goes on after it, without its id.
        const rest = { ...mark, start: to, attrs: { ...mark.attrs, id: null } };
        let at = next;
        while (at < inside.length && order(inside[at]!, rest) <= 0) at++;
        inside.splice(at, 0, rest);
      }
      const element = h(mark.tag ?? 'mark', mark.attrs ?? null);
      element.append(...build(mark.start, stop));
      nodes.push(element);
      cursor = stop;
    }
    if (cursor < to) nodes.push(document.createTextNode(text.slice(cursor - base, to - base)));
    return nodes;
  }

  return build(base, end);
}
