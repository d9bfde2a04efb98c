// The library page where uploads are queued for workers (PostgreSQL; here a
// queue in memory): an upload answered 202 is followed until its report is
// stored, then shown as one stored in the request is; a file that fails
// analysis shows its reason beside it.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, problemsOf, startUi, type Ui } from './harness.js';

let ui: Ui;
let page: Page;

beforeAll(async () => {
  ui = await startUi(['corpus/beijing-gwr-2025.txt'], {}, { queued: true });
  page = await ui.page();
}, 180_000);

describe('uploads queued for workers', { timeout: 90_000 }, () => {
  it('shows the stored report once its job is done, and the reason of a file that failed', async () => {
    await page.goto(`${ui.base}/`);
    await page.locator('#upload-files').setInputFiles(['corpus/xuchang-demo-zone-2021.txt', 'test/fixtures/empty.txt']);
    await expect.poll(() => page.locator('.upload .outcome :is(.ok, .error)').count(), { timeout: 60_000 }).toBe(2);
    const [stored, failed] = await page.locator('.upload .outcome').allTextContents();
    expect(stored).toContain('已加入文库');
    expect(stored).toContain('35 个数字');
    expect(failed).toContain('未能上传');
    await expect.poll(() => page.locator('section.issuer h2').allTextContents()).toContain('许昌市城乡一体化示范区管委会');
    await expectAccessible(page, 'library with queued uploads');
    expect(problemsOf(page)).toEqual([]);
  });
});
