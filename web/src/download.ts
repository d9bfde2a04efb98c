// A table the page holds, saved as CSV: the bytes the CLI and the API write
// (one renderer, src/output), handed to the browser as a Blob download.
import { render, type Column } from '../../src/output/render.js';
import { h } from './dom.js';

export function csvButton<T extends object>(label: string, filename: string, rows: () => T[], columns: Column<T>[]): HTMLElement {
  const button = h('button', { type: 'button', class: 'csv' }, label);
  button.addEventListener('click', () => {
    const href = URL.createObjectURL(new Blob([render(rows(), columns, 'csv')], { type: 'text/csv;charset=utf-8' }));
    const link = h('a', { href, download: filename }) as HTMLAnchorElement;
    link.click();
    // The download has started from the URL by the next task; free it after.
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  });
  return button;
}
