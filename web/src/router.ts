// Paths to pages. Each page module exports
//   render(root: HTMLElement, url: URL): Promise<void>
// and is loaded on demand (its own chunk). Links to app paths navigate with
// history.pushState instead of loading the document again; the server answers
// every app path with the same index.html, so a reload or a shared URL shows
// the same page. Each navigation renders into a fresh element, so a slow page
// that finishes after the user has moved on writes into nothing visible.
//
//   navigate('/search?q=法律咨询')             a new history entry, then render
//   navigate(url, { replace: true })          same, replacing the entry
//   replaceUrl('/?year=2024')                 change the address only (filters)
//   reload()                                  render the current URL again
import { ApiError, explain } from './api.js';
import { h } from './dom.js';
import { pageHeading } from './layout.js';

export interface Page {
  render(root: HTMLElement, url: URL): Promise<void>;
}

export interface Route {
  path: RegExp;
  load: () => Promise<Page>;
}

let routes: Route[] = [];
let outlet: HTMLElement | null = null;
let rendered = '';
let afterRender: (url: URL) => void = () => {};

function routeOf(url: URL): Route | undefined {
  return routes.find((route) => route.path.test(url.pathname));
}

async function show(url: URL, focus: boolean): Promise<void> {
  if (outlet === null) return;
  rendered = url.pathname + url.search;
  const root = h('div', { class: 'page' });
  outlet.replaceChildren(root);
  afterRender(url);
  const route = routeOf(url);
  if (focus) window.scrollTo(0, 0);
  try {
    if (route === undefined) {
      // Under its own title, so the tab and the history say it too.
      root.append(
        pageHeading('找不到页面', `这个地址（${url.pathname}）没有对应的页面，可能输错了或链接已过时。`),
        h('p', { class: 'actions' }, h('a', { href: '/' }, '返回文库'), h('a', { href: '/search' }, '检索报告')),
      );
    } else {
      await (await loadPage(route)).render(root, url);
    }
  } catch (error) {
    failed(root, error);
  }
  // The new page's h1 takes the focus, unless the page has put it somewhere (the sentence a link asked for).
  const active = document.activeElement;
  if (focus && root.isConnected && (active === null || active === document.body || !outlet.contains(active) || active === outlet)) {
    root.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }
}

/**
 * A page module that would not load. Mostly the server was rebuilt while this
 * tab stayed open: its chunks now have other names, and only loading the
 * document again finds them (a failed import is not retried by the browser).
 */
class StalePage extends Error {}

const loadPage = (route: Route): Promise<Page> =>
  route.load().catch((error: unknown) => {
    throw new StalePage(String(error), { cause: error });
  });

/**
 * A page that could not load says so under a heading, and what to do next: a
 * missing report or page leads back to the library; a page module that would
 * not load, to reloading the document; anything else (the network, the
 * server, a token missing) can also be tried again.
 */
function failed(root: HTMLElement, error: unknown): void {
  if (error instanceof StalePage) {
    root.replaceChildren(
      pageHeading('页面已更新', '年报系统已更新（或网络中断），这一页未能载入。请刷新页面，载入新版本后即可继续。'),
      h('p', { class: 'actions' }, h('button', { type: 'button', onclick: () => location.reload() }, '刷新页面')),
    );
    return;
  }
  const missing = error instanceof ApiError && error.status === 404;
  if (root.querySelector('h1') === null) root.append(pageHeading(missing ? '找不到内容' : '页面未能打开'));
  root.append(
    h('p', { class: 'error', role: 'alert' }, explain(error)),
    h(
      'p',
      { class: 'actions' },
      h('a', { href: '/' }, '返回文库'),
      // As on 找不到页面: a report gone from the library may be found under another id.
      missing ? h('a', { href: '/search' }, '检索报告') : h('button', { type: 'button', class: 'secondary', onclick: () => void reload() }, '重试'),
    ),
  );
}

export function navigate(href: string | URL, options: { replace?: boolean } = {}): Promise<void> {
  const url = new URL(href, location.href);
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  return show(url, true);
}

/** Changes the address bar without rendering: for a page's own filters, which it has already applied. */
export function replaceUrl(href: string | URL): void {
  const url = new URL(href, location.href);
  history.replaceState(null, '', url);
  rendered = url.pathname + url.search;
}

export function reload(): Promise<void> {
  return show(new URL(location.href), false);
}

/** Whether a click on this link is ours to handle (an app page on this origin, a plain left click). */
function ours(event: MouseEvent, link: HTMLAnchorElement): URL | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  if (link.target !== '' || link.hasAttribute('download')) return null;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || routeOf(url) === undefined) return null;
  // Only the hash changes: the browser scrolls and fires hashchange, the page reacts.
  if (url.pathname + url.search === location.pathname + location.search && url.hash !== '') return null;
  return url;
}

export function startRouter(table: Route[], into: HTMLElement, onRender: (url: URL) => void): void {
  routes = table;
  outlet = into;
  afterRender = onRender;
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link) return;
    const url = ours(event, link);
    if (url === null) return;
    event.preventDefault();
    void navigate(url);
  });
  window.addEventListener('popstate', () => {
    const url = new URL(location.href);
    // Back over a hash change within one page: the page follows hashchange.
    if (url.pathname + url.search === rendered) return;
    void show(url, true);
  });
  void show(new URL(location.href), false);
}
