// A supervisor's pages: a body's series with the verdict counts of each pair,
// and the promise board of one year: commitments by section with their
// follow-up, filters in the URL, a review, and the board as CSV.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, problemsOf, screenshots, startUi, type Ui } from './harness.js';

let ui: Ui;
beforeAll(async () => {
  ui = await startUi();
}, 180_000);

const NATIONAL = encodeURIComponent('国务院');
const BOARD = `/commitments?issuer=${NATIONAL}&year=2012`;

describe('the series page', { timeout: 120_000 }, () => {
  it('shows every year with the counts of the pair it closes, linking to the comparison and the board', async () => {
    const page = await ui.page();
    await page.goto(`${ui.base}/issuers/${NATIONAL}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('国务院 历年系列');
    await expect.poll(() => page.locator('table.series').getAttribute('aria-busy')).toBe('false');
    const rows = page.locator('table.series tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('首年，无上年可比');
    expect(await rows.nth(1).locator('td').nth(1).textContent()).toMatch(/^目标（\d+）.*已完成 [1-9]\d*.*未完成 \d+.*难以判断 \d+.*无数据 \d+$/);
    expect(await rows.nth(1).locator('td').nth(2).textContent()).toMatch(/已落实 \d+.*部分落实 \d+.*无证据 \d+/);
    expect(await rows.nth(1).getByRole('link', { name: /^对比 2012→2013$/ }).getAttribute('href')).toMatch(/^\/compare\?from=\d+&to=\d+$/);

    await expectAccessible(page, '/issuers/国务院');
    await screenshots(ui, page, 'series');
    await rows.nth(1).getByRole('link', { name: '2012年承诺看板' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('国务院 2012年报告承诺看板');
    expect(problemsOf(page)).toEqual([]);
  });

  it('says so when the URL names no issuer in the library', async () => {
    const page = await ui.page();
    await page.goto(`${ui.base}/issuers/${encodeURIComponent('不存在的机关')}`);
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toBe('文库中没有名为“不存在的机关”的发布机关。');
  });
});

describe('the promise board', { timeout: 120_000 }, () => {
  it('lists every commitment by section with its follow-up, evidence and review', async () => {
    const page = await ui.page();
    await page.goto(ui.base + BOARD);
    await expect.poll(() => page.locator('h1').textContent()).toBe('国务院 2012年报告承诺看板');
    const total = Number(/共 (\d+) 条承诺/.exec((await page.locator('section.summary').textContent())!)![1]);
    expect(await page.locator('table.board tbody tr').count()).toBe(total);
    expect(await page.locator('.board-group h2').allTextContents()).toContain('三、对今年政府工作的建议 › （三）以保障和改善民生为重点，全面提高人民物质文化生活水平（45）');
    const addressed = page.locator('table.board tbody tr').filter({ has: page.locator('.followUp-addressed') }).first();
    expect(await addressed.locator('td[data-label="证据"] mark').count()).toBeGreaterThan(0);
    // The rules that made the commitment and decided its follow-up, each named in Chinese under it.
    expect(await addressed.locator('td[data-label="承诺"] .rule-tag').textContent()).toMatch(/^规则：[^A-Za-z]+$/);
    expect(await addressed.locator('td[data-label="落实情况"] .rule-tag').textContent()).toMatch(/^规则：[^A-Za-z]+$/);

    await expectAccessible(page, BOARD);
    await screenshots(ui, page, 'board');
    expect(problemsOf(page)).toEqual([]);
  });

  it('filters by follow-up and by topic through the URL', async () => {
    const page = await ui.page();
    await page.goto(ui.base + BOARD);
    await page.getByLabel('落实情况（含审核）').selectOption('partly');
    await page.getByLabel('主题或关键词').fill('就业');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/status=partly/);
    expect(new URL(page.url()).searchParams.get('topic')).toBe('就业');
    const rows = page.locator('table.board tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    for (const status of await rows.locator('td[data-label="落实情况"]').allTextContents()) expect(status).toMatch(/部分落实/);
    expect(await page.locator('section.summary').textContent()).toMatch(/当前显示 \d+ 条/);
    // The URL is the state: a reload shows the same board.
    await page.reload();
    await expect.poll(() => page.getByLabel('落实情况（含审核）').inputValue()).toBe('partly');
    expect(await page.getByLabel('主题或关键词').inputValue()).toBe('就业');
  });

  it('records a review and downloads the board with its reviews as CSV', async () => {
    const page = await ui.page();
    await page.goto(ui.base + BOARD);
    const row = page.locator('table.board tbody tr').filter({ has: page.locator('.followUp-partly') }).first();
    await row.locator('details.review summary').click();
    await row.locator('select[name="status"]').selectOption('addressed');
    await row.locator('textarea[name="note"]').fill('第二部分有落实');
    await row.getByRole('button', { name: '保存审核' }).click();
    await expect.poll(() => row.locator('.latest').textContent()).toMatch(/^已落实 · local · .*备注：第二部分有落实$/);
    const id = (await row.getAttribute('id'))!.replace(/^c-/, '');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^下载 CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('国务院-2012-承诺看板.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFid,section,topic,text,deadline,rule,status,statusRule,score,evidence,reviewStatus,reviewNote,reviewer,reviewedAt');
    expect(lines.find((line) => line.startsWith(`${id},`))).toMatch(/,partly,followup:[a-z-]+,.*,addressed,第二部分有落实,local,\d{4}-/);
  });
});
