// Page benchmark: what the extension costs a page, measured in Debian's Chromium on the built extension.
//
//   npm run bench:page            (builds .output/chrome-mv3 first if it is missing)
//
// How each figure is measured:
// - msPerPosting: the content script records performance measures when the storage flag `debugPagePerf` is on
//   (lib/page/content-main.ts): one `jla:slice` per work slice (finding containers, adapter extraction, posting
//   keys), with the number of postings it handled, one `jla:flush` per batch sent to the engine and one
//   `jla:warn` per warning drawn. Each posting is charged its slice's time divided by the slice's postings, plus
//   an even share of all flushes and warnings; msPerPosting is the median of that over the 1,000.
//   (Per-posting measures would be rounded to 0.1 ms by the page's coarsened clock; slices last milliseconds.)
//   Scoring runs in the background service worker, off the page's thread: its cost per posting is printed on
//   the line before, with the mean and p95.
// - longTasks: long tasks (>= 50 ms, PerformanceObserver 'longtask') that overlap any of the extension's
//   measured work (`jla:slice`, `jla:warn`, `jla:start`) while the feed loads and is processed.
// - emptyPageScriptingMs: CPU time in the extension's own code on a page without postings (a help article),
//   from the V8 sampling profiler over CDP (100 µs samples, self time of frames whose script is
//   chrome-extension://…), from navigation until two seconds after load; the median of five loads.
// - contentScriptGzipBytes: the largest .output/chrome-mv3/content-scripts/*.js after `gzip -c`.
// - A 20,000-posting page (the same feed, larger), typed into from the start: inputLatencyP50/P95Ms is the time
//   from a key press (the event's own timestamp, set when the browser sent it) to the next animation frame after
//   the page's keydown handler ran, one press every 100 ms; once with the extension (until every posting was
//   read and the warnings stopped changing for 3 s) and once at an address no content script covers, for as long
//   (inputLatencyP50/P95MsWithout). longestExtensionTaskMs: the longest of the extension's own measured tasks
//   there (`jla:slice`, `jla:paint` (one frame's batch of warnings), `jla:flush`, `jla:start`);
//   longTasksOverlappingExtension: page long tasks (>= 50 ms) that overlap any of them.
// The last line printed is one JSON object with these figures.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/extension';
import { benchFeedHtml } from '../fixtures/feed/bench-feed';

const FEED_URL = 'https://ph.indeed.com/jobs?q=bench';
const EMPTY_URL = 'https://ph.indeed.com/career-advice/how-to-write-a-cv';
const POSTINGS = 1000;
const EMPTY_PAGE_RUNS = 5;
const LARGE_URL = 'https://ph.indeed.com/jobs?q=large';
/** The same page where no content script runs: the baseline. */
const LARGE_URL_WITHOUT = 'https://jobs.example.org/jobs?q=large';
const LARGE_POSTINGS = 20_000;
const KEY_INTERVAL_MS = 100;
const LARGE_PAGE_LIMIT_MS = 120_000;
/** Done when the warnings have not changed for this long (more than the runtime's wait between off-screen batches). */
const STABLE_MS = 3000;

interface Span {
  name: string;
  start: number;
  duration: number;
  postings: number;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.log('bench:page: building the extension first (npx wxt build)…');
    execSync('npx wxt build', { stdio: 'inherit' });
  }
  const contentScriptGzipBytes = largestContentScriptGzip();

  const feed = benchFeedHtml(POSTINGS);
  const large = largePageHtml();
  const launched = await launchWithExtension();
  try {
    await serve(launched.context, {
      [FEED_URL]: feed.html,
      [EMPTY_URL]: readFileSync(path.resolve('test/fixtures/feed/empty-page.html'), 'utf8'),
      [LARGE_URL]: large.html,
      [LARGE_URL_WITHOUT]: large.html,
    });
    await launched.serviceWorker.evaluate(() => chrome.storage.local.set({ debugPagePerf: true }));

    const feedFigures = await measureFeed(launched.context, launched.serviceWorker);
    const emptyRuns: number[] = [];
    for (let run = 0; run < EMPTY_PAGE_RUNS; run++) emptyRuns.push(await measureEmptyPage(launched.context));
    const emptyPageScriptingMs = median(emptyRuns);
    console.log(`page without postings: extension scripting per load ${emptyRuns.map((ms) => round(ms)).join(', ')} ms (median ${round(emptyPageScriptingMs)})`);

    console.log(
      `feed: ${POSTINGS} postings, ${feedFigures.warnings} warnings (${feed.lures} lures in the feed); ` +
        `page-side work per posting: median ${round(feedFigures.median)} ms, mean ${round(feedFigures.mean)} ms, p95 ${round(feedFigures.p95)} ms; ` +
        `longest slice ${round(feedFigures.longestSlice)} ms; warnings drawn: median ${round(feedFigures.warnMedian)} ms each; ` +
        `background scoring ${round(feedFigures.backgroundMsPerPosting)} ms per posting (service worker, off the page's thread); ` +
        `all tasks >= 50 ms during the load: ${feedFigures.allLongTasks}; slices over 4 ms: ${feedFigures.slowSlices.join(" ") || "none"}; longest flush ${feedFigures.flushMax}`,
    );
    const withExtension = await measureLargePage(launched.context, LARGE_URL, true);
    const without = await measureLargePage(launched.context, LARGE_URL_WITHOUT, false, withExtension.durationMs);
    console.log(
      `large page: ${LARGE_POSTINGS} postings (${large.lures} lures), ${withExtension.warnings} warnings, read through in ${round(withExtension.durationMs / 1000)} s; ` +
        `key press to next frame: p50 ${round(withExtension.p50)} ms, p95 ${round(withExtension.p95)} ms over ${withExtension.samples} presses ` +
        `(without the extension: p50 ${round(without.p50)} ms, p95 ${round(without.p95)} ms over ${without.samples}); ` +
        `longest extension task ${round(withExtension.longestExtensionTask)} ms (${withExtension.longestExtensionTaskName}); ` +
        `page long tasks overlapping extension work: ${withExtension.overlappingLongTasks} (longest ${round(withExtension.longestOverlappingLongTask)} ms); all long tasks: ${withExtension.allLongTasks} with, ${without.allLongTasks} without`,
    );
    console.log(
      JSON.stringify({
        msPerPosting: round(feedFigures.median),
        longTasks: feedFigures.longTasks,
        emptyPageScriptingMs: round(emptyPageScriptingMs),
        contentScriptGzipBytes,
        largePagePostings: LARGE_POSTINGS,
        largePageWarnings: withExtension.warnings,
        inputLatencyP50Ms: round(withExtension.p50),
        inputLatencyP95Ms: round(withExtension.p95),
        inputLatencyP50MsWithout: round(without.p50),
        inputLatencyP95MsWithout: round(without.p95),
        longestExtensionTaskMs: round(withExtension.longestExtensionTask),
        longTasksOverlappingExtension: withExtension.overlappingLongTasks,
      }),
    );
  } finally {
    await launched.close();
  }
}

declare const chrome: typeof import('wxt/browser').browser;

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** As the project checks it: `gzip -c file | wc -c` (Node's zlib, the fallback, differs by about 100 bytes). */
function largestContentScriptGzip(): number {
  const dir = path.join(EXTENSION_DIR, 'content-scripts');
  const gzipped = (file: string) => {
    try {
      return execFileSync('gzip', ['-c', file]).length;
    } catch {
      return gzipSync(readFileSync(file)).length;
    }
  };
  return Math.max(...readdirSync(dir).filter((file) => file.endsWith('.js')).map((file) => gzipped(path.join(dir, file))));
}

async function serve(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route(/^https?:\/\//, async (route) => {
    const html = pages[route.request().url()];
    if (html === undefined) return route.abort('blockedbyclient');
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/** Long tasks as the page sees them, recorded from the first script on. */
async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { benchLongTasks: typeof tasks }).benchLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function measureFeed(context: BrowserContext, serviceWorker: Worker) {
  const page = await context.newPage();
  await recordLongTasks(page);
  await page.goto(FEED_URL);
  // Done when every posting was extracted and the warnings stopped changing.
  await waitFor(
    page,
    () => performance.getEntriesByName('jla:slice').reduce((sum, entry) => sum + (((entry as PerformanceMeasure).detail as { postings?: number } | null)?.postings ?? 0), 0),
    (count) => count >= POSTINGS,
  );
  let warnings = -1;
  for (let stable = 0; stable < 4; ) {
    await page.waitForTimeout(250);
    const now = await page.locator('[data-job-lure-alert]').count();
    stable = now === warnings ? stable + 1 : 0;
    warnings = now;
  }
  const { spans, longTasks } = await page.evaluate(() => ({
    spans: performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('jla:'))
      .map((entry) => ({
        name: entry.name,
        start: entry.startTime,
        duration: entry.duration,
        postings: ((entry as PerformanceMeasure).detail as { postings?: number } | null)?.postings ?? 0,
      })),
    longTasks: (window as unknown as { benchLongTasks: { start: number; duration: number }[] }).benchLongTasks,
  }));
  const slices = spans.filter((span) => span.name === 'jla:slice');
  const warnTimes = spans.filter((span) => span.name === 'jla:warn').map((span) => span.duration);
  const flushTimes = spans.filter((span) => span.name === 'jla:flush').map((span) => span.duration);
  // Drawing warnings and sending batches to the engine are shared by all postings.
  const warnShare = [...warnTimes, ...flushTimes].reduce((sum, ms) => sum + ms, 0) / POSTINGS;
  const perPosting = slices.flatMap((slice) => Array.from({ length: slice.postings }, () => slice.duration / slice.postings + warnShare));
  const sorted = [...perPosting].sort((a, b) => a - b);
  const totalMs = spans.filter((span) => span.name !== 'jla:start').reduce((sum, span) => sum + span.duration, 0);
  const overlapping = longTasks.filter((task) => spans.some((span: Span) => span.start < task.start + task.duration && task.start < span.start + span.duration));
  const service = await serviceWorker.evaluate(() => (globalThis as { jobLureAlertPageService?: { postings: number; scoringMs: number } }).jobLureAlertPageService ?? { postings: 0, scoringMs: 0 });
  await page.close();
  return {
    warnings,
    median: median(perPosting),
    mean: totalMs / POSTINGS,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    longestSlice: Math.max(0, ...slices.map((span) => span.duration)),
    flushMax: Math.max(0, ...spans.filter((span) => span.name === 'jla:flush').map((span) => span.duration)),
    slowSlices: slices.filter((span) => span.duration > 4).map((span) => `${round(span.duration)}ms/${span.postings}@${round(span.start)}`),
    warnMedian: median(warnTimes),
    longTasks: overlapping.length,
    allLongTasks: longTasks.length,
    backgroundMsPerPosting: service.postings ? service.scoringMs / service.postings : 0,
  };
}

/** The bench feed at 20,000 postings, with a text field at the top to type into. */
function largePageHtml(): { html: string; lures: number } {
  const feed = benchFeedHtml(LARGE_POSTINGS);
  return { html: feed.html.replace('<body>', '<body><input id="bench-input" aria-label="Search" autocomplete="off">'), lures: feed.lures };
}

/** Key press to the next animation frame after its keydown handler, as the page sees it. */
async function recordInputLatency(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const samples: number[] = [];
    (window as unknown as { benchInput: number[] }).benchInput = samples;
    addEventListener(
      'keydown',
      (event) => {
        const pressed = event.timeStamp;
        requestAnimationFrame(() => samples.push(performance.now() - pressed));
      },
      true,
    );
  });
}

/**
 * Open the large page and type into it, one key every KEY_INTERVAL_MS: with the extension until every posting
 * was read and the warnings stopped changing for STABLE_MS, without it for `durationMs`.
 */
async function measureLargePage(context: BrowserContext, url: string, withExtension: boolean, durationMs = LARGE_PAGE_LIMIT_MS) {
  const page = await context.newPage();
  await recordLongTasks(page);
  await recordInputLatency(page);
  const started = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LARGE_PAGE_LIMIT_MS });
  await page.focus('#bench-input');
  const progress = () => ({
    postings: performance.getEntriesByName('jla:slice').reduce((sum, entry) => sum + (((entry as PerformanceMeasure).detail as { postings?: number } | null)?.postings ?? 0), 0),
    warnings: document.querySelectorAll('[data-job-lure-alert]').length,
  });
  let lastWarnings = -1;
  let stableSince = Date.now();
  for (let press = 0; Date.now() - started < durationMs; press++) {
    await page.keyboard.press('a');
    await page.waitForTimeout(KEY_INTERVAL_MS);
    if (!withExtension || press % 5 !== 0) continue;
    const now = await page.evaluate(progress);
    if (now.warnings !== lastWarnings) {
      lastWarnings = now.warnings;
      stableSince = Date.now();
    } else if (now.postings >= LARGE_POSTINGS && Date.now() - stableSince >= STABLE_MS) {
      break;
    }
  }
  const elapsed = Date.now() - started;
  const result = await page.evaluate(() => ({
    samples: (window as unknown as { benchInput: number[] }).benchInput,
    longTasks: (window as unknown as { benchLongTasks: { start: number; duration: number }[] }).benchLongTasks,
    spans: performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('jla:') && entry.name !== 'jla:warn')
      .map((entry) => ({ name: entry.name, start: entry.startTime, duration: entry.duration })),
    warnings: document.querySelectorAll('[data-job-lure-alert]').length,
  }));
  await page.close();
  const longest = result.spans.reduce((max, span) => (span.duration > max.duration ? span : max), { name: 'none', start: 0, duration: 0 });
  const overlapping = result.longTasks.filter((task) => result.spans.some((span) => span.start < task.start + task.duration && task.start < span.start + span.duration));
  const sorted = [...result.samples].sort((a, b) => a - b);
  return {
    durationMs: elapsed,
    samples: sorted.length,
    p50: median(sorted),
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    warnings: result.warnings,
    longestExtensionTask: longest.duration,
    longestExtensionTaskName: longest.name,
    overlappingLongTasks: overlapping.length,
    longestOverlappingLongTask: Math.max(0, ...overlapping.map((task) => task.duration)),
    allLongTasks: result.longTasks.length,
  };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function waitFor<T>(page: Page, read: () => T, done: (value: T) => boolean, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!done(await page.evaluate(read))) {
    if (Date.now() - started > timeoutMs) throw new Error('bench:page: the content script did not finish in time');
    await page.waitForTimeout(100);
  }
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
}

async function measureEmptyPage(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(EMPTY_URL, { waitUntil: 'load' });
  await page.waitForTimeout(2000);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const extensionNodes = new Set(profile.nodes.filter((node) => node.callFrame.url.startsWith('chrome-extension://')).map((node) => node.id));
  let microseconds = 0;
  profile.samples.forEach((nodeId, index) => {
    // timeDeltas[i] is the time since the previous sample: the time up to sample i is charged to it.
    if (extensionNodes.has(nodeId)) microseconds += profile.timeDeltas[index] ?? 0;
  });
  await page.close();
  return microseconds / 1000;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
