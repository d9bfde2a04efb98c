// The frame around every page: a skip link, the top navigation (文库 / 检索 /
// 指标趋势, the current one marked with aria-current) and the token field.
// Pages put their content in the element the router gives them; they set the
// tab's title with `setTitle` and start with `pageHeading`.
import { h } from './dom.js';
import { getToken, setToken } from './session.js';

/** The top navigation: [label, path]; a path is current for itself and its sub-paths. */
const NAV: Array<[string, string]> = [
  ['文库', '/'],
  ['检索', '/search'],
  ['指标趋势', '/trends'],
];

export function setTitle(title: string): void {
  document.title = `${title} · 年报 nianbao`;
}

/** The page's h1 (focused after navigation) and an optional line under it. */
export function pageHeading(title: string, ...under: Array<Node | string>): HTMLElement {
  setTitle(title);
  return h('header', { class: 'page-head' }, h('h1', { tabindex: -1 }, title), under.length > 0 ? h('p', { class: 'lede' }, ...under) : null);
}

/**
 * A form control under its label (the control needs an id). The label is a
 * sibling, not a wrapper, so the control's accessible name is the label's text
 * alone, not the text plus the control's value.
 */
export function field(text: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, className = 'field'): HTMLDivElement {
  return h('div', { class: className }, h('label', { for: control.id }, text), control);
}

function tokenForm(onChange: () => void): HTMLElement {
  const input = h('input', { type: 'password', name: 'token', id: 'token-input', autocomplete: 'off', spellcheck: 'false' });
  const state = h('span', { class: 'token-state' });
  const clear = h('button', { type: 'button', class: 'secondary' }, '清除');
  function refresh() {
    const token = getToken();
    state.textContent = token === null ? '未设置令牌' : '已设置令牌';
    clear.hidden = token === null;
    input.value = '';
  }
  const form = h(
    'form',
    { class: 'token', 'aria-label': '访问令牌' },
    h('label', { for: 'token-input' }, '令牌'),
    input,
    h('button', { type: 'submit' }, '保存'),
    clear,
    state,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (input.value.trim() === '') return;
    setToken(input.value);
    refresh();
    onChange();
  });
  clear.addEventListener('click', () => {
    setToken(null);
    refresh();
    onChange();
  });
  refresh();
  return form;
}

export interface Frame {
  /** Where pages render. */
  outlet: HTMLElement;
  /** Marks the navigation link of the page shown. */
  update: (url: URL) => void;
}

export function layout(into: HTMLElement, onTokenChange: () => void): Frame {
  const links = NAV.map(([text, path]) => h('a', { href: path }, text));
  const outlet = h('main', { id: 'main', tabindex: -1 });
  into.replaceChildren(
    h('a', { class: 'skip', href: '#main' }, '跳到正文'),
    h(
      'header',
      { class: 'top' },
      h('a', { class: 'brand', href: '/' }, '年报', h('span', { class: 'brand-sub' }, ' nianbao')),
      h('nav', { 'aria-label': '主导航' }, ...links),
      tokenForm(onTokenChange),
    ),
    outlet,
  );
  function update(url: URL) {
    for (const link of links) {
      const path = new URL(link.href).pathname;
      const current = path === '/' ? url.pathname === '/' || url.pathname.startsWith('/reports/') : url.pathname.startsWith(path);
      if (current) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  }
  return { outlet, update };
}
