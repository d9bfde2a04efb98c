// The compare page as an analyst and a reviewer use it: from the national
// body's series to the latest pair, last year's GDP target judged against this
// year's outcome, a commitment confirmed and still confirmed after a reload,
// the text side by side. Also how long the page takes to render two ~80 KB
// reports (printed, never asserted).
import { readFileSync, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, expectAccessible, problemsOf, screenshots, startUi, timings, type Ui } from './harness.js';

/** Two provincial reports of about 80 KB each, for the timing. */
const LARGE = ['corpus/sichuan-gwr-2025.txt', 'corpus/sichuan-gwr-2026.txt'];

let ui: Ui;
beforeAll(async () => {
  ui = await startUi([...CORPUS, ...LARGE]);
}, 240_000);

const NATIONAL = `/issuers/${encodeURIComponent('国务院')}`;

describe('the compare page', { timeout: 120_000 }, () => {
  it('opens the latest pair from the series and shows the GDP target met, with its outcome and reason', async () => {
    const page = await ui.page();
    await page.goto(ui.base + NATIONAL);
    await page.getByRole('link', { name: /^最新对比/ }).click();
    await page.waitForURL(/\/compare\?from=\d+&to=\d+$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('国务院 2012年 → 2013年 对比');

    const targetRow = (what: string) => page.locator('table.targets tbody tr').filter({ has: page.locator('th .what', { hasText: new RegExp(`^${what}$`) }) });
    // The groups by verdict: missed and unclear first and open (they need a look); met, then those the newer report gives no outcome for, closed.
    const groups = page.locator('details.verdict-group');
    const order = await groups.evaluateAll((all) => all.map((g) => [g.getAttribute('data-verdict'), (g as HTMLDetailsElement).open]));
    expect(order.map(([code]) => code)).toEqual(['missed', 'unclear', 'met', 'no-data'].filter((code) => order.some(([c]) => c === code)));
    for (const [code, open] of order) expect(open, String(code)).toBe(code === 'missed' || code === 'unclear');
    expect(await page.locator('details#t-no-data > summary').textContent()).toMatch(/^无数据（\d+ 项）：本年报告未给出结果$/);
    // Targets stand in a group by verdict, the group's badge and count its title; the overview's count opens it.
    expect(await page.locator('details#t-met > summary').textContent()).toMatch(/^已完成（\d+ 项）$/);
    await page.locator('section.summary').getByRole('link', { name: /^已完成 \d+$/ }).click();
    await expect.poll(() => page.locator('details#t-met').getAttribute('open')).toBe('');
    const row = targetRow('国内生产总值增长');
    expect(await page.locator('details#t-met').filter({ has: row }).count()).toBe(1);
    // A row says the target and the outcome as figures (qualifier, value, unit), right-aligned, not the whole sentence.
    expect(await row.locator('td.number').allTextContents()).toEqual(['约7.5%', '7.7%']);
    expect(await row.locator('td.number').first().evaluate((cell) => getComputedStyle(cell).textAlign)).toBe('right');
    expect(await row.locator('td.reason > span').first().textContent()).toBe('实际 7.7%，目标 7.5%：此项越高越好，已做到');
    // Under the reason, quietly, the rule that decided: its Chinese name, its id in the title.
    expect(await row.locator('td.reason .rule-tag').textContent()).toBe('规则：结果在目标好的一侧');
    expect(await row.locator('td.reason .rule-tag').getAttribute('title')).toBe('verdict:good-side');
    // The sentences on demand, each with its figure marked and a link to it in the reader.
    const sentences = row.locator('details.sentences');
    expect(await sentences.locator('a.sentence').first().isVisible()).toBe(false);
    await sentences.locator('summary').click();
    const outcome = sentences.locator('a.sentence').nth(1);
    expect(await outcome.isVisible()).toBe(true);
    expect(await outcome.textContent()).toContain('国内生产总值达到56.9万亿元，比上年增长7.7%');
    expect(await outcome.locator('strong').textContent()).toBe('7.7%');
    expect(await outcome.getAttribute('href')).toMatch(/^\/reports\/\d+\?at=\d+$/);
    // An outcome read under another wording names it under its figure.
    expect(await targetRow('广义货币M2预期增长目标拟定').locator('td.number .side-label').allTextContents()).toEqual(['广义货币M2增长']);
    // Every reason is told in Chinese (the server's English sentence stays as the cell's title).
    for (const reason of await page.locator('td.reason').allTextContents()) expect(reason).not.toMatch(/[A-Za-z]{2,} [A-Za-z]{2,}/);
    // So is the rule of each follow-up.
    const followUpRules = await page.locator('li.commitment .follow-up .rule-tag').allTextContents();
    expect(followUpRules.length).toBeGreaterThan(0);
    for (const rule of followUpRules) expect(rule).toMatch(/^规则：[^A-Za-z]+$/);

    const summary = page.locator('section.summary');
    expect(await summary.locator('.count-bar').first().textContent()).toMatch(/上年目标（\d+）.*已完成 \d+.*未完成 \d+.*难以判断 \d+.*无数据 \d+/);
    expect(await summary.locator('.count-bar').nth(1).textContent()).toMatch(/已落实 \d+.*部分落实 \d+.*无证据 \d+/);
    expect(await summary.textContent()).toMatch(/逐字沿用.*\d+ 句.*%/);
    // Each count links to its part: the first group of commitments is open, 部分落实 N opens its own and builds its first page.
    expect(await page.locator('details.follow-up-group').first().getAttribute('open')).toBe('');
    const partly = page.locator('details#g-partly');
    expect(await partly.getAttribute('open')).toBeNull();
    await summary.getByRole('link', { name: /^部分落实 \d+$/ }).click();
    await expect.poll(() => partly.getAttribute('open')).toBe('');
    expect(await partly.locator('li.commitment').count()).toBeGreaterThan(0);
    expect(page.url()).toMatch(/#g-partly$/);
    // That address opens the group again on a reload.
    await page.reload();
    await expect.poll(() => partly.getAttribute('open')).toBe('');
    expect(await partly.locator('li.commitment').count()).toBeGreaterThan(0);
    await summary.getByRole('link', { name: '数字变化' }).click();
    expect(page.url()).toMatch(/#figures$/);

    // Figures: a compact row, a change with its arrow, difference and per cent; the sentences on demand under it.
    const gdp = page.locator('table.figures tbody tr').filter({ hasText: '56.9万亿元' }).first();
    expect(await gdp.locator('.change').textContent()).toMatch(/↑ 上升 \+5万亿元（\+9\.6%）/);
    // A bound beside a value it may be either side of: its qualifier shown, no direction, no difference.
    const prices = page.locator('table.figures tbody tr:not(.figure-sentences)').filter({ hasText: '居民消费价格涨幅' });
    expect(await prices.locator('td.number').allTextContents()).toEqual(['2.6%', '不超过2.6%', '↕ 方向不明']);
    const toggle = gdp.locator('th button.disclosure');
    const gdpSentences = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
    expect(await gdpSentences.isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await gdpSentences.locator('a.sentence').nth(1).textContent()).toContain('国内生产总值达到56.9万亿元');
    expect(await page.locator('details.figure-list summary').allTextContents()).toEqual([
      expect.stringMatching(/^本年新出现的数字（\d+）$/),
      expect.stringMatching(/^本年不再出现的数字（\d+）$/),
    ]);

    // Sections side by side, on demand (the overview's link opens them): a changed sentence with its deleted and inserted words, numbers in bold.
    const sectionList = page.locator('details#text-sections');
    expect(await sectionList.getAttribute('open')).toBeNull();
    await summary.getByRole('link', { name: '文本对照' }).click();
    expect(await sectionList.getAttribute('open')).toBe('');
    const sections = page.locator('#text details.section-pair');
    for (let i = 0; i < (await sections.count()); i++) await sections.nth(i).locator('summary').click();
    const changed = sections.filter({ has: page.locator('ins strong.num') }).first();
    expect(await changed.locator('.sbs-row del').count()).toBeGreaterThan(0);
    expect(await changed.locator('.sbs-row ins').count()).toBeGreaterThan(0);
    // A section of one year only says so, in place of an empty grid and a count of 0 changes.
    const added = sections.filter({ has: page.locator('summary', { hasText: '（本年新增）' }) }).first();
    expect(await added.locator('summary').textContent()).not.toContain('处改动');
    expect(await added.locator('p.notice').textContent()).toContain('只在本年报告中有');
    for (let i = 0; i < (await sections.count()); i++) await sections.nth(i).locator('summary').click();
    await sectionList.locator('> summary').click();
    await toggle.click();
    // As the page opens: the first group of commitments open, the others closed.
    await partly.locator('> summary').click();

    await expectAccessible(page, '/compare');
    await screenshots(ui, page, 'compare');
    expect(problemsOf(page)).toEqual([]);
  });

  it('says every verdict from its fields: with the English reasons blanked, nothing is left untranslated', async () => {
    const page = await ui.page();
    const { from, to } = await pairIds();
    await page.route('**/api/compare?*', async (route) => {
      const comparison = (await (await route.fetch()).json()) as { targets: Array<{ reason: string }> };
      for (const target of comparison.targets) target.reason = '';
      await route.fulfill({ json: comparison });
    });
    // Built when the page says so: on a busy machine the comparison takes longer than a poll waits.
    await openPair(page, { from, to });
    expect(await page.locator('td.reason').count()).toBeGreaterThan(0);
    expect(await page.locator('td.reason.untranslated').count()).toBe(0);
    expect(await page.locator('td.reason > span:first-child:empty').count()).toBe(0);
  });

  it('downloads each part as CSV: the rows the part lists, its figures as written', async () => {
    const page = await ui.page();
    const { from, to } = await pairIds();
    await openPair(page, { from, to });
    const rows = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: new RegExp(`^下载${name} CSV（\\d+ 行）$`) }).click()]);
      expect(download.suggestedFilename()).toBe(`国务院-2012-2013-${name}.csv`);
      return readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    };
    const counted = async (selector: string) => Number(/（(\d+)/.exec((await page.locator(selector).textContent())!)![1]);
    const targets = await rows('目标');
    expect(targets[0]).toBe('verdict,label,target,actual,reason,rule,targetSentence,actualSentence');
    expect(targets.length - 1).toBe(await counted('#targets h2'));
    // The page's row, as it says it: the figures as written, the reason in Chinese.
    expect(targets).toContainEqual(expect.stringMatching(/^met,国内生产总值增长,约7\.5%,7\.7%,实际 7\.7%，目标 7\.5%：此项越高越好，已做到,verdict:good-side,/));
    const figures = await rows('数字');
    expect(figures[0]).toBe('status,label,unit,from,to,delta,deltaPct,fromSentence,toSentence');
    const listed = (await page.locator('details.figure-list > summary').allTextContents()).map((text) => Number(/（(\d+)）/.exec(text)![1]));
    expect(figures.length - 1).toBe((await counted('#figures h2')) + listed[0]! + listed[1]!);
    const commitments = await rows('承诺');
    expect(commitments[0]).toBe('id,text,status,rule,score,evidence,reviewStatus,reviewNote,reviewer,reviewedAt');
    expect(commitments.length - 1).toBe(await counted('#commitments h2'));
  });

  it('says so where a pair has nothing to show: no targets, no figures paired, no commitments', async () => {
    const page = await ui.page(390);
    const { from, to } = await pairIds();
    await page.route('**/api/compare?*', async (route) => {
      const comparison = (await (await route.fetch()).json()) as Record<string, unknown>;
      await route.fulfill({ json: { ...comparison, targets: [], figures: [], commitments: [] } });
    });
    await page.goto(`${ui.base}/compare?from=${from}&to=${to}`);
    await expect.poll(() => page.locator('#targets p').textContent()).toBe('上年报告没有可核对的数字目标。');
    expect(await page.locator('#figures p.notice').textContent()).toBe('两年报告中没有能一一对应的数字（同一指标、同一单位）。');
    expect(await page.locator('#figures table').count()).toBe(0);
    expect(await page.locator('#commitments p.notice').textContent()).toBe('上年报告中没有找到承诺。');
    await expectAccessible(page, 'an empty comparison');
  });

  it('marks the words evidence shares with its commitment, and folds all but the best sentence', async () => {
    const page = await ui.page();
    const { from, to } = await pairIds();
    await page.goto(`${ui.base}/compare?from=${from}&to=${to}`);
    const addressed = page.locator('li.commitment').filter({ has: page.locator('.follow-up .followUp-addressed') }).first();
    const text = (await addressed.locator('.commitment-text').textContent())!;
    const marks = await addressed.locator('ul.evidence mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const word of marks) expect(text, word).toContain(word);
    // The evidence one tap away: the best sentence, the others folded again under it.
    const several = page.locator('li.commitment').filter({ has: page.locator('details.more-evidence') }).first();
    const fold = several.locator('details.evidence-fold');
    expect(await fold.locator('ul.evidence li').first().isVisible()).toBe(false);
    await fold.locator('> summary').click();
    expect(await fold.locator('ul.evidence li').first().isVisible()).toBe(true);
    expect(await several.locator('ul.evidence').first().locator('li').count()).toBe(1);
    expect(await several.locator('details.more-evidence > summary').textContent()).toMatch(/^其余 [12] 句$/);
    expect(await several.locator('details.more-evidence li').first().isVisible()).toBe(false);
  });

  it('folds the parts of a commitment of several clauses, counted by status in its title, review first', async () => {
    const page = await ui.page();
    const { from, to } = await pairIds();
    await page.goto(`${ui.base}/compare?from=${from}&to=${to}`);
    const several = page.locator('li.commitment').filter({ has: page.locator('details.parts-fold') }).first();
    await expect.poll(() => several.count()).toBe(1);
    // The review box comes before the parts, so 审核 stays on the commitment's first line when they open.
    const folds = await several.locator('.follow-up > details').evaluateAll((all) => all.map((d) => d.className));
    expect(folds.indexOf('review')).toBeLessThan(folds.indexOf('parts-fold'));
    const fold = several.locator('details.parts-fold');
    const title = (await fold.locator('> summary').textContent())!;
    const [, total, counts] = title.match(/^分项（(\d+)）：(.+)$/)!;
    await fold.locator('> summary').click();
    const parts = fold.locator('li.part');
    // Built when the fold opens: its toggle event comes after the click.
    await expect.poll(() => parts.count()).toBe(Number(total));
    // The title's counts are the parts' badges, status by status.
    const badges = await parts.locator('.part-text .badge').allTextContents();
    for (const said of counts!.split(' · ')) {
      const [name, count] = said.split(' ');
      expect(badges.filter((badge) => badge === name).length, said).toBe(Number(count));
    }
    // A part without evidence shows no closest sentence; the others show their best one.
    for (let i = 0; i < (await parts.count()); i++) {
      const part = parts.nth(i);
      const none = (await part.locator('.followUp-no-evidence').count()) > 0;
      expect(await part.locator('ul.evidence').count(), await part.textContent() ?? '').toBe(none ? 0 : 1);
    }
  });

  it('shows the closest sentence of a no-evidence commitment as not evidence', async () => {
    const page = await ui.page();
    const { from, to } = await pairIds();
    await page.goto(`${ui.base}/compare?from=${from}&to=${to}`);
    await page.locator('details#g-no-evidence > summary').click();
    const none = page.locator('li.commitment').filter({ has: page.locator('.follow-up .followUp-no-evidence') });
    await expect.poll(() => none.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await none.count()); i++) {
      const item = none.nth(i);
      // Either no sentence at all, or the closest one under its caveat; never a list of evidence.
      expect(await item.locator(':scope > ul.evidence').count()).toBe(0);
      if ((await item.locator('.nearest').count()) > 0) expect(await item.locator('.nearest p').textContent()).toContain('最接近的句子（不足以作为证据）');
    }
  });

  it('lets a reviewer confirm a commitment, shows it at once and after a reload, with its history', async () => {
    const page = await ui.page();
    const { from, to } = await pairIds();
    await page.goto(`${ui.base}/compare?from=${from}&to=${to}`);
    await page.locator('details#g-partly > summary').click();
    const item = page.locator('li.commitment').filter({ has: page.locator('.follow-up .followUp-partly') }).first();
    const id = await item.getAttribute('id');
    const counted = async (name: string) => Number(/\d+$/.exec((await page.locator('section.summary').getByRole('link', { name: new RegExp(`^${name} \\d+$`) }).textContent())!)![0]);
    const [addressed, partlyBefore] = [await counted('已落实'), await counted('部分落实')];
    await item.locator('details.review summary').click();
    await expect.poll(() => item.locator('ol.history').textContent()).toBe('尚无审核记录');
    await item.getByRole('button', { name: '确认“部分落实”' }).click();
    await expect.poll(() => item.locator('.message').textContent()).toBe('已保存：部分落实');
    expect(await item.locator('.follow-up .status').textContent()).toBe('自动 部分落实 审核 部分落实');
    expect(await item.locator('ol.history li').count()).toBe(1);

    // A group the reader opened and closed again stays closed when the page regroups.
    const noEvidence = page.locator('details#g-no-evidence');
    await noEvidence.locator('> summary').click();
    await noEvidence.locator('> summary').click();

    // Change it, with a note: the history keeps both.
    const moved = page.locator(`li#${id}`);
    await moved.locator('select[name="status"]').selectOption('addressed');
    await moved.locator('textarea[name="note"]').fill('见本年报告第一部分');
    await moved.getByRole('button', { name: '保存审核' }).click();
    await expect.poll(() => moved.locator('ol.history li').count()).toBe(2);
    expect(await moved.locator('ol.history').textContent()).toContain('见本年报告第一部分');
    // It moves to its new group at once, its review box still open and the keyboard on the button pressed; the message says where it went.
    expect(await moved.locator('.message').textContent()).toBe('已保存：已落实；这条承诺已移到“已落实”一组');
    expect(await page.locator(`details#g-addressed[open] li#${id} details.review[open]`).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('保存审核');
    expect([await counted('已落实'), await counted('部分落实')]).toEqual([addressed + 1, partlyBefore - 1]);
    expect(await page.locator('details#g-partly > summary').textContent()).toBe(`部分落实（${partlyBefore - 1} 条）`);
    expect(await noEvidence.evaluate((fold) => (fold as HTMLDetailsElement).open)).toBe(false);
    // The reviewer's word stands under the badges in words: who, when, the note.
    expect(await moved.locator('.follow-up .latest').textContent()).toMatch(/^审核人：local · \d{4}\/.*备注：见本年报告第一部分$/);

    // Reviewed, it stands under 已落实 now; its address opens that group at it.
    await page.goto(`${ui.base}/compare?from=${from}&to=${to}#${id}`);
    await page.reload();
    const again = page.locator(`details#g-addressed li#${id}`);
    await expect.poll(() => again.locator('.follow-up .status').textContent()).toBe('自动 部分落实 审核 已落实');
    await again.locator('details.review summary').click();
    await expect.poll(() => again.locator('ol.history li').count()).toBe(2);
    expect(problemsOf(page)).toEqual([]);
  });

  it('shows the figures of a long pair 10 at a time on a phone, the next 10 a key press away with the keyboard on the first of them', async () => {
    const page = await ui.page(390);
    await openPair(page, await pairIds('四川省人民政府'));
    const rows = page.locator('table.figures tbody tr:not(.figure-sentences)');
    expect(await rows.count()).toBe(10);
    const pairs = Number(/（(\d+) 组对应）/.exec((await page.locator('#figures h2').textContent())!)![1]);
    expect(pairs).toBeGreaterThan(20);
    const more = page.locator('#figures > .pager > button.more');
    expect(await more.textContent()).toBe(`再显示 10 条（还有 ${pairs - 10} 条）`);
    // With the keyboard: the focus lands on the first new row's name (its button), visibly, and the status line says what was added.
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await rows.count()).toBe(20);
    const landed = rows.nth(10).locator('th button.disclosure');
    expect(await landed.evaluate((button) => button === document.activeElement && button.matches(':focus-visible'))).toBe(true);
    expect(await page.locator('#figures > .pager [role="status"]').textContent()).toBe(`已显示第 11–20 条，共 ${pairs} 条`);
    // The figures of one year only: hundreds, 10 at a time when opened.
    const added = page.locator('details.figure-list').first();
    const addedCount = Number(/（(\d+)）$/.exec((await added.locator('> summary').textContent())!)![1]);
    expect(addedCount).toBeGreaterThan(20);
    await added.locator('> summary').click();
    // The list is built when the fold opens (its toggle event comes after the click).
    await expect.poll(() => added.locator('li').count()).toBe(10);
    await added.getByRole('button', { name: `再显示 10 条（还有 ${addedCount - 10} 条）` }).click();
    expect(await added.locator('li').nth(10).locator('a').evaluate((link) => link === document.activeElement)).toBe(true);
    await added.locator('> summary').click();
    // Every figure right-aligned in its column, the table no wider than the phone.
    for (const align of await page.locator('table.figures td.number').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell).textAlign))) expect(align).toBe('right');
    await expectAccessible(page, 'a long comparison');
    await screenshots(ui, page, 'compare-long');
  });

  it('shows a provincial pair on a phone at a glance: the targets by verdict, those met a tap away, 10 at a time', async () => {
    const page = await ui.page(390);
    await openPair(page, await pairIds('北京市人民政府'));
    const legend = (await page.locator('section.summary .count-bar').first().textContent())!;
    const met = Number(/已完成 (\d+)/.exec(legend)![1]);
    expect(met).toBeGreaterThan(10);
    // Those met are folded (others need a look first); the overview's count opens them, a page of 10.
    const group = page.locator('details#t-met');
    expect(await group.getAttribute('open')).toBeNull();
    await page.locator('section.summary').getByRole('link', { name: `已完成 ${met}` }).click();
    await expect.poll(() => group.getAttribute('open')).toBe('');
    const rows = group.locator('table.targets tbody tr');
    expect(await rows.count()).toBe(10);
    await group.locator('button.more').click();
    expect(await rows.count()).toBe(Math.min(20, met));
    // The keyboard on the first new target's name, said by the status line; no button when none are left.
    expect(await rows.nth(10).locator('th').evaluate((cell) => cell === document.activeElement)).toBe(true);
    expect(await group.locator('.pager [role="status"]').textContent()).toBe(`已显示第 11–${Math.min(20, met)} 条，共 ${met} 条`);
    if (met <= 20) expect(await group.locator('button.more').isVisible()).toBe(false);

    // A reason quoting a long sentence of the report cuts it to the clause naming the target (or its start); 原句 says it whole.
    // No outcome figure is said as such, not as "not mentioned".
    const cut = page.locator('table.targets tbody tr').filter({ has: page.locator('td.reason > span', { hasText: /“…|…”/ }) });
    expect(await cut.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await cut.count()); i++) {
      const row = cut.nth(i);
      const shown = /“…?(.+?)…?”[^“]*$/.exec((await row.locator('td.reason > span').first().textContent())!)![1]!;
      const whole = await row.locator('details.sentences p').allTextContents();
      expect(whole.some((line) => line.startsWith('本年：') && line.includes(shown) && line.length > shown.length + 6), whole.join('\n')).toBe(true);
    }
    expect(await page.locator('table.targets td.number').allTextContents()).not.toContain('未提及');
    // The page a supervisor scrolls on a phone: the overview, the targets to look at, a page of figures, a page of commitments (9 426 px before the groups).
    await group.locator('> summary').click();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6_500);
  });

  it('builds the comparison of two ~80 KB reports in a measured time (printed, not asserted)', async () => {
    const { from, to } = await pairIds('四川省人民政府');
    const sizes = LARGE.map((f) => Math.round(statSync(f).size / 1024));
    const page = await ui.page();
    await page.goto(`${ui.base}/compare?from=${from}&to=${to}`);
    const timing = await timings(page, 'nianbao:compare-rendered');
    const api = await page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/compare?')) as PerformanceResourceTiming | undefined;
      return entry ? { took: Math.round(entry.responseEnd - entry.startTime), answered: Math.round(entry.responseEnd) } : null;
    });
    process.stdout.write(
      `compare of two reports (${sizes.join(' KB + ')} KB): built ${timing.interactive} ms after navigation start ` +
        `(document loaded at ${timing.load} ms; GET /api/compare took ${api?.took} ms, answered at ${api?.answered} ms)\n`,
    );
    expect(timing.interactive).toBeGreaterThan(0);
  });

  it('explains what to do when the URL names no pair', async () => {
    const page = await ui.page(390);
    await page.goto(`${ui.base}/compare`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('年度对比');
    expect(await page.locator('main').textContent()).toContain('/compare?from=');
    await page.goto(`${ui.base}/compare?from=1&to=99999`);
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toBe('文库中没有编号为 99999 的报告，可能已被删除。');
  });
});

/** Opens the comparison of a pair and waits until it is built (the server reads a long pair for seconds on a busy machine). */
async function openPair(page: Page, { from, to }: { from: number; to: number }): Promise<void> {
  await page.goto(`${ui.base}/compare?from=${from}&to=${to}`);
  await page.waitForFunction(() => performance.getEntriesByName('nianbao:compare-rendered').length > 0, null, { timeout: 60_000 });
}

/** The ids of the first two years of an issuer's series. */
async function pairIds(issuer = '国务院'): Promise<{ from: number; to: number }> {
  const { issuers } = (await ui.app.inject('/api/issuers')).json() as { issuers: Array<{ name: string; series: Array<{ id: number; year: number }> }> };
  const series = issuers.find((i) => i.name === issuer)!.series.sort((a, b) => a.year - b.year);
  return { from: series[0]!.id, to: series[1]!.id };
}
