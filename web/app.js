// The library page: issuers, their years and each report's JSON and CSV,
// read from the public API. Every text from a report is set as textContent,
// never as HTML.
const TOKEN_KEY = 'nianbao-token';
const status = document.getElementById('status');
const library = document.getElementById('library');
const tokenForm = document.getElementById('token');

async function api(path) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = await response.json();
  if (!response.ok) throw Object.assign(new Error(body.error?.message ?? response.statusText), { status: response.status });
  return body;
}

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function link(text, href) {
  return element('a', text, { href });
}

function reportRow(report) {
  const row = element('tr');
  row.append(element('td', report.year ?? '—'));
  const title = element('td');
  title.append(element('div', report.title ?? report.source), element('div', `${report.kind ?? ''} · ${report.source}`, { class: 'aliases' }));
  row.append(title);
  row.append(element('td', report.figures, { class: 'number' }), element('td', report.commitments, { class: 'number' }));
  const links = element('td');
  const base = `/api/reports/${encodeURIComponent(report.id)}`;
  links.append(
    link('JSON', base), ' · ', link('text', `${base}/text`), ' · ',
    link('figures CSV', `${base}/figures?format=csv`), ' · ', link('commitments CSV', `${base}/commitments?format=csv`),
  );
  row.append(links);
  return row;
}

function seriesTable(reports) {
  const table = element('table');
  const head = element('tr');
  for (const name of ['year', 'report', 'figures', 'commitments', 'data']) head.append(element('th', name));
  table.append(head, ...reports.map(reportRow));
  return table;
}

async function show() {
  status.textContent = 'Loading…';
  library.replaceChildren();
  try {
    const [{ issuers }, { reports }] = await Promise.all([api('/api/issuers'), api('/api/reports?limit=0')]);
    tokenForm.hidden = true;
    const byIssuer = new Map();
    for (const report of reports) {
      const key = report.issuer ?? '';
      if (!byIssuer.has(key)) byIssuer.set(key, []);
      byIssuer.get(key).push(report);
    }
    for (const issuer of issuers) {
      const section = element('section');
      section.append(element('h2', issuer.name));
      const years = issuer.years.length > 0 ? `years ${issuer.years.join(', ')}` : 'no year known';
      const aliases = issuer.aliases.length > 0 ? ` · also ${issuer.aliases.join('、')}` : '';
      section.append(element('p', `${issuer.reports} reports, ${years}${aliases}`, { class: 'aliases' }));
      section.append(seriesTable(byIssuer.get(issuer.name) ?? []));
      library.append(section);
    }
    const unknown = byIssuer.get('') ?? [];
    if (unknown.length > 0) {
      const section = element('section');
      section.append(element('h2', 'Issuer not known'), seriesTable(unknown));
      library.append(section);
    }
    status.textContent = reports.length === 0 ? 'The library is empty: upload reports with POST /api/reports.' : '';
  } catch (error) {
    if (error.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      tokenForm.hidden = false;
    }
    status.textContent = error.message;
  }
}

tokenForm.addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, new FormData(tokenForm).get('token'));
  show();
});

show();
