// A supervisor's pages: a body's series with the verdict counts of each pair,
// and the promise board of one year: commitments grouped by follow-up, a page
// at a time under their sections, evidence and review folded under each,
// filters in the URL, a review, and the board as CSV.
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
    // A report is named by the year it reviews and its kind; its file only under that, as a detail.
    const report = rows.nth(1).locator('td[data-label="报告"]');
    expect(await report.getByRole('link').textContent()).toBe('2013年度政府工作报告');
    expect(await report.locator('.file-name').textContent()).toBe('state-council-gwr-2014.txt');
    // The heading's latest pair names its years as the rows and the board link do (2012年度报告, not 2012年).
    expect(await page.getByRole('link', { name: /^最新对比/ }).textContent()).toBe('最新对比：2012年度报告 → 2013年度报告');
    // The JSON export holds the pairs the rows count, each whole: the text's changes listed, not counted.
    const series = (await (await fetch(ui.base + (await page.getByRole('link', { name: 'JSON' }).getAttribute('href'))!)).json()) as {
      comparisons: Array<{ sections: Array<{ changes: unknown }> }>;
    };
    expect(series.comparisons).toHaveLength(1);
    expect(series.comparisons[0]!.sections.every((s) => Array.isArray(s.changes))).toBe(true);

    await expectAccessible(page, '/issuers/国务院');
    await screenshots(ui, page, 'series');
    await rows.nth(1).getByRole('link', { name: '2012年度报告承诺看板' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('国务院 2012年度报告承诺看板');
    expect(problemsOf(page)).toEqual([]);
  });

  it('says so when the URL names no issuer in the library', async () => {
    const page = await ui.page();
    await page.goto(`${ui.base}/issuers/${encodeURIComponent('不存在的机关')}`);
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toBe('文库中没有名为“不存在的机关”的发布机关。');
  });

  it('says a pair could not be compared, with a retry that fills it in, and a pair without targets or commitments as such', async () => {
    const page = await ui.page(390);
    // The first answer fails as a server error would; the retry reaches the server.
    let failed = false;
    await page.route('**/api/compare?*', async (route) => {
      if (!failed) {
        failed = true;
        await route.fulfill({ status: 500, json: { error: { code: 'INTERNAL_ERROR', message: 'failed', status: 500 } } });
      } else await route.continue();
    });
    await page.goto(`${ui.base}/issuers/${NATIONAL}`);
    const row = page.locator('table.series tbody tr').nth(1);
    await expect.poll(() => row.locator('td[data-label="上年目标"] .error').textContent()).toBe('无法对比：服务器内部出错，请稍后再试或联系管理员。');
    expect(await row.locator('td[data-label="上年承诺"]').textContent()).toBe('未读到');
    await expectAccessible(page, 'a series with a pair that failed');
    await screenshots(ui, page, 'series-error', { fullPage: false });
    await row.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => row.locator('td[data-label="上年目标"]').textContent()).toMatch(/^目标（\d+）/);
    expect(await row.locator('td[data-label="上年承诺"]').textContent()).toMatch(/^承诺（\d+）/);

    // A comparison with nothing to count says what is missing, not a bar of zeros.
    await page.unroute('**/api/compare?*');
    await page.route('**/api/compare?*', async (route) => {
      const comparison = (await (await route.fetch()).json()) as Record<string, unknown>;
      await route.fulfill({ json: { ...comparison, targets: [], commitments: [] } });
    });
    await page.reload();
    await expect.poll(() => row.locator('td[data-label="上年目标"]').textContent()).toBe('2012年度报告中没有可核对的数字目标');
    expect(await row.locator('td[data-label="上年承诺"]').textContent()).toBe('2012年度报告中没有找到承诺');
    expect(problemsOf(page)).toEqual([]);
  });
});

describe('the promise board', { timeout: 120_000 }, () => {
  it('groups the commitments by follow-up, a page at a time, evidence and review one tap away', async () => {
    // Each fresh page waits for the comparison, seconds on a busy machine (load 19 saw a poll's default second run out).
    const page = await ui.page(390);
    await page.goto(ui.base + BOARD);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe('国务院 2012年度报告承诺看板');
    // Named as a person names it, the file in the link's title.
    expect(await page.locator('.page-head .lede a').first().textContent()).toBe('2012年度政府工作报告');
    const total = Number(/共 (\d+) 条承诺/.exec((await page.locator('section.summary').textContent())!)![1]);
    // One group per follow-up with its count; the counts add up to the whole board; only the first is open.
    const groups = page.locator('details.follow-up-group');
    const titles = await groups.locator(':scope > summary').allTextContents();
    expect(titles).toEqual([expect.stringMatching(/^已落实（\d+ 条）$/), expect.stringMatching(/^部分落实（\d+ 条）$/), expect.stringMatching(/^无证据（\d+ 条）$/)]);
    expect(titles.map((t) => Number(/\d+/.exec(t)![0])).reduce((a, b) => a + b, 0)).toBe(total);
    expect(await groups.evaluateAll((all) => all.map((g) => (g as HTMLDetailsElement).open))).toEqual([true, false, false]);

    // The long group: 10 at a time on a phone under their sections; 再显示 adds the next 10, takes the keyboard to the first of them and says so.
    // Its count in the summary opens it.
    const none = page.locator('details.follow-up-group[data-status="no-evidence"]');
    await page.locator('section.summary').getByRole('link', { name: /^无证据 \d+$/ }).click();
    await expect.poll(() => none.getAttribute('open')).toBe('');
    const size = Number(/\d+/.exec(titles[2]!)![0]);
    expect(size).toBeGreaterThan(40);
    expect(await none.locator('li.commitment').count()).toBe(10);
    expect(await none.locator('h3.group-section').first().textContent()).toMatch(/^[一二三四五六七八九十]+、/);
    await none.getByRole('button', { name: /^再显示 10 条（还有 \d+ 条）$/ }).click();
    expect(await none.locator('li.commitment').count()).toBe(20);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await none.locator('li.commitment').nth(10).getAttribute('id'));
    expect(await none.locator('.pager [role="status"]').textContent()).toBe(`已显示第 11–20 条，共 ${size} 条`);
    // A link to one commitment (#c-ID) still lands on it: its group opens with the pages up to it.
    const deep = (await none.locator('li.commitment').nth(15).getAttribute('id'))!;
    const linked = await ui.page(390);
    await linked.goto(`${ui.base}${BOARD}#${deep}`);
    await expect.poll(() => linked.locator(`li#${deep}`).isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await linked.locator('details.follow-up-group[data-status="no-evidence"]').getAttribute('open')).toBe('');
    const box = (await linked.locator(`li#${deep}`).boundingBox())!;
    expect(box.y).toBeGreaterThan(-1);
    expect(box.y).toBeLessThan(900);
    await none.locator(':scope > summary').click();

    // Each commitment: its rule and its follow-up's, named in Chinese; the evidence folded, with the shared words marked.
    const addressed = page.locator('li.commitment').filter({ has: page.locator('.follow-up .followUp-addressed') }).first();
    expect(await addressed.locator('.meta .rule-tag').textContent()).toMatch(/^认定依据：[^A-Za-z]+$/);
    expect(await addressed.locator('.follow-up .rule-tag').textContent()).toMatch(/^规则：[^A-Za-z]+$/);
    const evidence = addressed.locator('details.evidence-fold');
    expect(await evidence.locator('ul.evidence').isVisible()).toBe(false);
    await evidence.locator('summary').click();
    expect(await evidence.locator('ul.evidence mark').count()).toBeGreaterThan(0);
    expect(await addressed.locator('details.review summary').isVisible()).toBe(true);

    await expectAccessible(page, BOARD);
    await screenshots(ui, page, 'board');
    // A phone no longer scrolls through every commitment: one group of 10, folded.
    await page.setViewportSize({ width: 390, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(12_000);
    expect(problemsOf(page)).toEqual([]);
  });

  it('stands without its follow-up when the comparison fails: every commitment 尚未判断, the reason said, a retry', async () => {
    const page = await ui.page(390);
    await page.route('**/api/compare?*', (route) => route.fulfill({ status: 500, json: { error: { code: 'INTERNAL_ERROR', message: 'failed', status: 500 } } }));
    await page.goto(ui.base + BOARD);
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toBe('读不到与2013年度报告的对比，落实情况暂时无法判断：服务器内部出错，请稍后再试或联系管理员。 重试');
    const titles = await page.locator('details.follow-up-group > summary').allTextContents();
    expect(titles).toEqual([expect.stringMatching(/^尚未判断（\d+ 条）$/)]);
    await expectAccessible(page, 'a board whose comparison failed');
    await page.unroute('**/api/compare?*');
    await page.getByRole('button', { name: '重试' }).click();
    await expect.poll(() => page.locator('details.follow-up-group > summary').count()).toBe(3);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
  });

  it('says so when the URL names a year the library does not hold, and which board it shows instead', async () => {
    const page = await ui.page(390);
    await page.goto(`${ui.base}/commitments?issuer=${NATIONAL}&year=1999`);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 30_000 }).toBe('国务院 2012年度报告承诺看板');
    expect(await page.locator('header.page-head p.notice').textContent()).toBe('文库中没有国务院1999年度的报告，下面是2012年度报告的承诺看板。');
    await expectAccessible(page, 'board of a year not held');
  });

  it('puts the latest year, whose follow-up no report holds yet, under 尚未判断', async () => {
    const page = await ui.page();
    await page.goto(`${ui.base}/commitments?issuer=${NATIONAL}&year=2013`);
    await expect.poll(() => page.locator('details.follow-up-group > summary').allTextContents()).toEqual([expect.stringMatching(/^尚未判断（\d+ 条）$/)]);
    expect(await page.locator('details.follow-up-group').getAttribute('open')).toBe('');
    expect(await page.locator('main p.hint').textContent()).toBe('下一年的报告入库后才能判断落实情况。');
    expect(await page.locator('li.commitment details.evidence-fold').count()).toBe(0);
    // Nothing judged: the overview gives the number of commitments, not a bar of zeros.
    expect(await page.locator('section.summary .count-bar').count()).toBe(0);
    expect(await page.locator('section.summary').textContent()).toMatch(/^共 \d+ 条承诺，已审核 0 条。/);
  });

  it('says so when a report has no commitments, and when the filters leave none', async () => {
    const page = await ui.page(390);
    await page.route('**/api/reports/*/commitments', async (route) => {
      const answer = (await (await route.fetch()).json()) as Record<string, unknown>;
      await route.fulfill({ json: { ...answer, commitments: [] } });
    });
    await page.goto(ui.base + BOARD);
    await expect.poll(() => page.locator('main p.notice').textContent()).toBe('这份报告中没有找到承诺。');
    expect(await page.locator('details.follow-up-group').count()).toBe(0);
    await expectAccessible(page, 'an empty board');
    await page.unrouteAll();
    await page.goto(`${ui.base}${BOARD}&topic=${encodeURIComponent('不会出现的词语')}`);
    await expect.poll(() => page.locator('main p.notice').textContent()).toBe('没有符合筛选条件的承诺。');
  });

  it('filters by follow-up and by topic through the URL', async () => {
    const page = await ui.page();
    await page.goto(ui.base + BOARD);
    await page.getByLabel('落实情况（含审核）').selectOption('partly');
    await page.getByLabel('主题或关键词').fill('就业');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/status=partly/);
    expect(new URL(page.url()).searchParams.get('topic')).toBe('就业');
    // Only the group filtered for, open.
    await expect.poll(() => page.locator('details.follow-up-group[open]').getAttribute('data-status')).toBe('partly');
    expect(await page.locator('details.follow-up-group').count()).toBe(1);
    const rows = page.locator('li.commitment');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const status of await rows.locator('.follow-up').allTextContents()) expect(status).toMatch(/部分落实/);
    expect(await page.locator('section.summary').textContent()).toMatch(/符合筛选条件的 \d+ 条/);
    // The URL is the state: a reload shows the same board.
    await page.reload();
    await expect.poll(() => page.getByLabel('落实情况（含审核）').inputValue()).toBe('partly');
    expect(await page.getByLabel('主题或关键词').inputValue()).toBe('就业');
  });

  it('records a review and downloads the board with its reviews as CSV', async () => {
    const page = await ui.page();
    await page.goto(ui.base + BOARD);
    await page.locator('details.follow-up-group[data-status="partly"] > summary').click();
    const row = page.locator(`li#${await page.locator('li.commitment').filter({ has: page.locator('.followUp-partly') }).first().getAttribute('id')}`);
    const summary = async () => (await page.locator('section.summary').textContent())!;
    const reviewed = Number(/已审核 (\d+) 条/.exec(await summary())![1]);
    await row.locator('details.review summary').click();
    await row.locator('select[name="status"]').selectOption('addressed');
    await row.locator('textarea[name="note"]').fill('第二部分有落实');
    await row.getByRole('button', { name: '保存审核' }).click();
    await expect.poll(() => row.locator('.latest').textContent()).toMatch(/^审核人：local · .*备注：第二部分有落实$/);
    // It stands under 已落实 at once, and the summary counts the review.
    expect(await page.locator(`details#g-addressed[open] li#${await row.getAttribute('id')}`).count()).toBe(1);
    expect(await summary()).toContain(`已审核 ${reviewed + 1} 条`);
    const id = (await row.getAttribute('id'))!.replace(/^c-/, '');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^下载 CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('国务院-2012-承诺看板.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFid,section,topic,text,deadline,rule,status,statusRule,score,evidence,reviewStatus,reviewNote,reviewer,reviewedAt');
    expect(lines.find((line) => line.startsWith(`${id},`))).toMatch(/,partly,followup:[a-z-]+(?: verdict:[a-z-]+)?,.*,addressed,第二部分有落实,local,\d{4}-/);
  });
});
