// The library, reader and search pages driven as a person would: upload the
// seed report and read its figures, search and land on the sentence, a junk
// upload refused beside its file, report text that looks like HTML shown as
// text, delete after a confirmation; axe and screenshots of each page at 1280
// and 390 px (the folder is printed).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, expectAccessible, problemsOf, screenshots, startUi, timings, type Ui } from './harness.js';

const SEED = 'corpus/xuchang-demo-zone-2021.txt';
const SEED_ISSUER = '许昌市城乡一体化示范区管委会';

let ui: Ui;
let page: Page;

beforeAll(async () => {
  // The seed is left out: the first test uploads it through the page.
  ui = await startUi(CORPUS.filter((path) => path !== SEED));
  page = await ui.page();
}, 180_000);

async function total(): Promise<number> {
  return ((await (await fetch(`${ui.base}/api/reports?limit=1`)).json()) as { total: number }).total;
}

/** Chooses files in the library page's upload form and waits until each has an outcome. */
async function uploadThroughPage(paths: string[]): Promise<void> {
  const before = await page.locator('.upload .outcome :is(.ok, .error)').count();
  await page.locator('#upload-files').setInputFiles(paths);
  await expect.poll(() => page.locator('.upload .outcome :is(.ok, .error)').count(), { timeout: 60_000 }).toBe(before + paths.length);
}

describe('the library page', { timeout: 90_000 }, () => {
  it('lists the issuers with their years and counts, and says when it became interactive', async () => {
    await page.goto(`${ui.base}/`);
    const timing = await timings(page, 'nianbao:library-interactive');
    process.stdout.write(`library page: DOMContentLoaded ${timing.domContentLoaded} ms, load ${timing.load} ms, interactive ${timing.interactive} ms\n`);
    await expect.poll(() => page.locator('section.issuer h2').allTextContents()).toEqual(expect.arrayContaining(['国务院', '北京市人民政府']));
    const national = page.locator('section.issuer', { has: page.locator('h2', { hasText: '国务院' }) });
    expect(await national.locator('.year-strip a').allTextContents()).toEqual(['2012', '2013']);
    expect(await national.locator('.issuer-links a').allTextContents()).toEqual(['历年系列', '对比 2012→2013']);
    expect(await national.locator('.counts').textContent()).toMatch(/^2 份报告 · 数字 [\d,]+ · 承诺 [\d,]+ · 问题 [\d,]+$/);
  });

  it('says the library could not be read, with a retry, and no loading line, upload box or filters left above it', async () => {
    const offline = await ui.page(390);
    await offline.route('**/api/reports?**', (route) => route.abort());
    await offline.goto(`${ui.base}/`);
    await expect.poll(() => offline.locator('[role="alert"]').textContent()).toBe('无法连接服务器，请检查网络后重试。');
    expect(await offline.locator('main').textContent()).not.toContain('正在加载');
    expect(await offline.locator('.upload-box, form.filters').count()).toBe(0);
    await screenshots(ui, offline, 'library-offline', { fullPage: false });
    await expectAccessible(offline, 'library-offline');
    await offline.unrouteAll();
    await offline.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => offline.locator('section.issuer').count()).toBeGreaterThan(0);
    expect(await offline.locator('.upload-box').count()).toBe(1);
  });

  it('reflects its filters in the URL and keeps them on reload', async () => {
    await page.goto(`${ui.base}/`);
    await page.getByLabel('年份', { exact: true }).selectOption('2013');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe('2013');
    await page.reload();
    await expect.poll(() => page.locator('section.issuer h2').allTextContents()).toEqual(['国务院']);
    expect(await page.getByLabel('年份', { exact: true }).inputValue()).toBe('2013');
    // The CSV holds the reports shown, in the API's columns.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^下载报告清单 CSV/ }).click()]);
    const lines = readFileSync((await download.path())!, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFid,issuer,year,kind,/);
    expect(lines.slice(1).map((line) => line.split(',').slice(1, 3).join(' '))).toEqual(['国务院 2013']);
    expect(await page.locator('table.reports tbody tr').count()).toBe(1);
    await page.getByRole('link', { name: '清除筛选' }).click();
    await expect.poll(() => page.locator('section.issuer').count()).toBe(2);
  });

  // The seed's 33 hand-marked numbers and its two zeros stated by negation (没有发生一起, 无出现一起).
  it('uploads the seed report and shows its 35 figures highlighted in the reader', async () => {
    await page.goto(`${ui.base}/`);
    await uploadThroughPage([SEED]);
    const outcome = page.locator('.upload .outcome').last();
    expect(await outcome.textContent()).toContain('已加入文库');
    expect(await outcome.textContent()).toContain('35 个数字');
    await expect.poll(() => page.locator('section.issuer h2').allTextContents()).toContain(SEED_ISSUER);
    await outcome.getByRole('link').click();
    await expect.poll(() => page.locator('.report-text button.fig').count()).toBe(35);
    // The seed reports outcomes only; targets are drawn in their own style (a national report's plans).
    expect(await page.locator('.report-text .fig-actual').count()).toBe(35);
    expect(await page.locator('.report-text mark.commitment').count()).toBeGreaterThan(0);
    expect(await page.locator('.report-text mark.problem').count()).toBeGreaterThan(0);
    expect(await page.locator('nav.outline .badge').allTextContents()).toEqual(expect.arrayContaining(['回顾', '问题', '计划']));
    // The text shown is the report's text, whole.
    const text = ((await (await fetch(`${ui.base}/api/reports/${page.url().split('/').pop()}/text`)).json()) as { text: string }).text;
    expect((await page.locator('.report-text p').allTextContents()).join('')).toBe(text.split('\n').join(''));
  });

  it('refuses a junk file beside its name, in Chinese, and stores nothing', async () => {
    await page.goto(`${ui.base}/`);
    const before = await total();
    await uploadThroughPage(['test/fixtures/program.exe', 'test/fixtures/image.png']);
    const rows = page.locator('.upload.failed');
    expect(await rows.count()).toBe(2);
    expect(await rows.first().locator('.file-name').textContent()).toBe('program.exe');
    expect(await rows.first().locator('.error').textContent()).toContain('不支持此文件格式');
    expect(await total()).toBe(before);
    await expectAccessible(page, 'library with upload outcomes');
    await screenshots(ui, page, 'library');
    // A refused file's row can go, from the keyboard too: the keyboard moves to the next row's button, then back to the file chooser.
    await rows.first().getByRole('button', { name: '移除“program.exe”这一行' }).click();
    expect(await rows.locator('.file-name').allTextContents()).toEqual(['image.png']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('移除“image.png”这一行');
    await page.keyboard.press('Enter');
    expect(await rows.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('upload-files');
  });

  it('follows an upload the server queued (202 and a job) until its report is stored, or says why it failed', async () => {
    // A SQLite library answers 201; a PostgreSQL one queues the analysis. The page is given the queued answers.
    const queued = await ui.page();
    const stored = ((await (await fetch(`${ui.base}/api/reports?limit=1`)).json()) as { reports: Array<{ id: number; figures: number }> }).reports[0]!;
    const looks = new Map<string, number>();
    await queued.route(
      (url) => url.pathname === '/api/reports',
      (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        const job = route.request().postDataBuffer()!.includes('filename="bad.txt"') ? 'j-bad' : 'j-good';
        return route.fulfill({ status: 202, contentType: 'application/json', body: JSON.stringify({ job: { id: job, state: 'queued' } }) });
      },
    );
    await queued.route(
      (url) => url.pathname.startsWith('/api/jobs/'),
      (route) => {
        const id = route.request().url().split('/').pop()!;
        const look = (looks.get(id) ?? 0) + 1;
        looks.set(id, look);
        const job =
          look < 2 ? { id, state: 'running' } : id === 'j-bad' ? { id, state: 'failed', error: { code: 'NO_TEXT', problem: 'no text' } } : { id, state: 'done', reports: [{ id: stored.id, added: true }] };
        return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ job }) });
      },
    );
    await queued.goto(`${ui.base}/`);
    await queued.locator('#upload-files').setInputFiles([
      { name: 'good.txt', mimeType: 'text/plain', buffer: Buffer.from('报告') },
      { name: 'bad.txt', mimeType: 'text/plain', buffer: Buffer.from('报告') },
    ]);
    const rows = queued.locator('.upload');
    await expect.poll(() => rows.locator('.outcome :is(.ok, .error)').count(), { timeout: 30_000 }).toBe(2);
    expect(await rows.nth(0).locator('.outcome').textContent()).toContain(`（${stored.figures} 个数字）`);
    expect(await rows.nth(0).locator('.outcome a').getAttribute('href')).toBe(`/reports/${stored.id}`);
    expect(await rows.nth(1).locator('.error').textContent()).toBe('未能上传：文件中没有可读的文字。');
    expect(looks.get('j-good')).toBe(2);
    expect(problemsOf(queued)).toEqual([]);
  });
});

describe('the reader', { timeout: 90_000 }, () => {
  it('says a report is missing under a heading, with the ways out, and no retry', async () => {
    const missing = await ui.page(390);
    await missing.goto(`${ui.base}/reports/99999`);
    await expect.poll(() => missing.locator('[role="alert"]').textContent()).toBe('文库中没有编号为 99999 的报告，可能已被删除。');
    expect(await missing.locator('h1').textContent()).toBe('报告');
    expect(await missing.locator('p.actions a').allTextContents()).toEqual(['返回文库', '检索报告']);
    expect(await missing.locator('p.actions button').count()).toBe(0);
    await expectAccessible(missing, 'missing report');
  });

  it('shows a figure’s details on click and from the keyboard, and jumps from the table to the text', async () => {
    await page.goto(`${ui.base}/`);
    await page.locator('section.issuer', { has: page.locator('h2', { hasText: SEED_ISSUER }) }).locator('table a').first().click();
    await expect.poll(() => page.locator('.report-text button.fig').count()).toBe(35);
    expect(await page.locator('.page-head .lede').textContent()).toBe(`${SEED_ISSUER} · 回顾2021年 · 法治政府建设情况报告 · xuchang-demo-zone-2021.txt`);
    await page.locator('.report-text button.fig').first().click();
    const panel = page.locator('#figure-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('dd').first().textContent()).toBe('9次');
    expect(await panel.textContent()).toContain('管委会会议专题学习');
    // How it was read, in words; the rule ids only in the titles and the folded list.
    const rules = panel.locator('dl.figure-rules');
    expect(await rules.locator('dt').allTextContents()).toEqual(['读法', '指标名', '目标或实绩']);
    expect(await rules.textContent()).not.toMatch(/[a-z]{3,}/);
    expect(await rules.locator('[title="modality:reported"]').textContent()).toBe('无目标迹象，按实绩计');
    // The focus is in the panel (it follows the whole text in the page's order): Tab reaches its close button.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('关闭');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    // Keyboard: the focus came back to the figure; Tab to the next and open it with Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await page.locator('.report-text button.fig[aria-expanded="true"]').count()).toBe(1);
    await screenshots(ui, page, 'reader-figure', { fullPage: false, scrollTo: '.fig[aria-expanded="true"]', block: 'start' });

    // The count of figures leads past the text's figures to their table: Tab goes on to its filters.
    await page.locator('p.counts').getByRole('link', { name: '35 个数字' }).click();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('figure-label');

    // The table: filter by label, then jump to the row's sentence.
    await page.getByLabel('指标包含').fill('法律咨询');
    const rows = page.locator('table.figures tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    // Filtered, the CSV holds the rows shown.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载筛选结果 CSV（1 个）' }).click()]);
    const lines = readFileSync((await download.path())!, 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('法律咨询');
    await rows.first().getByRole('link').click();
    await expect.poll(() => page.locator('#at-sentence').count()).toBe(1);
    expect(await page.locator('#at-sentence').textContent()).toContain('法律咨询');
    expect(new URL(page.url()).hash).toMatch(/^#s=\d+$/);
    await page.getByLabel('指标包含').fill('没有这样的指标');
    await expect.poll(() => rows.allTextContents()).toEqual(['没有符合筛选条件的数字。']);
    await page.getByLabel('指标包含').fill('');
    await page.getByRole('button', { name: '数值' }).click();
    expect(await page.locator('table.figures th[aria-sort="ascending"]').textContent()).toBe('数值');
    const csv = await page.getByRole('link', { name: '下载 CSV' }).getAttribute('href');
    expect((await fetch(`${ui.base}${csv}`)).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    await expectAccessible(page, 'reader');
  });

  it('keeps an opened figure in sight above the panel on a phone, where the panel covers the lower half', async () => {
    const phone = await ui.page(390);
    const { reports } = (await (await fetch(`${ui.base}/api/reports?issuer=${encodeURIComponent(SEED_ISSUER)}`)).json()) as { reports: Array<{ id: number }> };
    await phone.goto(`${ui.base}/reports/${reports[0]!.id}`);
    const figure = phone.locator('.report-text button.fig').nth(3);
    await figure.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await figure.click();
    const panel = phone.locator('#figure-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const [shown, over] = [(await figure.boundingBox())!, (await panel.boundingBox())!];
    expect(shown.y).toBeGreaterThanOrEqual(0);
    expect(shown.y + shown.height).toBeLessThanOrEqual(over.y);
  });

  it('shows the table of figures on a phone as cards, nothing to scroll sideways, each qualifier and change named', async () => {
    const phone = await ui.page(390);
    const { reports } = (await (await fetch(`${ui.base}/api/reports?issuer=${encodeURIComponent(SEED_ISSUER)}`)).json()) as { reports: Array<{ id: number }> };
    await phone.goto(`${ui.base}/reports/${reports[0]!.id}`);
    const wrap = phone.locator('.figure-table .table-wrap');
    await expect.poll(() => phone.locator('.figure-table tbody tr').count()).toBeGreaterThan(10);
    // Every cell of a row inside the window: before, the value, kind and change were past its edge.
    expect(await wrap.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    const card = phone.locator('.figure-table tbody tr').first();
    const cells = await card.locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().right));
    expect(Math.max(...cells)).toBeLessThanOrEqual(390);
    expect(await card.locator('td[data-label="限定"]').evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"限定："');
    // The sort buttons stay, as the cards' header.
    expect(await phone.locator('.figure-table thead button.sort').evaluateAll((buttons) => buttons.filter((b) => b.getBoundingClientRect().width > 0).length)).toBe(4);
  });

  it('never starts a line with the comma after a figure (a button is a box the browser would break after)', async () => {
    const phone = await ui.page(390);
    const { reports } = (await (await fetch(`${ui.base}/api/reports?issuer=${encodeURIComponent('北京市人民政府')}&year=2025`)).json()) as { reports: Array<{ id: number }> };
    await phone.goto(`${ui.base}/reports/${reports[0]!.id}`);
    await expect.poll(() => phone.locator('.report-text button.fig').count()).toBeGreaterThan(100);
    const { followed, stranded } = await phone.evaluate(() => {
      const lines: string[] = [];
      let count = 0;
      for (const button of document.querySelectorAll('.report-text button.fig')) {
        const next = button.nextSibling;
        if (!(next instanceof Text) || !/^[，。、；：]/.test(next.data)) continue;
        count++;
        const range = document.createRange();
        range.setStart(next, 0);
        range.setEnd(next, 1);
        if (range.getBoundingClientRect().top > button.getBoundingClientRect().bottom - 2) lines.push(`${button.textContent}${next.data}`);
      }
      return { followed: count, stranded: lines };
    });
    expect(followed).toBeGreaterThan(20);
    expect(stranded).toEqual([]);
  });

  it('draws targets apart from outcomes, and ?at=OFFSET opens at that sentence', async () => {
    const { reports } = (await (await fetch(`${ui.base}/api/reports?issuer=${encodeURIComponent('国务院')}&year=2013`)).json()) as { reports: Array<{ id: number }> };
    const id = reports[0]!.id;
    const { figures } = (await (await fetch(`${ui.base}/api/reports/${id}/figures`)).json()) as { figures: Array<{ modality: string; start: number; label: string }> };
    const targets = figures.filter((f) => f.modality === 'target');
    expect(targets.length).toBeGreaterThan(0);
    await page.goto(`${ui.base}/reports/${id}?at=${targets[0]!.start}`);
    await expect.poll(() => page.locator('#at-sentence').count()).toBe(1);
    expect(await page.locator('.report-text .fig-target').count()).toBe(targets.length);
    expect(await page.locator('.report-text .fig-actual').count()).toBe(figures.length - targets.length);
    expect(await page.locator('#at-sentence .fig-target').count()).toBeGreaterThan(0);
    await screenshots(ui, page, 'reader-targets', { fullPage: false, scrollTo: '#at-sentence' });
    // The panel names the catalogue measure the target states by the catalogue's name (GET /api/measures).
    await page.locator('#at-sentence .fig-target').first().click();
    const rules = page.locator('#figure-panel dl.figure-rules');
    await expect.poll(() => rules.isVisible()).toBe(true);
    expect(await rules.locator('dd').allTextContents()).toEqual(['阿拉伯数字', '分句中数字前的词语', '在预期目标清单中', '国内（地区）生产总值增长']);
    await screenshots(ui, page, 'reader-target-rules', { fullPage: false, scrollTo: '.fig[aria-expanded="true"]', block: 'start' });
    await expectAccessible(page, 'reader-target-rules');
  });

  it('lists the numbers not kept as figures, folded, each with its reason in Chinese and a link to its sentence', async () => {
    const { reports } = (await (await fetch(`${ui.base}/api/reports?issuer=${encodeURIComponent(SEED_ISSUER)}`)).json()) as { reports: Array<{ id: number }> };
    const id = reports[0]!.id;
    const { diagnostics } = (await (await fetch(`${ui.base}/api/reports/${id}/diagnostics`)).json()) as { diagnostics: Array<{ rule: string }> };
    await page.goto(`${ui.base}/reports/${id}`);
    const list = page.locator('section.diagnostic-list');
    await expect.poll(() => list.locator('summary').textContent()).toContain(`未提取的数字（${diagnostics.filter((d) => d.rule.startsWith('not-figure:')).length}）`);
    const rows = list.locator('table.diagnostics tbody tr');
    expect(await rows.first().isVisible()).toBe(false);
    await list.locator('summary').click();
    await expect.poll(() => rows.first().isVisible()).toBe(true);
    // The seed reviews 2021: its year is seen and not kept, and said so in Chinese.
    const year = rows.filter({ has: page.getByRole('link', { name: '2021', exact: true }) }).first();
    expect(await year.locator('td').last().textContent()).toBe('年份');
    await screenshots(ui, page, 'reader-diagnostics', { fullPage: false, scrollTo: 'section.diagnostic-list' });
    await expectAccessible(page, 'reader-diagnostics');
    await year.getByRole('link').click();
    await expect.poll(() => page.locator('#at-sentence').count()).toBe(1);
    expect(await page.locator('#at-sentence').textContent()).toContain('2021');
  });

  it('shows report text that looks like HTML as text (a file dropped on the upload box)', async () => {
    const hostile =
      '某某区人民政府2023年法治政府建设情况报告\n' +
      '一、依法履职。全年办理<script>window.__pwned = 1</script>行政复议案件12件。\n' +
      '二、公开透明。政务公开<img src=x onerror="window.__pwned = 2">事项达到300项，同比增长5%。\n';
    await page.goto(`${ui.base}/`);
    // With overrides: the issuer and year given win over detection.
    await page.getByText('指定发布机关、年份或类型').click();
    await page.locator('#upload-issuer').fill('测试区人民政府');
    await page.getByLabel('所述年份').fill('2023');
    const before = await page.locator('.upload .outcome .ok').count();
    // Drag and drop as the browser delivers it: a drop event whose DataTransfer holds the file.
    const dropped = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'hostile.txt', { type: 'text/plain' }));
      return transfer;
    }, hostile);
    await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer: dropped });
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: dropped });
    await expect.poll(() => page.locator('.upload .outcome .ok').count(), { timeout: 60_000 }).toBe(before + 1);
    expect(await page.locator('.upload .outcome').last().textContent()).toContain('测试区人民政府 2023年');
    await page.locator('.upload .outcome').last().getByRole('link').click();
    await expect.poll(() => page.locator('.report-text p').count()).toBeGreaterThan(1);
    const shown = (await page.locator('.report-text').textContent()) ?? '';
    expect(shown).toContain('<script>window.__pwned = 1</script>');
    expect(shown).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await page.locator('.report-text script, .report-text img, main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

describe('search', { timeout: 90_000 }, () => {
  it('finds 法律咨询 and lands on its sentence in the reader', async () => {
    await page.goto(`${ui.base}/search`);
    await page.getByLabel('检索词').fill('法律咨询');
    await page.getByRole('button', { name: '检索' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('法律咨询');
    const hits = page.locator('.hits li');
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    expect(await hits.first().locator('mark.match').first().textContent()).toBe('法律咨询');
    // Each hit names its report by issuer and year; the file name is only the link's title.
    expect(await hits.first().locator('.meta').textContent()).toBe(`${SEED_ISSUER} · 2021年度报告`);
    expect(await hits.first().locator('.meta a').getAttribute('title')).toBe('xuchang-demo-zone-2021.txt');
    // A filter applies at once and goes into the URL.
    await page.getByLabel('年份', { exact: true }).selectOption('2013');
    await expect.poll(() => page.locator('.counts').textContent()).toBe('没有找到含“法律咨询”的句子（已按发布机关或年份筛选）。');
    expect(new URL(page.url()).searchParams.get('year')).toBe('2013');
    // An empty result says what to try, and the way back to every report is a link.
    expect(await page.getByRole('link', { name: '在全部报告中检索' }).getAttribute('href')).toBe(`/search?q=${encodeURIComponent('法律咨询')}`);
    await page.getByLabel('年份', { exact: true }).selectOption('');
    await expect.poll(() => hits.count()).toBeGreaterThan(0);
    await expectAccessible(page, 'search');
    await screenshots(ui, page, 'search');
    await hits.first().locator('a.hit-text').click();
    await expect.poll(() => page.locator('#at-sentence').count()).toBe(1);
    expect(await page.locator('#at-sentence').textContent()).toContain('法律咨询');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('at-sentence');
    // Back returns to the hits.
    await page.goBack();
    await expect.poll(() => page.locator('.hits li').count()).toBeGreaterThan(0);
  });
});

describe('delete', { timeout: 90_000 }, () => {
  it('removes a report after a confirmation, and keeps it when the user cancels', async () => {
    await page.goto(`${ui.base}/`);
    const before = await total();
    const button = page.locator('section.issuer tr', { hasText: 'hostile.txt' }).getByRole('button', { name: /^删除/ });
    page.once('dialog', (dialog) => void dialog.dismiss());
    await button.click();
    expect(await total()).toBe(before);
    page.once('dialog', (dialog) => void dialog.accept());
    await button.click();
    await expect.poll(() => page.locator('[role="status"]').first().textContent()).toContain('已删除');
    expect(await total()).toBe(before - 1);
    expect(problemsOf(page)).toEqual([]);
  });
});
