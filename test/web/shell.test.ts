// The shell: every app path loads, navigation stays in the page, the token
// field, and the strict CSP holds (no console errors on any page).
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, problemsOf, startUi, type Ui } from './harness.js';

let ui: Ui;
beforeAll(async () => {
  ui = await startUi([]);
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
    }
    await page.getByRole('link', { name: '检索' }).click();
    await expect.poll(() => page.url()).toBe(`${ui.base}/search`);
    await expectAccessible(page, '/search');
    expect(problemsOf(page)).toEqual([]);
  });
});
