// 检索 (/search?q=…&issuer=…&year=…): sentences of the library holding the
// words of the query, each match marked (sliced at the offsets the API
// gives), filters by issuer and year in the URL, and each hit a link into the
// reader at its sentence (/reports/ID#s=START).
import { apiUrl, getJson } from '../api.js';
import { h, highlight } from '../dom.js';
import { apiLink } from '../download.js';
import { formatNumber, yearReportName } from '../format.js';
import { field, pageHeading } from '../layout.js';
import { navigate } from '../router.js';
import type { IssuerList, SearchResult, SentenceHit } from '../types.js';

const LIMIT = 100;
const EXAMPLES = ['法律咨询', '营商环境', '优良天数', '行政复议'];

function hitItem(hit: SentenceHit): HTMLLIElement {
  const marks = hit.matches.map((m) => ({ start: m.start, end: m.end, attrs: { class: 'match' } }));
  return h(
    'li',
    { class: 'hit' },
    // The report by its issuer and year, its file only in the link's title.
    h('p', { class: 'meta' }, hit.issuer ?? '发布机关不明', ' · ', h('a', { href: `/reports/${hit.report}`, title: hit.source }, yearReportName({ year: hit.year }))),
    h('a', { class: 'hit-text', href: `/reports/${hit.report}#s=${hit.start}` }, ...highlight(hit.text, marks)),
  );
}

export async function render(root: HTMLElement, url: URL): Promise<void> {
  const q = (url.searchParams.get('q') ?? '').trim();
  const issuer = url.searchParams.get('issuer') ?? '';
  const year = url.searchParams.get('year') ?? '';
  root.append(pageHeading(q === '' ? '检索' : `检索：${q}`, '在文库所有报告的句子中查找词语；多个词用空格分开时，须全部出现。'));

  const { issuers } = await getJson<IssuerList>('/api/issuers');
  const years = [...new Set(issuers.flatMap((i) => i.years))].sort((a, b) => b - a);
  const input = h('input', { type: 'search', name: 'q', id: 'search-q', value: q, required: true, autocomplete: 'off', placeholder: '如：法律咨询' });
  const form = h(
    'form',
    { class: 'filters search-form', role: 'search', 'aria-label': '检索文库' },
    field('检索词', input, 'field grow'),
    field(
      '发布机关',
      h('select', { name: 'issuer', id: 'search-issuer' }, h('option', { value: '' }, '全部'), ...issuers.map((i) => h('option', { value: i.name, selected: i.name === issuer }, i.name))),
    ),
    field(
      '年份',
      h('select', { name: 'year', id: 'search-year' }, h('option', { value: '' }, '全部'), ...years.map((y) => h('option', { value: y, selected: String(y) === year }, String(y)))),
    ),
    h('button', { type: 'submit' }, '检索'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URL('/search', location.href);
    for (const [key, value] of new FormData(form)) if (String(value).trim() !== '') next.searchParams.set(key, String(value).trim());
    void navigate(next);
  });
  // A filter applies at once when there is a query to filter.
  form.addEventListener('change', (event) => {
    if ((event.target as Element).tagName === 'SELECT' && input.value.trim() !== '') form.requestSubmit();
  });
  root.append(form);

  if (q === '') {
    root.append(h('p', { class: 'notice' }, '例如：', ...EXAMPLES.flatMap((word, i) => [i > 0 ? '、' : '', h('a', { href: searchHref(word) }, word)])));
    return;
  }
  const params = { q, issuer, year, limit: LIMIT };
  // A search of a large library takes the server a moment: say so where the hits will be.
  const waiting = h('p', { class: 'loading', role: 'status' }, '正在检索…');
  root.append(waiting);
  const { hits, more } = await getJson<SearchResult>('/api/search', params).finally(() => waiting.remove());
  if (hits.length === 0) {
    // What to try next: the filters first (the likeliest cause when set), then the words.
    const filtered = issuer !== '' || year !== '';
    root.append(
      h('p', { class: 'counts', role: 'status' }, `没有找到含“${q}”的句子${filtered ? '（已按发布机关或年份筛选）' : ''}。`),
      h(
        'ul',
        { class: 'notice' },
        filtered ? h('li', null, h('a', { href: searchHref(q) }, '在全部报告中检索')) : null,
        h('li', null, '词语须在一句之内连续出现：可试试更短的词，或去掉空格分开的其中一个词。'),
      ),
    );
    return;
  }
  root.append(
    h(
      'p',
      { class: 'counts', role: 'status' },
      `找到 ${formatNumber(hits.length)} 句${more ? `（只显示前 ${LIMIT} 句）` : ''}。`,
      ' ',
      apiLink('下载 CSV', apiUrl('/api/search', { ...params, format: 'csv' }), 'search.csv'),
    ),
    h('ol', { class: 'hits' }, ...hits.map(hitItem)),
  );
}

function searchHref(word: string): string {
  return `/search?q=${encodeURIComponent(word)}`;
}
