// The shell: every app path loads with the top navigation, links navigate
// within the page, the strict CSP holds (no console errors), and the token
// field: on a server with tokens, reading needs one and write actions appear
// only with a write token.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, problemsOf, startUi, type Ui } from './harness.js';

const TOKENS = { alice: 'write-token-of-alice' };
const READ_TOKEN = 'read-token-for-all';

let ui: Ui;
beforeAll(async () => {
  ui = await startUi(['corpus/xuchang-demo-zone-2021.txt'], { tokens: TOKENS, readToken: READ_TOKEN });
}, 120_000);

describe('the shell', { timeout: 60_000 }, () => {
  it('answers every app path with its page, the top navigation and no errors', async () => {
    const page = await ui.page();
    for (const [path, title] of [
      ['/compare', '年度对比'],
      ['/commitments', '承诺看板'],
      ['/trends', '指标趋势'],
      ['/issuers/%E5%9B%BD%E5%8A%A1%E9%99%A2', '历年系列'],
    ]) {
      await page.goto(ui.base + path!);
      await expect.poll(() => page.locator('h1').textContent()).toBe(title);
      expect(await page.locator('nav[aria-label="主导航"] a').allTextContents()).toEqual(['文库', '检索', '指标趋势']);
      expect(await page.locator('nav[aria-label="主导航"] a[aria-current="page"]').allTextContents()).toEqual(path === '/trends' ? ['指标趋势'] : []);
    }
    await page.getByRole('link', { name: '检索' }).click();
    await expect.poll(() => page.url()).toBe(`${ui.base}/search`);
    // Navigation stayed in the document: the focus is on the new page's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectAccessible(page, '/search');
    expect(problemsOf(page)).toEqual([]);
  });

  it('says a page does not exist under its own heading and title, with the ways on', async () => {
    const page = await ui.page(390);
    await page.goto(`${ui.base}/no-such-page`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('找不到页面');
    expect(await page.title()).toBe('找不到页面 · 年报 nianbao');
    expect(await page.locator('.lede').textContent()).toContain('/no-such-page');
    expect(await page.locator('main p.actions a').allTextContents()).toEqual(['返回文库', '检索报告']);
    await expectAccessible(page, 'a page that does not exist');
  });

  it('says the page was updated when its module is gone (a rebuild while the tab stayed open), and reloads', async () => {
    const page = await ui.page(390);
    await page.goto(`${ui.base}/search`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('检索');
    // The rebuilt server has other chunk names: the ones this tab asks for answer 404.
    const gone = (url: URL) => url.pathname.startsWith('/assets/chunk-');
    await page.route(gone, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.getByRole('link', { name: '指标趋势' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('页面已更新');
    expect(await page.locator('.lede').textContent()).toContain('请刷新页面');
    expect(await page.locator('main').textContent()).not.toMatch(/[A-Za-z]{4}/);
    await expectAccessible(page, 'a page whose module is gone');
    await page.unroute(gone);
    await page.getByRole('button', { name: '刷新页面' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('指标趋势');
    expect(problemsOf(page).filter((problem) => !problem.startsWith('404 '))).toEqual([]);
  });

  it('asks for a token to read, and offers writes only with a write token', async () => {
    const page = await ui.page();
    await page.goto(`${ui.base}/`);
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toContain('需要有效的访问令牌');
    await page.getByLabel('令牌', { exact: true }).fill(READ_TOKEN);
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('section.issuer').count()).toBe(1);
    expect(await page.locator('.upload-box').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^删除/ }).count()).toBe(0);
    expect(await page.locator('main .notice').first().textContent()).toContain('需要写入令牌');
    await page.getByLabel('令牌', { exact: true }).fill(TOKENS.alice);
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('.upload-box').count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: /^删除/ }).count()).toBe(1);
    // The token lasts for the tab: a reload keeps it.
    await page.reload();
    await expect.poll(() => page.locator('.upload-box').count()).toBe(1);
    await page.getByRole('button', { name: '清除' }).click();
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toContain('需要有效的访问令牌');
  });

  it('downloads the CSV twins with the read token of the tab, which a plain link would not send', async () => {
    const page = await ui.page();
    await page.goto(`${ui.base}/`);
    await page.getByLabel('令牌', { exact: true }).fill(READ_TOKEN);
    await page.getByRole('button', { name: '保存' }).click();
    await page.goto(`${ui.base}/reports/1`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '承诺 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('report-1-commitments.csv');
    const bytes = await readFile((await download.path())!, 'utf8');
    expect(bytes.split('\n')[0]).toContain('text');
    expect(bytes).not.toContain('UNAUTHORIZED');
  });
});
