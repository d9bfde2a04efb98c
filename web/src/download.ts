// A table the page holds, saved as CSV: the bytes the CLI and the API write
// (one renderer, src/output), handed to the browser as a Blob download.
import { render, type Column } from '../../src/output/render.js';
import { explain, getBlob } from './api.js';
import { h } from './dom.js';
import { getToken } from './session.js';

function save(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const link = h('a', { href, download: filename }) as HTMLAnchorElement;
  link.click();
  // The download has started from the URL by the next task; free it after.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

/**
 * A link to an API resource (a CSV or JSON twin) that a person can copy and
 * paste into pandas. Clicked with a read token in the tab, the browser would
 * send no Authorization header and get 401, so the page fetches it with the
 * token and saves the answer instead.
 */
export function apiLink(label: string, url: string, filename: string, attributes: Record<string, string> = {}): HTMLElement {
  const link = h('a', { ...attributes, href: url, download: filename }, label);
  link.addEventListener('click', (event) => {
    if (getToken() === null) return;
    event.preventDefault();
    getBlob(url).then(
      (blob) => save(blob, filename),
      (error: unknown) => {
        link.title = explain(error);
        link.setAttribute('aria-invalid', 'true');
      },
    );
  });
  return link;
}

/** CSV columns by key, in order (a page's own table, built in the page). */
export const csvColumns = <T>(keys: ReadonlyArray<keyof T & string>): Column<T>[] => keys.map((key) => ({ key }));

export function csvButton<T extends object>(label: string, filename: string, rows: () => T[], columns: Column<T>[]): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary csv' }, label);
  button.addEventListener('click', () => save(new Blob([render(rows(), columns, 'csv')], { type: 'text/csv;charset=utf-8' }), filename));
  return button;
}
