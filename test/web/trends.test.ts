// The trends page as a researcher uses it: GDP growth of the national body,
// a second issuer added through the form (both in the URL), targets and
// outcomes in the chart and the table, a point's sentence in the reader, and
// the table as CSV.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, problemsOf, screenshots, startUi, type Ui } from './harness.js';

let ui: Ui;
beforeAll(async () => {
  ui = await startUi();
}, 180_000);

const BEIJING = '北京市人民政府';

describe('the trends page', { timeout: 120_000 }, () => {
  it('draws one measure for one issuer, then for a second one added through the form', async () => {
    const page = await ui.page();
    await page.goto(`${ui.base}/trends?measure=gdp-growth&issuer=${encodeURIComponent('国务院')}`);
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('国内（地区）生产总值增长（%）');
    await page.locator('.chart canvas').first().waitFor();
    const rows = page.locator('table.trend tbody tr');
    // 2013's outcome against the target the 2012 report set.
    const year2013 = rows.filter({ hasText: '2013年' });
    expect(await year2013.locator('td').allTextContents()).toEqual(['国务院', '7.5%', '7.7%']);

    await page.getByLabel('添加发布机关').selectOption(BEIJING);
    await page.getByRole('button', { name: '显示' }).click();
    await page.waitForURL((url) => url.searchParams.getAll('issuer').length === 2);
    expect(new URL(page.url()).searchParams.getAll('issuer')).toEqual(['国务院', BEIJING]);
    await page.locator('.chart canvas').first().waitFor();
    await expect.poll(async () => new Set(await rows.locator('td:first-child').allTextContents())).toEqual(new Set(['国务院', BEIJING]));
    expect(await page.locator('.chosen li').allTextContents()).toEqual(['国务院 移除', `${BEIJING} 移除`]);
    expect(await page.locator('.chart').getAttribute('aria-label')).toContain(`国务院、${BEIJING}`);

    await expectAccessible(page, '/trends');
    await screenshots(ui, page, 'trends');
    expect(problemsOf(page)).toEqual([]);
    // Made narrow at once (a phone turned), the page does not widen before the chart redraws.
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Removing an issuer is a link to the URL without it.
    await page.getByRole('link', { name: `移除 ${BEIJING}` }).click();
    await page.waitForURL((url) => url.searchParams.getAll('issuer').length === 1);
    await expect.poll(async () => new Set(await rows.locator('td:first-child').allTextContents())).toEqual(new Set(['国务院']));
  });

  it('links each value to its sentence in the reader and downloads the table as CSV', async () => {
    const page = await ui.page();
    await page.goto(`${ui.base}/trends?measure=gdp-growth&issuer=${encodeURIComponent('国务院')}`);
    const outcome = page.locator('table.trend tbody tr').filter({ hasText: '2013年' }).locator('td').nth(2).locator('a');
    expect(await outcome.getAttribute('href')).toMatch(/^\/reports\/\d+\?at=\d+$/);
    expect(await outcome.getAttribute('title')).toBe('国内生产总值达到56.9万亿元，比上年增长7.7%。');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^下载 CSV/ }).click()]);
    const lines = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(lines[0]).toBe('\uFEFFissuer,year,measure,target,targetText,targetSentence,outcome,outcomeText,outcomeSentence');
    expect(lines.find((line) => line.startsWith('国务院,2013,'))).toContain(',7.5,7.5%,');

    await outcome.click();
    await page.waitForURL(/\/reports\/\d+\?at=\d+$/);
  });

  it('says what is wrong for an unknown measure and when no issuer is chosen', async () => {
    const page = await ui.page(390);
    await page.goto(`${ui.base}/trends?measure=no-such-measure&issuer=${encodeURIComponent('国务院')}`);
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toBe('没有编号为“no-such-measure”的指标，请从上面的列表中选择。');
    await page.goto(`${ui.base}/trends`);
    await expect.poll(() => page.locator('[role="status"]').last().textContent()).toBe('请在上面添加至少一个发布机关。');
    // The empty page offers the longest series, one click from a chart.
    await page.getByRole('link', { name: /^国务院（\d+ 份报告）$/ }).click();
    await page.waitForURL(/\/trends\?measure=gdp-growth&issuer=%E5%9B%BD%E5%8A%A1%E9%99%A2$/);
    await expect.poll(() => page.locator('table.trend tbody tr').count()).toBeGreaterThan(0);
    expect(problemsOf(page)).toEqual([]);
  });
});
