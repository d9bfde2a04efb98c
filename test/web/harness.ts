// The browser tests' world: the web UI built into a temporary folder, a real
// server (buildApp + listen) on 127.0.0.1 at a random port over a temporary
// library with a few corpus reports, and one headless Chromium driven by
// playwright-core. Also: axe-core run inside the page, screenshots at 1280
// and 390 px into a temporary folder (printed once), and the Performance API's
// timings. Chromium is Debian's (/usr/bin/chromium) or CHROMIUM_PATH; when it
// is missing the tests fail and say how to install it: nothing is skipped.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, expect } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/limits.js';
import { warmComparisons } from '../../src/library/comparisons.js';
import { ingestPaths } from '../../src/library/ingest.js';
import { type AnalysisDone, type AnalysisJob, analysisWork } from '../../src/library/jobs.js';
import { sharedComparePool, sharedPool } from '../../src/library/pool.js';
import { type App, type AppOptions, buildApp } from '../../src/server/app.js';
import { asyncStore, openStore } from '../../src/store/index.js';
import { buildWeb } from '../../web/build.js';
import { tempDir } from '../library/helpers.js';
import { memoryQueue } from '../library/memory-queue.js';

/** Reports every browser test can count on: a seed, a national pair and a provincial pair. */
export const CORPUS = [
  'corpus/xuchang-demo-zone-2021.txt',
  'corpus/state-council-gwr-2013.txt',
  'corpus/state-council-gwr-2014.txt',
  'corpus/beijing-gwr-2025.txt',
  'corpus/beijing-gwr-2026.txt',
];

export const WIDTHS = [1280, 390] as const;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Ui {
  /** http://127.0.0.1:PORT */
  base: string;
  app: App;
  browser: Browser;
  /** Where screenshots go (printed when the UI starts). */
  shots: string;
  /** A fresh page (its own context: its own sessionStorage) that fails the test on any page error or CSP violation. */
  page: (width?: number) => Promise<Page>;
}

function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `The browser tests need Chromium, and ${path} does not exist. Install it with ` +
        '`apt-get install chromium fonts-noto-cjk` (Debian/Ubuntu; .ci/run does this), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return path;
}

/**
 * Starts everything for one test file and stops it after the file's tests.
 * `files` are ingested into the library before the server listens; `access`
 * sets tokens (default: none, so a loopback server lets anyone write);
 * `queued` has uploads queued for a worker (in memory) as on PostgreSQL.
 */
export async function startUi(files: string[] = CORPUS, access: Pick<AppOptions, 'tokens' | 'readToken'> = {}, { queued = false } = {}): Promise<Ui> {
  const dir = tempDir();
  const web = await buildWeb(join(dir, 'web'));
  const store = asyncStore(openStore(join(dir, 'library.db')));
  const ingested = await ingestPaths(store, files, { pool: sharedPool() });
  if (ingested.failed.length > 0) throw new Error(`corpus reports failed to ingest: ${JSON.stringify(ingested.failed)}`);
  // Uploads answered 202 and analysed by a worker, as on PostgreSQL with workers.
  const queue = queued ? memoryQueue<AnalysisJob, AnalysisDone>() : null;
  await queue?.work(analysisWork(store, queue, { pool: sharedPool(), limits: DEFAULT_LIMITS }));
  // A compare thread ready, as `nianbao start` warms one: its start under tsx took seconds of a page's wait.
  const comparePool = sharedComparePool();
  if (comparePool) await warmComparisons(store, comparePool);
  const app = await buildApp({ ...access, store, queue, web, host: '127.0.0.1', logger: false });
  const base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const shots = mkdtempSync(join(tmpdir(), 'nianbao-screenshots-'));
  process.stdout.write(`web UI tests: server ${base}, screenshots in ${shots}\n`);
  afterAll(async () => {
    await browser.close();
    await app.close();
    await store.close();
  });

  async function page(width = 1280): Promise<Page> {
    // Reduced motion: the chart draws at once, so a screenshot shows it whole.
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN', reducedMotion: 'reduce' });
    const opened = await context.newPage();
    const problems: string[] = [];
    opened.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    opened.on('console', (message) => {
      // CSP violations show as console errors; failed loads are judged by their response below.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
    });
    // The API answers errors the tests provoke; any other path must load.
    opened.on('response', (response) => {
      if (response.status() >= 400 && !new URL(response.url()).pathname.startsWith('/api/')) problems.push(`${response.status()} ${response.url()}`);
    });
    afterAll(async () => {
      await context.close();
    });
    (opened as Page & { problems: string[] }).problems = problems;
    return opened;
  }

  return { base, app, browser, shots, page };
}

/** Console errors and page errors seen so far on a page made by `Ui.page`. */
export function problemsOf(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * axe-core over the page as it is now; fails with the list of serious and
 * critical violations (rule, impact, help, first targets). The script is
 * evaluated through the DevTools protocol, which the page's CSP does not
 * govern, so the policy under test stays as the server sends it.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${what}: ${JSON.stringify(serious, null, 1)}`).toEqual([]);
}

/**
 * Screenshots of the page at each width, as NAME-WIDTH.png in the screenshot
 * folder: the whole page, or with `fullPage: false` the window, scrolled to
 * the element `scrollTo` selects when given (at the window's `block`: `start` keeps
 * it clear of the figure panel, which a phone shows over the lower half). Fails when the page is wider than
 * the window at a width (naming what sticks out).
 */
export async function screenshots(ui: Ui, page: Page, name: string, { fullPage = true, scrollTo = '', block = 'center' as ScrollLogicalPosition } = {}): Promise<string[]> {
  const paths: string[] = [];
  const before = page.viewportSize();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    // A narrower window reflows the page: bring back what the shot is about.
    if (scrollTo !== '') await page.locator(scrollTo).evaluate((element, at) => element.scrollIntoView({ block: at }), block);
    // Nothing wider than the window: a phone would scroll the whole page sideways.
    const overflow = await page.evaluate(() => {
      const { scrollWidth, clientWidth } = document.documentElement;
      const past = scrollWidth <= clientWidth ? [] : [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > clientWidth + 1);
      return { scrollWidth, clientWidth, past: past.slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className}`) };
    });
    expect(overflow.scrollWidth, `${name} at ${width} px is wider than its window: ${overflow.past.join(', ')}`).toBeLessThanOrEqual(overflow.clientWidth);
    const path = join(ui.shots, `${name}-${width}.png`);
    await page.screenshot({ path, fullPage });
    paths.push(path);
  }
  if (before) await page.setViewportSize(before);
  return paths;
}

/**
 * Navigation timing of the page's load and the time at which the page marked
 * itself interactive (performance.mark(MARK)), in ms from the start of
 * navigation; printed by the tests, never asserted.
 */
export async function timings(page: Page, mark: string): Promise<{ domContentLoaded: number; load: number; interactive: number | null }> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 30_000 });
  return page.evaluate((name) => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const [interactive] = performance.getEntriesByName(name);
    return {
      domContentLoaded: Math.round(navigation?.domContentLoadedEventEnd ?? 0),
      load: Math.round(navigation?.loadEventEnd ?? 0),
      interactive: interactive ? Math.round(interactive.startTime) : null,
    };
  }, mark);
}
